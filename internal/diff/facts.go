package diff

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
	"github.com/compared/compared/internal/spelling"
)

// factRef names one fact of one side by its index.
type factRef = int

// conflicts pairs the numbers and dates that an edit replaces on each side and
// reports those whose values differ ("17-nation" -> "20-nation", "Monday" ->
// "Sunday"). It marks the facts it pairs in usedL and usedR and returns the spans
// they cover.
func conflicts(e edit, left, right Side, lValues, rValues []factRef, ai int, usedL, usedR map[factRef]bool) ([]Difference, spanSet, spanSet) {
	var out []Difference
	var lcov, rcov spanSet
	// A fact the word diff split over two edits was paired in the first: it
	// covers the second too, and is not reported again.
	lf := withoutUsed(overlapping(left.Facts, lValues, e.left), left.Facts, usedL, &lcov)
	rf := withoutUsed(overlapping(right.Facts, rValues, e.right), right.Facts, usedR, &rcov)
	// A count and the tally that holds it ("Thirteen council members voted
	// in favor" / "The vote ... was 13-1") are one figure: neither is one
	// report's alone.
	lf = withoutTallied(lf, tallied(left.Facts, lValues, right.Facts, rValues), usedL)
	rf = withoutTallied(rf, tallied(right.Facts, rValues, left.Facts, lValues), usedR)
	// A count of people and its two parts ("the bodies of 68 people" / "28
	// children and 40 adults") are one figure given two ways.
	partsL, totalR := summed(left, lValues, right, rValues)
	partsR, totalL := summed(right, rValues, left, lValues)
	lf = withoutTallied(withoutTallied(lf, partsL, usedL), totalL, usedL)
	rf = withoutTallied(withoutTallied(rf, partsR, usedR), totalR, usedR)
	// A level and the one it moved from, and how far it moved ("fell to 26
	// seats from 37" / "lost 11 seats"), are one change given two ways.
	endsL, byR := movedBy(left, lValues, right, rValues)
	endsR, byL := movedBy(right, rValues, left, lValues)
	lf = withoutTallied(withoutTallied(lf, endsL, usedL), byL, usedL)
	rf = withoutTallied(withoutTallied(rf, endsR, usedR), byR, usedR)
	for _, typ := range []facts.Type{facts.Number, facts.Date} {
		for _, p := range pairFacts(left, right, ofType(left.Facts, lf, typ), ofType(right.Facts, rf, typ), lValues, rValues) {
			l, r := left.Facts[p[0]], right.Facts[p[1]]
			usedL[p[0]], usedR[p[1]] = true, true
			lcov = append(lcov, Span{l.Start, l.End})
			rcov = append(rcov, Span{r.Start, r.End})
			if !sameFigure(l, r) && !conversionsOfChanged(left.Facts, right.Facts, p[0], p[1]) && !sameMeasure(l, r) && !(eachStatesBoth(left, right, p[0], p[1]) && !onlyFigures(e, l, r)) &&
				!relativeNamedElsewhere(left, right, p[0], p[1]) {
				out = append(out, valueDifference(l, r, ai))
			}
		}
	}
	return out, lcov, rcov
}

// relativeNamedElsewhere reports whether one of two dates is given only by
// its relation to a day no one wrote ("last month" in an undated report)
// and that report names the other date itself elsewhere: "added just 12,000
// jobs last month" in a headline over "12,000 jobs in October" is the
// "October" of the other headline, no date given less precisely.
func relativeNamedElsewhere(left, right Side, lk, rk factRef) bool {
	l, r := left.Facts[lk], right.Facts[rk]
	// A month named: a weekday ("next Saturday" / "next week") is named
	// again for other days too often to be the one meant.
	named := func(w facts.When) bool { return w.Month > 0 && w.Weekday == 0 }
	switch {
	case l.Type != facts.Date:
		return false
	case r.When == (facts.When{}) && named(l.When):
		return right.stated.statesSame(l, left.stated.texts[lk], left.stated)
	case l.When == (facts.When{}) && named(r.When):
		return left.stated.statesSame(r, right.stated.texts[rk], right.stated)
	}
	return false
}

// eachStatesBoth reports whether each article states, elsewhere, the figure
// the other gives here: two figures both articles give, one in each
// headline ("Air India jet with 242 aboard crashes" / "... crashes in India,
// killing 241", atop "killing at least 241 of the 242 people on board" and
// "carrying 242 people"), are two figures, not one changed, unless the
// edit replaces the one with the other and nothing else (see onlyFigures).
func eachStatesBoth(left, right Side, lk, rk factRef) bool {
	l, r := left.Facts[lk], right.Facts[rk]
	if l.Type != facts.Number || l.Value == r.Value {
		return false // one figure hedged two ways; a day told apart ("Saturday" / "Sunday") is a change
	}
	return right.stated.states(l, left.stated.texts[lk], left.stated) && left.stated.states(r, right.stated.texts[rk], right.stated)
}

// conversionsOfChanged reports whether lfs[lk] and rfs[rk] are both
// conversions of the measures before them, and those measures differ
// ("about 1,500 km (932 miles)" / "1,500 kilometers (930 miles)"): the
// measures' difference is reported, and their conversions say nothing more.
// Conversions of one measure that differ ("6:04 p.m. (1234 GMT)" / "6:04
// p.m. (1237 GMT)") are reported, but for money converted at two near
// rates, each report the day's own: "15 billion euros ($15.6 billion)" / "15
// billion euros ($15.7 billion)". One given less precisely is reported
// ("($54.5 billion)" / "($55 billion)").
func conversionsOfChanged(lfs, rfs []facts.Fact, lk, rk factRef) bool {
	if !lfs[lk].Restated || !rfs[rk].Restated || lk == 0 || rk == 0 {
		return false
	}
	l, r := lfs[lk], rfs[rk]
	money := dimension(l.Unit) == "money" && dimension(r.Unit) == "money"
	return !sameFigure(lfs[lk-1], rfs[rk-1]) || money && near(l.Value, r.Value) && !roundsTo(l, r) && !roundsTo(r, l) || !money && lastDigitApart(l, r)
}

// lastDigitApart reports whether two figures written to one precision stand
// one step of their last digit apart: two conversions of one measure, each
// rounded its own way ("34.7 degrees Celsius (94.5 degrees Fahrenheit)" /
// "34.7 C (94.4 F)", of 94.46). Money is converted at a rate of the day, which
// a reader compares: "200 million yen ($1.8 million)" / "($1.7 million)".
func lastDigitApart(l, r facts.Fact) bool {
	lv, lStep, ok1 := writtenPrecision(l)
	rv, rStep, ok2 := writtenPrecision(r)
	return ok1 && ok2 && math.Abs(lStep-rStep) < 1e-9*lStep && math.Abs(math.Abs(lv-rv)-lStep) < 1e-6*lStep
}

// valueDifference reports how two numbers or dates that one alignment pairs
// differ: in value, or one given more precisely.
func valueDifference(l, r facts.Fact, ai int) Difference {
	typ := l.Type
	what := typ.String()
	if l.Unit == "time" && r.Unit == "time" {
		what = "time" // "The time differs: "around 2:15 p.m." ..."
	}
	if typ == facts.Number && countsWords(l) && countsWords(r) && !(lengthOfTime(unitClass(l.Unit)) && lengthOfTime(unitClass(r.Unit))) {
		// Paired though what they count is named otherwise ("2 million
		// vehicles" / "over 2m cars"): the figures alone are compared.
		l.Unit, r.Unit = "", ""
	}
	var rel Relation
	var summary string
	switch {
	case typ == facts.Number && approximates(r, l) || typ == facts.Date && compatibleDates(r, l):
		rel, summary = LeftMoreSpecific, withQuoted("The left article is more specific: ", l.Text, " where the right has ", r.Text, ".")
	case typ == facts.Number && approximates(l, r) || typ == facts.Date && compatibleDates(l, r):
		rel, summary = RightMoreSpecific, withQuoted("The right article is more specific: ", r.Text, " where the left has ", l.Text, ".")
	default:
		rel, summary = Conflict, differsSummary(what, l.Text, r.Text)
	}
	return Difference{
		Kind: Fact, LeftText: l.Text, RightText: r.Text,
		Left: Span{l.Start, l.End}, Right: Span{r.Start, r.End}, Alignment: ai,
		Summary: summary,
		Fact:    &FactDetail{Type: typ, Relation: rel, LeftValue: l.Value, RightValue: r.Value},
	}
}

// differsSummary is the summary of a conflict between left and right, two
// facts of the kind what names.
func differsSummary(what, left, right string) string {
	return withQuoted("The "+what+" differs: ", left, " in the left article, ", right, " in the right.")
}

// conflictsAcrossEdits pairs the numbers and dates that no one edit changed on
// both sides, at least one of them edited: one side drops a figure in one place
// and the other states another in another place ("..., Mehta wrote in a 42-page
// opinion." / "In a 40-page ruling, Mehta wrote: ..."), or an edit drops only the
// hedge of a figure ("about 18 km" / "18 kilometers"). Only a date with a date,
// and a number with one of its kind (see sameKindOfFigure), pair: two figures of
// nothing in particular, far apart, most likely count different things. It marks
// and covers as conflicts does.
func conflictsAcrossEdits(edits []edit, left, right Side, lValues, rValues []factRef, ai int, usedL, usedR map[factRef]bool) ([]Difference, spanSet, spanSet) {
	edited := func(fs []facts.Fact, k factRef, side func(edit) []segment.Token) bool {
		return slices.ContainsFunc(edits, func(e edit) bool { return overlaps(side(e), fs[k].Start, fs[k].End) })
	}
	lEdited := func(k factRef) bool { return edited(left.Facts, k, func(e edit) []segment.Token { return e.left }) }
	rEdited := func(k factRef) bool { return edited(right.Facts, k, func(e edit) []segment.Token { return e.right }) }
	var out []Difference
	var lcov, rcov spanSet
	// A value the other article states anywhere is no figure this alignment
	// changed ("on Tuesday" against a dateline's "April 25" and a "Tuesday"
	// further on).
	for _, lk := range lValues {
		l := left.Facts[lk]
		if usedL[lk] || statedAmong(l, right.Facts, rValues) || countedAmong(l, right.Facts, rValues) ||
			right.stated.statesSame(l, left.stated.texts[lk], left.stated) && !slices.ContainsFunc(rValues, func(rk factRef) bool { return !usedR[rk] && narrows(right.Facts[rk], l) }) {
			continue // (unless the alignment gives it more precisely: "1987" / "October 1987")
		}
		best := mostAlike(l, right.Facts, rValues, func(rk factRef) bool {
			r := right.Facts[rk]
			return !usedR[rk] && r.Type == l.Type && !statedAmong(r, left.Facts, lValues) && !countedAmong(r, left.Facts, lValues) && (!left.stated.statesSame(r, right.stated.texts[rk], right.stated) || narrows(l, r)) && (lEdited(lk) || rEdited(rk)) &&
				!roundedAmong(r, left.Facts, lValues, lk) && sameFooting(left, l, right, r) &&
				(l.Type != facts.Number || sameKindOfFigure(l, r) || sameWordBefore(left, right, l, r)) && (comparable(l, r) && sameBound(left, right, l, r) || unitRenamed(edits, l, r))
		})
		if best < 0 {
			continue
		}
		r := right.Facts[best]
		usedL[lk], usedR[best] = true, true
		lcov, rcov = append(lcov, Span{l.Start, l.End}), append(rcov, Span{r.Start, r.End})
		if !sameFigure(l, r) && !conversionsOfChanged(left.Facts, right.Facts, lk, best) && !sameMeasure(l, r) {
			out = append(out, valueDifference(l, r, ai))
		}
	}
	return out, lcov, rcov
}

// narrows reports whether date l is a part of the year or month r gives and
// no more ("October 1987" / "1987", "May 17" / "May", "early October" /
// "October"): the same date given more precisely, wherever else the other
// article gives the less precise.
func narrows(l, r facts.Fact) bool {
	a, b := l.When, r.When
	if l.Type != facts.Date || r.Type != facts.Date || b.Weekday > 0 || b.Part != "" || a.Year != b.Year && b.Year != 0 {
		return false
	}
	return b.Month == 0 && b.Year > 0 && a.Month > 0 || b.Month > 0 && b.Day == 0 && a.Month == b.Month && (a.Day > 0 || a.Part != "")
}

// oneValueAcrossEdits pairs, before each edit's figures are compared, the
// numbers of an alignment that are the one number of their value on each
// side, wherever the word diff put them: "Reddit raised $519 million in the
// IPO, which was priced ... at the top of its target range of $31 to $34" /
// "Reddit had priced its IPO at $34 a share, the top of its expected range.
// The company raised about $519 million" said the amount in another place,
// which put "$31" and "$519 million" in one edit. Paired, they differ only
// in a hedge given or taken, which is no difference where either article
// gives the other's figure, hedge and all, elsewhere ("killing at least 68"
// / "68 dead" atop a story of "At least 68 people"). It appends the
// differences to out and the figures' spans to lcov and rcov.
func oneValueAcrossEdits(out []Difference, lcov, rcov spanSet, left, right Side, lValues, rValues []factRef, ai int, usedL, usedR map[factRef]bool) ([]Difference, spanSet, spanSet) {
	for _, lk := range lValues {
		l := left.Facts[lk]
		if usedL[lk] || l.Type != facts.Number {
			continue
		}
		rk, n := factRef(-1), 0
		for _, k := range rValues {
			if !usedR[k] && oneValue(l, right.Facts[k]) {
				rk, n = k, n+1
			}
		}
		if n != 1 || slices.ContainsFunc(lValues, func(k factRef) bool { return k != lk && !usedL[k] && oneValue(left.Facts[k], right.Facts[rk]) }) {
			continue
		}
		r := right.Facts[rk]
		usedL[lk], usedR[rk] = true, true
		lcov, rcov = append(lcov, Span{l.Start, l.End}), append(rcov, Span{r.Start, r.End})
		if !sameFigure(l, r) && !right.stated.statesSame(l, left.stated.texts[lk], left.stated) && !left.stated.statesSame(r, right.stated.texts[rk], right.stated) {
			out = append(out, valueDifference(l, r, ai))
		}
	}
	return out, lcov, rcov
}

// oneValue reports whether numbers l and r have one value in one unit, or
// one of them none: a figure, not a span ("dozens" of buildings is no
// "dozens" of miners, nor "7-2" a vote of another).
func oneValue(l, r facts.Fact) bool {
	return r.Type == facts.Number && l.Value == r.Value && !strings.Contains(l.Value, "-") && oneCount(l, r)
}

// unitRenamed reports whether one of edits replaces the word the number l
// counts with the word r counts: "thousands of families" / "tens of thousands
// of parents" count one thing named otherwise, which the wording reports.
func unitRenamed(edits []edit, l, r facts.Fact) bool {
	names := func(toks []segment.Token, unit string) bool {
		return unit != "" && slices.ContainsFunc(toks, func(t segment.Token) bool { return t.Lower == unit })
	}
	return slices.ContainsFunc(edits, func(e edit) bool { return names(e.left, l.Unit) && names(e.right, r.Unit) })
}

// sameKindOfFigure reports whether two numbers far apart in a pair of
// sentences are one figure changed: both count one named unit, or both are a
// tally or range ("51-49" / "52-48"), or they are one value that a hedge was
// given or taken from ("2,059 were injured" / "at least 2,059 were injured").
func sameKindOfFigure(l, r facts.Fact) bool {
	if strings.Contains(l.Value, "-") && strings.Contains(r.Value, "-") || l.Value == r.Value && l.Hedge != r.Hedge {
		return true
	}
	return unitClass(l.Unit) != "" && unitClass(l.Unit) == unitClass(r.Unit)
}

// moved reports whether share f is how far something moved ("sending its
// shares up 3%", "gained 40.07 points, or 0.93%"), not a share of something
// ("0.9% for those on a placebo"): the two are no one figure, wherever the
// word diff put them. The move is said in the few words before the share;
// a share a move goes to or from is a level.
func moved(doc segment.Document, f facts.Fact) bool {
	if !isShare(f) {
		return false
	}
	toks, k := tokensBefore(doc, f)
	if movedBefore(toks, k) {
		return true
	}
	next := segment.IndexAt(toks, f.End)
	return next < len(toks) && moveNouns[toks[next].Lower] // "a 55% drop in net income"
}

// moveNouns name a move after the share it moved by: "a 55% drop", "a 25%
// increase".
var moveNouns = map[string]bool{"drop": true, "fall": true, "rise": true, "increase": true, "decrease": true,
	"decline": true, "jump": true, "gain": true, "plunge": true, "slide": true, "surge": true, "slump": true,
	"cut": true, "reduction": true, "contraction": true, "expansion": true, "growth": true}

// isShare reports whether f is a number given in per cent.
func isShare(f facts.Fact) bool { return f.Type == facts.Number && unitClass(f.Unit) == "%" }

// movedBefore is moved for a share whose first token is toks[k].
func movedBefore(toks []segment.Token, k int) bool {
	if k > 0 && (toks[k-1].Lower == "to" || toks[k-1].Lower == "from" || toks[k-1].Lower == "at") {
		return false // "surged to 18.1%": the level it moved to
	}
	for j := k - 1; j >= 0 && j >= k-moveReach; j-- {
		if toks[j].Lower == "up" && j > 0 && makeVerbs[toks[j-1].Lower] {
			return false // "makes up about 55% of the economy": a share of a whole
		}
		if facts.MovesPrice(toks[j].Lower) {
			// "up from a previous forecast of 2.25%", "rose to a record
			// 5%": the level before or after, not how far it moved.
			return toks[j+1].Lower != "from" && toks[j+1].Lower != "to"
		}
	}
	return false
}

// sharesMoved reports whether share f of doc is how far shares moved: a move
// (see moved) with "shares" or "stock" in the words before it.
func sharesMoved(doc segment.Document, f facts.Fact) bool {
	if !isShare(f) {
		return false
	}
	toks, k := tokensBefore(doc, f)
	return movedBefore(toks, k) &&
		slices.ContainsFunc(toks[max(0, k-moveReach):k], func(t segment.Token) bool { return t.Lower == "shares" || t.Lower == "stock" })
}

// makeVerbs take "up" for a share of a whole, no move: "makes up", "made up".
var makeVerbs = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// moveReach is how many tokens before a share the word of its move may stand:
// "gained 40.07 points, or 0.93%".
const moveReach = 6

// sameWordBefore reports whether the numbers l and r follow one content word
// on both sides, which names what they count: "injuring more than 300" and
// "injuring over 190", wherever the word diff put them.
func sameWordBefore(left, right Side, l, r facts.Fact) bool {
	w := wordBefore(left.Doc, l)
	return len(w) > 1 && !stopWords.Has(w) && unicode.IsLetter(rune(w[0])) && w == wordBefore(right.Doc, r)
}

// sameBound reports whether dates l and r are both the point a span runs
// from (see sinceDate), or neither is: "one of the lowest since 1885" and "down from 67%
// in 2019" date two things, what a record is measured from and a point in
// time. A deadline is often a date given otherwise ("by Sept. 30" / "at the
// end of September"), and is compared. Numbers are not read.
func sameBound(left, right Side, l, r facts.Fact) bool {
	return l.Type != facts.Date || sinceDate(left.Doc, l) == sinceDate(right.Doc, r)
}

// sinceReach is how many words before a date a "since" may stand and still
// make it what a span runs from: "since the outbreak began in December".
const sinceReach = 6

// sinceDate reports whether date f is what a span runs from: "since" stands
// before it, within sinceReach words and no punctuation but quotation marks
// (`since the "Black Monday" crash of 1987`).
func sinceDate(doc segment.Document, f facts.Fact) bool {
	toks, k := tokensBefore(doc, f)
	for i, words := k-1, 0; i >= 0 && words < sinceReach; i-- {
		switch {
		case toks[i].IsQuoteMark():
			continue
		case toks[i].Kind == segment.Punct:
			return false
		case toks[i].Lower == "since":
			return true
		}
		words++
	}
	return false
}

