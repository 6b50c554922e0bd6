package facts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// Extractor finds facts. It holds only read-only word lists, so one Extractor may
// serve many goroutines.
type Extractor struct {
	lex *lexicon.Lexicon
}

// New returns an Extractor that uses lex.
func New(lex *lexicon.Lexicon) *Extractor {
	return &Extractor{lex: lex}
}

// Extract returns the facts of doc in reading order. published is the article's
// publication time, or zero when unknown; then the first full date written in the
// article ("date 2016-05-17") serves to resolve relative dates, if there is one.
func (x *Extractor) Extract(doc segment.Document, published time.Time) []Fact {
	ref := published
	if ref.IsZero() {
		ref = x.writtenDate(doc)
	}
	ctx := context{caps: capitalisedMidSentence(doc), lower: lowerCaseWords(doc)}
	var out []Fact
	var lastDay When // the last day the story named, a day of the week at least
	for k, s := range doc.Sentences {
		if segment.IsFurniture(s) {
			continue // a link, a share count, a byline, a footer
		}
		credits := []byteRange{datelineCredit(s.Tokens), photoCredit(s.Tokens)}
		for _, f := range x.sentenceFacts(s.Tokens, ref, ctx) {
			f.Filer = f.Type.IsEntity() && (credits[0].holds(f) || credits[1].holds(f))
			inDateline := credits[0].start > s.Start && f.End <= credits[0].start
			if f.Type.IsEntity() && inDateline {
				// Where the story was filed, all places, the city in capitals:
				// "MUNICH (Bloomberg) -", "NEW ORLEANS (AP) -", "ALLEN, Texas (AP)
				// -", "DUBAI/LONDON, April 2 (Reuters) -".
				f.Type = Place
				f.Key = entityKey(Place, f.Value)
				f.Dateline = true
			}
			f.Dateline = f.Dateline || f.Type == Date && (inDateline || dateAlone(s.Tokens, f)) // "BLANTYRE, Feb 8 (Reuters) -": when it was filed
			f.Sentence = k
			f.Text = doc.Text[f.Start:f.End]
			if n := len(out); n > 0 && out[n-1].Sentence == k && IsAlias(doc.Text, out[n-1], f) {
				f.Type, f.Key = out[n-1].Type, entityKey(out[n-1].Type, f.Value) // "the Nationalist Party, or Kuomintang"
			}
			switch {
			case f.Type == Date && f.Shift != 0 && lastDay.DayOfWeek() > 0:
				// "declared mpox an emergency on Wednesday ... A day earlier,":
				// Tuesday.
				f.When = shiftedDay(lastDay, f.Shift)
				f.Value, f.Resolved = isoValue(f.When), f.When.Day > 0
				lastDay = f.When
			case f.Type == Date && !f.Dateline && f.When.DayOfWeek() > 0:
				lastDay = f.When
			}
			out = append(out, f)
		}
	}
	kindListed(doc.Text, out)
	x.bodiesNamedAgain(out)
	unitsAcrossMoves(doc.Text, out)
	return out
}

// bodiesNamedAgain types as an organisation the persons that bear the name
// of one the article types as an organisation where words around it say so,
// or that name with a word or two more but no title: "Shares of Live Nation
// fell" makes a company of "Live Nation confirmed" and "Live Nation
// Entertainment said", which no words around them type, while "Nippon Steel
// President Takahiro Mori" is a person still. A name of one word stays a
// person's where the article names a person of that surname ("Ford" for
// Harrison Ford).
func (x *Extractor) bodiesNamedAgain(facts []Fact) {
	var bodies map[string]bool
	for _, f := range facts {
		if f.Type == Organization {
			if bodies == nil {
				bodies = make(map[string]bool)
			}
			bodies[f.Value] = true
		}
	}
	if bodies == nil {
		return
	}
	var surnames map[string]bool // of persons named in full, read once where needed
	for k, f := range facts {
		if f.Type != Person || !x.bodyNamed(f.Value, bodies) {
			continue
		}
		if !strings.Contains(f.Value, " ") {
			if surnames == nil {
				surnames = surnamesOf(facts)
			}
			if surnames[f.Value] {
				continue
			}
		}
		facts[k].Type, facts[k].Key = Organization, entityKey(Organization, f.Value)
	}
}

// surnamesOf returns the last words of the persons of facts named by more
// than one word: "Rappaport" of "Assaf Rappaport".
func surnamesOf(facts []Fact) map[string]bool {
	out := make(map[string]bool)
	for _, f := range facts {
		if i := strings.LastIndexByte(f.Value, ' '); f.Type == Person && i > 0 {
			out[f.Value[i+1:]] = true
		}
	}
	return out
}

// maxBodyNameTail is the most words a body's name may run on by.
const maxBodyNameTail = 2

// bodyNamed reports whether name is one of bodies, or one followed by at
// most maxBodyNameTail words, none of them a title. Each word boundary of
// name is looked up once: a long article names many bodies.
func (x *Extractor) bodyNamed(name string, bodies map[string]bool) bool {
	if bodies[name] {
		return true
	}
	for i := len(name) - 1; i > 0; i-- {
		if name[i] != ' ' || !bodies[name[:i]] {
			continue
		}
		tail, words := name[i+1:], 0
		for tail != "" {
			var w string
			w, tail, _ = strings.Cut(tail, " ")
			if words++; words > maxBodyNameTail || x.lex.Titles.Has(w) {
				return false
			}
		}
		return true
	}
	return false
}

