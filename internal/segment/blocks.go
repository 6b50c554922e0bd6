package segment

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a stretch of text that sentences do not cross: a paragraph, or a line
// that stands on its own (a heading, a URL, a number).
type block struct {
	start, end int // byte range in the article
	paragraph  int // zero-based paragraph index
}

// line is one line of the article, without its line break.
type line struct {
	start, end int    // byte range, without its line break
	text       string // trimmed content
}

// blocks groups the article's lines into blocks. A blank line ends a paragraph. A
// single line break is soft (a line wrapped inside a paragraph) when the text is
// hard-wrapped (see wrappedWidth), the line before is about as long as the
// wrapped lines are and the next line's first word would not have fitted on it,
// or when the line before it does not end a sentence and the line
// after it continues in lower case; a URL line always stands alone, and a
// number-only line unless the line before awaits it (see awaitsFigure);
// any other single line break ends the paragraph, as in articles that put one
// paragraph on each line.
func blocks(text string) []block {
	var out []block
	lines := splitLines(text)
	wrapWidth := wrappedWidth(lines)
	para := -1
	open := false
	for k, ln := range lines {
		if ln.text == "" {
			open = false
			continue
		}
		if open && !continues(lines[k-1], ln, wrapWidth) {
			open = false
		}
		if open {
			out[len(out)-1].end = ln.end
			continue
		}
		para++
		out = append(out, block{start: ln.start, end: ln.end, paragraph: para})
		open = true
	}
	return out
}

