package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/compared/compared/internal/segment"
)

// date reads a date at toks[i]: "October 15, 2016", "15 October 2016", "August 1",
// "February", "2016-05-17", a weekday, or a relative date ("today", "last month",
// "over the weekend"). ref is the article's date (zero when unknown), against which
// partial and relative dates are resolved.
func (x *Extractor) date(toks []segment.Token, i int, ref time.Time) (f Fact, next int, ok bool) {
	t := toks[i]
	if t.Kind == segment.Punct {
		return Fact{}, i, false // no date starts with punctuation: the common case, made quick
	}
	var w When
	j := i + 1
	holiday := false
	switch month := x.month(t); {
	case t.Kind == segment.Number && len(t.Text) == 4 && isISODate(toks, i):
		w.Year, _ = strconv.Atoi(t.Text)
		w.Month, _ = strconv.Atoi(toks[i+2].Text)
		w.Day, _ = strconv.Atoi(toks[i+4].Text)
		j = i + 5
	case isSlashDate(toks, i):
		// "17/05/2016" or "05/17/2016": the order shows only where one of the
		// two is no month; otherwise the year alone is sure.
		a, b := dayNumber(t), dayNumber(toks[i+2])
		w.Year = yearNumber(toks[i+4])
		switch {
		case a > 12 && b <= 12:
			w.Day, w.Month = a, b
		case b > 12 && a <= 12:
			w.Day, w.Month = b, a
		case a == b:
			w.Day, w.Month = a, a
		}
		j = i + 5
	case t.Kind == segment.Number && dayNumber(t) > 0 && afterOrdinal(toks, j)+1 < len(toks) && toks[afterOrdinal(toks, j)].Lower == "of" && x.month(toks[afterOrdinal(toks, j)+1]) > 0:
		// "the 17th of May", "4th of July"
		j = afterOrdinal(toks, j)
		w.Day, w.Month = dayNumber(t), x.month(toks[j+1])
		j += 2
		if j < len(toks) && yearNumber(toks[j]) > 0 {
			w.Year = yearNumber(toks[j])
			j++
		}
	case t.Kind == segment.Number && dayNumber(t) > 0 && j+2 < len(toks) && listJoiner(toks[j]) && dayNumber(toks[j+1]) > 0 && x.month(toks[j+2]) > 0:
		// "15 and 20 December": the first day of a list takes the month after it.
		w.Day, w.Month = dayNumber(t), x.month(toks[j+2])
		if j+3 < len(toks) && yearNumber(toks[j+3]) > 0 {
			w.Year = yearNumber(toks[j+3])
		}
	case t.Kind == segment.Number && dayNumber(t) > 0 && x.listedDay(toks, i) > 0 && !(j < len(toks) && x.month(toks[j]) > 0):
		// "Dec. 15 and 20": a day listed after a date takes its month.
		w.Day, w.Month = dayNumber(t), x.listedDay(toks, i)
	case t.Kind == segment.Number && j < len(toks) && x.month(toks[j]) > 0 && dayNumber(t) > 0:
		w.Day, w.Month = dayNumber(t), x.month(toks[j])
		j++
		if j < len(toks) && yearNumber(toks[j]) > 0 {
			w.Year = yearNumber(toks[j])
			j++
		}
	case month > 0 && !monthIsName(toks, i):
		w.Month = month
		if j < len(toks) && toks[j].Text == "." && len(t.Text) <= 4 && j+1 < len(toks) && dayNumber(toks[j+1]) > 0 {
			j++ // "Aug. 1"
		}
		if j < len(toks) && dayNumber(toks[j]) > 0 && (!numberRangeAt(toks, j) || dayRange(toks, j)) {
			w.Day = dayNumber(toks[j])
			j = afterOrdinal(toks, j+1) // "May 17th"
		}
		k := j
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if k < len(toks) && yearNumber(toks[k]) > 0 {
			w.Year = yearNumber(toks[k])
			j = k + 1
		}
	case x.weekday(t) > 0:
		w.Weekday = x.weekday(t)
	case holidayAt(toks, i) > 0:
		j, holiday = i+holidayAt(toks, i), true
		h := fixedHolidays[holidayName(toks[i:j])]
		w.Month, w.Day = h[0], h[1]
	case yearNumber(t) > 0 && i > 0 && (yearPrepositions[toks[i-1].Lower] && !yearsFromTo(toks, i) || yearOfEvent(toks, i) || forYear(toks, i)):
		w.Year = yearNumber(t) // "since 2011", "the 2011 disaster", "for 2025 to 2.2%"
	default:
		return x.relativeDate(toks, i, ref)
	}
	f = Fact{Type: Date, Start: t.Start, End: toks[j-1].End, Holiday: holiday}
	if w.Month > 0 && w.Day == 0 {
		if part, at := monthPart(toks, i); part != "" {
			w.Part, f.Start = part, toks[at].Start // "late March", "mid-March"
		}
	}
	f.When, f.Resolved = resolve(w, ref, ahead(toks[:i]))
	f.Value = isoValue(f.When)
	return f, j, true
}

