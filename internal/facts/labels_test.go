package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

const labelsFile = "../../testdata/facts/labels.json"

// counts holds correct answers against what was found and what was labelled.
type counts struct{ correct, found, labelled int }

func (c counts) precision() float64 { return ratio(c.correct, c.found) }
func (c counts) recall() float64    { return ratio(c.correct, c.labelled) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreLabels extracts the facts of every labelled article in group and counts,
// per type, the facts found whose text and type a label has (each label matched
// once).
func scoreLabels(t *testing.T, group func(string) bool) map[string]*counts {
	t.Helper()
	var set struct {
		Articles map[string]string     `json:"articles"`
		Labels   map[string][][]string `json:"labels"`
	}
	b, err := os.ReadFile(labelsFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	x := New(lexicon.New())
	byType := map[string]*counts{}
	get := func(typ string) *counts {
		if byType[typ] == nil {
			byType[typ] = &counts{}
		}
		return byType[typ]
	}
	for name, path := range set.Articles {
		if !group(name) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(filepath.Dir(labelsFile), path))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		for _, l := range set.Labels[name] {
			want[l[0]+"|"+norm(l[1])]++
			get(l[0]).labelled++
		}
		for _, f := range x.Extract(segment.Segment(string(text)), time.Time{}) {
			key := f.Type.String() + "|" + norm(f.Text)
			c := get(f.Type.String())
			c.found++
			if want[key] > 0 {
				want[key]--
				c.correct++
			} else {
				t.Logf("%s: not labelled: %s %q", name, f.Type, f.Text)
			}
		}
		for key, n := range want {
			if n > 0 {
				t.Logf("%s: missed %d× %s", name, n, key)
			}
		}
	}
	return byType
}

func norm(s string) string { return strings.ToLower(segment.Fold(s)) }

func TestFactLabels(t *testing.T) {
	tests := []struct {
		name  string
		group func(string) bool
		min   float64 // floor for precision and recall of every type
	}{
		{"seeds", func(a string) bool { return strings.HasPrefix(a, "seed") }, 0.9},
		{"hard", func(a string) bool { return a == "hard" }, 0.8},
		// Labelled after the extractor was written and not tuned on: the honest
		// figure. The floor is today's, as a guard against regressions.
		{"heldout", func(a string) bool { return a == "heldout" }, 0.6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for typ, c := range scoreLabels(t, tt.group) {
				t.Logf("%-12s precision %.2f recall %.2f (%d labelled)", typ, c.precision(), c.recall(), c.labelled)
				if c.precision() < tt.min || c.recall() < tt.min {
					t.Errorf("%s: precision %.2f, recall %.2f; want both at least %.2f", typ, c.precision(), c.recall(), tt.min)
				}
			}
		})
	}
}
