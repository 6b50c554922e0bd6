package diff

import (
	"testing"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/segment"
)

func TestWordSetMentions(t *testing.T) {
	ws, _ := newWordSets(segment.Segment("Apple's shares fell. UN envoy Staffan de Mistura met Sergei Lavrov in Vienna."))
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
		if got := ws.mentions(nameLookups(tt.name)); got != tt.want {
			t.Errorf("mentions(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMentionsSetsCaseAside(t *testing.T) {
	ws, _ := newWordSets(segment.Segment("The Los Angeles Lakers won on Friday."))
	for _, name := range []string{"LOS ANGELES", "Los Angeles", "Lakers"} {
		if !ws.mentions(nameLookups(name)) {
			t.Errorf("mentions(%q) = false, want true", name)
		}
	}
	if ws.mentions(nameLookups("Boston")) {
		t.Errorf("mentions(%q) = true, want false", "Boston")
	}
}

func TestNamesBySurname(t *testing.T) {
	ws, _ := newWordSets(segment.Segment("Kerry and Lavrov met in Lausanne on Saturday."))
	kerry := facts.Fact{Type: facts.Person, Text: "John Kerry", Key: "kerry"}
	if !ws.names(kerry, nameLookups(kerry.Text)) {
		t.Errorf("names(John Kerry) = false in an article that names Kerry")
	}
	if ws.names(facts.Fact{Type: facts.Person, Text: "John Smith", Key: "smith"}, nameLookups("John Smith")) {
		t.Errorf("names(John Smith) = true in an article that does not")
	}
}
