package prf

import "testing"

func TestCounts(t *testing.T) {
	tests := []struct {
		give              Counts
		precision, recall float64
	}{
		{Counts{Correct: 3, Found: 4, Labelled: 6}, 0.75, 0.5},
		{Counts{}, 1, 1},
		{Counts{Correct: 0, Found: 2, Labelled: 0}, 0, 1},
	}
	for _, tt := range tests {
		if p, r := tt.give.Precision(), tt.give.Recall(); p != tt.precision || r != tt.recall {
			t.Errorf("%+v: precision %v, recall %v; want %v, %v", tt.give, p, r, tt.precision, tt.recall)
		}
	}
}