// mostAlike returns the fact of fs, among cands, that fits accepts and that
// is most like f (see likeness), the first of those alike; or -1.
func mostAlike(f facts.Fact, fs []facts.Fact, cands []factRef, fits func(factRef) bool) factRef {
	best := -1
	for _, k := range cands {
		if fits(k) && (best < 0 || likeness(f, fs[k]) > likeness(f, fs[best])) {
			best = k
		}
	}
	return best
}

// likeness ranks how alike two comparable figures are given, for pairing:
// both a magnitude in words ("hundreds") or neither, then the same hedge.
// "At least 36 people were killed" pairs with "killing at least 38 people",
// not with "carrying hundreds of people" before it.
func likeness(l, r facts.Fact) int {
	n := 0
	if isMagnitude(l) == isMagnitude(r) {
		n += 2
	}
	if hedgeClass(l.Hedge) == hedgeClass(r.Hedge) {
		n++
	}
	return n
}

// isMagnitude reports whether a number is a magnitude given in words, whose
// value is a range ("hundreds", "dozens"), not a figure.
func isMagnitude(f facts.Fact) bool {
	_, _, ok := rangeOf(f.Value)
	return f.Type == facts.Number && ok
}

// pairFacts pairs the facts ls and rs that one edit changed, in order, each
// with the first on the other side that it can be compared with: numbers of one
// unit, dates. A fact whose value the other side of the alignment states
// elsewhere moved rather than changed, and pairs with nothing ("revenue fell 3%
// to $94.8 billion" against "$94.8 billion, down 3%").
func pairFacts(left, right Side, ls, rs, lValues, rValues []factRef) [][2]factRef {
	lfs, rfs := left.Facts, right.Facts
	// A fact both sides write in the same words ("date 2016-05-17" atop
	// both) is its own counterpart's, and states no fact written otherwise:
	// not the "Tuesday" of that date one side changed to "Thursday".
	statedL := func(l factRef) bool { return statedApart(lfs[l], rfs, rValues, lfs, lValues) }
	statedR := func(r factRef) bool { return statedApart(rfs[r], lfs, lValues, rfs, rValues) }
	var out [][2]factRef
	taken := map[factRef]bool{}
	var openL []factRef // left facts paired with none
	// One figure given to two precisions pairs first, wherever it stands
	// ("0.93%" / "0.9%" among "0.56%" and "1.53%"), then the rest in order.
	pairedL := map[factRef]bool{}
	preciseOpen := func(r factRef) bool { return !taken[r] && (isMagnitude(rfs[r]) || !statedR(r)) }
	for _, l := range ls {
		if r, ok := preciser(lfs[l], rfs, rs, preciseOpen); ok && !statedL(l) && !closerAmong(lfs, ls, l, rfs[r], pairedL) {
			taken[r], pairedL[l] = true, true
			out = append(out, [2]factRef{l, r})
		}
	}
	for _, l := range ls {
		if pairedL[l] || statedL(l) || hedgedAmong(lfs[l], rfs, rs, rValues) {
			continue
		}
		best := mostAlike(lfs[l], rfs, rs, func(r factRef) bool {
			return !taken[r] && !statedR(r) && comparable(lfs[l], rfs[r]) && sameBound(left, right, lfs[l], rfs[r]) && !restatedApart(lfs[l], rfs[r]) &&
				!roundedAmong(rfs[r], lfs, lValues, l) && sameFooting(left, lfs[l], right, rfs[r]) &&
				!givenElsewhere(left, right, l, r, lValues, rValues) && !doneApart(left, lfs[l], right, rfs[r])
		})
		if best < 0 {
			openL = append(openL, l)
			continue
		}
		taken[best] = true
		out = append(out, [2]factRef{l, best})
	}
	var openR []factRef
	for _, r := range rs {
		if !taken[r] && !statedR(r) {
			openR = append(openR, r)
		}
	}
	// "1,200 jobs" replaced by "1,500 positions": the one number left on each
	// side, both counting things in words, is one figure changed; a length of
	// time or an age is no count of things ("a nearly four-year stint" / "two
	// people familiar with the matter", "after four ballots" / "under the age
	// of 80"), nor a length a weight. A conversion ("about 50 km (30 miles)")
	// restates another figure, and is none; a figure that another of the
	// other side's gives to another precision is that one's ("189 points" is
	// the "189.55" of the Dow, not the "40.07" of the S&P 500 the words
	// beside it were diffed against).
	if len(openL) == 1 && len(openR) == 1 {
		l, r := openL[0], openR[0]
		if lfs[l].Type == facts.Number && countsWords(lfs[l]) && countsWords(rfs[r]) && !lfs[l].Restated && !rfs[r].Restated && !magnitudesOfTwoThings(lfs[l], rfs[r]) &&
			sameGroundOf(left.Doc, lfs[l], right.Doc, rfs[r]) && dimension(lfs[l].Unit) == dimension(rfs[r].Unit) &&
			!roundedAmong(rfs[r], lfs, lValues, l) && !roundedAmong(lfs[l], rfs, rValues, r) {
			out = append(out, [2]factRef{l, r})
		}
	}
	return out
}

// doneApart reports whether l and r, counts of nothing named, each follow a
// verb, and two verbs of other meanings: "kills 9, injures more than 800" /
// "kills 9, traps dozens" count the injured and the trapped, not one thing,
// while "killing at least 9" / "kills 9" count the dead both.
func doneApart(left Side, l facts.Fact, right Side, r facts.Fact) bool {
	if l.Type != facts.Number || l.Unit != "" || r.Unit != "" {
		return false
	}
	a, b := wordBefore(left.Doc, l), wordBefore(right.Doc, r)
	if !verbForm(a) || !verbForm(b) {
		return false
	}
	a, b = lightStem(a), lightStem(b)
	return a != b && sameDoing[a] != b && sameDoing[b] != a
}

