package diff

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
	"github.com/compared/compared/internal/spelling"
)

// minQuotePairing is the word overlap above which two quotes in aligned sentences
// are taken for the same statement; minPartialQuotePairing the same in sentences
// aligned as sharing only part of their content, where a clause in common
// ("..., which has claimed more than 300,000 lives since 2011") is not yet one
// statement credited to two sources.
const (
	minQuotePairing        = 0.5
	minPartialQuotePairing = 2.0 / 3
)

// attributionDiffs compares the attributions of the statements in one alignment.
// It returns the differences and, per side, the attribution phrases they cover, so
// that the wording diff does not report the same words again.
//
// A statement attributed on one side whose words the other side's aligned
// sentences carry without any attribution ("..., the U.S. officials said." against
// the same clause alone) is an attribution present on one side only; lText and
// rText are the aligned sentences of each side. When each side holds one
// statement they pair whatever their words, unless the alignment is only
// partial (whole, false): sentences that share a clause may credit different
// statements to different sources. In sentences linked for what they share
// besides their words (bySource: a figure, a day, a source), whose words
// differ throughout, statements left unpaired pair by who they credit: "two
// diplomats told Reuters" and "according to one diplomat" relay one claim.
func (w pairWords) attributionDiffs(lq, rq []quotes.Quote, lText, rText string, whole, bySource bool, ai int) ([]Difference, spanSet, spanSet) {
	var out []Difference
	var lcov, rcov spanSet
	used := make(map[int]bool)
	// Sentences that are each one statement and its attribution, most of
	// whose words the two share, state one thing: their statements pair as in
	// a whole alignment. One clause in common ("more than 300,000 ... since
	// 2011") in a longer statement is not most of its words.
	pairAsWhole := whole || len(lq) == 1 && len(rq) == 1 && w.mostOf(lq[0], lText) && w.mostOf(rq[0], rText) &&
		w.shareMost(lq[0].Text, rq[0].Text)
	pairs := make([]int, len(lq)) // per left statement, the right one it pairs with, or -1
	for i, l := range lq {
		if pairs[i] = w.pairQuote(l, rq, used, whole && len(lq) == 1 && len(rq) == 1, pairAsWhole); pairs[i] >= 0 {
			used[pairs[i]] = true
		}
	}
	// Words quoted inside a reported statement pair by that statement where
	// no quotation pairs by its own words: `NHS England said the incident was
	// having "a major impact" on services` / `"This incident is having a
	// significant impact on the delivery of services," ... said`.
	for i, l := range lq {
		if pairs[i] < 0 {
			if pairs[i] = w.pairStatement(l, rq, used, pairAsWhole); pairs[i] >= 0 {
				used[pairs[i]] = true
			}
		}
	}
	// In sentences linked as sharing part of their content, or each holding
	// one statement only, statements worded apart pair by their speaker ("two
	// people familiar with the matter told Reuters" / "according to people
	// familiar with the situation").
	linked := bySource
	bySource = bySource || len(lq) == 1 && len(rq) == 1
	for i, l := range lq {
		if bySource && pairs[i] < 0 {
			if pairs[i] = sameSpeaker(l, rq, used); pairs[i] >= 0 {
				used[pairs[i]] = true
			}
		}
	}
	// Sentences linked as sharing part of their content that each credit
	// one statement, a third of whose words the two share, report one claim
	// from two sources, quoted or reported: the lead's "the country's
	// environment ministry said" and "Peruvian officials said" of one spill,
	// `"An estimated 1,000 bodies were seen ... in Tacloban," Gwendolyn Pang
	// ... told Reuters` and "The Red Cross said about 1,000 bodies had been
	// seen in Tacloban city, ...".
	// Sentences linked for what they share besides their words say one thing
	// in two ways, and their one statement each, naming one name, is that
	// thing: "Prince Harry ... will travel to Britain in the coming days, a
	// source close to the Duke of Sussex said" / "His younger son Harry is
	// expected to fly to the UK to see him, according to British media". (Two
	// that share only a figure may state two things: Lavrov's warning on a
	// war "which has claimed more than 300,000 lives since 2011" and the
	// Observatory's count of its dead.)
	if len(lq) == 1 && len(rq) == 1 && pairs[0] < 0 && !used[0] &&
		(linked && sameThing(lq[0], rq[0]) || w.oneClaim(lq[0], rq[0])) {
		pairs[0] = 0
		used[0] = true
	}
	// A statement is attributed on one side only when the other side's
	// sentences credit no statement of their own that is left unpaired: two
	// sentences that each credit a statement that the other does not pair
	// with may say different things, not the same thing credited once.
	leftCredits, rightCredits := false, false
	for i, l := range lq {
		leftCredits = leftCredits || pairs[i] < 0 && l.Attribution.Found()
	}
	for k, r := range rq {
		rightCredits = rightCredits || !used[k] && r.Attribution.Found()
	}
	for i, l := range lq {
		k := pairs[i]
		if k < 0 {
			if !rightCredits && l.Attribution.Found() && l.Attribution.Text != "" && w.stated(l, lText, rText, whole && len(rq) == 0) && !w.attributedIn(rq, l.Text) && !w.creditsSpeaker(rq, l.Attribution) && !namedIn(rText, l.Attribution) {
				out = append(out, attributionDifference(l.Attribution, quotes.Attribution{}, []AttributionChange{OneSided}, ai))
				lcov = append(lcov, creditSpans(l)...)
			}
			continue
		}
		r := rq[k]
		// The attribution phrases of a paired statement are no wording, changed
		// or not: moved from after the quotation to before it, they say nothing
		// new. Adverbs that tell neither who spoke nor how are the story's
		// words, and one put for another is wording ("Kellner also said" /
		// "additionally said"); one dropped, where the attribution may have
		// moved and been rewritten, is left with it.
		ls, rs := creditSpans(l), creditSpans(r)
		if l.Attribution.Text != r.Attribution.Text { // the same phrase holds the same adverbs
			if la, ra := adverbsIn(l.Attribution), adverbsIn(r.Attribution); len(la) > 0 && len(ra) > 0 && !sameAdverbs(l.Attribution, la, r.Attribution, ra) {
				ls, rs = without(ls, la), without(rs, ra)
			}
		}
		changes := w.compareAttributions(l.Attribution, r.Attribution)
		if len(changes) == 0 && w.respelled(l.Attribution, r.Attribution) {
			// One speaker, the name spelled two ways ("Kent Walker" / "Kent
			// Walters"): the names are compared as facts, as elsewhere.
			ls, rs = without(ls, speakerSpan(l.Attribution)), without(rs, speakerSpan(r.Attribution))
		}
		lcov = append(lcov, ls...)
		rcov = append(rcov, rs...)
		if len(changes) == 0 || !r.Attribution.Found() && namedIn(rText, l.Attribution) || !l.Attribution.Found() && namedIn(lText, r.Attribution) {
			continue // the same, or the other side has the source act ("Sunak wished him a ...")
		}
		if len(changes) == 1 && (changes[0] == SpeakerDescriptionChanged || changes[0] == SpeakerChanged) &&
			(calledByKind(r.Attribution.Speaker, l.Attribution.Speaker, rText, w.right, w.left) || calledByKind(l.Attribution.Speaker, r.Attribution.Speaker, lText, w.left, w.right)) {
			// "Toyota Motor Corp said" against "Toyota Motor Corp. is
			// recalling ..., the automaker said", "Apple said" against "Apple
			// has denied any wrongdoing. The company said": the body the
			// sentences name, called by its kind the second time.
			continue
		}
		if slices.ContainsFunc(out, func(d Difference) bool { return sameChange(d, l.Attribution, r.Attribution, changes) }) {
			continue // two quotations of one speaker, credited alike on each side: one change
		}
		out = append(out, attributionDifference(l.Attribution, r.Attribution, changes, ai))
	}
	for k, r := range rq {
		if !leftCredits && !used[k] && r.Attribution.Found() && r.Attribution.Text != "" && w.stated(r, rText, lText, whole && len(lq) == 0) && !w.attributedIn(lq, r.Text) && !w.creditsSpeaker(lq, r.Attribution) && !namedIn(lText, r.Attribution) {
			out = append(out, attributionDifference(quotes.Attribution{}, r.Attribution, []AttributionChange{OneSided}, ai))
			rcov = append(rcov, creditSpans(r)...)
		}
	}
	return out, lcov, rcov
}

// stated reports whether statement q of the sentences text is stated, with
// no one credited, in other, the sentences aligned with them: other holds
// most of its words, or, where the two say one thing (whole) and other
// credits no statement, q is most of text ("Officials were investigating
// whether a bird strike had caused the landing gear to malfunction." /
// "Investigators were examining whether a bird strike and bad weather were
// to blame, Lee said.").
func (w pairWords) stated(q quotes.Quote, text, other string, whole bool) bool {
	return w.overlap(q.Text, other) >= minQuotePairing || whole && w.mostOf(q, text)
}

// minStatementShare is the share of its sentences' content words outside its
// attribution that a statement holds for the sentences to be that statement
// and its attribution.
const minStatementShare = 0.6

// mostOf reports whether quote q holds most of the content words of text, the
// aligned sentences that carry it, that its attribution does not.
func (w pairWords) mostOf(q quotes.Quote, text string) bool {
	rest := contentCount(text) - contentCount(q.Attribution.Text)
	return float64(len(w.words(q.Text))) >= minStatementShare*float64(rest)
}

// shareMost reports whether statements a and b share most of their content
// words: their Dice overlap is at least minQuotePairing.
func (w pairWords) shareMost(a, b string) bool {
	aw, bw := w.words(a), w.words(b)
	return len(aw)+len(bw) > 0 && 2*float64(inBoth(aw, bw)) >= minQuotePairing*float64(len(aw)+len(bw))
}

