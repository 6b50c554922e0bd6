package quotes

import (
	"slices"
	"strings"
	"unicode"
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
	direct := make(map[int]bool)         // sentences that hold a direct quotation
	credits := make(map[int]Attribution) // by sentence, the attribution of the last direct quotation ending there
	for _, par := range paragraphs(doc) {
		from := par.start // where the words before the next quotation may start
		var prev Quote    // the paragraph's last quotation
		for _, sp := range scanMarks(doc.Text, par.start, par.end) {
			q, ok := e.direct(doc, par, sp, from, prev)
			from = sp.close + 1
			if !ok || namesWork(q, doc) || e.namesShow(q, doc) {
				continue
			}
			prev = q
			for k := q.Sentence; k <= q.LastSentence; k++ {
				direct[k] = true
			}
			if q.Attribution.Speaker != "" {
				credits[q.LastSentence] = q.Attribution
			}
			out = append(out, q)
		}
	}
	for k, s := range doc.Sentences {
		if direct[k] {
			if q, ok := addedStatement(doc.Text, s, k, credits[k]); ok {
				out = append(out, q)
			}
			// "Republicans said Smith lacked experience, and Thune called her
			// "the wrong choice"": a statement reported before the quotation.
			clause, ok := clauseBeforeQuotation(s)
			if !ok {
				continue
			}
			s = clause
		}
		for _, clause := range e.contrasted(s) {
			if q, ok := e.reported(doc.Text, clause, k); ok {
				out = append(out, q)
			}
		}
	}
	sortByStart(out)
	inheritAttributions(out, doc)
	resolveSurnames(out)
	resolvePronouns(out, doc, e.p.lex)
	return out
}

// addedStatement reads a statement reported after credit, the attribution of
// a quotation that ends in sentence k: '"...," Kishida said, adding that a task
// force had been set up'. It is credited to the quotation's speaker, with the
// participle as its cue.
func addedStatement(text string, s segment.Sentence, k int, credit Attribution) (Quote, bool) {
	if credit.Speaker == "" {
		return Quote{}, false
	}
	toks := s.Tokens
	for i := 1; i+1 < len(toks); i++ {
		// A cue joined by "and" may come before the end of a credit that
		// runs on to the sentence's end (", according to IRNA").
		if !(goesOn(toks, i) && toks[i].Start >= credit.End || joinedCue(toks, i)) {
			continue
		}
		rest := toks[i+1:]
		if rest[0].Lower == "that" {
			rest = rest[1:]
		}
		rest = trimTrailingPunct(withoutTrailingAccording(rest))
		if len(rest) < 3 || slices.ContainsFunc(rest, func(t segment.Token) bool { return t.Fold == "\"" }) {
			return Quote{}, false
		}
		a := carriedOn(credit, toks[i])
		if h := toks[i-1]; mannerAdverb(h) {
			a.Hedge, a.Start = segment.Visible(h.Text), h.Start // "and reportedly said"
		}
		return quoteOf(text, s, k, rest, withText(a, text)), true
	}
	return Quote{}, false
}

// joinedCue reports whether toks[i] is a cue joined by "and" after a closing
// quotation mark: 'Kanaani called the sanctions "illegal" and said Tehran
// would respond' goes on with the quotation's speaker.
func joinedCue(toks []segment.Token, i int) bool {
	and := i - 1
	if and > 0 && mannerAdverb(toks[and]) {
		and-- // "and reportedly said"
	}
	if and < 1 || toks[and].Lower != "and" || !joinedCues[toks[i].Lower] {
		return false
	}
	marks := 0
	for _, t := range toks[:and] {
		if t.Fold == "\"" {
			marks++
		}
	}
	return marks >= 2 && marks%2 == 0
}

// joinedCues report a further statement after "and" ("... and said").
var joinedCues = map[string]bool{"said": true, "added": true, "warned": true, "insisted": true, "claimed": true,
	"stressed": true, "noted": true, "argued": true, "says": true, "adds": true, "warns": true}

// withoutTrailingAccording drops a trailing ", according to ..." from toks:
// the outlet the whole sentence is credited to, not part of the statement.
func withoutTrailingAccording(toks []segment.Token) []segment.Token {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k-1].Text == "," && toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			return toks[:k-1]
		}
	}
	return toks
}

// joinedAfterQuote returns the index in toks, the words between two
// quotations, of a cue that "and" or "but" joins to the first quotation's
// clause, with an adverb between or none ("and later called it",
// "shortly after the ruling and called it"), or -1.
func (e *Extractor) joinedAfterQuote(toks []segment.Token) int {
	for k := len(toks) - 2; k >= 0; k-- {
		if toks[k].Lower != "and" && toks[k].Lower != "but" {
			continue
		}
		c := k + 1
		if joiningAdverbs[toks[c].Lower] && c+1 < len(toks) {
			c++
		}
		if e.p.lex.ReportingVerbs.Has(toks[c].Lower) {
			return c
		}
		return -1
	}
	return -1
}

// continuing returns the index in toks of the last participle cue that
// follows a comma (", adding that"), or -1.
func continuing(toks []segment.Token) int {
	for c := len(toks) - 1; c > 0; c-- {
		if goesOn(toks, c) {
			return c
		}
	}
	return -1
}

// goesOn reports whether toks[i] is a participle cue after a comma: the
// statement goes on with the same speaker (", adding that", ", saying").
func goesOn(toks []segment.Token, i int) bool {
	return i > 0 && i < len(toks) && toks[i-1].Text == "," && addingCues[toks[i].Lower]
}

// attributionAfter returns the words after a closing quotation mark that
// may hold its attribution. Words quoted inside a phrase, in lower case with
// no punctuation before the closing mark or after it, are a part of the
// sentence's clause, whose attribution is the last of its comma parts:
// `stole jewellery of "immeasurable" cultural value, police said` credits
// the police, not "cultural value". (A title or a name quoted, "The French
// Connection", is no one's words; a clause that goes on after the comma,
// ", adding that", is the speaker's before the quotation.)
func attributionAfter(quoted string, toks []segment.Token) []segment.Token {
	quoted = strings.TrimSpace(quoted)
	if len(toks) == 0 || toks[0].Kind == segment.Punct || quoted == "" || !unicode.IsLower(rune(quoted[0])) ||
		strings.ContainsRune(",.?!;:…", rune(quoted[len(quoted)-1])) {
		return toks
	}
	if k := commaBefore(toks, len(toks)-1); k > 0 && !goesOn(toks[k:], 1) {
		return toks[k:]
	}
	return toks
}

// goesOnAfterQuote reports whether the words after a closing quotation mark
// open with a participle cue, after a comma or with the comma inside the
// marks (`"historic", telling delegates`, `"far too late," saying`).
func goesOnAfterQuote(toks []segment.Token) bool {
	return goesOn(toks, 1) || len(toks) > 0 && addingCues[toks[0].Lower]
}

// carriedOn is the attribution credit carried on by the participle cue: the
// same speaker and outlet, the participle for its cue and its phrase.
func carriedOn(credit Attribution, participle segment.Token) Attribution {
	a := credit
	a.Cue, a.Hedge, a.Setting = participle.Lower, "", ""
	a.Start, a.End = participle.Start, participle.End
	a.Around.Start, a.Around.End = 0, 0 // the participle stands alone, around no quotation
	return a
}

// addingCues report a further statement after a quotation's attribution.
var addingCues = map[string]bool{"adding": true, "saying": true, "noting": true, "stressing": true,
	"warning": true, "insisting": true, "arguing": true, "explaining": true, "telling": true}

// contrasted splits s at a contrast (", while", ", but", ", whereas") after
// which a speaker of its own reports a statement: "A Western diplomat said the
// deal was fragile, while a Russian official told TASS it would hold" is two
// statements, each with its source, and in "Fratzscher backed the borrowing,
// while Fuest said it would weaken the debt brake" only the second is reported
// speech. Otherwise it returns s alone.
func (e *Extractor) contrasted(s segment.Sentence) []segment.Sentence {
	toks := s.Tokens
	for k := 1; k+2 < len(toks); k++ {
		if toks[k-1].Text != "," || !contrasts[toks[k].Lower] {
			continue
		}
		second := toks[k+1:]
		a, ok := e.p.parse(second, leading)
		if !ok || a.Speaker == "" || a.Start != second[0].Start || a.Cue == "according to" {
			continue
		}
		return []segment.Sentence{subSentence(s, toks[:k-1]), subSentence(s, second)}
	}
	return []segment.Sentence{s}
}

// contrasts are the conjunctions that set one source's statement against
// another's.
var contrasts = map[string]bool{"while": true, "but": true, "whereas": true}

// subSentence returns the part of s made of toks.
func subSentence(s segment.Sentence, toks []segment.Token) segment.Sentence {
	start, end := toks[0].Start, toks[len(toks)-1].End
	return segment.Sentence{Start: start, End: end, Text: s.Text[start-s.Start : end-s.Start], Paragraph: s.Paragraph, Tokens: toks}
}

// clauseBeforeQuotation returns the clause of s that ends at ", and", ", but" or
// ";" before the sentence's first quotation mark, as a sentence of its own.
func clauseBeforeQuotation(s segment.Sentence) (segment.Sentence, bool) {
	toks := s.Tokens
	for k, t := range toks {
		if t.Fold == "\"" {
			return segment.Sentence{}, false
		}
		joins := t.Text == ";" || t.Text == "," && k+1 < len(toks) && (toks[k+1].Lower == "and" || toks[k+1].Lower == "but")
		if joins && k >= 3 {
			end := toks[k-1].End
			return segment.Sentence{Start: s.Start, End: end, Text: s.Text[:end-s.Start], Paragraph: s.Paragraph, Tokens: toks[:k]}, true
		}
	}
	return segment.Sentence{}, false
}

