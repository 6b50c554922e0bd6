package diff

import "github.com/compared/compared/internal/segment"

// spanSet is a set of byte ranges of one article.
type spanSet []Span

// covers reports whether every word of toks lies inside some span of s; the
// punctuation and the slight words around a covered phrase (the comma before ",
// officials said", the "in" before "in June") go with it. An edit of such
// tokens alone is covered only if they are.
func (s spanSet) covers(toks []segment.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind == segment.Punct || glueWords[t.Lower] && !s.contains(t) {
			continue
		}
		words++
		if !s.contains(t) {
			return false
		}
	}
	if words > 0 {
		return true
	}
	for _, t := range toks {
		if !s.contains(t) {
			return false
		}
	}
	return true
}

func (s spanSet) contains(t segment.Token) bool {
	for _, sp := range s {
		if t.Start >= sp.Start && t.End <= sp.End {
			return true
		}
	}
	return false
}

// overlaps reports whether any token overlaps [start, end).
func overlaps(toks []segment.Token, start, end int) bool {
	for _, t := range toks {
		if t.Start < end && start < t.End {
			return true
		}
	}
	return false
}

// coversSpan reports whether sp lies inside one span of s.
func (s spanSet) coversSpan(sp Span) bool {
	for _, x := range s {
		if sp.Start >= x.Start && sp.End <= x.End {
			return true
		}
	}
	return false
}