// inBoth counts the words of aw that bw holds too.
func inBoth(aw, bw []string) int {
	n := 0
	for _, x := range aw {
		if slices.Contains(bw, x) {
			n++
		}
	}
	return n
}

// creditSpans returns the spans of the words that credit quote q: its
// attribution's span, less what it stands around (`Lavrov said he had no
// "special expectations" of progress, according to TASS`), so that the
// quotation and the words beside it are still compared.
func creditSpans(q quotes.Quote) []Span {
	a := q.Attribution
	spans := []Span{{a.Start, a.End}}
	if a.Around.End > a.Around.Start {
		spans = []Span{{a.Start, a.Around.Start}, {a.Around.End, a.End}}
	}
	if a.Lead.End > a.Lead.Start {
		spans = append(spans, Span{a.Lead.Start, a.Lead.End}) // "Police said CLAUSE, according to local media"
	}
	return spans
}

// adverbsIn returns the byte spans of the adverbs in a's phrase that are no
// part of its speaker, cue, outlet, setting or hedge: "also" and "later" in
// "Kellner also said", "he later told reporters".
func adverbsIn(a quotes.Attribution) []Span {
	if len(a.Text) != a.End-a.Start {
		return nil // not the phrase as written: no offsets to give
	}
	var out []Span
	for at := 0; at < len(a.Text); {
		start := at + strings.IndexFunc(a.Text[at:], isWordRune)
		if start < at {
			break
		}
		end := start + strings.IndexFunc(a.Text[start:], func(r rune) bool { return !isWordRune(r) })
		if end < start {
			end = len(a.Text)
		}
		w := a.Text[start:end]
		if isAttributionAdverb(w) && !ownWord(a, w) {
			out = append(out, Span{a.Start + start, a.Start + end})
		}
		at = end
	}
	return out
}

// ownWord reports whether w is a word of a's speaker, cue, outlet, setting
// or hedge.
func ownWord(a quotes.Attribution, w string) bool {
	for _, part := range [...]string{a.Speaker, a.Cue, a.Intermediary, a.Setting, a.Hedge} {
		for rest := part; ; {
			i := indexFold(rest, w)
			if i < 0 {
				break
			}
			before, after := i == 0 || !isWordRune(rune(rest[i-1])), i+len(w) == len(rest) || !isWordRune(rune(rest[i+len(w)]))
			if before && after {
				return true
			}
			rest = rest[i+len(w):]
		}
	}
	return false
}

// indexFold returns the index of w in s, compared without case, or -1.
func indexFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAttributionAdverb reports whether w, a word of an attribution phrase, is
// an adverb: one in -ly written in lower case, or one of those that place a
// statement in time or beside others.
func isAttributionAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && strings.ToLower(w) == w || timeAdverbs[w]
}

// timeAdverbs place a statement in time or beside others.
var timeAdverbs = map[string]bool{"also": true, "again": true, "later": true, "earlier": true, "then": true,
	"still": true, "further": true, "once": true, "too": true, "first": true}

// sameAdverbs reports whether attributions l and r hold the same adverbs, at
// spans ls and rs of their phrases, in the same order.
func sameAdverbs(l quotes.Attribution, ls []Span, r quotes.Attribution, rs []Span) bool {
	return slices.EqualFunc(ls, rs, func(a, b Span) bool {
		return l.Text[a.Start-l.Start:a.End-l.Start] == r.Text[b.Start-r.Start:b.End-r.Start]
	})
}

// creditsSpeaker reports whether one of qs is credited to a's speaker: then the
// other side most likely credits the statement too, in words the quotes stage
// did not read as a second statement ('"...," Kishida said, adding that a task
// force had been set up').
func (w pairWords) creditsSpeaker(qs []quotes.Quote, a quotes.Attribution) bool {
	if a.Speaker == "" {
		return false
	}
	for _, q := range qs {
		if q.Attribution.Speaker != "" {
			if c := w.compareSpeakers(a, q.Attribution); c == 0 || c == SpeakerDescriptionChanged {
				return true
			}
		}
	}
	return false
}

// namedIn reports whether text, the other side's aligned sentences, has the
// source of attribution a, by the last word of its name, for the subject of
// a verb in the past: those sentences give the statement to the same source
// in words the quotes stage does not read as an attribution ("Hamada called
// the launch a clear violation", "Fratzscher, president of the DIW
// institute, backed the borrowing"), so it is not carried there without one.
// Named otherwise ("a deal to sign Bellingham from Borussia Dortmund"), the
// source says nothing there.
func namedIn(text string, a quotes.Attribution) bool {
	name := nameOfSource(a)
	if name == "" {
		return false
	}
	toks := segment.Tokenize(text, 0, len(text))
	title := titleOfSource(a)
	for k, t := range toks {
		if nameWord(t) == name && actsAfter(toks, k+1) {
			return true
		}
		if title != "" && t.Lower == title && segment.StartsUpper(t.Text) {
			// "Germany's finance minister said" / "German Finance Minister
			// Christian Lindner ruled out": the title, then the name.
			j := k + 1
			for j < len(toks) && nameWord(toks[j]) != "" {
				j++
			}
			if j > k+1 && actsAfter(toks, j) {
				return true
			}
		}
	}
	// "The company also said it lost $1.44 billion" against "Boeing also
	// reported a loss of $1.44 billion": a body called by its kind, and the
	// other sentences open with a name that acts.
	if len(toks) < 2 || nameWord(toks[0]) == "" {
		return false
	}
	j := 1
	if joiningAdverb(toks[j]) {
		j++
	}
	return actsAfter(toks, j) && describesBody(a.Speaker)
}

// joiningAdverb reports whether t is an adverb that may stand between a
// subject and its verb: "Boeing also reported".
func joiningAdverb(t segment.Token) bool {
	return t.Lower == "also" || t.Lower == "later" || t.Lower == "earlier" || t.Lower == "again"
}

// maxAppositive is the longest run of words set off by commas after a name
// that actsAfter passes over.
const maxAppositive = 10

// actsAfter reports whether the word at toks[j], after a name and any
// appositive set off by commas, is a verb the name does something by: one in
// the past ending in "ed", or one of pastVerbs ("Hamada called", "Fratzscher,
// president of the DIW institute, backed", "Shimotsu found").
func actsAfter(toks []segment.Token, j int) bool {
	if j+1 < len(toks) && toks[j].Text == "," && pastVerb(toks[j+1]) {
		return true // "An independent group, the Public Assembly Archive, estimated"
	}
	if j < len(toks) && toks[j].Text == "," {
		end := slices.IndexFunc(toks[j+1:min(len(toks), j+1+maxAppositive)], func(t segment.Token) bool { return t.Text == "," })
		if end < 0 {
			return false
		}
		j += end + 2
	}
	if j+2 < len(toks) && toks[j].Lower == "on" && segment.StartsUpper(toks[j+1].Text) {
		j += 2 // "Rishi Sunak on Wednesday called"
	}
	return j < len(toks) && pastVerb(toks[j])
}

// pastVerb reports whether t is a verb in the past, or one of pastVerbs.
func pastVerb(t segment.Token) bool {
	return t.Kind == segment.Word && !segment.StartsUpper(t.Text) && (strings.HasSuffix(t.Lower, "ed") || pastVerbs[t.Lower])
}

// pastVerbs are what a source does that does not end in "ed": pasts ("found",
// "said") and a few presents of saying ("says", "tells", "writes").
var pastVerbs = map[string]bool{"found": true, "said": true, "told": true, "wrote": true, "gave": true, "made": true,
	"took": true, "put": true, "spoke": true, "says": true, "tells": true, "writes": true, "claims": true, "warns": true,
	"confirms": true, "denies": true, "announces": true}

// attributedIn reports whether one of qs attributes words that overlap text,
// or a statement that does (see statement): then the statement is attributed
// on that side too, only not paired.
func (w pairWords) attributedIn(qs []quotes.Quote, text string) bool {
	for _, q := range qs {
		if q.Attribution.Found() && w.overlap(statement(q), text) >= minQuotePairing {
			return true
		}
	}
	return false
}

// quoteIndex finds the quotes that lie in given sentences, a quotation over
// several sentences in each of them.
type quoteIndex map[int][]quotes.Quote

func newQuoteIndex(qs []quotes.Quote) quoteIndex {
	x := quoteIndex{}
	for _, q := range qs {
		for k := q.Sentence; k <= max(q.Sentence, q.LastSentence); k++ {
			x[k] = append(x[k], q)
		}
	}
	return x
}

// in returns the quotes that lie in the sentences idx, each once, in order.
func (x quoteIndex) in(idx []int) []quotes.Quote {
	var out []quotes.Quote
	for _, k := range idx {
		for _, q := range x[k] {
			if !slices.ContainsFunc(out, func(o quotes.Quote) bool { return o.Start == q.Start }) {
				out = append(out, q)
			}
		}
	}
	return out
}

// pairQuote returns the index of the quote in rq that states the same as l, or -1.
// When each side holds one statement, they pair whatever their words.
func (w pairWords) pairQuote(l quotes.Quote, rq []quotes.Quote, used map[int]bool, only, whole bool) int {
	// A quotation and its paraphrase in reported speech pair by their words.
	best := closestQuote(rq, used, whole, func(r quotes.Quote) float64 { return w.overlap(l.Text, r.Text) })
	if best < 0 && only && len(rq) == 1 && rq[0].Direct == l.Direct {
		return 0
	}
	return best
}