// direct builds the quote for one pair of marks and reads its attribution from the
// words before and after it in its sentences, the words before it from offset
// from (the end of the quotation before it, prev) on: `"...," the official said,
// adding: "..."` credits the official, not the first quotation's words.
func (e *Extractor) direct(doc segment.Document, par paragraph, sp span, from int, prev Quote) (Quote, bool) {
	text := strings.TrimSpace(doc.Text[sp.textStart:sp.close])
	start := sp.textStart + strings.Index(doc.Text[sp.textStart:sp.close], text)
	text = strings.TrimRight(text, ", ")
	short := len(strings.Fields(text)) < minQuoteWords
	q := Quote{Text: text, Start: start, End: start + len(text), Direct: true, Open: !sp.closed,
		Sentence: sentenceAt(doc, par, sp.open), LastSentence: sentenceAt(doc, par, max(sp.close-1, sp.open))}

	closeEnd := sp.close + 1
	if sp.close < len(doc.Text) && sp.closed {
		_, n := utf8.DecodeRuneInString(doc.Text[sp.close:])
		closeEnd = sp.close + n
	}
	afterToks := tokensBetween(doc.Sentences[q.LastSentence].Tokens, closeEnd, nextOpen(doc, q.LastSentence, closeEnd))
	if a, ok := dashAttribution(afterToks); ok {
		q.Attribution = withText(a, doc.Text)
		return q, true
	}
	if a, ok := e.p.parse(trimLeadingPunct(attributionAfter(doc.Text[sp.textStart:sp.close], afterToks)), after); ok && !goesOnAfterQuote(afterToks) {
		// (`"historic", telling delegates:` goes on with the speaker named
		// before the quotation, as `"far too late," saying` does with the
		// comma inside the marks: no attribution follows it.)
		a = e.p.relayedBy(afterToks, a)
		document := a.Cue == "according to" && (DocumentOf(a.Speaker) != "" || relayingPeople(a.Speaker))
		if a.Speaker == "" && a.Intermediary != "" || document {
			// `Kanani said the sanctions were "illegal", state media reported`:
			// the speaker stands before the quotation, the outlet after it.
			// So does a document that carried the speaker's words, or people
			// who heard them: `Ford ... accused the union of "holding the
			// deal hostage," according to a company statement`, `Orcel said
			// there was "no rush", according to people who attended a call`.
			s := doc.Sentences[q.Sentence]
			if lead, ok := e.attributionBefore(s, tokensBetween(s.Tokens, max(s.Start, from), sp.open), q, prev); ok && lead.Speaker != "" && lead.Intermediary == "" && lead.Cue != "according to" {
				// The attribution stands around the quotation.
				lead.Around.Start, lead.Around.End = lead.End, a.Start
				if document {
					lead.Intermediary = a.Speaker
				} else {
					lead.Intermediary = a.Intermediary
				}
				lead.End = a.End
				a = lead
			}
		}
		q.Attribution = withText(a, doc.Text)
		return q, true // a short reply counts too: `"No," said Steinmeier.`
	}
	s := doc.Sentences[q.Sentence]
	if short {
		// `called the bill a "monstrosity"`: a word or two quoted as what a
		// speaker called something are theirs; other short quotations are
		// scare quotes.
		before := tokensBetween(s.Tokens, max(s.Start, from), sp.open)
		if a, ok := e.attributionBefore(s, before, q, prev); ok && namingCues[a.Cue] && a.Speaker != "" && len(tokensBetween(before, a.End, sp.open)) <= maxNamedThing {
			q.Attribution = withText(a, doc.Text)
			return q, true
		}
		if a, ok := e.p.judgedAs(before); ok {
			q.Attribution = withText(a, doc.Text)
			return q, true
		}
		if a, ok := e.closingAttribution(doc.Sentences[q.LastSentence], closeEnd, text); ok {
			q.Attribution = withText(a, doc.Text)
			return q, true
		}
		return Quote{}, false
	}
	before := tokensBetween(s.Tokens, max(s.Start, from), sp.open)
	if a, ok := possessiveLeadIn(before); ok {
		q.Attribution = withText(a, doc.Text)
		return q, true
	}
	if a, ok := e.attributionBefore(s, before, q, prev); ok {
		q.Statement = statementAround(doc, q, tokensBetween(before, a.End, sp.open))
		if a.Intermediary == "" {
			// A closing "according to OUTLET": the attribution stands around
			// the quotation.
			if outlet, start, end := e.p.sentenceRelay(doc.Sentences[q.LastSentence].Tokens); outlet != "" {
				a.Around.Start, a.Around.End = a.End, start
				a.Intermediary, a.End = outlet, end
			}
		}
		q.Attribution = withText(a, doc.Text)
	} else if a, ok := e.p.judgedAs(before); ok {
		// `The Labour Party criticised the plan as "far too little, far too
		// late"`: the words are the judgement of whoever judged.
		q.Attribution = withText(a, doc.Text)
	} else if a, ok := e.closingAttribution(doc.Sentences[q.LastSentence], closeEnd, text); ok {
		q.Attribution = withText(a, doc.Text)
	}
	return q, true
}

// statementAround returns the reported statement quotation q stands in, whose
// words before the opening mark, after the attribution, are between: from the
// first of them to the sentence's end, the marks that close it dropped. It
// returns "" when no word but "that" stands between (`said: "..."`, `said that
// "..."`) or q ends in another sentence.
func statementAround(doc segment.Document, q Quote, between []segment.Token) string {
	k := slices.IndexFunc(between, func(t segment.Token) bool { return t.Kind != segment.Punct && t.Lower != "that" })
	if k < 0 || q.Sentence != q.LastSentence {
		return ""
	}
	text := doc.Text[between[k].Start:doc.Sentences[q.Sentence].End]
	return strings.TrimRightFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
}

// closingAttribution reads the attribution that closes sentence s after the
// quotation quoted ending at from, set off by a comma: `Mediators remain
// "cautiously optimistic" that a truce can be agreed, Qatar's Foreign
// Ministry said.` The words quoted inside the statement are the source's
// too; a title in quotation marks ("The French Connection") is nobody's words.
func (e *Extractor) closingAttribution(s segment.Sentence, from int, quoted string) (Attribution, bool) {
	if isTitle(quoted) {
		return Attribution{}, false
	}
	toks := tokensBetween(s.Tokens, from, s.End)
	// The attribution opens after the last comma, or after one of the two
	// before it where the speaker is described after a comma of their own,
	// and where the words were said after another: ", said Rayane Haddadj,
	// the study's first author, in a news release."
	for k, tried := len(toks)-1, 0; k >= 0 && tried < 3; k-- {
		if toks[k].Text != "," {
			continue
		}
		tried++
		part := toks[k+1:]
		a, ok := e.p.parse(part, after)
		// An outlet is a source too: ", the official Xinhua News Agency said".
		if ok && (a.Speaker != "" || a.Intermediary != "") && reachesEnd(a, part) {
			return a, true
		}
	}
	return Attribution{}, false
}

// namesWork reports whether direct quotation q, credited to no one, is the
// title of a work that a sentence of other words names (`Klimt's "Portrait
// of Elisabeth Lederer" sold for $236.4 million, the auction house said`):
// nobody's words, and no bar to reading the sentence as a statement. A
// sentence quoted whole ("Thank You Very Much.") stays a quotation.
func namesWork(q Quote, doc segment.Document) bool {
	if q.Attribution.Found() || q.Sentence != q.LastSentence || !strings.ContainsRune(strings.TrimSpace(q.Text), ' ') || !segment.StartsUpper(q.Text) || !isTitle(q.Text) {
		return false // the cheap tests first: isTitle splits the words
	}
	return slices.ContainsFunc(doc.Sentences[q.Sentence].Tokens, func(t segment.Token) bool {
		return t.Kind == segment.Word && (t.End <= q.Start || t.Start >= q.End)
	})
}

// namesShow reports whether direct quotation q is the title of an outlet's
// program, quoted after the outlet's possessive (`told CBS's "60
// Minutes."`): no one's words.
func (e *Extractor) namesShow(q Quote, doc segment.Document) bool {
	toks := doc.Sentences[q.Sentence].Tokens
	k := segment.IndexAt(toks, q.Start)
	if k < 2 || !toks[k-1].IsQuoteMark() {
		return false
	}
	if end := showAfter(toks, k-1); end == k-1 || toks[end-1].End < q.End {
		return false // no title, as showAfter reads one, fills the marks
	}
	outlet, ok := strings.CutSuffix(segment.Fold(toks[k-2].Text), "'s") // "CBS's" is one token
	return ok && e.p.isOutlet(outlet)
}

// maxTitleWords is the most words a title in quotation marks is taken to hold.
const maxTitleWords = 6

