package diff

import (
	"context"
	"slices"
	"strings"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
)

// Side is one article's analysis: its sentences, quotes and facts. Build it
// with NewSide.
type Side struct {
	Doc        segment.Document
	Quotes     []quotes.Quote
	Facts      []facts.Fact
	direct     quotedSpans       // the direct quotations, for wording edits inside them
	entityKeys [][]string        // per fact, the keys an entity joins others' mentions under
	lookups    [][][]string      // per entity fact, its names as another side's names looks them up
	nameWords  [][]string        // per entity fact, the words of its name (see nameWords)
	names      wordSet           // the capitalised words and word pairs, to check a one-sided name
	lower      wordSet           // the words written in lower case, to check a one-sided name of one word
	quotesAt   quoteIndex        // the quotes by sentence
	factsAt    map[int][]factRef // the facts by sentence
	stated     statedIndex       // the numbers and dates, to check another article's one-sided ones
	said       saidWords         // the words of its quotations and attributions
	credits    credits           // who its attributions credit
	tallied    []string          // the sides of its tallies ("204" and "85" of "204-85"), mostly none
}

// NewSide returns the Side of one article, with what the differ looks up in it
// indexed once.
func NewSide(doc segment.Document, qs []quotes.Quote, fs []facts.Fact) Side {
	keys, lookups, words := readNames(fs)
	joinAliases(doc.Text, fs, keys)
	joinShortBodies(fs, keys)
	names, lower := newWordSets(doc)
	return Side{Doc: doc, Quotes: qs, Facts: fs, direct: newQuotedSpans(qs), entityKeys: keys, lookups: lookups, nameWords: words, names: names, lower: lower,
		quotesAt: newQuoteIndex(qs), factsAt: factsBySentence(fs), stated: newStatedIndex(fs), said: newSaidWords(qs, fs), credits: newCredits(qs),
		tallied: tallySidesOf(fs)}
}

// readNames returns, per entity fact of fs, the keys it joins other mentions
// under (entityKeys), its names as another article looks them up (nameLookups,
// with its short names) and the words of its name (nameWords). A name written
// again shares its first mention's.
func readNames(fs []facts.Fact) (keys [][]string, lookups [][][]string, words [][]string) {
	keys, lookups, words = make([][]string, len(fs)), make([][][]string, len(fs)), make([][]string, len(fs))
	first := make(map[string]int)
	for k, f := range fs {
		if !f.Type.IsEntity() {
			continue
		}
		if j, ok := first[f.Text]; ok && fs[j].Type == f.Type && fs[j].Value == f.Value && fs[j].Key == f.Key {
			keys[k], lookups[k], words[k] = keys[j], lookups[j], words[j]
			continue
		}
		first[f.Text] = k
		keys[k], lookups[k], words[k] = entityKeys(f), [][]string{nameLookups(f.Text)}, nameWords(f.Value)
		for _, short := range shortNames(f) {
			lookups[k] = append(lookups[k], nameLookups(short))
		}
		if site := segment.SiteName(f.Text); site != "" {
			lookups[k] = append(lookups[k], nameLookups(site)) // "Downdetector.com" is named by "Downdetector"
		}
	}
	return keys, lookups, words
}

// joinAliases gives each entity of fs that the article names again another
// way right after it (facts.IsAlias: "the Nationalist Party, or Kuomintang")
// the keys of both names, so that either joins the other's mentions.
func joinAliases(text string, fs []facts.Fact, keys [][]string) {
	for k := 1; k < len(fs); k++ {
		if f, g := fs[k-1], fs[k]; f.Sentence == g.Sentence && facts.IsAlias(text, f, g) {
			both := slices.Concat(keys[k-1], keys[k])
			keys[k-1], keys[k] = both, both
		}
	}
}