// pairStatement returns the index of the quote of rq, not used, that states
// what l does, one of them words quoted inside a reported statement (see
// quotes.Quote.Statement), or -1; whole is as for pairQuote.
func (w pairWords) pairStatement(l quotes.Quote, rq []quotes.Quote, used map[int]bool, whole bool) int {
	return closestQuote(rq, used, whole, func(r quotes.Quote) float64 {
		if l.Statement == "" && r.Statement == "" {
			return 0 // two quotations that are their statements pair by their words alone
		}
		return w.overlap(statement(l), statement(r))
	})
}

// closestQuote returns the index of the quote of rq, not used, of the
// highest overlap, at least minQuotePairing (minPartialQuotePairing where the
// alignment is not whole), or -1.
func closestQuote(rq []quotes.Quote, used map[int]bool, whole bool, overlap func(quotes.Quote) float64) int {
	best, bestSim := -1, minQuotePairing
	if !whole {
		bestSim = minPartialQuotePairing
	}
	for k, r := range rq {
		if used[k] {
			continue
		}
		if sim := overlap(r); sim >= bestSim {
			best, bestSim = k, sim
		}
	}
	return best
}

// statement returns what q states: the reported statement its words are
// quoted in, or its own words.
func statement(q quotes.Quote) string {
	if q.Statement != "" {
		return q.Statement
	}
	return q.Text
}

// minClaimPairing is the word overlap at which the one statement each of two
// partly aligned sentences credits is taken for one claim, and
// minClaimWords the fewest words besides figures they must share, or half
// of the shorter's ("the commander had survived the attack" / "Shukr had
// survived").
const (
	minClaimPairing = 0.3
	minClaimWords   = 2
)

// oneClaim reports whether statements l and r, each the one statement its
// sentences credit, are one claim: both credited, quoted or reported,
// sharing minClaimPairing of their words and minClaimWords words
// that are no figures (half the shorter's, if fewer). A toll and a year in
// common ("more than 300,000 lives since 2011") are background a statement
// on something else may repeat.
func (w pairWords) oneClaim(l, r quotes.Quote) bool {
	if !l.Attribution.Found() || !r.Attribution.Found() || w.overlap(l.Text, r.Text) < minClaimPairing {
		return false
	}
	lw, rw, shared := w.words(l.Text), w.words(r.Text), 0
	for _, x := range lw {
		if slices.Contains(rw, x) && strings.IndexFunc(x, unicode.IsLetter) >= 0 {
			shared++
		}
	}
	return shared >= min(minClaimWords, (min(len(lw), len(rw))+1)/2)
}

// sameThing reports whether l and r, statements of sentences linked for what
// they share, both credit someone and name one name: a capitalised word past
// their first.
func sameThing(l, r quotes.Quote) bool {
	if !l.Attribution.Found() || !r.Attribution.Found() {
		return false
	}
	lw, rw := strings.Fields(l.Text), strings.Fields(r.Text)
	for k, x := range lw {
		x = strings.TrimFunc(x, unicode.IsPunct)
		if k > 0 && segment.StartsUpper(x) && slices.ContainsFunc(rw[min(1, len(rw)):], func(y string) bool { return strings.TrimFunc(y, unicode.IsPunct) == x }) {
			return true
		}
	}
	return false
}

// sameChange reports whether difference d already reports changes between the
// speakers of l and r: the speaker going on ("..., adding: ...", "... and
// said ...") after the words the same pair of attributions credited first,
// with no change of its own (the same cue, or the same change of cue).
func sameChange(d Difference, l, r quotes.Attribution, changes []AttributionChange) bool {
	a := d.Attribution
	return a != nil && a.Left != nil && a.Right != nil && a.Left.Speaker == l.Speaker && a.Right.Speaker == r.Speaker &&
		!slices.ContainsFunc(changes, func(c AttributionChange) bool { return !slices.Contains(a.Changes, c) })
}

// sameSpeaker returns the index of the first quote of rq, not used, whose
// speaker has the head word of l's ("the official" / "U.S. officials"), or -1.
func sameSpeaker(l quotes.Quote, rq []quotes.Quote, used map[int]bool) int {
	if !l.Attribution.Found() || l.Attribution.Speaker == "" || pronouns.Has(l.Attribution.Speaker) {
		return -1
	}
	head := headWord(l.Attribution.Speaker)
	for k, r := range rq {
		if !used[k] && r.Attribution.Found() && r.Attribution.Speaker != "" &&
			(headWord(r.Attribution.Speaker) == head || speaksFor(r.Attribution.Speaker, head) || speaksFor(l.Attribution.Speaker, headWord(r.Attribution.Speaker))) {
			return k
		}
	}
	return -1
}

// speaksFor reports whether speaker is the office or the people of the one
// whose head word is head: "Netanyahu's office" for "Israeli Prime Minister
// Benjamin Netanyahu", "Trump's lawyers" for "Trump".
func speaksFor(speaker, head string) bool {
	owner, rest, ok := strings.Cut(speaker, " ")
	if !ok || head == "" {
		return false
	}
	if !strings.HasSuffix(strings.ToLower(segment.Fold(owner)), "'s") || headWord(owner) != head {
		return false
	}
	kind, _, _ := strings.Cut(rest, " ")
	return staffNouns[strings.ToLower(kind)]
}

// staffNouns name those who speak for someone.
var staffNouns = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aides": true, "aide": true, "team": true, "campaign": true, "lawyer": true, "lawyers": true, "attorney": true,
	"attorneys": true, "representative": true, "representatives": true, "press": true}

// overlap is the share of the shorter text's words that the other has.
func (w pairWords) overlap(a, b string) float64 {
	aw := w.words(a)
	if a == b { // the same quotation on both sides: the common case, and a quick one
		return float64(min(len(aw), 1))
	}
	bw := w.words(b)
	if len(aw) == 0 || len(bw) == 0 {
		return 0
	}
	return float64(inBoth(aw, bw)) / float64(min(len(aw), len(bw)))
}

// compareAttributions lists the parts of two attributions that differ.
func (w pairWords) compareAttributions(l, r quotes.Attribution) []AttributionChange {
	switch {
	case !l.Found() && !r.Found():
		return nil
	case !l.Found() || !r.Found():
		return []AttributionChange{OneSided}
	}
	var out []AttributionChange
	cl, cr := channel(l), channel(r)
	// "Spanish media reported" / "according to reports in Spain": the press
	// on both sides, no outlet named; only how it is credited may differ.
	press := pressReport(l) && pressReport(r)
	if c := w.compareSpeakers(l, r); c != 0 && !statementOf(l, cr) && !statementOf(r, cl) && !press {
		out = append(out, c)
	}
	sameWay := toldOutlet(l, r) || cl != "" && cl == cr || toldGathering(l, r) || toldGathering(r, l)
	// "said in a statement" / "said on Telegram": one cue, two channels.
	otherChannel := cl != "" && cr != "" && cl != cr
	if !sameCue(l.Cue, r.Cue) && !sameWay || !strings.EqualFold(l.Hedge, r.Hedge) || otherChannel {
		out = append(out, CueChanged)
	}
	if !sameOutlet(l.Intermediary, r.Intermediary) && !documentSaidIn(l, r) && !documentSaidIn(r, l) && !press {
		out = append(out, IntermediaryChanged)
	}
	return out
}

// pressReport reports whether a credits the press without naming an outlet,
// as its speaker or as its intermediary: "Spanish media reported",
// "according to reports", "according to local media reports".
func pressReport(a quotes.Attribution) bool {
	switch {
	case a.Speaker == "" && a.Intermediary != "":
		return unnamedPress(a.Intermediary)
	case a.Intermediary == "" && a.Speaker != "":
		return unnamedPress(a.Speaker)
	}
	return false
}

// unnamedPress reports whether s is the press named by a word for it, with
// no word before but lower-case ones and a people's or a place's name:
// "media reports", "Spanish media", "the local press"; "Bloomberg reports"
// names an outlet.
func unnamedPress(s string) bool {
	s = strings.TrimSpace(s)
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if !slices.ContainsFunc(pressWords, func(w string) bool { return strings.EqualFold(w, last) }) {
		return false // most speakers: read without splitting them into words
	}
	words := strings.Fields(segment.Fold(s))
	for _, w := range words[:max(len(words)-1, 0)] {
		if segment.StartsUpper(w) && lexicon.PlaceOf(strings.ToLower(w)) == "" && !strings.EqualFold(w, "the") {
			return false
		}
	}
	return true
}

// pressWords name the press, or what it put out, without naming an outlet.
var pressWords = []string{"media", "press", "reports", "report"}

// statementOf reports whether a credits a statement itself ("the statement
// said") where the other attribution, put out by the channel other, says
// its speaker made one ("the company said in a statement"): one source.
func statementOf(a quotes.Attribution, other string) bool {
	return other == "statement" && quotes.DocumentOf(a.Speaker) == "statement"
}

// documentSaidIn reports whether a's words came through a document that b
// gives as where they were said: "according to the filing" and "said in the
// filing".
func documentSaidIn(a, b quotes.Attribution) bool {
	if b.Intermediary != "" || b.Setting == "" {
		return false
	}
	doc := quotes.DocumentOf(a.Intermediary)
	return doc != "" && slices.Contains(strings.Fields(strings.ToLower(b.Setting)), doc)
}

// oneSource reports whether attributions l and r credit one source, named
// alike or described otherwise ("the National Highway Traffic Safety
// Administration" / "the U.S. National Highway Traffic Safety
// Administration").
func (w pairWords) oneSource(l, r quotes.Attribution) bool {
	return w.compareSpeakers(l, r) != SpeakerChanged
}

