package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is made of.
type TokenKind int

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with apostrophes or abbreviation dots
	Number                  // digits, possibly with separators and decimals
	Punct                   // one punctuation mark or symbol
)

// Token is one word, number or punctuation mark of a sentence.
type Token struct {
	Text  string    // as written
	Fold  string    // cosmetically folded (quotes, dashes), case kept
	Lower string    // Fold in lower case
	Start int       // byte offset of the first byte in the article
	End   int       // byte offset one past the last byte
	Kind  TokenKind // word, number or punctuation
}

// InLowerCase reports whether t is written without a capital: "employed",
// and "em\u200bployed" with an invisible character inside, alike, where
// comparing Text with Lower tells them apart.
func (t Token) InLowerCase() bool { return strings.IndexFunc(t.Text, unicode.IsUpper) < 0 }

// IsHyphen reports whether t is a hyphen as written, one that ends a line
// inside a compound ("Al-\nAhram") too; not a dash written otherwise.
func (t Token) IsHyphen() bool {
	// The broken hyphen folds to "-", as dashes do, and is "-" and a line
	// break as written; "--" is a dash.
	return t.Text == "-" || t.Kind == Punct && t.Fold == "-" && len(t.Text) > 1 && t.Text[0] == '-' && t.Text[1] != '-'
}

// IsQuoteMark reports whether t is a quotation mark, straight or curly,
// double or single (an apostrophe folds to one too).
func (t Token) IsQuoteMark() bool { return t.Fold == `"` || t.Fold == "'" }

// Glued reports whether toks[k] is written onto the token before it, no
// space between: the "-" and "min" of "Ju-min", the "C" of "40C".
func Glued(toks []Token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].Start == toks[k-1].End
}

// InitialStop reports whether toks[k] is the full stop of an initial inside
// a name: one capital letter before it, written against it, and a
// capitalised word after it ("Michael R. Sisak", "B. Riley").
func InitialStop(toks []Token, k int) bool {
	return k+1 < len(toks) && toks[k].Text == "." && Glued(toks, k) && len(toks[k-1].Text) == 1 && StartsUpper(toks[k-1].Text) &&
		StartsUpper(toks[k+1].Text)
}

// IndexAt returns the index of the first of toks, in reading order, that
// starts at byte offset or after it: len(toks) when none does.
func IndexAt(toks []Token, offset int) int {
	i, _ := slices.BinarySearchFunc(toks, offset, func(t Token, offset int) int { return t.Start - offset })
	return i
}

// Tokenize splits text[start:end] into tokens whose offsets point into text.
// White space separates tokens and is not a token.
func Tokenize(text string, start, end int) []Token {
	// News prose runs at four to five bytes a token: sized for four, the slice
	// rarely grows, and growing is most of what tokenizing allocates.
	return appendTokens(make([]Token, 0, (end-start)/4+1), text, start, end)
}

// appendTokens appends to toks the tokens of text[start:end] (see Tokenize).
func appendTokens(toks []Token, text string, start, end int) []Token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || isInvisible(r):
			i += n
		case FoldRune(r) == '\'':
			// An apostrophe that opens a word is a quotation mark, even the
			// modifier letter apostrophe ("\u02BCLong way").
			toks = append(toks, newToken(text, i, i+n, Punct))
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) && r >= utf8.RuneSelf:
			// Digits of other scripts ("١") are read as words: scanNumber
			// knows only ASCII digits and separators.
			j := scanWord(text, i, end)
			j = dollarLettersEnd(text, i, j)
			toks = append(toks, newToken(text, i, j, Word))
			i = j
		case r >= '0' && r <= '9':
			j := scanNumber(text, i, end)
			toks = append(toks, newToken(text, i, j, Number))
			i = j
		default:
			j := markEnd(text, i, end, r, n)
			if r == '-' && j == i+1 && len(toks) > 0 && toks[len(toks)-1].End == i {
				if k := hyphenatedBreak(text, i, end); k > j {
					// "Al-\nAhram", "four-\nparty": a compound's hyphen at a
					// line's end joins the word on the next line, as it does
					// on one line; the token holds the line break.
					tok := newToken(text, i, k, Punct)
					tok.Fold, tok.Lower = "-", "-"
					toks = append(toks, tok)
					i = k
					continue
				}
			}
			toks = append(toks, newToken(text, i, j, Punct))
			i = j
		}
	}
	return toks
}

// markEnd returns the end of the punctuation mark r that starts at i: an
// ellipsis written as dots ("...") and a dash written as hyphens ("--") are one
// mark each, as "…" and "—" are.
func markEnd(text string, i, end int, r rune, n int) int {
	if r != '.' && r != '-' {
		return i + n
	}
	j := i + 1
	for j < end && text[j] == byte(r) {
		j++
	}
	return j
}

