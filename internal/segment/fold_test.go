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
