package align

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/paraphrase"
	"github.com/compared/compared/internal/segment"
)

// Kind says how closely aligned sentences match.
type Kind int

// Alignment kinds.
const (
	Identical     Kind = iota + 1 // same words once cosmetic differences are set aside
	NearIdentical                 // small edits
	Paraphrase                    // same content, reworded
	Partial                       // overlapping content
)

// Options tune alignment.
type Options struct {
	MinSimilarity float64 // lowest similarity to link two sentences; 0 means DefaultMinSimilarity
}

// DefaultMinSimilarity is the similarity below which sentences are not linked.
const DefaultMinSimilarity = 0.35

// Thresholds between alignment kinds.
const (
	nearIdenticalAt = 0.8
	// candidatesPerSentence bounds the pairs scored for each sentence.
	candidatesPerSentence = 8
	// maxPosting drops terms found in more sentences than this from the candidate
	// index: they would make the work quadratic and say little.
	maxPosting = 200
)

// Alignment links sentences of the left article to sentences of the right one.
type Alignment struct {
	Left, Right []int   // sentence indexes, ascending
	Similarity  float64 // 0..1
	Kind        Kind
	// Overlap says the sentences were linked for a value or a headline they
	// share, below the threshold their words reach: they say partly the same
	// in words that differ throughout.
	Overlap bool
}

// Aligner aligns sentences. It holds read-only word lists and a stem cache safe
// for concurrent use, so one Aligner may serve many goroutines.
type Aligner struct {
	lex      *lexicon.Lexicon
	stems    *stemCache
	synonyms map[string]string // stems of words for one thing, to their group's (see stemSynonyms)
	judge    *paraphrase.Judge // tells a paraphrase from partly shared content
	scratch  sync.Pool         // of *sideScratch, a side's buffers for one pair
}

// New returns an Aligner that uses lex.
func New(lex *lexicon.Lexicon) *Aligner {
	stems := newStemCache()
	return &Aligner{lex: lex, stems: stems, synonyms: stemSynonyms(lex, stems.stem), judge: paraphrase.New(lex, stems.stem),
		scratch: sync.Pool{New: func() any { return new(sideScratch) }}}
}

// Prepared is one article's sentences with their content terms: the part of
// alignment that does not depend on the other article, computed once and reusable
// across pairs. It is never modified after Prepare returns.
type Prepared struct {
	doc        segment.Document
	bags       []bag    // content terms per sentence, before IDF weighting
	vocab      []entry  // its distinct terms, with the sentences holding each
	quotations []Span   // direct quotations, in article order
	quoted     []quoted // their words, where they hold enough (see quotedOf)
	// quotedWords are, per sentence, the content words inside its
	// quotations (see quotedWords).
	quotedWords [][]string
	values      []Value  // numbers and dates, sorted, disjoint
	texts       []uint64 // per sentence, a hash of its folded words
	frames      []frame  // the sentences with a figure, by a hash of their words with every figure alike
	furniture   []bool   // per sentence, whether it is page furniture (segment.IsFurniture)
	filedOn     int      // the day of the year its dateline gives, or 0 (see Value.FiledOn)
	// views holds each sentence's reading for the paraphrase model, made the
	// first time the sentence alone is judged and kept for the next pair, and
	// joined those of sentences judged together: the parts of a Prepared
	// filled in after Prepare, safely from any goroutine.
	views  []atomic.Pointer[paraphrase.View]
	joined *joinedViews
}

