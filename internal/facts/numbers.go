package facts

import (
	"cmp"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// number reads a number at toks[i]: digits ("300,000", "1.5") or number words
// ("seventeen", "two dozen"), with a multiplier ("3 million"), a unit or counted
// thing after it ("17-nation", "70 children", "40%") and a hedge before it ("more
// than"). It returns the fact and the index after it, or ok false.
func (x *Extractor) number(toks []segment.Token, i int) (f Fact, next int, ok bool) {
	if f, next, ok := x.fraction(toks, i); ok {
		return f, next, true
	}
	t := toks[i]
	if lo, hi, end := vagueQuantity(toks, i); end > i {
		// "dozens of people", "tens of thousands": a magnitude, not a count; a
		// figure inside it says more, one outside it says otherwise.
		return Fact{Type: Number, Start: t.Start, End: toks[end-1].End, Value: figurePair(lo, hi), Unit: x.countedAfter(toks, end)}, end, true
	}
	var value float64
	clock := "" // a time of day, "08:00", where the number is an hour
	j := i + 1
	switch {
	case t.Kind == segment.Number && (partOfName(toks, i) || x.productNumber(toks, i) || characterReference(toks, i)):
		return Fact{}, i, false
	case t.Kind == segment.Word && ordinalWord(toks, i) > 0:
		// "a seventh defeat in 11 games", "fifth place": a place in an order
		// written in words, as "7th" is in figures. "First" is left out: it
		// orders nothing more often than it counts ("first reported").
		return x.hedgedNumber(toks, i, j, strconv.Itoa(ordinalWord(toks, i)), "ordinal"), j, true
	case t.Kind == segment.Word && timesCount(toks, i) > 0:
		// "scouted the venue twice": a count of times, as "three times" is;
		// "double the duration" is "twice" it.
		return x.hedgedNumber(toks, i, j, strconv.Itoa(timesCount(toks, i)), "times"), j, true
	case t.Kind == segment.Number:
		v, err := digits(t.Text)
		if err != nil {
			return Fact{}, i, false
		}
		value = v
	case (t.Lower == "a" || t.Lower == "an" || t.Lower == "one") && x.firstPartOfTime(toks, j):
		value = 1 // "an hour and 45 minutes": one length of time, its first part one hour (see joinedDuration)
	case t.Lower == "a" && calendarLength(toks, j) && x.hedged(toks, i):
		// "waited more than a year": a length of time a hedge bounds, as
		// "over 12 months" is; "a year ago" is none, and "about an hour"
		// or "about a week" says little more than a while.
		return x.hedgedNumber(toks, i, j+1, "1", toks[j].Lower), j + 1, true
	case (t.Lower == "a" || t.Lower == "one") && j < len(toks) && x.lex.Multipliers[toks[j].Lower] > 1 && x.lex.Multipliers[toks[j].Lower] != 12:
		value = 1 // "a million", "one billion": the multiplier below makes the value
	case t.Lower == "half" && j+1 < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "an") && fractionPoint(toks, j+1) > 0:
		// "half a percentage point", "half a point"
		end := j + 1 + fractionPoint(toks, j+1)
		return x.hedgedNumber(toks, i, end, "0.5", "percentage point"), end, true
	case t.Lower == "half" && j+1 < len(toks) && toks[j].Lower == "a" && x.lex.Multipliers[toks[j+1].Lower] > 12:
		value, j = 0.5, j+1 // "half a million": the multiplier below makes the value
	case t.Kind == segment.Word && x.lex.NumberWords[t.Lower] > 0 || x.lex.Multipliers[t.Lower] == 12:
		value = x.lex.NumberWords[t.Lower]
		if t.Lower == "dozen" {
			value = 12
		}
		// "twenty-five"
		if j+1 < len(toks) && toks[j].IsHyphen() && toks[j+1].Start == toks[j].End && x.lex.NumberWords[toks[j+1].Lower] > 0 {
			value += x.lex.NumberWords[toks[j+1].Lower]
			j += 2
		}
		if t.Lower == "one" && !(j < len(toks) && x.lex.Multipliers[toks[j].Lower] > 0) && !x.hedged(toks, i) && !oneYear(toks, j) {
			return Fact{}, i, false // "one of the", not a count; "up to one metre" and "have one year to" are one
		}
	default:
		return Fact{}, i, false
	}
	if n := andAHalf(toks, j); n > 0 {
		value, j = value+0.5, j+n // "six and a half years", "six-and-a-half"
	}
	if f, n := mixedFraction(toks, j); t.Kind == segment.Number && n > 0 {
		value, j = value+f, j+n // "8 1/2-year contract"
	}
	if j < len(toks) && x.lex.Multipliers[toks[j].Lower] > 0 {
		value *= x.lex.Multipliers[toks[j].Lower]
		j++
		if x.lex.NumberWords[t.Lower] > 0 {
			if v, end := x.wordNumber(toks, i); end >= j {
				value, j = v, end // "one thousand five hundred"
			}
		}
	} else if j < len(toks) && t.Kind == segment.Number && toks[j].Start == t.End && suffixMultipliers[toks[j].Lower] > 0 && !raceDistance(toks, i, j) {
		value *= suffixMultipliers[toks[j].Lower] // "4.8m", "$2bn": written onto the number
		j++
	}
	if k, other, ok := scoreLine(toks, i, j, value); ok {
		// "Arsenal 3 Liverpool 1": a result as a headline gives it, "3-1".
		return Fact{Type: Number, Start: t.Start, End: toks[k].End, Value: figurePair(value, other)}, k + 1, true
	}
	if j+2 < len(toks) && tallyWords[toks[j].Lower] && toks[j+1].Lower == "to" {
		// "74 votes to 24", "four games to one": the tally "74-24" is
		// written out.
		if other, ok := x.countAt(toks[j+2]); ok && (t.Kind == segment.Number || toks[j+2].Kind != segment.Number) {
			return Fact{Type: Number, Start: t.Start, End: toks[j+2].End,
				Value: figurePair(value, other)}, j + 3, true
		}
	}
	if other, ok := bareTally(toks, i, j, value); ok {
		// "approved the bill 195 to 106": the tally "195-106" without its votes.
		return Fact{Type: Number, Start: t.Start, End: toks[j+1].End, Value: figurePair(value, other)}, j + 2, true
	}
	if k := j + 1; k+2 < len(toks) && t.Kind == segment.Number && glued(toks, j, "%") && glued(toks, k, "-") && toks[k+1].Kind == segment.Number && toks[k+1].Start == toks[k].End && glued(toks, k+2, "%") {
		// "4.75%-5.00%": a range of shares, one fact.
		if other, err := digits(toks[k+1].Text); err == nil {
			return Fact{Type: Number, Start: t.Start, End: toks[k+2].End, Value: figurePair(value, other), Unit: "%"}, k + 3, true
		}
	}
	if j+1 < len(toks) && t.Kind == segment.Number && toks[j].Fold == "-" && toks[j].Start == t.End && toks[j+1].Kind == segment.Number && toks[j+1].Start == toks[j].End {
		// "2-1", "10-20": a score or a range written with a hyphen, one fact;
		// "5-6%" a range of shares.
		other, err := digits(toks[j+1].Text)
		if err == nil {
			f := Fact{Type: Number, Start: t.Start, End: toks[j+1].End, Value: figurePair(value, other)}
			if glued(toks, j+2, "%") {
				f.End, f.Unit = toks[j+2].End, "%"
				return f, j + 3, true
			}
			return f, j + 2, true
		}
	}
	if i > 0 && toks[i-1].Lower == "between" && glued(toks, j, "%") {
		// "between 58.9% and 61.1%": a range of shares, one fact; "from 5% to
		// 7%" stays a move's two levels, as other reports give them apart.
		if other, end, _, ok := x.rangeEnd(toks, i, j+1); ok && glued(toks, end, "%") {
			return Fact{Type: Number, Start: toks[i-1].Start, End: toks[end].End, Value: figurePair(value, other), Unit: "%"}, end + 1, true
		}
	}
	if other, end, reversed, ok := x.rangeEnd(toks, i, j); ok {
		// "between 10 and 20", "from 10 to 20", "to 64 from 62": one fact, the
		// range or the change, written from its first bound.
		from, to := value, other
		if reversed {
			from, to = other, value
		}
		return Fact{Type: Number, Start: toks[i-1].Start, End: toks[end-1].End,
			Value: figurePair(from, to)}, end, true
	}
	if other, end, ok := x.moneyRangeEnd(toks, i, j, value); ok {
		// "$3.8 billion to $4.5 billion": one range of amounts.
		return Fact{Type: Number, Start: toks[i-1].Start, End: toks[end-1].End, Value: figurePair(value, other), Unit: toks[i-1].Text}, end, true
	}
	if other, ok := bareRangeEnd(toks, j, value); ok {
		// "10 to 12 ships", "Ten to 12": a range without "between".
		return Fact{Type: Number, Start: toks[i].Start, End: toks[j+1].End,
			Value: figurePair(value, other)}, j + 2, true
	}
	start := i
	unit := ""
	if i > 0 && isCurrency(toks[i-1].Text) {
		unit, start = toks[i-1].Text, i-1
	}
	if k := dollarStart(toks, i); k < i {
		unit, start = dollarUnit(toks, k), k
	}
	if i > 0 && labels[toks[i-1].Lower] && (segment.StartsUpper(toks[i-1].Text) || toks[i-1].Lower == "magnitude") {
		// "Category 4", "Flight 370": a place on a scale or a name, not a count;
		// it compares only with another of its label.
		return Fact{Type: Number, Start: toks[i-1].Start, End: toks[j-1].End, Value: figure(value), Unit: toks[i-1].Lower}, j, true
	}
	if i > 1 && toks[i-1].Lower == "of" && toks[i-2].Lower == "magnitude" {
		// "with a magnitude of 7.2": the label, then the figure.
		return Fact{Type: Number, Start: toks[i-2].Start, End: toks[j-1].End, Value: figure(value), Unit: "magnitude"}, j, true
	}
	switch {
	case pointUnit(toks, j) > 0:
		// "50 basis points" is "half a percentage point": one unit, the
		// percentage point.
		if toks[j].Lower == "basis" {
			value /= 100
		}
		unit = "percentage point"
		j += pointUnit(toks, j)
	case j < len(toks) && (toks[j].Text == "%" || toks[j].Lower == "percent" || percentSuffix(toks, j)):
		unit = "%"
		j++
	case j+1 < len(toks) && toks[j].Lower == "per" && toks[j+1].Lower == "cent":
		unit = "%"
		j += 2
	case j+1 < len(toks) && toks[j].IsHyphen() && toks[j].Start == toks[j-1].End && toks[j+1].Kind == segment.Word:
		unit = toks[j+1].Lower // "17-nation"
		j += 2
		if unit == "time" {
			unit = "times" // "a two-time champion": a count of times, no time of day
		}
		if ageUnits[unit] != "" && j+1 < len(toks) && toks[j].IsHyphen() && toks[j+1].Lower == "old" {
			unit = ageUnits[unit] // "a 63-year-old man"
			j += 2
		}
	case unit == "" && raceDistance(toks, i, j):
		unit = "metres" // "the 400m hurdles"
		j++
	case unit == "" && j < len(toks) && toks[j].Lower == "times":
		unit = "times" // "three times": a count of times, "twice" in two words
		j++
	case unit == "" && i > 1 && (toks[i-1].Lower == "over" || toks[i-1].Lower == "under") && peopleOfAge[toks[i-2].Lower] && (j == len(toks) || toks[j].Kind == segment.Punct || x.lex.StopWords.Has(toks[j].Lower)):
		unit = "years old" // "men over 50,", "children under five.": an age, no count
	case unit == "" && i > 0 && (toks[i-1].Lower == "aged" || toks[i-1].Lower == "age" || i > 1 && toks[i-1].Lower == "of" && toks[i-2].Lower == "age"):
		unit = "years old" // "a man aged 64", "under the age of 80"
	case unit == "" && j+1 < len(toks) && ageUnits[toks[j].Lower] != "" && toks[j+1].Lower == "old":
		unit = ageUnits[toks[j].Lower] // "65 years old"
	case unit == "" && j < len(toks) && meridiems[toks[j].Lower] && value >= 1 && value <= 12 && value == math.Trunc(value):
		// "about 2 a.m.", "8am": an hour, the time "8:00 a.m." is.
		unit = "time"
		clock, _ = clockValue(figure(value), "00", toks[j].Lower) // a whole hour from 1 to 12 always reads
		j++
	case unit == "" && appositiveAge(toks, i, j, value):
		unit = "years old" // "Kelly, 65, who has denied wrongdoing"
	case unit == "" && j < len(toks) && toks[j].Lower == "s" && toks[j].Start == toks[j-1].End && value == math.Trunc(value) && math.Mod(value, 10) == 0:
		unit = "decade" // "in his 50s", "the 1990s": ten years from the number
		j++
	case unit == "" && j < len(toks) && ordinalSuffixes[toks[j].Lower] && toks[j].Start == toks[j-1].End:
		unit = "ordinal" // "the 83rd", "his 3rd goal": a place in an order, not a count
		j++
	case unit == "" && j+1 < len(toks) && toks[j].Lower == "degrees" && temperatureScales[toks[j+1].Lower]:
		unit = "degrees " + toks[j+1].Lower // "40 degrees Celsius": the scale is no name
		j += 2
	case unit == "" && j < len(toks) && temperatureScales[toks[j].Lower]:
		unit = "degrees " + toks[j].Lower // "(104.5 Fahrenheit)", a conversion without its degrees
		j++
	case unit == "" && gluedScale(toks, j) > 0:
		// "40C", "104°F": the same as "40 degrees Celsius".
		n := gluedScale(toks, j)
		unit = "degrees " + scaleLetters[strings.ToUpper(toks[j+n-1].Text)]
		j += n
	case unit == "" && j < len(toks) && currencyNames[toks[j].Lower]:
		unit = toks[j].Lower // "41.20 euros": the currency is part of the amount, as "€" is
		j++
	case unit == "" && j+1 < len(toks) && x.lex.Demonyms.Has(toks[j].Lower) && currencyNames[toks[j+1].Lower]:
		unit = toks[j+1].Lower // "11 million Swedish kronor": the country's currency
		if sign := dollarSigns[toks[j].Lower]; sign != "" && strings.HasPrefix(unit, "dollar") {
			unit = sign // "50 million Australian dollars": the "A$50 million" of another report
		}
		j += 2
	case unit == "" && j+1 < len(toks) && (countAdjectives[toks[j].Lower] || x.lex.Demonyms.Has(toks[j].Lower)) && lowerWord(toks[j+1]) && (plural(toks[j+1].Lower) || singularCounts[toks[j+1].Lower]):
		unit = toks[j+1].Lower // "six other officers", "two Iranian generals": the noun after the word that sets them apart
	case unit == "" && j < len(toks) && toks[j].Kind == segment.Word && !x.lex.StopWords.Has(toks[j].Lower) && !segment.StartsUpper(toks[j].Text) && !prepositions[toks[j].Lower]:
		unit = toks[j].Lower // "70 children": the counted thing is kept but not in the text span
		if j+2 < len(toks) && toks[j+1].Lower == "per" && toks[j+2].Kind == segment.Word {
			unit += " per " + toks[j+2].Lower // "150 miles per hour", as "150 mph" reads
		} else {
			unit = x.countedNoun(toks, j)
		}
	}
	if unit != "" && start == i && yearBeforeNoun(toks, i, unit) {
		unit = "" // "a 2019 complaint": the year of one, no count of them
	}
	hedge, hstart := x.hedgeBefore(toks, start)
	if hedge == "" && start > 0 && thresholdVerbs[toks[start-1].Lower] && j < len(toks) && thresholdNouns[toks[j].Lower] {
		hedge, hstart = toks[start-1].Lower, start-1 // "breaks $100,000 mark": above it, as "tops" says
	}
	if hedge == "over" && hstart > 0 && handOver[toks[hstart-1].Lower] {
		hedge, hstart = "", start // "handed over three hostages": the verb's particle, no bound
	}
	if hedge == "over" && timeSpans[unit] && hstart > 0 && runsOver(toks[hstart-1]) {
		// "a 38% wage increase over four years": the time it runs over, not
		// more than four years ("after over 200 days" is more than 200).
		hedge, hstart = "", start
	}
	f = Fact{
		Type:  Number,
		Start: toks[hstart].Start, End: toks[j-1].End,
		Value: cmp.Or(clock, figure(value)),
		Hedge: hedge, Unit: unit,
	}
	return f, j, true
}

