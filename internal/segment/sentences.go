package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article.
type Sentence struct {
	Start     int     // byte offset of the first byte in the article
	End       int     // byte offset one past the last byte
	Text      string  // the article's bytes [Start, End)
	Paragraph int     // zero-based paragraph index
	Tokens    []Token // words, numbers and punctuation, with article offsets
	first     int     // where Tokens starts in its Document's tokens
}

// Document is an article split into sentences.
type Document struct {
	Text       string     // the original text
	Sentences  []Sentence // in reading order
	Paragraphs int        // number of paragraphs
	// tokens are all the sentences' tokens in reading order, which each
	// sentence's Tokens is a part of: consecutive sentences' tokens are read
	// together without a copy.
	tokens []Token
}

// Tokens returns the tokens of the sentences idx, in the order given. For one
// sentence, or consecutive ones of a Document that Segment made, it is part of
// the document's own tokens, not a copy: callers must not modify it.
func (d Document) Tokens(idx []int) []Token {
	if len(idx) == 1 {
		return d.Sentences[idx[0]].Tokens
	}
	if first, last, ok := d.run(idx); ok {
		return d.tokens[first:last:last]
	}
	n := 0
	for _, k := range idx {
		n += len(d.Sentences[k].Tokens)
	}
	out := make([]Token, 0, n)
	for _, k := range idx {
		out = append(out, d.Sentences[k].Tokens...)
	}
	return out
}

// run returns where the tokens of the sentences idx start and end in d's
// tokens, when they are consecutive sentences whose tokens lie there.
func (d Document) run(idx []int) (first, last int, ok bool) {
	if d.tokens == nil {
		return 0, 0, false
	}
	for k := 1; k < len(idx); k++ {
		if idx[k] != idx[k-1]+1 {
			return 0, 0, false
		}
	}
	s, e := d.Sentences[idx[0]], d.Sentences[idx[len(idx)-1]]
	return s.first, e.first + len(e.Tokens), true
}

// Segment splits text into paragraphs, sentences and tokens. It never fails: any
// text, including empty and invalid UTF-8, yields a Document whose sentence spans lie
// inside the text, in order, without overlap, and cover every byte that is not
// space or an invisible format character.
func Segment(text string) Document {
	doc := Document{Text: text}
	// One slice holds every sentence's tokens; each sentence's are cut from
	// it once all are read, as growing it moves them.
	doc.tokens = make([]Token, 0, len(text)/4+1)
	for _, blk := range blocks(text) {
		for _, r := range capped(text, splitBlock(text, blk.start, blk.end)) {
			first := len(doc.tokens)
			doc.tokens = appendTokens(doc.tokens, text, r[0], r[1])
			doc.Sentences = append(doc.Sentences, Sentence{
				Start:     r[0],
				End:       r[1],
				Text:      text[r[0]:r[1]],
				Paragraph: blk.paragraph,
				first:     first,
			})
		}
		doc.Paragraphs = blk.paragraph + 1
	}
	for k := range doc.Sentences {
		s := &doc.Sentences[k]
		last := len(doc.tokens)
		if k+1 < len(doc.Sentences) {
			last = doc.Sentences[k+1].first
		}
		s.Tokens = doc.tokens[s.first:last:last]
	}
	return doc
}

// maxSentenceBytes is the longest a sentence may run. A news sentence runs a
// few hundred bytes; text without full stops (a list of words, a table pasted
// as a line) would otherwise make one sentence of a whole article, and every
// later stage's cost grows with the square of a sentence's length.
const maxSentenceBytes = 4096

// capped returns the sentence ranges rs of text with every range longer than
// maxSentenceBytes cut into pieces that are not, each at the last space before
// the limit (or at the limit, on a rune's boundary, where there is none).
func capped(text string, rs [][2]int) [][2]int {
	long := false
	for _, r := range rs {
		long = long || r[1]-r[0] > maxSentenceBytes
	}
	if !long {
		return rs
	}
	var out [][2]int
	for _, r := range rs {
		for r[1]-r[0] > maxSentenceBytes {
			cut := r[0] + maxSentenceBytes
			for cut > r[0]+maxSentenceBytes-utf8.UTFMax && !utf8.RuneStart(text[cut]) {
				cut-- // not inside a rune; invalid bytes are cut anywhere
			}
			if sp := strings.LastIndexAny(text[r[0]:cut], " \t\n"); sp > 0 {
				cut = r[0] + sp
			}
			out = appendTrimmed(out, text, r[0], cut)
			r[0] = skipSpace(text, cut, r[1])
		}
		out = appendTrimmed(out, text, r[0], r[1])
	}
	return out
}

