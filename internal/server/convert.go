package server

import (
	"unicode/utf8"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/compare"
	"github.com/compared/compared/internal/diff"
	"github.com/compared/compared/internal/quotes"
)

func article(a *comparedv1.Article) compare.Article {
	out := compare.Article{Text: a.GetText()}
	if a.GetPublishedAt() != nil {
		out.Published = a.GetPublishedAt().AsTime()
	}
	return out
}

func options(o *comparedv1.CompareOptions) compare.Options {
	var out compare.Options
	out.Align.MinSimilarity = o.GetMinSimilarity()
	out.Diff.IgnoreMinorEdits = o.GetIgnoreMinorEdits()
	out.Diff.ReportCaseChanges = o.GetReportCaseChanges()
	return out
}

// toResponse maps a comparison result to the API response.
func toResponse(req *comparedv1.CompareRequest, res *compare.Result) *comparedv1.CompareResponse {
	enc := req.GetOptions().GetSpanEncoding()
	lc := newSpanConverter(res.Left, enc)
	rc := newSpanConverter(res.Right, enc)
	resp := &comparedv1.CompareResponse{
		PairId:         req.GetPairId(),
		LeftSentences:  sentences(res.Left, lc),
		RightSentences: sentences(res.Right, rc),
		Stats: &comparedv1.Stats{
			LeftSentenceCount:  uint32(res.Stats.LeftSentences),
			RightSentenceCount: uint32(res.Stats.RightSentences),
			LeftAlignedShare:   res.Stats.LeftAligned,
			RightAlignedShare:  res.Stats.RightAligned,
			Similarity:         res.Stats.Similarity,
		},
	}
	if !req.GetOptions().GetOmitAnalysis() {
		resp.LeftAnalysis, resp.RightAnalysis = analysis(res.Left, lc), analysis(res.Right, rc)
	}
	for _, a := range res.Alignments {
		resp.Alignments = append(resp.Alignments, &comparedv1.Alignment{
			LeftSentences:  uint32s(a.Left),
			RightSentences: uint32s(a.Right),
			Similarity:     a.Similarity,
			Kind:           alignmentKind(a.Kind),
		})
	}
	for _, d := range res.Differences {
		resp.Differences = append(resp.Differences, difference(d, lc, rc))
	}
	return resp
}

func sentences(a compare.Analysis, c spanConverter) []*comparedv1.Sentence {
	out := make([]*comparedv1.Sentence, len(a.Doc.Sentences))
	for k, s := range a.Doc.Sentences {
		out[k] = &comparedv1.Sentence{Text: c.text(s.Text, s.Start, s.End), Span: c.span(s.Start, s.End), Paragraph: uint32(s.Paragraph)}
	}
	return out
}

func analysis(a compare.Analysis, c spanConverter) *comparedv1.ArticleAnalysis {
	out := &comparedv1.ArticleAnalysis{}
	for _, q := range a.Quotes {
		pq := &comparedv1.Quote{Text: c.text(q.Text, q.Start, q.End), Span: c.span(q.Start, q.End), Direct: q.Direct, Sentence: uint32(q.Sentence)}
		if q.Attribution.Found() {
			pq.Attribution = attribution(&q.Attribution, c)
		}
		out.Quotes = append(out.Quotes, pq)
	}
	for _, f := range a.Facts {
		out.Facts = append(out.Facts, &comparedv1.Fact{
			Type: factType(f.Type), Text: c.text(f.Text, f.Start, f.End), Span: c.span(f.Start, f.End), Value: f.Value,
			Hedge: f.Hedge, Unit: f.Unit, Resolved: f.Resolved, Sentence: uint32(f.Sentence),
		})
	}
	return out
}

func attribution(a *quotes.Attribution, c spanConverter) *comparedv1.Attribution {
	if a == nil {
		return nil
	}
	out := &comparedv1.Attribution{
		Text: a.Text, Speaker: a.Speaker, SpeakerAsWritten: a.SpeakerAsWritten, Cue: a.Cue,
		Intermediary: a.Intermediary, Setting: a.Setting, Hedge: a.Hedge,
	}
	if a.End > a.Start {
		out.Text, out.Span = c.text(a.Text, a.Start, a.End), c.span(a.Start, a.End)
	}
	return out
}

