package server

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/segment"
)

// caseFiles are the public evaluation set, copied from the shared eval folder so
// that the tests need nothing outside the repository, and the project's own
// cases in the same format.
var caseFiles = []string{"../../testdata/eval/gold.json", "../../testdata/cases/cases.json"}

type goldCase struct {
	Name           string      `json:"name"`
	Left           string      `json:"left"`
	Right          string      `json:"right"`
	Complete       bool        `json:"complete"`
	AllAligned     bool        `json:"all_aligned"`
	MaxAlignments  *int        `json:"max_alignments"` // sentence links, as the scorer counts them
	MaxDifferences *int        `json:"max_differences"`
	Aligned        [][2]string `json:"aligned"`
	NotAligned     [][2]string `json:"not_aligned"`
	LeftOnly       []string    `json:"left_only"`
	RightOnly      []string    `json:"right_only"`
	Differences    []goldDiff  `json:"differences"`
	Forbidden      []goldDiff  `json:"forbidden"`
}

type goldDiff struct {
	Kinds []string `json:"kinds"`
	Left  string   `json:"left"`
	Right string   `json:"right"`
}

// TestGoldCases runs the evaluation cases end to end through Compare and
// applies the same checks as the shared scorer: every expected link present, no
// forbidden link, every expected difference found with its kind and words, and no
// difference that only restates cosmetic variation.
func TestGoldCases(t *testing.T) {
	srv := New(Config{})
	for _, file := range caseFiles {
		var gold struct {
			Cases []goldCase `json:"cases"`
		}
		readJSON(t, file, &gold)
		for _, c := range gold.Cases {
			t.Run(c.Name, func(t *testing.T) { runGoldCase(t, srv, filepath.Dir(file), c) })
		}
	}
}

// runGoldCase compares the articles of case c, whose files are in dir, and
// reports every check that fails.
func runGoldCase(t *testing.T, srv *Server, dir string, c goldCase) {
	t.Helper()
	req := &comparedv1.CompareRequest{
		Left:  &comparedv1.Article{Text: readText(t, filepath.Join(dir, c.Left))},
		Right: &comparedv1.Article{Text: readText(t, filepath.Join(dir, c.Right))},
	}
	resp, err := srv.Compare(context.Background(), req)
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	for _, problem := range checkGold(c, resp) {
		t.Error(problem)
	}
}

func checkGold(c goldCase, resp *comparedv1.CompareResponse) []string {
	ls, rs := normTexts(resp.GetLeftSentences()), normTexts(resp.GetRightSentences())
	links := map[[2]int]bool{}
	for _, a := range resp.GetAlignments() {
		for _, i := range a.GetLeftSentences() {
			for _, j := range a.GetRightSentences() {
				links[[2]int{int(i), int(j)}] = true
			}
		}
	}
	linked := func(l, r string) bool {
		for _, i := range find(ls, l) {
			for _, j := range find(rs, r) {
				if links[[2]int{i, j}] {
					return true
				}
			}
		}
		return false
	}
	var problems []string
	for _, p := range c.Aligned {
		if !linked(p[0], p[1]) {
			problems = append(problems, fmt.Sprintf("not aligned: %q ~ %q", p[0], p[1]))
		}
	}
	for _, p := range c.NotAligned {
		if linked(p[0], p[1]) {
			problems = append(problems, fmt.Sprintf("wrongly aligned: %q ~ %q", p[0], p[1]))
		}
	}
	for _, s := range c.LeftOnly {
		if linked(s, "*") {
			problems = append(problems, fmt.Sprintf("left-only sentence aligned: %q", s))
		}
	}
	for _, s := range c.RightOnly {
		if linked("*", s) {
			problems = append(problems, fmt.Sprintf("right-only sentence aligned: %q", s))
		}
	}
	diffs := resp.GetDifferences()
	for _, g := range c.Differences {
		if !slices.ContainsFunc(diffs, func(d *comparedv1.Difference) bool { return matchesGold(d, g) }) {
			problems = append(problems, fmt.Sprintf("difference not found: %v %q -> %q", g.Kinds, g.Left, g.Right))
		}
	}
	for _, g := range c.Forbidden {
		if slices.ContainsFunc(diffs, func(d *comparedv1.Difference) bool { return matchesGold(d, g) }) {
			problems = append(problems, fmt.Sprintf("forbidden difference reported: %v %q -> %q", g.Kinds, g.Left, g.Right))
		}
	}
	if c.Complete {
		for _, d := range diffs {
			if l := norm(d.GetLeftText()); l != "" && l == norm(d.GetRightText()) {
				problems = append(problems, fmt.Sprintf("cosmetic difference reported: %q", d.GetLeftText()))
			}
		}
	}
	if c.MaxAlignments != nil && len(links) > *c.MaxAlignments {
		problems = append(problems, fmt.Sprintf("%d sentence links, want at most %d", len(links), *c.MaxAlignments))
	}
	if c.MaxDifferences != nil && len(diffs) > *c.MaxDifferences {
		problems = append(problems, fmt.Sprintf("%d differences, want at most %d", len(diffs), *c.MaxDifferences))
	}
	if c.AllAligned {
		for i := range ls {
			if !slices.ContainsFunc(resp.GetAlignments(), func(a *comparedv1.Alignment) bool { return slices.Contains(a.GetLeftSentences(), uint32(i)) }) {
				problems = append(problems, fmt.Sprintf("left sentence %d not aligned", i))
			}
		}
	}
	return problems
}

func matchesGold(d *comparedv1.Difference, g goldDiff) bool {
	kind := strings.TrimPrefix(d.GetKind().String(), "DIFFERENCE_KIND_")
	dl, dr := norm(d.GetLeftText()), norm(d.GetRightText())
	gl, gr := norm(g.Left), norm(g.Right)
	return slices.Contains(g.Kinds, kind) && strings.Contains(dl, gl) && strings.Contains(dr, gr) && (dl != "" || dr != "")
}

// norm folds text as the shared scorer does: cosmetic variants, spacing and case.
func norm(s string) string {
	return strings.ToLower(segment.Fold(s))
}

func normTexts(ss []*comparedv1.Sentence) []string {
	out := make([]string, len(ss))
	for k, s := range ss {
		out[k] = norm(s.GetText())
	}
	return out
}

// find returns the indexes of the sentences that contain snippet; "*" is all.
func find(sents []string, snippet string) []int {
	var out []int
	n := norm(snippet)
	for i, s := range sents {
		if snippet == "*" || strings.Contains(s, n) {
			out = append(out, i)
		}
	}
	return out
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func readText(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