// AgeBesideName reports whether number f, a fact of text, is an age set off
// by commas after a name ("Sinner, 23, dropped the first set", "said
// Sinner, 23."): it says who someone is, as a title does, not what
// happened.
func AgeBesideName(text string, f Fact) bool {
	return f.Type == Number && f.Unit == "years old" && f.Text == f.Value && strings.HasSuffix(text[:f.Start], ", ")
}

// appositiveAge reports whether the number toks[i:j] of the given value is an
// age set off by commas after a name, as news style gives one: "Kelly, 65,
// who", "Brian Rose, 36, and Joseph Quattrone, 35, are", "Calhoun, who is 67,".
func appositiveAge(toks []segment.Token, i, j int, value float64) bool {
	if j != i+1 || value < 1 || value > 120 || value != math.Trunc(value) || strings.ContainsAny(toks[i].Text, ".,") {
		return false
	}
	setOff := j == len(toks) || toks[j].Text == "," || toks[j].Text == "." || toks[j].Text == ")"
	if i >= 4 && toks[i-2].Lower == "who" && (toks[i-1].Lower == "is" || toks[i-1].Lower == "was") && toks[i-3].Text == "," && segment.StartsUpper(toks[i-4].Text) {
		return setOff // "Calhoun, who is 67, became": the age a clause gives
	}
	if i < 2 || toks[i-1].Text != "," || toks[i-2].Kind != segment.Word || !segment.StartsUpper(toks[i-2].Text) {
		return false
	}
	// Set off on both sides: "Still, 40 people" counts people.
	return setOff
}

