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
	// Broader, if set, keys what the value shares with close ones, weighing
	// half: a date's month, so that "July 26" and "July 27" have something in
	// common where a report changed the day.
	Broader string
	// Near, if set, keys what the value shares with close figures, weighing
	// little: a number's first two digits and magnitude ("66.2%" and "66
	// percent"), so that two leftover sentences stating close figures still
	// count as sharing one (see anchoredLeftovers) without a figure that
	// differs costing much.
	Near string
	// Figure says the value is a number, not a date: two reports of one
	// statement may state it differently (see valueSimilarity).
	Figure bool
	// Magnitude says the value is a magnitude in words ("dozens",
	// "millions"): it weighs as a value in a similarity but is no value two
	// sentences are linked for sharing, as stories of anything share one.
	Magnitude bool
	// Describes says the value is an age beside a name, which says who
	// someone is in every sentence that names them ("Sinner, 23, dropped the
	// first set" / "\"It's very special,\" said Sinner, 23."): it weighs as
	// the figure it is, but two sentences that share it share no figure.
	Describes bool
	// Weekday, if set, is the key of the day of the week a full date falls on,
	// which the other report may give alone ("today" in a story dated Tuesday
	// 17 May and "on Tuesday"). It weighs half.
	Weekday string
	// Year, if set, is the key of the year a date writes out, which the other
	// report may give with a month or alone ("in 2044" / "until August
	// 2044"). It weighs half.
	Year string
	// Sides, if set, are the keys of the two figures a tally or a span
	// gives, which the other report may give apart ("by 364 votes to 194"
	// / "364 lawmakers voting against him and 194 in favor"). Each weighs
	// half.
	Sides [2]string
	// Rounded, if set, is the key of a figure of more than three significant
	// digits rounded to three, which the other report may give so ("$35.08
	// billion" / "$35.1 billion"). It weighs half.
	Rounded string
	// FiledOn, for the date of a dateline ("BLANTYRE, Feb 8 (Reuters) -"),
	// is the day of the year the story was filed on (1 to 366); 0 for any
	// other value. It is no term: see filedApart.
	FiledOn int
}

// valueAt returns the value whose span holds the token [start, end) among the
// values vs, sorted by start and disjoint, and whether there is one.
func valueAt(vs []Value, start, end int) (Value, bool) {
	if i := holding(vs, func(v Value) Span { return v.Span }, start, end); i >= 0 {
		return vs[i], true
	}
	return Value{}, false
}

// holding returns the index of the item of xs whose span (by span) holds
// [start, end), or -1; the spans are sorted by start and disjoint.
func holding[T any](xs []T, span func(T) Span, start, end int) int {
	i, _ := slices.BinarySearchFunc(xs, start, func(x T, off int) int {
		switch sp := span(x); {
		case sp.End <= off:
			return -1
		case sp.Start > off:
			return 1
		}
		return 0
	})
	if i < len(xs) && span(xs[i]).Start <= start && end <= span(xs[i]).End {
		return i
	}
	return -1
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
	return holding(qs, func(q Span) Span { return q }, start, end) >= 0
}

// overlaps reports whether one of the spans qs, sorted by start and disjoint,
// overlaps [start, end).
func overlaps(qs []Span, start, end int) bool {
	i := endingAfter(qs, start)
	return i < len(qs) && qs[i].Start < end
}

// endingAfter returns the index of the first of the spans qs, sorted by start
// and disjoint, that ends after offset off: the first that can hold anything
// from off on.
func endingAfter(qs []Span, off int) int {
	i, _ := slices.BinarySearchFunc(qs, off, func(q Span, off int) int { return q.End - 1 - off })
	return i
}
