package compare

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// synthPair builds a pair of articles of about size bytes each: the left is
// sentences of words drawn as news text uses them; the right is the left with
// one sentence in ten reworded, one in twenty dropped and its paragraphs
// shuffled, as a second report of the same story would be. The seed is fixed, so
// every run measures the same input.
//
// Words follow Zipf's law over a vocabulary that grows with the text, as real
// text's does (Heaps' law): the seed articles' words, most used first, then
// made-up words for the long tail. Drawn from the seeds' 2,000 words alone, a
// 1 MB article repeats its vocabulary so often that unrelated sentences share
// many words by chance, which real articles of that length do not.
func synthPair(tb testing.TB, size int) (string, string) {
	tb.Helper()
	vocab := zipfVocabulary(tb)
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.05, 2, uint64(len(vocab)-1))
	var paras [][]string
	total := 0
	for total < size {
		var para []string
		for range 1 + rng.IntN(4) {
			n := 8 + rng.IntN(25)
			words := make([]string, n)
			for k := range words {
				words[k] = vocab[zipf.Uint64()]
			}
			s := strings.ToUpper(words[0][:1]) + words[0][1:] + " " + strings.Join(words[1:], " ") + "."
			para = append(para, s)
			total += len(s) + 1
		}
		paras = append(paras, para)
	}
	var left, right []string
	for _, p := range paras {
		left = append(left, strings.Join(p, " "))
		var rp []string
		for _, s := range p {
			switch r := rng.IntN(20); {
			case r == 0:
				continue // dropped
			case r < 3:
				w := strings.Fields(s)
				w[rng.IntN(len(w))] = "reportedly"
				s = strings.Join(w, " ")
			}
			rp = append(rp, s)
		}
		right = append(right, strings.Join(rp, " "))
	}
	rng.Shuffle(len(right), func(i, j int) { right[i], right[j] = right[j], right[i] })
	return strings.Join(left, "\n\n"), strings.Join(right, "\n\n")
}

func BenchmarkCompareSeeds(b *testing.B) {
	l, r := readSeed(b, "000_bc1d5e6be8757148.txt"), readSeed(b, "001_6b66ad53c8e6723e.txt")
	c := New(0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Compare(context.Background(), Article{Text: l}, Article{Text: r}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompareSeedsCached compares the same pair again and again with the
// analysis cache on, as a pipeline comparing one article with many others does:
// only alignment and diffing run.
func BenchmarkCompareSeedsCached(b *testing.B) {
	l, r := readSeed(b, "000_bc1d5e6be8757148.txt"), readSeed(b, "001_6b66ad53c8e6723e.txt")
	c := New(16)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Compare(context.Background(), Article{Text: l}, Article{Text: r}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompareSize measures how cost grows with article length; compare ns/op
// across sizes for the growth exponent.
// zipfVocabulary returns the seed articles' words, most frequent first, then
// made-up words of two to four syllables: a vocabulary for synthPair's Zipf
// draw.
func zipfVocabulary(tb testing.TB) []string {
	tb.Helper()
	counts := map[string]int{}
	for _, name := range []string{"000_bc1d5e6be8757148.txt", "001_6b66ad53c8e6723e.txt", "002_5c35da03bd968bc0.txt"} {
		for _, w := range strings.Fields(readSeed(tb, name)) {
			if w = strings.Trim(w, `.,"'()-:`); w != "" {
				counts[w]++
			}
		}
	}
	vocab := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	const onsets, vowels = "bdfgklmnprstvz", "aeiou"
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200_000 {
		var w strings.Builder
		for range 2 + rng.IntN(3) {
			w.WriteByte(onsets[rng.IntN(len(onsets))])
			w.WriteByte(vowels[rng.IntN(len(vowels))])
		}
		vocab = append(vocab, w.String())
	}
	return vocab
}

func BenchmarkCompareSize(b *testing.B) {
	for _, size := range []int{2 << 10, 10 << 10, 100 << 10, 1 << 20} {
		l, r := synthPair(b, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) { benchmarkPair(b, l, r) })
	}
}

// benchmarkPair measures comparing l and r without the cache, with the bytes
// of both for MB/s.
func benchmarkPair(b *testing.B, l, r string) {
	c := New(0)
	b.SetBytes(int64(len(l) + len(r)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Compare(context.Background(), Article{Text: l}, Article{Text: r}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	l := readSeed(b, "000_bc1d5e6be8757148.txt")
	c := New(0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Analyze(context.Background(), Article{Text: l}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages splits the seed comparison into its stages, to see which one
// dominates.
func BenchmarkStages(b *testing.B) {
	ctx := context.Background()
	c := New(0)
	la, _ := c.Analyze(ctx, Article{Text: readSeed(b, "000_bc1d5e6be8757148.txt")})
	ra, _ := c.Analyze(ctx, Article{Text: readSeed(b, "001_6b66ad53c8e6723e.txt")})
	alignments, _ := c.aligner.Align(ctx, la.terms, ra.terms, Options{}.Align)
	b.Run("align", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = c.aligner.Align(ctx, la.terms, ra.terms, Options{}.Align)
		}
	})
	b.Run("diff", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = c.differ.Diff(ctx, la.Side, ra.Side, alignments, Options{}.Diff)
		}
	})
}

// loneFiguresText returns about size bytes of sentences, each stating a figure
// and a date that the text from another seed will not share: two long,
// unrelated texts whose figures each side states alone.
func loneFiguresText(size int, seed uint64) string {
	words := strings.Fields("the officials said talks would resume after a long break in the city council vote on budget figures")
	rng := rand.New(rand.NewPCG(seed, seed+1))
	var b strings.Builder
	for b.Len() < size {
		fmt.Fprintf(&b, "%s", strings.ToUpper(words[rng.IntN(len(words))][:1]))
		for range 8 {
			fmt.Fprintf(&b, " %s", words[rng.IntN(len(words))])
		}
		fmt.Fprintf(&b, " %d people on March %d, officials said.\n", 100+rng.IntN(99_900), 1+rng.IntN(28))
	}
	return b.String()
}

// BenchmarkCompareLoneFigures compares two unrelated texts full of figures
// each states alone, at two sizes: the time per byte should hold, as nothing
// compares every lone figure with every other.
func BenchmarkCompareLoneFigures(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20} {
		l, r := loneFiguresText(size, 1), loneFiguresText(size, 7)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) { benchmarkPair(b, l, r) })
	}
}