// joinShortBodies gives each organisation of fs named by one word the keys of
// the one organisation of several words whose first word it is, so that it
// joins that one's mentions: "the Bank" of an article that names "the Bank
// of England", which the other calls "the BoE".
func joinShortBodies(fs []facts.Fact, keys [][]string) {
	var full map[string]int // by first word: the body of several words, or -1 for two
	for j, g := range fs {
		first, _, several := strings.Cut(g.Value, " ")
		if g.Type != facts.Organization || !several {
			continue
		}
		if full == nil {
			full = make(map[string]int)
		}
		if k, ok := full[first]; !ok {
			full[first] = j
		} else if k >= 0 && fs[k].Value != g.Value {
			full[first] = -1
		}
	}
	if full == nil {
		return
	}
	for k, f := range fs {
		if f.Type != facts.Organization || strings.ContainsRune(f.Value, ' ') {
			continue
		}
		if j, ok := full[f.Value]; ok && j >= 0 {
			keys[k] = slices.Concat(keys[k], keys[j])
		}
	}
}

// Options tune the differences reported.
type Options struct {
	IgnoreMinorEdits  bool // drop wording edits of punctuation only, and of letter case only when reported
	ReportCaseChanges bool // report wording edits of letter case only, which are otherwise cosmetic
}

// Differ finds differences. It holds no per-call state, so one Differ may serve
// many goroutines.
type Differ struct {
	words wordDiffer
}

// New returns a Differ.
func New() *Differ {
	return &Differ{words: newWordDiffer()}
}

// Diff returns the differences between left and right given their alignments:
// per alignment, attribution, fact and wording differences in that order; then the
// facts only one article states, and entities named only by one side or spelled
// differently.
// It stops early with ctx's error when ctx is done.
func (d *Differ) Diff(ctx context.Context, left, right Side, alignments []align.Alignment, opts Options) ([]Difference, error) {
	var out []Difference
	usedL, usedR := make(map[factRef]bool), make(map[factRef]bool)
	ents := entityDiffs(left, right)
	replaced := map[int]bool{} // entities an alignment reports put one for another
	// Words the fact stage reports: numbers and dates always, and names spelled
	// two ways. A wording edit made only of them is not reported again.
	lf, rf := newFactIndex(left, ents.variant[0]), newFactIndex(right, ents.variant[1])
	var attrL, attrR spanSet    // attribution phrases already reported
	var relayed map[string]bool // the outlets of the attribution differences reported, folded
	type reported struct {
		summary     string
		left, right Span // zero for the summary alone
	}
	attributed := make(map[reported]bool) // the attribution differences reported, by summary and by summary and spans
	compared := make(map[string]bool)     // the fact differences reported inside alignments, by summary
	for ai, a := range alignments {
		if ai%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		ds, la, ra := d.alignmentDiffs(left, right, a, ai, left.quotesAt.in(a.Left), right.quotesAt.in(a.Right), usedL, usedR, lf.in(a.Left), rf.in(a.Right), ents, replaced, opts)
		for _, d := range ds {
			// A quotation over several sentences, and the quotations that carry its
			// attribution on, lie in several alignments: the same change of
			// attribution is reported once where one side only carries it on.
			if d.Kind == Attribution {
				carried := d.Left == (Span{}) || d.Right == (Span{})
				at, summary := reported{d.Summary, d.Left, d.Right}, reported{summary: d.Summary}
				if attributed[at] || carried && attributed[summary] {
					continue
				}
				attributed[summary], attributed[at] = true, true
				relayed = addOutlets(relayed, d.Attribution)
			}
			if d.Kind == Fact {
				// A headline and a lead that give one figure against the other
				// report's one figure ("kill at least 95" / "rises to 95", and
				// again in the leads): one difference, where it is first met.
				if compared[d.Summary] {
					continue
				}
				compared[d.Summary] = true
			}
			out = append(out, d)
		}
		attrL, attrR = append(attrL, la...), append(attrR, ra...)
	}
	out = withoutCreditsMoved(out, alignments, pairWords{left.said, right.said}.oneSource)
	credits := unalignedCredits(left, right, alignments)
	stated := oneSided(left, right, usedL, usedR)
	for k, d := range ents.diffs {
		if !replaced[ents.entityOf[k]] || d.Fact.Relation != LeftOnly && d.Fact.Relation != RightOnly {
			stated = append(stated, d)
		}
	}
	out = append(slices.Grow(out, len(credits)+len(stated)), credits...)
	for _, e := range stated {
		if e.Fact.Relation == LeftOnly && attrL.coversSpan(e.Left) || e.Fact.Relation == RightOnly && attrR.coversSpan(e.Right) {
			continue // stated only in an attribution already reported ("according to Reuters", "two sources said")
		}
		if e.Fact.Type == facts.Organization && len(relayed) > 0 && relayedNames(relayed, e.LeftText+e.RightText) {
			continue // the outlet of an attribution already reported, wherever it stands
		}
		out = append(out, e)
	}
	return out, nil
}