// countedNoun returns what a number before toks[j], a word in lower case,
// counts: that word, or the plural noun one or two words on that it
// describes ("500 new jobs", "32 cholera treatment centres"). Some nouns
// count without a plural ending ("12 people killed"). A modifier made with
// hyphens describes the noun after it ("2,000 pro-government protesters",
// "its 1989 bubble-era peak").
func (x *Extractor) countedNoun(toks []segment.Token, j int) string {
	if lightYears(toks, j) {
		return "light years" // "500 light years", "490 light-years": a distance, no length of time
	}
	if end := compoundEnd(toks, j); end > j && end+1 < len(toks) && lowerWord(toks[end+1]) && !x.lex.StopWords.Has(toks[end+1].Lower) {
		return x.countedNoun(toks, end+1)
	}
	first := toks[j].Lower
	if (first == "square" || first == "sq") && j+1 < len(toks) && toks[j+1].Kind == segment.Word {
		return first + " " + toks[j+1].Lower // "100 square kilometers", "40 sq km": an area, not a length
	}
	if j+2 < len(toks) && toks[j+1].Text == "/" && toks[j+2].Lower == "h" && toks[j+1].Start == toks[j].End && toks[j+2].Start == toks[j+1].End {
		return first + "/h" // "235 km/h": a speed, not a length
	}
	if plural(first) || singularCounts[first] {
		return first
	}
	for k, words := j+1, 1; k < len(toks) && words <= 2; k, words = k+1, words+1 {
		t := toks[k]
		if t.Kind != segment.Word || segment.StartsUpper(t.Text) || x.lex.StopWords.Has(t.Lower) {
			break
		}
		if end := compoundEnd(toks, k); end > k {
			k = end // a modifier made with hyphens: one word that describes
			continue
		}
		if plural(t.Lower) || singularCounts[t.Lower] {
			return t.Lower // "two unvaccinated school-age children"
		}
	}
	return first
}

// lightYears reports whether toks[j] opens "light years" or "light-years".
func lightYears(toks []segment.Token, j int) bool {
	if toks[j].Lower != "light" || j+1 >= len(toks) {
		return false
	}
	k := j + 1
	if toks[k].IsHyphen() && toks[k].Start == toks[j].End && k+1 < len(toks) {
		k++
	}
	return toks[k].Lower == "years" || toks[k].Lower == "year"
}

// compoundEnd returns the index of the last word of the words joined by
// hyphens that starts at toks[j] ("bubble-era", "pro-government"), or j.
func compoundEnd(toks []segment.Token, j int) int {
	k := j
	for k+2 < len(toks) && toks[k+1].Fold == "-" && toks[k+1].Start == toks[k].End && toks[k+2].Start == toks[k+1].End && toks[k+2].Kind == segment.Word {
		k += 2
	}
	return k
}

// lowerWord reports whether t is a word in lower case.
func lowerWord(t segment.Token) bool {
	return t.Kind == segment.Word && !segment.StartsUpper(t.Text)
}

// plural reports whether a word in lower case reads as a plural noun.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// yearBeforeNoun reports whether the number toks[i] is a year that an
// article and a noun in the singular set about ("a 2019 complaint", "an
// 1865 photograph"): "a" counts one of a noun, so the number counts nothing.
// One joined to its noun measures ("a 2000-mile trip").
func yearBeforeNoun(toks []segment.Token, i int, unit string) bool {
	if i == 0 || toks[i-1].Lower != "a" && toks[i-1].Lower != "an" || plural(unit) || strings.Contains(unit, " ") ||
		i+1 == len(toks) || toks[i+1].Kind != segment.Word {
		return false
	}
	y := yearNumber(toks[i])
	return y > 0 && y <= 2100 // as ReadsAsYear reads one
}

// countAdjectives stand between a number and what it counts, setting some
// apart from others: "six other officers", "two more bodies".
var countAdjectives = map[string]bool{"other": true, "more": true, "additional": true, "further": true, "extra": true}

// peopleOfAge are the people an age after "over" or "under" is of.
var peopleOfAge = map[string]bool{"men": true, "women": true, "people": true, "children": true, "adults": true,
	"those": true, "anyone": true, "patients": true, "residents": true}

// singularCounts count people without a plural ending.
var singularCounts = map[string]bool{"people": true, "men": true, "women": true, "children": true, "feet": true,
	"percent": true, "staff": true, "crew": true, "personnel": true}

// andAHalf returns how many tokens at toks[j] add a half to the number
// before them: "and a half", or "-and-a-half" written onto it; or 0.
func andAHalf(toks []segment.Token, j int) int {
	if j+2 < len(toks) && toks[j].Lower == "and" && toks[j+1].Lower == "a" && toks[j+2].Lower == "half" {
		return 3
	}
	// Written onto the number with hyphens, one of them perhaps where a
	// line broke ("six-and-\na-half", whose "and-\na" is one token).
	want := [...]string{"and", "a", "half"}
	n, k := 0, j
	for n < len(want) && k+1 < len(toks) && toks[k].IsHyphen() && toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End {
		for part := range strings.SplitSeq(toks[k+1].Text, "-") {
			if n == len(want) || !strings.EqualFold(strings.TrimLeft(part, " \t\r\n"), want[n]) {
				return 0
			}
			n++
		}
		k += 2
	}
	if n < len(want) {
		return 0
	}
	return k - j
}

// raceDistance reports whether the "m" at toks[j], written onto the number
// at toks[i], is metres: a race's distance, with no currency before it and an
// event of sport after it ("the 400m hurdles", "100m freestyle"), where "4.8m
// people" and "$5m" are millions.
func raceDistance(toks []segment.Token, i, j int) bool {
	return j+1 < len(toks) && toks[j].Lower == "m" && toks[j].Start == toks[i].End && raceWords[toks[j+1].Lower] &&
		(i == 0 || !isCurrency(toks[i-1].Text))
}

// raceWords name events of sport, and what is won in them, after a distance.
var raceWords = map[string]bool{"hurdles": true, "freestyle": true, "relay": true, "race": true, "sprint": true,
	"butterfly": true, "backstroke": true, "breaststroke": true, "medley": true, "dash": true, "steeplechase": true,
	"final": true, "title": true, "gold": true, "silver": true, "bronze": true, "heat": true, "semifinal": true,
	"semi-final": true, "champion": true, "individual": true}

// ageUnits are the units an age is given in, and the age they make.
var ageUnits = map[string]string{"year": "years old", "years": "years old", "month": "months old", "months": "months old",
	"week": "weeks old", "weeks": "weeks old", "day": "days old", "days": "days old"}

// handOver are the verbs that take "over" as their particle, before what is
// handed or turned over: "handed over three hostages".
var handOver = map[string]bool{"hand": true, "hands": true, "handed": true, "handing": true,
	"turn": true, "turns": true, "turned": true, "turning": true}

// timeSpans are the units of a stretch of time a thing may run "over".
var timeSpans = map[string]bool{"years": true, "months": true, "weeks": true, "days": true, "hours": true, "decades": true}

// runsOver reports whether the word t before "over" and a stretch of time is
// a thing that runs over it ("an increase over four years", "raises of 40%
// over three years"), not a word after which "over" means more than ("after
// over 200 days", "lasted over two hours").
func runsOver(t segment.Token) bool {
	return t.Kind == segment.Word && !overBeforeCount[t.Lower] && !strings.HasSuffix(t.Lower, "ed") || t.Text == "%"
}