// foldMark folds a mark written several ways to one form: "…" and "..." to
// "...", "—", "–" and "--" to "-".
func foldMark(raw, fold string) string {
	switch {
	case fold == "." && raw != ".": // "…"
		return "..."
	case len(fold) > 1 && strings.Trim(fold, "-") == "":
		return "-"
	}
	return fold
}

func newToken(text string, start, end int, kind TokenKind) Token {
	raw := text[start:end]
	fold, lower := raw, raw
	if kind == Word && strings.ContainsAny(raw, "\n\r") {
		fold = Unbreak(raw) // compared as if written on one line
		lower = strings.ToLower(Fold(fold))
		return Token{Text: raw, Fold: Fold(fold), Lower: lower, Start: start, End: end, Kind: kind}
	}
	if !plainASCII(raw) {
		fold = Fold(raw)
		lower = strings.ToLower(fold)
	} else if hasUpperASCII(raw) {
		lower = strings.ToLower(raw)
	}
	if kind == Punct {
		fold = foldMark(raw, fold)
		lower = fold
	}
	return Token{Text: raw, Fold: fold, Lower: lower, Start: start, End: end, Kind: kind}
}

// plainASCII reports whether s is ASCII with nothing that Fold would change, so
// that the token can share the article's bytes instead of allocating.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '`' || c <= ' ' {
			return false
		}
	}
	return true
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// scanWord returns the end of the word starting at i: letters, digits and marks,
// joined across an apostrophe followed by a letter ("don't", "Assad's") and across
// dots of an abbreviation written with single letters ("U.S.", "a.m.").
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		apostrophe := FoldRune(r) == '\''
		if !apostrophe && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			j += n
			continue
		}
		if (apostrophe || isInvisible(r)) && j+n < end {
			// "don't", "Assad’s"; a soft hyphen or a zero-width space inside
			// a word ("negoti\u00adations") is no break.
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			if unicode.IsLetter(next) {
				j += n
				continue
			}
		}
		if r == '.' && isLetterDotRun(text, i, j, end) {
			j += n
			continue
		}
		if r == '.' {
			if k := domainEnd(text, i, j, end); k > j {
				j = k // "PowerOutage.us", "Amazon.com": a site's name is one word
				continue
			}
		}
		if r == '-' && j > i {
			if k := hyphenatedBreak(text, j, end); k > j && syllableBreak(text[i:j], text[k:end]) {
				j = k // "offi-\ncials": a word broken over two lines
				continue
			}
		}
		break
	}
	return j
}

// dollarLettersEnd returns where the amount starts in the word text[i:j] when
// the word is a dollar's country written between the sign and its digits
// ("$US3.95", "$A20"), so that the amount is read as a number; j otherwise.
func dollarLettersEnd(text string, i, j int) int {
	if i == 0 || text[i-1] != '$' {
		return j
	}
	k := i
	for k < j && 'A' <= text[k] && text[k] <= 'Z' {
		k++
	}
	if k == i || k-i > 3 || k == j {
		return j
	}
	for m := k; m < j; m++ {
		if text[m] < '0' || text[m] > '9' {
			return j
		}
	}
	return k
}

// syllableBreak reports whether a word whose first part is head and whose
// line break after a hyphen is followed by rest was broken between syllables
// ("negoti-\nations"): the rest opens in lower case, and the head is no
// figure in words ("four-\nparty", "six-\nmonth") and no name a participle
// follows ("SoftBank-\nowned"), whose hyphens join compounds. A capital or a
// digit after the break opens a word of its own ("Al-\nAhram").
func syllableBreak(head, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r) && !numberHeads[strings.ToLower(head)] && !(StartsUpper(head) && compoundTail(rest))
}

// compoundTail reports whether the word that opens rest ends a compound after
// a name: a participle ("-owned", "-backed", "-sponsored") or a word such as
// "-based" or "-run".
func compoundTail(rest string) bool {
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	return len(w) >= 5 && strings.HasSuffix(w, "ed") || compoundTails[w]
}

// compoundTails are the short words that end compounds after a name.
var compoundTails = map[string]bool{"run": true, "led": true, "born": true, "made": true, "built": true, "style": true, "wide": true}

// numberHeads are the figures in words that open compounds: "four-party",
// "six-month", "first-quarter".
var numberHeads = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"fifteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true,
	"thousand": true, "million": true, "billion": true, "half": true, "first": true, "second": true,
	"third": true, "fourth": true, "fifth": true, "multi": true}

