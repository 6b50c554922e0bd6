package diff

import (
	"slices"
	"testing"

	"github.com/compared/compared/internal/segment"
)

// TestSplitAtGaps checks that an edit whose words run from one sentence of a
// group to another far from it becomes one edit per run, each of whose words
// stand together in the article.
func TestSplitAtGaps(t *testing.T) {
	left := segment.Segment("The envoy met rebels. Markets fell sharply. The envoy left Geneva.")
	right := segment.Segment("The envoy met the opposition and left Geneva.")
	group := []int{0, 2} // the left's first and last sentence, not the one between
	g := gaps(left, group)
	if len(g) != 1 || g[0] != left.Sentences[0].End {
		t.Fatalf("gaps = %v, want the end of the first sentence", g)
	}
	edits := newWordDiffer().edits(left.Tokens(group), right.Tokens([]int{0}))
	for _, e := range splitAtGaps(edits, g, nil) {
		if len(e.left) > 0 {
			start, end := e.left[0].Start, e.left[len(e.left)-1].End
			if start < g[0] && end > g[0] {
				t.Errorf("edit %q runs over the gap", left.Text[start:end])
			}
		}
	}
	var crossing int
	for _, e := range edits {
		if len(e.left) > 0 && e.left[0].Start < g[0] && e.left[len(e.left)-1].End > g[0] {
			crossing++
		}
	}
	if crossing == 0 {
		t.Fatalf("no edit ran over the gap before splitting: the test tests nothing")
	}
}

// TestEditsDoNotOverlap checks that edits that widening to whole words made
// overlap become one, without the words both sides share around them.
func TestEditsDoNotOverlap(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string // each edit as "left -> right"
	}{
		{"an amount written two ways", "The government will spend £5m on kitchens.", "The government will spend 5 million pounds on kitchens.",
			[]string{"£5m -> 5 million pounds"}},
		{"a comma keeps its words around it", "It is in Syria even now.", "It is in Syria, even now.",
			[]string{"Syria even -> Syria, even"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, r := segment.Segment(tt.left), segment.Segment(tt.right)
			var got []string
			for _, e := range newWordDiffer().edits(l.Sentences[0].Tokens, r.Sentences[0].Tokens) {
				got = append(got, spanText(l.Text, e.left)+" -> "+spanText(r.Text, e.right))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("edits = %q, want %q", got, tt.want)
			}
		})
	}
}

// spanText returns the text toks cover in text.
func spanText(text string, toks []segment.Token) string {
	if len(toks) == 0 {
		return ""
	}
	return text[toks[0].Start:toks[len(toks)-1].End]
}

func TestIsSpelling(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"colour", "color", true},
		{"organisation", "organization", true},
		{"1234", "1237", false},     // a figure changed, however close
		{"ba2490", "ba2491", false}, // a flight number changed
	}
	for _, tt := range tests {
		if got := isSpelling(tt.a, tt.b); got != tt.want {
			t.Errorf("isSpelling(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