// compareSpeakers says whether two speakers are the same, the same source described
// differently, or different people. The same pronoun on both sides ("he said" after
// the same quote) is the same speaker.
func (w pairWords) compareSpeakers(l, r quotes.Attribution) AttributionChange {
	if strings.EqualFold(asWritten(l), asWritten(r)) && (l.SpeakerAsWritten != "" || r.SpeakerAsWritten != "") {
		// The same pronoun on both sides, resolved or not: "he said" after a
		// quotation each article places after another speaker.
		return 0
	}
	if pronouns.Has(l.Speaker) != pronouns.Has(r.Speaker) {
		// "they reported", a pronoun the article left unresolved, against
		// "the researchers said": who "they" are, the sentence before says
		// ("Researchers at the University of Sydney analyzed 57 studies").
		return 0
	}
	lw, rw := withoutStatement(w.speaker(l.Speaker)), withoutStatement(w.speaker(r.Speaker))
	if (l.SpeakerAsWritten != "" || r.SpeakerAsWritten != "") && len(lw) > 0 && len(rw) > 0 && lw[len(lw)-1] == rw[len(rw)-1] ||
		namesAgain(l, rw) || namesAgain(r, lw) {
		// "he said" resolved to "LeBron James" against "James said", "Quintana
		// said" resolved to "lead author Elisa Quintana of the SETI Institute"
		// against "said Elisa Quintana": the same person, named as far as
		// each side needed.
		return 0
	}
	if lm, ok := anonymousSource(lw); ok {
		if rm, ok := anonymousSource(rw); ok && lm == rm && slices.Equal(namesIn(l.Speaker), namesIn(r.Speaker)) {
			// "a source familiar with the matter" and "a person familiar
			// with the talks": one unnamed source, described alike. Close to
			// someone else ("the Duke of Sussex" / "the Duke of York"), it
			// is another.
			return 0
		}
	}
	lw, rw = withoutGloss(lw), withoutGloss(rw)
	lw, rw = contractAcronyms(lw, rw), contractAcronyms(rw, lw)
	lw, rw = bossAs(lw, rw), bossAs(rw, lw)
	lw, rw = oneTitle(lw), oneTitle(rw)
	rw = respell(rw, lw)
	if w.left.namedInFull(lw, rw) || w.right.namedInFull(rw, lw) {
		return 0 // a second reference by surname, the person named in full elsewhere
	}
	if w.oneBody(lw, rw) {
		return 0 // "Real" / "Madrid": one body, called by either word of its name
	}
	if w.left.namedByKind(lw, rw) || w.right.namedByKind(rw, lw) {
		return 0 // "the academy", the body named in full elsewhere
	}
	if w.left.shortFormOf(l.Speaker, r.Speaker, lw, rw) || w.right.shortFormOf(r.Speaker, l.Speaker, rw, lw) {
		return 0 // "the electoral bureau", the other's "Central Electoral Bureau"
	}
	switch {
	case slices.Equal(lw, rw) || sameLetters(lw, rw): // speakerWords holds no word with a space
		if !sameDescription(w.speaker(setOff(l)), w.speaker(setOff(r))) {
			// "Stefo, deputy head of the Coalition, told AFP" and "Stefo, a
			// senior member of the Coalition, told AFP".
			return SpeakerDescriptionChanged
		}
		return 0
	case len(lw) == 0 || len(rw) == 0:
		return SpeakerChanged
	case subset(lw, rw) && subset(rw, w.speaker(l.Text)) || subset(rw, lw) && subset(lw, w.speaker(r.Text)):
		// The words one speaker adds stand in the other's attribution, set off:
		// "US officials, travelling with Kerry, say" and "U.S. officials
		// travelling with Kerry said".
		return 0
	case slices.ContainsFunc(lw, func(x string) bool { return quotes.IsStudyNoun(x) && slices.Contains(rw, x) }) && !namesApart(l.Speaker, r.Speaker):
		// "official data showed" and "Data released on Monday showed": one
		// body of data, whatever else each says of it, unless each names
		// whose ("flight tracking data from FlightRadar24" / "data from the
		// flight-tracking site FlightAware").
		return 0
	case (subset(lw, rw) || subset(rw, lw)) && onlyKindWords(lw, rw):
		// A body named with the word for its kind and without: "the Labour
		// Party" and "Labour", "Acme Corp" and "Acme".
		return 0
	case (subset(lw, rw) || subset(rw, lw)) && endsInFullName(l.Speaker) && endsInFullName(r.Speaker) && onlyPlaces(lw, rw):
		// "U.S. Secretary of State Antony Blinken" and "Secretary of State
		// Antony Blinken": one person named in full, the country added.
		return 0
	case subset(lw, rw) || subset(rw, lw):
		// One side adds words to the other: "a senior State Department official"
		// and "a senior U.S. State Department official"; "Lavrov" and "Sergei
		// Lavrov"; "the Turkish president" and "Turkish President Recep Tayyip
		// Erdogan". A "Pentagon official" is someone else than a "State Department
		// official": neither holds the other.
		return SpeakerDescriptionChanged
	case sameFullName(l.Speaker, r.Speaker):
		// "FAA Administrator Mike Whitaker" and "agency chief Mike
		// Whitaker": one person, described in other words.
		return SpeakerDescriptionChanged
	case calledCompany(l.Speaker) && calledCompany(r.Speaker):
		// "the company" and "the drugmaker": one company the sentences
		// name, called by two words for its kind.
		return 0
	case describesBody(l.Speaker) && w.isBody(r.Speaker) || describesBody(r.Speaker) && w.isBody(l.Speaker):
		// "Kenya Airways said" and "the carrier said": one side names the
		// body, the other calls it by its kind, as a second reference does.
		return SpeakerDescriptionChanged
	}
	return SpeakerChanged
}

// onlyKindWords reports whether the words one of a and b adds to the other
// all say what kind of body it is: "party", "agency" ("the state's civil
// defense agency" / "the state's civil defense") and the kindSuffixes.
func onlyKindWords(a, b []string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	added := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			continue
		}
		if w != "party" && w != "agency" && !kindSuffixes[w] {
			return false
		}
		added++
	}
	return added > 0
}

// anonymousSource reports whether the speaker's words describe an unnamed
// source by what it knows ("a source familiar with the matter", "people close
// to the talks"), and whether it is several.
func anonymousSource(ws []string) (many, ok bool) {
	for k := 1; k+1 < len(ws); k++ {
		if (ws[k] == "familiar" || ws[k] == "close") && (ws[k+1] == "with" || ws[k+1] == "to") {
			switch ws[k-1] {
			case "source", "person", "insider":
				return false, true
			case "sources", "people", "insiders":
				return true, true
			}
		}
	}
	return false, false
}

// namesIn returns the capitalised words of phrase after its first, in order.
func namesIn(phrase string) []string {
	words := strings.Fields(phrase)
	var out []string
	for _, w := range words[min(1, len(words)):] {
		if segment.StartsUpper(w) {
			out = append(out, w)
		}
	}
	return out
}

// namesApart reports whether two phrases each name someone, and not the same.
func namesApart(a, b string) bool {
	na, nb := namesIn(a), namesIn(b)
	return len(na) > 0 && len(nb) > 0 && !slices.Equal(na, nb)
}

// headTitles are the titles of whoever runs a company, a team or a body, each
// of which the press may write as "boss".
var headTitles = map[string]int{"manager": 1, "coach": 1, "chairman": 1, "chairwoman": 1, "director": 1,
	"head": 1, "chief executive": 2, "managing director": 2, "general secretary": 2, "president": 1}

// bossAs returns a with its "boss" written as the head's title b gives in its
// place ("Broadcom boss Hock Tan" / "Broadcom chief executive Hock Tan",
// "Arsenal boss Mikel Arteta" / "Arsenal manager Mikel Arteta"), or a as it is.
func bossAs(a, b []string) []string {
	k := slices.Index(a, "boss")
	if k < 0 || slices.Contains(b, "boss") {
		return a
	}
	for i := range b {
		for _, n := range []int{2, 1} {
			if i+n <= len(b) && headTitles[strings.Join(b[i:i+n], " ")] == n {
				return slices.Concat(a[:k], b[i:i+n], a[k+1:])
			}
		}
	}
	return a
}

// titleVariants are the titles two reports write for one role, to the one
// that stands for both: a side's team "coach" is the other's "manager", a
// body's "head" its "chief", unnamed "authorities" its "officials".
var titleVariants = map[string]string{"coach": "manager", "head": "chief", "authorities": "officials"}

// oneTitle returns words with every title of titleVariants written as the one
// that stands for it, in a copy; words as they are when none is.
func oneTitle(words []string) []string {
	if !slices.ContainsFunc(words, func(w string) bool { return titleVariants[w] != "" }) {
		return words
	}
	out := slices.Clone(words)
	for k, w := range out {
		if v := titleVariants[w]; v != "" {
			out[k] = v
		}
	}
	return out
}

// settingOpeners open a phrase of where or when set off after a speaker.
var settingOpeners = map[string]bool{"in": true, "at": true, "on": true, "during": true, "after": true,
	"before": true, "from": true, "via": true, "through": true}

// posturePrepositions follow a participle that says how a speaker stood or
// with whom ("seated with", "flanked by", "dressed in"), where a participle
// before a noun describes ("retired general").
var posturePrepositions = map[string]bool{"with": true, "by": true, "in": true, "at": true, "beside": true, "alongside": true, "behind": true}