// Prepare extracts the content terms of every sentence of doc, the words of
// its attributions weighing less and each of its numbers and dates (values)
// one term, and keeps the spans of its quotations.
func (a *Aligner) Prepare(doc segment.Document, q Quoting, values []Value) Prepared {
	values = sortedValues(values)
	bags := a.bags(doc, merged(q.Attributions), values)
	furniture := make([]bool, len(doc.Sentences))
	for k, s := range doc.Sentences {
		furniture[k] = segment.IsFurniture(s)
	}
	filedOn := 0
	if k := slices.IndexFunc(values, func(v Value) bool { return v.FiledOn > 0 }); k >= 0 {
		filedOn = values[k].FiledOn
	}
	quotations := merged(q.Quotations)
	return Prepared{doc: doc, bags: bags, vocab: vocabulary(bags), quotations: quotations, quoted: quotedOf(doc, quotations, a.lex.StopWords),
		quotedWords: quotedWords(doc, quotations, a.lex.StopWords), values: values, texts: textHashes(doc), frames: frameHashes(doc), furniture: furniture,
		filedOn: filedOn, views: make([]atomic.Pointer[paraphrase.View], len(doc.Sentences)), joined: new(joinedViews)}
}

// sortedValues returns values sorted by start, without any that overlaps the
// one before.
func sortedValues(values []Value) []Value {
	sorted := slices.Clone(values)
	slices.SortFunc(sorted, func(a, b Value) int { return a.Start - b.Start })
	out := sorted[:0]
	for _, v := range sorted {
		if len(out) == 0 || v.Start >= out[len(out)-1].End {
			out = append(out, v)
		}
	}
	return out
}

// side is one article weighted for one pair.
type side struct {
	doc         segment.Document
	values      []Value
	views       []atomic.Pointer[paraphrase.View]
	joined      *joinedViews
	quotations  []Span
	quoted      []quoted
	quotedWords [][]string
	vocab       []entry
	match       []int32   // per term of vocab, its place in the other side's, or -1
	bags        []bag     // weighted terms per sentence
	totals      []float64 // total weight per sentence
	scratch     *sideScratch
}

// Align returns the alignments of left and right, ordered by their first left
// sentence. It stops early with ctx's error when ctx is done.
func (a *Aligner) Align(ctx context.Context, left, right Prepared, opts Options) ([]Alignment, error) {
	minSim := opts.MinSimilarity
	if minSim <= 0 {
		minSim = DefaultMinSimilarity
	}
	x := newIDF(left, right)
	ls, rs := a.scratch.Get().(*sideScratch), a.scratch.Get().(*sideScratch)
	defer a.scratch.Put(ls)
	defer a.scratch.Put(rs)
	ls.match, rs.match = resize(ls.match, len(left.vocab)), resize(rs.match, len(right.vocab))
	matchVocabularies(left.vocab, right.vocab, ls.match, rs.match)
	L, R := weighAll(left, right.vocab, x, ls), weighAll(right, left.vocab, x, rs)

	pairs, err := candidates(ctx, L, R)
	if err != nil {
		return nil, err
	}
	pairs = append(pairs, sameText(pairs, left.texts, right.texts)...)
	pairs = append(pairs, sameFrame(pairs, left.frames, right.frames)...)
	links := uncrossHeadlines(match(pairs, minSim, headlineWeight(L, R, minSim)), pairs, L, R, left.furniture, right.furniture, minSim)
	groups := joinRuns(attach(groupsOf(links), pairs, L, R, minSim), pairs, L, R, minSim)
	judged := func(l, r int) float64 { return a.judge.Probability(a.view(L, []int{l}), a.view(R, []int{r})) }
	groups = between(groups, pairs, L, R, minSim, judged)
	linked := len(groups)
	if groups = anchoredLeftovers(groups, pairs, L, R, left.furniture, right.furniture, minSim, judged); len(groups) > linked {
		// Pairs linked on a shared figure below the threshold take in the
		// parts split off them too.
		groups = attach(groups, pairs, L, R, minSim)
	}
	if groups = framed(groups, pairs, L, R, minSim, judged); linked > 0 && len(groups) > linked {
		// In reports related by what they share at the threshold, the links
		// made since bound gaps of their own; in others, a weak link would
		// make weak links around it that no background is.
		groups = between(groups, pairs, L, R, minSim, judged)
	}
	groups = headlines(groups, L, R, left.furniture, right.furniture)
	groups = leads(groups, L, R, left.furniture, right.furniture, minSim)
	groups = sameSource(groups, pairs, L, R, minSim)
	groups = sameQuote(groups, L, R)
	groups = continuedQuotes(groups, L, R)
	if onlyFurniture(groups, left, right) {
		// A shared footer or share count alone does not make two articles
		// related: unrelated stories from one publisher have no alignment.
		return nil, nil
	}
	out := make([]Alignment, 0, len(groups))
	thin := make([]bool, len(groups))
	loose := make([]bool, len(groups)) // sharing a few words, no name and no figure but a year
	for k, g := range groups {
		out = append(out, a.finish(g, L, R))
		lb, _ := join(L, g.left)
		rb, _ := join(R, g.right)
		thin[k] = oneTerm(lb, rb) || noComment(L.doc, g.left) && noComment(R.doc, g.right)
		loose[k] = unanchored(lb, rb) && countShared(lb, rb, func(x, _ term) bool { return isWord(x) }) < minLooseWords
	}
	if min(len(L.bags), len(R.bags)) >= minArticle && !slices.Contains(loose, false) {
		// No link shares a name or a figure, or more than a few words:
		// what reports of two stories of one kind share ("Fed holds rates
		// steady" / "ECB cuts rates again", "The decision was unanimous." in
		// both). A long quotation both give is no chance.
		return nil, nil
	}
	if onlyBackground(out, thin, len(left.bags), len(right.bags)) || filedApart(left.filedOn, right.filedOn) && allWeak(out) {
		return nil, nil
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Left[0] < out[j].Left[0] })
	return out, nil
}

