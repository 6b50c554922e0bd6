package diff

import (
	"slices"
	"strings"
	"testing"

	"github.com/compared/compared/internal/segment"
)

func TestTrimCovered(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		covered string // the covered phrase, found in text
		want    string
	}{
		{"an attribution after the edit", "on the new effort, a U.S. official said", "a U.S. official said", "on the new effort"},
		{"an attribution before the edit", "Lavrov told reporters on Monday that they would", "Lavrov told reporters on Monday", "that they would"},
		{"covered at the start only", "told reporters ahead of the meeting in Vienna", "told reporters", "ahead of the meeting in Vienna"},
		{"all covered", ", a U.S. official said", "a U.S. official said", ""},
		{"nothing covered", "on the new effort", "a U.S. official said", "on the new effort"},
		{"punctuation alone is kept", ", and", "a U.S. official said", ", and"},
		{"a covered word inside is kept", "on the effort Lavrov began last week", "Lavrov", "on the effort Lavrov began last week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks []segment.Token
			for _, s := range segment.Segment(tt.text).Sentences {
				toks = append(toks, s.Tokens...)
			}
			var cov spanSet
			if i := strings.Index(tt.text, tt.covered); i >= 0 {
				cov = spanSet{{Start: i, End: i + len(tt.covered)}}
			}
			got := ""
			if kept := cov.trim(toks); len(kept) > 0 {
				got = tt.text[kept[0].Start:kept[len(kept)-1].End]
			}
			if got != tt.want {
				t.Errorf("trim(%q) without %q = %q, want %q", tt.text, tt.covered, got, tt.want)
			}
		})
	}
}

func TestWithout(t *testing.T) {
	tests := []struct {
		name         string
		spans, holes []Span
		want         []Span
	}{
		{"no holes", []Span{{0, 10}}, nil, []Span{{0, 10}}},
		{"a hole inside", []Span{{0, 10}}, []Span{{3, 5}}, []Span{{0, 3}, {5, 10}}},
		{"holes at both ends", []Span{{0, 10}}, []Span{{0, 2}, {8, 10}}, []Span{{2, 8}}},
		{"a hole in the second span", []Span{{0, 4}, {6, 10}}, []Span{{7, 8}}, []Span{{0, 4}, {6, 7}, {8, 10}}},
		{"a hole over a whole span", []Span{{0, 4}, {6, 10}}, []Span{{0, 4}}, []Span{{6, 10}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := without(tt.spans, tt.holes); !slices.Equal(got, tt.want) {
				t.Errorf("without(%v, %v) = %v, want %v", tt.spans, tt.holes, got, tt.want)
			}
		})
	}
}