// isTitle reports whether quoted words read as a title: a few words, each
// but the small ones capitalised ("The French Connection", "Unforgiven").
func isTitle(quoted string) bool {
	words := strings.Fields(quoted)
	if len(words) == 0 || len(words) > maxTitleWords {
		return false
	}
	for k, w := range words {
		if !segment.StartsUpper(w) && (k == 0 || !titleSmallWords[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}

// titleSmallWords stay in lower case inside a title.
var titleSmallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "in": true, "on": true, "for": true, "to": true}

// possessiveLeadIn reads the attribution of a quotation that a colon brings
// in after words that are someone's: `The minister's verdict: "..."`,
// `Lavrov's reply was blunt: "..."`. The speaker is the possessor; the cue is
// what of theirs the quotation is.
func possessiveLeadIn(toks []segment.Token) (Attribution, bool) {
	if len(toks) < 3 || toks[len(toks)-1].Text != ":" || len(toks) > maxLeadIn {
		return Attribution{}, false
	}
	for k, t := range toks[:len(toks)-2] {
		name, ok := strings.CutSuffix(segment.Fold(t.Text), "'s")
		if !ok || name == "" || t.Kind != segment.Word || segment.Uncontracted(t.Lower) != nil {
			continue // "Here's the deal:" is no one's
		}
		speaker := strings.TrimSpace(joinText(toks[:k]) + " " + name)
		if !strings.ContainsFunc(speaker, unicode.IsUpper) && !strings.HasPrefix(strings.ToLower(speaker), "the ") {
			return Attribution{}, false // "its verdict:", "everyone's view:"
		}
		return Attribution{Speaker: speaker, Cue: toks[k+1].Lower, Start: toks[0].Start, End: toks[len(toks)-2].End}, true
	}
	return Attribution{}, false
}

// maxLeadIn is the most words a possessive lead-in may run to before its colon.
const maxLeadIn = 8

// namingCues are the verbs that give what a speaker called something: the
// words quoted after them are the speaker's however few.
var namingCues = map[string]bool{"called": true, "calls": true, "described": true, "describes": true, "dubbed": true,
	"branded": true, "labelled": true, "labeled": true, "termed": true}

// attributionBefore reads the attribution of quote q, in sentence s, from the
// words toks before it; prev is the paragraph's quotation before q.
func (e *Extractor) attributionBefore(s segment.Sentence, toks []segment.Token, q, prev Quote) (Attribution, bool) {
	a, ok := e.p.parse(toks, before)
	if c := continuing(toks); c >= 0 && (!ok || a.Cue == toks[c].Lower) && prev.Direct && prev.LastSentence == q.Sentence && prev.Attribution.Speaker != "" {
		// `Mehta said the government had "failed to show a reason", adding
		// that the harm would be "immediate and irreparable"`: the participle
		// carries the first quotation's speaker on.
		return e.toldWhom(toks, c, carriedOn(prev.Attribution, toks[c])), true
	}
	if c := continuing(toks); c >= 0 && (!ok || a.Intermediary == "" && (a.Speaker == "" || strings.HasPrefix(a.Cue, toks[c].Lower))) {
		// `The government rejected the finding, saying it was based on "old
		// data"`: the subject goes on to say it, as in reported speech.
		if who := subjectTokens(splitOnCommas(tokensBetween(s.Tokens, s.Start, toks[c].Start)), e.p.lex); len(who) > 0 {
			return e.toldWhom(toks, c, subjectCredit(who, toks[c])), true
		}
	}
	if c := e.joinedAfterQuote(toks); c >= 0 && (!ok || a.Speaker == "") {
		// `Trump tweeted "Wow!" and later called it "a tremendous
		// victory"`: a second verb of the subject that opens the sentence,
		// or of the speaker of the quotation before it.
		if prev.Direct && prev.LastSentence == q.Sentence && prev.Attribution.Speaker != "" {
			return carriedOn(prev.Attribution, toks[c]), true
		}
		if who := subjectTokens(splitOnCommas(tokensBetween(s.Tokens, s.Start, toks[0].Start)), e.p.lex); len(who) > 0 {
			return subjectCredit(who, toks[c]), true
		}
	}
	if ok && a.Speaker == "" && a.Cue == "according to" {
		// `Lavrov said on Thursday, according to TASS, that he had no
		// "special expectations"`: the speaker leads, the outlet passed it on.
		if lead, ok := e.p.parse(tokensBetween(s.Tokens, s.Start, a.Start), leading); ok && lead.Speaker != "" && lead.Cue != "according to" {
			lead.Intermediary, lead.End = a.Intermediary, a.End
			return lead, true
		}
	}
	return a, ok
}

// toldWhom returns a, credited by the participle toks[c], with whom the
// words went to where the participle is "telling": ", telling delegates:"
// says it as "told delegates" does.
func (e *Extractor) toldWhom(toks []segment.Token, c int, a Attribution) Attribution {
	if toks[c].Lower != "telling" {
		return a
	}
	var told Attribution
	end := e.p.readCue(toks, c, &told, func(int, int) {})
	a.Cue, a.End = told.Cue, toks[end-1].End
	if told.Intermediary != "" {
		a.Intermediary = told.Intermediary
	}
	return a
}

// reported reads a sentence without quotation marks as reported speech:
// "CLAUSE, according to X", "CLAUSE, X said (in a statement)", "X, OUTLET quoted Y
// as saying, Z", "According to X, CLAUSE", "X said that CLAUSE", "X did Y, saying
// CLAUSE".
func (e *Extractor) reported(text string, s segment.Sentence, k int) (Quote, bool) {
	toks := s.Tokens
	if m := segment.ListMarkerEnd(toks); m > 0 && m < len(toks) {
		// "2. Officials said ...": the item's number is no part of the speaker.
		return e.reported(text, subSentence(s, toks[m:]), k)
	}
	if len(toks) > 0 && questionOpeners[toks[0].Lower] {
		// "Asked whether the deal was close, the minister said ...": the question
		// put to the source; the sentence proper follows the comma.
		if c := slices.IndexFunc(toks, func(t segment.Token) bool { return t.Text == "," }); c > 0 && c+2 < len(toks) {
			return e.reported(text, subSentence(s, toks[c+1:]), k)
		}
	}
	parts := splitOnCommas(toks)
	apposed := e.apposedSpeaker(parts)
	if apposed {
		parts = nil // "The leader, speaking to CNN, said X": read from the front, below
	}
	for pi := len(parts) - 1; pi >= 0; pi-- {
		part := parts[pi]
		if pi > 0 && namesThing(part) {
			continue
		}
		a, ok := e.p.parse(part, after)
		if !ok {
			continue
		}
		// A quotation's closing mark may open the part: `"far too late,"
		// saying CLAUSE`.
		lead := trimLeadingPunct(part)
		if addingCues[a.Cue] && a.Start == lead[0].Start && pi > 0 && e.creditsBefore(parts[pi-1]) {
			// "CLAUSE, the company said on Monday, adding that CLAUSE2": the
			// statement the source is credited with first.
			continue
		}
		if addingCues[a.Cue] && a.Start == lead[0].Start && pi > 0 {
			// "a group slammed the talks, saying CLAUSE" (or "arguing", "warning"
			// CLAUSE): the speaker is the subject.
			who := subjectTokens(parts[:pi], e.p.lex)
			if len(who) == 0 || e.saysFirst(tokensBetween(toks, who[0].Start, lead[0].Start)) {
				// ("Rutte said on Thursday that CLAUSE, warning that CLAUSE2":
				// the statement is the first, read below.)
				continue
			}
			a.Speaker = joinText(who)
			rest := trimLeadingPunct(lead[1:])
			if len(rest) > 1 && rest[0].Lower == "that" {
				rest = rest[1:]
			}
			if len(rest) == 0 {
				continue
			}
			// The phrase is the subject and the participle, standing around
			// what the subject did: "Karamanlis resigned, saying".
			a.Start, a.End = who[0].Start, lead[0].End
			a.Around.Start, a.Around.End = who[len(who)-1].End, lead[0].Start
			a = withText(a, text)
			return quoteOf(text, s, k, rest, a), true
		}
		if a.Speaker == "" && pi >= 2 && a.Start == part[0].Start {
			// "CLAUSE, the chief executive, Sergey Ivanov, told the FT": the
			// speaker is the name and its description set off before the cue.
			if first := appositiveSpeaker(parts, pi, e.p.lex); first > 0 {
				a.Speaker = joinText(tokensBetween(toks, parts[first][0].Start, parts[pi-1][len(parts[pi-1])-1].End))
				a.Start = parts[first][0].Start
			}
		}
		if outlet, end := carriedToEnd(part, a.End); outlet != "" && a.Intermediary == "" {
			// "CLAUSE, the army said in a statement carried by state media":
			// the outlet relayed the statement.
			a.Intermediary, a.End = outlet, end
			a = withText(a, text)
		}
		if !reachesEnd(a, part) || a.Speaker == "" && a.Intermediary == "" {
			continue
		}
		if next := pi + 1; next < len(parts) && a.Speaker == "" && a.Intermediary != "" {
			if i, j := citing(parts[next], 0); i < j && j == len(trimTrailingPunct(parts[next])) {
				// "CLAUSE, the Handelsblatt newspaper reported, citing unnamed
				// sources.": the outlet relays whom it cites.
				a.Speaker, a.End = joinText(parts[next][i:j]), parts[next][j-1].End
			}
		}
		if pi == 0 && a.Cue != "according to" {
			continue // a whole first part is a leading attribution, read below
		}
		if a.Speaker != "" && a.Cue != "according to" && pi == len(parts)-2 && a.Start == lead[0].Start && strings.HasPrefix(a.Cue, lead[0].Lower) {
			// "CLAUSE, said Yusuf Latif, a spokesperson for the agency": the
			// description set off after the name the cue comes before is the
			// attribution's ("CLAUSE, the companies said, the biggest deal
			// this year" describes the deal).
			comma := slices.IndexFunc(toks, func(t segment.Token) bool { return t.Start >= a.End && t.Text == "," })
			if end := e.p.describedAfter(toks, comma); comma > 0 && end > comma {
				a.End = toks[end-1].End
				a = withText(a, text)
			}
		}
		if a.Speaker == "" && pi > 1 {
			// "CLAUSE, the minister said on Monday, Al Arabiya reported": the
			// speaker's own attribution stands before the outlet's.
			if inner, ok := e.p.parse(parts[pi-1], after); ok && inner.Speaker != "" && reachesEnd(inner, parts[pi-1]) {
				if inner.Intermediary == "" {
					inner.Intermediary = a.Intermediary // ("CLAUSE, X told Reuters on Saturday, according to IRNA": the one told)
				}
				inner.End = a.End
				a = withText(inner, text)
				if c := clauseWithout(s, a); c.text != "" {
					return Quote{Text: c.text, Start: c.start, End: c.end, Sentence: k, LastSentence: k, Attribution: a}, true
				}
			}
		}
		if (a.Speaker == "" || a.Cue == "according to" && DocumentOf(a.Speaker) != "") && pi > 0 {
			// "They opined that CLAUSE, according to AFP": the speaker leads;
			// "The company said CLAUSE, according to a filing": the document
			// carried the speaker's words, as an outlet does.
			if lead, ok := e.p.parse(tokensBetween(toks, s.Start, a.Start), leading); ok && lead.Speaker != "" && lead.Cue != "according to" {
				if a.Speaker != "" {
					a.Intermediary = a.Speaker
				}
				if lead.Intermediary != "" {
					// "Ngugi told Reuters CLAUSE, according to a count by
					// medical workers": the outlet he told relayed the words.
					a.Intermediary = lead.Intermediary
				}
				a.Speaker, a.Cue = lead.Speaker, lead.Cue
				if a.Hedge == "" {
					a.Hedge = lead.Hedge // "Police reportedly said CLAUSE, according to local media"
				}
				if next := pi + 1; next < len(parts) && len(parts[next]) > 1 && parts[next][0].Lower == "that" {
					// "Lavrov said on Thursday, according to TASS, that CLAUSE".
					a.Start = lead.Start
					if words := trimTrailingPunct(tokensBetween(toks, parts[next][1].Start, s.End)); len(words) > 0 {
						return quoteOf(text, s, k, words, withText(a, text)), true
					}
				}
				a.Lead.Whole, a.Lead.Start, a.Lead.End = text[lead.Start:a.End], lead.Start, lead.End
				words := trimLeadingPunct(tokensBetween(toks, lead.End, a.Start))
				if len(words) > 0 && words[0].Lower == "that" {
					words = words[1:]
				}
				if words = trimTrailingPunct(words); len(words) > 0 {
					return quoteOf(text, s, k, words, withText(a, text)), true
				}
			}
		}
		a = withText(a, text)
		if c := clauseWithout(s, a); c.text != "" {
			return Quote{Text: c.text, Start: c.start, End: c.end, Sentence: k, LastSentence: k, Attribution: a}, true
		}
	}
	a, ok := e.p.parse(toks, leading)
	if ok {
		if q, rel := e.relativeStatement(text, s, k, a); rel {
			return q, true
		}
	}
	if apposed && (!ok || !opensWith(a, toks)) {
		// "Modi, who watched the landing from South Africa where he is
		// attending a summit, said CLAUSE": a description too long for the
		// cue to be sought that far, or holding a clause of its own ("The
		// company, which was founded in 1998 and employs 4,000 people,
		// said"); the speaker is the first part, the cue opens the last.
		parts := splitOnCommas(toks)
		first, last := parts[0], trimLeadingPunct(parts[len(parts)-1])
		toks = slices.Concat(first[:len(first):len(first)], last)
		if a, ok = e.p.parse(toks, leading); ok {
			if aside := relativeClause(parts); aside.end > aside.start && a.Start < aside.start && aside.end < a.End {
				a.Around.Start, a.Around.End = aside.start, aside.end // what the speaker did is no credit
			}
		}
	}
	if ok && a.Cue != "according to" && (a.Speaker != "" || a.Intermediary != "") {
		if subject, passive := passiveSubject(tokensBetween(toks, s.Start, a.Start)); passive {
			// "The deal was first reported by Reuters": what was reported is
			// the subject.
			return quoteOf(text, s, k, subject, withText(a, text)), true
		}
	}
	if ok && a.Cue != "according to" && (a.Speaker != "" || a.Intermediary != "") && (!besideQuotationCues[strings.ToLower(a.Cue)] || concludedBy(a.Speaker)) {
		a = withText(a, text)
		rest := trimLeadingPunct(tokensBetween(toks, a.End, s.End))
		// "Donors pledged $2.5 billion", "The company declared a dividend": after
		// a verb that also takes a thing, only a clause is a statement ("The UN
		// says 4.8 million have fled" is one).
		// An outlet that reports a thing reports it as news, though: "Reuters
		// first reported the deal", as "The deal was first reported by Reuters".
		if objectCues[strings.ToLower(a.Cue)] && !opensClause(rest) && !(a.Speaker == "" && a.Intermediary != "") {
			return Quote{}, false
		}
		if outlet, after := carriedBy(rest); outlet != "" {
			// "said in a statement carried by the official Saudi Press Agency
			// that the kingdom would ...": who relayed the words, then the words.
			if a.Intermediary == "" {
				a.Intermediary = outlet
			}
			rest = after
		}
		rest = afterThat(rest)
		if strings.Contains(a.Text, ", which ") || strings.Contains(a.Text, ", who ") {
			// "The company, which later said it would appeal, declined to
			// comment": the statement ends with the relative clause it is in.
			if k := slices.IndexFunc(rest, func(t segment.Token) bool { return t.Text == "," }); k > 0 {
				rest = rest[:k]
			}
			if len(rest) > 1 && rest[0].Lower == "to" && (e.p.lex.Determiners.Has(rest[1].Lower) || segment.StartsUpper(rest[1].Text)) &&
				!slices.ContainsFunc(rest, func(t segment.Token) bool { return t.Lower == "that" }) {
				return Quote{}, false // "Spotify, which first complained to the EU five years ago,": whom it went to, nothing said
			}
		}
		if cut, outlet := trailingSetting(rest); cut > 0 {
			// "Assad said the war was nearly over, in remarks carried by the state
			// news agency SANA": where the words were said, and who relayed them.
			a.Setting = joinText(rest[cut+1:])
			if a.Intermediary == "" {
				a.Intermediary = outlet
			}
			rest = rest[:cut]
		}
		if len(rest) >= 3 {
			return quoteOf(text, s, k, rest, a), true
		}
	}
	return e.joinedStatement(text, s, k)
}

// joinedStatement reads a statement that a sentence's subject makes in a
// second clause, after ", and" or "but": "The central bank scrapped its
// yield curve control, which had capped yields, and said it would stop
// buying riskier assets" credits the bank.
func (e *Extractor) joinedStatement(text string, s segment.Sentence, k int) (Quote, bool) {
	toks := s.Tokens
	for c := 2; c+3 < len(toks); c++ {
		if toks[c-1].Lower != "and" && toks[c-1].Lower != "but" || !speechCues[toks[c].Lower] {
			continue
		}
		who := subjectTokens(splitOnCommas(toks[:c-1]), e.p.lex)
		if len(who) == 0 || who[len(who)-1].End > toks[c-1].Start {
			return Quote{}, false
		}
		a := subjectCredit(who, toks[c])
		end := e.p.timeAfterCue(toks, e.p.readCue(toks, c, &a, func(int, int) {})) // "told Reuters", "said on Monday"
		a.End = toks[end-1].End
		rest := afterThat(trimLeadingPunct(toks[end:]))
		if rest = trimTrailingPunct(rest); len(rest) < 3 {
			return Quote{}, false
		}
		return quoteOf(text, s, k, rest, withText(a, text)), true
	}
	return Quote{}, false
}

// subjectCredit credits the subject who with cue, the verb of a later
// clause of its sentence: what the subject did between them is no credit.
func subjectCredit(who []segment.Token, cue segment.Token) Attribution {
	a := Attribution{Speaker: joinText(who), Cue: cue.Lower, Start: who[0].Start, End: cue.End}
	a.Around.Start, a.Around.End = who[len(who)-1].End, cue.Start
	return a
}

// relativeStatement reads a statement credited inside a relative clause set
// off by commas, whose cue the sentence's leading attribution lead holds:
// "The quake, which the U.S. Geological Survey said had a preliminary
// magnitude of 6.8, struck at 11:11 p.m.": the survey said the quake had that
// magnitude; the quake is no speaker.
func (e *Extractor) relativeStatement(text string, s segment.Sentence, k int, lead Attribution) (Quote, bool) {
	toks := s.Tokens
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].Text != "," || toks[i].Lower != "which" && toks[i].Lower != "who" || toks[i].Start < lead.Start || toks[i].End > lead.End ||
			auxiliaries[toks[i+1].Lower] {
			continue
		}
		end := i + 1 // the comma that closes the clause, or the sentence's end
		for end < len(toks) && toks[end].Text != "," {
			end++
		}
		a, ok := e.p.parse(toks[i+1:end], leading)
		if !ok || a.Speaker == "" || a.Cue == "according to" || a.Start != toks[i+1].Start {
			continue
		}
		if rest := trimTrailingPunct(tokensBetween(toks[i:end], a.End, toks[end-1].End)); len(rest) >= 2 {
			return quoteOf(text, s, k, rest, withText(a, text)), true
		}
	}
	return Quote{}, false
}

