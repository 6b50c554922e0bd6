package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/prf"
	"github.com/compared/compared/internal/segment"
)

const labelsFile = "../../testdata/attribution/labels.json"

type label struct {
	Article      string   `json:"article"`
	Quote        string   `json:"quote"`
	Speaker      []string `json:"speaker"`
	Cue          string   `json:"cue"`
	Intermediary string   `json:"intermediary"`
}

// scoreLabels extracts the quotes of every labelled article and scores speaker and
// cue: an attributed quote counts as found; it is correct when a label covers its
// words and its speaker (or cue) is the labelled one.
func scoreLabels(t *testing.T, group func(article string) bool) (speaker, cue prf.Counts) {
	t.Helper()
	var set struct {
		Articles map[string]string `json:"articles"`
		Labels   []label           `json:"labels"`
	}
	b, err := os.ReadFile(labelsFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	e := New(lexicon.New())
	for name, path := range set.Articles {
		if !group(name) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(filepath.Dir(labelsFile), path))
		if err != nil {
			t.Fatal(err)
		}
		var labels []label
		for _, l := range set.Labels {
			if l.Article == name {
				labels = append(labels, l)
			}
		}
		speaker.Labelled += len(labels)
		cue.Labelled += len(labels)
		qs := e.Extract(segment.Segment(string(text)))
		for _, l := range labels {
			if !slices.ContainsFunc(qs, func(q Quote) bool { _, ok := labelFor(q, []label{l}); return ok && q.Attribution.Found() }) {
				t.Logf("%s: no attribution found for %q", name, l.Quote)
			}
		}
		for _, q := range qs {
			if !q.Attribution.Found() {
				continue
			}
			speaker.Found++
			cue.Found++
			l, ok := labelFor(q, labels)
			if !ok {
				t.Logf("%s: unlabelled attribution %q -> %+v", name, q.Text, q.Attribution)
				continue
			}
			got := q.Attribution.Speaker
			if got == "" {
				got = q.Attribution.Intermediary
			}
			// A speaker resolved to a fuller name is right as written too ("Ruiz"
			// for "Defence Minister Ana Ruiz"); a pronoun as written never is.
			asWritten := q.Attribution.SpeakerAsWritten
			if slices.ContainsFunc(l.Speaker, func(s string) bool { return sameSpeaker(s, got) || asWritten != "" && sameSpeaker(s, asWritten) }) {
				speaker.Correct++
			} else {
				t.Logf("%s: speaker of %q = %q, want %q", name, l.Quote, got, l.Speaker)
			}
			if normCue(q.Attribution.Cue) == normCue(l.Cue) {
				cue.Correct++
			} else {
				t.Logf("%s: cue of %q = %q, want %q", name, l.Quote, q.Attribution.Cue, l.Cue)
			}
		}
	}
	return speaker, cue
}

func labelFor(q Quote, labels []label) (label, bool) {
	text := norm(q.Text)
	for _, l := range labels {
		if lq := norm(l.Quote); strings.Contains(text, lq) || strings.Contains(lq, text) {
			return l, true
		}
	}
	return label{}, false
}

func norm(s string) string { return strings.ToLower(segment.Fold(s)) }

func sameSpeaker(a, b string) bool {
	clean := func(s string) string {
		s = strings.ReplaceAll(norm(s), ".", "")
		for _, det := range []string{"a ", "an ", "the "} {
			s = strings.TrimPrefix(s, det)
		}
		return s
	}
	return clean(a) == clean(b)
}

func normCue(c string) string {
	c = strings.ToLower(c)
	if c == "says" || c == "say" {
		return "said"
	}
	return c
}

func TestAttributionLabels(t *testing.T) {
	tests := []struct {
		name  string
		group func(string) bool
		min   float64 // floor for precision and recall of speaker and cue
	}{
		// The sets the extractor was developed on: every label holds, so a change
		// that loses one fails here.
		{"seeds", func(a string) bool { return strings.HasPrefix(a, "seed") }, 1},
		{"hard", func(a string) bool { return a == "hard" }, 1},
		// Labelled after the extractor was written; its two misses have since been
		// fixed, so it is no longer held out.
		{"heldout", func(a string) bool { return a == "heldout" }, 0.85},
		// Written and labelled after those fixes, before the extractor was run on
		// it, and not tuned on: the honest figure (1.00 on its first run, 9 labels).
		// The floor allows one miss, as a guard against regressions.
		{"heldout2", func(a string) bool { return a == "heldout2" }, 0.85},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speaker, cue := scoreLabels(t, tt.group)
			t.Logf("speaker precision %.2f recall %.2f; cue precision %.2f recall %.2f (%d labelled)",
				speaker.Precision(), speaker.Recall(), cue.Precision(), cue.Recall(), speaker.Labelled)
			for _, v := range []float64{speaker.Precision(), speaker.Recall(), cue.Precision(), cue.Recall()} {
				if v < tt.min {
					t.Errorf("a figure is below %.2f", tt.min)
					break
				}
			}
		})
	}
}