// verbForm reports whether w, in lower case, is written as a verb in the
// present, the past or the participle ("injures", "injured", "injuring"):
// a figure after one counts what it did.
func verbForm(w string) bool {
	if len(w) < 4 || stopWords.Has(w) || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// sameDoing pairs the stems of verbs that count one thing (see lightStem).
var sameDoing = map[string]string{"wound": "injur", "hurt": "injur", "injur": "wound"}

// sameFooting reports whether l and r stand alike in their sentences, as
// counterparts do: shares that both moved or neither (see moved), measured
// from one place (see sameGroundOf), both the day words were said or
// neither (see whenSaid).
func sameFooting(left Side, l facts.Fact, right Side, r facts.Fact) bool {
	return moved(left.Doc, l) == moved(right.Doc, r) && sameGroundOf(left.Doc, l, right.Doc, r) && left.whenSaid(l) == right.whenSaid(r)
}

// whenSaid reports whether f is a date inside the words that credit a quote
// (see creditSpans), the day words were said ("officials said Monday"): no
// counterpart of a day the other report gives to what happened ("made
// landfall late on Sunday, officials said").
func (s Side) whenSaid(f facts.Fact) bool {
	if f.Type != facts.Date {
		return false
	}
	return slices.ContainsFunc(s.quotesAt[f.Sentence], func(q quotes.Quote) bool {
		return slices.ContainsFunc(creditSpans(q), func(sp Span) bool { return sp.Start <= f.Start && f.End <= sp.End })
	})
}

// onlyFigures reports whether edit e replaces figure l with figure r and no
// word besides: in words otherwise the same, one figure put for another is
// a change ("inflation falls to 3.6% in October" / "... to 5.1% in
// October"), whatever else each article states.
func onlyFigures(e edit, l, r facts.Fact) bool {
	within := func(toks []segment.Token, f facts.Fact) bool {
		return !slices.ContainsFunc(toks, func(t segment.Token) bool { return t.Start < f.Start || t.End > f.End })
	}
	return within(e.left, l) && within(e.right, r)
}

// magnitudesOfTwoThings reports whether l or r is a magnitude in words and
// the two count things named apart: "thousands of websites" / "millions of
// people" say how many of two things, where "1,200 jobs" / "1,500
// positions" is one figure changed.
func magnitudesOfTwoThings(l, r facts.Fact) bool {
	return (isMagnitude(l) || isMagnitude(r)) && unitClass(l.Unit) != unitClass(r.Unit)
}

// givenElsewhere reports whether the other article gives number l in the
// same words elsewhere, while its own alignment holds, outside l, a figure
// near r: r is that one's counterpart, and l moved ("the deal was worth 125
// million pounds ..., surpassing the 116 million pounds Chelsea paid" /
// "... surpassed the 115 million pounds ... Chelsea paid", beside a lead of
// "125 million pounds").
func givenElsewhere(left, right Side, l, rk factRef, lValues, rValues []factRef) bool {
	f, r := left.Facts[l], right.Facts[rk]
	if f.Type != facts.Number || !right.stated.statesSame(f, left.stated.texts[l], left.stated) {
		return false
	}
	nearR := func(fs []facts.Fact, refs []factRef, except factRef) int {
		n := 0
		for _, k := range refs {
			if g := fs[k]; k != except && g.Type == facts.Number && unitClass(g.Unit) == unitClass(r.Unit) && near(g.Value, r.Value) {
				n++
			}
		}
		return n
	}
	// Where the other alignment gives such a figure more often than this
	// one, one of them is l's counterpart, changed ("rose 2.0% ..., down
	// from 2.3%" / "rose 2.3% ..., down from 2.3%").
	held := nearR(left.Facts, lValues, l)
	return held > 0 && held >= nearR(right.Facts, rValues, -1)
}

// preciser returns the one fact of rs, open to pairing, that is l given to
// another precision (see approximates), when exactly one is. A figure whose
// value the other side states elsewhere is not open: "2,059" injured is
// that, not "at least 2,012" dead given more precisely. (A magnitude in
// words, "dozens", says too little to be the other's "dozens of buildings".)
func preciser(l facts.Fact, rfs []facts.Fact, rs []factRef, open func(factRef) bool) (factRef, bool) {
	found, n := factRef(-1), 0
	for _, r := range rs {
		if open(r) && rfs[r].Type == l.Type && l.Type == facts.Number && comparable(l, rfs[r]) && (approximates(l, rfs[r]) || approximates(rfs[r], l)) {
			found, n = r, n+1
		}
	}
	return found, n == 1
}

// closerAmong reports whether a fact of ls other than l, not yet paired, is
// r given to another precision too and lies closer to it: "about $102,000"
// is the "$102,100" Bitcoin was last at, not the "as high as $103,619" it
// rose to first.
func closerAmong(lfs []facts.Fact, ls []factRef, l factRef, r facts.Fact, paired map[factRef]bool) bool {
	gap := func(k factRef) (float64, bool) {
		a, err1 := strconv.ParseFloat(lfs[k].Value, 64)
		b, err2 := strconv.ParseFloat(r.Value, 64)
		return math.Abs(a - b), err1 == nil && err2 == nil
	}
	own, ok := gap(l)
	if !ok {
		return false
	}
	return slices.ContainsFunc(ls, func(k factRef) bool {
		other, ok := gap(k)
		return k != l && !paired[k] && ok && other < own && lfs[k].Type == facts.Number && comparable(lfs[k], r) && (approximates(lfs[k], r) || approximates(r, lfs[k]))
	})
}

// restatedApart reports whether one of two figures restates a measure in
// other units and the two are not one figure: a conversion in brackets is
// compared only with what gives it too ("$10.1 billion" and "about $10
// billion").
func restatedApart(l, r facts.Fact) bool {
	return (l.Restated || r.Restated) && !sameValue(l, r) && !approximates(l, r) && !approximates(r, l)
}

// statedApart reports whether the facts refs of fs hold f's value (see
// statedAmong), f one of own's ownRefs, leaving out a fact that a fact of
// own's writes in the same words and f does not. Each holds it for one of
// own's facts written as f is: where own writes it more often ("rose 2.3%
// ..., down from 2.3%" / "rose 2.0% ..., down from 2.3%"), one is a figure
// changed.
func statedApart(f facts.Fact, fs []facts.Fact, refs []factRef, own []facts.Fact, ownRefs []factRef) bool {
	held := 0
	for _, k := range refs {
		if holdsValueOf(fs[k], f) && (fs[k].Text == f.Text || !writtenAmong(fs[k], own, ownRefs)) {
			held++
		}
	}
	return held > 0 && held >= timesWritten(f, own, ownRefs)
}

// timesWritten counts the facts among fs's refs that write f in its words.
func timesWritten(f facts.Fact, fs []facts.Fact, refs []factRef) int {
	n := 0
	for _, k := range refs {
		if fs[k].Type == f.Type && fs[k].Text == f.Text {
			n++
		}
	}
	return n
}

// writtenAmong reports whether a fact among fs's refs writes f in its words.
func writtenAmong(f facts.Fact, fs []facts.Fact, refs []factRef) bool {
	return timesWritten(f, fs, refs) > 0
}

// statedAmong reports whether the facts idx of fs hold f's value: a fact of
// the same type and value, which the other side states elsewhere in the
// alignment, so that f moved rather than changed.
func statedAmong(f facts.Fact, fs []facts.Fact, idx []factRef) bool {
	return slices.ContainsFunc(idx, func(k factRef) bool { return holdsValueOf(fs[k], f) })
}

// holdsValueOf reports whether g is a fact of f's type and value, or its
// place in an order ("65th" / "65").
func holdsValueOf(g, f facts.Fact) bool {
	return g.Type == f.Type && (sameValue(f, g) || sameOrdinal(f, g))
}

// tallied returns the numbers refs of fs that are a count and a side of a
// tally among other's otherRefs, or a tally holding such a count: one figure
// given two ways ("Thirteen council members voted in favor" / "The vote ...
// was 13-1"). A count the tally's own report states plainly too ("the
// nine-member committee" on both sides of "8-1" / "9-1") is no side of it,
// and a measure or a share is none ("three hours and four minutes" beside
// "6-4", "a rate of 4%" beside "split 5-4"). So are the count of all who
// voted, the sum of the other's tally ("Seven of the bank's nine board
// members" / "a 7-2 vote"), and a count that restates a side of its own
// side's tally ("a 7-2 vote, with two board members dissenting").
func tallied(fs []facts.Fact, refs []factRef, other []facts.Fact, otherRefs []factRef) map[factRef]bool {
	var out map[factRef]bool
	for _, k := range refs {
		f := fs[k]
		side := slices.ContainsFunc(otherRefs, func(o factRef) bool {
			return sideOfTally(f, other[o]) && !statesPlainly(other, otherRefs, f.Value) ||
				sideOfTally(other[o], f) && !statesPlainly(fs, refs, other[o].Value) ||
				totalOfTally(f, other[o]) && !statesPlainly(other, otherRefs, f.Value)
		}) || slices.ContainsFunc(refs, func(j factRef) bool { return j != k && sideOfTally(f, fs[j]) && heldTally(other, otherRefs, fs[j]) })
		if side {
			if out == nil {
				out = make(map[factRef]bool)
			}
			out[k] = true
		}
	}
	return out
}

// summed returns the two numbers among refs of these, counts of two kinds
// of people joined by "and" ("28 children and 40 adults"), whose sum is a
// count of people among the other side's otherRefs ("68 people"), and that
// count: one figure given two ways. A sum of one kind ("18 adults and 10
// children" / "28 children") is none.
func summed(these Side, refs []factRef, other Side, otherRefs []factRef) (parts, totals map[factRef]bool) {
	for n := 1; n < len(refs); n++ {
		total, ok := sumOfParts(these.Facts[refs[n-1]], these.Facts[refs[n]], these.Doc.Text)
		if !ok {
			continue
		}
		sum := strconv.Itoa(total)
		for _, o := range otherRefs {
			if t := other.Facts[o]; t.Type == facts.Number && t.Value == sum && unitClass(t.Unit) == "people" {
				if parts == nil {
					parts, totals = map[factRef]bool{}, map[factRef]bool{}
				}
				parts[refs[n-1]], parts[refs[n]], totals[o] = true, true, true
			}
		}
	}
	return parts, totals
}

// summedAcross reports whether count k of these is, anywhere in the other
// article, a total given in two parts or a part of a total given whole: "80
// people on board" / "76 passengers and four crew members", in sentences
// that need not be aligned.
func summedAcross(these Side, k factRef, other Side) bool {
	// Apart from the alignment, only parts that name what they count.
	namedParts := func(s Side, a, b int) (int, bool) {
		x, y := s.Facts[a], s.Facts[b]
		if x.Unit == "" || y.Unit == "" {
			return 0, false
		}
		return sumOfParts(x, y, s.Doc.Text)
	}
	f := these.Facts[k]
	if v, ok := wholeNumber(f.Value); ok && unitClass(f.Unit) == "people" {
		for n := 1; n < len(other.Facts); n++ {
			if total, ok := namedParts(other, n-1, n); ok && total == v {
				return true
			}
		}
	}
	for _, n := range [2]int{int(k) - 1, int(k) + 1} {
		a, b := min(n, int(k)), max(n, int(k))
		if a < 0 || b >= len(these.Facts) {
			continue
		}
		if total, ok := namedParts(these, a, b); ok && statesPeople(other.Facts, total) {
			return true
		}
	}
	return false
}

// statesPeople reports whether one of fs is a count of people of value n.
func statesPeople(fs []facts.Fact, n int) bool {
	for _, o := range fs {
		if v, ok := wholeNumber(o.Value); ok && v == n && o.Type == facts.Number && unitClass(o.Unit) == "people" {
			return true
		}
	}
	return false
}

// sumOfParts returns the sum of numbers x and y of text, counts of two kinds
// of people joined by "and" in one sentence ("28 children and 40 adults",
// "76 passengers and four crew members"), and whether they are such.
func sumOfParts(x, y facts.Fact, text string) (int, bool) {
	if !isHeadCount(x) || !isHeadCount(y) || x.Sentence != y.Sentence || unitClass(x.Unit) == unitClass(y.Unit) ||
		!facts.JoinedBy(text, x, y, maxSumGap, " and ") {
		return 0, false
	}
	return sumOf(x.Value, y.Value)
}

// movedBy returns the two numbers among refs of these, a level and the one
// it moved from or to, joined by "from" or "to" ("fell to 26 seats from
// 37", "rose from 37 to 48 seats"), whose difference is a number of the
// other side's otherRefs counting the same ("lost 11 seats"), and that
// number.
func movedBy(these Side, refs []factRef, other Side, otherRefs []factRef) (ends, by map[factRef]bool) {
	for n := 1; n < len(refs); n++ {
		a, b := these.Facts[refs[n-1]], these.Facts[refs[n]]
		if a.Type != facts.Number || b.Type != facts.Number || !oneCount(a, b) || !facts.JoinedBy(these.Doc.Text, a, b, maxSumGap, " from ", " to ") {
			continue
		}
		moved, ok := distance(a, b)
		if !ok {
			continue
		}
		for _, o := range otherRefs {
			if t := other.Facts[o]; t.Type == facts.Number && t.Value == moved && (oneCount(t, a) || oneCount(t, b) || percentMove(t, a)) {
				if ends == nil {
					ends, by = map[factRef]bool{}, map[factRef]bool{}
				}
				ends[refs[n-1]], ends[refs[n]], by[o] = true, true, true
			}
		}
	}
	return ends, by
}

// distance returns how far apart levels a and b stand, as a figure's value
// is written ("11" between 37 and 26 seats, "0.25" between 2.75% and 2.5%),
// and false where they are no two numbers or stand level.
func distance(a, b facts.Fact) (string, bool) {
	if x, y, ok := wholes(a.Value, b.Value); ok {
		return strconv.Itoa(max(x-y, y-x)), x != y
	}
	if !decimal(a.Value) || !decimal(b.Value) {
		return "", false // read first: ParseFloat's error would cost an allocation
	}
	x, err1 := strconv.ParseFloat(a.Value, 64)
	y, err2 := strconv.ParseFloat(b.Value, 64)
	if err1 != nil || err2 != nil || x == y {
		return "", false
	}
	d, err := strconv.ParseFloat(strconv.FormatFloat(math.Abs(x-y), 'f', 6, 64), 64) // 2.75 - 2.5, without the float's tail
	if err != nil {
		return "", false
	}
	return strconv.FormatFloat(d, 'f', -1, 64), true
}

// decimal reports whether s is a number written in digits with at most one
// decimal point: no range ("2-3"), no tally.
func decimal(s string) bool {
	whole, fraction, _ := strings.Cut(s, ".")
	return isDigits(whole) && (fraction == "" || isDigits(fraction))
}

// percentMove reports whether move t, in percentage points, is how far a
// level in percent moved: "by a quarter point" between "2.75%" and "2.5%".
func percentMove(t, level facts.Fact) bool {
	return unitClass(t.Unit) == "percentage point" && unitClass(level.Unit) == "%"
}

// oneCount reports whether numbers a and b count one thing: one unit, or
// one of them none.
func oneCount(a, b facts.Fact) bool {
	ua, ub := unitClass(a.Unit), unitClass(b.Unit)
	return ua == ub || ua == "" || ub == ""
}

// maxSumGap is the most bytes between two counts joined by "and" that
// summed reads, or two levels joined by "from" or "to" that movedBy reads: a
// noun or two and the joining word.
const maxSumGap = 30

// withoutTallied returns idx without the facts of tallied, marked in used:
// a tally's sides and total, a sum's parts and total (see tallied, summed).
func withoutTallied(idx []factRef, tallied map[factRef]bool, used map[factRef]bool) []factRef {
	if len(tallied) == 0 {
		return idx
	}
	var out []factRef
	for _, k := range idx {
		if tallied[k] {
			used[k] = true
			continue
		}
		out = append(out, k)
	}
	return out
}

// talliedAcross reports whether f, a count or a tally, is given the other
// way by the other article, in sentences that did not align: a side of a
// tally it gives ("204 votes in favour and 85 against" / "passed the motion
// 204-85"), or a tally both of whose sides it counts (the "204-85" of the
// other).
func talliedAcross(f facts.Fact, other Side) bool {
	if won, lost, ok := tallySides(f.Value); ok {
		// A tally is rare: the other's facts are read for its sides.
		counts := func(v string) bool {
			return slices.ContainsFunc(other.Facts, func(o facts.Fact) bool { return isHeadCount(o) && o.Value == v })
		}
		return counts(won) && counts(lost)
	}
	return len(other.tallied) > 0 && isHeadCount(f) && slices.Contains(other.tallied, f.Value)
}

// tallySidesOf returns the sides of the tallies among fs, or nil.
func tallySidesOf(fs []facts.Fact) []string {
	var out []string
	for _, f := range fs {
		if won, lost, ok := tallySides(f.Value); ok && f.Type == facts.Number {
			out = append(out, won, lost)
		}
	}
	return out
}

// heldTally reports whether the other side's facts refs of other hold a side
// or the total of tally: the tally the two report.
func heldTally(other []facts.Fact, refs []factRef, tally facts.Fact) bool {
	return slices.ContainsFunc(refs, func(o factRef) bool { return sideOfTally(other[o], tally) || totalOfTally(other[o], tally) })
}

// totalOfTally reports whether the number count is the sum of the sides of
// the number tally, and no measure or share: all who voted.
func totalOfTally(count, tally facts.Fact) bool {
	won, lost, ok := tallySides(tally.Value)
	if !ok || !isHeadCount(count) {
		return false
	}
	sum, ok := sumOf(won, lost)
	n, whole := wholeNumber(count.Value)
	return ok && whole && sum == n
}

// sumOf returns the sum of two whole numbers written in digits, and false
// for any other value.
func sumOf(a, b string) (int, bool) {
	x, y, ok := wholes(a, b)
	return x + y, ok
}

// wholes reads two whole numbers written in digits, and false for any
// other value.
func wholes(a, b string) (x, y int, ok bool) {
	x, okA := wholeNumber(a)
	y, okB := wholeNumber(b)
	return x, y, okA && okB
}

// wholeNumber reads a whole number written in digits, and false for any
// other value.
func wholeNumber(s string) (int, bool) {
	if !isDigits(s) {
		return 0, false // read first: Atoi's error would cost an allocation
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// sideOfTally reports whether the number count is a side of the number
// tally, and no measure or share (see tallied).
func sideOfTally(count, tally facts.Fact) bool {
	return isHeadCount(count) && tally.Type == facts.Number && isTallySide(tally.Value, count.Value)
}

// isHeadCount reports whether f is a number that may count who voted: bare,
// or counting a thing named, and no measure or share.
func isHeadCount(f facts.Fact) bool {
	return f.Type == facts.Number && (f.Unit == "" || countsWords(f) && !measureUnits[unitClass(f.Unit)])
}

// statesPlainly reports whether one of the numbers refs of fs, no tally,
// has value.
func statesPlainly(fs []facts.Fact, refs []factRef, value string) bool {
	return slices.ContainsFunc(refs, func(k factRef) bool {
		return fs[k].Type == facts.Number && fs[k].Value == value && !isTally(fs[k].Value)
	})
}

// tallySides returns the figures of a tally, written greatest first
// ("13-1"), and ok; a range ("10-20") and a single figure hold no sides.
func tallySides(tally string) (won, lost string, ok bool) {
	won, lost, ok = strings.Cut(tally, "-")
	if !ok || !isNumeral(won) || !isNumeral(lost) {
		return "", "", false // a date's value ("--05-15") or a word's: read without an error's allocation
	}
	w, err1 := strconv.ParseFloat(won, 64)
	l, err2 := strconv.ParseFloat(lost, 64)
	if err1 != nil || err2 != nil || w <= l {
		return "", "", false
	}
	return won, lost, true
}

// isNumeral reports whether s is a number in figures: digits, and a point
// among them at most.
func isNumeral(s string) bool {
	whole, fraction, point := strings.Cut(s, ".")
	return isDigits(whole) && (!point || isDigits(fraction))
}

// unanimousTally reports whether value is a tally no one voted against:
// "9-0", which the other report's "unanimously" gives.
func unanimousTally(value string) bool {
	_, lost, ok := tallySides(value)
	return ok && lost == "0"
}

// isTally reports whether value is a tally's (see tallySides).
func isTally(value string) bool {
	_, _, ok := tallySides(value)
	return ok
}

// isTallySide reports whether value is one of the figures of tally.
func isTallySide(tally, value string) bool {
	won, lost, ok := tallySides(tally)
	return ok && (value == won || value == lost)
}

// countedAmong reports whether the facts idx of fs, which lie in the
// sentences aligned with f's, count something as many as f does, in another
// word: "killed four skiers" and "Four people were killed" count one group,
// which no "two others" on one side changed.
func countedAmong(f facts.Fact, fs []facts.Fact, idx []factRef) bool {
	return f.Type == facts.Number && countsWords(f) && slices.ContainsFunc(idx, func(k factRef) bool {
		o := fs[k]
		return o.Type == facts.Number && countsWords(o) && o.Value == f.Value && hedgeClass(o.Hedge) == hedgeClass(f.Hedge)
	})
}

// roundedAmong reports whether number f rounds, or is rounded from, one of
// the facts idx of fs other than except: "almost 56%" is the "55.7%" of the
// other report, not a change of its "more than 99%" of ballots counted. A
// bound near another figure is no such tie ("at least 2,012" killed and
// "2,059" injured).
func roundedAmong(f facts.Fact, fs []facts.Fact, idx []factRef, except factRef) bool {
	return f.Type == facts.Number && slices.ContainsFunc(idx, func(k factRef) bool {
		o := fs[k]
		return k != except && o.Type == facts.Number && comparable(f, o) && (roundsTo(o, f) || roundsTo(f, o) || roundedWhole(o, f) || roundedWhole(f, o))
	})
}

// hedgedAmong reports whether the facts idx of fs, outside the edit's own
// (edited), hold f's figure with another hedge: "no more than six and a
// half years" against "five to six-and-a-half years" changed its hedge, not
// into "five". It is compared with that figure across the edits.
func hedgedAmong(f facts.Fact, fs []facts.Fact, edited, idx []factRef) bool {
	return f.Type == facts.Number && slices.ContainsFunc(idx, func(k factRef) bool {
		o := fs[k]
		return o.Type == facts.Number && o.Value == f.Value && o.Unit == f.Unit && !slices.Contains(edited, k)
	})
}

// sameOrdinal reports whether one of two numbers is the other's place in an
// order: "in the 65th minute" and "after 65 minutes" name one moment. An
// amount or a share is in no order: "the second quarter" and "2 per cent".
func sameOrdinal(a, b facts.Fact) bool {
	if a.Type != facts.Number || a.Value != b.Value || (a.Unit == "ordinal") == (b.Unit == "ordinal") {
		return false
	}
	other := a
	if a.Unit == "ordinal" {
		other = b
	}
	switch unitClass(other.Unit) {
	case "$", "€", "£", "¥", "%", "point", "percentage point":
		return false
	}
	return true
}

// countsWords reports whether a number counts a thing named in words ("jobs",
// "positions"), not an amount of money, a share or an index's points.
func countsWords(f facts.Fact) bool {
	if facts.Labelled(f) {
		return false // "Category 4", "magnitude 6.3": a place on a scale, no count
	}
	switch unitClass(f.Unit) {
	case "", "$", "€", "£", "¥", "%", "ordinal", "time", "point", "percentage point":
		return false
	}
	return true
}

// comparable reports whether two facts of one type can contradict each other:
// any two dates, numbers of one unit ("3%" and "2%", not "$94.8 billion" and
// "2%"), two years or two figures that are none.
func comparable(l, r facts.Fact) bool {
	if l.Type == facts.Date {
		if l.Holiday != r.Holiday && (l.When.Day == 0 || r.When.Day == 0) {
			return false // "before Christmas" / "in September": a holiday is one day, said of something else than a month
		}
		return sharesPart(l.When, r.When)
	}
	if l.Type != facts.Number {
		return true
	}
	if isYear(l) != isYear(r) {
		return false // "fiscal 2023" and "10,000 workers": a year is no count
	}
	if (l.Hedge == "all but") != (r.Hedge == "all but") {
		return false // "killing all but two on board" / "killing 179 people": who was left out, and who was not
	}
	lu, ru := unitClass(l.Unit), unitClass(r.Unit)
	if lu == "" && ru != "" && isTally(l.Value) || ru == "" && lu != "" && isTally(r.Value) {
		return false // "a 24-0 halftime lead" / "sacked Mahomes six times": a score counts no things
	}
	if (lu == "ordinal") != (ru == "ordinal") {
		return sameOrdinal(l, r) // "a third win" and "3-0" say nothing of each other
	}
	if lu == "ordinal" && facts.InWords(l) != facts.InWords(r) && l.Value != r.Value {
		// "in the 83rd" / "added the second": a minute's place and a goal's,
		// written as each is; "seventh defeat" / "sixth loss" are written alike
		return false
	}
	return lu == ru || (lu == "" || ru == "") && !facts.Labelled(l) && !facts.Labelled(r)
}

// sharesPart reports whether two dates name a part of the calendar in common
// (a year, a month, a day, which a weekday names too), or either is known by
// none of them
// ("the weekend"): "reported Friday" and "in October", "died on Thursday" and
// "retired in 2004" say when of two things, neither more precisely than the
// other.
func sharesPart(a, b facts.When) bool {
	if a == (facts.When{}) || b == (facts.When{}) {
		return true
	}
	day := func(w facts.When) bool { return w.Day > 0 || w.Weekday > 0 } // a day of the month falls on a weekday
	return a.Year > 0 && b.Year > 0 || a.Month > 0 && b.Month > 0 || day(a) && day(b)
}

// overlapping returns those of the facts idx that overlap toks.
func overlapping(fs []facts.Fact, idx []factRef, toks []segment.Token) []factRef {
	var out []factRef
	for _, k := range idx {
		if overlaps(toks, fs[k].Start, fs[k].End) {
			out = append(out, k)
		}
	}
	return out
}

// withoutUsed returns the facts idx of fs not in used, and adds the spans of
// those in used to cov.
func withoutUsed(idx []factRef, fs []facts.Fact, used map[factRef]bool, cov *spanSet) []factRef {
	out := idx[:0]
	for _, k := range idx {
		if used[k] {
			*cov = append(*cov, Span{fs[k].Start, fs[k].End})
			continue
		}
		out = append(out, k)
	}
	return out
}

func ofType(fs []facts.Fact, idx []factRef, t facts.Type) []factRef {
	var out []factRef
	for _, k := range idx {
		if fs[k].Type == t {
			out = append(out, k)
		}
	}
	return out
}

// sameValue reports whether two facts of one type state the same thing.
func sameValue(l, r facts.Fact) bool {
	if l.Type == facts.Number {
		lh, rh := hedgeClass(l.Hedge), hedgeClass(r.Hedge)
		same := l.Value == r.Value && lh == rh || oneBound(lh, l.Value, rh, r.Value) || oneBound(rh, r.Value, lh, l.Value)
		return same && oneCount(l, r)
	}
	return compatibleDates(l, r) && compatibleDates(r, l)
}

// sameCount reports whether two numbers of one value count one thing as far
// as can be told: a figure that counts a thing named in words ("killing three
// people") is not stated again by a bare one that may count others ("Three
// were in a critical condition", of the wounded).
func sameCount(a, b facts.Fact) bool {
	return !countsWords(a) || unitClass(a.Unit) == unitClass(b.Unit)
}

// isYear reports whether a number reads as a year (see facts.ReadsAsYear).
func isYear(f facts.Fact) bool { return facts.ReadsAsYear(f) }

// isYearSpan reports whether a number is a span of years: "between 2013 and
// 2019", "2013-19" read as "2013-2019".
func isYearSpan(f facts.Fact) bool {
	from, to, ok := strings.Cut(f.Value, "-")
	if !ok || f.Type != facts.Number || f.Unit != "" {
		return false
	}
	return isYear(facts.Fact{Type: facts.Number, Value: from, Text: from}) && isYear(facts.Fact{Type: facts.Number, Value: to, Text: to})
}

// sameFigure reports whether two paired facts say the same: the same value,
// or for numbers the same figure and hedge whatever they count ("1,200
// respondents" / "1200 people surveyed": the wording reports the renaming),
// or the same figure written alike (a conversion's "($75 million)" takes the
// hedge of the "about 6 billion rupees" it restates, while the words are
// the other's "$75 million").
func sameFigure(l, r facts.Fact) bool {
	return sameValue(l, r) || sameMoment(l, r) || l.Type == facts.Number && l.Value == r.Value && (hedgeClass(l.Hedge) == hedgeClass(r.Hedge) || strings.EqualFold(l.Text, r.Text)) ||
		l.Type == facts.Date && (sameDay(l, r) || sameDay(r, l))
}

// sameDay reports whether a, a day one report names relative to its own date
// ("today", resolved to Tuesday 17 May) or a weekday it dates ("Wednesday" in
// a report of Jan 18), and b, a weekday the other names alone ("on Tuesday"),
// are one day: neither says more than the other.
func sameDay(a, b facts.Fact) bool {
	w, v := a.When, b.When
	if w.Year == 0 || w.Month == 0 || w.Day == 0 || v.Month != 0 || v.Day != 0 || v.Weekday == 0 {
		return false // read first: most pairs of dates are not a day and a weekday
	}
	return (holdsFolded(relativeDays, a.Text) || strings.EqualFold(a.Text, b.Text)) && w.DayOfWeek() == v.Weekday
}

// relativeDays are the days a report names from its own date.
var relativeDays = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "last night": true}

// renamedFigure reports whether two numbers are one figure of two different
// things named ("the 17-nation group" / "the 17-member group"): no fact
// changed, but the words did.
func renamedFigure(l, r facts.Fact) bool {
	lu, ru := unitClass(l.Unit), unitClass(r.Unit)
	return l.Type == facts.Number && r.Type == facts.Number && l.Value == r.Value && lu != "" && ru != "" && lu != ru
}

// renaming reports whether edit e changes only what a figure counts: its words
// on each side lie within one number of the same value, counting another thing.
// The fact stage reports nothing of it, so the wording must.
func renaming(e edit, left, right Side, lValues, rValues []factRef) bool {
	within := func(fs []facts.Fact, refs []factRef, toks []segment.Token) (facts.Fact, bool) {
		if len(toks) == 0 {
			return facts.Fact{}, false
		}
		start, end := toks[0].Start, toks[len(toks)-1].End
		for _, k := range refs {
			if f := fs[k]; f.Start <= start && end <= f.End {
				return f, true
			}
		}
		return facts.Fact{}, false
	}
	l, okL := within(left.Facts, lValues, e.left)
	r, okR := within(right.Facts, rValues, e.right)
	return okL && okR && renamedFigure(l, r)
}

// rangeNear reports whether rng is a range both of whose bounds an estimate
// allows (see near): "between 58.9% and 61.1%" of "about 60%".
func rangeNear(rng, estimate facts.Fact) bool {
	if hedgeClass(estimate.Hedge) != "~" {
		return false
	}
	lo, hi, ok := rangeOf(rng.Value)
	e, err := strconv.ParseFloat(estimate.Value, 64)
	return ok && err == nil && nearValue(e, lo) && nearValue(e, hi)
}

// boundsRange reports whether bound, a figure bounded from one side, allows
// every figure of the range rng: "up to $5 billion" of "$3.8 billion to $4.5
// billion".
func boundsRange(bound, rng facts.Fact) bool {
	lo, hi, ok := rangeOf(rng.Value)
	if !ok || !strings.ContainsAny(rng.Text, "0123456789") {
		return false // "dozens": a magnitude in words, no range a bound allows
	}
	v, err := strconv.ParseFloat(bound.Value, 64)
	if err != nil {
		return false
	}
	switch hedgeClass(bound.Hedge) {
	case "<=":
		return hi <= v
	case "<", "<~":
		return hi < v
	case ">=":
		return lo >= v
	case ">":
		return lo > v
	}
	return false
}

// inRange reports whether value, one figure, lies in rng, a range written as
// its least and greatest value ("24-99"); a tally ("51-49") is no range.
func inRange(value, rng string) bool {
	lo, hi, ok := rangeOf(rng)
	if !ok || strings.Contains(value, "-") {
		return false
	}
	v, err := strconv.ParseFloat(value, 64)
	return err == nil && lo <= v && v <= hi
}

// rangeOf returns the least and greatest value of a range written "24-99",
// and false for anything else, a tally ("51-49") among them.
func rangeOf(rng string) (lo, hi float64, ok bool) {
	from, to, ok := strings.Cut(rng, "-")
	if !ok {
		return 0, 0, false
	}
	lo, err1 := strconv.ParseFloat(from, 64)
	hi, err2 := strconv.ParseFloat(to, 64)
	return lo, hi, err1 == nil && err2 == nil && lo < hi
}

// approximates reports whether number a is number b given less precisely: the
// same figure, with a hedge that allows every value b's allows ("some 1,500,000"
// and "1.5 million", "about 70" and "nearly 70", "at least 70" and "more than
// 70"); or b rounded to fewer decimal places, with the same hedge or an
// estimate for none ("29.5%" and "29.49 percent", "66 percent" and "66.2%").
func approximates(a, b facts.Fact) bool {
	au, bu := unitClass(a.Unit), unitClass(b.Unit)
	if au != bu && au != "" && bu != "" {
		return false
	}
	if au == "time" && bu == "time" && a.Value != b.Value {
		return approximatesTime(a, b)
	}
	if rangeNear(a, b) {
		return false // "between 58.9% and 61.1%" says more than "about 60%"
	}
	if inRange(b.Value, a.Value) || rangeNear(b, a) || boundsRange(a, b) {
		// "dozens" and "about 40", "between 10 and 12" and "11", "about
		// 60%" and "between 58.9% and 61.1%", "up to $5 billion" and "$3.8
		// billion to $4.5 billion"
		return true
	}
	ha, hb := hedgeClass(a.Hedge), hedgeClass(b.Hedge)
	if ha == "" && shareInWords(a) {
		ha = "~" // "a third" is about 33%, as prose gives a share
	}
	switch {
	case roundedFrom(a, b):
		return true // "850,000" and "nearly 851,000": the round figure is the other rounded
	case roundedFrom(b, a):
		return false // "nearly 851,000" says more than "about 850,000"
	}
	if a.Value == b.Value {
		// A round figure given bare allows its bounds: "2 million" recalled
		// vehicles in a headline, "over 2m" in another. A length of time
		// given bare counts its whole units, and allows more: "the 15-month
		// war" is "more than 15 months" of war.
		return slices.Contains(narrower[ha], hb) || ha == "" && isBound(hb) && (round(a) || wholeShare(a)) || ha == "" && lowerBound(hb) && lengthOfTime(au)
	}
	if ha == "~" && hb == "" && near(a.Value, b.Value) {
		return true // "about $10 billion" and "$10.1 billion"
	}
	if ha == "~" && hb == "~" && finerWithinStep(b, a) {
		return true // "around $72" and "about $72.50": two estimates, the one finer
	}
	slack := boundSlack
	if shareInWords(a) {
		slack = wordShareSlack
	}
	if (hb == "" || hb == "~" || lowerBound(ha) && lowerBound(hb) && (round(a) || ha == ">" && roundTens(a))) && boundsBy(ha, a.Value, b.Value, slack) {
		// "more than 200" and "210", "more than 600,000" and "about 620,000",
		// "more than 2,000" and "at least 2,012" (two counts, "at least 48"
		// and "at least 50", differ)
		return true
	}
	if ha == ">" && (lowerBound(hb) || hb == "~" || hb == "" && endsInTen(a)) && withinRoundStep(a, b) {
		// "more than 200" and "at least 227", "more than 40%" and "about
		// 45%": a round bound, and another figure given loosely below the
		// next round one, which the writer of the bound would have named;
		// an exact figure only below the next ten ("more than 80" and
		// "88", where "more than 100" says less than "150")
		return true
	}
	if ha == ">" && hb == "" && round(a) && !isShare(a) && boundsBy(ha, a.Value, b.Value, roundBoundSlack) {
		return true // "more than 100" and "110", a round bound's tenth above it ("more than 100" and "150" differ)
	}
	if (hb == "" || hb == "~") && wholeShareBound(ha, a, b) {
		return true // "fell more than 3%" and "down 3.3%"
	}
	if (ha == hb || ha == "~" && hb == "") && roundedWhole(b, a) {
		return true // "86,000" and "86,212"
	}
	return (ha == hb || ha == "~" && hb == "") && roundsTo(b, a)
}

// timeSlack is how far, in minutes, a hedged time of day may stand from a
// time given more precisely and still be it given less precisely: "shortly
// before 8 a.m." for "around 7:57 a.m.".
const timeSlack = 15

// approximatesTime reports whether a, a time of day with a hedge, allows b,
// another given bare or about: within timeSlack of it, on the side its hedge
// says. "About" allows only round a time, on the hour or the half hour ("around
// 8 a.m." and "7:57 a.m."), and a time given bare: "around 2:15 p.m." and
// "around 2:20 p.m.", "around 3:30 p.m." and "about 3:45 p.m." are two
// readings of the clock, neither the other given less precisely.
func approximatesTime(a, b facts.Fact) bool {
	ta, okA := minutesOf(a.Value)
	tb, okB := minutesOf(b.Value)
	hb := hedgeClass(b.Hedge)
	if !okA || !okB || hb != "" && hb != "~" {
		return false
	}
	d := tb - ta
	switch hedgeClass(a.Hedge) {
	case "~":
		// A time "about" a round reading allows another bare or read to the
		// minute, hedged or not ("about 9 p.m." / "about 8:48 p.m."), but not
		// another round reading ("around 3:30" / "about 3:45").
		return (hb == "" || tb%15 != 0) && ta%30 == 0 && d >= -timeSlack && d <= timeSlack
	case "<~", "<=":
		return d >= -timeSlack && d <= 0
	case "<":
		return d >= -timeSlack && d < 0
	case ">", ">=":
		return d >= 0 && d <= timeSlack
	}
	return false
}

// sameMoment reports whether two times of day, each with its time zone, are
// one moment: "8:25 a.m. CDT" and "9:25 a.m. Eastern time". A zone that keeps
// summer time may be either of its offsets: the date says which, and both
// reports give one date.
func sameMoment(l, r facts.Fact) bool {
	lo, lok := zoneOffsets[l.Zone]
	ro, rok := zoneOffsets[r.Zone]
	tl, ok1 := minutesOf(l.Value)
	tr, ok2 := minutesOf(r.Value)
	if l.Unit != "time" || r.Unit != "time" || !lok || !rok || !ok1 || !ok2 || hedgeClass(l.Hedge) != hedgeClass(r.Hedge) {
		return false
	}
	for _, a := range lo {
		for _, b := range ro {
			if ((tl-a*60)-(tr-b*60))%(24*60) == 0 {
				return true
			}
		}
	}
	return false
}

// zoneOffsets are the hours time zones stand from UTC, both where a zone keeps
// summer time under one name ("Eastern" is -5 in winter, -4 in summer).
var zoneOffsets = map[string][]int{"gmt": {0}, "utc": {0}, "bst": {1}, "cet": {1, 2}, "cest": {2}, "jst": {9},
	"et": {-5, -4}, "est": {-5}, "edt": {-4}, "eastern": {-5, -4},
	"ct": {-6, -5}, "cst": {-6}, "cdt": {-5}, "central": {-6, -5},
	"mt": {-7, -6}, "mst": {-7}, "mdt": {-6}, "mountain": {-7, -6},
	"pt": {-8, -7}, "pst": {-8}, "pdt": {-7}, "pacific": {-8, -7}}

// minutesOf returns the minutes since midnight of a time of day written
// "HH:MM".
func minutesOf(v string) (int, bool) {
	h, m, ok := strings.Cut(v, ":")
	if !ok {
		return 0, false // not a time; Atoi's error would cost an allocation
	}
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	return hour*60 + minute, err1 == nil && err2 == nil
}

// boundSlack is how far, as a share of a bound, a figure the bound allows may
// stand from it and still be what the bound gave less precisely: "more than
// 200" for 210, not "at least 1,498" dead for 1,651, a toll that rose.
const boundSlack = estimateSlack

// roundBoundSlack is how far a round bound ("more than 100", "more than 2
// million") allows a figure given exactly above it: a tenth.
const roundBoundSlack = 2 * boundSlack

// bounds reports whether a bound of hedge class h on value allows exact, near
// it: "more than 200" or "at least 200" for 210, "nearly 70" or "fewer than
// 70" for 68.
func bounds(h, value, exact string) bool {
	return boundsBy(h, value, exact, boundSlack)
}

// boundsBy is bounds with exact allowed within slack, a share of value.
func boundsBy(h, value, exact string, slack float64) bool {
	v, err1 := strconv.ParseFloat(value, 64)
	x, err2 := strconv.ParseFloat(exact, 64)
	if err1 != nil || err2 != nil || v <= 0 {
		return false
	}
	switch h {
	case ">", ">=":
		return x > v && x <= v*(1+slack) || h == ">=" && x == v
	case "<", "<~", "<=":
		return x < v && x >= v*(1-slack) || h == "<=" && x == v
	}
	return false
}

// wordShareSlack is how far a share in words bounds a figure: "more than
// half" allows "about 55%", a fraction being a rounding of its own.
const wordShareSlack = 2 * boundSlack

// estimateSlack is how far, as a share of the figure, an estimate ("about",
// "some") may stand from it.
const estimateSlack = 0.05

// near reports whether the number estimate is within estimateSlack of exact.
func near(estimate, exact string) bool {
	e, err1 := strconv.ParseFloat(estimate, 64)
	x, err2 := strconv.ParseFloat(exact, 64)
	return err1 == nil && err2 == nil && nearValue(e, x)
}

// nearValue is near of two values.
func nearValue(estimate, exact float64) bool {
	return exact != 0 && math.Abs(estimate-exact) <= estimateSlack*math.Abs(exact)
}

// roundsTo reports whether the number precise, rounded to the precision the
// number rounded is written to, and a coarser one than its own, is rounded:
// "$61.9 billion" is "$61.86 billion" to a tenth of a billion. The precision
// is that of the figure as written, so whole numbers are never taken for
// rounded ones: "400" is no rounding of "370".
func roundsTo(precise, rounded facts.Fact) bool {
	p, pStep, ok1 := writtenPrecision(precise)
	r, rStep, ok2 := writtenPrecision(rounded)
	if !ok1 || !ok2 || rStep <= pStep*(1+1e-9) {
		return false
	}
	// A figure rounded to its first digit is a different figure in news: "$2
	// billion" is no rounding of "$1.5 billion". A small share is the
	// exception, rounded to a tenth of a point as a matter of course: "0.6%"
	// for "0.56%".
	slack := estimateSlack
	if unitClass(precise.Unit) == "%" && rStep <= 0.1 || hedgeClass(rounded.Hedge) == "~" {
		// "about 4 billion euros" for "3.8 billion euros": the hedge says
		// the figure is rounded, and to its first digit
		slack = 2 * estimateSlack
	}
	if unitClass(precise.Unit) == "point" && rStep == 1 && math.Trunc(p) == r {
		return true // an index's points are given whole by cutting off the decimals: "189 points" for "189.55"
	}
	return math.Abs(math.Round(p/rStep)*rStep-r) < rStep*1e-6 && math.Abs(p-r) <= slack*math.Abs(p)
}

// finerWithinStep reports whether fine is written to a finer place than
// coarse and stands within one step of coarse's last digit of it.
func finerWithinStep(fine, coarse facts.Fact) bool {
	f, fStep, ok1 := writtenPrecision(fine)
	c, cStep, ok2 := writtenPrecision(coarse)
	return ok1 && ok2 && fStep < cStep*(1-1e-9) && math.Abs(f-c) <= cStep*(1+1e-9)
}

// writtenPrecision returns a number's value and the step its last written digit
// counts in: 0.1 for "29.5%", 1 for "66 percent", 1e8 for "$61.9 billion".
func writtenPrecision(f facts.Fact) (value, step float64, ok bool) {
	value, err := strconv.ParseFloat(f.Value, 64)
	if err != nil || value == 0 || inParts(f) {
		return 0, 0, false
	}
	start := strings.IndexFunc(f.Text, func(r rune) bool { return r >= '0' && r <= '9' })
	if start < 0 {
		return 0, 0, false // a number in words
	}
	end := start
	for end < len(f.Text) && (f.Text[end] >= '0' && f.Text[end] <= '9' || f.Text[end] == '.' || f.Text[end] == ',') {
		end++
	}
	literal := strings.TrimRight(strings.ReplaceAll(f.Text[start:end], ",", ""), ".")
	written, err := strconv.ParseFloat(literal, 64)
	if err != nil || written == 0 {
		return 0, 0, false
	}
	places := 0
	if i := strings.IndexByte(literal, '.'); i >= 0 {
		places = len(literal) - i - 1
	}
	return value, value / written * math.Pow(10, -float64(places)), true
}

// inParts reports whether f is a length of time written in parts, on a clock
// with seconds ("2:00:35", "3:43.13") or in words ("3 hours and 4 minutes"):
// its first digits are no measure of its precision.
func inParts(f facts.Fact) bool {
	text := strings.ToLower(f.Text)
	_, after, clock := strings.Cut(text, ":")
	if end := strings.IndexFunc(after, func(r rune) bool { return r != ':' && r != '.' && !unicode.IsDigit(r) }); end >= 0 {
		after = after[:end] // "30" of "10:30 a.m.", a time of day
	}
	seconds := clock && strings.ContainsAny(after, ":.")
	return f.Type == facts.Number && (seconds || strings.Contains(text, " hour") || strings.Contains(text, " minute") || strings.Contains(text, " second"))
}

// maxCrossPairs bounds the pairs of lone figures roundedAcross compares: news
// articles state a few dozen figures alone at most.
const maxCrossPairs = 10_000

// roundedWhole reports whether rounded is precise rounded to whole thousands
// or more, and within wholeSlack of it: "86,000" and "86,212", not "2,000"
// and "1,950".
func roundedWhole(precise, rounded facts.Fact) bool {
	p, err1 := strconv.ParseFloat(precise.Value, 64)
	r, err2 := strconv.ParseFloat(rounded.Value, 64)
	if err1 != nil || err2 != nil || r < 1000 || p == r || math.Mod(r, 1000) != 0 {
		return false
	}
	step := 1000.0
	for math.Mod(r, step*10) == 0 && step*10 <= r {
		step *= 10
	}
	return math.Round(p/step)*step == r && math.Abs(p-r) <= wholeSlack*r
}

// estimated reports whether rounded is precise rounded with a hedge that
// says so: "nearly 227,000 people" for "226,889 people", "about 86,000" for
// "86,212"; "nearly" only for a figure below the one it rounds to.
func estimated(precise, rounded facts.Fact) bool {
	h := hedgeClass(rounded.Hedge)
	if precise.Hedge != "" || h != "~" && h != "<~" || !roundsTo(precise, rounded) && !roundedWhole(precise, rounded) {
		return false
	}
	p, err1 := strconv.ParseFloat(precise.Value, 64)
	r, err2 := strconv.ParseFloat(rounded.Value, 64)
	return err1 == nil && err2 == nil && (h == "~" || p < r)
}

// wholeSlack is how far, as a share, a figure rounded to whole thousands may
// stand from the figure it rounds.
const wholeSlack = 0.01

// narrower lists, for each hedge class, the classes that allow only values it
// allows too. Hedges that allow values the other rules out ("more than 70" and
// "fewer than 70", "70" and "more than 70") are not listed: they conflict.
var narrower = map[string][]string{
	"~":  {"", "<~"},
	">=": {"", ">"},
	"<=": {"", "<", "<~"},
	"<":  {"<~"},
}

// shareInWords reports whether f is a share written as a fraction in words
// ("a third", "two-thirds", "half"), whose value is a rounding of its own.
func shareInWords(f facts.Fact) bool {
	return f.Unit == "%" && facts.InWords(f)
}

// isBound reports whether a hedge class bounds a figure from one side.
func isBound(h string) bool {
	switch h {
	case ">", ">=", "<", "<=", "<~":
		return true
	}
	return false
}

// lowerBound reports whether a hedge class bounds a figure from below.
func lowerBound(h string) bool { return h == ">" || h == ">=" }

// wholeShareBound reports whether a, a share in whole points bounded from
// one side (hedge class h), allows b within the point it bounds: "more
// than 3%" allows 3.3%, not 4%; "less than 2%" allows 1.6%.
func wholeShareBound(h string, a, b facts.Fact) bool {
	if !wholeShare(a) {
		return false
	}
	v, err1 := strconv.ParseFloat(a.Value, 64)
	x, err2 := strconv.ParseFloat(b.Value, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	switch h {
	case ">", ">=":
		return x > v && x < v+1
	case "<", "<=":
		return x < v && x > v-1
	}
	return false
}

// roundTens reports whether a figure is written in two digits, the last a
// zero: "past 80", a threshold crossed, allows the other's "at least 82"
// (two counts, "at least 50" and "at least 52", still differ).
func roundTens(f facts.Fact) bool {
	v, ok := wholeNumber(f.Value)
	return ok && v >= 10 && v < 100 && v%10 == 0 && strings.Contains(f.Text, f.Value)
}

// roundedFrom reports whether coarse, a round figure given bare or about
// ("850,000"), is fine, a figure written to a finer place and itself given
// about or nearly ("nearly 851,000"), rounded: within a tenth of the place of
// coarse's last digit other than zero. Two figures given bare are two counts
// ("2000" and "1950").
func roundedFrom(coarse, fine facts.Fact) bool {
	hc, hf := hedgeClass(coarse.Hedge), hedgeClass(fine.Hedge)
	if hc != "" && hc != "~" || hf != "~" && hf != "<~" || !round(coarse) {
		return false
	}
	c, okC := wholeNumber(coarse.Value)
	f, okF := wholeNumber(fine.Value)
	if !okC || !okF || c == f {
		return false
	}
	step := lastDigitPlace(c)
	return lastDigitPlace(f) < step && 10*abs(f-c) <= step
}

// lastDigitPlace returns the place of the last digit other than zero of a
// whole number: 10,000 for 850,000.
func lastDigitPlace(v int) int {
	place := 1
	for v != 0 && v%10 == 0 {
		v /= 10
		place *= 10
	}
	return place
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// endsInTen reports whether a whole figure of two digits or more ends in a
// single zero, as written: "80", "140", not "200".
func endsInTen(f facts.Fact) bool {
	v, ok := wholeNumber(f.Value)
	return ok && v >= 10 && v%10 == 0 && v%100 != 0 && strings.Contains(f.Text, f.Value)
}

// withinRoundStep reports whether b's value lies above round figure a and
// below a's next round figure: 227 for 200, 45 for 40, 144 for 140.
func withinRoundStep(a, b facts.Fact) bool {
	v, err1 := strconv.ParseFloat(a.Value, 64)
	x, err2 := strconv.ParseFloat(b.Value, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	var step float64
	switch {
	case endsInTen(a): // roundTens' figures too
		step = 10
	case round(a) && v == math.Trunc(v):
		// "200", "1,800", "30 million": the place of the last digit other
		// than zero ("more than 30 million" allows "some 37 million")
		step = float64(lastDigitPlace(int(v)))
	default:
		return false
	}
	return x > v && x < v+step
}

// round reports whether a figure is written round: with a multiplier and at
// most two digits ("2 million", "$2bn", "1.5 million", not "$9.36 billion")
// or ending in two zeros ("300").
func round(f facts.Fact) bool {
	_, step, ok := writtenPrecision(f)
	if !ok {
		return false
	}
	v, err := strconv.ParseFloat(f.Value, 64)
	if step >= 1000 {
		return err == nil && v/step < 100
	}
	return err == nil && v >= 100 && math.Mod(v, 100) == 0
}

// wholeShare reports whether f is a share in whole points ("rose 5%"), which
// may be the rounding of any share within half a point: "more than 5%" or
// "less than 5%" of the other report.
func wholeShare(f facts.Fact) bool {
	return isShare(f) && !strings.Contains(f.Text, ".")
}

// oneBound reports whether the bounds of hedge classes ha and hb on whole
// numbers a and b are one bound written two ways: "more than 1,350" is "at
// least 1,351", "fewer than 10" is "at most 9".
func oneBound(ha, a, hb, b string) bool {
	if !(ha == ">" && hb == ">=" || ha == "<" && hb == "<=") {
		return false
	}
	x, y, ok := wholes(a, b)
	if !ok {
		return false
	}
	if ha == ">" {
		return y == x+1
	}
	return y == x-1
}

// hedgeClass folds number hedges that say the same: "more than" and "over",
// "about" and "around".
func hedgeClass(h string) string {
	switch h {
	case "more than", "over", "upwards of", "just over", "above", "past", "shortly after", "just after",
		// "aged 60 and older": a bound put after the figure, which reports
		// write for "over 60" whether or not it takes the figure in
		"and older", "or older", "and over", "or over", "and more", "or more", "and above", "or above",
		"tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed", "broke through", "breaks through", "broke past", "crossed", "crosses",
		"breaks", "broke", "passes", "passed", "clears", "cleared": // before "mark", "barrier" (see facts' thresholdVerbs)
		return ">"
	case "fewer than", "less than", "below", "under",
		"and younger", "or younger", "and under", "or under", "or fewer", "and fewer", "or less", "and less", "and below", "or below":
		return "<"
	case "nearly", "almost", "just under", "close to", "shortly before", "just before", "nears", "neared":
		return "<~"
	case "about", "around", "roughly", "approximately", "some", "an estimated":
		return "~"
	case "at least", "no fewer than", "no less than", "not less than":
		return ">="
	case "at most", "no more than", "not more than", "up to", "within", "as many as", "as much as", "as long as", "as high as": // "as many as 15 died": 15 at most, a large figure stressed
		return "<="
	}
	return h
}

// unitClass folds the ways of writing one unit: a currency's sign and name,
// singular and plural ("$" and "dollars", "nation" and "nations").
func unitClass(u string) string {
	u = strings.ToLower(u)
	switch u {
	case "$", "dollar", "dollars", "usd", "us$":
		return "$"
	case "a$", "aud":
		return "a$" // Australian dollars, however written
	case "c$", "cad":
		return "c$"
	case "€", "euro", "euros", "eur":
		return "€"
	case "£", "pound", "pounds", "gbp", "sterling":
		return "£"
	case "¥", "yen":
		return "¥"
	case "degrees celsius", "degrees fahrenheit":
		return u // no plural to fold
	case "people", "person", "persons", "residents", "inhabitants", "individuals", "others", "adults", "participants", "volunteers", "respondents":
		// "about 14,000 residents" and "more than 13,000 people" count the
		// same, as "wounding five others" counts people, and a study's
		// "11,194 adults" are the "more than 11,000 people" it followed;
		// "civilians" or "children" count some of them.
		return "people"
	case "killed", "dead", "deaths", "fatalities":
		return "dead" // "Three killed" / "eight dead"
	case "wounded", "injured", "hurt", "injuries":
		return "injured"
	case "households", "household", "homes", "home", "houses", "house", "dwellings":
		return "homes" // "600,000 households lost power" / "650,000 homes were without electricity"
	}
	if full, ok := unitAbbreviations[u]; ok {
		return full
	}
	if strings.HasSuffix(u, "ies") {
		return strings.TrimSuffix(u, "ies") + "y"
	}
	if strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") {
		u = strings.TrimSuffix(u, "s")
	}
	// "centimeters" and "cm" are the "centimetres" of another report.
	for _, american := range []string{"meter", "liter"} {
		if stem, ok := strings.CutSuffix(u, american); ok {
			return stem + american[:len(american)-2] + "re"
		}
	}
	return u
}

// unitAbbreviations are units written short, and the word for them (singular,
// as unitClass folds plurals).
var unitAbbreviations = map[string]string{"km": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
	"km2": "square kilometre", "sq km": "square kilometre", "square kilometer": "square kilometre",
	"square kilometers": "square kilometre", "square kilometres": "square kilometre", "sq mi": "square mile", "mi": "mile", "kg": "kilogram", "kgs": "kilogram",
	"t": "tonne", "ton": "tonne", "tons": "tonne", "cm": "centimetre", "mm": "millimetre", "ha": "hectare",
	"meter": "metre", "meters": "metre", "mph": "miles per hour", "kph": "kilometres per hour", "km/h": "kilometres per hour",
	"kilometers per hour": "kilometres per hour", "mile per hour": "miles per hour", "a.m.": "am", "p.m.": "pm",
	"feet": "foot", "ft": "foot", "inches": "inch"}

// compatibleDates reports whether date b states at least what date a states: every
// part a knows, b knows too and agrees on. A weekday agrees with a full date that
// falls on it ("Tuesday" and "today" in an article of Tuesday 2016-05-17), and a
// relative date that nothing resolves with any date written out.
func compatibleDates(a, b facts.Fact) bool {
	if a.Value == b.Value {
		return true
	}
	wa, wb := a.When, b.When
	switch {
	case (wa == (facts.When{}) || wb == (facts.When{})) && dateText(a) == dateText(b):
		// The same words ("today" in both); dates known by their parts are
		// compared by those below, without folding their text.
		return true
	case wa == (facts.When{}) && wb != (facts.When{}):
		// An unresolved relative date ("last year" in an undated article) says
		// less than any date written out: "2023" is more specific, not another.
		return true
	case wa == (facts.When{}) || wb == (facts.When{}):
		return false
	}
	if wa.Month == 0 && wa.Year == 0 && wa.Weekday > 0 {
		// A date without its year ("May 17" in an undated article) falls on a
		// weekday nobody knows, and cannot contradict one.
		return wb.Weekday == wa.Weekday || wb.Weekday == 0 && wb.Year == 0
	}
	// "late March" says more than "March", and another thing than "mid-March".
	samePart := wa.Part == "" || wa.Part == wb.Part || wb.Day > 0 && dayIn(wb.Day, wa.Part)
	return part(wa.Year, wb.Year) && part(wa.Month, wb.Month) && part(wa.Day, wb.Day) && samePart
}

// dayIn reports whether day falls in the part of a month ("early", "mid",
// "late"), by thirds.
func dayIn(day int, part string) bool {
	switch part {
	case "early":
		return day <= 10
	case "mid":
		return day > 10 && day <= 20
	case "late":
		return day > 20
	}
	return true
}

// part reports whether b knows a's part and agrees, treating an unknown year on
// either side as agreeing (an article without a date cannot be held to one).
func part(a, b int) bool {
	return a == 0 || a == b || b == 0 && a > 1000
}

// oneSided reports the numbers and dates that one article states and the other does
// not state anywhere, one difference per distinct value.
func oneSided(left, right Side, usedL, usedR map[factRef]bool) []Difference {
	ls, rs := sideOnly(left, right, usedL), sideOnly(right, left, usedR)
	var out []Difference
	rounded := withLoneCounts(roundedAcross(left.Facts, right.Facts, ls, rs), left, right, ls, rs)
	rounded = withRangesOfOneBound(rounded, left.Facts, right.Facts, ls, rs)
	for _, k := range ls {
		if r, ok := rounded[k]; ok {
			if !sameFigure(left.Facts[k], right.Facts[r]) {
				out = append(out, valueDifference(left.Facts[k], right.Facts[r], -1)) // not "more than 1,350" / "at least 1,351"
			}
			continue
		}
		out = append(out, onlyDifference(left.Facts[k], LeftOnly))
	}
	paired := make(map[factRef]bool, len(rounded))
	for _, r := range rounded {
		paired[r] = true
	}
	for _, k := range rs {
		if !paired[k] {
			out = append(out, onlyDifference(right.Facts[k], RightOnly))
		}
	}
	return out
}

// roundedAcross pairs the figures each side states alone (ls of lfs, rs of
// rfs) that are one figure given to different precision ("A crowd of 86,212"
// in one sentence and "The attendance was 86,000" in another that no alignment
// joined): one is the other rounded, or allowed by its hedge. It returns the
// right figure of each left one paired.
func roundedAcross(lfs, rfs []facts.Fact, ls, rs []factRef) map[factRef]factRef {
	if len(ls)*len(rs) > maxCrossPairs {
		return nil // two long, unrelated texts: their lone figures are not compared all against all
	}
	var out map[factRef]factRef
	taken := map[factRef]bool{}
	for _, l := range ls {
		if lfs[l].Type != facts.Number {
			continue
		}
		for _, r := range rs {
			lf, rf := lfs[l], rfs[r]
			// Rounding only: a bound or an estimate near a figure is too
			// loose a tie between sentences that no alignment joined.
			rounding := lf.Hedge == rf.Hedge && (roundsTo(lf, rf) || roundsTo(rf, lf) || roundedWhole(lf, rf) || roundedWhole(rf, lf)) ||
				estimated(lf, rf) || estimated(rf, lf)
			if taken[r] || rf.Type != facts.Number || !comparable(lf, rf) || !rounding {
				continue
			}
			if out == nil {
				out = make(map[factRef]factRef)
			}
			out[l], taken[r] = r, true
			break
		}
	}
	return out
}

// withLoneCounts adds to paired, the right figure of each left one paired
// (nil for none), the figures each side states alone (ls of lfs, rs of rfs)
// that count one kind of thing that each article counts once: "Sotheby's
// said six bidders competed" and "a contest among seven bidders, Sotheby's
// said", in sentences no alignment joined, give one count two ways. People,
// the dead and the injured are counted too often for two lone counts of
// them to be one ("killing four people" in one report, "injuring 12 people"
// in the other), and measures and spans of time measure too many things.
// An age is one person's only after one name on both sides ("Kelly, 65," /
// "Kelly, 66,").
func withLoneCounts(paired map[factRef]factRef, left, right Side, ls, rs []factRef) map[factRef]factRef {
	if len(ls)*len(rs) > maxCrossPairs {
		return paired // two long, unrelated texts (see roundedAcross)
	}
	var lk, rk []string // per fact of each side, the kind of thing it counts, read at the first count alone
	for _, l := range ls {
		kind := countedKind(left.Doc, left.Facts[l])
		if kind == "" {
			continue
		}
		if lk == nil {
			lk, rk = kindsOf(left), kindsOf(right)
		}
		r := slices.IndexFunc(rs, func(r factRef) bool { return rk[r] == kind })
		if r < 0 || count(lk, kind) != 1 || count(rk, kind) != 1 {
			continue
		}
		r = rs[r]
		if _, done := paired[l]; done || pairedWith(paired, r) || !sameGroundOf(left.Doc, left.Facts[l], right.Doc, right.Facts[r]) {
			continue
		}
		if kind == "years old" {
			if name := nameBefore(left.Doc, left.Facts[l]); name == "" || name != nameBefore(right.Doc, right.Facts[r]) {
				continue
			}
		}
		if paired == nil {
			paired = make(map[factRef]factRef)
		}
		paired[l] = r
	}
	return paired
}

// withRangesOfOneBound adds to paired (see withLoneCounts) the ranges each
// side gives alone, written out ("between 28 and 45"), that share one bound
// and differ in the other, where neither shares that bound with another
// range: "aged between 28 and 45" in one sentence and "They were aged
// between 28 and 46" in another that no alignment joined give one range
// two ways.
func withRangesOfOneBound(paired map[factRef]factRef, lfs, rfs []facts.Fact, ls, rs []factRef) map[factRef]factRef {
	lr, rr := rangesAmong(lfs, ls), rangesAmong(rfs, rs)
	oneBound := func(a, b writtenBounds) bool { return (a.lo == b.lo) != (a.hi == b.hi) }
	for _, l := range lr {
		if _, done := paired[l.ref]; done {
			continue
		}
		k := slices.IndexFunc(rr, func(r writtenBounds) bool { return oneBound(l, r) })
		if k < 0 {
			continue
		}
		r := rr[k]
		if slices.ContainsFunc(rr[k+1:], func(o writtenBounds) bool { return oneBound(l, o) }) ||
			slices.ContainsFunc(lr, func(o writtenBounds) bool { return o.ref != l.ref && oneBound(o, r) }) ||
			pairedWith(paired, r.ref) {
			continue // more than one range to pair with
		}
		if paired == nil {
			paired = make(map[factRef]factRef)
		}
		paired[l.ref] = r.ref
	}
	return paired
}

// pairedWith reports whether right figure r is the partner of a left one in
// paired.
func pairedWith(paired map[factRef]factRef, r factRef) bool {
	for _, v := range paired {
		if v == r {
			return true
		}
	}
	return false
}

// writtenBounds is a range written out and its bounds (see writtenRange).
type writtenBounds struct {
	ref    factRef
	lo, hi float64
}

// rangesAmong returns the ranges written out among the facts idx of fs.
func rangesAmong(fs []facts.Fact, idx []factRef) []writtenBounds {
	var out []writtenBounds
	for _, k := range idx {
		if lo, hi, ok := writtenRange(fs[k]); ok {
			out = append(out, writtenBounds{ref: k, lo: lo, hi: hi})
		}
	}
	return out
}

// writtenRange returns the bounds of number f, a range written out in
// figures or words ("between 28 and 45", "20 to 30"), and ok; not a
// magnitude ("dozens") or a score ("3-1").
func writtenRange(f facts.Fact) (lo, hi float64, ok bool) {
	between := len(f.Text) > len("between ") && strings.EqualFold(f.Text[:len("between ")], "between ") || strings.Contains(f.Text, " to ")
	if f.Type != facts.Number || !between || facts.InWords(f) {
		return 0, 0, false
	}
	return rangeOf(f.Value)
}

// kindsOf returns, per fact of side, the kind of thing it counts (see
// countedKind).
func kindsOf(side Side) []string {
	out := make([]string, len(side.Facts))
	for k, f := range side.Facts {
		out[k] = countedKind(side.Doc, f)
	}
	return out
}

// count returns how many of xs are x.
func count(xs []string, x string) int {
	n := 0
	for _, y := range xs {
		if y == x {
			n++
		}
	}
	return n
}

// countedKind returns the kind of thing number f of doc counts, named in a
// word ("bidder" for "six bidders"), or "" for a figure that counts none, or
// people, the dead, the injured, a measure or a span of time. A move of a
// company's shares is a kind of its own ("sending its shares up 3%" / "Lilly
// shares rose more than 2%"), and so is a place on a scale that measures a
// quake or a storm ("The 7.5 magnitude quake" / "a magnitude 7.6
// earthquake"), where a numbered flight or district names a thing.
func countedKind(doc segment.Document, f facts.Fact) string {
	if sharesMoved(doc, f) {
		return "move of shares"
	}
	if facts.Labelled(f) && scales[f.Unit] {
		return f.Unit
	}
	if f.Type != facts.Number || f.Restated || !countsWords(f) || strings.Contains(f.Value, "-") {
		return ""
	}
	switch kind := unitClass(f.Unit); kind {
	case "people", "dead", "injured":
		return ""
	default:
		if measureUnits[kind] {
			return ""
		}
		return kind
	}
}

// scales are the labels of figures that measure on a scale.
var scales = map[string]bool{"magnitude": true, "category": true}

// measureUnits are the units a figure measures in, not things it counts,
// as unitClass names them.
var measureUnits = map[string]bool{"kilometre": true, "square kilometre": true, "mile": true, "kilogram": true,
	"tonne": true, "centimetre": true, "millimetre": true, "hectare": true, "metre": true, "miles per hour": true,
	"kilometres per hour": true, "am": true, "pm": true, "second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true, "foot": true, "feet": true, "inch": true,
	"acre": true, "gallon": true, "litre": true, "liter": true, "barrel": true, "degree": true, "yard": true,
	"pound": true, "ounce": true, "square mile": true, "point": true, "time": true, "ordinal": true}

// sideOnly returns the indexes of the numbers and dates of these that the
// other article does not state (in figures, or an ordinal in words), except
// those used in a difference already, and those stated again where a
// difference used them: a headline's "at least six" dead is the "At least six"
// of the story that a conflict with "at least four" reported, and its "nearly
// 7 million users" the "nearly 7 million people" of the story (a figure
// counting a thing named in words is paired whatever the word, see
// valueDifference).
func sideOnly(these, other Side, used map[factRef]bool) []factRef {
	stated := other.stated
	var out []factRef
	var seen, usedValues, usedCounts map[string]bool // keys seen; the values used, whatever they count; those counting things
	// The figures used that have a hedge: "kills at least 48" in a headline
	// is the story's "killed at least 48 people". Few, and kept on the stack.
	var hedgedBuf [8]factRef
	hedged := hedgedBuf[:0]
	for k := range used {
		if key := these.stated.keys[k]; key != "" {
			if seen == nil {
				seen, usedValues, usedCounts = make(map[string]bool), make(map[string]bool), make(map[string]bool)
			}
			seen[key] = true
			usedValues[valueKey(these.Facts[k])] = true
			if these.Facts[k].Hedge != "" {
				hedged = append(hedged, k)
			}
			if countsWords(these.Facts[k]) {
				usedCounts[valueKey(these.Facts[k])] = true
			}
		}
	}
	for k, f := range these.Facts {
		if used[k] || f.Type != facts.Number && f.Type != facts.Date || f.Restated || f.Dateline {
			continue // a dateline's date is when the story was filed, not what it tells
		}
		if f.Type == facts.Date && f.When == (facts.When{}) && these.direct.covers(Span{f.Start, f.End}) {
			continue // "If I knew then what I know today": a speaker's "today" that names no day
		}
		key := these.stated.keys[k]
		if seen[key] || f.Unit == "" && usedValues[valueKey(f)] || countsWords(f) && usedCounts[valueKey(f)] || f.Hedge != "" && usedHedged(these.Facts, hedged, f) ||
			stated.states(f, these.stated.texts[k], these.stated) || restatedStated(these, stated, k) ||
			// An ordinal in words is compared where the other report gives
			// another ("seventh defeat" / "sixth loss"), but one report's
			// alone ("second-biggest economy", "the third quarter") is
			// background more often than news.
			f.Unit == "ordinal" && (writesOrdinal(other.Doc, f.Value) || facts.InWords(f)) ||
			ordinalOfCount(other.Doc, f) ||
			f.Value == "1" && (f.Unit == "" || countsWords(f)) && writesWord(other.Doc, "one") ||
			f.Value == "1" && f.Unit != "" && writesOneOf(other.Doc, f.Unit) ||
			f.Type == facts.Date && f.Value == "last year" && comparesWithYearBefore(other.Doc) ||
			unanimousTally(f.Value) && (writesWord(other.Doc, "unanimously") || writesWord(other.Doc, "unanimous")) ||
			isHeadCount(f) && summedAcross(these, k, other) || talliedAcross(f, other) || magnitudeGiven(f, other.Facts) ||
			f.Zone != "" && slices.ContainsFunc(other.Facts, func(o facts.Fact) bool { return sameMoment(f, o) }) ||
			endsNameNamedAlone(these.Doc, f, other.names) {
			continue
		}
		if seen == nil {
			seen = make(map[string]bool)
		}
		seen[key] = true
		out = append(out, k)
	}
	return out
}

// endsNameNamedAlone reports whether the number f ends a name, written onto
// it with a hyphen, that the other article's names give without it:
// "Covid-19" against "Covid", one disease whose name says no figure.
func endsNameNamedAlone(doc segment.Document, f facts.Fact, otherNames wordSet) bool {
	toks, k := tokensBefore(doc, f)
	if f.Type != facts.Number || k < 2 || k >= len(toks) || toks[k].Start != f.Start || toks[k-1].Fold != "-" || !gluedAt(toks, k-2) || !gluedAt(toks, k-1) {
		return false
	}
	name := nameWord(toks[k-2])
	return name != "" && otherNames[name]
}

// magnitudeGiven reports whether f is a magnitude in words ("millions",
// "thousands") and fs give a figure of that magnitude, of the same unit or
// none: "knocking out power to millions" against "More than 2.2 million
// homes and businesses were without power" says no more.
func magnitudeGiven(f facts.Fact, fs []facts.Fact) bool {
	if _, _, ok := rangeOf(f.Value); f.Type != facts.Number || !facts.InWords(f) || !ok {
		return false // a number in words ("five"), no magnitude: nothing to read of every fact
	}
	return slices.ContainsFunc(fs, func(g facts.Fact) bool {
		gu, fu := unitClass(g.Unit), unitClass(f.Unit)
		return g.Type == facts.Number && !isYear(g) && gu != "ordinal" && (gu == fu || gu == "" || fu == "") && inRange(g.Value, f.Value)
	})
}

// usedHedged reports whether one of the facts used of fs has f's type, value
// and hedge.
func usedHedged(fs []facts.Fact, used []factRef, f facts.Fact) bool {
	return slices.ContainsFunc(used, func(k factRef) bool { u := fs[k]; return u.Type == f.Type && u.Value == f.Value && u.Hedge == f.Hedge })
}

// writesOrdinal reports whether doc writes in words the ordinal of value ("the
// tenth" where the other article has "the 10th").
func writesOrdinal(doc segment.Document, value string) bool {
	n, ok := wholeNumber(value)
	if !ok {
		return false
	}
	return holdsToken(doc, func(t segment.Token) bool { return lexicon.Ordinal(t.Lower) == n })
}

// ordinalOfCount reports whether doc gives f, a count of things, as the
// ordinal of the last of what it counts: "chose him after four ballots" /
// "elected on the fourth ballot".
func ordinalOfCount(doc segment.Document, f facts.Fact) bool {
	n, ok := wholeNumber(f.Value) // not "0.5", "20000-99999"
	if !ok || n < 2 {
		return false
	}
	for _, s := range doc.Sentences {
		for k := 0; k+1 < len(s.Tokens); k++ {
			// The units are read only where the ordinal is found: a plural
			// in "-ies" folds into a new string.
			if lexicon.Ordinal(s.Tokens[k].Lower) == n && countsWords(f) && unitClass(s.Tokens[k+1].Lower) == unitClass(f.Unit) {
				return true
			}
		}
	}
	return false
}

// comparesWithYearBefore reports whether doc compares a figure with the
// year before ("a year earlier", "a year ago", "the previous year",
// "year-earlier"), as the other report's "in the same period last year"
// does.
func comparesWithYearBefore(doc segment.Document) bool {
	for _, s := range doc.Sentences {
		for k, t := range s.Tokens {
			if t.Lower != "year" {
				continue
			}
			next := k + 1
			if next < len(s.Tokens) && s.Tokens[next].IsHyphen() {
				next++
			}
			if next < len(s.Tokens) && yearBeforeWords[s.Tokens[next].Lower] || k > 0 && (s.Tokens[k-1].Lower == "previous" || s.Tokens[k-1].Lower == "prior") {
				return true
			}
		}
	}
	return false
}

// yearBeforeWords follow "year" where a figure is compared with the year before.
var yearBeforeWords = map[string]bool{"earlier": true, "ago": true, "before": true}

// writesWord reports whether doc holds the word w, in any case: "one", which
// is no figure of its own ("one of the"), is the other report's "1 dead".
func writesWord(doc segment.Document, w string) bool {
	return holdsToken(doc, func(t segment.Token) bool { return t.Lower == w })
}

// writesOneOf reports whether doc writes "a" or "an" before unit: "after a
// year" is the other report's "after one year".
func writesOneOf(doc segment.Document, unit string) bool {
	for _, s := range doc.Sentences {
		for k := 1; k < len(s.Tokens); k++ {
			if s.Tokens[k].Lower == unit && (s.Tokens[k-1].Lower == "a" || s.Tokens[k-1].Lower == "an") {
				return true
			}
		}
	}
	return false
}

// holdsToken reports whether a token of doc satisfies match.
func holdsToken(doc segment.Document, match func(segment.Token) bool) bool {
	return slices.ContainsFunc(doc.Sentences, func(s segment.Sentence) bool { return slices.ContainsFunc(s.Tokens, match) })
}

// restatedStated reports whether the measure these.Facts[k] is restated in
// other units right after it, in a conversion the other article states: "about
// 24 miles (39 km)" against "about 39km" gives one altitude.
func restatedStated(these Side, stated statedIndex, k int) bool {
	next := k + 1
	return next < len(these.Facts) && these.Facts[next].Restated && these.Facts[next].Sentence == these.Facts[k].Sentence &&
		stated.states(these.Facts[next], these.stated.texts[next], these.stated)
}

// valueKey keys a number or date by its value alone: a figure without its unit
// ("killing at least six") is the figure used with one ("At least six people").
func valueKey(f facts.Fact) string {
	return f.Type.String() + "|" + f.Value
}

// statedIndex answers whether an article states a number or date, without
// comparing with each of its facts.
type statedIndex struct {
	numbers map[string][]facts.Fact // numbers by value
	written map[string]bool         // dates as written (folded and lower-cased) and as valued
	byPart  map[int][]facts.Fact    // dates by month, or by weekday (negative) when only that is known
	byYear  map[int][]facts.Fact    // dates known only by their year
	years   map[string]bool         // the years dates write out ("Dec. 29, 1989")
	// The numbers of a unit another converts to ("about 100 minutes" for
	// "an hour and 40 minutes"), few in most articles.
	measured []facts.Fact
	// Per fact of the article, for its numbers and dates: the key of its value,
	// one difference each, and for a date its text as written.
	keys, texts []string
}

func newStatedIndex(fs []facts.Fact) statedIndex {
	x := statedIndex{numbers: map[string][]facts.Fact{}, written: map[string]bool{}, byPart: map[int][]facts.Fact{}, byYear: map[int][]facts.Fact{},
		years: map[string]bool{}, keys: make([]string, len(fs)), texts: make([]string, len(fs))}
	// A figure or date an article repeats says nothing new: it is indexed
	// once, so that a long article that repeats one costs no more to search.
	seen := make(map[string]bool)
	for k, f := range fs {
		switch {
		case f.Unit == "ordinal" && facts.InWords(f):
			continue // "the third quarter" states no "three people", and is never one-sided
		case f.Type == facts.Number:
			if key := f.Value + "|" + f.Hedge + "|" + unitClass(f.Unit); !seen[key] {
				seen[key] = true
				x.numbers[f.Value] = append(x.numbers[f.Value], f)
				if _, ok := measures[unitClass(f.Unit)]; ok && !f.Restated {
					// (A conversion in brackets restates the measure before
					// it, which is indexed: "348,000 acres (140,800
					// hectares)" states no other measure than 348,000 acres.)
					x.measured = append(x.measured, f)
				}
				if won, lost, ok := tallySides(f.Value); ok && strings.Contains(f.Text, " to ") {
					// "by 364 votes to 194" states "364" and "194"
					for _, side := range [2]string{won, lost} {
						g := f
						g.Value = side
						x.numbers[side] = append(x.numbers[side], g)
					}
				}
			}
		case f.Type == facts.Date:
			x.texts[k] = dateText(f)
			x.written[x.texts[k]] = true
			x.written[f.Value] = true
			if y := strconv.Itoa(f.When.Year); f.When.Year > 0 && strings.Contains(f.Text, y) {
				x.years[y] = true
			}
			if key := "@" + f.Value + "|" + x.texts[k]; !seen[key] {
				seen[key] = true
				x.addDate(f)
			}
		default:
			continue
		}
		x.keys[k] = f.Type.String() + "|" + f.Value + "|" + unitClass(f.Unit)
	}
	return x
}

// addDate files date f by the part of it that is known.
func (x statedIndex) addDate(f facts.Fact) {
	switch w := f.When; {
	case w.Month > 0:
		x.byPart[w.Month] = append(x.byPart[w.Month], f)
	case w.Weekday > 0:
		x.byPart[-w.Weekday] = append(x.byPart[-w.Weekday], f)
	case w.Year > 0:
		x.byYear[w.Year] = append(x.byYear[w.Year], f)
	}
}

// states reports whether the indexed article states f, a date written as text
// (see dateText) or a number: the same number, or a date that says at least
// what f says (see compatibleDates). own indexes f's article: a date that only
// agrees with f, as "April 10" in an undated article agrees with "April
// 2029", does not state it where f's article gives that very date too
// ("backdated to April 10 ... runs until April 2029" / "runs from April
// 10"). A weekday is the exception, which a date beside it names again
// ("from Friday, September 22" / "from Sept. 22").
func (x statedIndex) states(f facts.Fact, text string, own statedIndex) bool {
	return x.stating(f, text, false, own)
}

// statesSame reports whether the indexed article states f itself: the same
// number with the same hedge, or a date that says no more and no less (see
// states for own).
func (x statedIndex) statesSame(f facts.Fact, text string, own statedIndex) bool {
	return x.stating(f, text, true, own)
}

// statesInDollars reports whether the indexed article gives f, an amount
// in cents, in dollars: "65.40 US cents" / "$0.6540". (Amounts in dollars
// are too many to index as measures; see measures.)
func (x statedIndex) statesInDollars(f facts.Fact) bool {
	if unitClass(f.Unit) != "cent" {
		return false
	}
	v, err := strconv.ParseFloat(f.Value, 64)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(x.numbers[strconv.FormatFloat(v/100, 'f', -1, 64)], func(o facts.Fact) bool { return unitClass(o.Unit) == "$" })
}

func (x statedIndex) stating(f facts.Fact, text string, same bool, own statedIndex) bool {
	if f.Type == facts.Number {
		// A year read as a number ("the 1973 Nobel Peace Prize", "its 1989
		// peak") is the year the other article writes as a date or in one
		// ("in 1973", "on Dec. 29, 1989"); a measure given in another unit
		// is stated, not itself ("about an hour and 40 minutes" / "about
		// 100 minutes"), its conversion changed still a change ("1,500
		// kilometers (930 miles)" / "(1860 miles)").
		return slices.ContainsFunc(x.numbers[f.Value], func(o facts.Fact) bool {
			return !measuresApart(f, o) && (!same || sameValue(f, o) && sameCount(f, o))
		}) ||
			isYear(f) && (x.written[f.Value] || x.years[f.Value]) ||
			!same && slices.ContainsFunc(x.measured, func(o facts.Fact) bool { return sameMeasure(f, o) }) ||
			!same && x.statesInDollars(f)
	}
	if x.written[text] || x.written[f.Value] {
		return true
	}
	if w := f.When; w.Year > 0 && w.Month == 0 && w.Weekday == 0 && slices.ContainsFunc(x.numbers[f.Value], isYear) {
		return true
	}
	compatible := func(fs []facts.Fact) bool {
		return slices.ContainsFunc(fs, func(o facts.Fact) bool {
			return compatibleDates(f, o) && (!same || compatibleDates(o, f)) && (o.Value == f.Value || onlyWeekday(f) || !own.written[o.Value])
		})
	}
	if w := f.When; w.Day > 0 && w.Month > 0 && w.Year > 0 {
		// "today" in a story dated Tuesday where the other writes "on Tuesday".
		if slices.ContainsFunc(x.byPart[-w.DayOfWeek()], func(o facts.Fact) bool { return sameDay(f, o) }) {
			return true
		}
	}
	switch w := f.When; {
	case w.Month > 0:
		return compatible(x.byPart[w.Month])
	case w.Weekday > 0:
		// A weekday agrees with a full date on that day, wherever it is
		// filed; a dateline's day of no year, whose weekday is unknown, is
		// the day the story was filed, not the "Friday" a drill broke down.
		for part, fs := range x.byPart {
			if part == -w.Weekday && compatible(fs) {
				return true
			}
			for i := range fs {
				if part > 0 && !(fs[i].Dateline && fs[i].When.Year == 0) && compatible(fs[i:i+1]) {
					return true
				}
			}
		}
	case w.Year > 0:
		if compatible(x.byYear[w.Year]) {
			return true
		}
		// A day of no year states the year, but not a dateline's day, the
		// day the story was filed: "Sept 14" atop one report states no
		// "since the euro was launched in 1999" of the other.
		for _, fs := range x.byPart {
			for i := range fs {
				if !fs[i].Dateline && compatible(fs[i:i+1]) {
					return true
				}
			}
		}
	}
	return false
}

// onlyWeekday reports whether date f names a day of the week and nothing
// more.
func onlyWeekday(f facts.Fact) bool {
	return f.When.Weekday > 0 && f.When.Year == 0 && f.When.Month == 0 && f.When.Day == 0
}

func dateText(f facts.Fact) string {
	return strings.ToLower(segment.Fold(f.Text))
}

func onlyDifference(f facts.Fact, rel Relation) Difference {
	d := Difference{Kind: Fact, Alignment: -1, Fact: &FactDetail{Type: f.Type, Relation: rel}}
	side := "left"
	if rel == LeftOnly {
		d.LeftText, d.Left, d.Fact.LeftValue = f.Text, Span{f.Start, f.End}, f.Value
	} else {
		d.RightText, d.Right, d.Fact.RightValue = f.Text, Span{f.Start, f.End}, f.Value
		side = "right"
	}
	what := f.Type.String()
	if f.Unit == "time" {
		what = "time" // as valueDifference names it
	}
	var b strings.Builder // one allocation for the summary, as withQuoted makes one
	b.Grow(len("Only the  article states the  .") + len(side) + len(what) + len(f.Text) + 2)
	b.WriteString("Only the ")
	b.WriteString(side)
	b.WriteString(" article states the ")
	b.WriteString(what)
	b.WriteByte(' ')
	writeQuoted(&b, f.Text)
	b.WriteByte('.')
	d.Summary = b.String()
	return d
}

// namesCapitalOf reports whether side names the capital of country f, a
// place: "Syria's capital" and "Damascus" say where alike.
func namesCapitalOf(side Side, f facts.Fact) bool {
	return f.Type == facts.Place && slices.ContainsFunc(side.Facts, func(g facts.Fact) bool {
		return g.Type == facts.Place && lexicon.CountryOf(g.Key) == f.Key
	})
}

// minFirstNameSimilarity is the Jaro-Winkler similarity above which two
// people's first names, their other names the same, are one name spelled two
// ways: transliterations stray further than other words ("Staffan" / "Stefan",
// 0.83), while "John" / "Jane" (0.70) stay two people.
const minFirstNameSimilarity = 0.8

// differing counts the places where a and b, of one length, differ.
func differing(a, b []string) int {
	n := 0
	for k := range a {
		if a[k] != b[k] {
			n++
		}
	}
	return n
}

// entity is the mentions of one named entity in both articles, per side (0 the
// left, 1 the right).
type entity struct {
	told    [2]factRef // the first mention in the story, not as who filed it or where (see facts.Fact.Filer and Dateline), or -1
	filed   [2]bool    // whether it filed the story: its own agency, named in its dateline or a photo credit
	fullest [2]factRef // the mention whose name has the most words, the first on a tie; -1 for none
	words   [2]int     // the words of the fullest mention's name
}

// mentioned reports whether side names the entity.
func (e *entity) mentioned(side int) bool { return e.fullest[side] >= 0 }

// initialsOnlyAsAdjective reports whether side names entity i, a country
// or union by its initials, only before another word, as an adjective is
// written: "U.S. stocks fell", "U.S. District Judge Lewis Kaplan", "the UK
// economy" say where, as "American" or "British" would, which the project
// reads as no name (of is the entity of each of side's facts, first its
// first mention). Only such an entity's mentions are read: a long article
// names many things once.
func initialsOnlyAsAdjective(side Side, of []int, i int, first factRef) bool {
	if f := side.Facts[first]; f.Type != facts.Place || !placeInitials(f.Text) {
		return false
	}
	only := false
	for k, f := range side.Facts {
		if of[k] != i {
			continue
		}
		if f.Type != facts.Place || !placeInitials(f.Text) || !beforeAWord(side.Doc, f) {
			return false
		}
		only = true
	}
	return only
}

// placeInitials reports whether a place's name is written as initials:
// "U.S.", "US", "UK", "U.K.", "EU", "UAE".
func placeInitials(name string) bool {
	letters := strings.ReplaceAll(name, ".", "")
	return len(letters) >= 2 && len(letters) <= 3 && strings.ToUpper(letters) == letters
}

// beforeAWord reports whether the fact f is followed by a word that goes on
// the phrase it opens: no function word or verb of saying ("the U.S. and
// China", "the U.S. said").
func beforeAWord(doc segment.Document, f facts.Fact) bool {
	toks, _ := tokensBefore(doc, f)
	k := segment.IndexAt(toks, f.End) // the token after f, where f ends where a token ends
	if k == 0 || k >= len(toks) || toks[k-1].End != f.End {
		return false
	}
	next := toks[k]
	return next.Kind == segment.Word && !lex.StopWords.Has(next.Lower) && !lex.ReportingVerbs.Has(next.Lower)
}

// entities clusters the mentions of named entities by their keys.
type entities struct {
	all      []entity
	byKey    map[string]int // an entity by each key of its mentions
	surnames []keyed        // the keys long enough for the near-miss search of surnames
}

// keyed is one key of an entity.
type keyed struct {
	key    string
	entity int
}

// add files the mention ref of side, the fact f with keys, under its entity and
// returns the entity's index.
func (es *entities) add(f facts.Fact, keys []string, side int, ref factRef) int {
	e := es.find(keys, f)
	if e < 0 {
		e = len(es.all)
		es.all = append(es.all, entity{told: [2]factRef{-1, -1}, fullest: [2]factRef{-1, -1}})
	}
	for _, k := range keys {
		if _, ok := es.byKey[k]; !ok {
			es.byKey[k] = e
			if len(k) >= minNearMiss {
				es.surnames = append(es.surnames, keyed{k, e})
			}
		}
	}
	ent := &es.all[e]
	if n := wordCount(f.Value); !ent.mentioned(side) || n > ent.words[side] {
		ent.fullest[side], ent.words[side] = ref, n
	}
	if !f.Filer && !f.Dateline && ent.told[side] < 0 {
		ent.told[side] = ref
	}
	ent.filed[side] = ent.filed[side] || f.Filer
	return e
}

// joinFirstNames takes each person named by one word only, where that word
// opens the full name of one other person and no more ("Gabriel" and "Gabriel
// Magalhaes", "Alisson" and "Alisson Becker", as sports reports name players),
// into that person's entity. of holds each side's facts' entities and is
// updated; the entity taken in is left mentioned by neither side.
func (es *entities) joinFirstNames(of [2][]int, sides [2]Side) {
	const ambiguous = -2
	opens := map[string]int{} // a first name, to the one person of several words it opens, or ambiguous
	type named struct {
		entity int
		word   string
	}
	var alone []named // the persons named by one word only
	for i, e := range es.all {
		first, single, ok := personWords(e, sides)
		if !ok {
			continue
		}
		if single {
			alone = append(alone, named{i, first})
			continue
		}
		if t, seen := opens[first]; !seen {
			opens[first] = i
		} else if t != i {
			opens[first] = ambiguous
		}
	}
	var into map[int]int // the entities taken in, to the one each joins
	for _, a := range alone {
		i := a.entity
		t, ok := opens[a.word]
		if !ok || t == ambiguous {
			continue
		}
		if into == nil {
			into = make(map[int]int)
		}
		into[i] = t
		es.all[t] = mergedEntity(es.all[t], es.all[i])
		es.all[i] = entity{told: [2]factRef{-1, -1}, fullest: [2]factRef{-1, -1}}
	}
	if into == nil {
		return
	}
	for s := range of {
		for k, e := range of[s] {
			if t, ok := into[e]; ok {
				of[s][k] = t
			}
		}
	}
}

// personWords returns the first word of a person entity's fullest name, and
// whether that name is one word on every side that names it; ok is false for
// another kind of entity.
func personWords(e entity, sides [2]Side) (first string, single, ok bool) {
	single = true
	for s, side := range sides {
		k := e.fullest[s]
		if k < 0 {
			continue
		}
		if side.Facts[k].Type != facts.Person {
			return "", false, false
		}
		words := side.nameWords[k]
		if len(words) == 0 {
			return "", false, false
		}
		first, single = words[0], single && len(words) == 1
	}
	return first, single, first != ""
}

// mergedEntity is entity a with b's mentions taken in: on each side, the
// fuller name and the earlier first mention.
func mergedEntity(a, b entity) entity {
	for s := range a.fullest {
		if b.fullest[s] >= 0 && (a.fullest[s] < 0 || b.words[s] > a.words[s]) {
			a.fullest[s], a.words[s] = b.fullest[s], b.words[s]
		}
		if b.told[s] >= 0 && (a.told[s] < 0 || b.told[s] < a.told[s]) {
			a.told[s] = b.told[s]
		}
	}
	return a
}

// entityReport is what entityDiffs finds of both articles' named entities.
type entityReport struct {
	diffs    []Difference        // entities named by one side only, or spelled differently
	entityOf []int               // the entity each of diffs is about
	variant  [2]map[factRef]bool // per side, the mentions of every entity spelled two ways
	of       [2][]int            // per side and fact, the fact's entity, or -1
	filed    [][2]bool           // per entity and side, whether it filed that side's story (see entity)
}

// capitalisedCommonWord reports whether f, a name of one word, is a word
// other writes in lower case: a capital on a common word, a speaker's inside
// a quotation ("the American People", "The Proclamation") or a house style's
// ("an emergency Cabinet meeting" / "an emergency cabinet meeting"), no name.
func capitalisedCommonWord(f facts.Fact, words []string, other Side) bool {
	if len(words) != 1 || strings.ContainsRune(f.Text, ' ') || !strings.ContainsFunc(f.Text, unicode.IsLower) {
		return false // a name of words, or an acronym ("WHO" / "who")
	}
	return other.lower[words[0]]
}

// entityDiffs clusters the named entities of both articles and reports the ones
// only one side names and the ones the two sides spell differently, once each.
func entityDiffs(left, right Side) entityReport {
	sides := [2]Side{left, right}
	mentions := len(left.Facts) + len(right.Facts)
	es := entities{all: make([]entity, 0, mentions), byKey: make(map[string]int, mentions), surnames: make([]keyed, 0, mentions)}
	entityOf := make([]int, mentions) // per fact of the left then the right side, its entity or -1
	rep := entityReport{of: [2][]int{entityOf[:len(left.Facts)], entityOf[len(left.Facts):]}}
	rep.diffs, rep.entityOf = make([]Difference, 0, mentions/2), make([]int, 0, mentions/2)
	for s, side := range sides {
		of := rep.of[s]
		for k, f := range side.Facts {
			of[k] = -1
			if f.Type.IsEntity() {
				of[k] = es.add(f, side.entityKeys[k], s, k)
			}
		}
	}
	es.joinFirstNames(rep.of, sides)
	var variant []bool // per entity
	for i := range es.all {
		e := &es.all[i]
		for s, rel := range [2]Relation{LeftOnly, RightOnly} {
			this, other := sides[s], sides[1-s]
			// Reported at its first mention in the story: a dateline's or photo
			// credit's agency is who filed, and one named only there is no fact;
			// nor is it where the story names it again ("Reuters could not
			// independently verify the claims").
			if k := e.told[s]; k >= 0 && !e.mentioned(1-s) && !e.filed[s] && !other.names.names(this.Facts[k], this.lookups[k]...) && !other.names.namesCountryOf(this.Facts[k]) &&
				!namesCapitalOf(other, this.Facts[k]) && !capitalisedCommonWord(this.Facts[k], this.nameWords[k], other) && !initialsOnlyAsAdjective(this, rep.of[s], i, k) {
				rep.diffs, rep.entityOf = append(rep.diffs, onlyDifference(this.Facts[k], rel)), append(rep.entityOf, i)
			}
		}
		if !e.mentioned(0) || !e.mentioned(1) {
			continue
		}
		if d, ok := spelledTwoWays(left, right, e.fullest[0], e.fullest[1]); ok {
			rep.diffs, rep.entityOf = append(rep.diffs, d), append(rep.entityOf, i)
			if variant == nil {
				variant = make([]bool, len(es.all))
			}
			variant[i] = true
		}
	}
	rep.filed = make([][2]bool, len(es.all))
	for i, e := range es.all {
		rep.filed[i] = e.filed
	}
	for s := range sides {
		rep.variant[s] = map[factRef]bool{}
		for k, e := range rep.of[s] {
			if e >= 0 && variant != nil && variant[e] {
				rep.variant[s][k] = true
			}
		}
	}
	return rep
}

// entityConflicts pairs the named entities that edit e of alignment ai puts
// one for another: a place for a place, a person for a person, an organisation
// for an organisation, in order ("Kerry was in Jeddah" / "Kerry was in
// Riyadh"). Neither may be named in the other side's sentences of the
// alignment (there it moved, not changed) unless the two are one name changed
// in part or swapped for a new one (see changedInPart, swapped), nor lie in
// what covered holds (an attribution already reported) but for the names
// aside holds (an attribution's, crediting no one), nor be who filed the
// story. It returns the conflicts, the spans they cover on each side and the
// entities they replaced, whose being named by one side only they report
// already.
func entityConflicts(e edit, left, right Side, lLocal, rLocal localFacts, whole [2][]segment.Token, covered, aside [2]spanSet, ents entityReport, ai int) ([]Difference, spanSet, spanSet, []int) {
	// Named in the story, not as where it was filed: "Negotiators returned
	// to Cairo" / "... to Mumbai" under two datelines "CAIRO".
	named := func(side Side, refs []factRef, of []int, entity int) bool {
		return slices.ContainsFunc(refs, func(k factRef) bool {
			return of[k] == entity && !side.Facts[k].Dateline && !side.Facts[k].Filer
		})
	}
	// The word that sets a name apart, written anywhere in the other side's
	// sentences, moved with it: "Model Y, S, 3 and X" / "Model S, X, 3 and Y".
	lastWordIn := func(f facts.Fact, toks []segment.Token) bool {
		last := f.Value[strings.LastIndexByte(f.Value, ' ')+1:]
		return slices.ContainsFunc(toks, func(t segment.Token) bool { return t.Text == last })
	}
	replaced := func(this, other Side, thisLocal, otherLocal localFacts, s int, toks []segment.Token) []replacedName {
		var out []replacedName
		for _, k := range overlapping(this.Facts, thisLocal.entities, toks) {
			f := this.Facts[k]
			if id := ents.of[s][k]; id >= 0 && !f.Filer && !f.Dateline && (!covered[s].coversSpan(Span{f.Start, f.End}) || aside[s].coversSpan(Span{f.Start, f.End})) {
				out = append(out, replacedName{ref: k, elsewhere: named(other, otherLocal.entities, ents.of[1-s], id) || lastWordIn(f, whole[1-s]),
					otherwise: namedOtherwise(f, other, otherLocal.entities, ents.of[1-s], id)})
			}
		}
		return out
	}
	// A name the other side's sentences name, or whose last word they hold,
	// moved rather than changed, unless the other's name in its place keeps
	// part of it and is new to its article: "Bashar al Assad" / "Bashar al
	// Tanaka", "Assad's regime" following on both sides.
	changedInPart := func(c replacedName, this Side, thisRef factRef, other Side, otherRef factRef) bool {
		return !c.elsewhere || sharesWord(this.nameWords[thisRef], other.nameWords[otherRef]) && !this.names.names(other.Facts[otherRef], other.lookups[otherRef]...)
	}
	if len(e.left) == 0 || len(e.right) == 0 || len(lLocal.entities) == 0 || len(rLocal.entities) == 0 {
		return nil, nil, nil, nil // nothing put in place of anything
	}
	ls := replaced(left, right, lLocal, rLocal, 0, e.left)
	if len(ls) == 0 {
		return nil, nil, nil, nil
	}
	rs := replaced(right, left, rLocal, lLocal, 1, e.right)
	var out []Difference
	var lcov, rcov spanSet
	var ids []int
	taken := make([]bool, len(rs))
	for _, lc := range ls {
		lk := lc.ref
		l := left.Facts[lk]
		if namesOfType(ls, left, l.Type) != namesOfType(rs, right, l.Type) {
			// Names put one for another stand one for one: a list of three
			// places ("brokered by Qatar, Egypt and the United States") in
			// the place of one ("while Israel released") is no name changed.
			continue
		}
		for j, rc := range rs {
			rk := rc.ref
			r := right.Facts[rk]
			// An organisation of one key is one however named ("the Tokyo
			// Games" / "the Tokyo Olympics"); a person's key is a surname
			// that two people may share. The agencies that filed the two
			// stories, each named again in its own ("Reuters could not
			// independently verify" / "The AP could not confirm"), are no
			// name put in place of another; an agency's poll against
			// another's is ("polled by Reuters" / "surveyed by Dow Jones"). A
			// name the other side's sentences give in words of their own is
			// no name replaced ("the Scottish Green Party" / "the Greens").
			if taken[j] || lc.otherwise || rc.otherwise || r.Type != l.Type || l.Type == facts.Place && seatOf(l.Key, r.Key) || l.Type == facts.Organization && l.Key == r.Key ||
				ents.filed[ents.of[0][lk]][0] && ents.filed[ents.of[1][rk]][1] ||
				otherWay(left, right, l, r) || shortFor(left.nameWords[lk], right.nameWords[rk]) || particleApart(left.nameWords[lk], right.nameWords[rk]) ||
				!(changedInPart(lc, left, lk, right, rk) && changedInPart(rc, right, rk, left, lk) || swapped(e, l, r) && ents.of[0][lk] != ents.of[1][rk] && newName(left, lk, right, rk)) {
				continue
			}
			taken[j] = true
			if d, ok := spelledTwoWays(left, right, lk, rk); ok && respeltWords(left.nameWords[lk], right.nameWords[rk]) {
				// "Wad al-Noura" / "Wad al-Nourah": two keys, one name spelled
				// two ways; "Foundem" / "Foundit" is a name changed.
				d.Alignment = ai
				out = append(out, d)
			} else {
				out = append(out, Difference{
					Kind: Fact, LeftText: l.Text, RightText: r.Text,
					Left: Span{l.Start, l.End}, Right: Span{r.Start, r.End}, Alignment: ai,
					Summary: differsSummary(l.Type.String(), l.Text, r.Text),
					Fact:    &FactDetail{Type: l.Type, Relation: Conflict, LeftValue: l.Value, RightValue: r.Value},
				})
			}
			lcov, rcov = append(lcov, Span{l.Start, l.End}), append(rcov, Span{r.Start, r.End})
			ids = append(ids, ents.of[0][lk], ents.of[1][rk])
			break
		}
	}
	return out, lcov, rcov, ids
}

// namesOfType counts the names of type typ among names, names of this side.
func namesOfType(names []replacedName, this Side, typ facts.Type) int {
	n := 0
	for _, c := range names {
		if this.Facts[c.ref].Type == typ {
			n++
		}
	}
	return n
}

// swapped reports whether edit e puts name r in the place of name l and
// changes nothing else: "peace talks in Geneva" / "in Washington".
func swapped(e edit, l, r facts.Fact) bool {
	within := func(toks []segment.Token, f facts.Fact) bool {
		return len(toks) > 0 && toks[0].Start >= f.Start && toks[len(toks)-1].End <= f.End
	}
	return within(e.left, l) && within(e.right, r)
}

// newName reports whether one of two names swapped is new to the other
// article: a name changed, though the other it became is written elsewhere
// ("even Washington's allies"), not two names that changed places.
func newName(left Side, lk factRef, right Side, rk factRef) bool {
	return !right.names.names(left.Facts[lk], left.lookups[lk]...) || !left.names.names(right.Facts[rk], right.lookups[rk]...)
}

// replacedName is a name in an edit, and whether the other side's sentences
// name it, or write its last word, elsewhere, and whether they name it in
// words of their own ("the Scottish Green Party" / "the Greens").
type replacedName struct {
	ref       factRef
	elsewhere bool
	otherwise bool
}

// namedOtherwise reports whether the facts refs of side other, whose
// entities of gives, name entity id by another key than f's: "the Greens"
// for "the Scottish Green Party", not "Washington's" for "Washington".
func namedOtherwise(f facts.Fact, other Side, refs []factRef, of []int, id int) bool {
	return slices.ContainsFunc(refs, func(k factRef) bool { return of[k] == id && other.Facts[k].Key != f.Key })
}

// sharesWord reports whether two names have a word in common.
func sharesWord(a, b []string) bool {
	return slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
}

// shortFor reports whether one name is part of the other, as a second
// reference shortens it: "Gabriel" for "Gabriel Magalhaes".
func shortFor(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) > 0 && !slices.ContainsFunc(a, func(w string) bool { return !slices.Contains(b, w) })
}

// directions are the prepositions that give a place its part in a movement:
// where one went to and where one came from are two places, not one told two
// ways.
var directions = map[string]bool{"to": true, "from": true, "into": true, "toward": true, "towards": true, "via": true}

// otherWay reports whether the names l and r stand in different parts of a
// movement, a direction before one that the other lacks: "fled Japan" (whence)
// and "fled to Lebanon" (whither) are both true.
func otherWay(left, right Side, l, r facts.Fact) bool {
	lw, rw := wordBefore(left.Doc, l), wordBefore(right.Doc, r)
	return lw != rw && (directions[lw] || directions[rw])
}

// wordBefore returns the lower-case token before fact f in its sentence, or "".
func wordBefore(doc segment.Document, f facts.Fact) string {
	toks, k := tokensBefore(doc, f)
	if k == 0 {
		return ""
	}
	return toks[k-1].Lower
}

// tokensBefore returns the tokens of fact f's sentence in doc and the index of
// f's first token, so that toks[:k] are the tokens before it; k is 0 for a
// fact outside doc's sentences.
func tokensBefore(doc segment.Document, f facts.Fact) (toks []segment.Token, k int) {
	if f.Sentence < 0 || f.Sentence >= len(doc.Sentences) {
		return nil, 0
	}
	toks = doc.Sentences[f.Sentence].Tokens
	return toks, segment.IndexAt(toks, f.Start)
}

// sameGroundOf reports whether numbers l of ldoc and r of rdoc count from
// the same ground, so that one may be the other changed: both or neither
// the rest of a group (see remainder), and no distances measured from two
// places (see measuredApart). Every pass that pairs figures asks it.
func sameGroundOf(ldoc segment.Document, l facts.Fact, rdoc segment.Document, r facts.Fact) bool {
	return remainder(ldoc, l) == remainder(rdoc, r) && !measuredApart(ldoc, l, rdoc, r)
}

// measuredApart reports whether distances l of ldoc and r of rdoc are
// measured from two places: "about 230 miles (370 km) west of Philadelphia"
// and "about 280 miles (450 kilometers) west of New York City" say where one
// town is, in two ways, and neither changes the other.
func measuredApart(ldoc segment.Document, l facts.Fact, rdoc segment.Document, r facts.Fact) bool {
	a, b := measuredFrom(ldoc, l), measuredFrom(rdoc, r)
	return a != "" && b != "" && !strings.EqualFold(a, b) && !samePlace(a, b)
}

// samePlace reports whether two names of places, as written, are one place
// by its aliases: "New York" and "New York City".
func samePlace(a, b string) bool {
	return placeAlias(strings.ToLower(a)) == placeAlias(strings.ToLower(b))
}

// placeAlias returns the name placeAliases gives the place keyed k, or k.
func placeAlias(k string) string {
	if alias, ok := placeAliases[k]; ok {
		return alias
	}
	return k
}

// measuredFrom returns the name of the place distance f of doc is measured
// from, as written ("Philadelphia" of "230 miles (370 km) west of
// Philadelphia"), or "" when it names none or f is no distance.
func measuredFrom(doc segment.Document, f facts.Fact) string {
	if dimension(f.Unit) != "length" {
		return ""
	}
	toks, _ := tokensBefore(doc, f)
	for k := segment.IndexAt(toks, f.End); k+1 < len(toks) && toks[k].Start-f.End <= maxFromReach; k++ {
		if toks[k].Lower != "of" && toks[k].Lower != "from" || !segment.StartsUpper(toks[k+1].Text) {
			continue
		}
		end := k + 1
		for end+1 < len(toks) && toks[end+1].Kind == segment.Word && segment.StartsUpper(toks[end+1].Text) {
			end++
		}
		return doc.Text[toks[k+1].Start:toks[end].End]
	}
	return ""
}

// maxFromReach is how far after a distance, in bytes, the place it is
// measured from may be named: past its unit, a conversion and a direction.
const maxFromReach = 40

// remainder reports whether number f of doc counts the rest of a group, "the
// other" before it: "the other two liberal justices" joined one, and are no
// changed "three liberal justices".
func remainder(doc segment.Document, f facts.Fact) bool {
	toks, k := tokensBefore(doc, f)
	return f.Type == facts.Number && k > 0 && toks[k-1].Lower == "other"
}

// nameBefore returns the capitalised word before figure f, across a comma
// ("Kelly, 65"), in lower case, or "".
func nameBefore(doc segment.Document, f facts.Fact) string {
	toks, k := tokensBefore(doc, f)
	if k > 0 && toks[k-1].Text == "," {
		k--
	}
	if k == 0 || !segment.StartsUpper(toks[k-1].Text) {
		return ""
	}
	return toks[k-1].Lower
}

// seatOf reports whether one of two places, by their keys, is the other's
// capital or a city in it: "Moscow" stands for Russia's government ("drones
// for Russia" / "drones for Moscow"), and "Monash University in Melbourne"
// is in Australia.
func seatOf(a, b string) bool {
	country := func(k string) string { return placeAlias(strings.ReplaceAll(k, ".", "")) }
	countryOf := func(k string) string { return country(cmp.Or(lexicon.CountryOf(k), lexicon.CityCountry(k))) }
	return countryOf(a) == country(b) || countryOf(b) == country(a)
}

// entityKeys returns the keys under which f joins other mentions: its own key and,
// for a multi-word organisation, its initials ("Agence France Presse" -> "afp")
// and its words in any order ("University of Barcelona" and "Barcelona
// University").
func entityKeys(f facts.Fact) []string {
	keys := []string{f.Key}
	if alias, ok := placeAliases[f.Key]; ok {
		keys = append(keys, alias)
	}
	if alias, ok := orgAliases[f.Key]; ok && f.Type == facts.Organization {
		if strings.Contains(alias, " ") {
			keys = append(keys, wordsKeyMark+alias) // as a name of several words is keyed by them, sorted
		} else {
			keys = append(keys, alias)
		}
	}
	if members, ok := partyNicknames[f.Key]; ok && f.Type == facts.Organization {
		keys = append(keys, members) // "the Tories" are the "Conservatives"
	}
	if short := facts.VenueName(f.Value); short != "" && f.Type == facts.Place {
		keys = append(keys, strings.ToLower(short)) // "Wembley Stadium" is "Wembley"
	}
	if kind := facts.FeatureName(f.Value); kind != "" && f.Type == facts.Place {
		keys = append(keys, strings.ToLower(kind)) // "the English Channel" is "the Channel"
	}
	if bare := facts.BareName(f.Value); bare != "" && f.Type == facts.Place {
		keys = append(keys, strings.ToLower(bare)) // "the Gaza Strip" is "Gaza", "the Guaiba River" the "Guaiba"
	}
	if city := facts.PortOf(f.Value); city != "" && f.Type == facts.Place {
		keys = append(keys, strings.ToLower(city)) // "the Port of Baltimore" is Baltimore's
	}
	if f.Type == facts.Place {
		if rest := afterKnownName(f.Key); rest != "" {
			keys = append(keys, rest) // "the White House Rose Garden" is the "Rose Garden"
		}
	}
	if first, rest, ok := strings.Cut(f.Key, " "); ok && f.Type == facts.Organization && rest != "" && !strings.Contains(rest, " ") &&
		lex.Organizations.Has(first) && !lex.OrgWords.Has(rest) {
		keys = append(keys, first) // "Tottenham Hotspur" is "Tottenham"; the "UN Security Council" is no "UN"
	}
	if f.Type == facts.Organization {
		// The initials of its words, and of every capitalised part of a word
		// joined by hyphens: "Paris Saint-Germain" is "PS" and "PSG".
		var initials, parts strings.Builder
		words := strings.Fields(f.Value) // already folded by the facts stage
		hyphened := strings.Contains(f.Value, "-")
		var named []string // the words that name it, lower case
		for _, w := range words {
			if w != "of" && w != "for" && w != "the" && w != "and" {
				initials.WriteString(strings.ToLower(w[:1]))
				named = append(named, strings.ToLower(w))
				for part := range strings.SplitSeq(w, "-") {
					if hyphened && segment.StartsUpper(part) { // built only where it may differ
						parts.WriteString(strings.ToLower(part[:1]))
					}
				}
			}
		}
		if len(words) > 1 {
			keys = append(keys, initials.String())
			if hyphened && parts.String() != initials.String() {
				keys = append(keys, parts.String())
			}
		}
		if len(words) == 1 && len(capitals(words[0])) > 1 {
			keys = append(keys, strings.ToLower(capitals(words[0]))) // "GlaxoSmithKline" is "GSK"
		}
		if len(named) > 1 {
			slices.Sort(named)
			keys = append(keys, wordsKeyMark+strings.Join(named, " "))
		}
		if party := withoutPeople(words); len(party) == 2 && strings.EqualFold(party[1], "party") {
			// "the Labour Party" is "Labour", and "the Democratic Party" the
			// "Democrats"; "the Scottish Green Party" the "Greens".
			keys = append(keys, partyMembers(strings.ToLower(party[0])), strings.ToLower(party[0]))
		}
		for _, short := range shortNames(f) {
			keys = append(keys, strings.ToLower(short))
		}
	}
	if f.Type == facts.Person {
		if particle, ok := particleBeforeSurname(f.Value); ok {
			keys = append(keys, particle+f.Key) // "Badr al-Busaidi" is the "Badr Albusaidi" of another spelling
		}
	}
	return keys
}

// afterKnownName returns the words of key, a place's name keyed in lower case
// with single spaces, after the known place or body of one or two words that
// opens it, two words at least: "rose garden" of "white house rose garden",
// "heathrow airport" of "london heathrow airport"; "" when no known name
// opens it. Most names are of a word or two, and read without a copy.
func afterKnownName(key string) string {
	if strings.Count(key, " ") < 2 {
		return ""
	}
	end := -1 // the space after the first words
	for range 2 {
		next := strings.IndexByte(key[end+1:], ' ')
		if next < 0 {
			return ""
		}
		end += 1 + next
		if rest := key[end+1:]; strings.Contains(rest, " ") && (lex.Places.Has(key[:end]) || lex.Organizations.Has(key[:end])) {
			return rest
		}
	}
	return ""
}

// sameSite reports whether two names are one site's, one with its domain and
// one without: "Downdetector.com" / "Downdetector".
func sameSite(a, b string) bool {
	name := func(s string) string {
		if site := segment.SiteName(s); site != "" {
			return strings.ToLower(site)
		}
		return strings.ToLower(s)
	}
	return (segment.IsDomain(a) || segment.IsDomain(b)) && name(a) == name(b)
}

// capitals returns the capital letters of a word that joins capitalised words
// ("GSK" of "GlaxoSmithKline"), or "" for one with a single capital or in
// capitals throughout.
func capitals(w string) string {
	var b strings.Builder
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(r)
		case unicode.IsLower(r):
			lower = true
		}
	}
	if !lower || b.Len() < 2 {
		return ""
	}
	return b.String()
}

// wordsKeyMark opens the key of an organisation's words in any order, which is
// no other key.
const wordsKeyMark = "\x00"

// shortNames returns the names a company or a market index goes by in a story
// besides its full one: "Cypress Semiconductor Corp." is "Cypress
// Semiconductor", "Infineon Technologies AG" the "Infineon" of the story, and
// the "Dow Jones Industrial Average" the "Dow Jones" or the "Dow"; an
// international airport goes by the name before its kind: "Keflavik
// International Airport" is the "Keflavik airport" of another report, and
// "Los Angeles International Airport" its "Los Angeles airport". A body goes
// by its name without its owner's ("Geert Wilders' Party for Freedom"), its
// country ("the Civil Aviation Authority of Nepal"), its country's adjective
// ("the Swiss Institute for ...") or the word for its kind (kindSuffixes). A
// place named with the transport that serves it goes by its name alone
// ("Hainault Underground"), and a structure named for a person by the
// surname ("Francis Scott Key Bridge"). Other entities have none.
func shortNames(f facts.Fact) []string {
	words := strings.Fields(f.Value)
	n := len(words)
	if short := facts.VenueName(f.Value); f.Type == facts.Place && short != "" {
		if k := strings.LastIndexByte(short, ' '); k > 0 && venueRanks[strings.ToLower(short[k+1:])] {
			return []string{short[:k]}
		}
	}
	if f.Type == facts.Place && n > 2 && namedStructures[strings.ToLower(words[n-1])] {
		// "the Francis Scott Key Bridge" is the "Key Bridge" of another
		// report: a structure named for a person goes by the surname.
		return []string{words[n-2] + " " + words[n-1]}
	}
	if f.Type == facts.Place && n > 1 && transitWords[strings.ToLower(words[n-1])] {
		// "Hainault Underground" (station) is the "Hainault subway station"
		// of another report.
		return []string{strings.Join(words[:n-1], " ")}
	}
	if _, owned, ok := strings.Cut(f.Value, "' "); ok && f.Type == facts.Organization && len(strings.Fields(owned)) > 1 {
		// "Geert Wilders' Party for Freedom" is the "Party for Freedom" of
		// another report.
		return []string{owned}
	}
	if f.Type != facts.Organization || n < 2 {
		return nil
	}
	if _, owner, ok := strings.Cut(f.Value, " of the "); ok && len(strings.Fields(owner)) > 1 {
		// "the International Committee of the Red Cross" is the "Red Cross"
		// of another report.
		return []string{owner}
	}
	if body, country, ok := strings.Cut(f.Value, " of "); ok && strings.Contains(body, " ") && lexicon.DemonymOf(strings.ToLower(country)) != "" {
		// "the Civil Aviation Authority of Nepal" is the "Civil Aviation
		// Authority" of a report from Nepal.
		return []string{body}
	}
	if first := strings.ToLower(words[0]); n > 2 && (lexicon.PlaceOf(first) != "" || lex.Places.Has(first) && strings.ContainsFunc(words[0], unicode.IsLower)) {
		// "the Swiss Institute for Snow and Avalanche Research" is the
		// "Institute for Snow and Avalanche Research" of another report, and
		// the "Florida National Guard" its "National Guard".
		return []string{strings.Join(words[1:], " ")}
	}
	switch last := strings.ToLower(strings.TrimSuffix(words[n-1], ".")); {
	case n == 2 && (last == "city" || last == "united"):
		return []string{words[0]} // "Birmingham City", a club, is the "Birmingham" of a transfer's story
	case n == 2 && facts.OpensClubName(words[0]):
		return []string{words[0], words[1]} // "Borussia Dortmund" is "Dortmund", "Bayern Munich" "Bayern"
	case kindSuffixes[last]:
		out := []string{strings.Join(words[:n-1], " ")}
		if n > 2 && len(words[0]) >= 4 {
			out = append(out, words[0])
		}
		return out
	case indexWords[last]:
		out := []string{words[0]}
		for k := 2; k < n; k++ {
			out = append(out, strings.Join(words[:k], " "))
		}
		return out
	}
	return nil
}

// transitWords end the name of a place by the transport that serves it.
var transitWords = map[string]bool{"underground": true, "tube": true, "metro": true, "subway": true}

// namedStructures are the kinds of structure named for a person in full.
var namedStructures = map[string]bool{"bridge": true, "tunnel": true, "dam": true, "highway": true, "expressway": true, "causeway": true}

// venueRanks stand between a venue's name and its kind: "Keflavik
// International Airport", "Kansas City National Airport".
var venueRanks = map[string]bool{"international": true, "national": true, "regional": true, "municipal": true}

// indexWords end the names of market indexes.
var indexWords = map[string]bool{"average": true, "composite": true, "index": true}

// kindSuffixes end the names of companies and of some bodies with the word
// for their kind, which reports also leave off: "SoftBank Group" is the
// "SoftBank" of another report, "Harvard University" its "Harvard", "Ford
// Motor" its "Ford" and "the Treasury Department" its "Treasury".
var kindSuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "llc": true, "plc": true, "ag": true,
	"gmbh": true, "sa": true, "nv": true, "bv": true, "spa": true, "ltd": true, "limited": true,
	"group": true, "holdings": true, "university": true, "department": true, "motor": true}