// Alignments that are all weak (below weakOverlap) and few (linking at most
// backgroundShare of either article's sentences) are background that two
// stories of one topic or trade share, not one story told twice: two meetings
// of the same envoys months apart ("envoys from the U.S. and Russia met in
// Vienna on Tuesday to bolster the ceasefire" / "envoys from the United States,
// Russia and Syria's neighbours met Saturday in Switzerland"), two companies'
// shares ("Shares of Toyota fell 1.5% in Tokyo trading" / "Shares of the
// company fell 3% in early trading").
const (
	weakOverlap     = 0.5
	backgroundShare = 0.25
)

// maxFiledApart is the most days apart two reports of one event are filed:
// a follow-up the next day or over a weekend is one story told again, while
// two rounds of the same talks months apart are two ("CAIRO, Feb 20 (Reuters)
// - Talks on a Gaza ceasefire stalled ..." / "CAIRO, May 12 (Reuters) -
// Negotiators returned to Cairo on Sunday for a fresh round of talks ...").
const maxFiledApart = 7

// filedApart reports whether two reports whose datelines give the days of
// the year a and b (0 for none) were filed more than maxFiledApart days
// apart, the year's turn taken into account.
func filedApart(a, b int) bool {
	if a == 0 || b == 0 {
		return false
	}
	d := abs(a - b)
	return min(d, 366-d) > maxFiledApart
}

// allWeak reports whether every alignment is weak (below weakOverlap): what
// reports filed far apart share when they tell two events of one story.
func allWeak(out []Alignment) bool {
	return !slices.ContainsFunc(out, func(a Alignment) bool { return a.Similarity >= weakOverlap })
}

// onlyBackground reports whether the alignments of two articles of nl and nr
// sentences are background only (see weakOverlap). An alignment whose
// sentences share one term (thin, by alignment) is weak however similar: two
// short quotations of one word in common ("It's incredible." / "... "an
// incredible season"") say nothing of two stories being one; links that are
// all so thin are background however many.
func onlyBackground(out []Alignment, thin []bool, nl, nr int) bool {
	if len(out) > 0 && !slices.Contains(thin, false) {
		// Each link one word deep ("Dutch" in two headlines, "govern" and
		// "government" in two quotations): two stories of one country.
		return true
	}
	left, right := 0, 0
	for k, a := range out {
		if thin[k] {
			continue // one word in common ("dead" / "killing" in two headlines) is no more sign of one story
		}
		if a.Similarity >= weakOverlap || a.Kind == Identical || a.Kind == NearIdentical {
			return false
		}
		left, right = left+len(a.Left), right+len(a.Right)
	}
	return len(out) > 0 && float64(left) <= backgroundShare*float64(nl) && float64(right) <= backgroundShare*float64(nr)
}