// listJoiner reports whether t joins the items of a list: "and", "or", ",".
func listJoiner(t segment.Token) bool {
	return t.Lower == "and" || t.Lower == "or" || t.Text == ","
}

// dayRange reports whether toks[k] is the first day of a span of days
// written with a hyphen, the later day after it ("June 6-7"): two dates, as
// "June 6 and 7" are, not a number.
func dayRange(toks []segment.Token, k int) bool {
	return k+2 < len(toks) && toks[k+1].IsHyphen() && toks[k+1].Start == toks[k].End && toks[k+2].Start == toks[k+1].End &&
		dayNumber(toks[k+2]) > dayNumber(toks[k])
}

// numberRangeAt reports whether a hyphen after toks[k] makes it the first of
// a range of numbers ("May 3-10", "March 3 - 5 million"), not a dash after a
// date ("SEOUL, Dec 3 - South Korea's president").
func numberRangeAt(toks []segment.Token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].IsHyphen() {
		return false
	}
	return toks[k+1].Start == toks[k].End || k+2 < len(toks) && toks[k+2].Kind == segment.Number
}

// listedDay returns the month of the date that a day number at toks[i] is
// listed after ("Dec. 15 and 20", "March 3, 4 and 5", "June 6-7"), or 0.
func (x *Extractor) listedDay(toks []segment.Token, i int) int {
	k := i - 1
	for k >= 1 && (listJoiner(toks[k]) || dayRange(toks, k-1)) && dayNumber(toks[k-1]) > 0 {
		k -= 2 // back over "20 and", "4,"
		if k >= 0 && toks[k].Text == "." {
			k-- // "Dec."
		}
		if k >= 0 && x.month(toks[k]) > 0 && !monthIsName(toks, k) {
			return x.month(toks[k])
		}
	}
	return 0
}

// monthPart returns the part of the month that the words before the month
// name at toks[i] name ("early", "mid", "late"; "in late March", "mid-March",
// "the end of March") and the index of the first of them, or "".
func monthPart(toks []segment.Token, i int) (string, int) {
	switch {
	case i > 0 && (toks[i-1].Lower == "early" || toks[i-1].Lower == "late"):
		return toks[i-1].Lower, i - 1
	case i > 1 && toks[i-1].IsHyphen() && toks[i-2].Lower == "mid" && toks[i-2].End == toks[i-1].Start:
		return "mid", i - 2
	case i > 0 && toks[i-1].Lower == "mid":
		return "mid", i - 1
	case i > 2 && toks[i-1].Lower == "of" && (toks[i-2].Lower == "end" || toks[i-2].Lower == "beginning" || toks[i-2].Lower == "start") && toks[i-3].Lower == "the":
		if toks[i-2].Lower == "end" {
			return "late", i - 3
		}
		return "early", i - 3
	case i > 2 && toks[i-1].Lower == "of" && toks[i-2].Lower == "middle" && toks[i-3].Lower == "the":
		return "mid", i - 3
	}
	return "", 0
}

