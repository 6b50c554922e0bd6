package paraphrase

import (
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

// closeSpelling is the Jaro-Winkler similarity at which two words count as
// spellings of one ("Sergie" and "Sergei").
const closeSpelling = 0.9

// maxFastWord is the longest word jaroWinkler compares without allocating.
const maxFastWord = 64

// mayBeClose is a quick test that words a and b are not too different in
// length to reach closeSpelling. Jaro similarity is at most (2+r)/3 for a
// length ratio r, and Winkler's boost for a shared prefix lifts it by at most
// 0.4 of the rest: so r must be at least 0.7 without a shared first letter and
// 0.5 with one.
func mayBeClose(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	short, long := min(la, lb), max(la, lb)
	if short == 0 {
		return false
	}
	if a[0] == b[0] {
		return 2*short >= long
	}
	return 10*short >= 7*long
}

// jaroWinkler is the Jaro-Winkler similarity of two words, as
// edlib.JaroWinklerSimilarity computes it (in float32, the Winkler boost for a
// common prefix of up to four letters, 0 for an empty word). edlib converts both
// words to runes on every call; most content words are short and ASCII, and
// compare here without allocating.
func jaroWinkler(a, b string) float64 {
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
