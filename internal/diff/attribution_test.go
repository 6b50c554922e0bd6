package diff

import (
	"testing"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/quotes"
)

func TestCompareSpeakers(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		want        AttributionChange
	}{
		{"the same", "Sergei Lavrov", "Sergei Lavrov", 0},
		{"a hyphen for a space", "Frank-Walter Steinmeier", "Frank Walter Steinmeier", 0},
		{"dots in an abbreviation", "a senior U.S. official", "a senior US official", 0},
		{"an honorific", "Mr. Kerry", "Kerry", 0},
		{"one side adds words", "a senior State Department official", "a senior U.S. State Department official", SpeakerDescriptionChanged},
		{"a first name added", "Lavrov", "Sergei Lavrov", SpeakerDescriptionChanged},
		{"a title for the name", "Turkish President Recep Tayyip Erdogan", "the Turkish president", SpeakerDescriptionChanged},
		{"a source described further", "a spokesman", "a spokesman for the High Negotiations Committee", SpeakerDescriptionChanged},
		{"someone else", "a senior Pentagon official", "a senior State Department official", SpeakerChanged},
		{"another name", "Kerry", "Lavrov", SpeakerChanged},
		{"an acronym", "the UN", "the United Nations", 0},
		{"an acronym inside", "a UN spokesman", "a United Nations spokesman", 0},
		{"an acronym of something else", "the EU", "the United Nations", SpeakerChanged},
		{"an apposition and a name spelled two ways", "the chief executive, Sergey Ivanov", "chief executive Sergei Ivanov", 0},
		{"a different name of the same length", "Kerry", "Kelly", SpeakerChanged},
		{"a title written short", "Sen. John Thune", "Senator John Thune", 0},
		{"another preposition", "diplomats from all sides", "Diplomats on all sides", 0},
		{"a middle initial", "Philip R. Sellinger", "Philip Sellinger", 0},
		{"an initial for a first name", "J. Smith", "K. Smith", SpeakerChanged},
		{"a body's kind and another kind", "the carrier", "the ministry", SpeakerChanged},
		{"a person named and a body's kind", "Allan Kilavuka", "the company", SpeakerChanged},
		{"a chief executive three ways", "Chief Executive Officer Satya Nadella", "CEO Satya Nadella", 0},
		{"a chief executive and its officer", "Chief Executive Satya Nadella", "Chief Executive Officer Satya Nadella", 0},
		{"a title written short, a state added", "Sen. John Thune", "Senator John Thune of South Dakota", SpeakerDescriptionChanged},
	}
	resolved := pairWords{}.compareSpeakers(quotes.Attribution{Speaker: "LeBron James", SpeakerAsWritten: "he"}, quotes.Attribution{Speaker: "James"})
	if resolved != 0 {
		t.Errorf("compareSpeakers(he = LeBron James, James) = %v, want the same speaker", resolved)
	}
	// One pronoun, resolved on one side only (the other article placed the
	// quotation after no named speaker).
	if got := (pairWords{}).compareSpeakers(quotes.Attribution{Speaker: "he"}, quotes.Attribution{Speaker: "a ministry spokesman", SpeakerAsWritten: "he"}); got != 0 {
		t.Errorf("compareSpeakers(he, he = a ministry spokesman) = %v, want the same speaker", got)
	}
	// Words set off from the speaker are in its attribution, not its name.
	setOff := pairWords{}.compareSpeakers(quotes.Attribution{Speaker: "US officials", Text: "US officials, travelling with Kerry, say"},
		quotes.Attribution{Speaker: "U.S. officials travelling with Kerry", Text: "U.S. officials travelling with Kerry said"})
	if setOff != 0 {
		t.Errorf("compareSpeakers(US officials, travelling with Kerry, / U.S. officials travelling with Kerry) = %v, want the same speaker", setOff)
	}
	// A body one article names (a fact of it) and the other calls by its kind.
	body := pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Organization, Value: "Kenya Airways"}})}
	if got := body.compareSpeakers(quotes.Attribution{Speaker: "Kenya Airways"}, quotes.Attribution{Speaker: "the carrier"}); got != SpeakerDescriptionChanged {
		t.Errorf("compareSpeakers(Kenya Airways, the carrier) = %v, want the description changed", got)
	}
	further := pairWords{}.compareSpeakers(quotes.Attribution{Speaker: "US officials", Text: "US officials, speaking in Vienna, say"},
		quotes.Attribution{Speaker: "U.S. officials travelling with Kerry", Text: "U.S. officials travelling with Kerry said"})
	if further != SpeakerDescriptionChanged {
		t.Errorf("compareSpeakers(US officials, speaking in Vienna, / U.S. officials travelling with Kerry) = %v, want the description changed", further)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairWords{}.compareSpeakers(quotes.Attribution{Speaker: tt.left}, quotes.Attribution{Speaker: tt.right})
			if got != tt.want {
				t.Errorf("compareSpeakers(%q, %q) = %v, want %v", tt.left, tt.right, got, tt.want)
			}
		})
	}
}

func TestSameOutlet(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"the Financial Times", "the FT", true},
		{"AFP", "Agence France-Presse", true},
		{"the Associated Press", "AP", true},
		{"Reuters", "AFP", false},
		{"the FT", "The Times", false},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := sameOutlet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameOutlet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
