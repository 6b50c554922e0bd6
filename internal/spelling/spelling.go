// Package spelling tells how alike two words are spelt: the Jaro-Winkler
// similarity, as github.com/hbollon/go-edlib computes it, without allocating for
// the short ASCII words that make up most names and content words; and it folds
// the ways one word is written, with and without accents, British and American.
package spelling

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Close reports whether a and b have a Jaro-Winkler similarity of at least
// threshold, skipping the comparison when their lengths alone rule it out.
func Close(a, b string, threshold float64) bool {
	return CloseLetters(a, b, LettersOf(a), LettersOf(b), threshold)
}

// Letters is the set of bytes a word is written with, for the quick test in
// CloseLetters; a word compared many times can have it computed once.
type Letters [2]uint64

// anyLetters is the Letters of a word that is not ASCII: every letter, so that
// the quick test never rules it out. No ASCII word short enough to compare holds
// all 128 bytes.
var anyLetters = Letters{^uint64(0), ^uint64(0)}

// LettersOf returns the Letters of w.
func LettersOf(w string) Letters {
	if !isASCII(w) {
		return anyLetters
	}
	return byteSet(w)
}

// CloseLetters is Close for words whose Letters are known.
func CloseLetters(a, b string, la, lb Letters, threshold float64) bool {
	if la == anyLetters || lb == anyLetters {
		return mayReach(utf8.RuneCountInString(a), utf8.RuneCountInString(b), a, b, threshold) && Similarity(a, b) >= threshold
	}
	return mayReach(len(a), len(b), a, b, threshold) && sharesEnough(a, b, la, lb, threshold) && Similarity(a, b) >= threshold
}

// sharesEnough is a quick test, for ASCII words, that a and b (written with
// the letters ma and mb) share enough letters to reach threshold. Only a letter
// the other word has can match, so the letters of each that the other lacks
// bound the Jaro matches m; the Jaro similarity is at most (m/|a| + m/|b| + 1)/3,
// and Winkler's boost for the common prefix rises with it. Each letter one word
// lacks stands at least once in the other, which bounds m from the sets alone
// before the letters are counted.
func sharesEnough(a, b string, ma, mb Letters, threshold float64) bool {
	prefix := 0
	for prefix < min(4, len(a), len(b)) && a[prefix] == b[prefix] {
		prefix++
	}
	reaches := func(m int) bool {
		if m <= 0 {
			return threshold <= 0
		}
		j := (float64(m)/float64(len(a)) + float64(m)/float64(len(b)) + 1) / 3
		const slack = 1e-6 // the similarity is computed in float32
		return j+0.1*float64(prefix)*(1-j) >= threshold-slack
	}
	bound := min(len(a)-lacking(ma, mb), len(b)-lacking(mb, ma))
	return reaches(bound) && reaches(min(countIn(a, mb), countIn(b, ma)))
}

// lacking counts the letters of a that b lacks.
func lacking(a, b Letters) int {
	return bits.OnesCount64(a[0]&^b[0]) + bits.OnesCount64(a[1]&^b[1])
}

// byteSet is the set of the bytes of an ASCII word, as bits.
func byteSet(s string) (set Letters) {
	for i := range len(s) {
		set[s[i]>>6] |= 1 << (s[i] & 63)
	}
	return set
}

// countIn counts the bytes of s that set holds.
func countIn(s string, set Letters) int {
	n := 0
	for i := range len(s) {
		if set[s[i]>>6]&(1<<(s[i]&63)) != 0 {
			n++
		}
	}
	return n
}

// mayReach is a quick test that a and b, na and nb letters long, are not too
// different in length to reach threshold. Jaro similarity is at most (2+r)/3
// for a length ratio r, and Winkler's boost for a shared prefix lifts it by at
// most 0.4 of the rest: so r must be at least 3t-2 without a shared first
// letter and 5t-4 with one.
func mayReach(na, nb int, a, b string, threshold float64) bool {
	short, long := float64(min(na, nb)), float64(max(na, nb))
	if short == 0 {
		return false
	}
	minRatio := 3*threshold - 2
	if a[0] == b[0] {
		minRatio = 5*threshold - 4
	}
	const slack = 1e-9 // the similarity is computed in float32
	return short >= (minRatio-slack)*long
}