// overBeforeCount are the words after which "over" before a count means more than.
var overBeforeCount = map[string]bool{"after": true, "for": true, "of": true, "in": true, "to": true, "than": true,
	"at": true, "with": true, "by": true, "from": true, "within": true, "took": true, "spent": true, "lasting": true}

// labels are the words that make the number after them a place on a scale or
// part of a name.
var labels = map[string]bool{"category": true, "level": true, "stage": true, "phase": true, "grade": true,
	"article": true, "section": true, "chapter": true, "flight": true, "route": true, "resolution": true,
	"amendment": true, "proposition": true, "gate": true, "terminal": true, "platform": true, "model": true,
	"magnitude": true,                                                // "a magnitude 6.3 earthquake", in lower case too
	"district":  true, "local": true, "precinct": true, "ward": true} // "District 751", a union's branch

// Labelled reports whether f is a number a label names ("Category 4"): it is
// compared only with another of the same label.
func Labelled(f Fact) bool { return f.Type == Number && labels[f.Unit] }

// InWords reports whether f is written without a digit: in words ("seventh",
// "dozens", "a third").
func InWords(f Fact) bool { return strings.IndexFunc(f.Text, unicode.IsDigit) < 0 }

// ReadsAsYear reports whether number f reads as a year: a whole number from
// 1800 to 2100 written without a separator, counting nothing or qualifying a
// noun years qualify ("the 1973 Nobel Peace Prize", "to 2008 levels").
func ReadsAsYear(f Fact) bool {
	v, err := strconv.Atoi(f.Value)
	return err == nil && f.Type == Number && v >= 1800 && v <= 2100 && !strings.Contains(f.Text, ",") &&
		(f.Unit == "" || yearNouns[f.Unit])
}

// yearNouns are what a year before them qualifies, where it counts nothing.
var yearNouns = map[string]bool{"levels": true, "level": true, "election": true, "elections": true, "season": true,
	"crisis": true, "budget": true, "figures": true, "peak": true, "census": true, "report": true, "war": true,
	"deal": true, "agreement": true, "accord": true, "campaign": true, "law": true, "vote": true, "record": true,
	"olympics": true, "games": true, "final": true, "tournament": true, "edition": true, "model": true,
	// An event a year names: "a historic 1941 flood", "the 1994 genocide".
	"flood": true, "earthquake": true, "quake": true, "storm": true, "hurricane": true, "tsunami": true,
	"eruption": true, "wildfire": true, "fire": true, "disaster": true, "pandemic": true, "revolution": true,
	"uprising": true, "coup": true, "invasion": true, "genocide": true, "massacre": true, "treaty": true, "summit": true,
	// A company's figures of a year: "its 2024 operating profit forecast",
	// "raised its 2025 sales target" (a count of them takes a comma: "2,024").
	"operating": true, "revenue": true, "revenues": true, "sales": true, "profit": true, "profits": true, "earnings": true,
	"results": true, "forecast": true, "forecasts": true, "guidance": true, "outlook": true, "target": true, "targets": true}

// scaleLetters write a temperature's scale onto its number: "40C", "104°F".
var scaleLetters = map[string]string{"C": "celsius", "F": "fahrenheit"}

// gluedScale returns how many tokens from toks[j], written onto the number
// before it, give a temperature's scale ("C", "°C"), or 0. A scale's letter
// set apart from the number ends a phrase, as "soared past 50 C (122 F)."
// writes it, not a name's initial.
func gluedScale(toks []segment.Token, j int) int {
	n := 0
	if segment.Glued(toks, j) && toks[j].Text == "°" {
		n = 1
	}
	if segment.Glued(toks, j+n) && scaleLetters[toks[j+n].Text] != "" {
		return n + 1
	}
	if n > 0 || j >= len(toks) || scaleLetters[toks[j].Text] == "" {
		return 0
	}
	switch next := j + 1; {
	case next == len(toks), next == len(toks)-1 && toks[next].Text == ".": // "... recorded 46.8 C."
		return 1
	case toks[next].Kind == segment.Punct && toks[next].Text != ".", toks[next].Kind == segment.Word && !segment.StartsUpper(toks[next].Text):
		return 1 // "50 C (122 F)", "46.8 C on Thursday"
	}
	return 0
}

// temperatureScales are the scales a temperature in degrees names.
var temperatureScales = map[string]bool{"celsius": true, "fahrenheit": true, "centigrade": true, "kelvin": true}

// pointUnit returns how many tokens from toks[j] name a percentage point or a
// basis point ("percentage points", "basis point"), or 0.
func pointUnit(toks []segment.Token, j int) int {
	if j+1 < len(toks) && (toks[j].Lower == "percentage" || toks[j].Lower == "basis") &&
		(toks[j+1].Lower == "point" || toks[j+1].Lower == "points") {
		return 2
	}
	return 0
}

// characterReference reports whether the number toks[i] is the code of an HTML
// character reference ("&#8217;" in text copied from a web page's source): a
// character, not a figure.
func characterReference(toks []segment.Token, i int) bool {
	return i >= 2 && toks[i-1].Text == "#" && toks[i-2].Text == "&" && toks[i-2].End == toks[i-1].Start && toks[i-1].End == toks[i].Start
}

// mixedFraction returns the fraction written at toks[j] after a whole number:
// after a space or a hyphen, numerator, slash and denominator with no space
// between ("1/2" of "8 1/2" and of "6-1/2"), or one character written onto
// it ("½" of "6½"); and how many tokens it takes; 0, 0 when there is none.
func mixedFraction(toks []segment.Token, j int) (float64, int) {
	if j >= 1 && j < len(toks) && toks[j].Start == toks[j-1].End {
		if f, ok := vulgarFractions[toks[j].Text]; ok {
			return f, 1 // "6½ years"
		}
	}
	if j >= 1 && j+3 < len(toks) && toks[j].IsHyphen() && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End {
		if f, n := mixedFraction(toks, j+1); n > 0 {
			return f, n + 1 // "6-1/2 years", as wire copy writes a half
		}
	}
	if j < 1 || j+2 >= len(toks) || toks[j].Kind != segment.Number ||
		toks[j].Start == toks[j-1].End && toks[j-1].Kind == segment.Number ||
		toks[j+1].Text != "/" || toks[j+1].Start != toks[j].End || toks[j+2].Kind != segment.Number || toks[j+2].Start != toks[j+1].End {
		return 0, 0
	}
	num, err1 := strconv.Atoi(toks[j].Text)
	den, err2 := strconv.Atoi(toks[j+2].Text)
	if err1 != nil || err2 != nil || num <= 0 || den > 16 || num >= den {
		return 0, 0
	}
	return float64(num) / float64(den), 3
}

// vulgarFractions are the fractions written as one character.
var vulgarFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3}

// timesCount returns the count of times the word toks[i] makes, or 0:
// "twice", "thrice", and an adjective of multiples before a determiner
// ("double the duration", "triple its output"), not a verb ("doubled") nor a
// noun ("a double"). A switch, not a map: every word of an article is asked.
func timesCount(toks []segment.Token, i int) int {
	n := 0
	switch toks[i].Lower {
	case "twice":
		return 2
	case "thrice":
		return 3
	case "double":
		n = 2
	case "triple":
		n = 3
	case "quadruple":
		n = 4
	default:
		return 0
	}
	if i+1 >= len(toks) || !multipleDeterminers[toks[i+1].Lower] {
		return 0
	}
	return n
}

// multipleDeterminers open what a multiple is of.
var multipleDeterminers = map[string]bool{"the": true, "that": true, "its": true, "their": true, "his": true,
	"her": true, "what": true}

// partOfName reports whether the number toks[i] is part of a name: one that
// ends it, written onto it with a hyphen ("COVID-19", "F-16", "G-7", "A-320"),
// one that opens it, written onto a word with a capital inside ("23andMe"),
// or the number of an address ("10 Downing Street", "1600 Pennsylvania
// Avenue").
func partOfName(toks []segment.Token, i int) bool {
	if isAddress(toks, i) || opensCamelWord(toks, i) || modelNumber(toks, i) || jetModel(toks, i) || indexNumber(toks, i) {
		return true
	}
	if i < 2 || !toks[i-1].IsHyphen() || toks[i-1].End != toks[i].Start || toks[i-2].End != toks[i-1].Start {
		return false
	}
	name := toks[i-2]
	return name.Kind == segment.Word && strings.ToUpper(name.Text) == name.Text
}

