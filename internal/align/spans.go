package align

import (
	"slices"
)

// Span is a half-open byte range of an article.
type Span struct{ Start, End int }

// Quoting is where an article quotes and credits, from the quotes stage.
type Quoting struct {
	// Quotations are the words inside direct quotations: two reports that quote
	// the same words are aligned as identical however differently they credit
	// them.
	Quotations []Span
	// Attributions are the phrases that credit a statement ("a senior official
	// told reporters", "according to the Observatory"). They say who spoke, not
	// what was said: their words are not content for alignment, so two unrelated
	// claims from one source do not pair, and the diff stage compares them instead.
	Attributions []Span
}

// merged returns spans sorted, with overlapping ones joined, so that inside can
// search them.
func merged(spans []Span) []Span {
	out := slices.Clone(spans)
	slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
	n := 0
	for _, sp := range out {
		if n > 0 && sp.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out[n] = sp
		n++
	}
	return out[:n]
}

// inside reports whether [start, end) lies inside one of the sorted, disjoint
// spans qs.
func inside(qs []Span, start, end int) bool {
	i, _ := slices.BinarySearchFunc(qs, start, func(q Span, off int) int {
		if q.End <= off {
			return -1
		}
		if q.Start > off {
			return 1
		}
		return 0
	})
	return i < len(qs) && qs[i].Start <= start && end <= qs[i].End
}
