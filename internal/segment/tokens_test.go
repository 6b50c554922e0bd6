package segment

import (
	"slices"
	"testing"
)

func TestIndexAt(t *testing.T) {
	toks := Tokenize("Kerry met Lavrov.", 0, len("Kerry met Lavrov."))
	for _, tt := range []struct{ offset, want int }{{0, 0}, {1, 1}, {6, 1}, {7, 2}, {16, 3}, {17, 4}} {
		if got := IndexAt(toks, tt.offset); got != tt.want {
			t.Errorf("IndexAt(%d) = %d, want %d", tt.offset, got, tt.want)
		}
	}
}

func TestInitialStop(t *testing.T) {
	tests := []struct {
		text string
		want bool // the first full stop is an initial's
	}{
		{"Michael R. Sisak", true},
		{"B. Riley Wealth", true},
		{"He backed Plan B. The plan failed.", true}, // a name's reader asks more: facts' clauseOpeners
		{"It was Plan B. the plan", false},
		{"Michael R . Sisak", false},
		{"in the U.S. market", false},
		{"a p. m. time", false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text, 0, len(tt.text))
		k := slices.IndexFunc(toks, func(t Token) bool { return t.Text == "." })
		if got := k >= 0 && InitialStop(toks, k); got != tt.want {
			t.Errorf("InitialStop(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