// DocumentOf returns the noun of the document that source, the source of
// "according to", names, in lower case: "filing" for "a filing with the
// regulator", "documents" for "court documents", "statement" for "a
// statement from the ministry", "video" for "a copy of the video"; "" when
// source names none.
func DocumentOf(source string) string {
	rest := strings.TrimSpace(source)
	for k := 0; k < 3 && rest != ""; k++ {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if i := slices.IndexFunc(documentNouns, func(n string) bool { return strings.EqualFold(w, n) }); i >= 0 {
			if of, ok := strings.CutPrefix(rest, "of "); ok && documentNouns[i] == "copy" {
				if doc := DocumentOf(of); doc != "" {
					return doc // "a copy of the video": a video
				}
			}
			return documentNouns[i]
		}
	}
	return ""
}

// relayingPeople reports whether source, credited with "according to", is
// people who passed on what someone said, named by no name: "people who
// attended a call", "two sources familiar with the talks".
func relayingPeople(source string) bool {
	words := strings.Fields(strings.ToLower(source))
	return len(words) > 0 && len(words) <= maxDescription && slices.ContainsFunc(words[:min(len(words), 3)], func(w string) bool { return relayNouns[w] })
}

// relayNouns are the people who pass on what someone said.
var relayNouns = map[string]bool{"people": true, "person": true, "persons": true, "sources": true, "source": true, "attendees": true}

// documentNouns name documents that carry someone's words; a slice that is
// searched without case, so that no source is lower-cased to look it up.
var documentNouns = []string{"filing", "filings", "statement", "document", "documents", "papers", "transcript",
	"letter", "memo", "release", "records", "post", "complaint", "indictment",
	"copy", "video", "recording", "audio", "footage", "email", "emails", "message", "messages",
	// What a speaker's figure rests on: "Ngugi said at least 13 people had
	// been killed, according to a count by medical workers".
	"count", "tally"}