// unitsAcrossMoves gives a bare number the unit of the number it moved to
// or from, the two joined by "from" or "to": "fell to 26 seats from 37",
// "rose from 37 to 48 seats" count seats both.
func unitsAcrossMoves(text string, facts []Fact) {
	for k := 1; k < len(facts); k++ {
		a, b := &facts[k-1], &facts[k]
		if a.Type != Number || b.Type != Number || (a.Unit == "") == (b.Unit == "") || !JoinedBy(text, *a, *b, maxMoveGap, " from ", " to ") {
			continue
		}
		between := text[a.End:b.Start]
		if a.Unit == "" && strings.HasSuffix(between, " to ") {
			a.Unit = b.Unit // "from 37 to 48 seats"
		} else if rest, ok := strings.CutSuffix(between, " from "); ok && b.Unit == "" && (rest == "" || strings.HasSuffix(rest, a.Unit) && strings.HasSuffix(rest[:len(rest)-len(a.Unit)], " ")) {
			b.Unit = a.Unit // "to 26 seats from 37"
		}
	}
}

// maxMoveGap is the most bytes between two numbers unitsAcrossMoves reads:
// a unit's word or two and "from" or "to".
const maxMoveGap = 24

// JoinedBy reports whether facts a and b of one sentence of text follow each
// other within maxGap bytes, with words between them and no punctuation,
// the last of them one of joiners: "28 children and 40 adults" by " and ",
// "to 26 seats from 37" by " from ".
func JoinedBy(text string, a, b Fact, maxGap int, joiners ...string) bool {
	if a.Sentence != b.Sentence || b.Start <= a.End || b.Start-a.End > maxGap {
		return false
	}
	between := text[a.End:b.Start]
	return !strings.ContainsAny(between, ".,;") && slices.ContainsFunc(joiners, func(j string) bool { return strings.HasSuffix(between, j) })
}

// IsAlias reports whether entity g, after entity f in text, is f named
// another way, set off after ", or" ("the Nationalist Party, or Kuomintang,")
// or its initials in brackets ("the National Electoral Institute (INE)").
func IsAlias(text string, f, g Fact) bool {
	if !f.Type.IsEntity() || !g.Type.IsEntity() || f.End > g.Start {
		return false
	}
	if text[f.End:g.Start] == " (" {
		// "the National Electoral Institute (INE)": the letters it goes by
		// "NEW ORLEANS (AP)": where a story was filed, and by whom
		return g.End < len(text) && text[g.End] == ')' && segment.IsAcronym(g.Value) && !strings.Contains(f.Value, g.Value) && !f.Dateline && !g.Filer
	}
	return text[f.End:g.Start] == ", or " && (g.End == len(text) || text[g.End] == ',' || text[g.End] == '.' || text[g.End] == ')')
}

// givenInitials reports whether t is initials with their full stops that
// open a name ("J.P." of "J.P. Morgan", "H.W." of "George H.W. Bush"), not a
// place's or a body's letters ("U.S.", "U.N.").
func (x *Extractor) givenInitials(t segment.Token) bool {
	if n := dottedInitials(t.Text); n == 0 || 2*n != len(t.Text) {
		return false
	}
	bare := strings.ReplaceAll(t.Lower, ".", "")
	return !x.lex.Places.Has(t.Lower) && !x.lex.Places.Has(bare) && !x.lex.Organizations.Has(t.Lower) && !x.lex.Organizations.Has(bare) &&
		!x.lex.Outlets.Has(bare) && !x.lex.Outlets.Has(t.Lower)
}

// kindListed types the persons of one word in lists of three names or more,
// each after a comma or "and", as the places or the organisations the list
// else holds: no one's name stands in a list of places ("diverted to
// Gatwick, Paris and Shannon", "in Madrid, Andalusia and Extremadura") or
// of companies ("apps including Snapchat, Fortnite and Venmo"). A surname
// of a person the article names in full is a person's still ("run by
// Amazon, Microsoft and Oracle, Rappaport wrote").
func kindListed(text string, facts []Fact) {
	var surnames map[string]bool // of persons named in full, read once where needed
	for i := 0; i < len(facts); {
		j := i + 1
		for j < len(facts) && facts[j].Sentence == facts[i].Sentence && listedAfter(text, facts[j-1], facts[j]) {
			j++
			if closesList(text, facts[j-2], facts[j-1]) {
				break // "Camry, RAV4 and Highlander, U.S. regulators said": the list ends at its "and"
			}
		}
		if list := facts[i:j]; len(list) >= 3 {
			if kind, ok := listKind(list); ok {
				if surnames == nil {
					surnames = surnamesOf(facts)
				}
				for k := range list {
					if list[k].Type == Person && !surnames[list[k].Value] {
						list[k].Type, list[k].Key = kind, entityKey(kind, list[k].Value)
					}
				}
			}
		}
		i = j
	}
}

