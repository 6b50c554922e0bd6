package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/compared/compared/internal/segment"
)

// span is a quoted stretch: the marks at open and close, the words in between.
type span struct {
	open, close int // byte offsets of the opening mark and of the closing mark (or paragraph end)
	textStart   int // first byte after the opening mark
	closed      bool
}

// scanMarks pairs the quotation marks of text[start:end], one paragraph. Straight
// double marks pair by position, curly ones by direction; single marks count only
// where they cannot be an apostrophe, and only outside a double quotation (inside
// one they are a nested quote and stay part of it). A quotation still open at the
// paragraph's end closes there.
func scanMarks(text string, start, end int) []span {
	var out []span
	var cur *span
	var single bool // cur was opened by a single mark
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case cur == nil && (r == '"' || r == '\u201C' || r == '\u201E' || r == '\u00AB'):
			cur, single = &span{open: i, textStart: i + n}, false
		case cur == nil && (r == '\u2018' || r == '\'') && opensSingle(text, start, i, end):
			cur, single = &span{open: i, textStart: i + n}, true
		case cur != nil && !single && (r == '"' || r == '\u201D' || r == '\u00BB'):
			cur.close, cur.closed = i, true
			out = append(out, *cur)
			cur = nil
		case cur != nil && single && (r == '\u2019' || r == '\'') && closesSingle(text, i, n, end):
			cur.close, cur.closed = i, true
			out = append(out, *cur)
			cur = nil
		}
		i += n
	}
	if cur != nil {
		cur.close = end
		out = append(out, *cur)
	}
	return out
}

// opensSingle reports whether the single mark at i opens a quotation: it follows
// space or the paragraph start and a letter follows it.
func opensSingle(text string, start, i, end int) bool {
	if i > start {
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		if !unicode.IsSpace(prev) && prev != '(' && prev != '\u2014' {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[i+1 : end])
	return i+1 < end && unicode.IsLetter(next)
}

// closesSingle reports whether the single mark at i closes a quotation rather than
// being an apostrophe inside a word ("Assad's").
func closesSingle(text string, i, n, end int) bool {
	if i+n >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+n : end])
	return !unicode.IsLetter(next)
}

// paragraphs returns the byte range of each paragraph of doc and the index of its
// first sentence.
func paragraphs(doc segment.Document) []paragraph {
	var out []paragraph
	for k, s := range doc.Sentences {
		if len(out) == 0 || out[len(out)-1].index != s.Paragraph {
			out = append(out, paragraph{index: s.Paragraph, start: s.Start, first: k})
		}
		p := &out[len(out)-1]
		p.end, p.last = s.End, k
	}
	return out
}

type paragraph struct {
	index       int // paragraph number
	start, end  int // byte range
	first, last int // first and last sentence index
}
