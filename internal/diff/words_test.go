package diff

import (
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