// carriedBy reads the outlet that carried a setting, where the words after a
// cue open with "carried by" (or "reported by") and the outlet's name runs to
// the "that" of what was said. It returns the outlet and the words from that
// "that", or "" and toks.
func carriedBy(toks []segment.Token) (string, []segment.Token) {
	if len(toks) < 3 || !carriedByAt(toks, 0) {
		return "", toks
	}
	for k := 2; k < len(toks) && k <= maxCarrier; k++ {
		switch {
		case toks[k].Lower == "that" && k > 2:
			return joinText(toks[2:k]), toks[k:]
		case toks[k].Kind == segment.Punct:
			return "", toks
		}
	}
	return "", toks
}

// saysFirst reports whether toks, a subject and what it did before a
// participle cue, open with the subject saying something: "Rutte said on
// Thursday allies must spend more,", "The WHO declared that the surge is an
// emergency,", not "Karamanlis resigned,".
func (e *Extractor) saysFirst(toks []segment.Token) bool {
	a, ok := e.p.parse(toks, leading)
	if !ok || a.Speaker == "" {
		return false
	}
	rest := tokensBetween(toks, a.End, toks[len(toks)-1].End)
	return speechCues[strings.ToLower(a.Cue)] || len(rest) > 0 && rest[0].Lower == "that"
}

// speechCues are the plain verbs of saying.
var speechCues = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true}

// carriedToEnd reads "carried by" (or "reported by") and an outlet that
// run from offset from to the end of part: the outlet and the end of its
// name, or "" and 0.
func carriedToEnd(part []segment.Token, from int) (string, int) {
	toks := trimTrailingPunct(part)
	k := slices.IndexFunc(toks, func(t segment.Token) bool { return t.Start >= from })
	if k < 0 || !carriedByAt(toks, k) || k+2 >= len(toks) || len(toks)-k > maxCarrier ||
		slices.ContainsFunc(toks[k+2:], func(t segment.Token) bool { return t.Kind == segment.Punct && t.Text != "." && !t.IsHyphen() }) {
		return "", 0
	}
	return joinText(toks[k+2:]), toks[len(toks)-1].End
}

// carriedByAt reports whether toks[k] opens "carried by" or "reported by":
// the outlet that relayed words follows.
func carriedByAt(toks []segment.Token, k int) bool {
	return k+1 < len(toks) && (toks[k].Lower == "carried" || toks[k].Lower == "reported") && toks[k+1].Lower == "by"
}

// maxCarrier is the most tokens "carried by" and an outlet's name run to.
const maxCarrier = 10

// questionOpeners open a sentence with the question a source was asked.
var questionOpeners = map[string]bool{"asked": true, "pressed": true, "questioned": true}

// creditsBefore reports whether part is an attribution of its own that runs
// to its end ("the company said in a statement on Monday").
func (e *Extractor) creditsBefore(part []segment.Token) bool {
	a, ok := e.p.parse(part, after)
	return ok && a.Speaker != "" && reachesEnd(a, part)
}

// trailingSetting finds, in the words of a statement toks, a comma and after it
// a setting that runs to the end ("..., in remarks carried by the state news
// agency SANA", "..., in an interview aired on Sunday"). It returns the index of
// the comma, or 0, and the outlet that carried the words, if it names one.
func trailingSetting(toks []segment.Token) (int, string) {
	toks = trimTrailingPunct(toks)
	for k := len(toks) - 2; k > 0; k-- {
		if toks[k].Text != "," {
			continue
		}
		end := settingPhrase(toks, k+1, false)
		if end == k+1 {
			return 0, ""
		}
		if end == len(toks) {
			return k, ""
		}
		if carriedByAt(toks, end) && end+2 < len(toks) {
			return k, joinText(toks[end+2:])
		}
		return 0, ""
	}
	return 0, ""
}

// appositiveSpeaker returns the index of the first of the two parts before
// parts[pi] that name a speaker and describe them, in either order ("the chief
// executive, Sergey Ivanov," or "Sergey Ivanov, the chief executive,"), or -1.
// The parts before them must hold the clause.
func appositiveSpeaker(parts [][]segment.Token, pi int, lex *lexicon.Lexicon) int {
	if pi < 3 {
		return -1
	}
	a, b := parts[pi-2], parts[pi-1]
	if isName(a) && describes(b, lex) || describes(a, lex) && isName(b) {
		return pi - 2
	}
	return -1
}

// isName reports whether toks are a few capitalised words: a person's name.
func isName(toks []segment.Token) bool {
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	for k, t := range toks {
		switch {
		case inWord(toks, k):
			// "Chien-fu", "Jean-Marie": one name in two parts
		case t.Kind == segment.Word && (segment.StartsUpper(t.Text) || k > 0 && inWord(toks, k-1)):
		default:
			return false
		}
	}
	return true
}

// describes reports whether toks describe a person: a short phrase that opens
// with a determiner, a possessive, a nationality or a title ("the chief
// executive", "a spokeswoman for the ministry", "Ukraine's foreign minister",
// "Foreign Minister").
func describes(toks []segment.Token, lex *lexicon.Lexicon) bool {
	if len(toks) == 0 || len(toks) > 8 {
		return false
	}
	first := toks[0].Lower
	return lex.Determiners.Has(first) || first == "its" || first == "his" || first == "her" || first == "their" || lex.Titles.Has(first) ||
		len(toks) > 1 && (strings.HasSuffix(first, "'s") || lex.Demonyms.Has(first))
}

// passiveSubject returns the subject of a passive cue from the words before
// it, "The deal was first" giving "The deal", and whether they end in the
// passive's auxiliary.
func passiveSubject(before []segment.Token) ([]segment.Token, bool) {
	if k := passiveAuxiliary(before); k >= 1 {
		return before[:k], true
	}
	return nil, false
}

// opensWith reports whether attribution a starts where toks do, after a
// dateline: its speaker is the sentence's subject.
func opensWith(a Attribution, toks []segment.Token) bool {
	k := afterDateline(toks)
	return k < len(toks) && a.Start <= toks[k].Start
}

// beforeRelative returns the words of a description before the relative
// clause that ends it ("a cardiologist at UT Southwestern Medical Center"
// of "... who was not involved in the study"), or all of them.
func beforeRelative(part []segment.Token) []segment.Token {
	if k := slices.IndexFunc(part, func(t segment.Token) bool { return t.Lower == "who" || t.Lower == "which" }); k > 0 {
		return part[:k]
	}
	return part
}

// relativeOpeners open a relative clause set off after a speaker, or a part
// of one: "Modi, who watched the landing from Johannesburg, where he is
// attending a summit, said".
var relativeOpeners = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true}

// titledName reports whether toks are a name after a title in lower case
// and the body or place it is of: "Madrid coach Carlo Ancelotti", "Tesla
// chief executive Elon Musk".
func (e *Extractor) titledName(toks []segment.Token) bool {
	if len(toks) < 3 || len(toks) > 6 || !segment.StartsUpper(toks[0].Text) {
		return false
	}
	k := slices.IndexFunc(toks, func(t segment.Token) bool { return t.InLowerCase() })
	if k < 1 || !e.p.lex.Titles.Has(toks[k].Lower) {
		return false
	}
	for k < len(toks) && toks[k].InLowerCase() && e.p.lex.Titles.Has(toks[k].Lower) {
		k++
	}
	return k < len(toks) && isName(toks[k:])
}

// apposedSpeaker reports whether parts (a sentence split at its commas) open
// with a speaker set off by an apposition, the cue opening the last part: "The
// opposition leader, speaking to CNN in an interview, said the decision came too
// late". Read from the back, "said the decision" would credit "the decision".
func (e *Extractor) apposedSpeaker(parts [][]segment.Token) bool {
	if len(parts) < 3 {
		return false
	}
	first, last := trimLeadingPunct(parts[0]), trimLeadingPunct(parts[len(parts)-1])
	for len(last) > 1 && (e.p.lex.Hedges.Has(last[0].Lower) || perfectAuxiliaries[last[0].Lower]) {
		last = last[1:] // "..., reportedly said", "..., has said"
	}
	if !(isName(first) || describes(first, e.p.lex) || e.titledName(first)) || len(last) == 0 || !e.p.lex.ReportingVerbs.Has(last[0].Lower) {
		return false
	}
	for _, part := range parts[1 : len(parts)-1] {
		part = trimLeadingPunct(part)
		if len(part) == 0 || !(strings.HasSuffix(part[0].Lower, "ing") || relativeOpeners[part[0].Lower] || describes(beforeRelative(part), e.p.lex) || isName(part)) {
			return false
		}
		if !strings.HasSuffix(part[0].Lower, "ing") && slices.ContainsFunc(part[1:], func(t segment.Token) bool { return e.p.lex.ReportingVerbs.Has(t.Lower) }) {
			return false // "CLAUSE, the company said on Monday, adding ...": an attribution, not a description
		}
	}
	return true
}

// byteSpan is a stretch of the article's bytes.
type byteSpan struct{ start, end int }

// relativeClause returns the span of the parts between the first and the
// last of parts when they open with "who" ("Modi, who watched the landing
// from South Africa, said"): what the speaker did, not who the speaker is.
// The span is empty otherwise.
func relativeClause(parts [][]segment.Token) byteSpan {
	middle := parts[1 : len(parts)-1]
	for _, part := range middle {
		if part = trimLeadingPunct(part); len(part) == 0 || part[0].Lower != "who" {
			return byteSpan{}
		}
	}
	lastPart := middle[len(middle)-1]
	return byteSpan{start: middle[0][0].Start, end: lastPart[len(lastPart)-1].End}
}

