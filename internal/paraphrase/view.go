package paraphrase

import (
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
	names     map[string]bool
	plain     map[string]bool // content stems that are not names
	numbers   map[string]bool // numbers without thousands separators
	chars     string          // the lower-case tokens joined by spaces
	negations int             // not, no, never, -n't
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
	v := view{names: map[string]bool{}, plain: map[string]bool{}, numbers: map[string]bool{}}
	var chars strings.Builder
	seen := map[string]bool{}
	for k, t := range toks {
		if k > 0 {
			chars.WriteByte(' ')
		}
		chars.WriteString(t.Lower)
		switch t.Kind {
		case segment.Number:
			v.words = append(v.words, vocab.id(t.Lower))
			v.stems = append(v.stems, vocab.id(t.Lower))
			v.numbers[strings.ReplaceAll(t.Lower, ",", "")] = true
		case segment.Word:
			w := strings.ReplaceAll(t.Lower, ".", "")
			st := j.stem(w)
			v.words = append(v.words, vocab.id(t.Lower))
			v.stems = append(v.stems, vocab.id(st))
			if isNegation(w) {
				v.negations++
			}
			if bare := strings.TrimSuffix(w, "'s"); bare != w {
				w, st = bare, j.stem(bare) // "Assad's" is content word "assad"
			}
			if j.lex.StopWords.Has(w) || len(w) < 2 {
				continue
			}
			if !seen[st] {
				seen[st] = true
				v.content = append(v.content, st)
			}
			if k > 0 && segment.StartsUpper(t.Text) {
				v.names[st] = true
			} else {
				v.plain[st] = true
			}
		}
	}
	v.chars = chars.String()
	return v
}

func isNegation(w string) bool {
	return w == "not" || w == "no" || w == "never" || strings.HasSuffix(w, "n't")
}
