package diff

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/compared/compared/internal/segment"
)

// edit is one stretch where the token sequences differ; either side may be empty.
type edit struct {
	left, right []segment.Token
}

// span is an edit as index ranges into the two token sequences.
type span struct {
	l0, l1, r0, r1 int
}

// wordDiffer diffs token sequences word by word with go-diff: each distinct token
// becomes one rune, as go-diff's line mode does for lines.
type wordDiffer struct {
	dmp   *diffmatchpatch.DiffMatchPatch
	codes *sync.Pool // of map[string]rune, a word's code for the character diff
}

// maxPooledCodes is the most words a pooled code table may have held.
const maxPooledCodes = 512

func newWordDiffer() wordDiffer {
	dmp := diffmatchpatch.New()
	// No wall-clock deadline: the same input must always give the same diff. Input
	// size is bounded by the server's request limits.
	dmp.DiffTimeout = 0
	return wordDiffer{dmp: dmp, codes: &sync.Pool{New: func() any { return map[string]rune{} }}}
}

// edits returns the edits that turn left into right, compared on folded text so
// that cosmetic differences are no edit at all.
func (w wordDiffer) edits(left, right []segment.Token) []edit {
	codes := w.codes.Get().(map[string]rune)
	defer func() {
		// Clearing a map costs what it once held: one that a long alignment
		// grew is left to the collector rather than cleared for every pair.
		if len(codes) <= maxPooledCodes {
			clear(codes)
			w.codes.Put(codes)
		}
	}()
	runes := make([]rune, len(left)+len(right)) // both sides' codes, in one allocation
	encode := func(toks []segment.Token, out []rune) []rune {
		for k, t := range toks {
			r, ok := codes[t.Fold]
			if !ok {
				r = runeFor(len(codes))
				codes[t.Fold] = r
			}
			out[k] = r
		}
		return out
	}
	spans := w.changed(encode(left, runes[:len(left):len(left)]), encode(right, runes[len(left):]))
	spans = mergeClose(spans, left)
	moved := movedSpans(spans, left, right)
	widened := make([]span, 0, len(spans))
	for k, s := range spans {
		if moved[k] || marksAtQuote(left, s.l0, s.l1) && marksAtQuote(right, s.r0, s.r1) {
			continue // words moved, or where a quotation opens or closes: nothing said differently
		}
		widened = append(widened, widenToWords(widenPunctuation(s, left, right), left, right))
	}
	out := make([]edit, 0, len(widened))
	for k := 0; k < len(widened); {
		s, n := joinOverlapping(widened[k:])
		if n > 1 {
			s = trimEqualWords(s, left, right)
		}
		out = append(out, edit{left: left[s.l0:s.l1], right: right[s.r0:s.r1]})
		k += n
	}
	return out
}

// joinOverlapping joins the first of spans with those after it that widening
// made overlap it ("£5m" against "5 million pounds" changes in two places
// inside one word), and returns the joined span and how many it took.
func joinOverlapping(spans []span) (span, int) {
	s, n := spans[0], 1
	for ; n < len(spans) && (spans[n].l0 < s.l1 || spans[n].r0 < s.r1); n++ {
		t := spans[n]
		s.l0, s.l1 = min(s.l0, t.l0), max(s.l1, t.l1)
		s.r0, s.r1 = min(s.r0, t.r0), max(s.r1, t.r1)
	}
	return s, n
}

// trimEqualWords drops from both ends of a joined span the whole words the
// two sides share, which widening took in on one side's account: "spend £5m"
// against "spend 5 million pounds" changes the amount only.
func trimEqualWords(s span, left, right []segment.Token) span {
	for s.l0 < s.l1 && s.r0 < s.r1 && left[s.l0].Fold == right[s.r0].Fold && !gluedAt(left, s.l0) && !gluedAt(right, s.r0) {
		s.l0, s.r0 = s.l0+1, s.r0+1
	}
	for s.l0 < s.l1 && s.r0 < s.r1 && left[s.l1-1].Fold == right[s.r1-1].Fold && !gluedAt(left, s.l1-2) && !gluedAt(right, s.r1-2) {
		s.l1, s.r1 = s.l1-1, s.r1-1
	}
	return s
}

// brokenOverLines reports whether edit e is words broken over two lines at a
// hyphen on one side ("re-\nelection", read as "reelection"; "cash-and-\nstock")
// and the same words written on one line on the other: the hyphen may join a
// compound or break a word, and the tokens cannot tell which. Each side's
// tokens must stand together, without a space.
func brokenOverLines(e edit) bool {
	if len(e.left) == 0 || len(e.right) == 0 || !slices.ContainsFunc(e.left, brokenToken) && !slices.ContainsFunc(e.right, brokenToken) {
		return false
	}
	l, lok := withoutHyphens(e.left)
	r, rok := withoutHyphens(e.right)
	return lok && rok && l == r
}

