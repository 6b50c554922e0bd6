package segment

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Russia\u2019s", "Russia's"},
		{"\u201cframework\u201d", `"framework"`},
		{"Iran \u2014 an ally", "Iran - an ally"},
		{"Top\u00a0officials  of\r\nthe", "Top officials of the"},
		{"  trimmed  ", "trimmed"},
	}
	for _, tt := range tests {
		if got := Fold(tt.give); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "U.S. officials' 17-nation 300,000 don't a.m. al-Assad."
	var got []string
	for _, tok := range Tokenize(text, 0, len(text)) {
		got = append(got, tok.Text)
	}
	want := []string{"U.S.", "officials", "'", "17", "-", "nation", "300,000", "don't", "a.m.", "al", "-", "Assad", "."}
	if len(got) != len(want) {
		t.Fatalf("Tokenize(%q) = %q, want %q", text, got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("Tokenize(%q)[%d] = %q, want %q", text, k, got[k], want[k])
		}
	}
}

// TestMarksWrittenTwoWays checks that a mark typed as several characters folds
// like its typographic form, so that the two never differ.
func TestMarksWrittenTwoWays(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"ellipsis", "more time ... and", "more time \u2026 and"},
		{"em dash", "Qatar -- all nations", "Qatar \u2014 all nations"},
		{"en dash", "Qatar - all nations", "Qatar \u2013 all nations"},
	}
	folds := func(s string) []string {
		var out []string
		for _, tok := range Tokenize(s, 0, len(s)) {
			out = append(out, tok.Fold)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := folds(tt.a), folds(tt.b)
			if len(a) != len(b) {
				t.Fatalf("Tokenize(%q) folds to %q, Tokenize(%q) to %q", tt.a, a, tt.b, b)
			}
			for k := range a {
				if a[k] != b[k] {
					t.Errorf("token %d folds to %q in %q and %q in %q", k, a[k], tt.a, b[k], tt.b)
				}
			}
		})
	}
}