// afterSpeaker returns what follows speaker at the start of text, both
// folded, where a hyphen that ended a line in text, now a hyphen and
// spaces, is read as the speaker's name writes it: kept ("Carine
// Durrieu-\nDiebolt") or dropped with the break ("offi-\ncials").
func afterSpeaker(text, speaker string) (string, bool) {
	i, j := 0, 0
	for j < len(speaker) {
		if i >= len(text) {
			return "", false
		}
		if text[i] == '-' && i+1 < len(text) && text[i+1] == ' ' && !strings.HasPrefix(speaker[j:], "- ") {
			k := i + 1
			for k < len(text) && text[k] == ' ' {
				k++
			}
			if speaker[j] == '-' {
				j++
			}
			i = k
			continue
		}
		if text[i] != speaker[j] {
			return "", false
		}
		i, j = i+1, j+1
	}
	return text[i:], true
}

// setOff returns the description set off by commas after the speaker that
// opens an attribution ("deputy head of the Coalition" in "Stefo, deputy head
// of the Coalition, told AFP"), or "".
func setOff(a quotes.Attribution) string {
	// Read folded, as on one line, its spaces plain and nothing invisible:
	// "the charity's\ndirector general, Pierre Martin,", "Ghosn,
	// who\u00a0fled Japan, said", "The national wea\u00adther service".
	text, speaker := segment.Fold(a.Text), segment.Fold(a.Speaker)
	// After its cue, a speaker's description runs to the phrase's end:
	// "said Naresh Kumar, a senior scientist at the department".
	text, inverted := strings.CutPrefix(text, a.Cue+" ")
	rest, ok := afterSpeaker(text, speaker)
	if !ok || speaker == "" || a.Cue == "" && inverted {
		return ""
	}
	rest, ok = strings.CutPrefix(rest, ",")
	if !ok {
		return ""
	}
	description, _, ok := strings.Cut(rest, ",")
	if inverted && !ok {
		description, ok = rest, true
	}
	description = strings.TrimSpace(description)
	if !ok || isDigits(description) {
		return "" // "Kelly, 66, said": an age is a fact of the speaker, compared as one
	}
	first, after, _ := strings.Cut(description, " ")
	second, _, _ := strings.Cut(after, " ")
	if first == firstWord(a.Cue) {
		// "Iran's top negotiator, Ali Bagheri Kani, said after the meeting
		// that ...": the speaker holds its description, and the cue follows.
		return ""
	}
	if strings.HasSuffix(first, "ing") || first == "who" || first == "whose" || first == "which" || settingOpeners[first] ||
		strings.HasSuffix(first, "ed") && posturePrepositions[second] {
		// "The minister, speaking through a spokesman, said", "Modi, who
		// watched from South Africa, said", "Microsoft, which has invested
		// $13 billion in OpenAI, said", "Sotomayor, in a dissent read
		// from the bench, said", "Abdramane, seated with nine other
		// officers, said": how or where, not who.
		return ""
	}
	return description
}

// sameDescription reports whether two descriptions of one speaker, as words,
// say the same: the same words, or one body named in one and called by its
// kind in the other ("the FCA's joint executive director of enforcement" /
// "the regulator's joint executive director of enforcement"), or one adding
// the place the speaker works in ("head of U.S. economic research at Fitch
// Ratings in New York" / "... at Fitch Ratings").
func sameDescription(a, b []string) bool {
	if slices.Equal(a, b) || placeAfter(a, b) || placeAfter(b, a) {
		return true
	}
	k, ok := soleDifference(a, b)
	return ok && bodyNouns[a[k]] != bodyNouns[b[k]]
}

// placeAfter reports whether longer, words of a description as speakerWords
// gives them, is shorter with a place after it (its "in" left out).
func placeAfter(longer, shorter []string) bool {
	n := len(shorter)
	if len(longer) <= n || !slices.Equal(longer[:n], shorter) {
		return false
	}
	return lex.Places.Has(strings.Join(longer[n:], " "))
}

// soleDifference returns the one place where a and b, of one length,
// differ, and false when they differ in none, in several or in length.
func soleDifference(a, b []string) (int, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	differ := -1
	for k := range a {
		if a[k] != b[k] {
			if differ >= 0 {
				return 0, false
			}
			differ = k
		}
	}
	return differ, differ >= 0
}

// endsInFullName reports whether speaker ends in a name of two capitalised
// words or more ("Secretary of State Antony Blinken").
func endsInFullName(speaker string) bool {
	first, last, ok := lastTwoWords(speaker)
	return ok && segment.StartsUpper(last) && segment.StartsUpper(first)
}

// lastTwoWords returns the last two of the words of s, split as
// strings.Fields splits them, and whether s has two at least.
func lastTwoWords(s string) (first, last string, ok bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	last, s = s[i+size:], strings.TrimRightFunc(s[:i], unicode.IsSpace)
	j := strings.LastIndexFunc(s, unicode.IsSpace)
	if j < 0 {
		return s, last, s != ""
	}
	_, size = utf8.DecodeRuneInString(s[j:])
	return s[j+size:], last, true
}

// sameFullName reports whether speakers a and b both end in a person's name
// of two capitalised words or more, the same last two. A body's name ("the
// Russian Foreign Ministry") or a title ("the Japanese Prime Minister") is
// no person's: the words before it may make it another.
func sameFullName(a, b string) bool {
	if !endsInFullName(a) || !endsInFullName(b) {
		return false
	}
	first, last, _ := lastTwoWords(a)
	otherFirst, otherLast, _ := lastTwoWords(b)
	return strings.EqualFold(first, otherFirst) && strings.EqualFold(last, otherLast) &&
		!lex.OrgWords.Has(last) && !lex.Titles.Has(last) && !lex.Titles.Has(first)
}

