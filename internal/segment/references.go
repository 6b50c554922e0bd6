package segment

import (
	"html"
	"strings"
)

// References is the way back from a text whose HTML character references
// were decoded ("&quot;", "&#8217;", "&amp;", "&nbsp;": text copied from a
// page's source) to the text as sent. The zero value is the way back from a
// text with none: every offset is its own.
type References struct {
	sent []int32 // sent[d] is the offset in the text as sent of decoded byte d; nil when nothing was decoded
}

// maxReference is the longest character reference decoded, in bytes
// ("&thetasym;", "&#x1F600;").
const maxReference = 12

// DecodeReferences returns text with its HTML character references decoded,
// and the way back. A reference must end in a semicolon and name a character
// the HTML standard knows; anything else stays as written, so that "AT&T;" or
// "R&D" read as they stand.
func DecodeReferences(text string) (string, References) {
	if !strings.Contains(text, "&") || !strings.Contains(text, ";") {
		return text, References{}
	}
	var b strings.Builder
	var sent []int32
	copied := 0 // text[:copied] is in b
	for i := 0; i < len(text); i++ {
		if text[i] != '&' {
			continue
		}
		end := referenceEnd(text, i)
		if end < 0 {
			continue
		}
		decoded := html.UnescapeString(text[i:end])
		if decoded == text[i:end] || strings.Contains(decoded, ";") {
			continue // unknown, or a legacy name without its semicolon before other letters ("&notit;")
		}
		if sent == nil {
			b.Grow(len(text))
			sent = make([]int32, 0, len(text)+1)
		}
		for k := copied; k < i; k++ {
			sent = append(sent, int32(k))
		}
		b.WriteString(text[copied:i])
		for range len(decoded) {
			sent = append(sent, int32(i)) // inside the character: where its reference starts
		}
		b.WriteString(decoded)
		copied, i = end, end-1
	}
	if sent == nil {
		return text, References{}
	}
	for k := copied; k <= len(text); k++ {
		sent = append(sent, int32(k))
	}
	b.WriteString(text[copied:])
	return b.String(), References{sent: sent}
}

// referenceEnd returns the end of the character reference that starts at
// text[i] ("&name;", "&#123;", "&#x1F;"), or -1.
func referenceEnd(text string, i int) int {
	j := i + 1
	numeric := j < len(text) && text[j] == '#'
	if numeric {
		j++
		if j < len(text) && (text[j] == 'x' || text[j] == 'X') {
			j++
		}
	}
	start := j
	for j < len(text) && j-i < maxReference && isReferenceByte(text[j], numeric) {
		j++
	}
	if j == start || j >= len(text) || text[j] != ';' {
		return -1
	}
	return j + 1
}

func isReferenceByte(c byte, numeric bool) bool {
	hex := c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	digit := c >= '0' && c <= '9'
	letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	if numeric {
		return digit || hex
	}
	return letter || digit
}

// Sent returns the offset in the text as sent of offset d of the decoded text.
// The end of a decoded character is the end of its reference.
func (r References) Sent(d int) int {
	if r.sent == nil {
		return d
	}
	return int(r.sent[d])
}

// Decoded reports whether any reference was decoded.
func (r References) Decoded() bool { return r.sent != nil }
