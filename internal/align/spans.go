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

// Value is a number or date the facts stage read, and the key under which it
// aligns: the same figure or day written two ways ("1.5 million" and
// "1,500,000", "12pc" and "12 percent", "Oct. 15" and "15 October") is one term.
type Value struct {
	Span
	Key string
}

// valueAt returns the value whose span holds the token [start, end) among the
// values vs, sorted by start and disjoint, and whether there is one.
func valueAt(vs []Value, start, end int) (Value, bool) {
	i, _ := slices.BinarySearchFunc(vs, start, func(v Value, off int) int {
		if v.End <= off {
			return -1
		}
		if v.Start > off {
			return 1
		}
		return 0
	})
	if i < len(vs) && vs[i].Start <= start && end <= vs[i].End {
		return vs[i], true
	}
	return Value{}, false
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
