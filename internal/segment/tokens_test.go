package segment

import "testing"

func TestIndexAt(t *testing.T) {
	toks := Tokenize("Kerry met Lavrov.", 0, len("Kerry met Lavrov."))
	for _, tt := range []struct{ offset, want int }{{0, 0}, {1, 1}, {6, 1}, {7, 2}, {16, 3}, {17, 4}} {
		if got := IndexAt(toks, tt.offset); got != tt.want {
			t.Errorf("IndexAt(%d) = %d, want %d", tt.offset, got, tt.want)
		}
	}
}