// brokenToken reports whether t is a word written over a line break.
func brokenToken(t segment.Token) bool {
	return t.Kind == segment.Word && (strings.IndexByte(t.Text, '\n') >= 0 || strings.IndexByte(t.Text, '\r') >= 0)
}

// withoutHyphens returns the folded words of toks joined without their
// hyphens, and whether they stand together, without a space between.
func withoutHyphens(toks []segment.Token) (string, bool) {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && !glued(toks[k-1], t) {
			return "", false
		}
		b.WriteString(strings.ReplaceAll(t.Fold, "-", ""))
	}
	return b.String(), true
}

// gluedAt reports whether toks[k] and the token after it are written as one
// word (see glued); false where either is missing.
func gluedAt(toks []segment.Token, k int) bool {
	return k >= 0 && k+1 < len(toks) && glued(toks[k], toks[k+1])
}

// changed returns the stretches where the code sequences a and b differ. The
// common start and end are set aside first, and go-diff is asked only about
// what lies between: aligned sentences often differ in a few words, and go-diff
// spends allocations where comparing equal runes costs nothing.
func (w wordDiffer) changed(a, b []rune) []span {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	a, b = a[pre:len(a)-suf], b[pre:len(b)-suf]
	switch {
	case len(a) == 0 && len(b) == 0:
		return nil
	case len(a) == 0 || len(b) == 0:
		return []span{{l0: pre, l1: pre + len(a), r0: pre, r1: pre + len(b)}}
	}
	var spans []span
	li, ri := pre, pre
	open := false
	for _, d := range w.dmp.DiffMainRunes(a, b, false) {
		n := utf8.RuneCountInString(d.Text)
		if d.Type == diffmatchpatch.DiffEqual {
			li, ri, open = li+n, ri+n, false
			continue
		}
		if !open {
			spans = append(spans, span{l0: li, l1: li, r0: ri, r1: ri})
			open = true
		}
		cur := &spans[len(spans)-1]
		if d.Type == diffmatchpatch.DiffDelete {
			li += n
			cur.l1 = li
		} else {
			ri += n
			cur.r1 = ri
		}
	}
	return spans
}

// movedSpans finds the words one side drops in one place and adds in another,
// the same words in the same order ("signed in Vienna on May 17" and "signed on
// May 17 in Vienna"): they moved, and say nothing new.
func movedSpans(spans []span, left, right []segment.Token) map[int]bool {
	moved := map[int]bool{}
	for i, d := range spans {
		if d.r0 != d.r1 || d.l0 == d.l1 {
			continue // not a pure deletion
		}
		for j, a := range spans {
			if moved[j] || a.l0 != a.l1 || a.r0 == a.r1 {
				continue // not a pure insertion, or already matched
			}
			if sameWordsOf(left[d.l0:d.l1], right[a.r0:a.r1]) {
				moved[i], moved[j] = true, true
				break
			}
		}
	}
	return moved
}

// sameWordsOf reports whether two token runs hold the same words and numbers,
// folded, punctuation aside, and at least one.
func sameWordsOf(a, b []segment.Token) bool {
	words := func(ts []segment.Token) []string {
		var out []string
		for _, t := range ts {
			if t.Kind != segment.Punct {
				out = append(out, t.Lower)
			}
		}
		return out
	}
	wa := words(a)
	return len(wa) > 0 && slices.Equal(wa, words(b))
}

// mergeClose joins edits that only one slight token keeps apart ("increased
// recently with" and "risen in recent weeks as" around nothing but "the"), so that a
// reworded phrase is one edit rather than a scatter of single words. go-diff's
// semantic cleanup does this for characters; on words it swallows real words too.
func mergeClose(spans []span, left []segment.Token) []span {
	if len(spans) < 2 {
		return spans
	}
	out := spans[:1] // joined in place: each span written is one already read
	for _, s := range spans[1:] {
		prev := &out[len(out)-1]
		gap := s.l0 - prev.l1
		if gap == 1 && isGlue(left[prev.l1]) && changesBoth(*prev) && changesBoth(s) {
			prev.l1, prev.r1 = s.l1, s.r1
			continue
		}
		out = append(out, s)
	}
	return out
}

func changesBoth(s span) bool { return s.l1 > s.l0 && s.r1 > s.r0 }