// hyphenatedBreak returns where the next line's word resumes when the hyphen
// at j ends a line ("negoti-\nations", "Al-\nAhram"); j when it does not.
func hyphenatedBreak(text string, j, end int) int {
	k := pastLineEndSpaces(text, j+1, end) // "Pres-  \r\nident"
	switch {
	case strings.HasPrefix(text[k:end], "\r\n"):
		k += 2
	case k < end && (text[k] == '\n' || text[k] == '\r'):
		k++
	default:
		return j
	}
	for k < end && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if r, _ := utf8.DecodeRuneInString(text[k:end]); k < end && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return k
	}
	return j
}

// Read returns the token's text as it reads: without invisible characters, and
// a word broken over two lines ("offi-\ncials") whole.
func (t Token) Read() string {
	if t.Kind == Word && strings.ContainsAny(t.Text, "\n\r") {
		return Visible(Unbreak(t.Text))
	}
	if t.IsHyphen() {
		return "-" // and a compound's hyphen that ends a line ("Al-\nAhram")
	}
	return Visible(t.Text)
}

// Unbreak returns a word's text without the hyphen and line break that
// broke it over two lines.
func Unbreak(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if raw[i] == '-' && lineBreakAfter(raw, i+1) {
			for i+1 < len(raw) && (raw[i+1] == '\n' || raw[i+1] == '\r' || raw[i+1] == ' ' || raw[i+1] == '\t') {
				i++
			}
			continue
		}
		b.WriteByte(raw[i])
	}
	return b.String()
}

// lineBreakAfter reports whether a line break starts at raw[i], after any
// spaces left at the line's end.
func lineBreakAfter(raw string, i int) bool {
	i = pastLineEndSpaces(raw, i, len(raw))
	return i < len(raw) && (raw[i] == '\n' || raw[i] == '\r')
}

// pastLineEndSpaces returns where the spaces and tabs that start at text[i]
// end, before end: the spaces a line may keep at its end.
func pastLineEndSpaces(text string, i, end int) int {
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// domainEnd returns where the top-level domain after the '.' at j ends when the
// word text[start:j] and it form a site's name ("Amazon.com", "bbc.co.uk"), or j.
func domainEnd(text string, start, j, end int) int {
	if j-start < 2 {
		return j
	}
	k := j + 1
	for k < end && 'a' <= text[k] && text[k] <= 'z' {
		k++
	}
	if !topLevelDomains[text[j+1:k]] {
		return j
	}
	if k < end {
		if r, _ := utf8.DecodeRuneInString(text[k:end]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return j
		}
	}
	return k
}

// topLevelDomains end the names of sites that news credits as sources; one
// that the text does not write in lower case ("end.The") is a missing space.
var topLevelDomains = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true, "io": true,
	"co": true, "uk": true, "us": true, "de": true, "fr": true, "info": true, "news": true, "ai": true, "tv": true}

// IsDomain reports whether a word is a site's name: "PowerOutage.us".
func IsDomain(word string) bool {
	i := strings.LastIndexByte(word, '.')
	return i > 1 && topLevelDomains[word[i+1:]] && !strings.ContainsAny(word[:i], " \t")
}

// SiteName returns the name a site goes by without its domain ("Downdetector"
// of "Downdetector.com", "bbc" of "bbc.co.uk"), or "" for a word that is no
// site's name.
func SiteName(word string) string {
	if !IsDomain(word) {
		return ""
	}
	name, _, _ := strings.Cut(word, ".")
	return name
}

// isLetterDotRun reports whether the '.' at j belongs to an abbreviation of single
// letters ("U.S.", "a.m."): the word so far is such a run and either another letter
// follows the dot, or the run already holds a dot and this one closes it.
func isLetterDotRun(text string, start, j, end int) bool {
	word := text[start:j]
	for k, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 || (k > 0 && part == "") {
			return false
		}
	}
	if j+1 < end {
		if next, _ := utf8.DecodeRuneInString(text[j+1 : end]); unicode.IsLetter(next) {
			return true
		}
	}
	return strings.Contains(word, ".")
}

// scanNumber returns the end of the number starting at i: digits, with '.' or ','
// between digits as separators or decimal points.
func scanNumber(text string, i, end int) int {
	j := i
	for j < end {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			j++
		case (c == '.' || c == ',') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9':
			j++
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(text[j:end])
			if !isInvisible(r) || j+n >= end || text[j+n] < '0' || text[j+n] > '9' {
				return j
			}
			j += n // a soft hyphen or zero-width space between digits
		default:
			return j
		}
	}
	return j
}

