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

// trim returns toks without the words at either end that s covers, with the
// punctuation and slight words beside them: what an edit says besides the
// attribution or fact reported on its own ("on the new effort" of "on the new
// effort" -> ", a U.S. official said"). An end with no covered word is kept.
func (s spanSet) trim(toks []segment.Token) []segment.Token {
	loose := func(t segment.Token) bool { return t.Kind == segment.Punct || glueWords[t.Lower] }
	start, end := 0, len(toks)
	for k, covered := 0, false; k <= end; k++ {
		if k == end || !s.contains(toks[k]) && !loose(toks[k]) {
			if covered {
				start = k
			}
			break
		}
		covered = covered || s.contains(toks[k]) && !loose(toks[k])
	}
	for k, covered := end-1, false; k >= start-1; k-- {
		if k < start || !s.contains(toks[k]) && !loose(toks[k]) {
			if covered {
				end = k + 1
			}
			break
		}
		covered = covered || s.contains(toks[k]) && !loose(toks[k])
	}
	return toks[start:end]
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

// without returns spans with the stretches holes cover cut out of them.
func without(spans, holes []Span) []Span {
	if len(holes) == 0 {
		return spans
	}
	var out []Span
	for _, s := range spans {
		for _, h := range holes {
			if h.Start >= s.End || h.End <= s.Start {
				continue
			}
			if h.Start > s.Start {
				out = append(out, Span{s.Start, h.Start})
			}
			s.Start = max(s.Start, h.End)
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}
