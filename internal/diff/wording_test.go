package diff

import (
	"strconv"
	"testing"
)

// FuzzWithQuoted checks that withQuoted quotes as strconv.Quote does, whatever
// the text: the seeds below run as a test, and `go test -fuzz` goes further.
func FuzzWithQuoted(f *testing.F) {
	for _, s := range []string{"", "Geneva", `the "moderate" rebels`, `a\b`, "non\u00a0breaking", "tab\there",
		"\xff\xfe", "curly \u201cquotes\u201d", "Zoë Müller", "emoji \U0001F600", "\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := withQuoted("before ", s, " after"), "before "+strconv.Quote(s)+" after"; got != want {
			t.Errorf("withQuoted(%q) = %s, want %s", s, got, want)
		}
	})
}
