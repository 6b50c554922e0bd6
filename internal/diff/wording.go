package diff

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
	"github.com/compared/compared/internal/spelling"
)

// minSpellingSimilarity is the Jaro-Winkler similarity above which two different
// words are one word spelled two ways ("favour" / "favor", "Sergie" / "Sergei").
const minSpellingSimilarity = 0.85

// classify says what kind of edit e is.
func classify(e edit) Change {
	switch {
	case len(e.left) == 0 && allPunct(e.right) || len(e.right) == 0 && allPunct(e.left):
		return PunctuationOnly
	case len(e.left) == 0:
		return Inserted
	case len(e.right) == 0:
		return Deleted
	case sameText(e, appendFolded, bytes.EqualFold):
		return CaseOnly
	case sameText(e, appendWords, bytes.Equal):
		return PunctuationOnly
	case respelt(e.left, e.right) || closedUp(e.left, e.right) || contracted(e) && sameText(e, appendUncontracted, bytes.Equal) ||
		spelledOut(e.left, e.right) || spelledOut(e.right, e.left):
		return Spelling
	}
	return Substituted
}

// ordinalRespelt reports whether edit e writes in words, on the left, the
// ordinal that the right writes in figures: "third" / "3rd".
func ordinalRespelt(e edit, left, right Side) bool {
	if len(e.left) != 1 || len(e.right) == 0 {
		return false
	}
	n := lexicon.Ordinal(e.left[0].Lower)
	if n == 0 {
		return false
	}
	start, end := e.right[0].Start, e.right[len(e.right)-1].End
	return slices.ContainsFunc(right.Facts, func(f facts.Fact) bool {
		return f.Unit == "ordinal" && f.Start <= start && end <= f.End && f.Value == strconv.Itoa(n)
	})
}

// withoutMarks trims the quotation marks that open or close a side of e
// beside words: a quotation turned into reported speech changed its words
// ("\"We will" / "that they would"), and its marks say only that it was one.
func withoutMarks(e edit) edit {
	trim := func(toks []segment.Token) []segment.Token {
		for len(toks) > 1 && toks[0].IsQuoteMark() {
			toks = toks[1:]
		}
		for len(toks) > 1 && toks[len(toks)-1].IsQuoteMark() {
			toks = toks[:len(toks)-1]
		}
		return toks
	}
	return edit{left: trim(e.left), right: trim(e.right)}
}

// withoutStops drops the side of e that is only punctuation where the other
// has words: a sentence split at a conjunction ("met in Switzerland as Kerry
// tried" / "met in Switzerland. Kerry was trying") drops "as", and the full
// stop says nothing the alignment does not.
func withoutStops(e edit) edit {
	switch {
	case len(e.right) > 0 && allPunct(e.right) && !allPunct(e.left):
		e.right = nil
	case len(e.left) > 0 && allPunct(e.left) && !allPunct(e.right):
		e.left = nil
	}
	return e
}

// spelledOut reports whether short is an acronym that long spells out ("UN" /
// "United Nations", "U.S." / "United States"): one name written two ways.
func spelledOut(short, long []segment.Token) bool {
	if len(short) != 1 || len(long) < 2 || !segment.IsAcronym(short[0].Text) {
		return false
	}
	var initials strings.Builder
	for _, t := range long {
		if t.Kind != segment.Word || !segment.StartsUpper(t.Text) {
			return false
		}
		initials.WriteString(t.Lower[:1])
	}
	return strings.ReplaceAll(short[0].Lower, ".", "") == initials.String()
}

// contracted reports whether a word of e is written with an apostrophe, as a
// contraction is.
func contracted(e edit) bool {
	apostrophe := func(t segment.Token) bool { return strings.ContainsAny(t.Fold, "'’") }
	return slices.ContainsFunc(e.left, apostrophe) || slices.ContainsFunc(e.right, apostrophe)
}

// appendUncontracted is appendWords with contractions written out: "that's"
// and "that is" are the same words written two ways.
func appendUncontracted(dst []byte, toks []segment.Token) []byte {
	first := true
	for _, t := range toks {
		switch full := segment.Uncontracted(t.Lower); {
		case full != nil:
			for _, w := range full {
				dst, first = appendWord(dst, w, first), false
			}
		case t.Kind != segment.Punct:
			dst, first = appendWord(dst, t.Lower, first), false
		}
	}
	return dst
}

// closedUp reports whether a and b are the same letters, a compound written
// as one word on one side and in parts on the other ("under-investment" /
// "underinvestment", "cease-fire" / "ceasefire").
func closedUp(a, b []segment.Token) bool {
	return sameText(edit{left: a, right: b}, appendLetters, bytes.Equal)
}

