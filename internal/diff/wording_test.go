package diff

import (
	"strconv"
	"testing"

	"github.com/compared/compared/internal/segment"
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

// TestClassify checks the kind of change classify gives an edit of whole
// texts, among them texts that are the same once their case, punctuation or
// spaces are set aside.
func TestClassify(t *testing.T) {
	tests := []struct {
		left, right string
		want        Change
	}{
		{"Foreign Minister", "foreign minister", CaseOnly},
		{"\u201cWe will\u201d", "\"we will\"", CaseOnly},
		{"al-Assad", "al Assad", PunctuationOnly},
		{"U.S. officials", "US officials", PunctuationOnly},
		{"cease-fire", "ceasefire", Spelling},
		{"under investment", "underinvestment", Spelling},
		{"re-\nelection", "re-election", Spelling},
		{"colour", "color", Spelling},
		{"that's", "that is", Spelling},
		{"rebels", "opposition", Substituted},
		{"al-Assad", "al Asad", Substituted},
		{"ceasefire", "cease fires", Substituted},
	}
	for _, tt := range tests {
		l, r := segment.Segment(tt.left), segment.Segment(tt.right)
		e := edit{left: l.Sentences[0].Tokens, right: r.Sentences[0].Tokens}
		if got := classify(e); got != tt.want {
			t.Errorf("classify(%q, %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
}

// FuzzContentCount checks that contentCount counts the words contentWords
// returns, whatever the text.
func FuzzContentCount(f *testing.F) {
	for _, s := range []string{"", "The", "the and of", "Kerry said on Tuesday.", `"We will win," Smith said.`, "İSTANBUL — Ünal, 40, said",
		"\u00a0spaced\tout\nwords ", "-- ... !!", "Évacuated AND fled", "IT'S the chipmaker's", "'s 'S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := contentCount(s), len(contentWords(s)); got != want {
			t.Errorf("contentCount(%q) = %d, want %d", s, got, want)
		}
	})
}