// withoutPeople returns words without the word for a people that opens them
// ahead of two more ("Scottish" in "Scottish Green Party").
func withoutPeople(words []string) []string {
	if len(words) == 3 && lexicon.PlaceOf(strings.ToLower(words[0])) != "" {
		return words[1:]
	}
	return words
}

// partyMembers returns what a party's members are called together, by which
// reports name the party ("the Socialist Party" and "the Socialists", "the
// Democratic Party" and "the Democrats").
func partyMembers(adjective string) string {
	if strings.HasSuffix(adjective, "ic") {
		return strings.TrimSuffix(adjective, "ic") + "s"
	}
	return adjective + "s"
}

// orgAliases are organisations that go by a name with none of their words,
// and the words of their names in full, sorted (see wordsKeyMark).
var orgAliases = map[string]string{"pentagon": "defense department", "dod": "defense department",
	"doj": "department justice", "dhs": "department homeland security", "scotus": "court supreme",
	"fed": "federal reserve", "f1": "formula one",
	// Competitions by the names they had before ("won a 15th European Cup" /
	// "a 15th Champions League title").
	"european cup": "champions league",
	// Football clubs by the nicknames reports call them by.
	"gunners": "arsenal", "spurs": "tottenham", "red devils": "manchester united", "hammers": "ham west",
	"villans": "aston villa", "toffees": "everton", "magpies": "newcastle", "foxes": "city leicester"}

