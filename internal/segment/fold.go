package segment

import (
	"strings"
	"unicode"
)

// FoldRune maps a rune to its cosmetic equivalence class: curly quotes and
// apostrophes become straight ones, dash variants and list bullets become '-',
// and every kind of space becomes ' '. Text that differs only by folded runes is the same text.
func FoldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4', '\u02BC':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D',
		'\u2022', '\u2023', '\u25E6', '\u25AA', '\u25CF', '\u2043': // and the bullets of a list
		return '-'
	case '\u2026':
		return '.'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// Fold returns s with every rune folded by FoldRune, invisible format characters
// (soft hyphens, zero-width spaces) dropped and runs of spaces collapsed to one,
// trimmed at both ends.
func Fold(s string) string {
	if folded(s) {
		return s // most words and names: nothing to fold, nothing to copy
	}
	return foldRunes(s)
}

// foldRunes is Fold, rune by rune.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isInvisible(r) {
			continue
		}
		r = FoldRune(r)
		if r == ' ' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// folded reports whether Fold would return s as it is: ASCII with no mark
// that folds, and single spaces between words only.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '`' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// Visible returns s without its invisible format characters (soft hyphens,
// zero-width spaces), as it reads; everything else is kept as written.
func Visible(s string) string {
	for _, r := range s {
		if isInvisible(r) {
			return strings.Map(func(r rune) rune {
				if isInvisible(r) {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

// isOpenQuote reports whether r can open a quotation.
func isOpenQuote(r rune) bool {
	switch r {
	case '"', '\'', '\u201C', '\u2018', '\u201E', '\u00AB':
		return true
	}
	return false
}

// isCloser reports whether r may follow a sentence's final punctuation and still
// belong to the sentence: closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '\u201D', '\u2019', '\u00BB', ')', ']', '}':
		return true
	}
	return false
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '\u2026'
}

// Uncontracted returns the words a contraction stands for, its lower-case
// form lower ("that's": "that is"; "don't": "do not"; "we're": "we are"), or
// nil when it is none. A name's "'s" is its possessive, and "'d" is read as
// "would": neither can be told from the word alone.
func Uncontracted(lower string) []string {
	lower = strings.ReplaceAll(lower, "’", "'")
	if full, ok := irregularContractions[lower]; ok {
		return full
	}
	stem, rest, ok := strings.Cut(lower, "'")
	if !ok || stem == "" {
		return nil
	}
	switch {
	case rest == "t" && strings.HasSuffix(stem, "n"):
		return []string{strings.TrimSuffix(stem, "n"), "not"} // "don't", "isn't"
	case rest == "s" && isPronounS[stem]:
		return []string{stem, "is"}
	case contractedVerbs[rest] != "" && (isPronounS[stem] || personalPronouns[stem]):
		return []string{stem, contractedVerbs[rest]}
	}
	return nil
}

// The words a contraction's second part stands for, and the words before one
// that are no name.
var (
	irregularContractions = map[string][]string{"won't": {"will", "not"}, "can't": {"can", "not"},
		"shan't": {"shall", "not"}, "ain't": {"is", "not"}, "let's": {"let", "us"}}
	contractedVerbs  = map[string]string{"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}
	isPronounS       = map[string]bool{"that": true, "it": true, "he": true, "she": true, "there": true, "what": true, "who": true, "here": true, "where": true, "how": true}
	personalPronouns = map[string]bool{"i": true, "we": true, "you": true, "they": true}
)
