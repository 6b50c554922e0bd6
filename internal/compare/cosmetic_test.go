package compare

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestCosmeticVariantsReportNothing checks every case article against copies
// of itself that differ only cosmetically: curly quotation marks and
// apostrophes, other dashes, repeated and non-breaking spaces, CRLF line
// endings, the text hard-wrapped again at three widths, compounds broken
// at their hyphens, invisible characters, paragraphs one a line, and a
// byte-order mark.
// No copy may report a difference or leave a sentence unaligned.
func TestCosmeticVariantsReportNothing(t *testing.T) {
	files, err := filepath.Glob("../../testdata/cases/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case articles: %v", err)
	}
	variants := []struct {
		name   string
		change func(string) string
	}{
		{"marks, dashes, spaces and line endings", func(s string) string { return crlf(spaced(dashed(curled(s)))) }},
		{"re-wrapped at 45", func(s string) string { return rewrapped(s, 45) }},
		{"re-wrapped at 60", func(s string) string { return rewrapped(s, 60) }},
		{"re-wrapped at 72", func(s string) string { return rewrapped(s, 72) }},
		{"invisible characters and spaces of other kinds", invisibles},
		{"paragraphs one a line, without blank lines", func(s string) string { return strings.ReplaceAll(s, "\n\n", "\n") }},
		{"a byte-order mark", func(s string) string { return "\ufeff" + s }},
		{"re-wrapped at 55, spaces left at the lines' ends", func(s string) string { return crlf(strings.ReplaceAll(rewrapped(s, 55), "\n", "  \n")) }},
	}
	c := New(0)
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, v := range variants {
			copied := v.change(text)
			res, err := c.Compare(context.Background(), Article{Text: text}, Article{Text: copied}, Options{})
			if err != nil {
				t.Fatalf("%s, %s: %v", filepath.Base(file), v.name, err)
			}
			for _, d := range res.Differences {
				t.Errorf("%s, %s: difference %q", filepath.Base(file), v.name, d.Summary)
			}
			if res.Stats.LeftAligned < 1 || res.Stats.RightAligned < 1 {
				t.Errorf("%s, %s: %.0f%% of the left and %.0f%% of the right aligned", filepath.Base(file), v.name, 100*res.Stats.LeftAligned, 100*res.Stats.RightAligned)
			}
		}
	}
}

// curled writes straight quotation marks and apostrophes as typographers do.
func curled(s string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		switch {
		case r == '"' && (unicode.IsSpace(prev) || strings.ContainsRune("([-\u2014", prev)):
			r = '\u201c'
		case r == '"':
			r = '\u201d'
		case r == '\'':
			r = '\u2019'
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// dashed swaps the dashes set off by spaces: hyphens for en dashes and em
// dashes for hyphens.
func dashed(s string) string {
	return strings.NewReplacer(" - ", " \u2013 ", " \u2014 ", " - ").Replace(s)
}

// spaced puts two spaces after full stops and a non-breaking space after
// commas.
func spaced(s string) string {
	return strings.NewReplacer(". ", ".  ", ", ", ",\u00a0").Replace(s)
}

// invisibles puts a soft hyphen or a zero-width space inside some long
// words and a non-breaking space after some others, as text copied from web
// pages carries them.
func invisibles(s string) string {
	words := strings.Split(s, " ")
	for k, w := range words {
		switch {
		case k%11 == 5 && len(w) > 6 && isLetters(w):
			words[k] = w[:3] + "\u00ad" + w[3:]
		case k%13 == 7 && len(w) > 6 && isLetters(w):
			words[k] = w[:2] + "\u200b" + w[2:]
		case k%7 == 3 && k+1 < len(words):
			words[k] = w + "\u00a0"
			continue
		}
		if k+1 < len(words) {
			words[k] += " "
		}
	}
	return strings.Join(words, "")
}

// isLetters reports whether w is ASCII letters only.
func isLetters(w string) bool {
	for i := range len(w) {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// crlf ends lines with CRLF.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// rewrapped hard-wraps every paragraph that stands on one line at width,
// breaking lines at spaces and after the hyphens inside words, as text
// wrappers do.
func rewrapped(s string, width int) string {
	paragraphs := strings.Split(s, "\n\n")
	for k, p := range paragraphs {
		if !strings.Contains(strings.TrimSpace(p), "\n") {
			paragraphs[k] = wrap(p, width)
		}
	}
	return strings.Join(paragraphs, "\n\n")
}

// wrap breaks one paragraph into lines of at most width characters where it
// can.
func wrap(p string, width int) string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(p) {
		for k, chunk := range hyphenChunks(word) {
			sep := " "
			if k > 0 {
				sep = "" // the rest of a word after its hyphen
			}
			switch {
			case line == "":
				line = chunk
			case len(line)+len(sep)+len(chunk) <= width:
				line += sep + chunk
			default:
				lines = append(lines, line)
				line = chunk
			}
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// hyphenChunks splits a word after each hyphen between two letters:
// "Russian-sponsored" is "Russian-", "sponsored".
func hyphenChunks(word string) []string {
	var out []string
	start := 0
	runes := []rune(word)
	for k := 1; k+1 < len(runes); k++ {
		if runes[k] == '-' && unicode.IsLetter(runes[k-1]) && unicode.IsLetter(runes[k+1]) {
			out = append(out, string(runes[start:k+1]))
			start = k + 1
		}
	}
	return append(out, string(runes[start:]))
}
