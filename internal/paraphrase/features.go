package paraphrase

import (
	"math"
	"slices"

	"github.com/compared/compared/internal/spelling"
)

// featureNames name the model's inputs, in order. Each describes how much of one
// side the other holds: words, stems, word sequences, characters, and the content
// words, names and numbers that only one side has.
var featureNames = [numFeatures]string{
	"length ratio", "length difference",
	"word precision (lower)", "word precision (higher)",
	"word bigram F1", "word trigram F1", "word 4-gram F1",
	"stem precision (lower)", "stem precision (higher)", "stem bigram F1",
	"stem BLEU left in right", "stem BLEU right in left",
	"content words one side only (more)", "content words one side only (fewer)",
	"content words one side only (share)", "content word Dice",
	"content words without a close spelling (more)", "content words without a close spelling (fewer)",
	"numbers one side only (more)", "numbers one side only (fewer)",
	"names one side only (more)", "names one side only (fewer)",
	"plain words one side only (more)", "plain words one side only (fewer)",
	"common subsequence / longer", "common subsequence / shorter",
	"character trigram F1", "character 4-gram F1",
	"negation difference", "length-weighted content Dice", "gaps in the common subsequence",
	"evidence log-likelihood ratio", "evidence-weighted Dice", "evidence of terms one side only",
}

const numFeatures = 34

// features is what the model reads of a pair.
type features [numFeatures]float64

// scratch holds the buffer one feature computation reuses, so that scoring many
// alignments allocates little.
type scratch struct {
	table []int // the common-subsequence table
}

// maxOrder is the longest word n-gram the features count.
const maxOrder = 4

// overlaps holds the overlap of two sides' word n-grams for n = 1..maxOrder
// (index 0 unused): the precisions both ways and their F1.
type overlaps [maxOrder + 1]struct{ p, r, f float64 }

// overlapsOf counts the shared n-grams of a and b, sorted n-grams for every
// order the features use.
func overlapsOf(a, b *[maxOrder + 1][]uint64) overlaps {
	var o overlaps
	for n := 1; n <= maxOrder; n++ {
		o[n].p, o[n].r, o[n].f = overlapF1(a[n], b[n])
	}
	return o
}

// describe computes the features of the pair (a, b), reading the terms'
// evidence from ev.
func describe(a, b *View, ev evidence, s *scratch) features {
	ratio, evDice, evUnmatched := ev.weigh(a.terms, b.terms)
	na, nb := float64(len(a.words)), float64(len(b.words))
	words, stems := overlapsOf(&a.wordGrams, &b.wordGrams), overlapsOf(&a.stemGrams, &b.stemGrams)
	up, ur := words[1].p, words[1].r
	sp, sr := stems[1].p, stems[1].r
	ca, cb := onlyIn(a.content, b.content), onlyIn(b.content, a.content)
	fa, fb := withoutCloseSpelling(a, b), withoutCloseSpelling(b, a)
	xa, xb := onlyIn(a.numbers, b.numbers), onlyIn(b.numbers, a.numbers)
	ma, mb := onlyIn(a.names, b.names), onlyIn(b.names, a.names)
	pa, pb := onlyIn(a.plain, b.content), onlyIn(b.plain, a.content)
	common, gaps := s.commonSubsequence(a.words, b.words)
	longest := float64(max(len(a.content), len(b.content), 1))
	return features{
		min(na, nb) / max(na, nb, 1), min(math.Abs(na-nb), 40),
		min(up, ur), max(up, ur),
		words[2].f, words[3].f, words[4].f,
		min(sp, sr), max(sp, sr), stems[2].f,
		stems.bleu(false), stems.bleu(true),
		float64(max(ca, cb)), float64(min(ca, cb)),
		float64(max(ca, cb)) / longest, contentDice(a.content, b.content, ca),
		float64(max(fa, fb)), float64(min(fa, fb)),
		float64(max(xa, xb)), float64(min(xa, xb)),
		float64(max(ma, mb)), float64(min(ma, mb)),
		float64(max(pa, pb)), float64(min(pa, pb)),
		float64(common) / max(na, nb, 1), float64(common) / max(min(na, nb), 1),
		charF1(a.charGrams[0], b.charGrams[0]), charF1(a.charGrams[1], b.charGrams[1]),
		math.Abs(float64(a.negations - b.negations)), lengthWeightedDice(a.content, b.content), float64(gaps),
		ratio, evDice, evUnmatched,
	}
}

// appendNgrams appends to out the hash of each run of n word hashes, sorted.
func appendNgrams(out, ids []uint64, n int) []uint64 {
	for i := 0; i+n <= len(ids); i++ {
		g := ids[i]
		for _, id := range ids[i+1 : i+n] {
			g = g*fnvPrime ^ id // order matters: "a b" is not "b a"
		}
		out = append(out, g)
	}
	slices.Sort(out)
	return out
}

// appendByteGrams appends to out the byte n-grams of s packed into integers,
// sorted; spare is scratch space for the sort, returned for reuse.
func appendByteGrams(out, spare []uint64, s string, n int) (grams, spareOut []uint64) {
	for i := 0; i+n <= len(s); i++ {
		var g uint64
		for k := i; k < i+n; k++ {
			g = g<<8 | uint64(s[k])
		}
		out = append(out, g)
	}
	spare = radixSort(out, spare, n)
	return out, spare
}