// partyNicknames are the names parties go by, keyed to their members' word,
// which their full names are also keyed by ("the Conservative Party" by
// "conservatives").
var partyNicknames = map[string]string{"tories": "conservatives", "tory": "conservatives", "tory party": "conservatives"}

var placeAliases = map[string]string{"united states": "us", "usa": "us", "united kingdom": "uk", "britain": "uk",
	// A city's name in its own language and in an older spelling; a city and
	// its district.
	"kiev": "kyiv", "odessa": "odesa", "kharkov": "kharkiv", "lvov": "lviv", "bombay": "mumbai", "calcutta": "kolkata",
	"madras": "chennai", "peking": "beijing", "canton": "guangzhou", "rangoon": "yangon", "burma": "myanmar",
	"ivory coast": "cote d'ivoire", "czechia": "czech republic", "turkiye": "turkey", "holland": "netherlands",
	"new york city": "new york", "district of columbia": "washington", "mideast": "middle east",
	"democratic republic of congo": "congo", "democratic republic of the congo": "congo", "drc": "congo",
	// European cities by their own names and by their English ones.
	"sevilla": "seville", "napoli": "naples", "firenze": "florence", "venezia": "venice", "milano": "milan",
	"roma": "rome", "torino": "turin", "munchen": "munich", "koln": "cologne", "lisboa": "lisbon",
	"bruxelles": "brussels", "praha": "prague", "warszawa": "warsaw", "moskva": "moscow", "kobenhavn": "copenhagen",
	"den haag": "hague", "athina": "athens", "wien": "vienna", "geneve": "geneva"}

