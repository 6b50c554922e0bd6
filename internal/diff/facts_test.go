package diff

import (
	"testing"

	"github.com/compared/compared/internal/facts"
)

func TestCompatibleDates(t *testing.T) {
	date := func(text string, w facts.When) facts.Fact {
		return facts.Fact{Type: facts.Date, Text: text, Value: text, When: w}
	}
	tuesday := date("Tuesday", facts.When{Weekday: 3})
	tests := []struct {
		name string
		a, b facts.Fact
		want bool
	}{
		{"a weekday and the date it falls on", tuesday, date("May 17, 2016", facts.When{Year: 2016, Month: 5, Day: 17, Weekday: 3}), true},
		{"a weekday and a date on another day", tuesday, date("May 18, 2016", facts.When{Year: 2016, Month: 5, Day: 18, Weekday: 4}), false},
		{"a weekday and a date without its year", tuesday, date("May 17", facts.When{Month: 5, Day: 17}), true},
		{"a month and a day in it", date("August", facts.When{Month: 8}), date("August 1", facts.When{Month: 8, Day: 1}), true},
		{"a day and its month only", date("August 1", facts.When{Month: 8, Day: 1}), date("August", facts.When{Month: 8}), false},
		{"an unresolved relative date and a year", date("last year", facts.When{}), date("2023", facts.When{Year: 2023}), true},
		{"a year and an unresolved relative date", date("2023", facts.When{Year: 2023}), date("last year", facts.When{}), false},
		{"two unresolved relative dates", date("last year", facts.When{}), date("last month", facts.When{}), false},
		{"a month and a part of it", date("March", facts.When{Month: 3}), date("late March", facts.When{Month: 3, Part: "late"}), true},
		{"a part of a month and the month", date("late March", facts.When{Month: 3, Part: "late"}), date("March", facts.When{Month: 3}), false},
		{"two parts of a month", date("late March", facts.When{Month: 3, Part: "late"}), date("mid-March", facts.When{Month: 3, Part: "mid"}), false},
		{"a part of a month and a day in it", date("late March", facts.When{Month: 3, Part: "late"}), date("March 28", facts.When{Month: 3, Day: 28}), true},
		{"a part of a month and a day outside it", date("late March", facts.When{Month: 3, Part: "late"}), date("March 2", facts.When{Month: 3, Day: 2}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compatibleDates(tt.a, tt.b); got != tt.want {
				t.Errorf("compatibleDates(%q, %q) = %v, want %v", tt.a.Text, tt.b.Text, got, tt.want)
			}
		})
	}
}

func TestNarrows(t *testing.T) {
	date := func(text string, w facts.When) facts.Fact {
		return facts.Fact{Type: facts.Date, Text: text, Value: text, When: w}
	}
	tests := []struct {
		name string
		l, r facts.Fact
		want bool
	}{
		{"a month of the year", date("October 1987", facts.When{Year: 1987, Month: 10}), date("1987", facts.When{Year: 1987}), true},
		{"a day of the month", date("May 17", facts.When{Month: 5, Day: 17}), date("May", facts.When{Month: 5}), true},
		{"the year alone", date("1987", facts.When{Year: 1987}), date("October 1987", facts.When{Year: 1987, Month: 10}), false},
		{"a month of another year", date("October 1987", facts.When{Year: 1987, Month: 10}), date("1988", facts.When{Year: 1988}), false},
		{"a day of another month", date("May 17", facts.When{Month: 5, Day: 17}), date("June", facts.When{Month: 6}), false},
		{"a part of a month", date("May 17", facts.When{Month: 5, Day: 17}), date("late May", facts.When{Month: 5, Part: "late"}), false},
		{"the same date", date("1987", facts.When{Year: 1987}), date("1987", facts.When{Year: 1987}), false},
		{"the early part of the month", date("early October", facts.When{Month: 10, Part: "early"}), date("October", facts.When{Month: 10}), true},
		{"the month, against its early part", date("October", facts.When{Month: 10}), date("early October", facts.When{Month: 10, Part: "early"}), false},
	}
	for _, tt := range tests {
		if got := narrows(tt.l, tt.r); got != tt.want {
			t.Errorf("%s: narrows(%q, %q) = %v, want %v", tt.name, tt.l.Text, tt.r.Text, got, tt.want)
		}
	}
}

