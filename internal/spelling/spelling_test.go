package spelling

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hbollon/go-edlib"
)

func TestJaroWinklerAgreesWithEdlib(t *testing.T) {
	words := []string{
		"sergei", "sergie", "serge", "lavrov", "lavrova", "mohammad", "mohammed", "muhammad",
		"assad", "asad", "al-assad", "martha", "marhta", "dwayne", "duane", "dixon", "dicksonx",
		"a", "ab", "ba", "abc", "", "crate", "trace", "jeddah", "jiddah", "aleppo", "halab",
		"steinmeier", "steinmeir", "kerry", "kery", "ü", "müller", "mueller",
	}
	for _, a := range words {
		for _, b := range words {
			got, want := Similarity(a, b), float64(edlib.JaroWinklerSimilarity(a, b))
			if got != want {
				t.Errorf("Similarity(%q, %q) = %v, want %v as edlib gives", a, b, got, want)
			}
		}
	}
}

func TestCloseAgreesWithTheSimilarity(t *testing.T) {
	words := []string{
		"sergei", "sergie", "serg", "lavrov", "lavrovski", "mohammad", "mohammed", "muhammad",
		"assad", "asad", "ab", "abcdefgh", "abcd", "abcde", "abcdefg", "xbcdefg", "müller", "mueller", "mulle",
	}
	closeAgrees(t, words)
}

// TestCloseAgreesOnNewsWords checks the quick tests in Close against the
// similarity itself on every pair of words of the seed articles: they may only
// skip pairs that cannot reach the threshold.
func TestCloseAgreesOnNewsWords(t *testing.T) {
	seen := map[string]bool{}
	var words []string
	for _, name := range []string{"000_bc1d5e6be8757148.txt", "001_6b66ad53c8e6723e.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(strings.ToLower(string(b))) {
			if w = strings.Trim(w, `.,"'()-:`); w != "" && !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	closeAgrees(t, words)
}

// closeAgrees checks Close against the similarity on every pair of words, at
// the thresholds the stages use.
func closeAgrees(t *testing.T, words []string) {
	t.Helper()
	for _, threshold := range []float64{0.85, 0.9, 0.92} {
		for _, a := range words {
			for _, b := range words {
				if got, want := Close(a, b, threshold), Similarity(a, b) >= threshold; got != want {
					t.Errorf("Close(%q, %q, %v) = %v, want %v", a, b, threshold, got, want)
				}
			}
		}
	}
}

func TestWithoutAccents(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Zoë Müller", "Zoe Muller"},
		{"Café", "Cafe"},
		{"São Paulo", "Sao Paulo"},
		{"Lavrov", "Lavrov"},
		{"Łódź", "Łodz"}, // a stroke is a letter of its own, not a mark
	}
	for _, tt := range tests {
		if got := WithoutAccents(tt.give); got != tt.want {
			t.Errorf("WithoutAccents(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestAmerican(t *testing.T) {
	tests := []struct{ give, want string }{
		{"favourite", "favorite"}, {"honoured", "honored"}, {"labour", "labor"},
		{"organisation", "organization"}, {"recognised", "recognized"}, {"criticism", "criticism"},
		{"defence", "defense"}, {"programme", "program"}, {"scepticism", "skepticism"},
		{"travelled", "traveled"}, {"cancelling", "canceling"}, {"centre", "center"}, {"theatres", "theaters"},
		// Words the rules would spoil are left alone.
		{"promise", "promise"}, {"four", "four"}, {"tour", "tour"}, {"meter", "meter"}, {"literature", "literature"},
		{"level", "level"}, {"metres", "meters"}, {"hour", "hour"},
	}
	for _, tt := range tests {
		if got := American(tt.give); got != tt.want {
			t.Errorf("American(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestTransliterated(t *testing.T) {
	tests := []struct{ a, b string }{
		{"araghchi", "araqchi"},
		{"khamenei", "kamenei"},
		{"mohammed", "mohammed"},
	}
	for _, tt := range tests {
		if got := Transliterated(tt.a); got != tt.b {
			t.Errorf("Transliterated(%q) = %q, want %q", tt.a, got, tt.b)
		}
	}
}

func TestSameRomanised(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"araqchi", "araghchi", true},
		{"araqchi", "araqchi", true},
		{"kerry", "khan", false},
	}
	for _, tt := range tests {
		if got := SameRomanised(tt.a, tt.b); got != tt.want {
			t.Errorf("SameRomanised(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