// radixSort sorts keys of the given number of low bytes, a byte a pass. A
// sentence's character n-grams are a few hundred short keys, which this sorts
// in a few linear passes where a comparison sort takes several times as long.
// It returns the scratch slice it used, for reuse.
func radixSort(keys, spare []uint64, bytes int) []uint64 {
	if cap(spare) < len(keys) {
		spare = make([]uint64, len(keys))
	}
	src, dst := keys, spare[:len(keys)]
	for shift := 0; shift < 8*bytes; shift += 8 {
		var count [257]int
		for _, k := range src {
			count[(k>>shift)&0xff+1]++
		}
		for d := 1; d < len(count); d++ {
			count[d] += count[d-1]
		}
		for _, k := range src {
			d := (k >> shift) & 0xff
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if bytes%2 == 1 {
		copy(keys, src) // an odd number of passes left the result in spare
	}
	return spare
}

// common counts the items two sorted multisets share.
func common(a, b []uint64) int {
	c := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		// Written without branches on which is smaller: the two lists
		// interleave at random, and mispredicted branches were most of the
		// time this took.
		x, y := a[i], b[j]
		c += b2i(x == y)
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	return c
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// overlapF1 returns the share of a found in b (precision), of b found in a
// (recall), and their harmonic mean.
func overlapF1(a, b []uint64) (p, r, f float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0, 0
	}
	c := float64(common(a, b))
	p, r = c/float64(len(a)), c/float64(len(b))
	if c == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// bleu is the geometric mean of the 1- to 4-gram precisions of the left side
// against the right (of the right against the left if reversed), smoothed so
// that one missing order does not zero it.
func (o overlaps) bleu(reversed bool) float64 {
	logSum := 0.0
	for n := 1; n <= maxOrder; n++ {
		p := o[n].p
		if reversed {
			p = o[n].r
		}
		logSum += math.Log(p + 0.1)
	}
	return math.Exp(logSum / maxOrder)
}

// charF1 is the F1 of two strings' sorted character n-grams: it sees spelling
// variants and inflections that whole words miss.
func charF1(a, b []uint64) float64 {
	_, _, f := overlapF1(a, b)
	return f
}

// onlyIn counts the words of a that b lacks.
func onlyIn(a, b []string) int {
	n := 0
	for _, w := range a {
		if !slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// closeSpelling is the Jaro-Winkler similarity at which two words count as
// spellings of one ("Sergie" and "Sergei").
const closeSpelling = 0.9

// withoutCloseSpelling counts the content words of a that have no content word
// of b spelt the same or nearly so. Only the words b lacks outright are compared
// letter by letter, with the letters of each word taken from the views: that is
// where the time goes.
func withoutCloseSpelling(a, b *View) int {
	n := 0
	for i, x := range a.content {
		if slices.Contains(b.content, x) {
			continue
		}
		close := false
		for j, y := range b.content {
			if spelling.CloseLetters(x, y, a.letters[i], b.letters[j], closeSpelling) {
				close = true
				break
			}
		}
		if !close {
			n++
		}
	}
	return n
}

func contentDice(a, b []string, onlyA int) float64 {
	shared := float64(len(a) - onlyA)
	return 2 * shared / float64(len(a)+len(b)+1)
}

// lengthWeightedDice weighs each content word by the log of its length, a rough
// stand-in for how rare, and so how telling, it is.
func lengthWeightedDice(a, b []string) float64 {
	weight := func(w string) float64 { return math.Log(float64(len(w)) + 1) }
	shared, total := 0.0, 0.0
	for _, w := range a {
		total += weight(w)
		if slices.Contains(b, w) {
			shared += weight(w)
		}
	}
	for _, w := range b {
		total += weight(w)
	}
	if total == 0 {
		return 0
	}
	return 2 * shared / total
}

// commonSubsequence returns the length of the longest common subsequence of a
// and b, and the number of runs of words outside it (inserted, dropped or
// replaced passages).
func (s *scratch) commonSubsequence(a, b []uint64) (length, gaps int) {
	n, m := len(a), len(b)
	// suffix[i*(m+1)+j] is the LCS length of a[i:] and b[j:].
	size := (n + 1) * (m + 1)
	if cap(s.table) < size {
		s.table = make([]int, size)
	}
	suffix := s.table[:size]
	clear(suffix)
	at := func(i, j int) int { return suffix[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			v := max(at(i+1, j), at(i, j+1))
			if a[i] == b[j] {
				v = at(i+1, j+1) + 1
			}
			suffix[i*(m+1)+j] = v
		}
	}
	i, j, inGap := 0, 0, false
	for i < n && j < m {
		if a[i] == b[j] {
			i, j, inGap = i+1, j+1, false
			continue
		}
		if !inGap {
			gaps++
			inGap = true
		}
		if at(i+1, j) >= at(i, j+1) {
			i++
		} else {
			j++
		}
	}
	if (i < n || j < m) && !inGap {
		gaps++
	}
	return at(0, 0), gaps
}