// isInvisible reports whether r is a format character that prints nothing: a
// soft hyphen, a zero-width space or joiner, a byte-order mark, a direction
// mark. Web text is full of them; they are never part of what an article says.
func isInvisible(r rune) bool {
	return r >= 0x80 && unicode.Is(unicode.Cf, r)
}

// StartsUpper reports whether s opens with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsAcronym reports whether a word is written in capitals, two letters or
// more, whatever else it holds: "WHO", "U.S.", "COP28".
func IsAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// ListMarkerEnd returns the index in toks, a sentence's tokens, after the
// marker that opens a numbered list item ("1.", "2)") or a bulleted one, or 0:
// the item's number is no figure, and its first word is capitalised as a
// sentence's is.
func ListMarkerEnd(toks []Token) int {
	switch {
	case len(toks) > 2 && toks[0].Kind == Number && len(toks[0].Text) <= 2 && (toks[1].Text == "." || toks[1].Text == ")") && toks[1].Start == toks[0].End:
		return 2
	case len(toks) > 1 && toks[0].Kind == Punct && (toks[0].Fold == "-" || toks[0].Text == "*"):
		return 1
	}
	return 0
}

// DatelineParts are the token indexes of a dateline's parts.
type DatelineParts struct {
	Agency, AgencyEnd int // the brackets round the agency, "(" and ")"; both Dash when none is named
	Dash              int // the dash that ends the dateline
}

// Dateline finds the dateline that opens a sentence, its tokens toks: a place,
// perhaps a date, the agency in brackets and a dash ("LAUSANNE (AFP) -",
// "BRUSSELS, Oct 15 (Reuters) —", "DUBAI/LONDON, April 2 (Reuters) -": two
// bureaus), the agency alone ("(Bloomberg) --"), or a place in capitals or a
// date with no agency ("SEOUL, Dec 3 -", "WASHINGTON —", "May 20 -": the
// agency named in a byline, or nowhere). It returns the dateline's parts and
// ok.
func Dateline(toks []Token) (DatelineParts, bool) {
	open := 0
	for open < len(toks) && open < maxDatelinePlace && toks[open].Text != "(" && !isSpacedDash(toks, open) {
		t := toks[open]
		joins := t.IsHyphen() && open > 0 && toks[open-1].End == t.Start // "DEIR AL-BALAH"
		if !(t.Kind == Word && StartsUpper(t.Text) || t.Kind == Number || t.Text == "," || t.Text == "." || t.Text == "/" || joins) {
			return DatelineParts{}, false
		}
		open++
	}
	if open+3 >= len(toks) {
		return DatelineParts{}, false
	}
	if isSpacedDash(toks, open) {
		ok := open > 0 && toks[open+1].Kind == Word && StartsUpper(toks[open+1].Text) && placeOrDate(toks[:open])
		return DatelineParts{Agency: open, AgencyEnd: open, Dash: open}, ok
	}
	if toks[open].Text != "(" {
		return DatelineParts{}, false
	}
	shut := open + 1
	for shut < len(toks) && shut-open <= maxDatelineAgency && toks[shut].Text != ")" {
		shut++
	}
	if shut+1 >= len(toks) || toks[shut].Text != ")" || toks[shut+1].Fold != "-" || shut == open+1 {
		return DatelineParts{}, false
	}
	return DatelineParts{Agency: open, AgencyEnd: shut, Dash: shut + 1}, true
}

// isSpacedDash reports whether toks[k] is a dash set off by a space before
// it, as a dateline's is: not the hyphen of "AL-BALAH" or "6-7".
func isSpacedDash(toks []Token, k int) bool {
	return k > 0 && toks[k].Kind == Punct && toks[k].Fold == "-" && toks[k].Start > toks[k-1].End
}

// placeOrDate reports whether toks, all that stands before a dateline's dash
// when no agency is named, open with a place in capitals ("SEOUL",
// "HANDLOVA, Slovakia") or hold a month and a day ("May 20", "SEOUL, Dec 3"):
// a sentence's first words, capitalised and then a dash, are no dateline
// otherwise ("Mr Smith - a former minister - said").
func placeOrDate(toks []Token) bool {
	if t := toks[0]; t.Kind == Word && IsAcronym(t.Text) && len(t.Text) >= 3 && !strings.Contains(t.Text, ".") {
		return true
	}
	for k := 0; k+1 < len(toks); k++ {
		day := k + 1
		if toks[day].Text == "." {
			day++ // "Sept. 17"
		}
		if day < len(toks) && months[toks[k].Lower] && toks[day].Kind == Number && len(toks[day].Text) <= 2 {
			return true
		}
	}
	return false
}

// The most tokens a dateline's place and date, and its agency, run to.
const (
	maxDatelinePlace  = 8
	maxDatelineAgency = 4
)