// widenPunctuation widens an edit that only adds or drops punctuation between two
// kept words ("al Assad" -> "al-Assad") to those words, so that both sides read as
// text.
func widenPunctuation(s span, left, right []segment.Token) span {
	onlyLeft := s.r0 == s.r1 && allPunct(left[s.l0:s.l1])
	onlyRight := s.l0 == s.l1 && allPunct(right[s.r0:s.r1])
	if !onlyLeft && !onlyRight {
		return s
	}
	if s.l0 == 0 || s.r0 == 0 || s.l1 >= len(left) || s.r1 >= len(right) {
		return s
	}
	return span{l0: s.l0 - 1, l1: s.l1 + 1, r0: s.r0 - 1, r1: s.r1 + 1}
}

// widenToWords widens an edit that ends inside a word written with a hyphen or
// an apostrophe to the whole word ("chair" -> "co-chair", not an added "co-"),
// taking in the same tokens on both sides.
func widenToWords(s span, left, right []segment.Token) span {
	for s.l0 > 0 && s.r0 > 0 && (s.l1 > s.l0 && glued(left[s.l0-1], left[s.l0]) || s.r1 > s.r0 && glued(right[s.r0-1], right[s.r0])) {
		s.l0, s.r0 = s.l0-1, s.r0-1
	}
	for s.l1 < len(left) && s.r1 < len(right) && (s.l1 > s.l0 && glued(left[s.l1-1], left[s.l1]) || s.r1 > s.r0 && glued(right[s.r1-1], right[s.r1])) {
		s.l1, s.r1 = s.l1+1, s.r1+1
	}
	return s
}

// glued reports whether tokens a and b, a before b, are written as one word:
// no space between them, and neither a quotation mark nor a mark that ends a
// phrase ("al-Assad", "Kerry's", not `"We` or "talks,").
func glued(a, b segment.Token) bool {
	if a.End != b.Start || a.IsQuoteMark() || b.IsQuoteMark() {
		return false
	}
	const ends = ".,;:!?()[]"
	return !strings.ContainsAny(a.Text, ends) && !strings.ContainsAny(b.Text, ends)
}

// isGlue reports whether a token is too slight to keep two edits apart: a
// punctuation mark, an article, a preposition or a conjunction.
func isGlue(t segment.Token) bool {
	return t.Kind == segment.Punct || glueWords[t.Lower]
}

var glueWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "by": true, "for": true, "and": true, "or": true}

// runeFor returns the k-th code rune, skipping the surrogate range, which is not
// valid in Go strings.
func runeFor(k int) rune {
	r := rune(0x100 + k)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

// marksAtQuote reports whether toks[i:j] are punctuation marks only, each a
// quotation mark or next to one: how two articles open and close a quotation
// (`lives.` and `"lives.`, `preconditions,"` and `preconditions."`), which the
// attribution differences already account for.
func marksAtQuote(toks []segment.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Kind != segment.Punct {
			return false
		}
		if !toks[k].IsQuoteMark() && !(k > 0 && toks[k-1].IsQuoteMark()) && !(k+1 < len(toks) && toks[k+1].IsQuoteMark()) {
			return false
		}
	}
	return true
}

// gaps returns where, in the article, the sentences idx of doc (in order) stop
// before one that is not the next: the end of each sentence whose successor in
// idx stands further on. A sentence split in two or merged from two may take
// its parts from far apart ("sentences 5 and 7"); nothing in between is part of
// either.
func gaps(doc segment.Document, idx []int) []int {
	var out []int
	for k := 0; k+1 < len(idx); k++ {
		if idx[k+1] != idx[k]+1 {
			out = append(out, doc.Sentences[idx[k]].End)
		}
	}
	return out
}

// splitAtGaps cuts every edit whose words run over a gap (see gaps) on either
// side into the runs on each side of it, paired in order: a difference's words
// must stand together in its article, as its span says.
func splitAtGaps(edits []edit, lg, rg []int) []edit {
	out := make([]edit, 0, len(edits))
	for _, e := range edits {
		ls, rs := runs(e.left, lg), runs(e.right, rg)
		if len(ls) <= 1 && len(rs) <= 1 {
			out = append(out, e)
			continue
		}
		for k := range max(len(ls), len(rs)) {
			var piece edit
			if k < len(ls) {
				piece.left = ls[k]
			}
			if k < len(rs) {
				piece.right = rs[k]
			}
			out = append(out, piece)
		}
	}
	return out
}

// runs cuts toks at the gaps.
func runs(toks []segment.Token, gaps []int) [][]segment.Token {
	if len(toks) == 0 {
		return nil
	}
	var out [][]segment.Token
	from := 0
	for i := 1; i < len(toks); i++ {
		if slices.ContainsFunc(gaps, func(g int) bool { return toks[i-1].End <= g && g < toks[i].Start }) {
			out = append(out, toks[from:i])
			from = i
		}
	}
	return append(out, toks[from:])
}
