package facts

import (
	"math"
	"strconv"
	"strings"

	"github.com/compared/compared/internal/segment"
)

// Lengths of time a race or a wait took are one figure each, however
// written: a clock with seconds ("2:00:35", a marathon's; "3:43.13", a
// mile's) and parts in words ("two hours and 35 seconds", "three minutes
// and 27 seconds"). Read apart, the clock was a time of day and a loose
// number, and the parts two counts of their own. Each is given in its
// largest part, hours or minutes, so that it compares with a length given
// in that part alone: "three hours and four minutes" says more than "just
// over three hours".

// durationUnits are the parts a length of time is written in, in seconds: a
// year and a month of the calendar's average length, as a term in prison
// is written ("12 years and 11 months" is the "155 months" another report
// gives).
var durationUnits = map[string]float64{"year": 31_556_952, "years": 31_556_952, "month": 2_629_746, "months": 2_629_746,
	"week": 604_800, "weeks": 604_800, "day": 86_400, "days": 86_400,
	"hour": 3600, "hours": 3600, "minute": 60, "minutes": 60, "second": 1, "seconds": 1}

// clockDuration returns the length of time written as a clock with seconds
// at toks[i], hours, minutes and seconds ("2:04:02") or minutes and seconds
// with their fraction ("3:43.13"), as a number of hours or minutes, and the
// index after it; false for anything else ("10:30" is a time of day).
func (x *Extractor) clockDuration(toks []segment.Token, i int) (Fact, int, bool) {
	if !colonJoined(toks, i) {
		return Fact{}, 0, false
	}
	parts, end := []string{toks[i].Text, toks[i+2].Text}, i+3
	if colonJoined(toks, i+2) {
		parts, end = append(parts, toks[i+4].Text), i+5
	}
	if len(parts) == 2 && !strings.Contains(parts[1], ".") {
		return Fact{}, 0, false
	}
	seconds := 0.0
	for k, p := range parts {
		whole, fraction, dotted := strings.Cut(p, ".")
		if k > 0 && len(whole) != 2 || dotted && (k < len(parts)-1 || fraction == "") || strings.Contains(whole, ",") {
			return Fact{}, 0, false // "1:2:3", "1.5:30", "3:43.": no clock
		}
		v, err := strconv.ParseFloat(p, 64)
		if err != nil || k > 0 && v >= 60 {
			return Fact{}, 0, false
		}
		seconds = seconds*60 + v
	}
	if len(parts) == 3 {
		return x.hedgedNumber(toks, i, end, formatDuration(seconds/3600), "hours"), end, true
	}
	return x.hedgedNumber(toks, i, end, formatDuration(seconds/60), "minutes"), end, true
}

// colonJoined reports whether toks[i] and toks[i+2] are numbers joined by
// the colon between them, without a space.
func colonJoined(toks []segment.Token, i int) bool {
	return i+2 < len(toks) && toks[i].Kind == segment.Number && toks[i+1].Text == ":" && toks[i+2].Kind == segment.Number &&
		toks[i+1].Start == toks[i].End && toks[i+2].Start == toks[i+1].End
}

// joinedDuration returns the length of time that number prev and number f
// write together, prev in a larger part than f and nothing but a comma or
// "and" between ("2 hours, 13 minutes", "three minutes and 27 seconds"), in
// prev's part; false when they are two figures.
func joinedDuration(prev, f Fact, toks []segment.Token) (Fact, bool) {
	big, small := durationUnits[prev.Unit], durationUnits[f.Unit]
	if prev.Type != Number || f.Type != Number || big <= small || small == 0 || f.Hedge != "" || prev.Restated {
		return Fact{}, false
	}
	k := segment.IndexAt(toks, prev.End)
	if k > 0 && durationUnits[toks[k-1].Lower] > 0 && durationUnits[toks[k-1].Lower] <= small {
		return Fact{}, false // "2 hours and 30 minutes, and 20 minutes later": prev's last part is no larger
	}
	if k < len(toks) && toks[k].Lower == prev.Unit {
		k++ // "two hours": the part's word
	}
	comma := false
	for ; k < len(toks) && toks[k].Start < f.Start; k++ {
		switch {
		case toks[k].Text == ",":
			comma = true
		case toks[k].Lower != "and" || comma:
			return Fact{}, false // "six-and-a-half years, and six-and-a-half months": a list of two figures
		}
	}
	a, errA := strconv.ParseFloat(prev.Value, 64)
	b, errB := strconv.ParseFloat(f.Value, 64)
	if errA != nil || errB != nil || b != math.Trunc(b) {
		return Fact{}, false // a part after the first is a whole number of its unit
	}
	joined := prev
	joined.End = f.End
	if k := segment.IndexAt(toks, f.End); k < len(toks) && toks[k].Lower == f.Unit {
		joined.End = toks[k].End // "and 35 seconds": the figure reads to its last part's word
	}
	joined.Value = formatDuration(a + b*small/big)
	return joined, true
}

// firstPartOfTime reports whether toks[j] is the one part of time that
// opens a length written in parts ("hour and 45 minutes", "minute, 30
// seconds", "hour and two minutes"): "an hour" or "one hour" alone says
// little more than a while ("an hour later").
func (x *Extractor) firstPartOfTime(toks []segment.Token, j int) bool {
	if j+2 >= len(toks) || durationUnits[toks[j].Lower] == 0 || strings.HasSuffix(toks[j].Lower, "s") {
		return false
	}
	next := toks[j+2]
	return (toks[j+1].Lower == "and" || toks[j+1].Text == ",") && (next.Kind == segment.Number || x.lex.NumberWords[next.Lower] > 0)
}

// formatDuration writes v, in hours or minutes, to the millionth: a second
// of an hour, a hundredth of a second of a minute, and no float's error in
// the sum of the parts.
func formatDuration(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
}