// titleDay reports whether toks[i], "Today" or another relative day written
// with a capital, names something rather than a day: inside a sentence
// ("USA Today"), or the one word in quotation marks (NBC's "Today" show).
func titleDay(toks []segment.Token, i int) bool {
	if !segment.StartsUpper(toks[i].Text) || i == 0 {
		return false
	}
	quoted := toks[i-1].Fold == "\"" && i+1 < len(toks) && toks[i+1].Fold == "\""
	return quoted || !isOpener(toks[i-1])
}

// relativeDate reads "today", "yesterday", "tomorrow", "last/next month|week|year"
// and "over the weekend".
func (x *Extractor) relativeDate(toks []segment.Token, i int, ref time.Time) (Fact, int, bool) {
	t := toks[i]
	known := !ref.IsZero()
	f := Fact{Type: Date, Start: t.Start, End: t.End, Value: t.Lower}
	if d, ok := relativeDays[t.Lower]; ok {
		if titleDay(toks, i) {
			return Fact{}, i, false
		}
		if known {
			f.When = whenOf(ref.AddDate(0, 0, d))
			f.Value, f.Resolved = isoValue(f.When), true
		}
		return f, i + 1, true
	}
	if n, end := dayShift(toks, i); end > i {
		// "a day earlier", "the next day": a day from the one the story last
		// named, which Extract knows; unresolved until then.
		f.End, f.Value, f.Shift = toks[end-1].End, joinLower(toks[i:end]), n
		return f, end, true
	}
	if t.Lower == "past" && i > 0 && toks[i-1].Lower == "the" && i+1 < len(toks) {
		// "the past week": the days just gone, not a calendar unit, so unresolved.
		switch unit := toks[i+1].Lower; unit {
		case "week", "month", "year", "days":
			f.Start, f.End, f.Value = toks[i-1].Start, toks[i+1].End, "the past "+unit
			return f, i + 2, true
		}
	}
	if (t.Lower == "last" || t.Lower == "next" || t.Lower == "this") && i+1 < len(toks) {
		step := 1
		switch t.Lower {
		case "last":
			step = -1
		case "this":
			step = 0 // "earlier this month"
		}
		unit := strings.TrimSuffix(strings.TrimSuffix(toks[i+1].Lower, "'s"), "s'")
		f.End, f.Value = toks[i+1].End-possessiveLen(toks[i+1].Text), t.Lower+" "+unit
		switch unit {
		case "month":
			if known {
				d := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
				f.When = When{Year: d.Year(), Month: int(d.Month())}
				f.Value, f.Resolved = isoValue(f.When), true
			}
			return f, i + 2, true
		case "year":
			if known {
				f.When = When{Year: ref.Year() + step}
				f.Value, f.Resolved = isoValue(f.When), true
			}
			return f, i + 2, true
		case "week":
			return f, i + 2, true
		}
	}
	if n := x.wholeNumber(t, 999); n > 0 && i+2 < len(toks) && toks[i+2].Lower == "ago" {
		// "five years ago", "two weeks ago": a time counted back from the article's.
		unit := strings.TrimSuffix(toks[i+1].Lower, "s")
		f.End, f.Value = toks[i+2].End, strings.ToLower(t.Text)+" "+toks[i+1].Lower+" ago"
		switch {
		case unit == "year" && known:
			f.When = When{Year: ref.Year() - n}
			f.Value, f.Resolved = isoValue(f.When), true
		case unit == "month" && known:
			d := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
			f.When = When{Year: d.Year(), Month: int(d.Month())}
			f.Value, f.Resolved = isoValue(f.When), true
		case unit == "day" && known:
			f.When = whenOf(ref.AddDate(0, 0, -n))
			f.Value, f.Resolved = isoValue(f.When), true
		case unit != "year" && unit != "month" && unit != "week" && unit != "day":
			return Fact{}, i, false
		}
		return f, i + 3, true
	}
	if t.Lower == "weekend" && i > 0 && (toks[i-1].Lower == "the" || weekendBefore(toks, i)) {
		if toks[i-1].Lower == "the" {
			f.Start = toks[i-1].Start
		}
		f.Value = "the weekend"
		if known {
			back := (int(ref.Weekday()) - int(time.Saturday) + 7) % 7
			if back == 0 {
				back = 7 // on a Saturday, "the weekend" is the one before
			}
			sat := ref.AddDate(0, 0, -back)
			f.Value = fmt.Sprintf("%s/%s", sat.Format("2006-01-02"), sat.AddDate(0, 0, 1).Format("2006-01-02"))
			f.Resolved = true
		}
		return f, i + 1, true
	}
	return Fact{}, i, false
}

