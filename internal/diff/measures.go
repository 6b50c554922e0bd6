package diff

import (
	"math"
	"strconv"

	"github.com/compared/compared/internal/facts"
)

// Two reports may give one measure in different units, each its own house
// style ("10,000 acres" / "about 4,050 hectares", "45 degrees Celsius" /
// "113 degrees Fahrenheit"): converted, the figures are compared as one.

// measure is a unit's dimension and its size in that dimension's base unit.
type measure struct {
	dimension string
	size      float64
}

// measures are the units news converts between, by unitClass.
var measures = map[string]measure{
	"metre": {"length", 1}, "kilometre": {"length", 1000}, "centimetre": {"length", 0.01}, "millimetre": {"length", 0.001},
	"mile": {"length", 1609.344}, "foot": {"length", 0.3048}, "yard": {"length", 0.9144}, "inch": {"length", 0.0254},
	"square kilometre": {"area", 1e6}, "square mile": {"area", 2_589_988}, "hectare": {"area", 1e4}, "acre": {"area", 4046.856},
	"kilometres per hour": {"speed", 1}, "miles per hour": {"speed", 1.609344},
	"kilogram": {"mass", 1}, "tonne": {"mass", 1000},
	// "for 14 days" / "for two weeks"; months and years have no fixed
	// number of days, only of each other.
	"second": {"duration", 1}, "minute": {"duration", 60}, "hour": {"duration", 3600}, "day": {"duration", 86400},
	"week": {"duration", 7 * 86400}, "month": {"calendar", 1}, "year": {"calendar", 12}, "decade": {"calendar", 120}, "century": {"calendar", 1200},
	// "65.40 US cents" / "$0.6540": an exchange rate in either. The dollar
	// itself is left out, that not every amount be read as a measure.
	"cent": {"money", 0.01},
}

// dollar is the dollar as a measure, the base of "cent".
var dollar = measure{"money", 1}

// maxConversionError is how far, as a share, a measure converted and rounded
// may stand from the other report's: "62 miles" for "100 km" (62.14).
const maxConversionError = 0.02

// sameMeasure reports whether numbers l and r give one measure in two units,
// one converted from the other and rounded: "10,000 acres" and "about 4,050
// hectares".
func sameMeasure(l, r facts.Fact) bool {
	lu, ru := unitClass(l.Unit), unitClass(r.Unit)
	if lu == ru {
		return false // compared as figures of one unit
	}
	lv, err1 := strconv.ParseFloat(l.Value, 64)
	rv, err2 := strconv.ParseFloat(r.Value, 64)
	converted, ok := convert(rv, ru, lu)
	if err1 != nil || err2 != nil || !ok || lv == 0 {
		return false
	}
	slack := maxConversionError
	if l.Hedge != "" || r.Hedge != "" {
		slack = estimateSlack // "about 4,050 hectares"
	}
	// A small figure rounded to whole units strays further: "5 km (3 miles)".
	slack = max(slack, 0.5/math.Abs(rv), 0.5/math.Abs(lv))
	return math.Abs(converted-lv) <= slack*math.Abs(lv)
}

// convert returns v given in unit from as given in unit to, by unitClass,
// and false when the two measure different things.
func convert(v float64, from, to string) (float64, bool) {
	switch {
	case from == "degrees celsius" && to == "degrees fahrenheit":
		return v*9/5 + 32, true
	case from == "degrees fahrenheit" && to == "degrees celsius":
		return (v - 32) * 5 / 9, true
	}
	a, okA := measureOf(from)
	b, okB := measureOf(to)
	if !okA || !okB || a.dimension != b.dimension {
		return 0, false
	}
	return v * a.size / b.size, true
}

// measureOf returns the measure of unit, by unitClass, and whether it is
// one.
func measureOf(unit string) (measure, bool) {
	if unit == "$" {
		return dollar, true
	}
	m, ok := measures[unit]
	return m, ok
}

// measuresApart reports whether numbers a and b measure different things,
// each a thing known: "more than 12 hours" states no "12 miles", nor "$20
// million" a "20%". A figure of no unit, or one that counts things, may be
// any other.
func measuresApart(a, b facts.Fact) bool {
	da, db := dimension(a.Unit), dimension(b.Unit)
	return da != "" && db != "" && da != db
}

// dimension returns what a unit measures, "" for a count or none: a
// measure's dimension (lengths of time all one), a share, money, a time of
// day or an age.
func dimension(unit string) string {
	switch u := unitClass(unit); u {
	case "%":
		return "share"
	case "$", "€", "£", "¥":
		return "money"
	case "time":
		return "clock"
	case "years old", "months old", "weeks old", "days old":
		return "age"
	default:
		if lengthOfTime(u) {
			return "time"
		}
		return measures[u].dimension
	}
}

// lengthOfTime reports whether unit, by unitClass, measures time: "days",
// "months".
func lengthOfTime(unit string) bool {
	d := measures[unit].dimension
	return d == "duration" || d == "calendar"
}
