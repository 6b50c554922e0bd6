package align

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
	"github.com/compared/compared/internal/spelling"
)

// Weights of the kinds of term, relative to an ordinary content word.
const (
	nameWeight   = 1.5 // a capitalised word inside a sentence: a name
	numberWeight = 2.0 // numbers anchor alignment best
	prefixWeight = 0.5 // a name's first letters, so "Sergie" still meets "Sergei"
)

// commonCues are the reporting verbs that say nothing of the content wherever
// they stand. The others ("claimed", "warned", "denied") are left out only
// inside an attribution phrase: "No group has claimed responsibility" is about
// claiming.
var commonCues = map[string]bool{"say": true, "says": true, "said": true, "saying": true, "tell": true,
	"tells": true, "told": true, "telling": true, "add": true, "adds": true, "added": true, "adding": true,
	"according": true}

// namePrefixMark opens the terms of names' first letters.
const namePrefixMark = "~"

// nearShare is the weight of a value's Near term, relative to its own: little,
// as the figures differ, and what two sentences that do not share it lose is
// little too.
const nearShare = 1.0 / 8

// valueMark opens the terms of numbers and dates, so that they are never a
// word's and can be told apart (see sharedValues).
const valueMark = "\x00"

// figureMark and dateMark open the terms of numbers and of dates (a value's
// own key, not its Broader or Near one); magnitudeMark those of magnitudes
// in words, which are neither (see Value.Magnitude).
const (
	figureMark    = valueMark + "\x01"
	dateMark      = valueMark + "\x02"
	magnitudeMark = valueMark + "\x03"
)

// attributionScale scales the weight of words inside an attribution ("a senior
// official told reporters", "according to the Observatory"): who spoke says
// little about what was said, so two unrelated claims from one source must not
// pair on it, yet two reports of one claim by the same named speaker still share
// a little.
const attributionScale = 0.5

// term is one content term of a sentence with its weight.
type term struct {
	text   string
	key    uint64 // a hash of text, by which bags are sorted (see compareTerms)
	weight float64
	df     int32 // in a prepared bag, the article's sentences that hold the term
	word   int32 // the term's place in its article's vocabulary
	// credit says the term stands only in the sentence's attributions: it
	// says who spoke, not what was said.
	credit bool
	// describes says the term is a value that stands only as an age beside
	// a name (see Value.Describes): it says who someone is.
	describes bool
}

// bag is a sentence's distinct content terms, sorted by compareTerms so that
// every sum over it runs in one order and results are the same bit for bit on
// every run.
type bag []term

// compareTerms orders terms by the hash of their text, and by their text
// where two hashes are alike. Comparing two integers is what makes merging
// the bags of two articles, which alignment does for every pair it weighs,
// cheap; the text settles the rare tie, so the order is exact.
func compareTerms(x, y *term) int {
	if c := cmp.Compare(x.key, y.key); c != 0 {
		return c
	}
	return strings.Compare(x.text, y.text)
}

// compareInPlace is compareTerms written to be inlined in the merges of
// bags: only terms of one hash call for their texts to be compared.
func compareInPlace(x, y *term) int {
	if x.key < y.key {
		return -1
	}
	if x.key > y.key {
		return 1
	}
	return compareTerms(x, y)
}

