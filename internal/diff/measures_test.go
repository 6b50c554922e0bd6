package diff

import (
	"testing"

	"github.com/compared/compared/internal/facts"
)

func TestSameMeasure(t *testing.T) {
	tests := []struct {
		name        string
		left, right facts.Fact
		want        bool
	}{
		{"acres and hectares", facts.Fact{Value: "10000", Unit: "acres"}, facts.Fact{Value: "4050", Unit: "hectares", Hedge: "about"}, true},
		{"another area", facts.Fact{Value: "10000", Unit: "acres"}, facts.Fact{Value: "5050", Unit: "hectares", Hedge: "about"}, false},
		{"kilometres and miles", facts.Fact{Value: "1000", Unit: "km"}, facts.Fact{Value: "620", Unit: "miles"}, true},
		{"a small figure rounded", facts.Fact{Value: "5", Unit: "km"}, facts.Fact{Value: "3", Unit: "miles"}, true},
		{"Celsius and Fahrenheit", facts.Fact{Value: "45", Unit: "degrees celsius"}, facts.Fact{Value: "113", Unit: "degrees fahrenheit"}, true},
		{"another temperature", facts.Fact{Value: "45", Unit: "degrees celsius"}, facts.Fact{Value: "104", Unit: "degrees fahrenheit"}, false},
		{"one unit, compared as figures", facts.Fact{Value: "1500", Unit: "km", Hedge: "about"}, facts.Fact{Value: "1500", Unit: "kilometers"}, false},
		{"different things", facts.Fact{Value: "100", Unit: "km"}, facts.Fact{Value: "100", Unit: "hectares"}, false},
		{"days and weeks", facts.Fact{Value: "14", Unit: "days"}, facts.Fact{Value: "2", Unit: "weeks"}, true},
		{"another length of time", facts.Fact{Value: "10", Unit: "days"}, facts.Fact{Value: "2", Unit: "weeks"}, false},
		{"months and years", facts.Fact{Value: "24", Unit: "months"}, facts.Fact{Value: "2", Unit: "years"}, true},
		{"days and months, of no fixed ratio", facts.Fact{Value: "30", Unit: "days"}, facts.Fact{Value: "1", Unit: "month"}, false},
	}
	for _, tt := range tests {
		if got := sameMeasure(tt.left, tt.right); got != tt.want {
			t.Errorf("%s: sameMeasure = %v, want %v", tt.name, got, tt.want)
		}
	}
}
