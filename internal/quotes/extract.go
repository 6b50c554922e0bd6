package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// minQuoteWords is the fewest words a quotation needs: one word in quotation marks
// is a scare quote ("so-called 'moderate' rebels"), not a quotation.
const minQuoteWords = 2

// Extractor finds quotes and attributions. It holds only read-only word lists, so
// one Extractor may serve many goroutines.
type Extractor struct {
	p parser
}

// New returns an Extractor that uses lex.
func New(lex *lexicon.Lexicon) *Extractor {
	return &Extractor{p: parser{lex: lex}}
}

// Extract returns the quotes and reported statements of doc in reading order, each
// with its attribution where one was found. Pronoun speakers ("he said") are
// resolved to the most recent named speaker.
func (e *Extractor) Extract(doc segment.Document) []Quote {
	var out []Quote
	direct := make(map[int]bool) // sentences that hold a direct quotation
	for _, par := range paragraphs(doc) {
		for _, sp := range scanMarks(doc.Text, par.start, par.end) {
			q, ok := e.direct(doc, par, sp)
			if !ok {
				continue
			}
			for k := q.Sentence; k <= q.LastSentence; k++ {
				direct[k] = true
			}
			out = append(out, q)
		}
	}
	for k, s := range doc.Sentences {
		if direct[k] {
			continue
		}
		if q, ok := e.reported(doc.Text, s, k); ok {
			out = append(out, q)
		}
	}
	sortByStart(out)
	inheritAttributions(out, doc)
	resolvePronouns(out, e.p.lex)
	return out
}

// direct builds the quote for one pair of marks and reads its attribution from the
// words before and after it in its sentences.
func (e *Extractor) direct(doc segment.Document, par paragraph, sp span) (Quote, bool) {
	text := strings.TrimSpace(doc.Text[sp.textStart:sp.close])
	start := sp.textStart + strings.Index(doc.Text[sp.textStart:sp.close], text)
	text = strings.TrimRight(text, ", ")
	if len(strings.Fields(text)) < minQuoteWords {
		return Quote{}, false
	}
	q := Quote{Text: text, Start: start, End: start + len(text), Direct: true,
		Sentence: sentenceAt(doc, par, sp.open), LastSentence: sentenceAt(doc, par, max(sp.close-1, sp.open))}

	closeEnd := sp.close + 1
	if sp.close < len(doc.Text) && sp.closed {
		_, n := utf8.DecodeRuneInString(doc.Text[sp.close:])
		closeEnd = sp.close + n
	}
	afterToks := tokensBetween(doc.Sentences[q.LastSentence].Tokens, closeEnd, nextOpen(doc, q.LastSentence, closeEnd))
	if a, ok := e.p.parse(trimLeadingPunct(afterToks), after); ok {
		q.Attribution = withText(a, doc.Text)
		return q, true
	}
	s := doc.Sentences[q.Sentence]
	beforeToks := tokensBetween(s.Tokens, s.Start, sp.open)
	if a, ok := e.p.parse(beforeToks, before); ok {
		q.Attribution = withText(a, doc.Text)
	}
	return q, true
}

// reported reads a sentence without quotation marks as reported speech:
// "CLAUSE, according to X", "CLAUSE, X said", "X, OUTLET quoted Y as saying, Z",
// "X said that CLAUSE".
func (e *Extractor) reported(text string, s segment.Sentence, k int) (Quote, bool) {
	toks := s.Tokens
	parts := splitOnCommas(toks)
	for pi := len(parts) - 1; pi >= 1; pi-- {
		part := parts[pi]
		a, ok := e.p.parse(part, after)
		if !ok || a.Speaker == "" && a.Intermediary == "" || !reachesEnd(a, part) {
			continue
		}
		a = withText(a, text)
		clause := clauseWithout(s, a)
		return Quote{Text: clause.text, Start: clause.start, End: clause.end, Sentence: k, LastSentence: k, Attribution: a}, true
	}
	if a, ok := e.p.parse(toks, leading); ok && a.Cue != "according to" && a.Speaker != "" {
		a = withText(a, text)
		rest := tokensBetween(toks, a.End, s.End)
		rest = trimLeadingPunct(rest)
		if len(rest) > 0 && rest[0].Lower == "that" {
			rest = rest[1:]
		}
		if len(rest) >= 3 {
			start, end := rest[0].Start, rest[len(rest)-1].End
			if rest[len(rest)-1].Kind == segment.Punct && len(rest) > 1 {
				end = rest[len(rest)-2].End
			}
			return Quote{Text: s.Text[start-s.Start : end-s.Start], Start: start, End: end, Sentence: k, LastSentence: k, Attribution: a}, true
		}
	}
	return Quote{}, false
}

type clause struct {
	text       string
	start, end int
}

// clauseWithout returns the sentence's words outside the attribution phrase: the
// longer side of it, trimmed of the commas that set the phrase off.
func clauseWithout(s segment.Sentence, a Attribution) clause {
	left := strings.TrimRight(s.Text[:a.Start-s.Start], " ,")
	right := strings.Trim(s.Text[a.End-s.Start:], " ,.")
	if len(right) > len(left) {
		off := strings.Index(s.Text[a.End-s.Start:], right) + a.End
		return clause{text: right, start: off, end: off + len(right)}
	}
	return clause{text: left, start: s.Start, end: s.Start + len(left)}
}

// inheritAttributions gives a quotation with no attribution of its own the one of
// the quotation just before it in the same or the previous paragraph: in news
// style, consecutive quotations with nothing between them are one speaker's.
func inheritAttributions(qs []Quote, doc segment.Document) {
	for k := 1; k < len(qs); k++ {
		q, prev := &qs[k], qs[k-1]
		if q.Attribution.Found() || !q.Direct || !prev.Direct || !prev.Attribution.Found() {
			continue
		}
		gap := doc.Sentences[q.Sentence].Paragraph - doc.Sentences[prev.LastSentence].Paragraph
		if gap <= 1 && q.Sentence-prev.LastSentence <= 1 {
			a := prev.Attribution
			a.Text, a.Start, a.End = "", 0, 0 // not written here
			q.Attribution = a
		}
	}
}

// reachesEnd reports whether the attribution runs to the end of part, as a trailing
// or parenthetical attribution does ("..., the Guardian reported.").
func reachesEnd(a Attribution, part []segment.Token) bool {
	toks := trimTrailingPunct(part)
	return len(toks) > 0 && a.End >= toks[len(toks)-1].End
}

// resolvePronouns replaces pronoun speakers with the most recent named speaker of
// the same number: "he" with the last singular one, "they" with the last plural.
func resolvePronouns(qs []Quote, lex *lexicon.Lexicon) {
	var lastOne, lastMany string
	for k := range qs {
		a := &qs[k].Attribution
		if a.Speaker == "" {
			continue
		}
		if !lex.Pronouns.Has(a.Speaker) {
			if strings.HasSuffix(strings.ToLower(a.Speaker), "s") {
				lastMany = a.Speaker
			} else {
				lastOne = a.Speaker
			}
			continue
		}
		last := lastOne
		if strings.EqualFold(a.Speaker, "they") {
			last = lastMany
		}
		if last != "" {
			a.SpeakerAsWritten, a.Speaker = a.Speaker, last
		}
	}
}

// withText fills a.Text from the article.
func withText(a Attribution, text string) Attribution {
	if a.End > a.Start {
		a.Text = text[a.Start:a.End]
	}
	return a
}
