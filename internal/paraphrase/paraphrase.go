// Package paraphrase judges whether two passages say the same thing: a logistic
// model over word, stem, word-sequence and character overlap, over the content
// words, names and numbers that only one side has, and over what sharing each
// term said in the MSRP training pairs the model is fitted to.
package paraphrase

import (
	"math"
	"sync"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// Judge scores pairs of passages. It is safe for concurrent use when stem is.
type Judge struct {
	lex      *lexicon.Lexicon
	stem     func(string) string // lower-case word to its stem
	evidence evidence            // what finding each term in one or both passages says
	scratch  sync.Pool           // of *scratch, buffers for one pair's features
}

// New returns a Judge that reads stop words from lex and stems words with stem.
func New(lex *lexicon.Lexicon, stem func(string) string) *Judge {
	return &Judge{lex: lex, stem: stem, evidence: fittedEvidence, scratch: sync.Pool{New: func() any { return new(scratch) }}}
}

// Probability returns how likely it is, by the model, that the passages left
// and right say the same thing.
func (j *Judge) Probability(left, right *View) float64 {
	return fitted.probability(j.features(left, right))
}

// Paraphrase reports whether the model finds the passages left and right (their
// tokens, in reading order) more likely to say the same thing than not.
func (j *Judge) Paraphrase(left, right []segment.Token) bool {
	return j.ParaphraseViews(j.View(left), j.View(right))
}

// ParaphraseViews is Paraphrase of passages already read.
func (j *Judge) ParaphraseViews(left, right *View) bool {
	return j.Probability(left, right) >= 0.5
}

func (j *Judge) features(left, right *View) features {
	s := j.scratch.Get().(*scratch)
	defer j.scratch.Put(s)
	return describe(left, right, j.evidence, s)
}

// model is a logistic regression over standardised features.
type model struct {
	mean, scale features // standardisation: (x - mean) / scale
	weights     features
	bias        float64
}

func (m model) probability(f features) float64 {
	z := m.bias
	for k, x := range f {
		z += m.weights[k] * (x - m.mean[k]) / m.scale[k]
	}
	return 1 / (1 + math.Exp(-z))
}