// weekendBefore reports whether "weekend" at toks[i] dates the noun after it,
// as the weekend just gone ("after heavy weekend snow", "weekend talks"):
// after a word that picks no weekend of its own ("a weekend of violence",
// "next weekend").
func weekendBefore(toks []segment.Token, i int) bool {
	after := i + 1
	switch toks[i-1].Lower {
	case "a", "every", "each", "this", "last", "next", "that", "one":
		return false
	}
	return toks[i-1].Kind == segment.Word && after < len(toks) && toks[after].Kind == segment.Word && !segment.StartsUpper(toks[after].Text)
}

// wholeNumber returns the whole number from 1 to most that t writes in
// figures or words ("5", "five"), or 0.
func (x *Extractor) wholeNumber(t segment.Token, most int) int {
	n := int(x.lex.NumberWords[t.Lower]) // the words run to ninety, all whole
	if t.Kind == segment.Number {
		n, _ = strconv.Atoi(t.Text) // 0 for "1,000" or "2.5"
	}
	if n < 1 || n > most {
		return 0
	}
	return n
}

// yearPrepositions before a four-digit number make it a year.
var yearPrepositions = map[string]bool{"since": true, "in": true, "by": true, "until": true, "from": true,
	"before": true, "after": true, "during": true, "of": true, "late": true, "early": true, "mid": true,
	"through": true, "throughout": true}

// forYear reports whether the four-digit number toks[i] after "for" is a
// year, nothing after it that it counts: "raised its forecast for 2025 to
// 2.2%", "for 2025."; "for 2000 people" counts.
func forYear(toks []segment.Token, i int) bool {
	if toks[i-1].Lower != "for" {
		return false
	}
	return i+1 == len(toks) || toks[i+1].Kind == segment.Punct && toks[i+1].Text != "%" || afterForYear[toks[i+1].Lower]
}

// afterForYear are the words that may follow a year after "for".
var afterForYear = map[string]bool{"to": true, "and": true, "from": true, "as": true, "at": true, "was": true, "is": true, "were": true, "are": true, "will": true}

// yearsFromTo reports whether the year toks[i] opens a span of years, "from
// 2001 to 2006" or "from 2001 through 2006": the numbers read it as one
// range, as they read "between 2001 and 2006", which another report may
// write for it.
func yearsFromTo(toks []segment.Token, i int) bool {
	return toks[i-1].Lower == "from" && i+2 < len(toks) && (toks[i+1].Lower == "to" || toks[i+1].Lower == "through") &&
		yearNumber(toks[i+2]) > yearNumber(toks[i])
}