// withoutCreditsMoved drops the attributions one report alone gives in an
// alignment where the other report gives the same source alone in the
// alignment next to it: each report credits the source once for a passage of
// two sentences, at one or the other ("About 150 people were evacuated ...,
// the London Fire Brigade said. Ten fire engines ... were sent" / "The London
// Fire Brigade said 10 fire engines ... were called ... Some 150 people were
// evacuated").
func withoutCreditsMoved(ds []Difference, alignments []align.Alignment, oneSource func(l, r quotes.Attribution) bool) []Difference {
	dropped := map[int]bool{}
	for i, d := range ds {
		if !creditOnly(d, true) || dropped[i] {
			continue
		}
		for j, e := range ds {
			if !dropped[j] && creditOnly(e, false) && nextTo(alignments, d.Alignment, e.Alignment) &&
				oneSource(*d.Attribution.Left, *e.Attribution.Right) {
				dropped[i], dropped[j] = true, true
				break
			}
		}
	}
	if len(dropped) == 0 {
		return ds
	}
	out := ds[:0]
	for i, d := range ds {
		if !dropped[i] {
			out = append(out, d)
		}
	}
	return out
}

// creditOnly reports whether d is an attribution in an alignment that the
// left report alone gives (left), or the right alone.
func creditOnly(d Difference, left bool) bool {
	if d.Kind != Attribution || d.Attribution == nil || d.Alignment < 0 {
		return false
	}
	if left {
		return d.Attribution.Left != nil && d.Attribution.Right == nil
	}
	return d.Attribution.Left == nil && d.Attribution.Right != nil
}

// nextTo reports whether alignments a and b follow one another on both
// sides.
func nextTo(alignments []align.Alignment, a, b int) bool {
	if a < 0 || b < 0 || a >= len(alignments) || b >= len(alignments) || a == b {
		return false
	}
	x, y := alignments[a], alignments[b]
	follows := func(p, q []int) bool { return p[len(p)-1]+1 == q[0] || q[len(q)-1]+1 == p[0] }
	return follows(x.Left, y.Left) && follows(x.Right, y.Right)
}