// unanchored reports whether the joined bags of a group's sentences share no
// name, number or date but a year: words alone, which a lone link between two
// short reports of two stories may share by chance ("Markets had fully priced
// in the move." / "Analysts said the move could add $10 a barrel to prices."),
// and a year, which stories of one season share ("expected to close in the
// first half of 2025" / "By 2025, 20% of the world's adults will be obese").
// Between two texts of a sentence or two, one link is all there is to find.
func unanchored(lb, rb bag) bool {
	return !sharesName(lb, rb) && countShared(lb, rb, func(x, _ term) bool { return isValue(x) && !isYear(x) }) == 0
}

// isValue reports whether t is a number's or a date's term.
func isValue(t term) bool {
	return strings.HasPrefix(t.text, figureMark) || strings.HasPrefix(t.text, dateMark)
}

// isFigure reports whether t is a number's term (see figureMark).
func isFigure(t term) bool { return strings.HasPrefix(t.text, figureMark) }

// isYear reports whether the value term t names a year alone: "2025" as a
// number or a date, or the year a date writes out.
func isYear(t term) bool {
	v := strings.TrimPrefix(strings.TrimPrefix(t.text, figureMark), dateMark)
	v = strings.TrimLeft(v, "#@")
	v = strings.TrimPrefix(v, "y")
	n, err := strconv.Atoi(v)
	return err == nil && len(v) == 4 && n >= 1800 && n < 2200
}

// noComment reports whether the sentences idx of doc only say that someone
// would not comment ("Microsoft declined to comment.", "Twitter did not
// respond to a request for comment."): the close of any story, no sign that
// two stories are one.
func noComment(doc segment.Document, idx []int) bool {
	for _, i := range idx {
		toks := doc.Sentences[i].Tokens
		if len(toks) > maxNoComment || !slices.ContainsFunc(toks, func(t segment.Token) bool { return t.Lower == "comment" }) ||
			!slices.ContainsFunc(toks, func(t segment.Token) bool { return noCommentVerbs[t.Lower] }) {
			return false
		}
	}
	return true
}

// noCommentVerbs say that someone would not comment; maxNoComment is the
// most tokens a sentence that says only that runs to.
var noCommentVerbs = map[string]bool{"declined": true, "respond": true, "reply": true, "reached": true, "refused": true}

const maxNoComment = 16

// minArticle is the fewest sentences a text has for links sharing no name
// or figure to be taken for chance (see unanchored), and minLooseWords the
// fewest words a link shares to be none of them.
const (
	minArticle    = 3
	minLooseWords = 5
)

// oneTerm reports whether the joined bags of a group's sentences share at most
// one term, a name and its first letters counting once, and a number and the
// broader and nearby values it adds (see terms) counting once: two headlines
// of four diplomats expelled and four skiers killed share one figure.
func oneTerm(lb, rb bag) bool {
	return countShared(lb, rb, func(x, _ term) bool {
		return !strings.HasPrefix(x.text, namePrefixMark) && (isValue(x) || !strings.HasPrefix(x.text, valueMark))
	}) <= 1
}

// onlyFurniture reports whether every sentence the groups link is page
// furniture on both sides.
func onlyFurniture(groups []group, left, right Prepared) bool {
	for _, g := range groups {
		for _, l := range g.left {
			if !left.furniture[l] {
				return false
			}
		}
		for _, r := range g.right {
			if !right.furniture[r] {
				return false
			}
		}
	}
	return true
}

func (a *Aligner) bags(doc segment.Document, attributions []Span, values []Value) []bag {
	out := make([]bag, len(doc.Sentences))
	for k, s := range doc.Sentences {
		out[k] = terms(s, attributions, values, a.lex, a.stems.stem, a.synonyms)
	}
	return out
}