// yearOfEvent reports whether the four-digit number toks[i] is the year of
// an event named after it, in a word or two more: "the 2011 disaster", "its
// 2016 election", "the 2008 financial crisis", "the 2022 World Cup".
func yearOfEvent(toks []segment.Token, i int) bool {
	if w := toks[i-1].Lower; w != "the" && w != "its" && w != "their" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+maxEventWords && toks[k].Kind == segment.Word; k++ {
		if eventNouns[toks[k].Lower] {
			return true
		}
		if !segment.StartsUpper(toks[k].Text) && !adjectiveEnding(toks[k].Lower) {
			return false // "the 2000 people who fled the war": what the number counts
		}
	}
	return false
}

// adjectiveEnding reports whether a word ends as adjectives do: "financial",
// "economic", "presidential", "general".
func adjectiveEnding(w string) bool {
	for _, end := range []string{"al", "ic", "ary", "ian"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// maxEventWords is how many words after a year may name the event it dates.
const maxEventWords = 3

// eventNouns name events that a year before them dates.
var eventNouns = map[string]bool{"disaster": true, "election": true, "elections": true, "crisis": true,
	"war": true, "earthquake": true, "quake": true, "tsunami": true, "attack": true, "attacks": true,
	"olympics": true, "games": true, "season": true, "campaign": true, "referendum": true, "census": true,
	"budget": true, "accident": true, "invasion": true, "uprising": true, "revolution": true, "coup": true,
	"riots": true, "protests": true, "floods": true, "flood": true, "pandemic": true, "outbreak": true,
	"summit": true, "final": true, "tournament": true, "championship": true, "agreement": true, "deal": true,
	"accord": true, "ceasefire": true, "truce": true, "meltdown": true, "explosion": true, "fire": true,
	"cup": true, "recession": true, "crash": true}

// dayShift reads a day named by its distance from the day before it in the
// story at toks[i]: "a day earlier" (-1), "the day before" (-1), "a day
// later" (1), "the next day" (1), "the following day" (1). It returns the
// distance and the end of the words, or 0 and i.
func dayShift(toks []segment.Token, i int) (int, int) {
	if i+2 >= len(toks) {
		return 0, i
	}
	a, b, c := toks[i].Lower, toks[i+1].Lower, toks[i+2].Lower
	if (c == "before" || c == "after") && i+3 < len(toks) && toks[i+3].Kind != segment.Punct {
		return 0, i // "the day before the vote": a day from another
	}
	switch {
	case a == "a" && b == "day" && (c == "earlier" || c == "before"), a == "the" && b == "day" && c == "before":
		return -1, i + 3
	case a == "a" && b == "day" && c == "later", a == "the" && b == "day" && c == "after":
		return 1, i + 3
	case a == "the" && (b == "next" || b == "following") && c == "day":
		return 1, i + 3
	}
	return 0, i
}

// shiftedDay returns the day shift days from w, which must name a day of the
// week at least: a full date moves on the calendar, a weekday alone round the
// week.
func shiftedDay(w When, shift int) When {
	if w.Year > 0 && w.Month > 0 && w.Day > 0 {
		return whenOf(time.Date(w.Year, time.Month(w.Month), w.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, shift))
	}
	return When{Weekday: (w.DayOfWeek()-1+shift+7)%7 + 1}
}

// relativeDays are the words that name a day by its distance from the article's.
var relativeDays = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}

// resolve fills the unknown parts of w from ref: a weekday becomes the latest such
// day on or before ref (news reports mostly look back), a month or day without a
// year takes ref's year.
func resolve(w When, ref time.Time, future bool) (When, bool) {
	if ref.IsZero() {
		return w, w.Year > 0 && w.Month > 0
	}
	if w.Weekday > 0 && w.Month == 0 {
		if future { // "will return on Friday": the coming one
			return whenOf(ref.AddDate(0, 0, (w.Weekday-int(ref.Weekday())-1+7)%7)), true
		}
		back := (int(ref.Weekday()) + 1 - w.Weekday + 7) % 7
		if back == 6 {
			back = -1 // "on Sunday" in Saturday's paper is tomorrow
		}
		return whenOf(ref.AddDate(0, 0, -back)), true
	}
	if w.Year == 0 && w.Month > 0 {
		w.Year = ref.Year()
	}
	if w.Year > 0 && w.Month > 0 && w.Day > 0 {
		w.Weekday = w.DayOfWeek()
	}
	return w, w.Year > 0 && w.Month > 0
}

// ahead reports whether the words before a date speak of what is to come
// ("will return on", "is due to arrive on", "is scheduled for"): a weekday then
// names the coming day, not the one just gone.
func ahead(before []segment.Token) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-6; k-- {
		switch t := before[k]; {
		case futureMarkers[t.Lower]:
			return true
		case t.Kind == segment.Punct:
			return false // another clause
		}
	}
	return false
}