// alignmentDiffs returns the differences inside one alignment and the spans of
// the attribution phrases whose differences it reported.
func (d *Differ) alignmentDiffs(left, right Side, a align.Alignment, ai int, lq, rq []quotes.Quote, usedL, usedR map[factRef]bool, lLocal, rLocal localFacts, ents entityReport, replaced map[int]bool, opts Options) ([]Difference, spanSet, spanSet) {
	var lText, rText string
	if len(lq)+len(rq) > 0 { // the texts are only read to place an unpaired quote
		lText, rText = sentencesText(left.Doc, a.Left), sentencesText(right.Doc, a.Right)
	}
	out, lAttr, rAttr := pairWords{left.said, right.said}.attributionDiffs(lq, rq, lText, rText, a.Kind != align.Partial, a.Overlap, ai)
	if a.Overlap {
		// Linked for a value or headline the two share, in words that differ
		// throughout: a word-by-word account would say only that every word
		// changed. Their dates are compared, and their figures that count one
		// named thing ("more than 160,000 adults" / "more than 150,000
		// adults"); other figures there may count other things ("1.27 million
		// protesters in more than 200 towns" / "1.27 million people, including
		// 57,000 in Paris").
		whole := edit{left: left.Doc.Tokens(a.Left), right: right.Doc.Tokens(a.Right)}
		lc, rc := counting(left.Facts, lLocal.values, right.Facts, rLocal.values), counting(right.Facts, rLocal.values, left.Facts, lLocal.values)
		fd, _, _ := conflicts(whole, left, right, lc, rc, ai, usedL, usedR)
		return append(out, fd...), lAttr, rAttr
	}
	out = append(out, filedApart(left, right, a, ai)...)
	whole := [2][]segment.Token{left.Doc.Tokens(a.Left), right.Doc.Tokens(a.Right)}
	edits := d.words.edits(whole[0], whole[1])
	if lg, rg := gaps(left.Doc, a.Left), gaps(right.Doc, a.Right); len(lg)+len(rg) > 0 {
		edits = splitAtGaps(edits, lg, rg)
	}
	// The facts first, each edit's and then those changed in separate edits,
	// so that no wording edit reports their words again.
	lcov := append(append(slices.Clone(lAttr), lLocal.reported...), datelines(left.Doc, a.Left)...)
	rcov := append(append(slices.Clone(rAttr), rLocal.reported...), datelines(right.Doc, a.Right)...)
	out, lcov, rcov = oneValueAcrossEdits(out, lcov, rcov, left, right, lLocal.values, rLocal.values, ai, usedL, usedR)
	for _, e := range edits {
		fd, lFact, rFact := conflicts(e, left, right, lLocal.values, rLocal.values, ai, usedL, usedR)
		out, lcov, rcov = append(out, fd...), append(lcov, lFact...), append(rcov, rFact...)
	}
	fd, lFact, rFact := conflictsAcrossEdits(edits, left, right, lLocal.values, rLocal.values, ai, usedL, usedR)
	out, lcov, rcov = append(out, fd...), append(lcov, lFact...), append(rcov, rFact...)
	covered := [2]spanSet{lcov, rcov}
	// Where the words were said, or where the one who said them works, is a
	// fact of the story, though the attribution holds it: "told reporters
	// in Berlin" / "in Geneva", "an official at the embassy in Cairo".
	aside := [2]spanSet{namesAside(lq, left.Facts, lLocal.entities), namesAside(rq, right.Facts, rLocal.entities)}
	for _, e := range edits {
		fd, lFact, rFact, ids := entityConflicts(e, left, right, lLocal, rLocal, whole, covered, aside, ents, ai)
		out, lcov, rcov = append(out, fd...), append(lcov, lFact...), append(rcov, rFact...)
		for _, id := range ids {
			replaced[id] = true
		}
	}
	var wording []Difference
	for _, e := range edits {
		switch {
		case brokenOverLines(e):
			continue // "re-\nelection" / "re-election": a line break inside a paragraph
		case ordinalRespelt(e, left, right) || ordinalRespelt(edit{left: e.right, right: e.left}, right, left):
			continue // "third" / "3rd": one place in an order, written two ways
		case renaming(e, left, right, lLocal.values, rLocal.values):
			// what a figure counts, changed: words no fact reports
		case lcov.covers(e.left) && rcov.covers(e.right):
			continue // reported as attribution or fact
		default:
			if e = (edit{left: lcov.trim(e.left), right: rcov.trim(e.right)}); len(e.left)+len(e.right) == 0 {
				continue
			}
		}
		e = withoutStops(withoutMarks(e))
		if joinsCovered(e.left, whole[0], lcov) && joinsCovered(e.right, whole[1], rcov) {
			continue // "to 2.5%" / "to 2.50% from 2.75%": a word that joins two facts, each reported
		}
		if l, r, ok := nationalityChanged(e); ok {
			if !namesBoth(whole, l, r) {
				out = append(out, nationalityDifference(l, r, left, right, ai))
			}
			continue
		}
		change := classify(e)
		if change == CaseOnly && !opts.ReportCaseChanges || opts.IgnoreMinorEdits && (change == CaseOnly || change == PunctuationOnly) {
			continue
		}
		wording = append(wording, wordingDifference(e, change, left, right, ai))
	}
	return append(out, wording...), lAttr, rAttr
}