// weighAll weighs the terms of p's sentences for one pair, in buf's buffers,
// whose match already places each term of p's vocabulary in other's, the
// other article's vocabulary, for its document frequencies.
func weighAll(p Prepared, other []entry, x idf, buf *sideScratch) side {
	n := 0
	for _, b := range p.bags {
		n += len(b)
	}
	buf.df = resize(buf.df, len(p.vocab))
	for w, o := range buf.match {
		buf.df[w] = 0
		if o >= 0 {
			buf.df[w] = int32(len(other[o].postings))
		}
	}
	buf.bags, buf.totals = resize(buf.bags, len(p.bags)), resize(buf.totals, len(p.bags))
	buf.terms = resize(buf.terms, n) // every sentence's weighted terms, one after another
	s := side{doc: p.doc, values: p.values, views: p.views, joined: p.joined, quotations: p.quotations, quoted: p.quoted, quotedWords: p.quotedWords, vocab: p.vocab,
		match: buf.match, bags: buf.bags, totals: buf.totals, scratch: buf}
	terms := buf.terms
	for k, b := range p.bags {
		s.bags[k], s.totals[k] = x.weigh(terms[:len(b):len(b)], b, buf.df)
		terms = terms[len(b):]
	}
	return s
}

// resize returns a slice of n elements, s's backing array if it holds them.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// pair is a scored candidate link.
type pair struct {
	l, r int
	sim  float64
}

// posting is one sentence that holds a term, and where the term stands in
// that sentence's bag.
type posting struct {
	sentence, at int
}

// candidates scores, for every left sentence, the right sentences that share a
// term with it, found through the right article's inverted index, and keeps the
// best few of each. The shared weight accumulates over the postings, so the cost
// follows the postings walked rather than the number of sentence pairs.
func candidates(ctx context.Context, L, R side) ([]pair, error) {
	var out []pair
	acc := make([]float64, len(R.bags))
	var touched []int
	for l, b := range L.bags {
		if l%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		touched = touched[:0]
		for _, t := range b {
			o := L.match[t.word]
			if o < 0 {
				continue // no right sentence holds it
			}
			post := R.vocab[o].postings
			if len(post) > maxPosting {
				continue
			}
			for _, p := range post {
				if acc[p.sentence] == 0 {
					touched = append(touched, p.sentence)
				}
				acc[p.sentence] += min(t.weight, R.bags[p.sentence][p.at].weight)
			}
		}
		out = appendBest(out, l, touched, acc, L, R)
	}
	return out, nil
}

// checkEvery is how many sentences pass between two looks at the context.
const checkEvery = 128

// appendBest appends to out the candidatesPerSentence best pairs of left
// sentence l among the touched right sentences, and clears their accumulators.
func appendBest(out []pair, l int, touched []int, acc []float64, L, R side) []pair {
	var buf [candidatesPerSentence + 1]pair
	top := buf[:0]
	for _, r := range touched {
		p := pair{l: l, r: r, sim: dice(acc[r], L.totals[l], R.totals[r])}
		acc[r] = 0
		if len(top) == candidatesPerSentence && !better(p, top[len(top)-1]) {
			continue
		}
		i := sort.Search(len(top), func(k int) bool { return better(p, top[k]) })
		top = slices.Insert(top, i, p)
		if len(top) > candidatesPerSentence {
			top = top[:candidatesPerSentence]
		}
	}
	return append(out, top...)
}

// sameText pairs the sentences that found no candidate with the sentences of
// the other side written the same, the i-th occurrence of a text on the left
// with its i-th on the right. Candidates come from the terms, and an article
// that repeats a paragraph hundreds of times puts every term of it over the
// posting cap: its sentences then find their copies here.
func sameText(pairs []pair, left, right []uint64) []pair {
	found := make([]bool, len(left))
	for _, p := range pairs {
		found[p.l] = true
	}
	var byText map[uint64][]int // the right sentences of each text, in order
	var out []pair
	for l, h := range left {
		if found[l] {
			continue
		}
		if byText == nil {
			byText = make(map[uint64][]int)
			for r, h := range right {
				byText[h] = append(byText[h], r)
			}
		}
		if rs := byText[h]; len(rs) > 0 {
			out = append(out, pair{l: l, r: rs[0], sim: 1})
			byText[h] = rs[1:]
		}
	}
	return out
}

