package quotes

import (
	"os"
	"testing"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../../testdata/seeds/002_5c35da03bd968bc0.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := segment.Segment(string(text))
	e := New(lexicon.New())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e.Extract(doc)
	}
}
