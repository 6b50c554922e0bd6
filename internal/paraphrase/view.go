package paraphrase

import (
	"slices"
	"strings"

	"github.com/compared/compared/internal/segment"
	"github.com/compared/compared/internal/spelling"
)

// maxTokens bounds the tokens of one side that the features read: the features
// are quadratic in places (longest common subsequence, fuzzy word matches), and
// the first couple of hundred tokens say enough about how two passages compare.
const maxTokens = 200

// View is one passage read for the features: everything that does not depend
// on the passage it is compared with, so that a sentence compared with many
// others is read once. Words are hashed rather than numbered per pair for the
// same reason; 64-bit hashes of a few hundred words collide with odds of about
// one in 10^14.
type View struct {
	words     []uint64               // hashes of the lower-case words and numbers, in order
	wordGrams [maxOrder + 1][]uint64 // hashes of the word n-grams for n = 1..maxOrder, sorted
	stemGrams [maxOrder + 1][]uint64 // the same of the stems
	charGrams [2][]uint64            // the character 3-grams and 4-grams, packed, sorted
	content   []string               // distinct stems of content words, in order of first use
	letters   []spelling.Letters     // the letters each of content is written with
	names     []string               // distinct content stems written as names
	plain     []string               // distinct content stems written in lower case
	numbers   []string               // distinct numbers without thousands separators
	negations int                    // not, no, never, -n't
	stemTexts []string               // the stems of the words and numbers, in order
	terms     []uint64               // keys of the distinct terms (stems and stem pairs), sorted
}

// View reads toks for the features. Punctuation counts only in the character
// n-grams. A View is never modified once made, so one may serve many pairs and
// goroutines.
func (j *Judge) View(toks []segment.Token) *View {
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	v := &View{words: make([]uint64, 0, len(toks)), stemTexts: make([]string, 0, len(toks))}
	stems := make([]uint64, 0, len(toks))
	var chars strings.Builder
	for k, t := range toks {
		if k > 0 {
			chars.WriteByte(' ')
		}
		chars.WriteString(t.Lower)
		switch t.Kind {
		case segment.Number:
			v.words = append(v.words, termKey(t.Lower))
			stems = append(stems, termKey(t.Lower))
			n := strings.ReplaceAll(t.Lower, ",", "")
			v.numbers = addNew(v.numbers, n)
			v.stemTexts = append(v.stemTexts, n)
		case segment.Word:
			w := strings.ReplaceAll(t.Lower, ".", "")
			st := j.stem(w)
			v.words = append(v.words, termKey(t.Lower))
			stems = append(stems, termKey(st))
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
	// One block holds every sorted n-gram list, and the radix sort's spare half.
	text := chars.String()
	size := 3 * len(text) // the spare half, the 3-grams and the 4-grams
	for n := 1; n <= maxOrder; n++ {
		size += 2 * max(len(v.words)-n+1, 0)
	}
	block := make([]uint64, 0, size)
	take := func(n int) []uint64 {
		out := block[:0:n]
		block = block[n:n]
		return out
	}
	for n := 1; n <= maxOrder; n++ {
		grams := max(len(v.words)-n+1, 0)
		v.wordGrams[n] = appendNgrams(take(grams), v.words, n)
		v.stemGrams[n] = appendNgrams(take(grams), stems, n)
	}
	spare := take(max(len(text)-2, 0))
	for k, n := range []int{3, 4} {
		v.charGrams[k], _ = appendByteGrams(take(max(len(text)-n+1, 0)), spare, text, n)
	}
	v.terms = appendTermKeys(nil, v.stemTexts)
	v.letters = make([]spelling.Letters, len(v.content))
	for k, w := range v.content {
		v.letters[k] = spelling.LettersOf(w)
	}
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
