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
		{"ordinals in words", Ordinal("first") == 1 && Ordinal("fifth") == 5 && Ordinal("twentieth") == 20 && Ordinal("fifty") == 0},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: not so", tt.name)
		}
	}
}

func TestSetHas(t *testing.T) {
	s := NewSet("said", "zürich", "an organisation whose name runs longer than sixty-four letters, as some do")
	tests := []struct {
		give string
		want bool
	}{
		{"said", true},
		{"SAID", true},
		{"Said", true},
		{"says", false},
		{"Zürich", true},
		{"ZÜRICH", true},
		{"An Organisation Whose Name Runs Longer Than Sixty-Four Letters, As Some Do", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := s.Has(tt.give); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

func BenchmarkSetHas(b *testing.B) {
	s := NewSet("said", "told", "minister")
	words := []string{"Said", "told", "Minister", "President", "Zürich"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			s.Has(w)
		}
	}
}