// find returns the entity that one of keys already names, or for a person a
// surname spelled nearly the same way (and with the same initial), or -1.
func (es *entities) find(keys []string, f facts.Fact) int {
	for _, k := range keys {
		if e, ok := es.byKey[k]; ok {
			return e
		}
	}
	if f.Type != facts.Person || len(f.Key) < minNearMiss {
		return -1
	}
	for _, k := range es.surnames {
		if k.key[0] == f.Key[0] && (spelling.Close(k.key, f.Key, 0.92) || spelling.SameRomanised(k.key, f.Key)) {
			return k.entity
		}
	}
	return -1
}

// minNearMiss is the fewest letters of a key spelled nearly the same as
// another for the two to be one person: shorter names differ in a letter
// too often ("Li" / "Lu").
const minNearMiss = 5

// spellingVariant reports one entity written two ways: l and r, the fullest name
// on each side, whose names read as the words lw and rw (see nameWords), have as
// many words, and they differ by spelling ("Sergie Lavrov" / "Sergei Lavrov"),
// not only by punctuation ("al Assad" / "al-Assad").
func spellingVariant(l, r facts.Fact, lw, rw []string) (Difference, bool) {
	if len(lw) != len(rw) {
		lw, rw = withParticlesJoined(lw), withParticlesJoined(rw) // "Badr Albusaidi" / "Badr al-Busaidi"
	}
	if len(lw) != len(rw) || slices.EqualFunc(lw, rw, sameNameWord) || sameSite(l.Text, r.Text) {
		return Difference{}, false
	}
	threshold := minSpellingSimilarity
	if l.Type == facts.Person && len(lw) > 1 && lw[len(lw)-1] == rw[len(rw)-1] && differing(lw, rw) == 1 {
		threshold = minFirstNameSimilarity // "Staffan de Mistura" / "Stefan de Mistura"
	}
	for k := range lw {
		if lw[k] != rw[k] && spelling.WithoutAccents(lw[k]) != spelling.WithoutAccents(rw[k]) && !spelling.Close(lw[k], rw[k], threshold) &&
			!spelling.SameRomanised(lw[k], rw[k]) {
			return Difference{}, false
		}
	}
	return Difference{
		Kind: Fact, LeftText: l.Text, RightText: r.Text,
		Left: Span{l.Start, l.End}, Right: Span{r.Start, r.End}, Alignment: -1,
		Summary: withQuoted("The articles spell the "+l.Type.String()+" differently: ", l.Text, " and ", r.Text, "."),
		Fact:    &FactDetail{Type: l.Type, Relation: SpellingVariant, LeftValue: l.Value, RightValue: r.Value},
	}, true
}