// listKind returns the one kind of name besides persons that list holds,
// places or organisations, when its persons are each named by one word.
func listKind(list []Fact) (Type, bool) {
	var kind Type
	found := false
	for _, f := range list {
		switch {
		case f.Type == Person:
			if strings.ContainsAny(f.Value, " -") {
				return kind, false
			}
		case f.Type != Place && f.Type != Organization || found && f.Type != kind:
			return kind, false
		default:
			kind, found = f.Type, true
		}
	}
	return kind, found
}

// listedAfter reports whether entity g follows entity f in a list: after a
// comma, "and" or both.
func listedAfter(text string, f, g Fact) bool {
	if !f.Type.IsEntity() || !g.Type.IsEntity() || f.End > g.Start {
		return false
	}
	switch text[f.End:g.Start] {
	case ", ", " and ", ", and ":
		return true
	}
	return false
}

// closesList reports whether g, listed after f, is joined to it by "and": the
// last of the list.
func closesList(text string, f, g Fact) bool {
	between := text[f.End:g.Start]
	return between == " and " || between == ", and "
}

// sentenceFacts scans one sentence's tokens, trying a date, then a number, then a
// name at each position.
func (x *Extractor) sentenceFacts(toks []segment.Token, ref time.Time, ctx context) []Fact {
	var out []Fact
	for i := segment.ListMarkerEnd(toks); i < len(toks); { // "2. Officials said": the item's number is no figure
		if f, next, ok := x.clockDuration(toks, i); ok {
			out = append(out, f)
			i = next
			continue
		}
		if n := clockTime(toks, i); n > 0 {
			// "10:30 a.m.": a time of day, not two numbers. One given to the
			// minute is a fact of its own; "0814 GMT" is when a wire story
			// moved.
			next := i + n
			if f, ok := x.timeOfDay(toks, i, n); ok {
				f, next = zoned(f, toks, next)
				out = append(out, f)
			} else if f, ok := x.convertedTime(out, toks, i); ok {
				f, next = zoned(f, toks, i+1)
				out = append(out, f)
			}
			i = next
			continue
		}
		if f, ok := x.dottedTime(toks, i); ok {
			f, i = zoned(f, toks, i+2)
			out = append(out, f)
			continue
		}
		if n := x.monthsOfQuarter(toks, i); n > 0 {
			// "the April-June quarter": a company's quarter, which the other
			// report may number ("second-quarter", and for a fiscal year that
			// starts in April "first-quarter"), not two dates.
			i += n
			continue
		}
		if f, next, ok := x.date(toks, i, ref); ok {
			out = append(out, f)
			i = next
			continue
		}
		if f, next, ok := x.number(toks, i); ok {
			if f.Unit == "time" {
				f, next = zoned(f, toks, next) // "8 a.m. ET"
			}
			first := i // the fact's first token: its hedge's, "(nearly 40 square miles)"
			for first > 0 && toks[first-1].Start >= f.Start {
				first--
			}
			f.Restated = restates(out, toks, first)
			if f.Restated && f.Hedge == "" {
				f.Hedge = out[len(out)-1].Hedge // "about 24 miles (39 km)": the conversion is as rough as the measure
			}
			if h := boundAfter(toks, next); h != "" && f.Hedge == "" {
				f.Hedge, f.End, next = h, toks[next+1].End, next+2 // "aged 60 and older": 60 at least
			}
			if f.Unit == "" && next+1 < len(toks) && copulas[toks[next].Lower] && casualtyStates[toks[next+1].Lower] {
				f.Unit = toks[next+1].Lower // "and 47 were missing": 47 missing
			}
			if f.Unit == "" && !ReadsAsYear(f) && (next == len(toks) || toks[next].Kind == segment.Punct) && (i == 0 || !levelMarks[toks[i-1].Lower]) {
				f.Unit = countedBefore(out) // "came second with 25 seats, while the VVD won 24."
				if i > 0 && casualtyVerbs[toks[i-1].Lower] != "" {
					f.Unit = casualtyVerbs[toks[i-1].Lower] // "killing 38 people and injuring 72": 72 injured
				}
			}
			if k := len(out) - 1; k >= 0 {
				if joined, ok := joinedDuration(out[k], f, toks); ok {
					out[k] = joined // "two hours and 35 seconds": one length of time
					i = next
					continue
				}
			}
			out = append(out, f)
			i = next
			continue
		}
		if toks[i].Kind == segment.Word && segment.StartsUpper(toks[i].Text) && x.lex.StopWords.Has(toks[i].Lower) && !isAcronym(toks[i:i+1]) {
			i++ // "The", "On": a capital only because the sentence starts
			continue
		}
		if i+1 < len(toks) && segment.StartsUpper(toks[i].Text) && datePointers[toks[i].Lower] && x.namesDay(toks[i+1]) {
			i++ // "Last January, ...", "Next Monday": the day is read next, no one's name
			continue
		}
		if _, day := relativeDays[toks[i].Lower]; day && i > 0 && toks[i-1].Fold == "\"" && titleDay(toks, i) {
			i++ // NBC's "Today" show: a programme's title, neither a day nor anyone's name
			continue
		}
		if i >= 2 && toks[i-1].IsHyphen() && segment.Glued(toks, i) && segment.Glued(toks, i-1) && toks[i-2].InLowerCase() && hyphenPrefixes[toks[i-2].Lower] {
			i++ // "the anti-Islam Party for Freedom", "the pro-EU government": a name made an adjective
			continue
		}
		if end := codeEnd(toks, i); end > i {
			i = end // "its US-EAST-1 region": a code, naming no place
			continue
		}
		if toks[i].Kind == segment.Word && segment.StartsUpper(toks[i].Text) {
			j := x.ofTheBody(toks, i, x.acrossAnd(toks, i, nameRun(toks, i)))
			if j-i > 1 && isAcronym(toks[i:i+1]) && !isAcronym(toks[i+1:i+2]) && !x.isOrg(toks[i:j]) && !(j-i == 2 && outletOfTwo(x.lex.Outlets, toks[i], toks[i+1])) &&
				!x.givenInitials(toks[i]) {
				j = i + 1 // "UN Syria envoy": an acronym before another name; "USA Today" and "J.P. Morgan" are one
			}
			j = x.officerAfterBody(toks, i, j)
			j = x.beforeHome(toks, i, j)
			j = x.pluralOwner(toks, i, j)
			j = x.beforeMaker(toks, i, j)
			if f, ok := x.entity(toks, i, j, ctx); ok && !(f.Type == Person && productList(toks, i, j)) {
				out = append(out, f) // "the Camry, Corolla, Highlander and Sienna models": products, no one
			}
			i = j
			continue
		}
		i++
	}
	return out
}