// joinsCovered reports whether part, an edit's words of one side among toks,
// is none, or one word that joins two words cov covers, facts reported on
// their own: the "from" of "to 2.50% from 2.75%".
func joinsCovered(part, toks []segment.Token, cov spanSet) bool {
	if len(part) == 0 {
		return true
	}
	if len(part) != 1 || !glueWords[part[0].Lower] && part[0].Lower != "from" {
		return false
	}
	k := segment.IndexAt(toks, part[0].Start)
	return k > 0 && k+1 < len(toks) && cov.contains(toks[k-1]) && cov.contains(toks[k+1])
}

func wordingDifference(e edit, c Change, left, right Side, ai int) Difference {
	lt, ls := textOf(left.Doc.Text, e.left)
	rt, rs := textOf(right.Doc.Text, e.right)
	quote := left.direct.covers(ls) || right.direct.covers(rs)
	return Difference{
		Kind: Wording, LeftText: lt, RightText: rt, Left: ls, Right: rs, Alignment: ai,
		Summary: wordingSummary(c, lt, rt, quote),
		Wording: &WordingDetail{Change: c, QuoteAltered: quote},
	}
}

// factIndex finds the facts of given sentences without scanning the article.
type factIndex struct {
	facts      []facts.Fact
	variant    map[factRef]bool // mentions of an entity spelled two ways
	bySentence map[int][]factRef
}

// newFactIndex indexes side's facts for one pair, in which the facts variant are
// mentions of a name the other side spells differently.
func newFactIndex(side Side, variant map[factRef]bool) factIndex {
	return factIndex{facts: side.Facts, variant: variant, bySentence: side.factsAt}
}

// factsBySentence returns the indexes of fs by the sentence that holds them.
func factsBySentence(fs []facts.Fact) map[int][]factRef {
	out := make(map[int][]factRef)
	for k, f := range fs {
		out[f.Sentence] = append(out[f.Sentence], k)
	}
	return out
}

// localFacts are the facts of one side of one alignment.
type localFacts struct {
	values   []factRef // numbers and dates
	entities []factRef // people, places and organisations
	reported spanSet   // spans of what the fact stage reports: numbers, dates, name variants
}

// in returns the facts of the sentences idx.
func (x factIndex) in(idx []int) localFacts {
	var l localFacts
	n := 0
	for _, s := range idx {
		n += len(x.bySentence[s])
	}
	refs := make([]factRef, n) // values from the start, entities from the end
	l.reported = make([]Span, 0, n)
	values, entities := 0, n
	for _, s := range idx {
		for _, k := range x.bySentence[s] {
			f := x.facts[k]
			// The day a story was filed is no date of what it tells: the
			// other's "since December" is not a "Feb 8" changed.
			value := f.Type == facts.Number || f.Type == facts.Date && !f.Dateline
			if value {
				refs[values] = k
				values++
			}
			if f.Type.IsEntity() {
				entities--
				refs[entities] = k
			}
			if value || x.variant[k] {
				l.reported = append(l.reported, Span{f.Start, f.End})
			}
		}
	}
	l.values, l.entities = refs[:values:values], refs[entities:]
	return l
}

// counting returns the dates among refs of fs, the numbers that count a
// named thing, the years and spans of years ("between 2013 and 2019"), which
// date as a date does, and the bare numbers of the value of a counting number
// among the other side's (other, otherRefs): "the death toll rose to 95" is
// the other's "killed at least 95 people". A number the other gives to
// another precision is one figure too ("nearly 1.9 million Explorer SUVs" /
// "1,898,557 Explorer sport utility vehicles"). A tally one of whose sides the
// other counts is that count ("Lawmakers voted 190-0" / "All 190 lawmakers
// present voted").
func counting(fs []facts.Fact, refs []factRef, other []facts.Fact, otherRefs []factRef) []factRef {
	var out []factRef
	for _, k := range refs {
		f := fs[k]
		if f.Type == facts.Date || unitClass(f.Unit) != "" || isYear(f) || isYearSpan(f) ||
			f.Type == facts.Number && slices.ContainsFunc(otherRefs, func(o factRef) bool {
				g := other[o]
				return g.Type == facts.Number && (g.Value == f.Value && unitClass(g.Unit) != "" || sideOfTally(g, f) ||
					g.Unit == f.Unit && (roundsTo(f, g) || roundsTo(g, f)))
			}) {
			out = append(out, k)
		}
	}
	return out
}