// onlyPlaces reports whether the words one of a and b holds and the other
// does not are all places, a country's ("us", "britain") or a state's or a
// city's ("hawaii": "Hawaii Governor Josh Green" and "Gov. Josh Green"), and
// there is one at least.
func onlyPlaces(a, b []string) bool {
	n := 0
	for _, ws := range [2][2][]string{{a, b}, {b, a}} {
		for _, w := range ws[0] {
			if slices.Contains(ws[1], w) {
				continue
			}
			if lexicon.DemonymOf(w) == "" && !lex.Places.Has(w) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// namesAgain reports whether a credits someone by a surname alone, which the
// quotes stage resolved to a fuller speaker, and words, the other side's
// speaker, hold that surname.
func namesAgain(a quotes.Attribution, words []string) bool {
	surname := strings.ToLower(a.SpeakerAsWritten)
	return surname != "" && !strings.Contains(surname, " ") && !pronouns.Has(surname) && slices.Contains(words, surname)
}

// asWritten returns the speaker as the article writes it: a pronoun before
// it was resolved.
func asWritten(a quotes.Attribution) string {
	if a.SpeakerAsWritten != "" {
		return a.SpeakerAsWritten
	}
	return a.Speaker
}

// calledByKind reports whether speaker is the body named other called by its
// kind ("the automaker" for "Toyota Motor Corp"), in a text that names it
// outside the attribution too, or where either article names it as an
// organisation elsewhere ("The company said" in a report of Toyota Motor
// Corp.'s recall, against "Toyota said"; "the company said" against "Live
// Nation said" where the other report has "Shares of Live Nation"). A
// country is no body a kind calls: "the commerce ministry said" against
// "China said" names one of its bodies.
func calledByKind(speaker, other, text string, article, otherArticle saidWords) bool {
	return describesBody(speaker) && !mentions(speaker, other) && (mentions(text, other) || article.namesBody(other) || otherArticle.namesBody(other)) &&
		lexicon.DemonymOf(strings.ToLower(other)) == ""
}

// namesBody reports whether the article names as an organisation name, or a
// body whose name opens with it ("Toyota Motor Corp." for "Toyota"; not for
// "Toyota spokesman Aaron Fowles", who speaks for it). The name's article and
// initials are no part of it: "the Indian Space Research Organisation (ISRO)".
func (s saidWords) namesBody(name string) bool {
	name, _, _ = strings.Cut(strings.TrimSpace(name), " (")
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	if name == "" || len(s.bodies) == 0 {
		return false
	}
	for body := range s.bodies { // in lower case
		if len(body) >= len(name) && strings.EqualFold(body[:len(name)], name) && (len(body) == len(name) || body[len(name)] == ' ') {
			return true
		}
	}
	return false
}

// mentions reports whether text names the speaker: holds the first word of
// its name ("Toyota" of "Toyota Motor Corp").
func mentions(text, speaker string) bool {
	first := ""
	for _, t := range segment.Tokenize(speaker, 0, len(speaker)) {
		if first = nameWord(t); first != "" {
			break
		}
	}
	if first == "" {
		return false
	}
	return slices.ContainsFunc(segment.Tokenize(text, 0, len(text)), func(t segment.Token) bool { return nameWord(t) == first })
}

// describesBody reports whether a speaker is an organisation called by its
// kind: "the company", "the carrier", "the UN health agency".
func describesBody(speaker string) bool {
	// Asked of every pair of speakers: the words are read in place.
	first, last, ok := firstAndLast(speaker)
	if !ok || !strings.EqualFold(first, "the") {
		return false
	}
	return fieldCount(speaker) <= 5 && bodyNouns[strings.ToLower(strings.Trim(last, ",."))]
}

// fieldCount counts the words of s as strings.Fields splits them.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// calledCompany reports whether speaker is a company called by its kind
// alone: "the company", "the automaker".
func calledCompany(speaker string) bool {
	// Asked of every pair of speakers: a name is ruled out before any
	// copy of it is made.
	if len(speaker) < 5 || !strings.EqualFold(speaker[:4], "the ") {
		return false
	}
	return companyNouns[strings.ToLower(speaker[4:])]
}

// companyNouns are the bodyNouns that call a company by its kind, as a second
// reference to it does.
var companyNouns = map[string]bool{"company": true, "firm": true, "group": true, "carrier": true, "airline": true,
	"lender": true, "insurer": true, "retailer": true, "automaker": true, "carmaker": true, "chipmaker": true,
	"drugmaker": true, "operator": true, "utility": true, "streamer": true, "service": true, "platform": true,
	"startup": true, "steelmaker": true, "manufacturer": true, "supplier": true}

// bodyNouns are the kinds of organisation a report calls one by after naming it.
var bodyNouns = map[string]bool{"company": true, "firm": true, "carrier": true, "airline": true, "group": true,
	"bank": true, "lender": true, "insurer": true, "retailer": true, "automaker": true, "carmaker": true,
	"chipmaker": true, "drugmaker": true, "ministry": true, "agency": true, "department": true,
	"organisation": true, "organization": true, "union": true, "party": true, "club": true,
	"regulator": true, "watchdog": true, "monitor": true, "broadcaster": true, "newspaper": true,
	"operator": true, "utility": true, "university": true, "hospital": true, "team": true, "champions": true,
	"holders": true, "giant": true, "planemaker": true, "miner": true, "producer": true, "streamer": true, "service": true,
	"platform": true, "startup": true, "steelmaker": true, "manufacturer": true, "supplier": true}

// contractAcronyms returns b with every run of its words whose initials make a
// word of a replaced by that word: against "a UN spokesman", "a United Nations
// spokesman" reads "a un spokesman".
func contractAcronyms(b, a []string) []string {
	out := slices.Clone(b)
	for _, w := range a {
		n := len(w)
		if n < 2 || n > len(out) || slices.Contains(out, w) {
			continue
		}
		for i := 0; i+n <= len(out); i++ {
			if initials(out[i:i+n]) == w {
				out = slices.Replace(out, i, i+n, w)
				break
			}
		}
	}
	return out
}

// withoutGloss returns words without an acronym that follows the words it
// stands for: "the Federal Aviation Administration (FAA)" is named once.
func withoutGloss(words []string) []string {
	for i := 2; i < len(words); i++ {
		if glosses(words[i], words[:i]) {
			return slices.Delete(slices.Clone(words), i, i+1)
		}
	}
	return words
}

// maxSkippedInitials is how many words of a name its acronym may leave out:
// "the Integrated Food Security Phase Classification (IPC)" spells two of
// its five.
const maxSkippedInitials = 2

// glosses reports whether acronym stands for the words that end before it:
// their initials, or, of three letters or more, some of them from the first
// of its words to the last (IPC, Integrated Food Security Phase
// Classification).
func glosses(acronym string, before []string) bool {
	n := len(acronym)
	if n < 2 || n > len(before) {
		return false
	}
	if initials(before[len(before)-n:]) == acronym {
		return true
	}
	if n < 3 || !strings.HasPrefix(before[len(before)-1], acronym[n-1:]) {
		return false
	}
	for start := len(before) - n - 1; start >= 0 && start >= len(before)-n-maxSkippedInitials; start-- {
		if strings.HasPrefix(before[start], acronym[:1]) && subsequence(acronym, initials(before[start:])) {
			return true
		}
	}
	return false
}

// subsequence reports whether the letters of a appear in b in order.
func subsequence(a, b string) bool {
	for i := 0; i < len(b) && len(a) > 0; i++ {
		if b[i] == a[0] {
			a = a[1:]
		}
	}
	return a == ""
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w[:1])
	}
	return b.String()
}

// sameLetters reports whether words a and b, written together without their
// hyphens, are the same letters: a compound broken over a line at its hyphen
// is read closed up ("the state-\nrun Anadolu news agency" / "the
// state-run Anadolu ...").
func sameLetters(a, b []string) bool {
	i, j, x, y := 0, 0, 0, 0 // word and byte in a, in b
	for {
		for i < len(a) && (x == len(a[i]) || a[i][x] == '-') {
			if x == len(a[i]) {
				i, x = i+1, 0
			} else {
				x++
			}
		}
		for j < len(b) && (y == len(b[j]) || b[j][y] == '-') {
			if y == len(b[j]) {
				j, y = j+1, 0
			} else {
				y++
			}
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i][x] != b[j][y] {
			return false
		}
		x, y = x+1, y+1
	}
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// respelled reports whether two speakers are one only as respell makes
// them, a name in one spelled slightly differently in the other ("Kent
// Walker" / "Kent Walters"); "the defence ministry" and "the defense
// ministry" are one speaker, the spelling a word's.
func (w pairWords) respelled(l, r quotes.Attribution) bool {
	lw, rw := w.speaker(l.Speaker), w.speaker(r.Speaker)
	if len(lw) != len(rw) || slices.Equal(lw, rw) || !slices.Equal(lw, respell(rw, lw)) {
		return false
	}
	rNames := strings.Fields(r.Speaker)
	return slices.ContainsFunc(strings.Fields(l.Speaker), func(x string) bool { return segment.StartsUpper(x) && !slices.Contains(rNames, x) })
}

// speakerSpan returns the span of a's speaker as its phrase writes it, or
// none.
func speakerSpan(a quotes.Attribution) []Span {
	i := strings.Index(a.Text, a.Speaker)
	if a.Speaker == "" || i < 0 || len(a.Text) != a.End-a.Start {
		return nil
	}
	return []Span{{a.Start + i, a.Start + i + len(a.Speaker)}}
}

// respell returns b with each word that a spells slightly differently written
// as a does ("Sergei" against "Sergey"): the spelling is a fact difference of
// its own, not another speaker.
func respell(b, a []string) []string {
	out := slices.Clone(b)
	for i, w := range out {
		if len(w) < 4 || slices.Contains(a, w) {
			continue
		}
		for _, v := range a {
			if strings.TrimSuffix(w, "s") == strings.TrimSuffix(v, "s") {
				continue // "official" and "officials": one source or several, not a spelling
			}
			if len(v) >= 4 && spelling.Close(w, v, minSpellingSimilarity) {
				out[i] = v
				break
			}
		}
	}
	return out
}

func speakerWords(s string) []string {
	var out []string
	// "Frank-Walter" and "Frank Walter", "U.S." and "US" are one name; the
	// commas of an apposition ("the chief executive, Sergey Ivanov") no part.
	for _, w := range strings.Fields(strings.ReplaceAll(strings.ToLower(segment.Fold(s)), "-", " ")) {
		w = strings.Trim(strings.ReplaceAll(w, ".", ""), ",;:()")
		if w == "" {
			continue
		}
		if full, ok := titleAbbreviations[w]; ok {
			w = full // "Sen. John Thune" and "Senator John Thune"
		}
		// "Denmark's climate minister" and "Danish climate minister".
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w == "" {
			continue // a quotation mark standing alone
		}
		if place := lexicon.PlaceOf(w); place != "" {
			w = place
		}
		if w == "ceo" {
			out = append(out, "chief", "executive")
			continue
		}
		if w == "officer" && len(out) >= 2 && out[len(out)-2] == "chief" && out[len(out)-1] == "executive" {
			continue // "chief executive officer" is the "chief executive"
		}
		if syn, ok := synonyms[w]; ok {
			w = syn // "the inquiry" and "the investigation"
		}
		if !speakerFillers[w] {
			out = append(out, w)
		}
	}
	// A middle initial, between two words of a name, is no part of who it is:
	// "Philip R. Sellinger" is "Philip Sellinger".
	for k := len(out) - 2; k >= 1; k-- {
		if len(out[k]) == 1 {
			out = slices.Delete(out, k, k+1)
		}
	}
	return out
}

// titleAbbreviations are titles written short before a name.
var titleAbbreviations = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
	"dr": "doctor", "prof": "professor", "pres": "president", "amb": "ambassador", "supt": "superintendent",
	"det": "detective", "insp": "inspector", "cmdr": "commander", "adm": "admiral", "maj": "major",
	"cpl": "corporal", "atty": "attorney", "cllr": "councillor", "sec": "secretary",
	// One role, whoever holds it: "agency spokesman Yusuf Latif" and "Yusuf
	// Latif, a spokesperson for the agency".
	"spokeswoman": "spokesman", "spokesperson": "spokesman", "spokespeople": "spokesmen", "spokeswomen": "spokesmen",
	// One kind of outlet: "the Handelsblatt newspaper" and "the Handelsblatt daily".
	"daily": "newspaper", "paper": "newspaper", "tabloid": "newspaper"}

// speakerFillers are the words a speaker's name can gain or lose without
// naming anyone else: articles, possessives, honorifics and the prepositions of
// a description ("its chief Tedros" and "the chief Tedros", "Mr. Kerry" and
// "Kerry", "diplomats from all sides" and "diplomats on all sides").
var speakerFillers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true, "her": true,
	"their": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"from": true, "on": true, "of": true, "for": true, "at": true, "in": true}

// sameCue reports whether two cues report alike: one verb, in any tense,
// to the same addressee however described ("told supporters" / "told cheering
// supporters").
func sameCue(a, b string) bool {
	a, b = normCue(a), normCue(b)
	if a == b {
		return true
	}
	// The same first and last words, of two words or more each, compared in
	// place.
	fa, la, okA := firstAndLast(a)
	fb, lb, okB := firstAndLast(b)
	return okA && okB && fa == fb && la == lb
}

// firstAndLast returns the first and the last of the words of s, split as
// strings.Fields splits them, and whether there are two at least.
func firstAndLast(s string) (first, last string, ok bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	j := strings.LastIndexFunc(s, unicode.IsSpace)
	_, size := utf8.DecodeRuneInString(s[j:])
	return s[:i], s[j+size:], true
}