// productNumber reports whether the number toks[i], a bare whole number of
// one to three digits, follows the name of a company the lexicon knows, as a
// product's name does ("Microsoft 365 users"): a name, no count. An amount
// after the name ("Toyota 1.2 million", "Apple 3%") and a score ("Arsenal
// 3-1 Chelsea") are no such number.
func (x *Extractor) productNumber(toks []segment.Token, i int) bool {
	if i == 0 || len(toks[i].Text) > 3 || strings.ContainsAny(toks[i].Text, ".,") || !segment.StartsUpper(toks[i-1].Text) || !x.lex.Organizations.Has(toks[i-1].Lower) {
		return false
	}
	if i+1 < len(toks) && (x.lex.Multipliers[toks[i+1].Lower] > 0 || marksShare(toks[i+1]) ||
		toks[i+1].IsHyphen() || segment.StartsUpper(toks[i+1].Text)) {
		return false // and no score: "Arsenal 3-1 Chelsea", "Arsenal 3 Liverpool 1"
	}
	return true
}

// indexNumber reports whether the number toks[i] ends the name of a share
// index or a list ("the S&P 500", "the Nikkei 225", "the Euro Stoxx 50",
// "a Fortune 500 company"): a name, no count.
func indexNumber(toks []segment.Token, i int) bool {
	return i > 0 && indexNames[toks[i-1].Lower] && !strings.ContainsAny(toks[i].Text, ".,")
}

// indexNames are the names that a share index's number or a list's ends.
var indexNames = map[string]bool{"p": true, "ftse": true, "nikkei": true, "stoxx": true, "dax": true, "cac": true,
	"russell": true, "asx": true, "nifty": true, "ibex": true, "kospi": true, "fortune": true}

// jetModel reports whether the number toks[i] is the model of a Boeing jet,
// after the maker's name or before what the model is ("Boeing 737",
// "halting 737 production", "the 787 Dreamliner"): a name, no count.
func jetModel(toks []segment.Token, i int) bool {
	if !jetModels[toks[i].Text] {
		return false
	}
	if i > 0 && toks[i-1].Lower == "boeing" {
		return true
	}
	return i+1 < len(toks) && jetModelWords[toks[i+1].Lower]
}

// jetModels are the numbers of Boeing's jets.
var jetModels = map[string]bool{"707": true, "717": true, "727": true, "737": true, "747": true, "757": true, "767": true, "777": true, "787": true}

// jetModelWords follow a jet's model number: "737 MAX jets", "787 Dreamliner", "737 production".
var jetModelWords = map[string]bool{"max": true, "jet": true, "jets": true, "jetliner": true, "jetliners": true, "plane": true, "planes": true,
	"aircraft": true, "airliner": true, "airliners": true, "dreamliner": true, "dreamliners": true, "production": true,
	"fleet": true, "freighter": true, "freighters": true, "program": true, "programme": true, "family": true}

// modelNumber reports whether the number toks[i] opens or ends a maker's
// model number written with a hyphen after the maker's name ("Boeing
// 787-8", "Boeing 737-800"): a name, not a range; a score ("Arsenal 3-1
// Chelsea") is of small numbers.
func modelNumber(toks []segment.Token, i int) bool {
	first := i
	if i >= 2 && toks[i-1].IsHyphen() && toks[i-2].Kind == segment.Number {
		first = i - 2
	}
	if first == 0 || first+2 >= len(toks) || !toks[first+1].IsHyphen() || toks[first+2].Kind != segment.Number ||
		toks[first+1].Start != toks[first].End || toks[first+2].Start != toks[first+1].End {
		return false
	}
	maker := toks[first-1]
	if maker.Kind != segment.Word || !segment.StartsUpper(maker.Text) || rangeOpeners[maker.Lower] || strings.ContainsAny(toks[first].Text, ",.") {
		return false
	}
	if len(toks[first].Text) == 4 && len(toks[first+2].Text) == 4 {
		return false // "the Covid 2020-2021 slump": years
	}
	v, err := strconv.Atoi(toks[first].Text)
	return err == nil && v >= 100
}

// rangeOpeners stand before a range of figures, capitalised where a
// sentence opens: "Between 100-200 people".
var rangeOpeners = map[string]bool{"the": true, "a": true, "an": true, "between": true, "from": true, "some": true,
	"about": true, "around": true, "in": true, "of": true, "by": true, "to": true, "and": true}

// opensCamelWord reports whether the number toks[i] is written onto a word
// that makes a brand of it: one with a capital letter after its first
// ("23andMe"), or a capitalised one of minBrandLetters letters or more
// ("21Shares", "1Password"). A unit or a count written onto a number is in
// one case, or short ("10km", "40C", "5bn", "5Bn"). A digit and "G" name a
// network's generation ("5G"), a digit and "D" dimensions ("3D-printed").
func opensCamelWord(toks []segment.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Start != toks[i].End || toks[i+1].Kind != segment.Word {
		return false
	}
	w := toks[i+1].Text
	first, size := utf8.DecodeRuneInString(w)
	if (w == "G" || w == "D") && len(toks[i].Text) == 1 {
		return true
	}
	return strings.IndexFunc(w[size:], unicode.IsUpper) >= 0 || unicode.IsUpper(first) && utf8.RuneCountInString(w) >= minBrandLetters
}

// minBrandLetters is the fewest letters of a capitalised word written onto a
// number that make a brand of it: "21Shares", not "5Bn".
const minBrandLetters = 4

// isAddress reports whether the number toks[i] opens an address: capitalised
// words after it end in a word for a street.
func isAddress(toks []segment.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := toks[j]
		if t.Kind != segment.Word || !segment.StartsUpper(t.Text) {
			return false
		}
		if streetWords[t.Lower] && j > i+1 {
			return true
		}
	}
	return false
}

// streetWords end the names of streets.
var streetWords = map[string]bool{"street": true, "avenue": true, "road": true, "boulevard": true, "lane": true,
	"square": true, "place": true, "drive": true, "way": true, "st": true, "ave": true, "rd": true}

// hedged reports whether a number hedge ends just before toks[i] ("up to",
// "about").
func (x *Extractor) hedged(toks []segment.Token, i int) bool {
	h, _ := x.hedgeBefore(toks, i)
	return h != ""
}

// percentSuffix reports whether toks[j] is a percent sign in letters: "12pct",
// "12 pct", and "12pc" written onto the number.
func percentSuffix(toks []segment.Token, j int) bool {
	// "5pct" and "5 pct"; "5 pc" could be five computers.
	return toks[j].Lower == "pct" || toks[j].Lower == "pc" && j > 0 && toks[j].Start == toks[j-1].End
}

// bareRangeEnd reads the greater bound of a range written "10 to 12" or
// "2011 through 2019" whose lower bound, value, ends at toks[j]; "74 to 24"
// is a tally, no range.
func bareRangeEnd(toks []segment.Token, j int, value float64) (float64, bool) {
	if j+1 >= len(toks) || toks[j].Lower != "to" && toks[j].Lower != "through" || toks[j+1].Kind != segment.Number {
		return 0, false
	}
	other, err := digits(toks[j+1].Text)
	if err != nil || other <= value {
		return 0, false
	}
	return other, true
}

// moneyRangeEnd reads the other bound of a range of amounts whose first,
// of the given value, is toks[i:j] after its currency's sign, both written
// with the sign and the same multiplier: "$3.8 billion to $4.5 billion". It
// returns the bound's value and the index after it.
func (x *Extractor) moneyRangeEnd(toks []segment.Token, i, j int, value float64) (float64, int, bool) {
	if i == 0 || j+2 >= len(toks) || !isCurrency(toks[i-1].Text) || toks[j].Lower != "to" || toks[j+1].Text != toks[i-1].Text || toks[j+2].Kind != segment.Number ||
		i >= 2 && (toks[i-2].Lower == "from" || MovesPrice(toks[i-2].Lower)) {
		// "rose from $5 to $7": a move's two levels, as other reports give
		// them apart; "gained $3.07 to $71.11": how far it moved, and to what.
		return 0, 0, false
	}
	other, err := digits(toks[j+2].Text)
	if err != nil {
		return 0, 0, false
	}
	end := j + 3
	if m := x.lex.Multipliers[toks[j-1].Lower]; m > 0 {
		if end >= len(toks) || x.lex.Multipliers[toks[end].Lower] != m {
			return 0, 0, false // "$3.8 billion to $450 million": two amounts
		}
		other *= m
		end++
	}
	if other <= value {
		return 0, 0, false
	}
	return other, end, true
}

