package diff

import (
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