// terms returns the content terms of one sentence: stemmed lower-case content
// words, numbers and dates (each value one term, however it is written) and
// names, and for names a prefix term that spelling variants share. Words inside
// attributions weigh less.
func terms(s segment.Sentence, attributions []Span, values []Value, lex *lexicon.Lexicon, stem func(string) string, synonyms map[string]string) bag {
	weights := newWeighing(len(s.Tokens), overlaps(attributions, s.Start, s.End))
	caps := allCaps(s.Tokens)                // a heading in capitals has no acronyms to tell apart
	first := segment.ListMarkerEnd(s.Tokens) // the sentence's first word, after a list item's "2."
	for k, t := range s.Tokens {
		if k < first {
			continue // the item's number: no figure of its content
		}
		scale := 1.0
		if inside(attributions, t.Start, t.End) {
			scale = attributionScale
		}
		if v, ok := valueAt(values, t.Start, t.End); ok {
			if k == 0 || s.Tokens[k-1].End <= v.Start { // the value's first word
				key := dateMark + v.Key
				switch {
				case v.Figure:
					key = figureMark + v.Key
				case v.Magnitude:
					key = magnitudeMark + v.Key
				}
				weights.describing(key, v.Describes)
				weights.put(key, numberWeight, scale)
				if v.Broader != "" {
					weights.put(valueMark+v.Broader, numberWeight/2, scale)
				}
				if v.Near != "" {
					weights.put(valueMark+v.Near, numberWeight*nearShare, scale)
				}
				if v.Weekday != "" {
					weights.put(dateMark+v.Weekday, numberWeight/2, scale)
				}
				if v.Year != "" {
					weights.put(dateMark+v.Year, numberWeight/2, scale)
				}
				if v.Rounded != "" {
					weights.put(figureMark+v.Rounded, numberWeight/2, scale)
				}
				for _, side := range v.Sides {
					if side != "" {
						weights.put(figureMark+side, numberWeight/2, scale)
					}
				}
			}
			continue // the value's other words ("billion", "per cent", "Oct.") are part of it
		}
		switch t.Kind {
		case segment.Number:
			weights.put(figureMark+strings.ReplaceAll(t.Text, ",", ""), numberWeight, scale)
		case segment.Word:
			w := strings.ReplaceAll(t.Lower, ".", "")
			if site := segment.SiteName(t.Lower); site != "" {
				w = site // "Downdetector.com" is the "Downdetector" of the other report
			}
			w = spelling.American(strings.TrimSuffix(w, "'s")) // "favourite" and "favorite" are one term
			acronym := segment.IsAcronym(t.Text) && !caps
			if !acronym && lex.StopWords.Has(w) || len(w) < 2 || (scale < 1 || commonCues[w]) && lex.ReportingVerbs.Has(w) || attributionNouns[w] {
				continue // function words, and the attribution boilerplate of news
			}
			// Names and ordinary words share one stemmed form, so that a change of
			// letter case ("Regime" / "regime") still matches; names weigh more.
			if acronym {
				// "WHO", "US" and "U.S." are names, not the words they spell,
				// and weigh as much as the initials of the names they stand
				// for (see addInitials): "US" meets "United States" in full.
				weights.put(w, nameWeight*initialsShare, scale)
				continue
			}
			if place := lexicon.PlaceOf(w); place != "" && segment.StartsUpper(t.Text) {
				w = place // "Iranian officials" and "Iran's officials": one name
			}
			st, weight := stem(w), 1.0
			if same := synonyms[st]; same != "" {
				st = same // "shares fell" and "the stock dropped": one term each
			}
			if k > first && segment.StartsUpper(t.Text) {
				weight = nameWeight
				if p, ok := prefix(w, 4); ok && len(w) > len(p) {
					weights.put(namePrefixMark+p, prefixWeight, scale)
				}
			}
			if commonCues[w] {
				// "according to the Copernicus service" and "according to
				// the California Department of Forestry": the word names no
				// source two attributions could share.
				weights.putUncredited(st, weight, scale)
				continue
			}
			weights.put(st, weight, scale)
		}
	}
	if !caps {
		addInitials(weights, s.Tokens, first, attributions, lex)
	}
	b := make(bag, 0, len(weights.w))
	for t, w := range weights.w {
		b = append(b, term{text: t, key: addHash(hashOffset, t), weight: w, credit: weights.credited(t), describes: weights.describes[t]})
	}
	slices.SortFunc(b, func(x, y term) int { return compareTerms(&x, &y) })
	return b
}

// weighing gathers a sentence's terms: each term's largest weight, and the
// terms found outside its attributions.
type weighing struct {
	w       map[string]float64
	outside map[string]bool
	// describes holds the values that stand only as ages beside names, and
	// those found otherwise too as false; nil where a sentence has no such
	// age.
	describes map[string]bool
}

// newWeighing returns a weighing for a sentence of n tokens; attributed says
// whether any of them lies in an attribution. Most sentences have none, and
// every term of theirs is found outside one.
func newWeighing(n int, attributed bool) weighing {
	x := weighing{w: make(map[string]float64, n)}
	if attributed {
		x.outside = make(map[string]bool, n)
	}
	return x
}

// put records term t of the given kind weight, scaled by scale, which is below
// 1 inside an attribution.
func (x weighing) put(t string, weight, scale float64) {
	x.w[t] = max(x.w[t], weight*scale)
	if scale == 1 && x.outside != nil {
		x.outside[t] = true
	}
}

// describing records, before value term t is put, whether it stands there
// as an age beside a name (see Value.Describes): a term is described so
// only where it stands so wherever it is put.
func (x *weighing) describing(t string, describes bool) {
	switch {
	case describes:
		if x.describes == nil {
			x.describes = make(map[string]bool, 1)
		}
		_, before := x.w[t]
		x.describes[t] = !before || x.describes[t]
	case x.describes != nil:
		x.describes[t] = false
	}
}