// rangeEnd reads the other bound of a range or change whose one bound is
// toks[i:j]: "between 10 and 20", "from 10 to 20", or written from its end,
// "to 64 from 62" (reversed). It returns the bound and the index after it.
func (x *Extractor) rangeEnd(toks []segment.Token, i, j int) (other float64, end int, reversed, ok bool) {
	if i == 0 || j+1 >= len(toks) || toks[j+1].Kind != segment.Number {
		return 0, 0, false, false
	}
	open, join := toks[i-1].Lower, toks[j].Lower
	reversed = open == "to" && join == "from"
	if !(open == "between" && join == "and" || open == "from" && (join == "to" || join == "through") || reversed) {
		return 0, 0, false, false
	}
	other, err := digits(toks[j+1].Text)
	if err != nil {
		return 0, 0, false, false
	}
	return other, j + 2, reversed, true
}

// hedgeBefore returns the number hedge that ends just before toks[i] ("more than",
// "nearly") and the index it starts at, or "" and i. An article between the
// two leaves the hedge the number's: "about a 90% stake", "nearly a 25% rise";
// but not "under" or "over", which then say what governs or what is in
// dispute: "under a 10-year contract", "talks over a $23 billion takeover".
func (x *Extractor) hedgeBefore(toks []segment.Token, i int) (string, int) {
	if i > 1 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an") {
		if h, k := x.hedgeBefore(toks[:i-1], i-1); h != "" && h != "under" && h != "over" {
			return h, k
		}
	}
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		words := make([]string, n)
		for k := range n {
			words[k] = toks[i-n+k].Lower
		}
		if h := strings.Join(words, " "); x.lex.Hedging.Has(h) && !(h == "past" && i-n > 0 && pastPeriod[toks[i-n-1].Lower]) {
			return h, i - n
		}
	}
	return "", i
}

// prepositions after a number open what is said of those it counts, and
// name no thing counted: "left 200,000 without power".
var prepositions = map[string]bool{"without": true, "within": true, "among": true, "across": true, "against": true,
	"amid": true, "despite": true, "during": true, "through": true, "toward": true, "towards": true, "into": true, "onto": true}

// thresholdVerbs, before a figure and one of thresholdNouns, say a figure
// went above it: "Bitcoin breaks $100,000 mark".
var (
	thresholdVerbs = map[string]bool{"breaks": true, "broke": true, "passes": true, "passed": true, "clears": true, "cleared": true}
	thresholdNouns = map[string]bool{"mark": true, "barrier": true, "threshold": true, "milestone": true}
)

// pastPeriod are the words before "past" where it names a stretch of time
// ("over the past five years"), not a figure passed ("soared past 50 C").
var pastPeriod = map[string]bool{"the": true, "this": true, "that": true, "its": true, "their": true, "his": true, "her": true}

// oneYear reports whether toks[j], after "one", is "year", "month" or "decade", a
// length of time another report may give in months: "have one year to
// comply" / "take effect in 12 months".
func oneYear(toks []segment.Token, j int) bool {
	return calendarLength(toks, j) && !(j+1 < len(toks) && toks[j+1].Lower == "ago")
}

// calendarLength reports whether toks[j] is "year", "month" or "decade",
// the lengths of time another report may give in another of them ("one
// year" / "12 months", "almost a decade" / "nearly 10 years").
func calendarLength(toks []segment.Token, j int) bool {
	return j < len(toks) && (toks[j].Lower == "year" || toks[j].Lower == "month" || toks[j].Lower == "decade")
}

// countAt returns the whole number t writes in digits or in a word ("24",
// "one"), and whether it writes one.
func (x *Extractor) countAt(t segment.Token) (float64, bool) {
	if t.Kind == segment.Number {
		v, err := digits(t.Text)
		return v, err == nil
	}
	v := x.lex.NumberWords[t.Lower]
	return v, v > 0 && v == math.Trunc(v)
}

// digits reads a number written in digits, with or without thousands
// separators ("300,000", "1.5").
func digits(text string) (float64, error) {
	return strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
}

