package quotes

import (
	"testing"
	"unicode/utf8"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

func FuzzExtract(f *testing.F) {
	f.Add(`"We talk," he said. "More," she added.`)
	f.Add("\u201cOpen quote never closes\n\n\u201cNext paragraph,\u201d said X.")
	f.Add("Forty died, according to the Guardian, a paper.")
	f.Add("\u201cWe\u2019re there,\u201d the official\u2019s aide said \u2014 adding: \u201cno.\u201d")
	e := New(lexicon.New())
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range e.Extract(segment.Segment(text)) {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("quote %q has span [%d,%d) that does not hold it", q.Text, q.Start, q.End)
			}
			a := q.Attribution
			if a.Text != "" && (a.Start < 0 || a.End > len(text) || text[a.Start:a.End] != a.Text) {
				t.Fatalf("attribution %q has span [%d,%d) that does not hold it", a.Text, a.Start, a.End)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(q.Text) || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Speaker)) {
				t.Fatalf("quote %q or its attribution %q cuts a character of valid text", q.Text, a.Text)
			}
		}
	})
}
