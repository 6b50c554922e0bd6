package diff

import (
	"testing"

	"github.com/compared/compared/internal/quotes"
)

func TestQuotedSpansCovers(t *testing.T) {
	qs := []quotes.Quote{
		{Start: 10, End: 50, Direct: true},
		{Start: 20, End: 30, Direct: true}, // nested in the first
		{Start: 60, End: 90},               // reported speech: not a quotation
		{Start: 100, End: 120, Direct: true},
	}
	tests := []struct {
		name string
		give Span
		want bool
	}{
		{"inside the first", Span{12, 18}, true},
		{"inside the nested one", Span{22, 28}, true},
		{"inside the first, after the nested one", Span{35, 50}, true},
		{"across the first's end", Span{45, 55}, false},
		{"in reported speech", Span{65, 70}, false},
		{"inside the last", Span{100, 120}, true},
		{"before every quotation", Span{0, 5}, false},
		{"after every quotation", Span{121, 125}, false},
		{"no span", Span{}, false},
	}
	x := newQuotedSpans(qs)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.covers(tt.give); got != tt.want {
				t.Errorf("covers(%v) = %v, want %v", tt.give, got, tt.want)
			}
		})
	}
}
