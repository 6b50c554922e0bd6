package quotes

import (
	"sort"

	"github.com/compared/compared/internal/segment"
)

// tokensBetween returns the tokens of toks that lie inside [start, end).
func tokensBetween(toks []segment.Token, start, end int) []segment.Token {
	i := segment.IndexAt(toks, start)
	j := i
	for j < len(toks) && toks[j].End <= end {
		j++
	}
	return toks[i:j]
}

// trimLeadingPunct drops punctuation at the start of toks (the comma after a
// quotation, a dash).
func trimLeadingPunct(toks []segment.Token) []segment.Token {
	for len(toks) > 0 && toks[0].Kind == segment.Punct {
		toks = toks[1:]
	}
	return toks
}

// splitOnCommas splits toks at commas, dropping the commas.
func splitOnCommas(toks []segment.Token) [][]segment.Token {
	var parts [][]segment.Token
	start := 0
	for k, t := range toks {
		if t.Text == "," {
			parts = append(parts, toks[start:k])
			start = k + 1
		}
	}
	return append(parts, toks[start:])
}

// nextOpen returns where the next quotation opens in sentence k after off, or the
// sentence end.
func nextOpen(doc segment.Document, k, off int) int {
	s := doc.Sentences[k]
	for _, t := range tokensBetween(s.Tokens, off, s.End) {
		if t.Fold == "\"" {
			return t.Start
		}
	}
	return s.End
}

// sentenceAt returns the index of the sentence of par that holds byte off.
func sentenceAt(doc segment.Document, par paragraph, off int) int {
	for k := par.first; k <= par.last; k++ {
		if off < doc.Sentences[k].End {
			return k
		}
	}
	return par.last
}

func sortByStart(qs []Quote) {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
}

// trimTrailingPunct drops punctuation at the end of toks.
func trimTrailingPunct(toks []segment.Token) []segment.Token {
	for len(toks) > 0 && toks[len(toks)-1].Kind == segment.Punct && !partOfWords(toks) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// partOfWords reports whether the mark that ends toks belongs to the words
// before it: a percent sign written onto its number ("rose 2%"), or a bracket
// that closes one opened among them ("the Support Group (ISSG)").
func partOfWords(toks []segment.Token) bool {
	last := toks[len(toks)-1]
	switch last.Text {
	case "%":
		return len(toks) > 1 && toks[len(toks)-2].Kind == segment.Number && toks[len(toks)-2].End == last.Start
	case ")":
		depth := 0
		for _, t := range toks[:len(toks)-1] {
			switch t.Text {
			case "(":
				depth++
			case ")":
				depth--
			}
		}
		return depth > 0
	}
	return false
}

// bracketOpening returns the index of the "(" of a short aside in brackets
// that ends right before toks[k] ("the Reserve Bank of Australia (RBA)"), or
// -1 when none does.
func bracketOpening(toks []segment.Token, k int) int {
	if k == 0 || toks[k-1].Text != ")" {
		return -1
	}
	for open := k - 2; open >= 0 && open >= k-5; open-- {
		if toks[open].Text == "(" {
			if bracketed(toks[open:k]) {
				return open
			}
			return -1
		}
	}
	return -1
}