// respelt reports whether a and b are the same words, one or more of them
// spelt another way ("organisation recognise" / "organization recognize").
func respelt(a, b []segment.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].Lower != b[k].Lower && !isSpelling(a[k].Lower, b[k].Lower) {
			return false
		}
	}
	return true
}

// isSpelling reports whether words a and b are one word spelled two ways.
// Figures are never: "1234" and "1237" differ in value, however close.
func isSpelling(a, b string) bool {
	if len(a) < 4 || len(b) < 4 || strings.ContainsAny(a, digits) || strings.ContainsAny(b, digits) {
		return false
	}
	return spelling.American(a) == spelling.American(b) || spelling.Close(a, b, minSpellingSimilarity)
}

const digits = "0123456789"

func allPunct(toks []segment.Token) bool {
	for _, t := range toks {
		if t.Kind != segment.Punct {
			return false
		}
	}
	return true
}

// sameText reports whether the two sides of e, each written by write, are
// equal by equal. Both are written into buffers on the stack: an edit is most
// often a few words, and classify compares every edit of every alignment.
func sameText(e edit, write func([]byte, []segment.Token) []byte, equal func(a, b []byte) bool) bool {
	var left, right [128]byte
	return equal(write(left[:0], e.left), write(right[:0], e.right))
}

// appendWords appends to dst the lower-case words of toks without
// punctuation, one space apart: "al-Assad" and "al Assad" give the same.
func appendWords(dst []byte, toks []segment.Token) []byte {
	first := true
	for _, t := range toks {
		if t.Kind != segment.Punct {
			dst, first = appendWord(dst, t.Lower, first), false
		}
	}
	return dst
}

// appendWord appends w to dst without its dots, a space before it unless it
// is the first word written.
func appendWord(dst []byte, w string, first bool) []byte {
	if !first {
		dst = append(dst, ' ')
	}
	for i := range len(w) {
		if w[i] != '.' {
			dst = append(dst, w[i])
		}
	}
	return dst
}

// appendLetters is appendWords without the spaces, between words or inside
// them: "cease-fire" and "ceasefire" give the same.
func appendLetters(dst []byte, toks []segment.Token) []byte {
	for _, t := range toks {
		if t.Kind == segment.Punct {
			continue
		}
		for i := range len(t.Lower) {
			if c := t.Lower[i]; c != '.' && c != ' ' {
				dst = append(dst, c)
			}
		}
	}
	return dst
}

// appendFolded appends to dst the folded text of toks, one space apart.
func appendFolded(dst []byte, toks []segment.Token) []byte {
	for k, t := range toks {
		if k > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, t.Fold...)
	}
	return dst
}

// textOf returns the article text that toks cover, as written, and its span.
func textOf(text string, toks []segment.Token) (string, Span) {
	if len(toks) == 0 {
		return "", Span{}
	}
	sp := Span{Start: toks[0].Start, End: toks[len(toks)-1].End}
	return text[sp.Start:sp.End], sp
}

// wordingSummary is the one-sentence summary of a wording edit, its texts
// quoted as %q quotes them (see withQuoted).
func wordingSummary(c Change, left, right string, quote bool) string {
	where := "."
	if quote {
		where = " inside a quotation."
	}
	switch c {
	case Inserted:
		return withQuoted("The right article adds ", right, where)
	case Deleted:
		return withQuoted("The right article drops ", left, where)
	case CaseOnly:
		return withQuoted("", left, " became ", right, " (letter case only)"+where)
	case PunctuationOnly:
		return withQuoted("", left, " became ", right, " (punctuation only)"+where)
	case Spelling:
		return withQuoted("", left, " is spelled ", right, where)
	}
	return withQuoted("", left, " became ", right, where)
}

// withQuoted joins parts into one string, each part at an odd place quoted
// as strconv.Quote quotes it: in one allocation where none needs an escape,
// as the texts of most differences do not, where strconv.Quote and a
// concatenation take one each.
func withQuoted(parts ...string) string {
	n := 0
	for k, p := range parts {
		n += len(p) + 2*(k%2)
	}
	var b strings.Builder
	b.Grow(n)
	for k, p := range parts {
		if k%2 == 0 {
			b.WriteString(p)
		} else {
			writeQuoted(&b, p)
		}
	}
	return b.String()
}

// writeQuoted writes s to b quoted as strconv.Quote quotes it.
func writeQuoted(b *strings.Builder, s string) {
	if needsEscape(s) {
		b.WriteString(strconv.Quote(s))
		return
	}
	b.WriteByte('"')
	b.WriteString(s)
	b.WriteByte('"')
}

// needsEscape reports whether strconv.Quote would escape any of s: a
// quotation mark, a backslash, a rune it does not print, or bytes that are
// no UTF-8.
func needsEscape(s string) bool {
	for _, r := range s {
		if r == '"' || r == '\\' || r == utf8.RuneError || !strconv.IsPrint(r) {
			return true
		}
	}
	return false
}