// putUncredited records term t as put does, as if found outside the
// attributions too: a word of their phrasing, never a source's.
func (x weighing) putUncredited(t string, weight, scale float64) {
	x.w[t] = max(x.w[t], weight*scale)
	if x.outside != nil {
		x.outside[t] = true
	}
}

// credited reports whether term t was found only inside attributions.
func (x weighing) credited(t string) bool {
	return x.outside != nil && !x.outside[t]
}

// stemSynonyms keys lex's synonyms by their stems, to their group's stem, so
// that every form of a word takes its group's term ("wounded" and "wounding"
// are "injured").
func stemSynonyms(lex *lexicon.Lexicon, stem func(string) string) map[string]string {
	out := make(map[string]string, len(lex.Synonyms))
	for w, same := range lex.Synonyms {
		out[stem(w)] = stem(same)
	}
	return out
}

// initialsShare is the weight of a name's initials relative to a name word's.
const initialsShare = 0.5

// addInitials adds to weights the initials of each name of two words or more
// ("World Health Organization" -> "who", "United States" -> "us"), the term
// its acronym has: one report writes "the WHO", another the name in full.
// toks[first] is the sentence's first word (see terms).
func addInitials(weights weighing, toks []segment.Token, first int, attributions []Span, lex *lexicon.Lexicon) {
	var initials []byte
	words := 0
	flush := func(scale float64) {
		if words >= 2 {
			weights.put(string(initials), nameWeight*initialsShare, scale)
		}
		initials, words = initials[:0], 0
	}
	scale := 1.0
	for k, t := range toks {
		// A sentence's first word is capitalised whatever it is ("Shares of
		// Infineon fell"), as terms reads it.
		isName := k > first && t.Kind == segment.Word && segment.StartsUpper(t.Text) && !segment.IsAcronym(t.Text) && !lex.StopWords.Has(t.Lower)
		switch {
		case isName:
			if words == 0 {
				scale = 1.0
				if inside(attributions, t.Start, t.End) {
					scale = attributionScale
				}
			}
			letter, _ := utf8.DecodeRuneInString(t.Lower)
			initials = utf8.AppendRune(initials, letter)
			words++
		case words > 0 && nameJoiners[t.Lower]:
			// "Organisation of Petroleum Exporting Countries": the run goes on.
		default:
			flush(scale)
		}
	}
	flush(scale)
}

// nameJoiners may stand between the words of a name without a letter in its
// initials. "and" is not one: "France and Germany" are two names.
var nameJoiners = map[string]bool{"of": true, "for": true, "the": true}

// allCaps reports whether every word of a sentence is written in capitals.
func allCaps(toks []segment.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind != segment.Word {
			continue
		}
		if strings.ToUpper(t.Text) != t.Text {
			return false
		}
		words++
	}
	return words > 0
}

// stemCache remembers Snowball stems, which cost more than the rest of term
// extraction together. It stops growing at maxStems words: news vocabulary is
// bounded, and a full cache only means slower stemming of rare words.
type stemCache struct {
	mu    sync.RWMutex
	stems map[string]string
}

const maxStems = 200_000

func newStemCache() *stemCache {
	return &stemCache{stems: make(map[string]string)}
}

// stem returns the Snowball English stem of w.
func (c *stemCache) stem(w string) string {
	c.mu.RLock()
	st, ok := c.stems[w]
	c.mu.RUnlock()
	if ok {
		return st
	}
	st = english.Stem(w, false)
	c.mu.Lock()
	if len(c.stems) < maxStems {
		c.stems[strings.Clone(w)] = st
	}
	c.mu.Unlock()
	return st
}

// attributionNouns name the audience of reported speech; with the reporting verbs
// they make up boilerplate ("told reporters ahead of the meeting") that says
// nothing about what two sentences report.
var attributionNouns = map[string]bool{"reporters": true, "journalists": true, "reporter": true, "statement": true}

// prefix returns the first n runes of w, and false when w is shorter.
func prefix(w string, n int) (string, bool) {
	for i := range w {
		if n == 0 {
			return w[:i], true
		}
		n--
	}
	return w, n == 0
}

// entry is one distinct term of an article and the sentences that hold it.
type entry struct {
	term     term // its text and key; no weight
	postings []posting
}