func difference(d diff.Difference, lc, rc spanConverter) *comparedv1.Difference {
	out := &comparedv1.Difference{
		Kind: differenceKind(d.Kind), LeftText: d.LeftText, RightText: d.RightText, Summary: d.Summary,
	}
	if d.Left != (diff.Span{}) {
		out.LeftText, out.LeftSpan = lc.text(d.LeftText, d.Left.Start, d.Left.End), lc.span(d.Left.Start, d.Left.End)
	}
	if d.Right != (diff.Span{}) {
		out.RightText, out.RightSpan = rc.text(d.RightText, d.Right.Start, d.Right.End), rc.span(d.Right.Start, d.Right.End)
	}
	if d.Alignment >= 0 {
		ai := uint32(d.Alignment)
		out.Alignment = &ai
	}
	switch {
	case d.Wording != nil:
		out.Detail = &comparedv1.Difference_Wording{Wording: &comparedv1.WordingDetail{
			Change: wordingChange(d.Wording.Change), QuoteAltered: d.Wording.QuoteAltered,
		}}
	case d.Attribution != nil:
		det := &comparedv1.AttributionDetail{
			Left:  attribution(d.Attribution.Left, lc),
			Right: attribution(d.Attribution.Right, rc),
		}
		for _, ch := range d.Attribution.Changes {
			det.Changes = append(det.Changes, attributionChange(ch))
		}
		out.Detail = &comparedv1.Difference_Attribution{Attribution: det}
	case d.Fact != nil:
		out.Detail = &comparedv1.Difference_Fact{Fact: &comparedv1.FactDetail{
			Type: factType(d.Fact.Type), Relation: factRelation(d.Fact.Relation),
			LeftValue: d.Fact.LeftValue, RightValue: d.Fact.RightValue,
		}}
	}
	return out
}

func uint32s(xs []int) []uint32 {
	out := make([]uint32, len(xs))
	for k, x := range xs {
		out[k] = uint32(x)
	}
	return out
}

// spanConverter turns byte offsets of the text read into offsets of the text
// as sent, in the requested encoding, and gives the words a span holds as sent.
type spanConverter struct {
	a     compare.Analysis
	units []int32 // units[b] = code units before byte b of the text as sent; nil for UTF-8
}

func newSpanConverter(a compare.Analysis, enc comparedv1.SpanEncoding) spanConverter {
	c := spanConverter{a: a}
	if enc != comparedv1.SpanEncoding_SPAN_ENCODING_UTF16 && enc != comparedv1.SpanEncoding_SPAN_ENCODING_CODE_POINT {
		return c
	}
	text := a.Doc.Text
	if a.Decoded() {
		text = a.Sent
	}
	c.units = make([]int32, len(text)+1)
	n := int32(0)
	for b := 0; b < len(text); {
		r, size := utf8.DecodeRuneInString(text[b:])
		for k := 0; k < size; k++ {
			c.units[b+k] = n
		}
		n++
		if enc == comparedv1.SpanEncoding_SPAN_ENCODING_UTF16 && r >= 0x10000 {
			n++
		}
		b += size
	}
	c.units[len(text)] = n
	return c
}

func (c spanConverter) span(start, end int) *comparedv1.Span {
	start, end = c.a.SentSpan(start, end)
	if c.units == nil {
		return &comparedv1.Span{Start: uint32(start), End: uint32(end)}
	}
	return &comparedv1.Span{Start: uint32(c.units[start]), End: uint32(c.units[end])}
}

// text returns the words of the span [start, end) as sent: read, where the text
// as sent is the text read.
func (c spanConverter) text(read string, start, end int) string {
	if !c.a.Decoded() {
		return read
	}
	start, end = c.a.SentSpan(start, end)
	return c.a.Sent[start:end]
}