var futureMarkers = map[string]bool{"will": true, "'ll": true, "due": true, "scheduled": true, "expected": true,
	"next": true, "plans": true, "planned": true, "upcoming": true, "shall": true}

func whenOf(t time.Time) When {
	return When{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Weekday: int(t.Weekday()) + 1}
}

// isoValue writes w in ISO 8601, leaving out what is unknown: "2016-08-01",
// "2016-08", "--08-01", "--08", or a weekday name.
func isoValue(w When) string {
	if w.Part != "" {
		return w.Part + " " + isoValue(When{Year: w.Year, Month: w.Month})
	}
	switch {
	case w.Year > 0 && w.Month > 0 && w.Day > 0:
		return fmt.Sprintf("%04d-%02d-%02d", w.Year, w.Month, w.Day)
	case w.Year > 0 && w.Month > 0:
		return fmt.Sprintf("%04d-%02d", w.Year, w.Month)
	case w.Month > 0 && w.Day > 0:
		return fmt.Sprintf("--%02d-%02d", w.Month, w.Day)
	case w.Month > 0:
		return fmt.Sprintf("--%02d", w.Month)
	case w.Year > 0:
		return fmt.Sprintf("%04d", w.Year)
	case w.Weekday > 0:
		return time.Weekday(w.Weekday - 1).String()
	}
	return ""
}