// withParticlesJoined returns the words of a name with each particle
// written onto the word after it, as some spellings of the name write it:
// "al", "busaidi" as "albusaidi".
func withParticlesJoined(words []string) []string {
	if !slices.ContainsFunc(words[:max(0, len(words)-1)], func(w string) bool { return nameParticles[w] }) {
		return words
	}
	out := make([]string, 0, len(words))
	for k := 0; k < len(words); {
		word, after, next := particleJoinedAt(words, k)
		out, k = append(out, word+after), next
	}
	return out
}

// particleBeforeSurname returns the particle, in lower case, that stands
// before the last word of a person's name of three words or more ("al" of
// "Badr al-Busaidi"), and whether there is one.
func particleBeforeSurname(name string) (string, bool) {
	end := strings.LastIndexAny(name, " -")
	if end < 0 {
		return "", false
	}
	start := strings.LastIndexAny(name[:end], " -") + 1
	if start == 0 {
		return "", false // a name of two words: its first is no particle
	}
	p := strings.ToLower(name[start:end])
	return p, nameParticles[p]
}

// particleApart reports whether two names differ only in a particle
// written apart or onto the word after: "Badr al-Busaidi" / "Badr Albusaidi".
func particleApart(a, b []string) bool {
	if len(a) == len(b) {
		return false
	}
	// Asked of every pair of names an edit puts one for the other: read in
	// place, without the copies withParticlesJoined makes.
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		a1, a2, ni := particleJoinedAt(a, i)
		b1, b2, nj := particleJoinedAt(b, j)
		if !concatEqual(a1, a2, b1, b2) {
			return false
		}
		i, j = ni, nj
	}
	return i == len(a) && j == len(b)
}