// datelines returns the spans of the datelines that open the sentences idx
// ("SAN FRANCISCO (Reuters) -"): where and by whom a story was filed is no
// wording of it.
func datelines(doc segment.Document, idx []int) spanSet {
	var out spanSet
	for _, k := range idx {
		toks := doc.Sentences[k].Tokens
		if d, ok := segment.Dateline(toks); ok {
			out = append(out, Span{toks[0].Start, toks[d.Dash].End})
		}
	}
	return out
}

// namesAside returns the spans of the names among refs of fs that the
// attributions of qs hold but do not credit: no part of the speaker or the
// outlet ("Berlin" of "told reporters in Berlin", "Cairo" of "an official at
// the U.S. embassy in Cairo said").
func namesAside(qs []quotes.Quote, fs []facts.Fact, refs []factRef) spanSet {
	var out spanSet
	for _, q := range qs {
		a := q.Attribution
		for _, k := range refs {
			f := fs[k]
			if a.Start <= f.Start && f.End <= a.End && !strings.Contains(a.Speaker, f.Text) && !strings.Contains(a.Intermediary, f.Text) {
				out = append(out, Span{f.Start, f.End})
			}
		}
	}
	return out
}

// filedApart reports the dates of two datelines in one alignment that name
// different days ("BRUSSELS, Oct 16 (Reuters)" / "BRUSSELS, Oct 19
// (Reuters)"): one story filed days apart, or a date changed. A date one side
// gives more fully than the other ("Feb 8" / "Feb 8, 2024") says nothing new;
// a dateline's date is never compared with one in the story.
func filedApart(left, right Side, a align.Alignment, ai int) []Difference {
	l, lok := filedOn(left, a.Left)
	r, rok := filedOn(right, a.Right)
	if !lok || !rok || sameFigure(l, r) || compatibleDates(l, r) || compatibleDates(r, l) {
		return nil
	}
	return []Difference{valueDifference(l, r, ai)}
}

// filedOn returns the date of the first dateline among the sentences idx.
func filedOn(side Side, idx []int) (facts.Fact, bool) {
	for _, s := range idx {
		for _, k := range side.factsAt[s] {
			if f := side.Facts[k]; f.Type == facts.Date && f.Dateline {
				return f, true
			}
		}
	}
	return facts.Fact{}, false
}

// sentencesText joins the text of the sentences idx.
func sentencesText(doc segment.Document, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = doc.Sentences[i].Text
	}
	return strings.Join(parts, " ")
}

// addOutlets adds to set the outlets that attribution detail a names, folded
// (see foldedName), and returns the set.
func addOutlets(set map[string]bool, a *AttributionDetail) map[string]bool {
	if a == nil {
		return set
	}
	for _, side := range []*quotes.Attribution{a.Left, a.Right} {
		if side == nil || side.Intermediary == "" {
			continue
		}
		if set == nil {
			set = make(map[string]bool)
		}
		name := foldedName(side.Intermediary)
		set[name] = true
		set[name[strings.LastIndexByte(name, ' ')+1:]] = true // "the state news agency IRNA" names IRNA
	}
	return set
}

// relayedNames reports whether name, folded (see foldedName), is one of the
// outlets in relayed, without building the folded name: most are none.
func relayedNames(relayed map[string]bool, name string) bool {
	name = segment.Fold(name) // no copy for a name written plainly
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	return holdsFolded(relayed, name)
}

// holdsFolded reports whether set, of words in lower case, holds s in any
// case: read where folding s would build a string to look up.
func holdsFolded(set map[string]bool, s string) bool {
	for w := range set {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// foldedName folds a name for comparison: lower case, cosmetic differences and
// a leading "the" set aside.
func foldedName(s string) string {
	return strings.TrimPrefix(strings.ToLower(segment.Fold(s)), "the ")
}