// figure writes a value as facts hold it: "300000", "1.5".
func figure(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// wordNumber reads a number written in words from toks[i], multipliers and
// all: "one thousand five hundred", "two hundred and fifty", "three million two
// hundred thousand", "twenty-five". It returns its value and the index after it.
func (x *Extractor) wordNumber(toks []segment.Token, i int) (float64, int) {
	total, group := 0.0, 0.0
	j := i
	for j < len(toks) {
		w := toks[j].Lower
		switch n, m := x.lex.NumberWords[w], x.lex.Multipliers[w]; {
		case n > 0:
			group += n
			if j+2 < len(toks) && toks[j+1].IsHyphen() && toks[j+2].Start == toks[j+1].End && x.lex.NumberWords[toks[j+2].Lower] > 0 {
				group += x.lex.NumberWords[toks[j+2].Lower] // "twenty-five"
				j += 2
			}
		case w == "hundred":
			group = max(group, 1) * 100
		case m > 12:
			total += max(group, 1) * m
			group = 0
		case w == "and" && j > i && j+1 < len(toks) && x.lex.NumberWords[toks[j+1].Lower] > 0 && x.lex.Multipliers[toks[j-1].Lower] >= 100:
			// "two hundred and fifty"
		default:
			return total + group, j
		}
		j++
	}
	return total + group, j
}

// vagueQuantity reads a magnitude written in words at toks[i] ("dozens",
// "hundreds", "tens of thousands", "hundreds of thousands"), its least and
// greatest value, and the index after it; end is i when there is none.
func vagueQuantity(toks []segment.Token, i int) (lo, hi float64, end int) {
	w := toks[i].Lower
	if (w == "tens" || w == "hundreds") && i+2 < len(toks) && toks[i+1].Lower == "of" && magnitudes[toks[i+2].Lower] >= 1000 {
		m := magnitudes[toks[i+2].Lower]
		if w == "tens" {
			return 20 * m, 100*m - 1, i + 3 // "tens of thousands": 20,000 to 99,999
		}
		return 200 * m, 1000*m - 1, i + 3
	}
	if w == "dozens" {
		return 24, 99, i + 1
	}
	if m, ok := magnitudes[w]; ok {
		return 2 * m, 10*m - 1, i + 1 // "hundreds": 200 to 999
	}
	return 0, 0, i
}

// magnitudes are the plural words for a power of ten that make a vague quantity.
var magnitudes = map[string]float64{"hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

// countedAfter returns the thing a quantity that ends at toks[end] counts:
// "dozens of people"; "" for "thousands protested".
func (x *Extractor) countedAfter(toks []segment.Token, end int) string {
	if end+1 < len(toks) && toks[end].Lower == "of" && toks[end+1].Kind == segment.Word &&
		!x.lex.StopWords.Has(toks[end+1].Lower) && !segment.StartsUpper(toks[end+1].Text) {
		return x.countedNoun(toks, end+1) // "dozens of howler monkeys": monkeys, as "83 howler monkeys" counts
	}
	return ""
}

// figurePair writes the value of a score, a range or a tally: "2-1", "10-20".
func figurePair(a, b float64) string {
	return figure(a) + "-" + figure(b)
}

// ordinalSuffixes are written onto a number to make it an ordinal.
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// fraction reads a fraction of a whole at toks[i] as a percentage: "two-thirds
// of", "a quarter of", "half of". It needs the "of" after it, so that "the
// second half" and "a quarter past" are no figures.
func (x *Extractor) fraction(toks []segment.Token, i int) (Fact, int, bool) {
	if f, next, ok := x.ratio(toks, i); ok {
		return f, next, true
	}
	j, count := i, 1.0
	switch w := toks[i].Lower; {
	case brokenPoint(toks[i]) > 0:
		// "a smaller quarter-" / "point cut": the word broken over two lines.
		return x.hedgedNumber(toks, i, i+1, figure(1/brokenPoint(toks[i])), "percentage point"), i + 1, true
	case pointParts[w] > 0 && fractionPoint(toks, i+1) > 0 && toks[i+1].IsHyphen():
		// "an unusually large half-point", "a smaller quarter-point cut": a
		// part of the point, whatever stands between it and its "a".
		end := i + 1 + fractionPoint(toks, i+1)
		return x.hedgedNumber(toks, i, end, figure(1/pointParts[w]), "percentage point"), end, true
	case w == "a" && i+2 < len(toks) && toks[i+1].Lower == "full" && fractionPoint(toks, i+2) > 0 && (toks[i+2].Lower == "percentage" || i > 0 && toks[i-1].Lower == "by"):
		end := i + 2 + fractionPoint(toks, i+2) // "a full percentage point", "by a full point"; "a full point lead" is a match's
		return x.hedgedNumber(toks, i, end, "1", "percentage point"), end, true
	case w == "a" || w == "one":
		j++
	case x.lex.NumberWords[w] > 1 && j+1 < len(toks) && toks[j+1].Fold == "-" && toks[j+1].Start == toks[j].End:
		count, j = x.lex.NumberWords[w], j+2 // "two-thirds"
	case x.lex.NumberWords[w] > 1 && j+1 < len(toks) && fractionParts[toks[j+1].Lower] > 0 && x.pluralPart(toks, i):
		// "two thirds", "nearly three quarters in the first round": a fraction
		// without its hyphen, and without "of".
		count, parts := x.lex.NumberWords[w], fractionParts[toks[j+1].Lower]
		return x.hedgedNumber(toks, i, j+2, share(count, parts), "%"), j + 2, true
	case w == "half" && i+3 < len(toks) && toks[i+1].Lower == "of" && (toks[i+2].Lower == "a" || toks[i+2].Lower == "one") && toks[i+3].Lower == "percentage" && pointUnit(toks, i+3) > 0:
		end := i + 3 + pointUnit(toks, i+3) // "half of a percentage point": a part of the point, not a share
		return x.hedgedNumber(toks, i, end, "0.5", "percentage point"), end, true
	case w == "half":
		// "half of the staff", "cut by half", not "the second half of the match"
		_, hedged := x.hedgeBefore(toks, i) // "fell by more than half": a change, hedged
		by := i > 0 && toks[i-1].Lower == "by" || hedged < i && hedged > 0 && toks[hedged-1].Lower == "by"
		if i+1 < len(toks) && toks[i+1].Lower == "of" && (i == 0 || !halfMarkers[toks[i-1].Lower]) || by && (i+1 == len(toks) || toks[i+1].Lower != "a" && toks[i+1].Lower != "an") {
			return x.hedgedNumber(toks, i, i+1, "50", "%"), i + 1, true // "more than half of": hedged as figures are
		}
		return Fact{}, i, false
	default:
		return Fact{}, i, false
	}
	if j < len(toks) && brokenPoint(toks[j]) > 0 {
		return x.hedgedNumber(toks, i, j+1, figure(count/brokenPoint(toks[j])), "percentage point"), j + 1, true // "a quarter-" / "point"
	}
	if j < len(toks) && fractionParts[toks[j].Lower] > 0 && fractionPoint(toks, j+1) > 0 {
		// "a quarter point", "a quarter-point": a part of the percentage point.
		end := j + 1 + fractionPoint(toks, j+1)
		return x.hedgedNumber(toks, i, end, figure(count/fractionParts[toks[j].Lower]), "percentage point"), end, true
	}
	by := i > 0 && toks[i-1].Lower == "by" // "fell by a third": a change, in shares
	if j >= len(toks) || !by && (j+1 >= len(toks) || toks[j+1].Lower != "of") {
		return Fact{}, i, false // "by a" ends the text
	}
	parts, ok := fractionParts[toks[j].Lower]
	if !ok {
		return Fact{}, i, false
	}
	if k := j + 2; k < len(toks) && (toks[k].Lower == "a" || toks[k].Lower == "one") && pointUnit(toks, k+1) > 0 && toks[k+1].Lower == "percentage" {
		// "a quarter of a percentage point": a part of the point, not a share.
		end := k + 1 + pointUnit(toks, k+1)
		return x.hedgedNumber(toks, i, end, figure(count/parts), "percentage point"), end, true
	}
	return x.hedgedNumber(toks, i, j+1, share(count, parts), "%"), j + 1, true
}

// share returns part of whole as a percentage to one decimal place: "33.3"
// for a third.
func share(part, whole float64) string {
	return figure(math.Round(part/whole*1000) / 10)
}

// hedgedNumber returns the number fact of the tokens toks[i:end], of the
// given value and unit, with the hedge before toks[i] taken in ("nearly
// three quarters", "about 11.30 a.m.").
func (x *Extractor) hedgedNumber(toks []segment.Token, i, end int, value, unit string) Fact {
	hedge, start := x.hedgeBefore(toks, i)
	return Fact{Type: Number, Start: toks[start].Start, End: toks[end-1].End, Value: value, Hedge: hedge, Unit: unit}
}

// ordinalWord returns the place in an order that the word toks[i] writes,
// from the second to the twentieth, before the noun or adjective it orders;
// 0 for none. "A second" and "per second" are a time; one before a capital
// opens a name.
func ordinalWord(toks []segment.Token, i int) int {
	n := lexicon.Ordinal(toks[i].Lower)
	if n == 1 {
		n = 0 // "first" orders too much to be read as a figure: "first reported"
	}
	if n > 0 && i > 0 && placingVerbs[toks[i-1].Lower] && (i+1 == len(toks) || toks[i+1].Kind == segment.Punct && !toks[i+1].IsHyphen()) {
		return n // "Piastri took third, his first podium", "Norris came second.": a place in a race
	}
	if n == 0 || i+1 >= len(toks) || toks[i+1].Kind != segment.Word && !toks[i+1].IsHyphen() || segment.StartsUpper(toks[i+1].Text) ||
		toks[i+1].Lower == "half" || streakWords[toks[i+1].Lower] {
		// "the Fifth Republic", "the Second World War": a name; "the second
		// half" of a match; "a second successive title": a run, which a
		// place among all ("its sixth title") does not contradict.
		return 0
	}
	if n == 2 && i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "per" || toks[i-1].Kind == segment.Number) {
		return 0
	}
	if i+2 < len(toks) && toks[i+1].IsHyphen() && toks[i+1].Start == toks[i].End && toks[i+2].Start == toks[i+1].End && orderlessCompounds[toks[i+2].Lower] {
		return 0 // "a third-party database", "second-hand cars": a word of its own, no place in an order
	}
	return n
}

// orderlessCompounds make a word of their own with an ordinal before them.
var orderlessCompounds = map[string]bool{"party": true, "parties": true, "hand": true, "class": true, "rate": true,
	"world": true, "guess": true, "guessed": true, "guessing": true, "string": true, "person": true}

// streakWords make an ordinal before them count a run: "third straight".
var streakWords = map[string]bool{"successive": true, "straight": true, "consecutive": true, "running": true}

// placingVerbs give a place in a race or a ranking before an ordinal that
// ends its clause: "came second.", "took third,".
var placingVerbs = map[string]bool{"finished": true, "came": true, "took": true, "placed": true, "ended": true,
	"was": true, "were": true, "is": true, "ranked": true, "ranks": true, "stood": true, "finishing": true, "coming": true}

// fractionPoint returns how many tokens from toks[k] name the point a
// fraction before them is a part of ("point", "-point", "percentage point"):
// after a fraction, a bare point is the percentage point of a rate ("a
// quarter point", "half a point"); 0 if none.
func fractionPoint(toks []segment.Token, k int) int {
	switch {
	case k < len(toks) && toks[k].Lower == "point":
		return 1
	case k+1 < len(toks) && toks[k].IsHyphen() && toks[k+1].Lower == "point":
		return 2
	}
	if n := pointUnit(toks, k); n > 0 && toks[k].Lower == "percentage" {
		return n
	}
	return 0
}

// brokenPoint returns the parts of a point that t, a word broken over two
// lines at its hyphen ("quarter-" / "point", read as one word), names: 4 for
// a quarter-point; 0 for any other word.
func brokenPoint(t segment.Token) float64 {
	part, ok := strings.CutSuffix(t.Lower, "point")
	if !ok || !strings.ContainsRune(t.Text, '\n') {
		return 0
	}
	return pointParts[part]
}

// halfMarkers before "half" make it a part of a time or a thing, not a share.
var halfMarkers = map[string]bool{"the": true, "first": true, "second": true, "latter": true, "other": true, "this": true, "that": true}

// ratio reads "one in five", "1 in 10", "three in every four" at toks[i] as
// the share it gives: 20%, 10%, 75%. The second number must be larger and no
// year ("one in 1990" is no share).
func (x *Extractor) ratio(toks []segment.Token, i int) (Fact, int, bool) {
	part, whole := float64(x.wholeNumber(toks[i], maxRatio)), 0.0
	k := i + 1
	if part == 0 || k+1 >= len(toks) || toks[k].Lower != "in" {
		return Fact{}, i, false
	}
	k++
	if toks[k].Lower == "every" && k+1 < len(toks) {
		k++
	}
	if whole = float64(x.wholeNumber(toks[k], maxRatio)); whole <= part {
		return Fact{}, i, false
	}
	return x.hedgedNumber(toks, i, k+1, share(part, whole), "%"), k + 1, true
}

// maxRatio is the largest number either side of a ratio may be ("1 in 1000").
const maxRatio = 1000

// pluralPart reports whether the number word toks[i] counts parts of a whole
// in the plural after it: "thirds", "fifths" and "tenths" always do, while
// "quarters" may be a year's ("shrank for two quarters"), and count parts only
// before "of" or after a hedge ("nearly three quarters").
func (x *Extractor) pluralPart(toks []segment.Token, i int) bool {
	switch toks[i+1].Lower {
	case "thirds", "fifths", "tenths":
		return true
	case "quarters":
		hedge, _ := x.hedgeBefore(toks, i)
		return hedge != "" || i+2 < len(toks) && toks[i+2].Lower == "of"
	}
	return false
}

// glued reports whether toks[k] is the mark text written onto the token
// before it, without a space.
func glued(toks []segment.Token, k int, text string) bool {
	return segment.Glued(toks, k) && toks[k].Fold == text
}

// pointParts are the parts a percentage point is cut into, written as one
// word with it ("half-point", "quarter-point").
var pointParts = map[string]float64{"half": 2, "quarter": 4}

// fractionParts are the words for parts of a whole and how many make it.
var fractionParts = map[string]float64{"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"tenth": 10, "tenths": 10}

// scoreLine reads the score of a result written as each side's name followed
// by its score ("Arsenal 3 Liverpool 1"), where the number toks[i:j] of the
// given value is the first score: it returns the index of the second score and
// its value. Both are whole numbers of at most maxScore, the name before the
// first is capitalised, and the second closes the phrase.
func scoreLine(toks []segment.Token, i, j int, value float64) (int, float64, bool) {
	const maxScore = 200 // a basketball score
	whole := func(t segment.Token, v float64) bool {
		return t.Kind == segment.Number && !strings.ContainsAny(t.Text, ".,") && v <= maxScore
	}
	if j != i+1 || i == 0 || !whole(toks[i], value) || toks[i-1].Kind != segment.Word || !segment.StartsUpper(toks[i-1].Text) ||
		j >= len(toks) || !segment.StartsUpper(toks[j].Text) {
		return 0, 0, false
	}
	k := nameRun(toks, j)
	if k >= len(toks) || (k+1 < len(toks) && toks[k+1].Kind != segment.Punct) {
		return 0, 0, false
	}
	other, err := digits(toks[k].Text)
	if err != nil || !whole(toks[k], other) {
		return 0, 0, false
	}
	return k, other, true
}

// bareTally reads the smaller side of a tally written "195 to 106" whose
// greater side, value, is toks[i:j], a number in digits a vote's verb shortly
// before: "approved the bill 195 to 106", "the court ruled 6 to 3".
func bareTally(toks []segment.Token, i, j int, value float64) (float64, bool) {
	if j+1 >= len(toks) || toks[i].Kind != segment.Number || j != i+1 || toks[j].Lower != "to" || toks[j+1].Kind != segment.Number {
		return 0, false
	}
	other, err := digits(toks[j+1].Text)
	if err != nil || other >= value || other != math.Trunc(other) || value != math.Trunc(value) {
		return 0, false
	}
	for k := i - 1; k >= 0 && k >= i-maxTallyReach; k-- {
		if toks[k].Kind != segment.Word {
			return 0, false
		}
		if tallyVerbs[toks[k].Lower] {
			return other, true
		}
	}
	return 0, false
}

// maxTallyReach is the most words a vote's verb stands before its tally.
const maxTallyReach = 4

// tallyVerbs are the verbs of a vote, after which two counts joined by "to"
// are its tally.
var tallyVerbs = map[string]bool{"voted": true, "vote": true, "votes": true, "approved": true, "approve": true,
	"approves": true, "passed": true, "rejected": true, "backed": true, "adopted": true, "defeated": true,
	"ruled": true, "confirmed": true}

// tallyWords count the two sides of a vote or a match written out: "74 votes
// to 24", "3 goals to 1". Not "points" or "seats": "rose 5 points to 20" is a
// rise and where it ended.
var tallyWords = map[string]bool{"votes": true, "vote": true, "goals": true, "games": true, "sets": true}

// suffixMultipliers are the abbreviated multipliers that news writes straight
// after a number, with no space.
var suffixMultipliers = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}

// currencyNames name a currency after an amount.
var currencyNames = map[string]bool{"dollar": true, "dollars": true, "euro": true, "euros": true,
	"pound": true, "pounds": true, "yen": true, "yuan": true, "rupees": true, "roubles": true,
	"rubles": true, "francs": true, "usd": true, "eur": true, "gbp": true,
	"kronor": true, "krona": true, "kroner": true, "krone": true, "crowns": true, "rand": true, "pesos": true, "reais": true, "lira": true}

func isCurrency(s string) bool {
	switch s {
	case "$", "€", "£", "¥":
		return true
	}
	return currencyCodes[s]
}

// dollarStart returns where a dollar amount at toks[i] starts when the
// dollar's country is written on to its sign ("US$729", "$US3.95", "A$1.2
// billion"), or i.
func dollarStart(toks []segment.Token, i int) int {
	switch {
	case i >= 2 && toks[i-1].Text == "$" && dollarLetters(toks, i-2):
		return i - 2
	case i >= 2 && toks[i-2].Text == "$" && dollarLetters(toks, i-1):
		return i - 2
	}
	return i
}

// dollarLetters reports whether toks[k] is a dollar's country in capitals
// written on to the sign and the amount, with no space: "US" in "US$729" and
// in "$US3.95".
func dollarLetters(toks []segment.Token, k int) bool {
	t := toks[k]
	if t.Kind != segment.Word || len(t.Text) > 3 || strings.ToUpper(t.Text) != t.Text {
		return false
	}
	touches := func(a, b int) bool { return a >= 0 && b < len(toks) && toks[a].End == toks[b].Start }
	signAfter := k+2 < len(toks) && toks[k+1].Text == "$" && touches(k, k+1) && toks[k+2].Kind == segment.Number && touches(k+1, k+2)
	signBefore := k >= 1 && k+1 < len(toks) && toks[k-1].Text == "$" && touches(k-1, k) && toks[k+1].Kind == segment.Number && touches(k, k+1)
	return signAfter || signBefore
}

// dollarUnit is the unit of the amount that starts at toks[start] with a sign
// that carries its country: "$" for the United States, as an unmarked "$" is
// read, and the country's letters with the sign for any other ("A$", "NZ$").
func dollarUnit(toks []segment.Token, start int) string {
	letters := toks[start].Text
	if letters == "$" {
		letters = toks[start+1].Text
	}
	if letters == "US" {
		return "$"
	}
	return letters + "$"
}

// dollarSigns are the signs of the dollars a nationality names, as
// dollarUnit writes them.
var dollarSigns = map[string]string{"australian": "A$", "canadian": "C$", "american": "$"}

// currencyCodes are the ISO codes written before an amount: "EUR 1.2 billion".
var currencyCodes = map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true, "CHF": true, "CNY": true,
	"RUB": true, "INR": true, "CAD": true, "AUD": true}

// boundAfter returns the bound that the two words at toks[k] put on the
// figure before them, "and older" or "or fewer", or "".
func boundAfter(toks []segment.Token, k int) string {
	if k+1 >= len(toks) || toks[k].Lower != "and" && toks[k].Lower != "or" || !trailingBounds[toks[k+1].Lower] {
		return ""
	}
	if k+2 < len(toks) {
		// "1 and more importantly", "5 and over the next year", "2 or
		// more than 3": the word opens something else.
		next := toks[k+2]
		if next.Kind == segment.Number || boundBreakers[next.Lower] || strings.HasSuffix(next.Lower, "ly") {
			return ""
		}
	}
	return toks[k].Lower + " " + toks[k+1].Lower
}

// boundBreakers, after "and more" or "or over", make it no bound.
var boundBreakers = map[string]bool{"than": true, "to": true, "the": true, "a": true, "an": true, "his": true,
	"her": true, "its": true, "their": true, "of": true}

// trailingBounds follow "and" or "or" after a figure to make it a bound:
// "60 and older", "50 or more", "five or fewer".
var trailingBounds = map[string]bool{"older": true, "over": true, "more": true, "above": true,
	"younger": true, "under": true, "fewer": true, "less": true, "below": true}
