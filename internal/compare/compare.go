// Package compare runs the comparison pipeline for one pair of articles: it
// analyses each article on its own (segment, quotes, facts), aligns the two and
// finds their differences.
package compare

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/diff"
	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
)

// Article is one article to compare.
type Article struct {
	Text      string
	Published time.Time // zero when unknown
}

// Analysis is what one article yields on its own: sentences, quotes, facts and the
// content terms alignment uses. It does not depend on the other article, so it is
// computed once and reused across pairs; it is never modified after Analyze.
type Analysis struct {
	diff.Side
	terms align.Prepared
	// Sent is the text as the request sent it. Doc.Text is what was read: the
	// same, but with HTML character references decoded ("&#8217;" read as "’"),
	// and every span points into it; SentSpan maps one back.
	Sent string
	refs segment.References
}

// SentSpan returns the span of Sent that the span [start, end) of Doc.Text was
// read from.
func (a Analysis) SentSpan(start, end int) (int, int) {
	return a.refs.Sent(start), a.refs.Sent(end)
}

// Decoded reports whether Doc.Text differs from Sent: whether any character
// reference was decoded.
func (a Analysis) Decoded() bool { return a.refs.Decoded() }

// Options tune a comparison.
type Options struct {
	Align align.Options
	Diff  diff.Options
}

// Result is the comparison of one pair.
type Result struct {
	Left, Right Analysis
	Alignments  []align.Alignment
	Differences []diff.Difference
	Stats       Stats
}

// Stats are summary figures of a comparison.
type Stats struct {
	LeftSentences, RightSentences int
	LeftAligned, RightAligned     float64 // share of sentences in an alignment, 0..1
	Similarity                    float64 // overall content similarity, 0..1
}

// Comparer runs the pipeline. It is safe for concurrent use.
type Comparer struct {
	quotes  *quotes.Extractor
	facts   *facts.Extractor
	aligner *align.Aligner
	differ  *diff.Differ
	cache   *analysisCache // nil when caching is off
}

// New returns a Comparer with the built-in lexicon that keeps the analyses of up
// to cacheSize articles of news length (0 for none): the cache holds cacheSize
// times 4 KiB of article text, a longer article taking the room of several.
func New(cacheSize int) *Comparer {
	lex := lexicon.New()
	return &Comparer{
		quotes:  quotes.New(lex),
		facts:   facts.New(lex),
		aligner: align.New(lex),
		differ:  diff.New(),
		cache:   newAnalysisCache(cacheSize),
	}
}

// CacheStats reports the analysis cache's hits, misses and size.
func (c *Comparer) CacheStats() CacheStats {
	if c.cache == nil {
		return CacheStats{}
	}
	return CacheStats{Hits: c.cache.hits.Load(), Misses: c.cache.misses.Load(), Entries: c.cache.lru.Len()}
}

// Analyze segments one article and extracts its quotes and facts, or returns
// the cached analysis of the same text.
func (c *Comparer) Analyze(ctx context.Context, a Article) (Analysis, error) {
	if c.cache == nil {
		return c.analyze(ctx, a)
	}
	k := keyOf(a)
	if an, ok := c.cache.get(k); ok {
		return an, nil
	}
	an, err := c.analyze(ctx, a)
	if err == nil {
		c.cache.add(k, an)
	}
	return an, err
}

func (c *Comparer) analyze(ctx context.Context, a Article) (Analysis, error) {
	// The stages below take a few hundred milliseconds at most on the largest
	// articles accepted; the context is checked between them.
	text, refs := segment.DecodeReferences(a.Text)
	doc := segment.Segment(text)
	if err := ctx.Err(); err != nil {
		return Analysis{}, fmt.Errorf("segment: %w", err)
	}
	qs := c.quotes.Extract(doc)
	if err := ctx.Err(); err != nil {
		return Analysis{}, fmt.Errorf("quotes: %w", err)
	}
	fs := c.facts.Extract(doc, a.Published)
	if err := ctx.Err(); err != nil {
		return Analysis{}, fmt.Errorf("facts: %w", err)
	}
	side := diff.NewSide(doc, qs, fs)
	return Analysis{Side: side, terms: c.aligner.Prepare(doc, quoting(qs), values(doc.Text, fs)), Sent: a.Text, refs: refs}, ctx.Err()
}