// particleJoinedAt returns the word of words at i and, when it is a particle
// before another, that other, and the index after them.
func particleJoinedAt(words []string, i int) (string, string, int) {
	if nameParticles[words[i]] && i+1 < len(words) {
		return words[i], words[i+1], i + 2
	}
	return words[i], "", i + 1
}

// concatEqual reports whether a1+a2 equals b1+b2, read in place.
func concatEqual(a1, a2, b1, b2 string) bool {
	if len(a1)+len(a2) != len(b1)+len(b2) {
		return false
	}
	if len(a1) > len(b1) {
		a1, a2, b1, b2 = b1, b2, a1, a2
	}
	n := len(b1) - len(a1) // how far b1 reaches into a2
	return b1[:len(a1)] == a1 && a2[:n] == b1[len(a1):] && a2[n:] == b2
}

// nameParticles open a part of a name that some write apart and some onto
// the word after: "al-Busaidi" and "Albusaidi", "Mac Allister" and
// "MacAllister".
var nameParticles = map[string]bool{"al": true, "el": true, "ul": true, "bin": true, "ibn": true, "abu": true, "abd": true,
	"de": true, "di": true, "da": true, "du": true, "del": true, "van": true, "von": true, "le": true, "la": true, "mac": true, "mc": true}

// spelledTwoWays returns the difference of the name lk of left and rk of
// right when they are one name spelled two ways (see spellingVariant) and
// neither article writes the other's spelling of it (see writesOtherSpelling).
func spelledTwoWays(left, right Side, lk, rk factRef) (Difference, bool) {
	lw, rw := left.nameWords[lk], right.nameWords[rk]
	d, ok := spellingVariant(left.Facts[lk], right.Facts[rk], lw, rw)
	return d, ok && !writesOtherSpelling(left.names, lw, rw) && !writesOtherSpelling(right.names, rw, lw)
}

// respeltWords reports whether the words of two names of one length that
// differ are each alike by minRespelledInPlace: a letter added or changed
// ("Wad al-Noura" / "Wad al-Nourah", 0.98), not a word's end rewritten
// ("Foundem" / "Foundit", 0.89; "Walker" / "Walters").
func respeltWords(a, b []string) bool {
	if len(a) != len(b) {
		a, b = withParticlesJoined(a), withParticlesJoined(b) // "al-Busaidi" / "Albusaidi"
	}
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] && spelling.Similarity(a[k], b[k]) < minRespelledInPlace {
			return false
		}
	}
	return true
}

// minRespelledInPlace is the least similarity of each word at which a name
// put in another's place is that name spelled another way (see respeltWords).
const minRespelledInPlace = 0.93

// writesOtherSpelling reports whether an article whose capitalised words are
// names and whose name is own writes a word of other's where own differs: an
// article that names both "Britain" and "Brittany" names two places, not one
// spelled two ways.
func writesOtherSpelling(names wordSet, own, other []string) bool {
	for k := range own {
		if own[k] == other[k] || spelling.WithoutAccents(own[k]) == spelling.WithoutAccents(other[k]) {
			continue // "Orban" and "Orbán" in one article are one name still
		}
		if names[other[k]] {
			return true
		}
	}
	return false
}

// sameNameWord reports whether two words of a name are one: the same, one
// the other's plural ("Explorer SUVs" and "Explorers" name one model), or a
// word and its abbreviation ("Federal Deposit Insurance Corp." and "...
// Corporation").
func sameNameWord(a, b string) bool {
	return a == b || a+"s" == b || b+"s" == a || nameAbbreviations[a] == b || nameAbbreviations[b] == a
}

// nameAbbreviations are the words of names written short, folded as
// nameWords folds them.
var nameAbbreviations = map[string]string{"corp": "corporation", "co": "company", "inc": "incorporated", "ltd": "limited",
	"intl": "international", "dept": "department", "assn": "association", "univ": "university", "bros": "brothers"}

// wordCount counts the words of a name as nameWords splits it, without building them.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sep := r == ' ' || r == '-'
		if !sep && !in {
			n++
		}
		in = !sep
	}
	return n
}

func nameWords(s string) []string {
	s = nameSeparators.Replace(strings.ToLower(segment.Fold(s)))
	return strings.Fields(s)
}

// nameSeparators turns the hyphens and dots inside a name into its word breaks:
// "al-Assad" and "al Assad", "U.S." and "US" become one.
var nameSeparators = strings.NewReplacer("-", " ", ".", "")