// normCue folds tense so that "says" and "said" are one cue, and "added" is
// "said": the speaker going on ("he added" / "he said").
func normCue(c string) string {
	c = spelling.American(strings.ToLower(c)) // "criticised" and "criticized"
	if rest, ok := strings.CutPrefix(c, "was "); ok {
		c = rest // "was quoted as saying by the Nikkei" / "the Nikkei quoted him as saying"
	}
	for _, p := range [][2]string{{"says", "said"}, {"saying", "said"}, {"say", "said"}, {"tells", "told"}, {"telling", "told"}, {"tell", "told"}, {"adds", "said"}, {"adding", "said"}, {"added", "said"}} {
		if strings.HasPrefix(c, p[0]) {
			c = p[1] + strings.TrimPrefix(c, p[0])
			break
		}
	}
	if !strings.Contains(c, " ") || singleSpaced(c) && !holdsSynonym(c) {
		return c // read for every pair of attributions: most need no copy
	}
	words := strings.Fields(c)
	for k, w := range words {
		if same := synonyms[w]; same != "" {
			words[k] = same // "told parliament" and "told lawmakers": one audience
		}
	}
	return strings.Join(words, " ")
}

// singleSpaced reports whether s is words with one space between each and
// none around: as strings.Fields and strings.Join would write it.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) < 0
}

// holdsSynonym reports whether a word of s, split at single spaces, has a
// synonym.
func holdsSynonym(s string) bool {
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if synonyms[w] != "" {
			return true
		}
		s = rest
	}
	return false
}

// withoutStatement returns a speaker's words without the statement it spoke in:
// "a statement from the European Commission" is the Commission's.
func withoutStatement(ws []string) []string {
	if len(ws) > 1 && (ws[0] == "statement" || ws[0] == "statements") {
		return ws[1:] // "from" and "by" are fillers already, or not: "statement by"
	}
	return ws
}

// socialNetworks are where words are posted rather than said.
var socialNetworks = []string{"twitter", "x", "facebook", "telegram", "instagram", "threads", "bluesky", "linkedin",
	"truth social", "social media", "weibo", "youtube", "tiktok"}

// channel returns the way an attribution's words came out where its cue and
// setting name one: "posted" for words put on a social network ("tweeted",
// "wrote on X", "said in a post on Telegram", "said on Twitter"), "statement"
// for a written statement ("said in a statement", "according to a statement
// from the ministry"); "" otherwise.
func channel(a quotes.Attribution) string {
	cue, setting := normCue(a.Cue), strings.ToLower(a.Setting)
	onNetwork := strings.Contains(setting+" ", " post ") ||
		slices.ContainsFunc(socialNetworks, func(n string) bool { return strings.HasSuffix(setting, " "+n) })
	switch {
	case cue == "tweeted":
		return "posted"
	case cue == "said" && strings.Contains(setting, "statement"),
		cue == "according to" && strings.HasPrefix(strings.ToLower(a.Speaker), "a statement"),
		quotes.DocumentOf(a.Intermediary) == "statement":
		return "statement" // on a network or not: "a statement posted on Telegram"
	}
	if cue != "said" && cue != "wrote" && cue != "posted" {
		return ""
	}
	words := strings.Fields(strings.ReplaceAll(setting, "-", "")) // "e-mail" is an "email"
	for _, medium := range settingChannels {
		if slices.Contains(words, medium) {
			if medium == "letter" || medium == "memo" || (medium == "message" || medium == "email") && slices.ContainsFunc(words, noteReaders.Has) {
				return "note" // "in a letter to staff" / "in a message to employees"
			}
			return medium // "said in a video message", "said in an interview", "in a video posted to X"
		}
	}
	if onNetwork || cue == "posted" {
		return "posted"
	}
	return ""
}

// noteReaders are those a body writes to in the words news names
// interchangeably, a letter, a memo, a message or an email to them being one.
var noteReaders = lexicon.NewSet("staff", "employees", "workers", "shareholders", "investors", "members")

// settingChannels are the ways of saying something that a setting names
// besides a statement or a post: "said in a video message" is not "said in
// a statement", nor "said in an email". "video" comes before "message", of
// which it is one.
var settingChannels = []string{"video", "interview", "letter", "speech", "email", "memo", "filing", "briefing", "conference", "podcast", "message"}

// toldOutlet reports whether two attributions say alike that the words went
// to one outlet: "X told the BBC" and "Speaking to the BBC, X said".
func toldOutlet(l, r quotes.Attribution) bool {
	cues := normCue(l.Cue) + "/" + normCue(r.Cue)
	return (cues == "said/told" || cues == "told/said") && l.Intermediary != "" && sameOutlet(l.Intermediary, r.Intermediary)
}

// toldGathering reports whether a says its speaker told a gathering what b
// says the speaker said at it: "told a news conference" / "said at a press
// conference in Frankfurt".
func toldGathering(a, b quotes.Attribution) bool {
	told, ok := strings.CutPrefix(normCue(a.Cue), "told ")
	if !ok || normCue(b.Cue) != "said" || b.Setting == "" {
		return false
	}
	kind := told[strings.LastIndexByte(told, ' ')+1:]
	return gatherings.Has(kind) && slices.Contains(strings.Fields(strings.ToLower(b.Setting)), kind)
}

// gatherings are the occasions a speaker tells, as a cue's object, or
// speaks at, as its setting.
var gatherings = lexicon.NewSet("conference", "briefing", "meeting", "rally", "summit", "hearing", "forum", "event")

// sameOutlet reports whether a and b name one outlet, in full or by its
// initials ("the Financial Times" and "the FT").
func sameOutlet(a, b string) bool {
	na, nb := normOutlet(a), normOutlet(b)
	if na == nb {
		return true
	}
	wa, wb := strings.Fields(na), strings.Fields(nb)
	return len(wa) == 1 && len(wb) > 1 && initials(wb) == na || len(wb) == 1 && len(wa) > 1 && initials(wa) == nb ||
		initialsOf(na, b) || initialsOf(nb, a) || sameLetters(wa, wb)
}

// initialsOf reports whether the one word acronym is the initials of outlet,
// named in full with its kind ("KCNA" and "the official Korean Central News
// Agency", "the FT" and "the Financial Times").
func initialsOf(acronym, outlet string) bool {
	if len(acronym) < 2 || outlet == "" || strings.IndexByte(acronym, ' ') >= 0 || strings.IndexByte(outlet, ' ') < 0 {
		return false // no acronym, or no name in several words
	}
	words := strings.Fields(strings.TrimPrefix(strings.ToLower(segment.Fold(outlet)), "the "))
	for len(words) > 1 && outletDescriptors[words[0]] {
		words = words[1:]
	}
	return len(words) > 1 && initials(words) == acronym
}

// outletDescriptors are the words that may stand before an outlet's name
// and are no part of it: "the official Xinhua news agency".
var outletDescriptors = map[string]bool{"official": true, "state": true, "state-run": true, "state-owned": true,
	"state-controlled": true, "national": true}

func normOutlet(s string) string {
	s = strings.ToLower(segment.Fold(s))
	s = strings.TrimPrefix(s, "the ")
	for _, suffix := range []string{" news agency", " agency", " newspaper", " television", " tv", " radio", " broadcaster"} {
		s = strings.TrimSuffix(s, suffix)
	}
	if name, ok := quotes.NameAfterKind(s); ok {
		s = name // "state broadcaster ERT", "the state news agency IRNA"
	}
	if s == "agence france presse" || s == "agence france-presse" {
		return "afp"
	}
	return s
}

func attributionDifference(l, r quotes.Attribution, changes []AttributionChange, ai int) Difference {
	held := &heldAttributions{detail: AttributionDetail{Changes: changes}, left: l, right: r}
	d := Difference{Kind: Attribution, Alignment: ai, Attribution: &held.detail}
	if l.Found() {
		d.LeftText, d.Left = phrase(l, changes)
		d.Attribution.Left = &held.left
	}
	if r.Found() {
		d.RightText, d.Right = phrase(r, changes)
		d.Attribution.Right = &held.right
	}
	d.Summary = attributionSummary(l, r)
	return d
}

// heldAttributions holds an attribution difference's detail and the copies
// of the attributions it points at, in one allocation.
type heldAttributions struct {
	detail      AttributionDetail
	left, right quotes.Attribution
	changes     [1]AttributionChange // a one-sided difference's one change
}

// phrase is the attribution as written, or, for an attribution carried over from
// the quotation before, its parts. Of one whose speaker and cue lead the
// statement and whose outlet follows it, it is the part that changed: the
// outlet, the speaker and cue, or, when both did or the attribution is one
// side's alone, the words from the one to the other.
func phrase(a quotes.Attribution, changes []AttributionChange) (string, Span) {
	if a.Lead.Whole != "" {
		outlet := slices.Contains(changes, IntermediaryChanged)
		switch {
		case outlet && len(changes) == 1:
			return a.Text, Span{a.Start, a.End}
		case outlet || slices.Contains(changes, OneSided):
			return a.Lead.Whole, Span{a.Lead.Start, a.End}
		}
		return a.Lead.Whole[:a.Lead.End-a.Lead.Start], Span{a.Lead.Start, a.Lead.End}
	}
	if a.Text != "" {
		if part, sp, ok := changedPart(a, changes); ok {
			return part, sp
		}
		return a.Text, Span{a.Start, a.End}
	}
	return strings.TrimSpace(a.Speaker + " " + a.Cue), Span{}
}

