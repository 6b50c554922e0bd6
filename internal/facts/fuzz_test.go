package facts

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

func FuzzExtract(f *testing.F) {
	f.Add("More than 300,000 people died since 2011, on October 15, 2016.", int64(0))
	f.Add("Between 10 and 20 of the 17-nation group met last month's envoys on Tuesday.", int64(1463443200))
	f.Add("The International Syria Support Group (ISSG) and Sergie Lavrov.", int64(-1))
	f.Add("The collapse of last month\u2019s truce and Kerry\u2019s \u201cplan\u201d.", int64(1463443200))
	x := New(lexicon.New())
	f.Fuzz(func(t *testing.T, text string, published int64) {
		var pub time.Time
		if published > 0 {
			pub = time.Unix(published%(1<<34), 0).UTC()
		}
		for _, fa := range x.Extract(segment.Segment(text), pub) {
			if fa.Start < 0 || fa.End > len(text) || fa.Start >= fa.End || text[fa.Start:fa.End] != fa.Text {
				t.Fatalf("%s %q has span [%d,%d) that does not hold it", fa.Type, fa.Text, fa.Start, fa.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(fa.Text) {
				t.Fatalf("%s %q cuts a character of valid text", fa.Type, fa.Text)
			}
		}
	})
}