// vocabulary returns an article's distinct terms, sorted as bags are, each
// with its postings, and records in every bag's term its place in the
// vocabulary and how many sentences hold it.
func vocabulary(bags []bag) []entry {
	n := 0
	for _, b := range bags {
		n += len(b)
	}
	at := make(map[string]int32, n)
	vocab := make([]entry, 0, n) // at most one entry a term, grown once
	for k, b := range bags {
		for i, t := range b {
			w, ok := at[t.text]
			if !ok {
				w = int32(len(vocab))
				at[t.text] = w
				vocab = append(vocab, entry{term: term{text: t.text, key: t.key}})
			}
			vocab[w].postings = append(vocab[w].postings, posting{sentence: k, at: i})
		}
	}
	slices.SortFunc(vocab, func(x, y entry) int { return compareTerms(&x.term, &y.term) })
	for w, e := range vocab {
		for _, p := range e.postings {
			t := &bags[p.sentence][p.at]
			t.word, t.df = int32(w), int32(len(e.postings))
		}
	}
	return vocab
}

// matchVocabularies writes into a's and b's buffers, for every term of
// each article's vocabulary, its place in the other's, or -1: one merge of
// the two sorted vocabularies, after which a term's postings in the other
// article are found without a lookup by text.
func matchVocabularies(a, b []entry, inA, inB []int32) {
	for k := range inA {
		inA[k] = -1
	}
	for k := range inB {
		inB[k] = -1
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := compareInPlace(&a[i].term, &b[j].term); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			inA[i], inB[j] = int32(j), int32(i)
			i, j = i+1, j+1
		}
	}
}

// idf is the inverse document frequency over the sentences of both articles, as
// a table by the number of sentences that hold a term: a pair's weighting then
// costs no lookup by text and no logarithm.
type idf []float64

// newIDF returns the table for a and b: idf[d] is the smoothed IDF of a term in
// d sentences. Terms in fewer sentences weigh more, and no term weighs nothing,
// so that one-sentence articles still compare.
func newIDF(a, b Prepared) idf {
	n := len(a.bags) + len(b.bags)
	x := make(idf, n+1)
	for d := range x {
		x[d] = math.Log(1 + float64(n+1)/float64(d+1))
	}
	return x
}

// weigh writes into out, as long as b, each term of b with its kind weight
// multiplied by its IDF; otherDF gives, by a term's place in its article's
// vocabulary, how many sentences of the other article hold it.
func (x idf) weigh(out, b bag, otherDF []int32) (bag, float64) {
	total := 0.0
	for k, t := range b {
		out[k] = t
		out[k].weight = t.weight * x[t.df+otherDF[t.word]]
		total += out[k].weight
	}
	return out, total
}

// shared is the weight two bags have in common: the smaller weight of each term
// both hold.
func shared(a, b bag) float64 {
	s := 0.0
	for x, y := range sharedTerms(a, b) {
		s += min(x.weight, y.weight)
	}
	return s
}

// sharedTerms yields the terms both sorted bags hold, as each holds them.
func sharedTerms(a, b bag) iter.Seq2[term, term] {
	return func(yield func(term, term) bool) {
		for i, j := 0, 0; i < len(a) && j < len(b); {
			switch c := compareInPlace(&a[i], &b[j]); {
			case c < 0:
				i++
			case c > 0:
				j++
			default:
				if !yield(a[i], b[j]) {
					return
				}
				i, j = i+1, j+1
			}
		}
	}
}

// sideScratch holds the buffers one side of a pair reuses: its weighted terms,
// and those that joining its sentences merges, scored and dropped, so one set
// of buffers a side serves a whole alignment and, pooled, the next.
type sideScratch struct {
	match  []int32   // per term of its vocabulary, the term's place in the other article's, or -1
	df     []int32   // per term of its vocabulary, the other article's sentences that hold it
	terms  bag       // every sentence's weighted terms
	bags   []bag     // per sentence, its part of terms
	totals []float64 // per sentence, its total weight
	a, b   bag       // joined sentences
}

// union is the bag of the terms of all bags, each at its largest weight, and its
// total weight. The bags are sorted, so this is a merge. The result lives in u's
// buffers until the next call.
func (u *sideScratch) union(bags []bag) (bag, float64) {
	u.a = append(u.a[:0], bags[0]...)
	for _, b := range bags[1:] {
		u.b = mergeInto(u.b[:0], u.a, b)
		u.a, u.b = u.b, u.a
	}
	total := 0.0
	for _, t := range u.a {
		total += t.weight
	}
	return u.a, total
}

// mergeInto appends to out the merge of two sorted bags, keeping the larger
// weight of a shared term.
func mergeInto(out, a, b bag) bag {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := compareInPlace(&a[i], &b[j]); {
		case c < 0:
			out = append(out, a[i])
			i++
		case c > 0:
			out = append(out, b[j])
			j++
		default:
			t := a[i]
			t.weight, t.credit, t.describes = max(a[i].weight, b[j].weight), a[i].credit && b[j].credit, a[i].describes && b[j].describes
			out = append(out, t)
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