// monthIsName reports whether the month name at toks[i] is a first name: a
// capitalised word other than a month follows it, and nothing before it makes
// it a time ("Jan Novak", "April Ryan"; not "in May Kerry said"); or a part of
// a name joined by hyphens to words in lower case ("Mar-a-Lago").
func monthIsName(toks []segment.Token, i int) bool {
	if i+2 < len(toks) && toks[i+1].IsHyphen() && segment.Glued(toks, i+1) && segment.Glued(toks, i+2) && toks[i+2].Kind == segment.Word && toks[i+2].InLowerCase() {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Kind != segment.Word || !segment.StartsUpper(toks[i+1].Text) {
		return false
	}
	return i == 0 || !datePrepositions[toks[i-1].Lower] && toks[i-1].Kind != segment.Number
}

// datePrepositions come before a date.
var datePrepositions = map[string]bool{"in": true, "on": true, "since": true, "until": true, "by": true,
	"from": true, "of": true, "early": true, "late": true, "mid": true, "last": true, "next": true, "this": true}

// month returns the month a capitalised month name stands for, or 0. "May" and
// "March" count only when capitalised, and never mid-sentence as a verb in lower case.
func (x *Extractor) month(t segment.Token) int {
	if !segment.StartsUpper(t.Text) {
		return 0
	}
	// "July's election": the possessive names the month too; "May's" is more
	// often a person's ("Theresa May's government").
	if name, ok := strings.CutSuffix(t.Lower, "'s"); ok && name != "may" {
		return x.lex.Months[name]
	}
	return x.lex.Months[t.Lower]
}

func (x *Extractor) weekday(t segment.Token) int {
	if !segment.StartsUpper(t.Text) {
		return 0
	}
	// "Thursday's conference": the possessive names the day too.
	if d, ok := x.lex.Weekdays[strings.TrimSuffix(t.Lower, "'s")]; ok {
		return d + 1
	}
	return 0
}

// afterOrdinal returns j past the ordinal suffix written onto the number
// before it ("17th"), if toks[j] is one.
func afterOrdinal(toks []segment.Token, j int) int {
	if j > 0 && j < len(toks) && toks[j].Start == toks[j-1].End && ordinalSuffixes[toks[j].Lower] {
		return j + 1
	}
	return j
}

func dayNumber(t segment.Token) int {
	if t.Kind != segment.Number || len(t.Text) > 2 {
		return 0
	}
	d, _ := strconv.Atoi(t.Text)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

func yearNumber(t segment.Token) int {
	if t.Kind != segment.Number || len(t.Text) != 4 {
		return 0
	}
	y, _ := strconv.Atoi(t.Text)
	if y < 1800 || y > 2200 {
		return 0
	}
	return y
}

// isSlashDate reports whether toks[i:] reads a day and a month in either
// order and a year, written with slashes and no spaces: "17/05/2016".
func isSlashDate(toks []segment.Token, i int) bool {
	if i+4 >= len(toks) || toks[i+1].Text != "/" || toks[i+3].Text != "/" || dayNumber(toks[i]) == 0 || dayNumber(toks[i+2]) == 0 || yearNumber(toks[i+4]) == 0 {
		return false
	}
	for k := i + 1; k <= i+4; k++ {
		if toks[k].Start != toks[k-1].End {
			return false
		}
	}
	return true
}

// isISODate reports whether toks[i:] reads YYYY-MM-DD.
func isISODate(toks []segment.Token, i int) bool {
	if i+4 >= len(toks) || !toks[i+1].IsHyphen() || !toks[i+3].IsHyphen() {
		return false
	}
	m, d := toks[i+2], toks[i+4]
	return m.Kind == segment.Number && len(m.Text) == 2 && d.Kind == segment.Number && len(d.Text) == 2 &&
		toks[i+1].Start == toks[i].End && m.Start == toks[i+1].End
}

// possessiveLen is the length in bytes of the possessive that ends a word as
// written ("month's", "month’s", "weeks'"), or 0: the word's lower-case form has
// its apostrophe folded and may be shorter.
func possessiveLen(word string) int {
	for _, suffix := range []string{"'s", "\u2019s", "s'", "s\u2019"} {
		if strings.HasSuffix(word, suffix) {
			return len(suffix)
		}
	}
	return 0
}

// fixedHolidays are the holidays of one date every year, by their names in
// lower case, with their months and days: "before Christmas" is a date.
var fixedHolidays = map[string][2]int{"christmas": {12, 25}, "christmas eve": {12, 24}, "christmas day": {12, 25},
	"boxing day": {12, 26}, "new year's eve": {12, 31}, "new year's day": {1, 1}, "halloween": {10, 31},
	"valentine's day": {2, 14}}

// holidayAt returns how many tokens from toks[i] name a holiday of
// fixedHolidays, written with capitals ("Christmas Eve"), the longest; 0
// for none.
func holidayAt(toks []segment.Token, i int) int {
	switch toks[i].Lower {
	case "christmas", "boxing", "new", "halloween", "valentine's", "valentine’s":
	default:
		return 0 // the first words of fixedHolidays: no name is built for others
	}
	if !segment.StartsUpper(toks[i].Text) {
		return 0
	}
	for n := min(3, len(toks)-i); n > 0; n-- {
		if _, ok := fixedHolidays[holidayName(toks[i:i+n])]; ok {
			return n
		}
	}
	return 0
}

// holidayName returns the words of toks in lower case, spaced.
func holidayName(toks []segment.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ReplaceAll(t.Lower, "’", "'"))
	}
	return b.String()
}
