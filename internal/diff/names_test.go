package diff

import (
	"testing"

	"github.com/compared/compared/internal/segment"
)

func TestWordSetMentions(t *testing.T) {
	ws := newWordSet(segment.Segment("Apple's shares fell. UN envoy Staffan de Mistura met Sergei Lavrov in Vienna."))
	tests := []struct {
		name string
		want bool
	}{
		{"Apple", true},
		{"Sergei Lavrov", true},
		{"Lavrov", true},
		{"Vienna", true},
		{"Geneva", false},
		{"Sergei Shoigu", false},
		{"Lavrov Sergei", false},
	}
	for _, tt := range tests {
		if got := ws.mentions(tt.name); got != tt.want {
			t.Errorf("mentions(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMentionsSetsCaseAside(t *testing.T) {
	ws := newWordSet(segment.Segment("The Los Angeles Lakers won on Friday."))
	for _, name := range []string{"LOS ANGELES", "Los Angeles", "Lakers"} {
		if !ws.mentions(name) {
			t.Errorf("mentions(%q) = false, want true", name)
		}
	}
	if ws.mentions("Boston") {
		t.Errorf("mentions(%q) = true, want false", "Boston")
	}
}