// officerAfterBody returns where the name run toks[i:j] ends when an
// officer's title opens in it after the name of the body they serve ("Bank
// of England Governor Andrew Bailey", "People's Bank of China Governor Pan
// Gongsheng", "Federal Reserve Chair Jerome Powell"): the body and the
// officer are read one after the other, where the run was read as one
// body's name; j otherwise. The body's name ends in a word for a body, or
// holds one before "of". A company's officer ("General Motors CEO Mary
// Barra") is left to withoutPlaceOfTitle, which keeps the person only.
func (x *Extractor) officerAfterBody(toks []segment.Token, i, j int) int {
	for k := i + 2; k+1 < j && k-i <= maxTitledBody; k++ {
		if !x.lex.Titles.Has(toks[k].Lower) || !segment.StartsUpper(toks[k].Text) || jobTitles[toks[k].Lower] || nameJoiners[toks[k-1].Lower] {
			continue // "Ministry of Foreign Affairs": a body's name ends in no "of"
		}
		body := toks[i:k]
		of := slices.IndexFunc(body, func(t segment.Token) bool { return t.Lower == "of" })
		if x.lex.OrgWords.Has(trimPossessive(body[len(body)-1].Lower)) || of > 0 && x.lex.OrgWords.Has(trimPossessive(body[of-1].Lower)) {
			return k
		}
	}
	return j
}

// maxTitledBody is the most words of a body's name that officerAfterBody
// reads before a title: "People's Bank of China Governor".
const maxTitledBody = 5

// outletOfTwo reports whether words a and b name an outlet together ("USA
// Today"), joined on the stack: read at every acronym that opens a name.
func outletOfTwo(outlets lexicon.Set, a, b segment.Token) bool {
	var buf [48]byte
	if len(a.Lower)+1+len(b.Lower) > len(buf) {
		return false
	}
	return outlets[string(append(append(append(buf[:0], a.Lower...), ' '), b.Lower...))]
}

// datePointers point at a day or a month from the story's: "last January",
// "next Monday".
var datePointers = map[string]bool{"last": true, "next": true, "this": true, "early": true, "late": true}

// codeEnd returns the end of the code that opens at toks[i], a capitalised
// word glued by two hyphens or more to other parts, one of them a number
// ("US-EAST-1"), or i where none does.
func codeEnd(toks []segment.Token, i int) int {
	if toks[i].Kind != segment.Word || !segment.StartsUpper(toks[i].Text) {
		return i
	}
	j, hyphens, digits := i+1, 0, false
	for ; segment.Glued(toks, j); j++ {
		switch {
		case toks[j].IsHyphen():
			hyphens++
		case toks[j].Kind == segment.Number:
			digits = true
		}
	}
	if hyphens < 2 || !digits {
		return i
	}
	return j
}

// productList reports whether the name toks[i:j] is one of a list of names
// that comes before a noun of things made: "Camry, Corolla, Highlander and
// Sienna models". A list of two ("Toyota and Honda vehicles") may name their
// makers.
func productList(toks []segment.Token, i, j int) bool {
	name := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == segment.Word && segment.StartsUpper(toks[k].Text)
	}
	joiner := func(k int) bool { return toks[k].Text == "," || toks[k].Lower == "and" || toks[k].Lower == "or" }
	names := 1
	for k := i - 1; k > 0 && joiner(k) && name(k-1); {
		k-- // the last word of the name before
		for name(k - 1) {
			k--
		}
		names++
		k-- // the token before that name
	}
	for j+1 < len(toks) && joiner(j) && name(j+1) {
		j++ // the first word of the name after
		for name(j) {
			j++
		}
		names++
	}
	return names >= minProductList && j < len(toks) && productNouns[toks[j].Lower]
}

