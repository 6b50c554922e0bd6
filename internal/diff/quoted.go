package diff

import (
	"sort"

	"github.com/compared/compared/internal/quotes"
)

// quotedSpans are the spans of an article's direct quotations, sorted by start,
// so that whether an edit lies inside one is a binary search rather than a scan
// of every quotation for every edit.
type quotedSpans struct {
	starts []int
	reach  []int // reach[i] is the furthest end of spans 0..i
}

func newQuotedSpans(qs []quotes.Quote) quotedSpans {
	var x quotedSpans
	for _, q := range qs { // in reading order: sorted by start
		if !q.Direct {
			continue
		}
		end := q.End
		if n := len(x.reach); n > 0 {
			end = max(end, x.reach[n-1])
		}
		x.starts, x.reach = append(x.starts, q.Start), append(x.reach, end)
	}
	return x
}

// covers reports whether sp lies inside one of the quotations. The spans that
// start at or before sp are a prefix of the list; one of them holds sp when the
// furthest of their ends reaches sp's end.
func (x quotedSpans) covers(sp Span) bool {
	if sp == (Span{}) {
		return false
	}
	i := sort.SearchInts(x.starts, sp.Start+1) - 1 // the last span starting at or before sp
	return i >= 0 && x.reach[i] >= sp.End
}