// afterThat returns the reported clause in toks, the words after a cue: past
// "that", and past a time or place phrase or an addressee before it ("said on
// Monday that", "said to reporters that").
func afterThat(toks []segment.Token) []segment.Token {
	for k := 0; k < len(toks) && k < 6; k++ {
		if toks[k].Lower == "that" && (k == 0 || adverbialOpeners[toks[0].Lower] || toks[0].Lower == "to") {
			return toks[k+1:]
		}
	}
	return toks
}

// besideQuotationCues report speech only beside a quotation ('"...," he
// continued'); before anything else they mean going on or ending ("Fierce
// fighting continued in the north").
var besideQuotationCues = map[string]bool{"continued": true, "continues": true, "concluded": true, "concludes": true}

// concludedBy reports whether a speaker is a study, which concludes what it
// found ("a parliamentary investigation concluded his ministry had ..."),
// where "fighting concluded" reports nothing.
func concludedBy(speaker string) bool {
	words := strings.Fields(strings.ToLower(speaker))
	return len(words) > 0 && IsStudyNoun(words[len(words)-1])
}

// objectCues are reporting verbs that also take a thing as their object.
var objectCues = map[string]bool{"posted": true, "posts": true, "claimed": true, "claims": true, "claim": true, "added": true, "adds": true,
	"admitted": true, "admits": true, "admit": true, "pledged": true, "promised": true, "vowed": true, "announced": true,
	"confirmed": true, "denied": true, "predicted": true, "urged": true, "pledges": true, "promises": true,
	"declared": true, "declares": true, "announces": true, "called": true, "calls": true,
	// A headline's present tense: "Saudi Arabia, other OPEC+ members announce oil production cuts".
	"announce": true, "confirm": true, "confirms": true, "deny": true, "denies": true, "pledge": true, "promise": true,
	"vow": true, "vows": true, "declare": true, "report": true, "post": true, "urge": true, "urges": true,
	"reported": true, "reports": true, // "Microsoft reported revenue of $61.9 billion": results, not words
	"found": true, "finds": true, "showed": true, "shows": true} // "the survey found no link": a thing, not a clause

// opensClause reports whether the words after a cue make a clause, not an
// object: "that", "to" or an auxiliary verb near the start ("vowed to use",
// "announced that", "pledged it would"), and only an auxiliary after an
// amount.
func opensClause(toks []segment.Token) bool {
	if len(toks) == 0 {
		return false
	}
	// After an amount, only an auxiliary makes a clause: "claimed 1,500
	// troops would be deployed" is one, "pledged $2.5 billion to rebuild"
	// is a thing pledged.
	amount := toks[0].Kind == segment.Number || strings.ContainsAny(toks[0].Text, "$€£¥")
	for k := 0; k < len(toks) && k < 8; k++ {
		if w := toks[k].Lower; clauseMarkers[w] && !(amount && (w == "that" || w == "to")) {
			return true
		}
	}
	return !amount && (subjectAndVerb(toks) || longSubject(toks))
}

// longSubject reports whether toks open with a noun phrase longer than
// opensClause looks into and its finite verb, with nothing that ends the
// phrase between: "claimed the airline's offer of a flat 900 euros a month
// over two years was not enough".
func longSubject(toks []segment.Token) bool {
	if !nounPhraseOpeners[toks[0].Lower] {
		return false
	}
	for k := 1; k < len(toks) && k < maxSubject; k++ {
		switch w := toks[k].Lower; {
		case finiteVerbs[w]:
			return k >= 8
		case toks[k].Kind == segment.Punct && toks[k].Fold != "'" || relativeWords[w]:
			return false
		}
	}
	return false
}

// maxSubject is the most tokens a clause's subject runs to.
const maxSubject = 18

// finiteVerbs follow a clause's subject; relativeWords open a clause of a
// noun's own ("denied the allegations that were made").
var (
	finiteVerbs   = map[string]bool{"was": true, "were": true, "is": true, "are": true, "would": true, "will": true, "had": true, "has": true, "have": true}
	relativeWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true}
)

// subjectAndVerb reports whether toks open with a subject and a verb in the
// past: a pronoun that is only ever a subject ("claimed he wanted more
// time"), or a short noun phrase and a verb in -ed that takes no object
// ("confirmed the man died in hospital") or has one after it ("claimed the
// country needed change"). A verb in -ed before a preposition, a time or the
// end describes the thing ("denied the allegations leveled against him",
// "the figures released yesterday").
func subjectAndVerb(toks []segment.Token) bool {
	if subjectPronouns[toks[0].Lower] {
		return true
	}
	if !nounPhraseOpeners[toks[0].Lower] && !segment.StartsUpper(toks[0].Text) {
		return false
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		t := toks[k]
		if t.Kind != segment.Word {
			return false
		}
		if intransitives[t.Lower] || pastOnly[t.Lower] {
			return true
		}
		if !t.InLowerCase() || !(strings.HasSuffix(t.Lower, "ed") && len(t.Lower) >= 5 || irregularPast[t.Lower]) {
			continue
		}
		if k == 1 && articles[toks[0].Lower] {
			continue // "posted an adjusted operating loss": right after its article, a word in -ed describes the noun
		}
		if verbAdverbs[toks[k-1].Lower] {
			return true // "its revenue more than tripled in the quarter": an adverb goes before a verb, not a description
		}
		next := k + 1
		// "the town received 491 liters of rain": a figure after the verb
		// is its object.
		return next < len(toks) && (toks[next].Kind == segment.Word && !describingFollowers[toks[next].Lower] || toks[next].Kind == segment.Number)
	}
	return false
}

// verbAdverbs go before a verb in the past, not before a participle that
// describes a thing.
var verbAdverbs = map[string]bool{"than": true, "already": true, "also": true, "nearly": true, "almost": true, "just": true}

// articles are the determiners that no verb follows without a noun between.
var articles = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "no": true}