// minProductList is the fewest names a list before a noun of things made
// holds for them to be the things' names.
const minProductList = 3

// productNouns name things made, which the names before them are of.
var productNouns = map[string]bool{"models": true, "model": true, "vehicles": true, "cars": true, "trucks": true,
	"suvs": true, "phones": true, "smartphones": true, "devices": true, "laptops": true, "jets": true, "aircraft": true,
	"consoles": true, "tablets": true, "brands": true, "sedans": true}

// monthsOfQuarter returns how many tokens from toks[i] name a quarter or a
// half by its months ("April-June", "July to September") before "quarter",
// "period" or "half", or, joined by a hyphen, without ("shrank in
// July-September"); 0 for none.
func (x *Extractor) monthsOfQuarter(toks []segment.Token, i int) int {
	first := x.month(toks[i])
	if first == 0 || i+2 >= len(toks) { // the month, the word between, the month
		return 0
	}
	j := i + 1
	last := x.month(toks[j+1])
	if !(toks[j].IsHyphen() || toks[j].Lower == "to" || toks[j].Fold == "/") || last == 0 {
		return 0
	}
	if j+2 < len(toks) {
		switch toks[j+2].Lower {
		case "quarter", "period", "half":
			return 3
		}
	}
	if span := (last - first + 12) % 12; toks[j].IsHyphen() && (span == 2 || span == 5) {
		return 3
	}
	return 0
}

// copulas and casualtyStates make what a bare number before them counts:
// "47 were missing", "three are trapped".
var (
	copulas        = map[string]bool{"were": true, "are": true, "was": true, "is": true}
	casualtyStates = map[string]bool{"missing": true, "dead": true, "killed": true, "injured": true, "hurt": true,
		"wounded": true, "trapped": true}
)

// casualtyVerbs name what a bare number after them counts.
var casualtyVerbs = map[string]string{"injuring": "injured", "wounding": "wounded", "hurting": "injured", "killing": "killed"}

// levelMarks go before a level reached rather than a count: "rose 5 points
// to 20".
var levelMarks = map[string]bool{"to": true, "from": true, "at": true}

// countedBefore returns what the last number of facts, those of a sentence
// read so far, counts when it is a thing named in words ("seats", "people"),
// or "". A bare number that ends a clause counts the same: "killed 12 people
// and injured 5", "won 25 seats, while the VVD won 24".
func countedBefore(facts []Fact) string {
	for k := len(facts) - 1; k >= 0; k-- {
		if f := facts[k]; f.Type == Number {
			if countsThing(f.Unit) {
				return f.Unit
			}
			return ""
		}
	}
	return ""
}

// countsThing reports whether a number's unit is a thing counted in words,
// not a measure, share, amount of money, time, length of time, age or place
// in an order ("strongest earthquake in 25 years kills 9": 9 years no one).
func countsThing(unit string) bool {
	if unit == "" || strings.ContainsAny(unit, "%$€£¥ ") || unit == "time" || unit == "ordinal" || timeSpans[unit] {
		return false
	}
	return plural(unit) || singularCounts[unit]
}

// restates reports whether the number at toks[i] opens a bracket right after
// a measure, the last of facts: "10 km (6 miles)", "9 billion euros ($10.1
// billion)".
func restates(facts []Fact, toks []segment.Token, i int) bool {
	open := i - 1
	if i > 0 && isCurrency(toks[i-1].Text) {
		open-- // "($10.1 billion)": the number's sign stands before it
	}
	if open < 1 || toks[open].Text != "(" || len(facts) == 0 {
		return false
	}
	last, before := facts[len(facts)-1], toks[open-1]
	unitEnd := last.Unit[strings.LastIndexByte(last.Unit, ' ')+1:] // "hour" of "miles per hour"
	return last.Type == Number && last.Unit != "" && (last.End == before.End || before.Start >= last.End && before.Lower == unitEnd)
}

// clockTime returns how many tokens a time of day at toks[i] takes ("10:30",
// "10:30 a.m.", "0814 GMT"), or 0.
func clockTime(toks []segment.Token, i int) int {
	// "0814 GMT": a time written as four digits before its time zone.
	if i+1 < len(toks) && toks[i].Kind == segment.Number && len(toks[i].Text) == 4 && timeZones[toks[i+1].Lower] {
		return 2
	}
	if !colonJoined(toks, i) || len(toks[i+2].Text) != 2 {
		return 0
	}
	if i+3 < len(toks) && meridiems[toks[i+3].Lower] {
		return 4
	}
	return 3
}

// timeOfDay returns the time of day written as the n tokens at toks[i]
// ("6:04 p.m.", "18:04"), with its hedge, as a number whose value is the
// time on a 24-hour clock and whose unit is "time"; or false for a time
// written as four digits before its time zone.
func (x *Extractor) timeOfDay(toks []segment.Token, i, n int) (Fact, bool) {
	if n < 3 {
		return Fact{}, false
	}
	meridiem := ""
	if n == 4 {
		meridiem = toks[i+3].Lower
	}
	v, ok := clockValue(toks[i].Text, toks[i+2].Text, meridiem)
	if !ok {
		return Fact{}, false
	}
	return x.hedgedNumber(toks, i, i+n, v, "time"), true
}

