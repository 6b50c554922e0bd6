package align

import (
	"math"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// Weights of the kinds of term, relative to an ordinary content word.
const (
	nameWeight   = 1.5 // a capitalised word inside a sentence: a name
	numberWeight = 2.0 // numbers anchor alignment best
	prefixWeight = 0.5 // a name's first letters, so "Sergie" still meets "Sergei"
)

// bag is a sentence's content terms with their kind weights (before IDF).
type bag map[string]float64

// terms returns the content terms of one sentence: stemmed lower-case content
// words, numbers and names, and for names a prefix term that spelling variants
// share.
func terms(s segment.Sentence, lex *lexicon.Lexicon) bag {
	b := make(bag, len(s.Tokens))
	for k, t := range s.Tokens {
		switch t.Kind {
		case segment.Number:
			b["#"+strings.ReplaceAll(t.Text, ",", "")] = numberWeight
		case segment.Word:
			w := strings.ReplaceAll(t.Lower, ".", "")
			w = strings.TrimSuffix(w, "'s")
			if lex.StopWords.Has(w) || len(w) < 2 {
				continue
			}
			if k > 0 && isUpper(t.Text) {
				b[w] = nameWeight
				if r := []rune(w); len(r) >= 5 {
					b["~"+string(r[:4])] = prefixWeight
				}
				continue
			}
			stem := english.Stem(w, false)
			if b[stem] == 0 {
				b[stem] = 1
			}
		}
	}
	return b
}

func isUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// idf holds inverse document frequencies over the sentences of both articles.
type idf struct {
	n  float64
	df map[string]int
}

func newIDF(bags ...[]bag) idf {
	x := idf{df: make(map[string]int)}
	for _, bs := range bags {
		for _, b := range bs {
			x.n++
			for t := range b {
				x.df[t]++
			}
		}
	}
	return x
}

// weight is the smoothed IDF of term t: terms in fewer sentences weigh more, and
// no term weighs nothing, so that one-sentence articles still compare.
func (x idf) weight(t string) float64 {
	return math.Log(1 + (x.n+1)/(float64(x.df[t])+1))
}

// weigh multiplies each term's kind weight by its IDF.
func (x idf) weigh(b bag) (bag, float64) {
	out := make(bag, len(b))
	total := 0.0
	for t, w := range b {
		out[t] = w * x.weight(t)
		total += out[t]
	}
	return out, total
}