// quoting returns the spans of the direct quotations and of the attributions
// among qs.
func quoting(qs []quotes.Quote) align.Quoting {
	var out align.Quoting
	for _, q := range qs {
		if q.Direct {
			out.Quotations = append(out.Quotations, align.Span{Start: q.Start, End: q.End})
		}
		a := q.Attribution
		switch {
		case !a.Found() || a.End <= a.Start:
		case a.Around.End > a.Around.Start:
			// Standing around its statement: the words between are no credit.
			out.Attributions = append(out.Attributions, align.Span{Start: a.Start, End: a.Around.Start}, align.Span{Start: a.Around.End, End: a.End})
		default:
			out.Attributions = append(out.Attributions, align.Span{Start: a.Start, End: a.End})
		}
	}
	return out
}

// values returns the numbers and dates among fs, facts of text, for
// alignment, each keyed by its type and value.
func values(text string, fs []facts.Fact) []align.Value {
	var out []align.Value
	for _, f := range fs {
		switch {
		case f.Type == facts.Number && f.Unit == "ordinal" && facts.InWords(f):
			// "second-biggest", "a seventh defeat": a word of the sentence,
			// weighed as one, not a figure that links sentences.
		case f.Type == facts.Number:
			key := "#" + f.Value
			if f.Unit == "%" {
				key += "%" // "2% of its staff" and "two plants" are different figures
			}
			v := align.Value{Span: align.Span{Start: f.Start, End: f.End}, Key: key, Near: leadingDigits(f.Value), Figure: true}
			if r := roundedToThree(f.Value); r != "" && writtenPrecisely(f.Text) {
				v.Rounded = "#" + r + strings.TrimPrefix(key, "#"+f.Value)
			}
			if facts.InWords(f) && strings.Contains(f.Value, "-") {
				// "dozens", "millions of people": a magnitude, which stories
				// of anything share ("Millions ... watched the eclipse on
				// Monday" / "taking millions of dollars in bribes" on a Monday).
				v.Figure, v.Magnitude = false, true
			}
			// "Sinner, 23,": who someone is, not what happened ("He was 91." is what).
			v.Describes = facts.AgeBesideName(text, f)
			if facts.ReadsAsYear(f) {
				v.Year = "@y" + f.Value // "to 2008 levels" and "since 2008"
			}
			if a, b, ok := strings.Cut(f.Value, "-"); ok && strings.Contains(f.Text, " to ") && !v.Magnitude && isFigure(a) && isFigure(b) {
				// "by 364 votes to 194" holds "364" and "194", which the
				// other report may give apart; a score written "40-22" the
				// other writes so too.
				v.Sides = [2]string{"#" + a, "#" + b}
			}
			out = append(out, v)
		case f.Type == facts.Date:
			v := align.Value{Span: align.Span{Start: f.Start, End: f.End}, Key: dateKey(f)}
			if f.When.Month > 0 && f.When.Day > 0 {
				v.Broader = fmt.Sprintf("@%02d", f.When.Month)
				if f.Dateline {
					v.FiledOn = time.Date(2000, time.Month(f.When.Month), f.When.Day, 0, 0, 0, 0, time.UTC).YearDay() // a leap year: every day has its place
				}
			}
			if w := f.When; w.Year > 0 && w.Month > 0 && w.Day > 0 {
				// as dateKey keys "Tuesday" alone (DayOfWeek is 1 for Sunday)
				v.Weekday = "@" + strings.ToLower(time.Weekday(w.DayOfWeek()-1).String())
			}
			if y := f.When.Year; y > 0 && strings.Contains(f.Text, strconv.Itoa(y)) {
				v.Year = fmt.Sprintf("@y%d", y) // written out, not the publication's
			}
			out = append(out, v)
		}
	}
	return out
}

// isFigure reports whether s is a number written in digits, as facts
// values are.
func isFigure(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return s != "" && err == nil
}