// convertedTime returns the time of day written as four digits at toks[i]
// in brackets after a time it converts ("6:04 p.m. (1234 GMT)"), restating
// it; or false. Elsewhere four digits before a zone are when a wire story
// moved.
func (x *Extractor) convertedTime(facts []Fact, toks []segment.Token, i int) (Fact, bool) {
	if !restates(facts, toks, i) || facts[len(facts)-1].Unit != "time" {
		return Fact{}, false
	}
	text := toks[i].Text
	v, ok := clockValue(text[:2], text[2:], "")
	if !ok {
		return Fact{}, false
	}
	f := x.hedgedNumber(toks, i, i+1, v, "time")
	f.Restated = true
	return f, true
}

// dottedTime returns the time of day written with a full stop before its
// half of the day at toks[i] ("6.04pm", "11.30 a.m."), as timeOfDay
// does; or false.
func (x *Extractor) dottedTime(toks []segment.Token, i int) (Fact, bool) {
	if i+1 >= len(toks) || toks[i].Kind != segment.Number || !meridiems[toks[i+1].Lower] {
		return Fact{}, false
	}
	hour, minute, ok := strings.Cut(toks[i].Text, ".")
	if !ok || len(minute) != 2 {
		return Fact{}, false
	}
	v, ok := clockValue(hour, minute, toks[i+1].Lower)
	if !ok {
		return Fact{}, false
	}
	return x.hedgedNumber(toks, i, i+2, v, "time"), true
}

// clockValue returns the time of day written as hour and minute, with the
// half of the day meridiem names ("p.m.", "am"; "" for none), on a 24-hour
// clock ("18:04"); ok false when they are no time of day.
func clockValue(hour, minute, meridiem string) (string, bool) {
	h, err1 := strconv.Atoi(hour)
	m, err2 := strconv.Atoi(minute)
	if err1 != nil || err2 != nil || h > 24 || m > 59 {
		return "", false
	}
	if meridiem != "" && h >= 1 && h <= 12 {
		h %= 12 // "12:30 a.m." is 00:30
		if strings.HasPrefix(meridiem, "p") {
			h += 12
		}
	}
	return fmt.Sprintf("%02d:%02d", h, m), true
}

// meridiems say which half of the day an hour is in.
var meridiems = map[string]bool{"a.m.": true, "p.m.": true, "am": true, "pm": true}

// timeZones follow a time of day.
var timeZones = map[string]bool{"gmt": true, "utc": true, "et": true, "est": true, "edt": true, "pt": true,
	"pst": true, "pdt": true, "bst": true, "cet": true, "cest": true, "jst": true,
	"ct": true, "cst": true, "cdt": true, "mt": true, "mst": true, "mdt": true}

// zoneNames name a time zone in words before "time": "9:25 a.m. Eastern time".
var zoneNames = map[string]bool{"eastern": true, "central": true, "mountain": true, "pacific": true}

// zoneAt returns how many tokens at toks[j] name the time zone of the time of
// day before them ("CDT", "GMT", "Eastern time"), or 0.
func zoneAt(toks []segment.Token, j int) int {
	switch {
	case j < len(toks) && timeZones[toks[j].Lower]:
		return 1
	case j+1 < len(toks) && zoneNames[toks[j].Lower] && toks[j+1].Lower == "time":
		return 2
	}
	return 0
}

// zoned returns time of day f, which ends before toks[j], with the zone named
// at toks[j] if one is ("8:25 a.m. CDT" and "9:25 a.m. Eastern time" are one
// moment), and the index after it.
func zoned(f Fact, toks []segment.Token, j int) (Fact, int) {
	n := zoneAt(toks, j)
	if n > 0 {
		f.Zone, f.End = toks[j].Lower, toks[j+n-1].End
	}
	return f, j + n
}

// context is what the entity rules need to know about the whole article.
type context struct {
	caps  map[string]bool // words capitalised somewhere inside a sentence
	lower map[string]bool // words written in lower case somewhere
}

// lowerCaseWords returns the words the article writes in lower case: a word it
// also capitalises at a sentence start ("Envoys", "Fierce") is a common word there.
func lowerCaseWords(doc segment.Document) map[string]bool {
	// News prose has about one distinct word in three: sized so, the map
	// rarely grows.
	words := make(map[string]bool, tokenCount(doc)/3)
	for _, s := range doc.Sentences {
		for _, t := range s.Tokens {
			if t.Kind == segment.Word && !segment.StartsUpper(t.Text) {
				words[t.Lower] = true
			}
		}
	}
	return words
}

// namesDay reports whether t is a weekday or a month: "on Sunday" says when,
// and names no body.
func (x *Extractor) namesDay(t segment.Token) bool {
	return x.weekday(t) > 0 || x.month(t) > 0
}