// subjectPronouns are the pronouns that are only ever a verb's subject.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// nounPhraseOpeners open a noun phrase that may be a clause's subject; "it"
// is one whole ("claimed it knew of no injuries").
var nounPhraseOpeners = map[string]bool{"it": true, "the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "some": true, "many": true, "most": true, "no": true}

// intransitives are verbs in -ed that take no object: what follows them says
// where or when it happened, not what was done to whom.
var intransitives = map[string]bool{"died": true, "happened": true, "occurred": true, "arrived": true,
	"existed": true, "remained": true, "failed": true, "collapsed": true, "survived": true, "resigned": true,
	"disappeared": true, "appeared": true, "worked": true, "lived": true, "returned": true}

// pastOnly are irregular verbs in the past that are no participle, so no
// description of a thing: "claimed the burglars got in through a window".
var pastOnly = map[string]bool{"got": true, "went": true, "came": true, "saw": true, "took": true, "gave": true,
	"began": true, "fell": true, "rose": true, "ran": true, "stole": true, "broke": true, "drove": true,
	"flew": true, "grew": true, "threw": true, "knew": true, "wrote": true, "became": true, "chose": true,
	"spoke": true, "woke": true, "wore": true, "shook": true, "ate": true, "hid": true, "rode": true}

// irregularPast are irregular verbs whose past is their participle too: read
// as verbs in -ed are ("claimed the G7 stood united", "the ship lost at sea").
var irregularPast = map[string]bool{"stood": true, "made": true, "held": true, "kept": true, "left": true,
	"lost": true, "sent": true, "paid": true, "built": true, "brought": true, "bought": true, "caught": true,
	"fought": true, "sought": true, "meant": true, "met": true, "led": true, "sold": true, "found": true,
	"thought": true, "felt": true, "heard": true, "won": true, "spent": true, "fled": true, "told": true,
	"struck": true, "wept": true, "sat": true}

// ageOrDescription reports whether aside, set off by commas after a name,
// is the age or a description of who is named: "Menendez, 71, wept",
// "Menendez, a Democrat, wept".
func ageOrDescription(aside []segment.Token) bool {
	return len(aside) == 1 && aside[0].Kind == segment.Number || len(aside) > 1 && (aside[0].Lower == "a" || aside[0].Lower == "an")
}

// describingFollowers follow a participle that describes a thing: a
// preposition or a time ("leveled against him", "released yesterday").
var describingFollowers = map[string]bool{"by": true, "against": true, "in": true, "on": true, "at": true, "for": true,
	"from": true, "with": true, "into": true, "over": true, "under": true, "after": true, "before": true,
	"during": true, "since": true, "as": true, "about": true, "last": true, "this": true, "yesterday": true,
	"today": true, "earlier": true, "and": true, "or": true, "but": true}

// clauseMarkers open or carry a clause.
var clauseMarkers = map[string]bool{"that": true, "to": true, "would": true, "will": true, "was": true, "were": true,
	"is": true, "are": true, "had": true, "has": true, "have": true, "could": true, "should": true, "might": true,
	"may": true, "can": true, "must": true,
	// Verbs of state a reported clause often turns on, and nothing said as a
	// thing takes: "claimed the labour market remained tight".
	"remained": true, "remains": true, "remain": true, "did": true, "does": true,
	"belonged": true, "belongs": true, "lacked": true, "lacks": true, "posed": true, "poses": true}

// quoteOf builds the reported-speech quote whose words are toks, without a final
// punctuation mark.
func quoteOf(text string, s segment.Sentence, k int, toks []segment.Token, a Attribution) Quote {
	toks = trimTrailingPunct(toks)
	start, end := toks[0].Start, toks[len(toks)-1].End
	return Quote{Text: text[start:end], Start: start, End: end, Sentence: k, LastSentence: k, Attribution: a}
}

// subjectTokens returns the tokens of the subject of the main clause in
// parts: the noun phrase that opens the last part starting with a determiner
// or a capital, up to its verb; nil when there is none.
func subjectTokens(parts [][]segment.Token, lex *lexicon.Lexicon) []segment.Token {
	opensVerb := func(t segment.Token) bool {
		return !segment.StartsUpper(t.Text) && (strings.HasSuffix(t.Lower, "ed") || auxiliaries[t.Lower] || lex.ReportingVerbs.Has(t.Lower) ||
			pastOnly[t.Lower] || irregularPast[t.Lower])
	}
	for pi := len(parts) - 1; pi >= 0; pi-- {
		part := trimLeadingPunct(parts[pi])
		part = part[min(afterDateline(part), len(part)):] // "BERLIN (AFP) - German airline Lufthansa lowered"
		if len(part) == 0 || !opensNounPhrase(part[0]) {
			continue
		}
		for j := 1; j < len(part) && j <= maxSubjectWords; j++ {
			if opensVerb(part[j]) && !(part[j-1].IsHyphen() && part[j-1].End == part[j].Start) {
				// ("army-aligned", "Iran-backed": a word of the noun phrase;
				// "The central bank also scrapped", "unexpectedly raised": an
				// adverb of the verb.)
				for j > 1 && (verbAdverbs[part[j-1].Lower] || part[j-1].InLowerCase() && strings.HasSuffix(part[j-1].Lower, "ly")) {
					j-- // "unexpectedly raised"
				}
				return part[:j]
			}
		}
	}
	// "Secretary of State Antony Blinken, speaking in New Zealand, called
	// for ...": a subject set off from its verb by a participle's phrase.
	if len(parts) > 1 && len(parts[len(parts)-1]) == 0 {
		parts = parts[:len(parts)-1] // the words up to the comma before a cue: "..., saying"
	}
	last := trimLeadingPunct(parts[len(parts)-1])
	if len(parts) < 3 || len(last) == 0 || !opensVerb(last[0]) {
		return nil
	}
	for _, aside := range parts[1 : len(parts)-1] {
		if aside = trimLeadingPunct(aside); len(aside) == 0 || !strings.HasSuffix(aside[0].Lower, "ing") && !ageOrDescription(aside) {
			return nil
		}
	}
	if first := trimLeadingPunct(parts[0]); len(first) > 0 && len(first) <= maxSubjectWords && opensNounPhrase(first[0]) {
		return first
	}
	return nil
}

// maxSubjectWords is the most tokens a subject before its verb, or set off
// from it, may hold.
const maxSubjectWords = 8

var auxiliaries = lexicon.NewSet("has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do", "can", "could")

type clause struct {
	text       string
	start, end int
}

// clauseWithout returns the sentence's words outside the attribution phrase: the
// longer side of it, unless the words after it only describe the source ("...,
// according to the Observatory, a British-based watchdog"), trimmed of the commas
// that set the phrase off.
func clauseWithout(s segment.Sentence, a Attribution) clause {
	left := strings.TrimRight(s.Text[:a.Start-s.Start], " ,")
	right := strings.Trim(s.Text[a.End-s.Start:], " ,.")
	rw := strings.Fields(right)
	// "X, according to the Observatory, a British-based watchdog", "X, said
	// the official, who declined to be named": what follows a source and opens
	// with an article or a relative describes the source, unless the
	// attribution opens the sentence ("According to the ministry, the talks ...").
	apposition := left != "" && len(rw) > 0 && (rw[0] == "a" || rw[0] == "an" || rw[0] == "the" || rw[0] == "who" || rw[0] == "which")
	// "X, she said, citing data from the ministry": what the source drew on;
	// "X, the company said on Monday, adding that Y": what it went on to say.
	if len(rw) > 2 && trailingAdverbial.Has(rw[0]) {
		if _, after, ok := strings.Cut(right, ", "); ok {
			rw = strings.Fields(after)
		}
	}
	// "X, an official told Reuters on condition of anonymity because he was
	// not authorised to speak": why the source is not named.
	sourceNote := left != "" && len(rw) > 0 && (sourceNotes[strings.ToLower(rw[0])] || addingCues[strings.ToLower(rw[0])] ||
		len(rw) > 1 && anonymityNote(strings.ToLower(rw[0]), rw[1]))
	// "X, the minister said, though the country will not take part": a
	// clause that hangs on another is no statement alone; the one before is.
	// "X, according to final results, in a setback for the government": a
	// phrase opened by a preposition tells where X stands, and says nothing
	// alone.
	dependent := left != "" && len(rw) > 0 && (subordinators.Has(strings.ToLower(rw[0])) || trailingPrepositions[strings.ToLower(rw[0])] ||
		presentParticiple(rw[0]) && !trailingAdverbial.Has(rw[0])) // "..., customs data showed, beating a 6.0% forecast ..."
	if len(rw) > len(strings.Fields(left)) && !apposition && !sourceNote && !dependent {
		off := strings.Index(s.Text[a.End-s.Start:], right) + a.End
		return clause{text: right, start: off, end: off + len(right)}
	}
	start := s.Start
	if k := afterDateline(s.Tokens); k > 0 && k < len(s.Tokens) && s.Tokens[k].Start < s.Start+len(left) {
		start = s.Tokens[k].Start // "ROME, Aug 9 (Reuters) - CLAUSE, X said": who filed it is no part of what was said
	}
	return clause{text: s.Text[start-s.Start : len(left)], start: start, end: s.Start + len(left)}
}

// trailingPrepositions open a phrase after an attribution that belongs to
// the clause before it.
var trailingPrepositions = map[string]bool{"in": true, "amid": true, "despite": true, "with": true, "during": true}

// sourceNotes open what a source drew on, after its attribution.
var sourceNotes = map[string]bool{"citing": true, "quoting": true, "referring": true}

// dashAttribution reads `"Q" - Name`, a quotation signed with a dash.
func dashAttribution(toks []segment.Token) (Attribution, bool) {
	if len(toks) < 2 || toks[0].Fold != "-" {
		return Attribution{}, false
	}
	name := trimTrailingPunct(toks[1:])
	if len(name) == 0 || len(name) > 6 {
		return Attribution{}, false
	}
	for _, t := range name {
		if !segment.StartsUpper(t.Text) {
			return Attribution{}, false
		}
	}
	return Attribution{Speaker: joinText(name), Cue: "-", Start: toks[0].Start, End: name[len(name)-1].End}, true
}

// inheritAttributions gives a quotation with no attribution of its own the one of
// the quotation or reported statement just before it in the same or the
// previous paragraph: in news style, consecutive quotations with nothing
// between them are one speaker's, and so is a quotation that follows what a
// speaker was reported to say ("He said Washington was talking to the Russians.
// "Particularly on the regime side."").
func inheritAttributions(qs []Quote, doc segment.Document) {
	// A paragraph that ends inside a quotation continues in the next one, which
	// opens with a quotation mark; the attribution usually stands in the last.
	for k := len(qs) - 2; k >= 0; k-- {
		q, next := &qs[k], qs[k+1]
		if q.Open && q.Direct && !q.Attribution.Found() && next.Direct && next.Attribution.Found() &&
			doc.Sentences[next.Sentence].Paragraph == doc.Sentences[q.LastSentence].Paragraph+1 {
			a := next.Attribution
			a.Text, a.Start, a.End = "", 0, 0
			q.Attribution = a
		}
	}
	for k := 1; k < len(qs); k++ {
		q, prev := &qs[k], qs[k-1]
		if q.Attribution.Found() || !q.Direct || !prev.Attribution.Found() || !standsAsStatement(*q, doc) && !sameReport(*q, prev) {
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
	if len(toks) == 0 {
		return false
	}
	if a.End >= toks[len(toks)-1].End {
		return true
	}
	// "..., the ministry said in a statement." / "... said on Monday."
	rest := tokensBetween(toks, a.End, toks[len(toks)-1].End)
	return len(rest) > 0 && len(rest) <= 6 && trailingAdverbial[rest[0].Lower] || len(rest) >= 2 && anonymityNote(rest[0].Lower, rest[1].Lower) || bracketed(rest)
}

// bracketed reports whether toks are a short aside in brackets, as an
// acronym after a source's name is: "according to the International
// Organization for Migration (IOM)".
func bracketed(toks []segment.Token) bool {
	return len(toks) >= 3 && len(toks) <= 5 && toks[0].Text == "(" && toks[len(toks)-1].Text == ")"
}

// anonymityNote reports whether words that open with first and second say
// why a source is not named, however long they run: "on condition of
// anonymity because he was not authorised to speak to the media", "asking not
// to be named because the talks were private", "who asked not to be
// identified".
func anonymityNote(first, second string) bool {
	switch first {
	case "on":
		return second == "condition"
	case "asking", "declining", "requesting":
		return true
	case "who":
		return second == "asked" || second == "declined" || second == "requested" || second == "spoke"
	}
	return false
}

var trailingAdverbial = lexicon.NewSet("in", "on", "at", "during", "after", "before", "late", "earlier", "later", "last", "yesterday", "today", "while",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") // "the automaker said Thursday"

// standsAsStatement reports whether a quotation is most of the sentences it
// lies in, as a quotation that goes on from the one before is ("Particularly on
// the regime side."), not a few quoted words inside someone else's sentence
// ('Instead he called for "concrete steps" to ...').
func standsAsStatement(q Quote, doc segment.Document) bool {
	words := 0
	for k := q.Sentence; k <= max(q.Sentence, q.LastSentence) && k < len(doc.Sentences); k++ {
		words += len(strings.Fields(doc.Sentences[k].Text))
	}
	return 2*len(strings.Fields(q.Text)) >= words
}

// sameReport reports whether quotation q goes on the report of prev, whose
// attribution stands before it in the same sentence: "Braverman said serving
// had been "the greatest privilege of my life" and that she would "have more
// to say in due course"" quotes her twice.
func sameReport(q, prev Quote) bool {
	a := prev.Attribution
	return prev.Direct && q.Sentence == prev.LastSentence && a.End > a.Start && a.End <= prev.Start
}

// resolveSurnames gives a speaker named by one capitalised word the fuller
// name, holding that word, that the article credits elsewhere: the "Mehta"
// of a second reference is "U.S. District Judge Amit Mehta", the "Quintana"
// "lead author Elisa Quintana of the SETI Institute", so that two reports
// that introduce them in different sentences credit the same speaker.
func resolveSurnames(qs []Quote) {
	fullNames := map[string]string{} // the first speaker of more than one word by their surnames
	for _, q := range qs {
		if q.Attribution.SpeakerAsWritten != "" {
			continue
		}
		full := q.Attribution.Speaker
		for _, surname := range surnamesIn(full) {
			if known, ok := fullNames[surname]; !ok || !givenNameBefore(known, surname) && givenNameBefore(full, surname) {
				// The first, unless a later one gives the first name: "NATO
				// chief Rutte" of a headline, "NATO Secretary General Mark
				// Rutte" of the lead.
				fullNames[surname] = full
			}
		}
	}
	for k := range qs {
		a := &qs[k].Attribution
		if strings.Contains(a.Speaker, " ") || !segment.StartsUpper(a.Speaker) {
			continue
		}
		if full, ok := fullNames[a.Speaker]; ok {
			a.SpeakerAsWritten, a.Speaker = a.Speaker, full
		}
	}
}

// givenNameBefore reports whether speaker writes a capitalised word right
// before surname: "Mark Rutte", not "NATO chief Rutte".
func givenNameBefore(speaker, surname string) bool {
	// Read in place: asked of each speaker's surnames.
	for rest, at := speaker, 0; ; {
		i := strings.Index(rest, surname)
		if i < 0 {
			return false
		}
		start, end := at+i, at+i+len(surname)
		if start > 0 && speaker[start-1] == ' ' && (end == len(speaker) || speaker[end] == ' ' || speaker[end] == ',') {
			prev := speaker[strings.LastIndexByte(speaker[:start-1], ' ')+1 : start-1]
			if segment.StartsUpper(prev) && !strings.HasSuffix(prev, "'s") && strings.ToUpper(prev) != prev && prev != "The" && prev != "A" && prev != "An" {
				return true // not "NATO's Rutte", "U.S. Rutte", "The WHO"
			}
		}
		rest, at = rest[i+len(surname):], end
	}
}

// surnamesIn returns the words of speaker that may stand for it alone: its
// last word, and a capitalised word after another in a name described
// around it ("Quintana" of "lead author Elisa Quintana of the SETI
// Institute", "Elisa Quintana, a scientist"). A name that describes the noun
// after it names no one ("Hezbollah" of "A Hezbollah official", "Senior
// Hamas official ..."): "Hezbollah said" credits the group.
func surnamesIn(speaker string) []string {
	words := strings.Fields(speaker)
	if len(words) < 2 {
		return nil
	}
	out := []string{words[len(words)-1]}
	for k := 1; k < len(words)-1; k++ {
		if segment.StartsUpper(words[k-1]) && segment.StartsUpper(words[k]) && (strings.HasSuffix(words[k], ",") || nameEnders[words[k+1]]) {
			out = append(out, strings.TrimRight(words[k], ","))
		}
	}
	return out
}

// nameEnders are the words that follow a name described around it: "Elisa
// Quintana of the SETI Institute".
var nameEnders = map[string]bool{"of": true, "at": true, "from": true, "in": true, "and": true, "who": true, "for": true}

// resolvePronouns replaces pronoun speakers, and persons named by their
// people (see personOfPeople), with the most recent named speaker of the same
// number: "he" or "she" with the last singular one, "they" with the last
// plural. A person named as the subject of a sentence since that speaker ("Maria
// Lopez, the opposition leader, spoke after the vote.") is more recent still.
func resolvePronouns(qs []Quote, doc segment.Document, lex *lexicon.Lexicon) {
	var lastOne, lastMany string
	lastSentence := -1
	for k := range qs {
		a := &qs[k].Attribution
		if a.Speaker == "" {
			continue
		}
		byPeople := personOfPeople(a.Speaker, lex)
		if !lex.Pronouns.Has(a.Speaker) && !byPeople {
			if plural(a.Speaker) {
				lastMany = a.Speaker
			} else {
				lastOne = a.Speaker
			}
			lastSentence = qs[k].Sentence
			continue
		}
		last := lastOne
		if byPeople {
			// Named by their people, a person is named before it: not the
			// last speaker, who may be the other player of a final.
			last = ""
		}
		if strings.EqualFold(a.Speaker, "they") {
			last = lastMany
			if last == "" {
				last = pluralSubject(doc, qs[k].Sentence)
			}
		} else if name := latestSubject(doc, lastSentence+1, qs[k].Sentence, lex); name != "" {
			last = name
		}
		if last != "" {
			a.SpeakerAsWritten, a.Speaker = a.Speaker, last
		}
	}
}

// personOfPeople reports whether speaker is "the" and a people's word, a
// person named by nationality as a pronoun names them: "the Serb", "the
// Spaniard" of a sports report, the player last named.
func personOfPeople(speaker string, lex *lexicon.Lexicon) bool {
	the, people, ok := strings.Cut(speaker, " ")
	return ok && strings.EqualFold(the, "the") && segment.StartsUpper(people) && !segment.IsAcronym(people) && lex.Demonyms.Has(people)
}

// pluralSubject returns the subject that opens sentence k when it names
// several people, up to its verb, or "": "they" in "Astronomers using NASA's
// Kepler telescope have found what they say is ..." is the astronomers.
func pluralSubject(doc segment.Document, k int) string {
	if k < 0 || k >= len(doc.Sentences) {
		return ""
	}
	toks := doc.Sentences[k].Tokens
	toks = toks[min(afterDateline(toks), len(toks)):]
	for j, t := range toks[:min(len(toks), maxPluralSubject)] {
		if t.Kind == segment.Punct && !inWord(toks, j) {
			return ""
		}
		if j > 0 && (auxiliaries.Has(t.Lower) || t.InLowerCase() && strings.HasSuffix(t.Lower, "ed")) {
			first := toks[0].Lower // "Astronomers using NASA's Kepler telescope"
			if subject := joinText(toks[:j]); plural(subject) || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") {
				return subject
			}
			return ""
		}
	}
	return ""
}

// maxPluralSubject is the most tokens pluralSubject reads for a subject and
// its verb.
const maxPluralSubject = 10

// plural reports whether a speaker names several people: its last word is a
// plural noun ("U.S. officials", "Officials" opening a sentence), not a name
// that ends in s ("Tedros Adhanom Ghebreyesus").
func plural(speaker string) bool {
	words := strings.Fields(speaker)
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	return !segment.StartsUpper(words[len(words)-1]) || len(words) == 1 && pluralSpeakers[last]
}

// pluralSpeakers are the plural nouns that open news sentences as speakers.
var pluralSpeakers = map[string]bool{"officials": true, "diplomats": true, "analysts": true, "witnesses": true,
	"residents": true, "activists": true, "sources": true, "authorities": true, "experts": true, "observers": true,
	"protesters": true, "rebels": true, "investigators": true, "prosecutors": true, "lawmakers": true,
	"ministers": true, "leaders": true, "doctors": true, "medics": true, "organisers": true, "organizers": true}

// latestSubject returns the last name (two to five capitalised words, or one
// a reporting verb or a person's description follows, not opening with a
// function word such as "The") at the start of a sentence in [from, to],
// after its dateline, or "". A name in the possessive is the
// one whose thing is the subject, and the one a pronoun after it names:
// "Dutch Prime Minister Mark Rutte's coalition government collapsed ..., he
// told reporters".
func latestSubject(doc segment.Document, from, to int, lex *lexicon.Lexicon) string {
	name := ""
	for k := max(from, 0); k <= to && k < len(doc.Sentences); k++ {
		toks := doc.Sentences[k].Tokens
		toks = toks[min(afterDateline(toks), len(toks)):]
		j := subjectRun(toks, lex)
		// One word is a name where it says something ("Hezbollah said it held
		// Israel responsible for what it called ...") or a person is described
		// after it ("Alcaraz, who is 21, beat Djokovic ... He cried and said"),
		// and none where it opens a sentence otherwise ("Meanwhile", "Still",
		// "Rescuers were digging ..., he said").
		named := j == 1 && (len(toks) > 1 && lex.ReportingVerbs.Has(toks[1].Lower) || describedPerson(toks[1:]))
		if (j >= 2 || named) && j <= maxSubjectName && !lex.StopWords.Has(toks[0].Lower) {
			name = strings.TrimSuffix(strings.TrimSuffix(joinText(toks[:j]), "'s"), "’s")
		}
	}
	return name
}

// subjectRun returns where the capitalised words that open toks end: a name
// with its title, the title in lower case before the name ("Jeju Air chief
// Kim E-bae apologized"), a hyphen going on with the name it stands in
// ("Kim E-bae"; "Saudi-led" is no name).
func subjectRun(toks []segment.Token, lex *lexicon.Lexicon) int {
	j := 0
	for j < len(toks) {
		switch {
		case toks[j].Kind == segment.Word && segment.StartsUpper(toks[j].Text):
			j++
		case j >= 2 && inWord(toks, j):
			j += 2
		case j >= 1 && lex.Titles.Has(toks[j].Lower) && j+1 < len(toks) && toks[j+1].Kind == segment.Word && segment.StartsUpper(toks[j+1].Text):
			j++
		default:
			return j
		}
	}
	return j
}

// describedPerson reports whether toks, what follows a name, open with what
// describes a person set off by commas: a "who" clause or an age ("Alcaraz,
// who is 21,", "Smith, 45,").
func describedPerson(toks []segment.Token) bool {
	if len(toks) < 3 || toks[0].Text != "," {
		return false
	}
	return toks[1].Lower == "who" || toks[1].Kind == segment.Number && toks[2].Text == ","
}

// maxSubjectName is the most tokens a name opening a sentence runs to,
// with its title and the body the title is of: "Jeju Air Chief Executive Kim
// E-bae".
const maxSubjectName = 8

// withText fills a.Text from the article.
func withText(a Attribution, text string) Attribution {
	if a.End > a.Start {
		a.Text = text[a.Start:a.End]
	}
	return a
}
