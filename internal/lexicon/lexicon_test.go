package lexicon

import "testing"

func TestLexicon(t *testing.T) {
	lex := New()
	tests := []struct {
		name string
		got  bool
	}{
		{"sets match whatever the case", lex.Outlets.Has("Reuters") && lex.Outlets.Has("reuters")},
		{"reporting verbs hold past and present", lex.ReportingVerbs.Has("said") && lex.ReportingVerbs.Has("says")},
		{"hedges", lex.Hedges.Has("reportedly")},
		{"months by name and abbreviation", lex.Months["september"] == 9 && lex.Months["sep"] == 9 && lex.Months["sept"] == 9},
		{"weekdays from Sunday", lex.Weekdays["sunday"] == 0 && lex.Weekdays["saturday"] == 6},
		{"number words", lex.NumberWords["seventeen"] == 17 && lex.NumberWords["ninety"] == 90},
		{"multi-word number hedges", lex.Hedging.Has("more than") && lex.Hedging.Has("at least")},
		{"a place is not a stop word", lex.Places.Has("geneva") && !lex.StopWords.Has("geneva")},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: not so", tt.name)
		}
	}
}