func TestSameNumber(t *testing.T) {
	number := func(value, hedge, unit string) facts.Fact {
		return facts.Fact{Type: facts.Number, Value: value, Hedge: hedge, Unit: unit}
	}
	tests := []struct {
		name string
		l, r facts.Fact
		want bool
	}{
		{"hedges that say the same", number("300000", "more than", "people"), number("300000", "over", "people"), true},
		{"hedges that differ", number("70", "nearly", "children"), number("70", "more than", "children"), false},
		{"upper bounds that say the same", number("15", "up to", "feet"), number("15", "as much as", "feet"), true},
		{"upper and lower bound", number("15", "as many as", "people"), number("15", "at least", "people"), false},
		{"a currency's sign and name", number("2500000000", "", "$"), number("2500000000", "", "dollars"), true},
		{"singular and plural", number("17", "", "nation"), number("17", "", "nations"), true},
		{"different currencies", number("20", "", "€"), number("20", "", "$"), false},
		{"different values", number("17", "", "nation"), number("20", "", "nation"), false},
		{"one bound two ways", number("1350", "more than", "flights"), number("1351", "at least", "flights"), true},
		{"one bound two ways, the other first", number("9", "at most", "people"), number("10", "fewer than", "people"), true},
		{"two bounds", number("1350", "more than", "flights"), number("1352", "at least", "flights"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameValue(tt.l, tt.r); got != tt.want {
				t.Errorf("sameValue(%+v, %+v) = %v, want %v", tt.l, tt.r, got, tt.want)
			}
		})
	}
}

