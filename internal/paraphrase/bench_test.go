package paraphrase

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"github.com/compared/compared/internal/segment"
)

// BenchmarkFeatures reads the features of the first 500 MSRP training pairs,
// tokenized beforehand, both passages read afresh: the work the aligner asks of
// the model for each alignment that is neither identical nor near-identical
// when neither side's view is cached.
func BenchmarkFeatures(b *testing.B) {
	pairs := msrpTokens(b, 500)
	// Stems come from a cache, as the aligner's do: stemming is not the
	// model's cost.
	stems := map[string]string{}
	j := New(newTestJudge().lex, func(w string) string {
		st, ok := stems[w]
		if !ok {
			st = english.Stem(w, false)
			stems[w] = st
		}
		return st
	})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		j.features(j.View(p[0]), j.View(p[1]))
	}
}

// BenchmarkFeaturesOfViews is BenchmarkFeatures with both passages read
// beforehand: a sentence the aligner has judged before.
func BenchmarkFeaturesOfViews(b *testing.B) {
	j := newTestJudge()
	var views [][2]*View
	for _, p := range msrpTokens(b, 500) {
		views = append(views, [2]*View{j.View(p[0]), j.View(p[1])})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p := views[i%len(views)]
		j.features(p[0], p[1])
	}
}

// msrpTokens returns the tokens of the first n MSRP training pairs.
func msrpTokens(tb testing.TB, n int) [][2][]segment.Token {
	tb.Helper()
	f, err := os.Open(msrpPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][2][]segment.Token
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() && len(out) < n {
		cols := strings.Split(strings.TrimPrefix(sc.Text(), "\ufeff"), "\t")
		if len(cols) < 5 || (cols[0] != "0" && cols[0] != "1") {
			continue // the header
		}
		out = append(out, [2][]segment.Token{allTokens(cols[3]), allTokens(cols[4])})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}
