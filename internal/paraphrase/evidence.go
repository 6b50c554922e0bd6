package paraphrase

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// evidence says, for the words and word pairs of the MSRP training pairs, how
// much finding one in both passages, or in only one of them, speaks for a
// paraphrase: the log-ratios of how often that happened in paraphrases and in
// other pairs. Sharing "percent" or a rare name says more than sharing "said";
// one passage alone holding a figure or a negation speaks against. This is the
// discriminative term weighting of Ji and Eisenstein (2013), "TF-KLD", used for
// three features rather than a factorisation.
type evidence map[uint64]termEvidence // by termKey of the term

// termEvidence is one term's log-likelihood ratios.
type termEvidence struct {
	both, one float64 // found in both passages; in only one
}

// evidenceTSV is the table, one term a line: the term (a stem, or two stems
// joined by a space), the ratio when both passages hold it, the ratio when one
// does. go test ./internal/paraphrase -run TestModelOnMSRP -update writes it.
//
//go:embed evidence.tsv
var evidenceTSV string

// fittedEvidence is the table the shipped model reads.
var fittedEvidence = mustParseEvidence(evidenceTSV)

func mustParseEvidence(tsv string) evidence {
	ev, err := parseEvidence(tsv)
	if err != nil {
		panic(fmt.Sprintf("paraphrase: embedded evidence.tsv: %v", err))
	}
	return ev
}

func parseEvidence(tsv string) (evidence, error) {
	ev := make(evidence, strings.Count(tsv, "\n"))
	for n, line := range strings.Split(strings.TrimSuffix(tsv, "\n"), "\n") {
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("line %d: %d columns, want 3", n+1, len(cols))
		}
		both, err1 := strconv.ParseFloat(cols[1], 64)
		one, err2 := strconv.ParseFloat(cols[2], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("line %d: ratios %q and %q are not numbers", n+1, cols[1], cols[2])
		}
		ev[termKey(cols[0])] = termEvidence{both: both, one: one}
	}
	return ev, nil
}

// evidenceSmoothing is the pseudo-count added to each side of the rates the
// ratios compare, so that a term seen in a handful of pairs gets a modest ratio.
const evidenceSmoothing = 1.0

// minEvidence is the least Kullback-Leibler divergence between a term's rates
// in paraphrases and in other pairs for it to enter the table: below it the
// term tells the two apart too little to be worth keeping. A term seen in a
// single pair enters too, the smoothing keeping its ratio modest: names and
// word pairs that recur rarely are much of what tells paraphrases apart (ten-fold
// cross-validation over six shuffles of the pairs: 77.50% mean accuracy when a
// term had to be seen in two pairs, 77.85% now).
const minEvidence = 0.005

// termCounts counts, per term, the pairs of each label (0 other, 1 paraphrase)
// that hold it in both passages and in only one.
type termCounts map[string]*struct{ both, one [2]float64 }

// a and b are the distinct terms of each passage, as termTexts gives them.
func (c termCounts) add(a, b []string, paraphrase bool) {
	y := 0
	if paraphrase {
		y = 1
	}
	for _, t := range a {
		c.entry(t).one[y]++ // undone below when b holds it too
	}
	for _, t := range b {
		e := c.entry(t)
		if slices.Contains(a, t) {
			e.one[y]--
			e.both[y]++
		} else {
			e.one[y]++
		}
	}
}

func (c termCounts) entry(t string) *struct{ both, one [2]float64 } {
	e := c[t]
	if e == nil {
		e = new(struct{ both, one [2]float64 })
		c[t] = e
	}
	return e
}

// table returns the terms that enter the evidence table and their ratios, by
// term.
func (c termCounts) table() map[string]termEvidence {
	ev := map[string]termEvidence{}
	for t, e := range c {
		const a = evidenceSmoothing
		p := (e.both[1] + a) / (e.both[1] + e.one[1] + 2*a) // shared, among paraphrases
		q := (e.both[0] + a) / (e.both[0] + e.one[0] + 2*a) // shared, among other pairs
		if p*math.Log(p/q)+(1-p)*math.Log((1-p)/(1-q)) < minEvidence {
			continue
		}
		ev[t] = termEvidence{both: math.Log(p / q), one: math.Log((1 - p) / (1 - q))}
	}
	return ev
}

// evidence is the table keyed for lookups.
func (c termCounts) evidence() evidence {
	ev := evidence{}
	for t, e := range c.table() {
		ev[termKey(t)] = e
	}
	return ev
}

// weigh returns the evidence features of two passages' terms (sorted, distinct
// term keys): the summed log-likelihood ratio, the Dice overlap with each term
// weighted by how much it tells, and the weight of the terms only one side has.
func (ev evidence) weigh(a, b []uint64) (ratio, dice, unmatched float64) {
	var shared, total float64
	visit := func(t uint64, inBoth bool) {
		e, ok := ev[t]
		if !ok {
			return
		}
		w := math.Abs(e.both) + math.Abs(e.one)
		if inBoth {
			ratio += e.both
			shared += 2 * w
			total += 2 * w
			return
		}
		ratio += e.one
		total += w
		unmatched += w
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			visit(a[i], false)
			i++
		case i == len(a) || b[j] < a[i]:
			visit(b[j], false)
			j++
		default:
			visit(a[i], true)
			i, j = i+1, j+1
		}
	}
	if total > 0 {
		dice = shared / total
	}
	return ratio, dice, unmatched
}

// The terms of a passage are its stems and each two stems in a row (punctuation
// between them set aside), as "stem" and "stem stem". termTexts lists them as
// text, for fitting; termKeys as keys, for scoring, without building the pairs.

// termTexts returns the distinct terms of a passage whose stems are stems.
func termTexts(stems []string) []string {
	var out []string
	for k, st := range stems {
		out = append(out, st)
		if k > 0 {
			out = append(out, stems[k-1]+" "+st)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// appendTermKeys appends to keys the distinct term keys of a passage whose stems
// are stems, sorted.
func appendTermKeys(keys []uint64, stems []string) []uint64 {
	for k, st := range stems {
		keys = append(keys, termKey(st))
		if k > 0 {
			keys = append(keys, hashString(hashString(termKey(stems[k-1]), " "), st))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// termKey is the 64-bit FNV-1a hash of a term: 15,000 terms collide with
// odds of about one in 10^11.
func termKey(t string) uint64 { return hashString(fnvOffset, t) }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString continues the FNV-1a hash h over s.
func hashString(h uint64, s string) uint64 {
	for i := range len(s) {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}