func TestApproximates(t *testing.T) {
	number := func(value, hedge string) facts.Fact {
		return facts.Fact{Type: facts.Number, Value: value, Hedge: hedge, Text: value}
	}
	written := func(text, value string) facts.Fact {
		return facts.Fact{Type: facts.Number, Value: value, Text: text}
	}
	clock := func(text, value, hedge string) facts.Fact {
		return facts.Fact{Type: facts.Number, Text: text, Value: value, Hedge: hedge, Unit: "time"}
	}
	percentHedged := func(text, value, hedge string) facts.Fact {
		return facts.Fact{Type: facts.Number, Value: value, Unit: "%", Text: text, Hedge: hedge}
	}
	percent := func(text, value string) facts.Fact {
		return facts.Fact{Type: facts.Number, Value: value, Text: text, Unit: "%"}
	}
	tests := []struct {
		name string
		a, b facts.Fact
		want bool
	}{
		{"an estimate of the same figure", number("1500000", "some"), number("1500000", ""), true},
		{"a range about allows", facts.Fact{Type: facts.Number, Value: "60", Hedge: "about", Text: "about 60%", Unit: "%"},
			facts.Fact{Type: facts.Number, Value: "58.9-61.1", Text: "between 58.9% and 61.1%", Unit: "%"}, true},
		{"about says less than a range it allows", facts.Fact{Type: facts.Number, Value: "58.9-61.1", Text: "between 58.9% and 61.1%", Unit: "%"},
			facts.Fact{Type: facts.Number, Value: "60", Hedge: "about", Text: "about 60%", Unit: "%"}, false},
		{"a round bound allows a tenth above it", facts.Fact{Type: facts.Number, Value: "100", Hedge: "more than", Text: "more than 100"},
			facts.Fact{Type: facts.Number, Value: "110", Text: "110"}, true},
		{"a round bound allows no half above it", facts.Fact{Type: facts.Number, Value: "100", Hedge: "more than", Text: "more than 100"},
			facts.Fact{Type: facts.Number, Value: "150", Text: "150"}, false},
		{"about rounds to the first digit", facts.Fact{Type: facts.Number, Value: "4000000000", Hedge: "about", Text: "about 4 billion euros", Unit: "euros"},
			facts.Fact{Type: facts.Number, Value: "3800000000", Text: "3.8 billion euros", Unit: "euros"}, true},
		{"about rounds no further than a tenth", facts.Fact{Type: facts.Number, Value: "2000000000", Hedge: "about", Text: "about 2 billion euros", Unit: "euros"},
			facts.Fact{Type: facts.Number, Value: "1800000000", Text: "1.8 billion euros", Unit: "euros"}, false},
		{"a bound in tens of millions allows an estimate below the next ten", facts.Fact{Type: facts.Number, Value: "30000000", Hedge: "more than", Text: "More than 30 million"},
			facts.Fact{Type: facts.Number, Value: "37000000", Hedge: "some", Text: "Some 37 million"}, true},
		{"a bound in millions allows no estimate beyond the next million", facts.Fact{Type: facts.Number, Value: "2000000", Hedge: "more than", Text: "more than 2 million"},
			facts.Fact{Type: facts.Number, Value: "3400000", Hedge: "some", Text: "some 3.4 million"}, false},
		{"the exact figure is no estimate", number("1500000", ""), number("1500000", "some"), false},
		{"a bound is no estimate", number("70", "more than"), number("70", ""), false},
		{"another figure", number("70", "about"), number("80", ""), false},
		{"about allows what nearly allows", number("70", "about"), number("70", "nearly"), true},
		{"nearly does not allow all that about allows", number("70", "nearly"), number("70", "about"), false},
		{"at least allows what more than allows", number("70", "at least"), number("70", "more than"), true},
		{"fewer than allows what almost allows", number("70", "fewer than"), number("70", "almost"), true},
		{"under allows what almost allows", number("6", "under"), number("6", "almost"), true},
		{"a share in whole points allows a bound at it", percent("5%", "5"), percentHedged("more than 5%", "5", "more than"), true},
		{"a share in tenths does not", percent("5.0%", "5"), percentHedged("more than 5%", "5", "more than"), false},
		{"opposite bounds", number("70", "more than"), number("70", "fewer than"), false},
		{"a round lower bound allows a higher one", number("2000", "more than"), number("2012", "at least"), true},
		{"two counts, each a lower bound", number("48", "at least"), number("50", "at least"), false},
		{"a threshold passed in tens and a lower bound above it", facts.Fact{Type: facts.Number, Value: "80", Text: "past 80", Hedge: "past"}, number("82", "at least"), true},
		{"two counts in tens, each a lower bound", facts.Fact{Type: facts.Number, Value: "50", Text: "at least 50", Hedge: "at least"}, number("52", "at least"), false},
		{"a round bound and a lower bound below the next round figure", number("200", "more than"), number("227", "at least"), true},
		{"a round bound in tens and an estimate below the next", number("40", "more than"), number("45", "about"), true},
		{"a round bound and a lower bound past the next round figure", number("200", "more than"), number("310", "at least"), false},
		{"a round bound and an exact figure well above it", number("100", "more than"), number("150", ""), false},
		{"a round figure and a finer one nearly it", number("850000", ""), number("851000", "nearly"), true},
		{"a finer figure nearly and a round one", number("851000", "nearly"), number("850000", "about"), false},
		{"a round figure and a finer one past its rounding", number("850000", ""), number("856000", "nearly"), false},
		{"a bound in tens and a lower bound below the next ten", number("140", "more than"), number("144", "at least"), true},
		{"a bound in tens and an exact figure below the next ten", number("80", "more than"), number("88", ""), true},
		{"a bound in tens and an exact figure at the next ten", number("140", "more than"), number("150", ""), false},
		{"a lower bound against an estimate", number("70", "about"), number("70", "more than"), false},
		{"rounded to one place", number("29.5", ""), number("29.49", ""), true},
		{"rounded to a whole number", number("66", ""), number("66.2", ""), true},
		{"an estimate rounded", number("66", "about"), number("66.2", ""), true},
		{"more places are no rounding", number("66.2", ""), number("66", ""), false},
		{"rounded to something else", number("29.4", ""), number("29.49", ""), false},
		{"whole numbers are not rounded", number("400", "more than"), number("370", "more than"), false},
		{"a lower bound the figure passes", number("66", "more than"), number("66.2", ""), true},
		{"rounded to a tenth of a billion", written("$61.9 billion", "61900000000"), written("$61.86 billion", "61860000000"), true},
		{"rounded to whole billions", written("$62 billion", "62000000000"), written("$61.86 billion", "61860000000"), true},
		{"rounded to the first digit", written("$2 billion", "2000000000"), written("$1.5 billion", "1500000000"), false},
		{"rounded to something else, in billions", written("$61.8 billion", "61800000000"), written("$61.86 billion", "61860000000"), false},
		{"an estimate near the figure", number("10000000000", "about"), number("10100000000", ""), true},
		{"an estimate far from the figure", number("70", "about"), number("75", ""), false},
		{"rounded to whole thousands", number("86000", ""), number("86212", ""), true},
		{"whole thousands too far", number("2000", ""), number("1950", ""), false},
		{"a lower bound and a figure just above it", number("200", "more than"), number("210", ""), true},
		{"a lower bound and a figure far above it", number("200", "more than"), number("500", ""), false},
		{"a round figure allows its bound", written("2 million", "2000000"), facts.Fact{Type: facts.Number, Value: "2000000", Hedge: "over", Text: "over 2m"}, true},
		{"a figure of three digits before its multiplier is not round", written("$9.36 billion", "9360000000"), facts.Fact{Type: facts.Number, Value: "9360000000", Hedge: "up to", Text: "up to $9.36 billion"}, false},
		{"the bound allows the figure", facts.Fact{Type: facts.Number, Value: "9360000000", Hedge: "up to", Text: "up to $9.36 billion"}, written("$9.36 billion", "9360000000"), true},
		{"an exact figure does not", number("1423", ""), number("1423", "more than"), false},
		{"a share in words and in figures", facts.Fact{Type: facts.Number, Value: "33.3", Unit: "%", Text: "a third"}, facts.Fact{Type: facts.Number, Value: "33", Unit: "%", Text: "33%"}, true},
		{"a share in figures is no estimate of another", facts.Fact{Type: facts.Number, Value: "33.3", Unit: "%", Text: "33.3%"}, facts.Fact{Type: facts.Number, Value: "31", Unit: "%", Text: "31%"}, false},
		{"a lower bound and an estimate just above it", number("600000", "more than"), number("620000", "about"), true},
		{"an estimate is no bound", number("620000", "about"), number("600000", "more than"), false},
		{"a lower bound and a figure below it", number("200", "more than"), number("190", ""), false},
		{"nearly and a figure just below", number("70", "nearly"), number("68", ""), true},
		{"an upper bound and a figure above it", number("15", "up to"), number("16", ""), false},
		{"a small share to a tenth of a point", percent("0.6%", "0.6"), percent("0.56%", "0.56"), true},
		{"a share bounded in whole points and one within the point", percentHedged("more than 3%", "3", "more than"), percent("3.3%", "3.3"), true},
		{"a share bounded in whole points and one past the point", percentHedged("more than 3%", "3", "more than"), percent("4.2%", "4.2"), false},
		{"a share to its first digit", percent("2%", "2"), percent("1.6%", "1.6"), false},
		{"about an hour and a time near it", clock("around 8 a.m.", "08:00", "around"), clock("7:57 a.m.", "07:57", ""), true},
		{"shortly before and a time before it", clock("shortly before 8 a.m.", "08:00", "shortly before"), clock("around 7:57", "07:57", "around"), true},
		{"shortly before and a time after it", clock("shortly before 8 a.m.", "08:00", "shortly before"), clock("8:05 a.m.", "08:05", ""), false},
		{"two readings of the clock, both about", clock("around 2:15 p.m.", "14:15", "around"), clock("around 2:20 p.m.", "14:20", "around"), false},
		{"two readings of the clock the other way", clock("around 2:20 p.m.", "14:20", "around"), clock("around 2:15 p.m.", "14:15", "around"), false},
		{"about an hour and a time to the minute, about too", clock("about 9 p.m.", "21:00", "about"), clock("about 8:48 p.m.", "20:48", "about"), true},
		{"two readings of the clock, the first round", clock("around 3:30 p.m.", "15:30", "around"), clock("about 3:45 p.m.", "15:45", "about"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := approximates(tt.a, tt.b); got != tt.want {
				t.Errorf("approximates(%+v, %+v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestUnitClass(t *testing.T) {
	tests := []struct{ a, b string }{
		{"km", "kilometres"},
		{"kilometers", "kilometre"},
		{"$", "dollars"},
		{"A$", "AUD"},
		{"nations", "nation"},
		{"tons", "tonnes"},
		{"mph", "miles per hour"},
		{"square kilometers", "km2"},
		{"square kilometres", "sq km"},
		{"kph", "kilometers per hour"},
		{"residents", "people"},
		{"others", "people"},
		{"adults", "people"},
		{"participants", "people"},
		{"killed", "dead"},
		{"wounded", "injured"},
		{"cm", "centimeters"},
		{"households", "homes"},
		{"millimeters", "mm"},
		{"liters", "litres"},
	}
	for _, tt := range tests {
		if a, b := unitClass(tt.a), unitClass(tt.b); a != b {
			t.Errorf("unitClass(%q) = %q, unitClass(%q) = %q; want one class", tt.a, a, tt.b, b)
		}
	}
	if unitClass("A$") == unitClass("$") {
		t.Errorf("Australian and US dollars are one class")
	}
	if unitClass("km") == unitClass("miles") {
		t.Errorf("kilometres and miles are one class")
	}
	if unitClass("civilians") == unitClass("people") {
		t.Errorf("civilians and people are one class: civilians are some of the people")
	}
}

func TestLightStem(t *testing.T) {
	tests := []struct{ a, b string }{
		{"killed", "killing"},
		{"injured", "injure"},
		{"houses", "house"},
		{"countries", "country"},
		{"talks", "talk"},
	}
	for _, tt := range tests {
		if a, b := lightStem(tt.a), lightStem(tt.b); a != b {
			t.Errorf("lightStem(%q) = %q, lightStem(%q) = %q, want one word", tt.a, a, tt.b, b)
		}
	}
	for _, w := range []string{"press", "news", "bus", "gas"} {
		if got := lightStem(w); got != w {
			t.Errorf("lightStem(%q) = %q, want it kept: too short or no plural", w, got)
		}
	}
}

func TestRoundedWhole(t *testing.T) {
	number := func(value string) facts.Fact { return facts.Fact{Type: facts.Number, Value: value} }
	tests := []struct {
		precise, rounded string
		want             bool
	}{
		{"86212", "86000", true},
		{"1950", "2000", false},
		{"86212", "86200", false},
		{"250400", "250000", true},
		{"86000", "86000", false},
	}
	for _, tt := range tests {
		if got := roundedWhole(number(tt.precise), number(tt.rounded)); got != tt.want {
			t.Errorf("roundedWhole(%s, %s) = %v, want %v", tt.precise, tt.rounded, got, tt.want)
		}
	}
}

func TestSharesPart(t *testing.T) {
	tests := []struct {
		name string
		a, b facts.When
		want bool
	}{
		{"a weekday and a day of the month", facts.When{Weekday: 2}, facts.When{Month: 5, Day: 16}, true},
		{"a weekday and a month", facts.When{Weekday: 6}, facts.When{Month: 10}, false},
		{"a weekday and a year", facts.When{Weekday: 5}, facts.When{Year: 2004}, false},
		{"a year and a month of it", facts.When{Year: 2012}, facts.When{Year: 2012, Month: 10}, true},
		{"a date known by no part", facts.When{}, facts.When{Year: 2004}, true},
	}
	for _, tt := range tests {
		if got := sharesPart(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: sharesPart(%+v, %+v) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestValueDifferenceOfTimes(t *testing.T) {
	clock := func(text, value string) facts.Fact {
		return facts.Fact{Type: facts.Number, Text: text, Value: value, Hedge: "around", Unit: "time"}
	}
	d := valueDifference(clock("around 2:15 p.m.", "14:15"), clock("around 2:20 p.m.", "14:20"), 0)
	want := `The time differs: "around 2:15 p.m." in the left article, "around 2:20 p.m." in the right.`
	if d.Summary != want || d.Fact.Relation != Conflict {
		t.Errorf("valueDifference = %q (%v), want %q (Conflict)", d.Summary, d.Fact.Relation, want)
	}
}

func TestParticleApart(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"badr", "albusaidi"}, []string{"badr", "al", "busaidi"}, true},
		{[]string{"badr", "al", "busaidi"}, []string{"badr", "albusaidi"}, true},
		{[]string{"staffan", "de", "mistura"}, []string{"staffan", "de", "mistura"}, false},
		{[]string{"badr", "albusaidi"}, []string{"badr", "al", "busaid"}, false},
		{[]string{"mac", "allister"}, []string{"macallister"}, true},
	}
	for _, tt := range tests {
		if got := particleApart(tt.a, tt.b); got != tt.want {
			t.Errorf("particleApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