// maxFastWord is the longest word jaroWinkler compares without allocating.
const maxFastWord = 64

// Similarity is the Jaro-Winkler similarity of two words, 0 to 1, as
// edlib.JaroWinklerSimilarity computes it (in float32, the Winkler boost for a
// common prefix of up to four letters, 0 for an empty word). edlib converts both
// words to runes on every call; most content words are short and ASCII, and
// compare here without allocating.
func Similarity(a, b string) float64 {
	if len(a) > maxFastWord || len(b) > maxFastWord || !isASCII(a) || !isASCII(b) {
		return float64(edlib.JaroWinklerSimilarity(a, b))
	}
	j := jaro(a, b)
	if j == 0 || j == 1 {
		return float64(j)
	}
	prefix := 0
	for prefix < min(4, len(a), len(b)) && a[prefix] == b[prefix] {
		prefix++
	}
	return float64(j + 0.1*float32(prefix)*(1-j))
}

// jaro is the Jaro similarity of two ASCII words of at most maxFastWord bytes.
func jaro(a, b string) float32 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if a == b {
		return 1
	}
	window := max(len(a), len(b))/2 - 1
	var matchedA, matchedB [maxFastWord]bool
	matches := 0
	for i := range len(a) {
		for j := max(0, i-window); j < min(len(b), i+window+1); j++ {
			if !matchedB[j] && a[i] == b[j] {
				matchedA[i], matchedB[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	var transpositions float32
	j := 0
	for i := range len(a) {
		if !matchedA[i] {
			continue
		}
		for !matchedB[j] {
			j++
		}
		if a[i] != b[j] {
			transpositions++
		}
		j++
	}
	transpositions /= 2
	m := float32(matches)
	return (m/float32(len(a)) + m/float32(len(b)) + (m-transpositions)/m) / 3
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// WithoutAccents drops the accents of s ("Zoë Müller" reads "Zoe Muller"): a
// name written with and without them is one name, spelled two ways.
func WithoutAccents(s string) string {
	if isASCII(s) {
		return s
	}
	// Decompose, drop the combining marks, compose what is left. A chain keeps
	// state between calls, so each call builds its own.
	remove := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(remove, s)
	if err != nil {
		return s
	}
	return out
}

// transliterations are the letters one sound is written with when a name is
// brought into the Latin alphabet from Arabic or Persian by one rule or
// another ("Araqchi" / "Araghchi", "Qaddafi" / "Gaddafi"), each followed by
// the letters Romanised names are folded to: pairs, as strings.NewReplacer
// takes them.
var transliterations = []string{"gh", "q", "kh", "k", "dh", "d", "ou", "u", "ee", "i", "ph", "f"}

// transliterate folds the letters of transliterations.
var transliterate = strings.NewReplacer(transliterations...)

// SameRomanised reports whether a and b are one name Romanised by two rules
// ("araqchi" / "araghchi"): one holds letters Transliterated folds, the two
// are alike at minRomanised at least, and the same once transliterated.
func SameRomanised(a, b string) bool {
	return a == b || (foldsLetters(a) || foldsLetters(b)) && Close(a, b, minRomanised) && Transliterated(a) == Transliterated(b)
}

// foldsLetters reports whether w holds letters that Transliterated folds.
func foldsLetters(w string) bool {
	for k := 0; k < len(transliterations); k += 2 {
		if strings.Contains(w, transliterations[k]) {
			return true
		}
	}
	return false
}

// minRomanised is the least similarity of two Romanisations of one name:
// "araqchi" and "araghchi" are 0.87 alike.
const minRomanised = 0.8

// Transliterated folds the letters that one sound is written with in names
// Romanised by different rules: "araghchi" reads "araqchi". It is for
// comparing two spellings of a name, both folded, and nothing else.
func Transliterated(w string) string {
	if !foldsLetters(w) {
		return w // no pair it folds: read without allocating
	}
	return transliterate.Replace(w)
}