// splitBlock returns the sentence ranges of text[start:end], a block that no line
// break of consequence crosses, trimmed of surrounding space.
func splitBlock(text string, start, end int) [][2]int {
	var out [][2]int
	s := start
	list := listMarker(text, skipSpace(text, start, end), end) >= 0
	for i := start; i < end; {
		if list && (i == start || spaceBefore(text, start, i)) {
			// In a list ("1.) The first item 2.) The second item") each marker
			// opens a sentence, and its own period ends nothing.
			if m := listMarker(text, i, end); m >= 0 {
				if strings.TrimSpace(text[s:i]) != "" {
					out = appendTrimmed(out, text, s, i)
					s = i
				}
				i = m
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isTerminal(r) {
			i += n
			continue
		}
		j := skipClosers(text, i, end)
		if isBoundary(text, s, i, j, end) {
			out = appendTrimmed(out, text, s, j)
			s = j
		}
		i = j
	}
	return appendTrimmed(out, text, s, end)
}

// listMarker returns the end of the list-item marker that starts at i ("1.",
// "2.)", "3)", "a.", "• 9.", "⁃10.") when a capitalised word follows it, or -1.
func listMarker(text string, i, end int) int {
	if r, n := utf8.DecodeRuneInString(text[i:end]); r == '\u2022' || r == '\u2043' {
		i = skipSpace(text, i+n, end)
	}
	k := i
	for k < end && k-i < 3 && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if k == i {
		if k >= end || text[k] < 'a' || text[k] > 'z' {
			return -1
		}
		k++ // one lower-case letter: "a."
	}
	switch {
	case k+1 < end && text[k] == '.' && text[k+1] == ')':
		k += 2
	case k < end && (text[k] == '.' || text[k] == ')'):
		k++
	default:
		return -1
	}
	if spaceAt(text, k, end) == 0 {
		return -1
	}
	next, _ := utf8.DecodeRuneInString(text[skipSpace(text, k, end):end])
	if !unicode.IsUpper(next) {
		return -1
	}
	return k
}

func skipSpace(text string, i, end int) int {
	for n := spaceAt(text, i, end); n > 0; n = spaceAt(text, i, end) {
		i += n
	}
	return i
}

// spaceAt returns the size of the space that starts at text[i], of any kind
// (a page copied from the web puts "\u00a0" between a list's number and its
// words), or 0.
func spaceAt(text string, i, end int) int {
	if i >= end {
		return 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		if isSpaceByte(c) {
			return 1
		}
		return 0
	}
	if r, n := utf8.DecodeRuneInString(text[i:end]); unicode.IsSpace(r) {
		return n
	}
	return 0
}

// spaceBefore reports whether a space of any kind ends text[start:i].
func spaceBefore(text string, start, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return unicode.IsSpace(r)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipClosers returns the offset after the run of terminal punctuation that starts
// at i and any closing quotes or brackets after it.
func skipClosers(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !isTerminal(r) && !isCloser(r) {
			break
		}
		j += n
	}
	return j
}

// isBoundary decides whether the terminal punctuation at text[i:j] ends the
// sentence that starts at s.
func isBoundary(text string, s, i, j, end int) bool {
	r, n := utf8.DecodeRuneInString(text[j:end])
	for j < end && isInvisible(r) { // "here.\u200b Two"
		j += n
		r, n = utf8.DecodeRuneInString(text[j:end])
	}
	if j >= end {
		return true
	}
	if !unicode.IsSpace(r) {
		return false
	}
	next := nextWord(text, j, end)
	if next == "" {
		return true
	}
	if opensWithOmission(text, i, j, end) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !isOpenQuote(first) && first != '(' && first != '[' && !unicode.Is(unicode.So, first) {
		return false // a symbol opens one too: "... authorities. © 2024 Example News."
	}
	if i > s && text[i-1] == '[' {
		return false // "[...]": an omission inside a quotation
	}
	if n := spacedEllipsis(text, s, i); n > 0 {
		// ". . ." before a capital is a pause ("the thing is . . . I didn't");
		// a fourth dot is the sentence's own period.
		return n >= 4
	}
	if text[i] != '.' || j-i > 1 && text[i+1] == '.' {
		return true // '!', '?', or an ellipsis
	}
	word := prevWord(text, s, i)
	if strings.ContainsAny(word, "/@") {
		return true // a URL or an e-mail address ends here, not an abbreviation
	}
	if strings.Contains(word, ".") && onlyOpeningPhrase(text[s:i]) {
		return false // "At 5 a.m. Mr. Smith went": a time that opens the sentence
	}
	return !isAbbreviationEnd(word, next)
}

// onlyOpeningPhrase reports whether a would-be sentence is no more than a
// preposition and a couple of words ("At 5 a.m", "By 6 p.m", "In the U.S"): a
// phrase that opens a sentence, which needs a clause after it.
func onlyOpeningPhrase(sentence string) bool {
	words := strings.Fields(sentence)
	return len(words) > 0 && len(words) <= 3 && openingPrepositions[strings.ToLower(words[0])]
}

// openingPrepositions open a phrase of time or place before a sentence's clause.
var openingPrepositions = map[string]bool{"at": true, "by": true, "around": true, "about": true, "until": true,
	"till": true, "before": true, "after": true, "from": true, "since": true, "in": true, "on": true}

// opensWithOmission reports whether the period at text[i:j], written against its
// word, is followed by a spaced ellipsis and a capital: "compounds. . . . The
// practice" is a full stop, then an omission that opens the next sentence.
func opensWithOmission(text string, i, j, end int) bool {
	const omission = " . . . "
	if text[i] != '.' || j != i+1 || i == 0 || isSpaceByte(text[i-1]) || text[i-1] == '.' || !strings.HasPrefix(text[j:end], omission) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+len(omission) : end])
	return unicode.IsUpper(r)
}