// ofTheBody returns the end of a body's name that goes on with "of the" or
// "on" and another name: "the International Committee of the Red Cross", "the
// National Institute on Aging", where the name before ends in an
// organisation's word; j, the end of the run found, otherwise.
func (x *Extractor) ofTheBody(toks []segment.Token, i, j int) int {
	if j == i || j+1 >= len(toks) || !x.lex.OrgWords.Has(toks[j-1].Lower) && !geoHeads[toks[j-1].Lower] {
		return j // "the Democratic Republic of the Congo" goes on, as a body's name does
	}
	switch {
	case j+2 < len(toks) && toks[j].Lower == "of" && toks[j+1].Lower == "the" && segment.StartsUpper(toks[j+2].Text):
		return nameRun(toks, j+2)
	case toks[j].Lower == "on" && segment.StartsUpper(toks[j+1].Text) && !x.namesDay(toks[j+1]):
		return nameRun(toks, j+1) // not "Harvard University on Thursday"
	}
	return j
}

// pluralOwner returns where the name run toks[i:j] ends when a body or a
// place the lexicon knows, in a plural's possessive, opens it before another
// name ("Mercedes' George Russell"): the owner is read apart, and the name
// after it next; j otherwise ("Westminster Magistrates' Court" is one name).
func (x *Extractor) pluralOwner(toks []segment.Token, i, j int) int {
	for k := i + 1; k+1 < j; k++ {
		if !pluralApostrophe(toks, k) {
			continue
		}
		if owner := joinLower(toks[i:k]); x.lex.Organizations.Has(owner) || x.lex.Places.Has(owner) {
			return k
		}
	}
	return j
}

// beforeMaker returns where the name run toks[i:j] ends when a maker the
// lexicon knows closes it before its model's number or code ("an Air India
// Boeing 787-8", "a Delta Airbus A321"): the operator is read apart, and
// the maker next; j otherwise.
func (x *Extractor) beforeMaker(toks []segment.Token, i, j int) int {
	m := -1
	switch {
	case j < len(toks) && toks[j].Kind == segment.Number && toks[j].Start == toks[j-1].End+1:
		m = j - 1 // "Boeing 787-8"
	case j-2 > i && modelCode(toks[j-1].Text):
		m = j - 2 // "Airbus A321"
	}
	if m <= i || !x.lex.Organizations.Has(toks[m].Lower) {
		return j
	}
	return m
}

// beforeHome returns where the name toks[i:j] ends when it closes with "of"
// and the place or organisation a person belongs to: "Susan Collins of Maine"
// is a person and her state, "Maria Gonzalez of Barcelona University" a person
// and her university, while "Bank of England" and "University of Barcelona"
// are one name each, the word before "of" naming an organisation.
func (x *Extractor) beforeHome(toks []segment.Token, i, j int) int {
	for k := j - 2; k > i; k-- {
		if toks[k].Lower != "of" {
			continue
		}
		if x.lex.OrgWords.Has(toks[k-1].Lower) || geoHeads[toks[k-1].Lower] {
			return j // "Bank of England", "Port of Baltimore"
		}
		head, tail := toks[i:k], toks[k+1:j]
		if x.lex.Places.Has(joinWords(tail)) && !x.isOrg(toks[i:j]) || x.isOrg(tail) && !x.isOrg(head) {
			return k
		}
		if len(tail) >= 2 && x.isOrg(head) && !x.isOrg(tail) && !slices.ContainsFunc(tail, func(t segment.Token) bool { return x.lex.OrgWords.Has(t.Lower) || x.lex.Places.Has(t.Lower) }) {
			return k // "the Party for Freedom of Geert Wilders": a body, and the person it is of
		}
		return j
	}
	return j
}

// dateAlone reports whether the date f is all that its sentence toks says,
// but for punctuation and a word saying what the date stamps ("Dec 5, 2023",
// "Published: July 8, 2023"): the line gives the day the story was filed, as
// a dateline does, and no date of what it tells.
func dateAlone(toks []segment.Token, f Fact) bool {
	for _, t := range toks {
		if (t.Start < f.Start || t.End > f.End) && t.Kind != segment.Punct && !stampWords[t.Lower] {
			return false
		}
	}
	return true
}

// stampWords say what a date line stamps.
var stampWords = map[string]bool{"published": true, "updated": true, "posted": true, "last": true, "modified": true, "on": true}

// byteRange is a half-open range of article bytes.
type byteRange struct{ start, end int }

// datelineCredit returns the bytes of the agency in a dateline that opens the
// sentence ("LAUSANNE (AFP) -"); for a dateline that names none ("SEOUL, Dec 3
// -"), an empty range at its dash, where its place and date end; with no
// dateline, the empty range at 0.
func datelineCredit(toks []segment.Token) byteRange {
	d, ok := segment.Dateline(toks)
	switch {
	case !ok:
		return byteRange{}
	case d.Agency == d.Dash:
		return byteRange{toks[d.Dash].Start, toks[d.Dash].Start}
	}
	return byteRange{toks[d.Agency].Start, toks[d.AgencyEnd].End}
}

func (r byteRange) holds(f Fact) bool { return r.start < r.end && f.Start >= r.start && f.End <= r.end }