// changedPart returns the part of attribution a, which stands around words
// not its own, that changes say changed: the speaker before them ("Modi, who
// watched the landing, said"), or the cue or outlet after them ("declared
// three days of mourning and told those affected", "according to TASS"). It
// reports false when both parts changed, or a does not stand around other
// words.
func changedPart(a quotes.Attribution, changes []AttributionChange) (string, Span, bool) {
	if a.Around.End <= a.Around.Start || len(a.Text) != a.End-a.Start || a.Around.Start < a.Start || a.Around.End > a.End || slices.Contains(changes, OneSided) {
		return "", Span{}, false
	}
	before, after := Span{a.Start, a.Around.Start}, Span{a.Around.End, a.End}
	afterText := strings.ToLower(a.Text[after.Start-a.Start:])
	in := func(part string) Span { // the part that holds part, before unless after does
		if part != "" && strings.Contains(afterText, strings.ToLower(part)) {
			return after
		}
		return before
	}
	var parts []Span
	for _, c := range changes {
		switch c {
		case SpeakerChanged, SpeakerDescriptionChanged:
			parts = append(parts, before)
		case CueChanged:
			parts = append(parts, in(firstWord(a.Cue)))
		case IntermediaryChanged:
			parts = append(parts, in(a.Intermediary))
		}
	}
	if len(parts) == 0 || slices.ContainsFunc(parts, func(p Span) bool { return p != parts[0] }) {
		return "", Span{}, false
	}
	sp := parts[0]
	text := a.Text[sp.Start-a.Start : sp.End-a.Start]
	trimmed := strings.TrimLeft(text, " ,")
	sp.Start += len(text) - len(trimmed)
	text = strings.TrimRight(trimmed, " ,")
	sp.End = sp.Start + len(text)
	return text, sp, text != ""
}

// firstWord returns the first word of s, or "".
func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}

func attributionSummary(l, r quotes.Attribution) string {
	switch {
	case !l.Found():
		return "Only the right article attributes this, to " + describe(r) + "."
	case !r.Found():
		return "Only the left article attributes this, to " + describe(l) + "."
	}
	dl, dr := describe(l), describe(r)
	if (dl == dr || channel(l) != channel(r)) && l.Setting != r.Setting {
		// Alike but for where the words came out, or the way they came out
		// changed ("in a statement" / "in an email"): say where.
		dl, dr = withSetting(dl, l), withSetting(dr, r)
	}
	return "The left article credits " + dl + "; the right credits " + dr + "."
}

// withSetting writes into the description d of attribution a, after its cue,
// where the words were said: "the army (said in a statement)".
func withSetting(d string, a quotes.Attribution) string {
	if a.Setting == "" || !strings.Contains(d, "("+a.Cue+")") {
		return d
	}
	return strings.Replace(d, "("+a.Cue+")", "("+a.Cue+" "+a.Setting+")", 1)
}

func describe(a quotes.Attribution) string {
	who, via := a.Speaker, a.Intermediary
	if who == "" {
		who, via = a.Intermediary, "" // "according to the Guardian": the outlet is the source
	}
	if who == "" {
		who = "an unnamed source"
	}
	speaker := who == a.Speaker
	who = lowerArticle(who)
	// Each part is written with its separator, or not at all, and the whole
	// joined in one expression: the summary is built once per difference.
	var desc, how, through string
	if d := setOff(a); d != "" && speaker {
		desc = ", " + d // "Stefo, deputy head of the Coalition": what the two may differ in
	}
	switch {
	case a.Hedge != "" && a.Cue != "":
		how = " (" + a.Hedge + " " + a.Cue + ")"
	case a.Hedge != "" || a.Cue != "":
		how = " (" + a.Hedge + a.Cue + ")"
	}
	if via != "" {
		through = " via " + via
	}
	return who + desc + how + through
}

// lowerArticle writes the article or possessive a source opens with in lower
// case, as it reads inside a summary: "The official added" credits "the
// official", "His lawyer said" "his lawyer".
func lowerArticle(who string) string {
	for _, a := range []string{"The ", "A ", "An ", "His ", "Her ", "Its ", "Their "} {
		if strings.HasPrefix(who, a) {
			return strings.ToLower(a) + who[len(a):]
		}
	}
	return who
}

// unalignedCredits reports the sources an article credits in sentences that no
// alignment links, where the other article neither credits nor names that
// source: the claims one report takes from "the Guardian" or "AFP news
// agency", or the quotations of a minister, that the other does not carry at
// all. A source counts as credited by its outlet, or, without one, by the head
// word of its speaker ("a senior U.S. State Department official" credits an
// "official"). Each claim is reported: a story that carries many the other
// does not is told from many sources the other does not use.
func unalignedCredits(left, right Side, alignments []align.Alignment) []Difference {
	sides := [2]Side{left, right}
	aligned := [2][]bool{make([]bool, len(left.Doc.Sentences)), make([]bool, len(right.Doc.Sentences))}
	for _, a := range alignments {
		for _, k := range a.Left {
			aligned[0][k] = true
		}
		for _, k := range a.Right {
			aligned[1][k] = true
		}
	}
	var out []Difference
	for s, side := range sides {
		other := sides[1-s]
		var seen map[string]bool
		for k, q := range side.Quotes {
			key := side.credits.keys[k]
			if key == "" || aligned[s][q.Sentence] || other.credits.sources[key] || other.names[side.credits.names[k]] || seen[q.Attribution.Text] {
				continue
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			a := q.Attribution
			seen[a.Text] = true
			held := &heldAttributions{changes: [1]AttributionChange{OneSided}} // the difference points at its own copy
			held.detail.Changes = held.changes[:]
			d := Difference{Kind: Attribution, Alignment: -1, Attribution: &held.detail}
			this, that := "left", "right"
			if s == 0 {
				d.LeftText, d.Left = phrase(a, d.Attribution.Changes)
				held.left, d.Attribution.Left = a, &held.left
			} else {
				d.RightText, d.Right = phrase(a, d.Attribution.Changes)
				held.right, d.Attribution.Right = a, &held.right
				this, that = that, this
			}
			d.Summary = "Only the " + this + " article credits " + describe(a) + ", for a claim the " + that + " article does not make."
			out = append(out, d)
		}
	}
	return out
}

// credits is who an article's attributions credit, read once per article.
type credits struct {
	keys    []string        // per quote, its sourceKey
	names   []string        // per quote, the name of its source (see nameOfSource)
	sources map[string]bool // every source credited, by sourceKey, and a relayed speaker's head word
}

func newCredits(qs []quotes.Quote) credits {
	c := credits{keys: make([]string, len(qs)), names: make([]string, len(qs)), sources: map[string]bool{}}
	for k, q := range qs {
		c.keys[k] = sourceKey(q.Attribution)
		if c.keys[k] == "" {
			continue
		}
		c.names[k] = nameOfSource(q.Attribution)
		c.sources[c.keys[k]] = true
		if q.Attribution.Intermediary != "" && q.Attribution.Speaker != "" {
			c.sources[headWord(q.Attribution.Speaker)] = true // "U.S. officials" via AFP credits officials too
		}
	}
	return c
}

// titleOfSource returns the title an attribution's speaker ends in, lower
// case ("minister" of "Germany's finance minister"), or "" for none or a
// source relayed through an outlet.
func titleOfSource(a quotes.Attribution) string {
	if a.Intermediary != "" {
		return ""
	}
	last := strings.ToLower(a.Speaker[strings.LastIndexByte(a.Speaker, ' ')+1:]) // no copy for a word in lower case
	if !titles.Has(last) {
		return ""
	}
	return last
}

// nameOfSource returns the last capitalised word of an attribution's outlet,
// or else of its speaker, as wordSet holds it ("guardian", "steinmeier"), or
// "": an article that names the source anywhere does not leave it out.
func nameOfSource(a quotes.Attribution) string {
	who := a.Intermediary
	if who == "" {
		who = a.Speaker
	}
	toks := segment.Tokenize(who, 0, len(who))
	for k := len(toks) - 1; k >= 0; k-- {
		if w := nameWord(toks[k]); w != "" {
			return w
		}
	}
	return ""
}

// sourceKey names who an attribution credits: its outlet, or its speaker's
// head word, lower case; "" for none or a pronoun left unresolved.
func sourceKey(a quotes.Attribution) string {
	switch {
	case !a.Found():
		return ""
	case a.Intermediary != "":
		return "outlet " + normOutlet(a.Intermediary)
	case a.Speaker != "" && !pronouns.Has(a.Speaker):
		return headWord(a.Speaker)
	}
	return ""
}

// headWord returns the word a speaker's name or description ends on before
// what qualifies it, folded, without a plural's s: "a senior US official
// travelling with Kerry" and "officials" are both an "official", "diplomats
// from all sides" are "diplomat", "Clemens Fuest of the Ifo institute" is
// "fuest". A name and a description set off by a comma are the name's:
// "the head of the Red Crescent, Pir Hossein Kolivand" and "Pir Hossein
// Kolivand, head of Iran's Red Crescent" are "kolivand".
func headWord(s string) string {
	if comma := strings.LastIndex(s, ", "); comma >= 0 && isName(s[comma+2:]) {
		s = s[comma+2:]
	} else if comma := strings.Index(s, ", "); comma >= 0 && isName(s[:comma]) {
		s = s[:comma]
	}
	words := strings.Fields(strings.ToLower(segment.Fold(s)))
	head := ""
	for k, w := range words {
		if k > 0 && (qualifiers[w] || strings.HasSuffix(w, "ing")) {
			break
		}
		head = strings.Trim(w, ",.")
	}
	return strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "s")
}

// isName reports whether s is two words or more, each capitalised.
func isName(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return !segment.StartsUpper(w) })
}

// qualifiers open what follows a speaker's name or description and says more of it.
var qualifiers = map[string]bool{"of": true, "for": true, "from": true, "with": true, "at": true, "in": true,
	"on": true, "to": true, "who": true, "which": true, "whose": true}

// isDigits reports whether s is a run of ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
