// Package prf counts precision and recall of an extractor against labelled data,
// for the tests that measure the analysis stages.
package prf

// Counts are the answers an extractor got right against those it gave and those
// labelled.
type Counts struct {
	Correct  int // answers that match a label
	Found    int // answers given
	Labelled int // labels
}

// Precision is the share of the answers given that are right; 1 when none were given.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Found) }

// Recall is the share of the labels answered rightly; 1 when there are none.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Labelled) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
