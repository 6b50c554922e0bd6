package segment

import (
	"os"
	"testing"
)

func BenchmarkSegment(b *testing.B) {
	text, err := os.ReadFile("../../testdata/seeds/002_5c35da03bd968bc0.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(string(text))
	}
}