// photoCredit returns the bytes of a photo credit that ends the sentence, in
// brackets with a slash: "(AFP Photo/Fabrice Coffrini)", "(Reuters/John Doe)";
// or an empty range.
func photoCredit(toks []segment.Token) byteRange {
	end := len(toks) - 1
	for end >= 0 && toks[end].Kind == segment.Punct && toks[end].Text != ")" {
		end-- // a full stop after the bracket
	}
	if end < 3 || toks[end].Text != ")" {
		return byteRange{}
	}
	slash := false
	for k := end - 1; k >= 0 && end-k <= 8; k-- {
		switch toks[k].Text {
		case "/":
			slash = true
		case "(":
			if slash {
				return byteRange{toks[k].Start, toks[end].End}
			}
			return byteRange{}
		}
	}
	return byteRange{}
}

// maxDatingSentences is how far into an article, in sentences of its story
// (page furniture such as a publication stamp not counted), a full date may
// stand and still date it: a header, a dateline, a caption at its top. A date
// further on is what the story tells of ("Born ... on January 30, 1930").
const maxDatingSentences = 3

// writtenDate returns the first full date the article writes before its
// story has run maxDatingSentences sentences, or zero.
func (x *Extractor) writtenDate(doc segment.Document) time.Time {
	story := 0
	for _, s := range doc.Sentences {
		if !segment.IsFurniture(s) {
			if story == maxDatingSentences {
				break
			}
			story++
		}
		for i := range s.Tokens {
			f, _, ok := x.date(s.Tokens, i, time.Time{})
			if ok && f.When.Year > 0 && f.When.Month > 0 && f.When.Day > 0 {
				return time.Date(f.When.Year, time.Month(f.When.Month), f.When.Day, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	return time.Time{}
}

// capitalisedMidSentence returns the lower-cased words that appear capitalised
// somewhere other than at the start of a sentence: those are names even where a
// sentence starts with them.
func capitalisedMidSentence(doc segment.Document) map[string]bool {
	caps := make(map[string]bool, tokenCount(doc)/10)
	for _, s := range doc.Sentences {
		start := segment.ListMarkerEnd(s.Tokens)
		for i, t := range s.Tokens {
			if i > start && t.Kind == segment.Word && segment.StartsUpper(t.Text) && !isOpener(s.Tokens[i-1]) {
				caps[t.Lower] = true
			}
		}
	}
	return caps
}

func tokenCount(doc segment.Document) int {
	n := 0
	for _, s := range doc.Sentences {
		n += len(s.Tokens)
	}
	return n
}

// isOpener reports whether t opens a new stretch of text after which a capital
// says nothing (a quotation mark, a colon).
func isOpener(t segment.Token) bool {
	switch t.Fold {
	case "\"", "'", ":", "(", "-":
		return true
	}
	return false
}

// listedAfterName reports whether the name at toks[i] follows two others,
// each set off by a comma, as the names of a list of three or more do
// ("BlackRock, Fidelity, Invesco and Ark Investments"); one name and a comma
// may be a body's set off ("the FTC, Food and Drug Administration").
func listedAfterName(toks []segment.Token, i int) bool {
	k := i - 1
	for range 2 {
		if k < 1 || toks[k].Text != "," || !isCapitalised(toks[k-1]) {
			return false
		}
		k-- // back over the name before the comma
		for k >= 0 && isCapitalised(toks[k]) {
			k--
		}
	}
	return true
}

// isCapitalised reports whether t is a word with a capital first.
func isCapitalised(t segment.Token) bool {
	return t.Kind == segment.Word && segment.StartsUpper(t.Text)
}

// acrossAnd returns the end of the name run toks[i:j], taken on over an "and"
// inside the name of a body of two things: "California Department of Forestry
// and Fire Protection", "Ministry of Trade and Industry", "Securities and
// Exchange Commission". Two names joined by "and" ("Kerry and Lavrov", "Iran
// and Hezbollah") stay two.
func (x *Extractor) acrossAnd(toks []segment.Token, i, j int) int {
	if j+1 >= len(toks) || toks[j].Lower != "and" || !segment.StartsUpper(toks[j+1].Text) {
		return j
	}
	k := nameRun(toks, j+1)
	if other := strings.ToLower(joinWords(toks[j+1 : k])); x.lex.Places.Has(other) || x.lex.Organizations.Has(other) {
		return j // "the Department of State and Iran"
	}
	of := slices.IndexFunc(toks[i:j], func(t segment.Token) bool { return t.Lower == "of" || t.Lower == "for" })
	if of >= 1 && x.lex.OrgWords.Has(toks[i+of-1].Lower) {
		return k // "Department of Forestry and Fire Protection", "Institute for Snow and Avalanche Research"
	}
	// "Securities and Exchange Commission", "Food and Drug Administration":
	// one word, then a body's name of two words or more, perhaps an
	// officer's title after it ("Health and Human Services Secretary Xavier
	// Becerra", read apart by officerAfterBody); not the last two names of a
	// list ("BlackRock, Fidelity, Invesco and Ark Investments").
	end := k
	for m := j + 2; m < k; m++ {
		if x.lex.Titles.Has(toks[m].Lower) && segment.StartsUpper(toks[m].Text) {
			end = m
			break
		}
	}
	if j == i+1 && !x.lex.Places.Has(toks[i].Lower) && end-(j+1) >= 2 && x.lex.OrgWords.Has(toks[end-1].Lower) && !listedAfterName(toks, i) {
		return k
	}
	return j
}
