package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a stretch of text that sentences do not cross: a paragraph, or a line
// that stands on its own (a heading, a URL, a number).
type block struct {
	start, end int // byte range in the article
	paragraph  int // zero-based paragraph index
}

// line is one line of the article, without its line break.
type line struct {
	start, end int    // byte range, without "\r\n" or "\n"
	text       string // trimmed content
}

// blocks groups the article's lines into blocks. A blank line ends a paragraph. A
// single line break is soft (a line wrapped inside a paragraph) when the line before
// it does not end a sentence and the line after it continues in lower case; a URL or
// number-only line always stands alone; any other single line break ends the
// paragraph, as in articles that put one paragraph on each line.
func blocks(text string) []block {
	var out []block
	lines := splitLines(text)
	para := -1
	open := false
	for k, ln := range lines {
		if ln.text == "" {
			open = false
			continue
		}
		if open && !continues(lines[k-1], ln) {
			open = false
		}
		if open {
			out[len(out)-1].end = ln.end
			continue
		}
		para++
		out = append(out, block{start: ln.start, end: ln.end, paragraph: para})
		open = true
	}
	return out
}

// continues reports whether next carries on the sentence that prev leaves open.
func continues(prev, next line) bool {
	if standsAlone(prev.text) || standsAlone(next.text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	for isCloser(last) && len(prev.text) > 1 {
		prev.text = prev.text[:len(prev.text)-utf8.RuneLen(last)]
		last, _ = utf8.DecodeLastRuneInString(prev.text)
	}
	if isTerminal(last) || last == ':' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsLower(first) || last == ',' || last == '-' || last == '\u2014'
}

// standsAlone reports whether a line is a URL or a bare number, which is never
// part of a sentence on a neighbouring line.
func standsAlone(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") {
		return !strings.ContainsAny(s, " \t")
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start <= len(text); {
		i := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if i >= 0 {
			end = start + i
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		out = append(out, line{start: start, end: e, text: strings.TrimFunc(text[start:e], unicode.IsSpace)})
		if i < 0 {
			break
		}
		start = end + 1
	}
	return out
}