// roundedToThree returns value, a number, rounded to three significant
// digits when it has more ("35080000000" -> "35100000000", "1.234" ->
// "1.23"), and "" otherwise or for a year, which is no measure rounded.
func roundedToThree(value string) string {
	digits := strings.Trim(strings.ReplaceAll(strings.TrimPrefix(value, "-"), ".", ""), "0")
	v, err := strconv.ParseFloat(value, 64)
	if len(digits) <= 3 || err != nil || v >= 1000 && v <= 2100 && v == math.Trunc(v) {
		return ""
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 3, 64), 64)
	if err != nil {
		return ""
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// writtenPrecisely reports whether a figure's text writes more than three
// significant digits: "$35.08 billion", "102,100", not "1,500" nor "three
// hours and four minutes", whose value in hours is no figure anyone wrote.
func writtenPrecisely(text string) bool {
	digits, zeros := 0, 0 // digits from the first that is not 0; the zeros that end them
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '0' && digits > 0:
			digits, zeros = digits+1, zeros+1
		case c >= '1' && c <= '9':
			digits, zeros = digits+1, 0
		}
	}
	return digits-zeros > 3
}

// leadingDigits keys a number by its first two significant digits and its
// magnitude, so that a figure and the same figure rounded ("29.49" and "29.5",
// "66.2" and "66") have something in common; "" for zero or no number.
func leadingDigits(value string) string {
	v, err := strconv.ParseFloat(value, 64)
	if err != nil || v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return ""
	}
	v = math.Abs(v)
	magnitude := math.Floor(math.Log10(v))
	lead := math.Floor(v / math.Pow(10, magnitude-1) * (1 + 1e-9)) // the slack keeps 0.3 from reading 29.99...
	return fmt.Sprintf("#~%.0fe%.0f", lead, magnitude)
}

// dateKey keys a date by the month and day it names, or else by its words: not
// by a year that one article's publication date supplies and the other's may
// not ("August" in a dated article and in an undated one is one term).
func dateKey(f facts.Fact) string {
	if w := f.When; w.Month > 0 {
		return fmt.Sprintf("@%02d-%02d", w.Month, w.Day)
	}
	return "@" + strings.ToLower(segment.Fold(f.Text))
}

// Compare compares two articles.
func (c *Comparer) Compare(ctx context.Context, left, right Article, opts Options) (*Result, error) {
	l, err := c.Analyze(ctx, left)
	if err != nil {
		return nil, fmt.Errorf("analyse left article: %w", err)
	}
	r, err := c.Analyze(ctx, right)
	if err != nil {
		return nil, fmt.Errorf("analyse right article: %w", err)
	}
	return c.CompareAnalyses(ctx, l, r, opts)
}

// CompareAnalyses compares two articles already analysed with Analyze.
func (c *Comparer) CompareAnalyses(ctx context.Context, l, r Analysis, opts Options) (*Result, error) {
	alignments, err := c.aligner.Align(ctx, l.terms, r.terms, opts.Align)
	if err != nil {
		return nil, fmt.Errorf("align: %w", err)
	}
	diffs, err := c.differ.Diff(ctx, l.Side, r.Side, alignments, opts.Diff)
	if err != nil {
		return nil, fmt.Errorf("diff: %w", err)
	}
	return &Result{
		Left: l, Right: r,
		Alignments:  alignments,
		Differences: diffs,
		Stats:       stats(l.Doc, r.Doc, alignments),
	}, nil
}

// stats summarises an alignment: the share of each side's sentences aligned, and
// the overall similarity, each alignment's similarity weighted by its sentences.
func stats(l, r segment.Document, as []align.Alignment) Stats {
	s := Stats{LeftSentences: len(l.Sentences), RightSentences: len(r.Sentences)}
	var nl, nr int
	weighted := 0.0
	for _, a := range as {
		nl += len(a.Left)
		nr += len(a.Right)
		weighted += a.Similarity * float64(len(a.Left)+len(a.Right))
	}
	if s.LeftSentences > 0 {
		s.LeftAligned = float64(nl) / float64(s.LeftSentences)
	}
	if s.RightSentences > 0 {
		s.RightAligned = float64(nr) / float64(s.RightSentences)
	}
	if total := s.LeftSentences + s.RightSentences; total > 0 {
		s.Similarity = weighted / float64(total)
	}
	return s
}
