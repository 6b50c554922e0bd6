package paraphrase

import (
	"slices"
	"strings"

	"github.com/compared/compared/internal/segment"
)

// maxTokens bounds the tokens of one side that the features read: the features
// are quadratic in places (longest common subsequence, fuzzy word matches), and
// the first couple of hundred tokens say enough about how two passages compare.
const maxTokens = 200

// view is one side of a pair, read for the features.
type view struct {
	words     []uint64 // ids of the lower-case words and numbers, in order
	stems     []uint64 // ids of their stems, in order
	content   []string // distinct stems of content words, in order of first use
	names     []string // distinct content stems written as names
	plain     []string // distinct content stems written in lower case
	numbers   []string // distinct numbers without thousands separators
	chars     string   // the lower-case tokens joined by spaces
	negations int      // not, no, never, -n't
	stemTexts []string // the stems of the words and numbers, in order
	terms     []uint64 // keys of the distinct terms (stems and stem pairs), sorted
}

// vocabulary numbers the words of one pair, so that n-grams can be packed into
// integers instead of joined into strings.
type vocabulary map[string]uint64

func (v vocabulary) id(w string) uint64 {
	if id, ok := v[w]; ok {
		return id
	}
	id := uint64(len(v) + 1)
	v[w] = id
	return id
}

// read builds the view of toks. Punctuation counts only in the character
// n-grams.
func (j *Judge) read(toks []segment.Token, vocab vocabulary) view {
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	var v view
	var chars strings.Builder
	for k, t := range toks {
		if k > 0 {
			chars.WriteByte(' ')
		}
		chars.WriteString(t.Lower)
		switch t.Kind {
		case segment.Number:
			v.words = append(v.words, vocab.id(t.Lower))
			v.stems = append(v.stems, vocab.id(t.Lower))
			n := strings.ReplaceAll(t.Lower, ",", "")
			v.numbers = addNew(v.numbers, n)
			v.stemTexts = append(v.stemTexts, n)
		case segment.Word:
			w := strings.ReplaceAll(t.Lower, ".", "")
			st := j.stem(w)
			v.words = append(v.words, vocab.id(t.Lower))
			v.stems = append(v.stems, vocab.id(st))
			v.stemTexts = append(v.stemTexts, st)
			if isNegation(w) {
				v.negations++
			}
			if bare := strings.TrimSuffix(w, "'s"); bare != w {
				w, st = bare, j.stem(bare) // "Assad's" is content word "assad"
			}
			if j.lex.StopWords.Has(w) || len(w) < 2 {
				continue
			}
			v.content = addNew(v.content, st)
			if k > 0 && segment.StartsUpper(t.Text) {
				v.names = addNew(v.names, st)
			} else {
				v.plain = addNew(v.plain, st)
			}
		}
	}
	v.chars = chars.String()
	v.terms = appendTermKeys(nil, v.stemTexts)
	return v
}

// addNew appends w to set unless set holds it. A sentence has a few dozen
// content words at most, so a slice beats a map here.
func addNew(set []string, w string) []string {
	if slices.Contains(set, w) {
		return set
	}
	return append(set, w)
}

func isNegation(w string) bool {
	return w == "not" || w == "no" || w == "never" || strings.HasSuffix(w, "n't")
}