// textHashes returns, per sentence of doc, a hash of its folded words and
// numbers.
func textHashes(doc segment.Document) []uint64 {
	out := make([]uint64, len(doc.Sentences))
	for k, s := range doc.Sentences {
		h := uint64(hashOffset)
		for _, t := range s.Tokens {
			h = addHash(h, t.Fold)
		}
		out[k] = h
	}
	return out
}

// The FNV-1a hash's offset basis and prime.
const hashOffset, hashPrime = 14695981039346656037, 1099511628211

// addHash adds one word to FNV-1a hash h, and a separator after it: "a b" is
// not "ab".
func addHash(h uint64, word string) uint64 {
	for i := range len(word) {
		h = (h ^ uint64(word[i])) * hashPrime
	}
	return (h ^ 0) * hashPrime
}

// sameFrame pairs the sentences written the same but for their figures, the
// i-th occurrence of a frame on the left with its i-th on the right, where
// they are no candidate pair already: "He was 54." / "He was 57." share no
// term to find each other by, or only the other's headline ("dead at 54"),
// and are one sentence with a figure changed, near-identical (smallEdit).
// Both sides' frames are sorted, so they are matched in one pass; the pairs
// already found are looked up in a set made at the first match, not searched
// for each (an article of many sentences alike but for their figures would
// make that search grow with the square of its length).
func sameFrame(pairs []pair, left, right []frame) []pair {
	var out []pair
	var found map[[2]int]bool
	for i, j := 0, 0; i < len(left) && j < len(right); {
		switch l, r := left[i], right[j]; {
		case l.hash < r.hash:
			i++
		case l.hash > r.hash:
			j++
		default:
			if found == nil {
				found = make(map[[2]int]bool, len(pairs))
				for _, p := range pairs {
					found[[2]int{p.l, p.r}] = true
				}
			}
			if !found[[2]int{l.sentence, r.sentence}] {
				out = append(out, pair{l: l.sentence, r: r.sentence, sim: smallEdit})
			}
			i, j = i+1, j+1
		}
	}
	return out
}

// frame is a sentence with a figure and the hash of its frame.
type frame struct {
	hash     uint64
	sentence int
}

// frameHashes returns the sentences of doc that hold a figure and at least
// minFrameWords words besides, each with a hash of its folded words with
// every figure written alike, sorted by hash and then by sentence.
func frameHashes(doc segment.Document) []frame {
	var out []frame
	for k, s := range doc.Sentences {
		h := uint64(hashOffset)
		figures, words := 0, 0
		for _, t := range s.Tokens {
			if t.Kind == segment.Number {
				figures++
				h = addHash(h, "#")
				continue
			}
			if t.Kind == segment.Word {
				words++
			}
			h = addHash(h, t.Fold)
		}
		if figures > 0 && words >= minFrameWords {
			out = append(out, frame{hash: h, sentence: k})
		}
	}
	slices.SortFunc(out, func(a, b frame) int {
		if a.hash != b.hash {
			return cmp.Compare(a.hash, b.hash)
		}
		return cmp.Compare(a.sentence, b.sentence)
	})
	return out
}

// minFrameWords is the fewest words besides its figures a sentence needs to
// be paired by its frame: "He was 54." is a statement, "54." none.
const minFrameWords = 2

// better orders pairs by similarity, then by position, so results are
// deterministic.
func better(a, b pair) bool {
	if a.sim != b.sim {
		return a.sim > b.sim
	}
	if a.l != b.l {
		return a.l < b.l
	}
	return a.r < b.r
}

func dice(shared, a, b float64) float64 {
	if a+b == 0 {
		return 0
	}
	return 2 * shared / (a + b)
}
