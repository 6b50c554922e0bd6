package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/prf"
	"github.com/compared/compared/internal/segment"
)

const labelsFile = "../../testdata/facts/labels.json"

// scoreLabels extracts the facts of every labelled article in group and counts,
// per type, the facts found whose text and type a label has (each label matched
// once).
func scoreLabels(t *testing.T, group func(string) bool) map[string]*prf.Counts {
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
	byType := map[string]*prf.Counts{}
	get := func(typ string) *prf.Counts {
		if byType[typ] == nil {
			byType[typ] = &prf.Counts{}
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
			get(l[0]).Labelled++
		}
		for _, f := range x.Extract(segment.Segment(string(text)), time.Time{}) {
			key := f.Type.String() + "|" + norm(f.Text)
			c := get(f.Type.String())
			c.Found++
			if want[key] > 0 {
				want[key]--
				c.Correct++
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
		// The sets the extractor was developed on: every label holds, so a change
		// that loses one fails here.
		{"seeds", func(a string) bool { return strings.HasPrefix(a, "seed") }, 1},
		{"hard", func(a string) bool { return a == "hard" }, 1},
		// Labelled after the extractor was written; its misses have since been
		// fixed, so it is no longer held out.
		{"heldout", func(a string) bool { return a == "heldout" }, 0.6},
		// Written and labelled after those fixes, before the extractor was run on
		// it. Its first run missed one place ("the Emilia-Romagna region", read as
		// a person: person precision 0.50, place recall 0.80), since fixed. The
		// floor is that first score, as a guard against regressions.
		{"heldout2", func(a string) bool { return a == "heldout2" }, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for typ, c := range scoreLabels(t, tt.group) {
				t.Logf("%-12s precision %.2f recall %.2f (%d labelled)", typ, c.Precision(), c.Recall(), c.Labelled)
				if c.Precision() < tt.min || c.Recall() < tt.min {
					t.Errorf("%s: precision %.2f, recall %.2f; want both at least %.2f", typ, c.Precision(), c.Recall(), tt.min)
				}
			}
		})
	}
}
