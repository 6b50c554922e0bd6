// Package report writes a comparison as a report a person can read in a terminal:
// the aligned sentences with their word changes marked, then the attribution and
// fact differences.
package report

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/compare"
	"github.com/compared/compared/internal/diff"
	"github.com/compared/compared/internal/segment"
)

// Style says how to mark changed words.
type Style struct {
	Color bool // ANSI colours (red for the left's words, green for the right's) instead of [-...-] {+...+}
}

func (s Style) removed(t string) string {
	if s.Color {
		return "\x1b[31m" + t + "\x1b[0m"
	}
	return "[-" + t + "-]"
}

func (s Style) added(t string) string {
	if s.Color {
		return "\x1b[32m" + t + "\x1b[0m"
	}
	return "{+" + t + "+}"
}

// Write writes the report of res to w.
func Write(w io.Writer, res *compare.Result, style Style) error {
	p := &printer{w: w}
	st := res.Stats
	p.printf("Left: %d sentences, right: %d sentences. Aligned: %.0f%% of the left, %.0f%% of the right. Similarity %.2f.\n",
		st.LeftSentences, st.RightSentences, 100*st.LeftAligned, 100*st.RightAligned, st.Similarity)

	// Every difference found in an alignment marks its words there: the word
	// edits, and the attribution phrases and facts reported in their own sections.
	byAlignment := make(map[int][]diff.Difference)
	var attribution, facts []diff.Difference
	for _, d := range res.Differences {
		if d.Alignment >= 0 {
			byAlignment[d.Alignment] = append(byAlignment[d.Alignment], d)
		}
		switch d.Kind {
		case diff.Attribution:
			attribution = append(attribution, d)
		case diff.Fact:
			facts = append(facts, d)
		}
	}
	p.printf("\nAligned sentences (%d)\n", len(res.Alignments))
	for ai, a := range res.Alignments {
		p.alignment(res, ai, a, byAlignment[ai], style)
	}
	p.section("Attribution differences", attribution)
	p.section("Fact differences", facts)
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) alignment(res *compare.Result, ai int, a align.Alignment, diffs []diff.Difference, style Style) {
	p.printf("\n  #%d  left %s ~ right %s  %s %.2f\n", ai, indexes(a.Left), indexes(a.Right), kindName(a.Kind), a.Similarity)
	if len(diffs) == 0 && sameTokens(res.Left.Doc.Tokens(a.Left), res.Right.Doc.Tokens(a.Right)) {
		p.printf("    = %s\n", sentencesText(res.Left.Doc, a.Left)) // differing only cosmetically, if at all
		return
	}
	var ls, rs []diff.Span
	for _, d := range diffs {
		if d.LeftText != "" && d.Left != (diff.Span{}) {
			ls = append(ls, changed(d.Left, d.Attribution, true)...)
		}
		if d.RightText != "" && d.Right != (diff.Span{}) {
			rs = append(rs, changed(d.Right, d.Attribution, false)...)
		}
	}
	p.printf("    - %s\n", marked(res.Left.Doc, a.Left, ls, style.removed))
	p.printf("    + %s\n", marked(res.Right.Doc, a.Right, rs, style.added))
}

// changed returns the spans to mark for a difference at span: the span, less
// what an attribution stands around (its quotation, compared on its own) on
// the left side or the right.
func changed(span diff.Span, detail *diff.AttributionDetail, left bool) []diff.Span {
	if detail == nil {
		return []diff.Span{span}
	}
	a := detail.Right
	if left {
		a = detail.Left
	}
	if a == nil || a.Around.End <= a.Around.Start {
		return []diff.Span{span}
	}
	return []diff.Span{{Start: span.Start, End: a.Around.Start}, {Start: a.Around.End, End: span.End}}
}

func (p *printer) section(title string, ds []diff.Difference) {
	p.printf("\n%s (%d)\n", title, len(ds))
	for _, d := range ds {
		p.printf("  - %s\n", d.Summary)
	}
}

// marked returns the sentences idx of doc with the spans marked by mark;
// overlapping spans are marked as one.
func marked(doc segment.Document, idx []int, spans []diff.Span, mark func(string) string) string {
	spans = union(spans)
	var parts []string
	for _, k := range idx {
		s := doc.Sentences[k]
		var b strings.Builder
		pos := s.Start
		for _, sp := range spans {
			// A span may run from one sentence into the next (". It will also"
			// against "and"): each sentence marks its own part.
			start, end := max(sp.Start, pos), min(sp.End, s.End)
			if start >= end {
				continue
			}
			b.WriteString(doc.Text[pos:start])
			b.WriteString(mark(doc.Text[start:end]))
			pos = end
		}
		b.WriteString(doc.Text[pos:s.End])
		parts = append(parts, segment.Fold(b.String()))
	}
	return strings.Join(parts, " ")
}

// union sorts spans and merges those that overlap.
func union(spans []diff.Span) []diff.Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []diff.Span
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

func sentencesText(doc segment.Document, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = segment.Fold(doc.Sentences[i].Text)
	}
	return strings.Join(parts, " ")
}

// sameTokens reports whether two runs of tokens read the same once folded
// (quotation marks, dashes, letter case): what "=" stands for.
func sameTokens(a, b []segment.Token) bool {
	return slices.EqualFunc(a, b, func(x, y segment.Token) bool { return x.Lower == y.Lower })
}

func indexes(xs []int) string {
	parts := make([]string, len(xs))
	for k, x := range xs {
		parts[k] = fmt.Sprint(x)
	}
	return strings.Join(parts, "+")
}

func kindName(k align.Kind) string {
	switch k {
	case align.Identical:
		return "identical"
	case align.NearIdentical:
		return "near-identical"
	case align.Paraphrase:
		return "paraphrase"
	case align.Partial:
		return "partial"
	}
	return "unknown"
}