// continues reports whether next carries on the paragraph that prev leaves open.
// wrapWidth is the width of hard-wrapped lines, or 0 when the text is not wrapped.
func continues(prev, next line, wrapWidth int) bool {
	if isBulleted(next.text) && endsInAgency(prev.text) {
		return true // a dateline wrapped before its dash
	}
	if standsAlone(prev.text) || standsAlone(next.text) && !endsSentenceOf(prev.text, next.text) && !awaitsFigure(prev.text, next.text) || isBulleted(next.text) {
		return false
	}
	if width := utf8.RuneCountInString(prev.text); wrapWidth > 0 && width >= wrapWidth*3/5 &&
		(width+1+firstWordWidth(next.text) > wrapWidth || len(prev.text)+1+len(firstField(next.text)) > wrapWidth) {
		// A wrapped line, the next word too long for it: the break is a
		// space. Some tools wrap by bytes, so that a line with a dash or an
		// accent in it breaks before a word that would have fitted in
		// characters.
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	for isCloser(last) && len(prev.text) > 1 {
		prev.text = prev.text[:len(prev.text)-utf8.RuneLen(last)]
		last, _ = utf8.DecodeLastRuneInString(prev.text)
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	if last == '.' && (unicode.IsLower(first) || unicode.IsDigit(first)) && endsInAbbreviation(prev.text) {
		return true // "the U.S." / "officials said.", "Sept." / "22": the full stop is the abbreviation's
	}
	if isTerminal(last) || last == ':' {
		return false
	}
	if leftOpen(prev.text, next.text, last) {
		return true
	}
	// "... to 64 from" / "62 in 2023", "Apple will pay" / "$490 million": a
	// figure or an amount opening the line goes on with a line of prose that
	// ends in a lower-case word, as a lower-case word does; not with a
	// button's label ("Share" / "1.2K"), nor a list's numbered item
	// ("Key facts: Baltimore bridge collapse" / "1. The cargo ship ...").
	// A dash set off at the line's end is a heading's ("- Seeking concrete
	// steps -"), not a word's broken over the line.
	numbered := listMarker(next.text, 0, len(next.text)) > 0
	return unicode.IsLower(first) || (unicode.IsDigit(first) || unicode.Is(unicode.Sc, first)) && endsProse(prev.text) && !numbered ||
		last == ',' || last == '-' && !strings.HasSuffix(prev.text, " -") || last == '\u2014'
}

// leftOpen reports whether line, whose last character is last, ends where no
// line of its own ends, so that next goes on with it: in an article ("...
// towards peace, the" / "U.S. officials said.") or in a day's number before
// its month ("... said on 5" / "January."; not "... rises to 55" / "Jan 2 -
// The death toll ...", a headline and a dateline).
func leftOpen(line, next string, last rune) bool {
	switch {
	case openEnders[strings.ToLower(lastField(line))]:
		return true
	case unicode.IsDigit(last) && isProse(line) && isDay(lastField(line)):
		return months[strings.ToLower(strings.TrimRight(firstField(next), ".,"))]
	case datePrepositions[strings.ToLower(lastField(line))] && isProse(line):
		// "NASA said on" / "Thursday.": the day the preposition wants
		w := strings.ToLower(strings.TrimRight(firstField(next), ".,;"))
		return weekdays[w] || months[w]
	}
	return false
}

// isDay reports whether w is a number a day of a month may have: 1 to 31.
func isDay(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}

// datePrepositions are the prepositions a day or a month follows, which a
// line may end on where the sentence goes on ("said on" / "Thursday").
var datePrepositions = setOf("on", "in", "since", "until", "by", "before", "after")

// weekdays are the days of the week, as a line after a preposition opens.
var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// awaitsFigure reports whether line ends where a figure goes on, next being
// a number on a line of its own: a word that leaves a phrase open or hedges
// a figure ("Death toll from Myanmar quake climbs above" / "1,600"), a verb
// whose object a toll is ("... airport, killing" / "179"), a month before
// its day ("... snap election for July" / "4"), or a comma before a year
// ("... as of June 30," / "2022.").
func awaitsFigure(line, next string) bool {
	w := strings.ToLower(lastField(line))
	return !IsURL(next) && (openEnders[w] || figurePrepositions[w] || figureHedges[w] || tollVerbs[w] || months[strings.TrimRight(w, ".")] || strings.HasSuffix(line, ","))
}

// tollVerbs are the verbs a headline gives a toll with, the figure after
// them: "Plane crashes, killing 179".
var tollVerbs = setOf("kill", "kills", "killing", "injure", "injures", "injuring", "wound", "wounds", "wounding", "leaving")

// endsInAgency reports whether line ends in an agency's name in brackets,
// as a dateline does before its dash: "JERUSALEM/BEIRUT, July 30
// (Reuters)" / "- Israel's military said", wrapped at the dash, is one line,
// not a line and a list's item.
func endsInAgency(line string) bool {
	open := strings.LastIndexByte(line, '(')
	if open < 0 || !strings.HasSuffix(line, ")") {
		return false
	}
	agency := strings.Fields(line[open+1 : len(line)-1])
	return len(agency) > 0 && len(agency) <= maxAgencyWords && StartsUpper(agency[0])
}

// maxAgencyWords is the most words an agency's name in a dateline runs to.
const maxAgencyWords = 3

// figureHedges are the words that hedge the figure after them.
var figureHedges = setOf("above", "below", "over", "under", "nearly", "almost", "about", "around", "roughly",
	"approximately", "some", "top", "tops", "exceed", "exceeds", "near", "nears")

// endsProse reports whether line is prose that a line break leaves open: a
// few words, the last in lower case.
func endsProse(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLower(last) && isProse(line)
}

// minProseWords is the fewest words a line must hold to read as prose.
const minProseWords = 4

// openEnders are the words that leave a phrase open: no sentence or
// headline ends with one. The prepositions that also end phrasal verbs
// ("Biden weighs in", "Talks break down") are not among them.
var openEnders = setOf("the", "a", "an", "of", "to", "for", "from", "with", "into", "and", "or", "but", "than", "at",
	"his", "her", "their", "its", "our", "whose", "between", "during", "against", "towards", "toward", "amid", "since", "until")

// figurePrepositions may end a line a figure goes on ("fewer cuts in" /
// "2025"), where a line of words after them may stand alone ("Biden weighs
// in" / "Washington is divided").
var figurePrepositions = setOf("in", "by", "on", "over", "under", "after", "before", "per", "within", "through")

// months are the names of the months, and their abbreviations.
var months = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// isProse reports whether line holds prose: a few words at least.
func isProse(line string) bool { return len(strings.Fields(line)) >= minProseWords }

// lastField returns the last word of s, or "".
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firstField returns the first word of s, or "".
func firstField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// endsInAbbreviation reports whether line ends in an abbreviation: letters
// with full stops between them ("U.S.") or a word the abbreviation lists
// hold ("Corp.").
func endsInAbbreviation(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 {
		return false
	}
	w := strings.TrimSuffix(words[len(words)-1], ".")
	lower := strings.ToLower(w)
	return strings.Contains(w, ".") || prefixAbbreviations[lower] || otherAbbreviations[lower]
}

// endsSentenceOf reports whether next, a line of a number alone, ends the
// sentence that prev leaves open: "... to raise the pension age to 64 from" /
// "62.", a wrapped line's last word, or "... on sale on Sept." / "22.". A
// number with no full stop, or after a line that is no open prose, stands
// alone ("180" under a headline).
func endsSentenceOf(prev, next string) bool {
	return !IsURL(next) && strings.HasSuffix(next, ".") && len(next) > 1 && (endsProse(prev) || strings.HasSuffix(prev, ".") && endsInAbbreviation(prev))
}

// firstWordWidth returns the width in characters of the first word of s.
func firstWordWidth(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// minWrapWidth is the narrowest line width taken for hard wrapping.
const minWrapWidth = 30

// wrappedWidth returns the width the text's lines are wrapped at, or 0 when it is
// not hard-wrapped: hard-wrapped text breaks its paragraphs into lines no longer
// than some width. The width is that of the widest line a paragraph goes on
// after; a paragraph's last line, a list item's line before the next item, and
// a URL or a number on a line of its own, say nothing of it (a long caption left
// unwrapped, a link above it, a list written one item a line). Text that
// separates paragraphs with blank lines is wrapped if that width is a line's;
// text without blank lines only if most of its lines fill it, since one short
// paragraph a line looks the same line by line.
func wrappedWidth(lines []line) int {
	blank, widest := false, 0
	var widths []int
	first := slices.IndexFunc(lines, func(l line) bool { return l.text != "" })
	last := len(lines) - 1
	for last >= 0 && lines[last].text == "" {
		last--
	}
	for k, ln := range lines {
		if ln.text == "" {
			// A blank line between paragraphs; the text's final line break
			// leaves one after the last, which separates nothing.
			blank = blank || first < k && k < last
			continue
		}
		if k+1 < len(lines) && lines[k+1].text != "" && !standsAlone(ln.text) && !standsAlone(lines[k+1].text) && !opensItem(lines[k+1].text) {
			w := utf8.RuneCountInString(ln.text)
			widest = max(widest, w)
			widths = append(widths, w)
		}
	}
	if widest < minWrapWidth || widest > 120 {
		return 0
	}
	if !blank {
		full := 0
		for _, w := range widths {
			if w >= widest*3/5 {
				full++
			}
		}
		if len(widths) < minWrappedLines || 4*full < 3*len(widths) {
			return 0
		}
	}
	return wrapWidth(widths)
}

// opensItem reports whether a line opens a list's item, with a bullet or a
// number: the line before it ends an item, wherever it was wrapped.
func opensItem(s string) bool {
	return isBulleted(s) || listMarker(s, 0, len(s)) > 0
}

// wrapWidth returns the width lines of the given widths were wrapped at: the
// widest, but for the longest tenth of them when there are many. A line
// edited after the text was wrapped may run a few characters over; taken for
// the width, it would make every line it outruns look short, and its break
// a paragraph's end.
func wrapWidth(widths []int) int {
	sorted := slices.Sorted(slices.Values(widths))
	return sorted[len(sorted)-1-len(sorted)/10]
}

// minWrappedLines is the fewest lines that show wrapping in text without blank
// lines.
const minWrappedLines = 4

// isBulleted reports whether a line opens a list item with a bullet: "• At
// least 12 people ...", "- Police said ...".
func isBulleted(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !isBullet(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[n:])
	return next == ' ' || next == '\t' || next == '\u00a0'
}

func isBullet(r rune) bool {
	switch r {
	case '\u2022', '\u2023', '\u25E6', '\u25AA', '\u25CF', '\u2043', '-', '*', '\u2013', '\u2014':
		return true
	}
	return false
}

// standsAlone reports whether a line is a URL or a bare number, which is never
// part of a sentence on a neighbouring line.
func standsAlone(s string) bool {
	if IsURL(s) {
		return true
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// IsURL reports whether s is a bare link: http://, https:// or www. with no space.
func IsURL(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) &&
		!strings.ContainsAny(s, " \t")
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start <= len(text); {
		end, next, paragraph := lineBreak(text, start)
		out = append(out, line{start: start, end: end, text: strings.TrimFunc(text[start:end], unicode.IsSpace)})
		if paragraph {
			out = append(out, line{start: next, end: next}) // as a blank line
		}
		if next > len(text) {
			break
		}
		start = next
	}
	return out
}

// lineBreak finds the end of the line that starts at start: the offset where
// its break begins, the offset after the break (past the text's end when there
// is none), and whether the break ends a paragraph. Lines end at "\n", "\r\n", a
// lone "\r" (old Mac text) and the Unicode line separator; the paragraph
// separator ends a paragraph as a blank line does.
func lineBreak(text string, start int) (end, next int, paragraph bool) {
	for i := start; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return i, i + 1, false
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				return i, i + 2, false
			}
			return i, i + 1, false
		case 0xe2: // U+2028 and U+2029 are e2 80 a8 and e2 80 a9
			if strings.HasPrefix(text[i:], "\u2028") {
				return i, i + 3, false
			}
			if strings.HasPrefix(text[i:], "\u2029") {
				return i, i + 3, true
			}
		}
	}
	return len(text), len(text) + 1, false
}