// spacedEllipsis returns how many dots the spaced ellipsis (". . .") ending with
// the dot at i holds, or 0 when that dot is not the last of one.
func spacedEllipsis(text string, s, i int) int {
	n := 1
	for k := i; k-2 >= s && text[k-1] == ' ' && text[k-2] == '.'; k -= 2 {
		n++
	}
	if n < 3 {
		return 0
	}
	return n
}

// isAbbreviationEnd reports whether the period after word is an abbreviation's
// rather than a sentence's, given the word that follows.
func isAbbreviationEnd(word, next string) bool {
	word = Visible(word) // "\ufeffU.S." opening a file with a byte-order mark
	lower := strings.ToLower(strings.TrimSuffix(word, "."))
	nextStarts := sentenceStarters[strings.ToLower(trimPunct(next))]
	switch {
	case lower == "":
		return false
	case prefixAbbreviations[lower]:
		return true
	case otherAbbreviations[lower]:
		// "Apple Inc. (AAPL.O) said", "CUPERTINO, Calif. (Reuters) -": a
		// bracket after the abbreviation goes on with the sentence.
		return strings.HasPrefix(next, "(") || !nextStarts && !unicode.IsUpper(firstRune(next))
	case strings.Contains(lower, ".") && onlyLettersAndDots(lower):
		// U.S., a.m.: the sentence ends only where a typical sentence opener
		// follows; "8.6%." is a figure, and its full stop the sentence's.
		return !nextStarts
	case utf8.RuneCountInString(lower) == 1 && unicode.IsUpper(firstRune(word)):
		// An initial ("John F. Kennedy"), except the pronoun "I" before an opener.
		return !(word == "I" && nextStarts)
	case unicode.IsDigit(firstRune(next)):
		return utf8.RuneCountInString(lower) <= 2
	}
	return false
}

// onlyLettersAndDots reports whether w holds letters and dots alone, as an
// abbreviation written with dots does.
func onlyLettersAndDots(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r != '.' && !unicode.IsLetter(r) }) < 0
}

// nextWord returns the first space-delimited word at or after i.
func nextWord(text string, i, end int) string {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// prevWord returns the word that ends at i (exclusive), not looking before s.
func prevWord(text string, s, i int) string {
	j := i
	for j > s {
		r, n := utf8.DecodeLastRuneInString(text[s:j])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '\u201C' {
			break
		}
		j -= n
	}
	return text[j:i]
}

func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(trimPunct(s))
	return r
}

// appendTrimmed appends [s, e) to out with surrounding space removed, unless empty.
func appendTrimmed(out [][2]int, text string, s, e int) [][2]int {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		e -= n
	}
	if s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}
