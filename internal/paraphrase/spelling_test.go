package paraphrase

import (
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
			got, want := jaroWinkler(a, b), float64(edlib.JaroWinklerSimilarity(a, b))
			if got != want {
				t.Errorf("jaroWinkler(%q, %q) = %v, want %v as edlib gives", a, b, got, want)
			}
		}
	}
}
