package diff

import (
	"fmt"
	"strings"

	"github.com/hbollon/go-edlib"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/segment"
)

// factRef names one fact of one side by its index.
type factRef = int

// conflicts pairs the numbers and dates that an edit replaces on each side and
// reports those whose values differ ("17-nation" -> "20-nation", "Monday" ->
// "Sunday"). It marks the facts it pairs in usedL and usedR and returns the spans
// they cover.
func conflicts(e edit, left, right Side, ai int, usedL, usedR map[factRef]bool) ([]Difference, spanSet, spanSet) {
	lf := valueFactsIn(left.Facts, e.left)
	rf := valueFactsIn(right.Facts, e.right)
	var out []Difference
	var lcov, rcov spanSet
	for _, typ := range []facts.Type{facts.Number, facts.Date} {
		ls, rs := ofType(left.Facts, lf, typ), ofType(right.Facts, rf, typ)
		for k := 0; k < len(ls) && k < len(rs); k++ {
			l, r := left.Facts[ls[k]], right.Facts[rs[k]]
			usedL[ls[k]], usedR[rs[k]] = true, true
			lcov = append(lcov, Span{l.Start, l.End})
			rcov = append(rcov, Span{r.Start, r.End})
			if sameValue(l, r) {
				continue
			}
			rel, summary := Conflict, fmt.Sprintf("The %s differs: %q in the left article, %q in the right.", typ, l.Text, r.Text)
			switch {
			case typ == facts.Date && compatibleDates(r, l):
				rel, summary = LeftMoreSpecific, fmt.Sprintf("The left article is more specific: %q where the right has %q.", l.Text, r.Text)
			case typ == facts.Date && compatibleDates(l, r):
				rel, summary = RightMoreSpecific, fmt.Sprintf("The right article is more specific: %q where the left has %q.", r.Text, l.Text)
			}
			out = append(out, Difference{
				Kind: Fact, LeftText: l.Text, RightText: r.Text,
				Left: Span{l.Start, l.End}, Right: Span{r.Start, r.End}, Alignment: ai,
				Summary: summary,
				Fact:    &FactDetail{Type: typ, Relation: rel, LeftValue: l.Value, RightValue: r.Value},
			})
		}
	}
	return out, lcov, rcov
}

// valueFactsIn returns the indexes of the number and date facts that overlap toks.
func valueFactsIn(fs []facts.Fact, toks []segment.Token) []factRef {
	var out []factRef
	for k, f := range fs {
		if (f.Type == facts.Number || f.Type == facts.Date) && overlaps(toks, f.Start, f.End) {
			out = append(out, k)
		}
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
		return l.Value == r.Value && l.Hedge == r.Hedge && (l.Unit == r.Unit || l.Unit == "" || r.Unit == "")
	}
	return compatibleDates(l, r) && compatibleDates(r, l)
}

// compatibleDates reports whether date b states at least what date a states: every
// part a knows, b knows too and agrees on. A weekday agrees with a full date that
// falls on it ("Tuesday" and "today" in an article of Tuesday 2016-05-17).
func compatibleDates(a, b facts.Fact) bool {
	if a.Value == b.Value || strings.EqualFold(segment.Fold(a.Text), segment.Fold(b.Text)) {
		return true // the same value, or the same words ("today" in both)
	}
	wa, wb := a.When, b.When
	if wa == (facts.When{}) || wb == (facts.When{}) {
		return false // an unresolved relative date agrees only with the same words
	}
	if wa.Month == 0 && wa.Year == 0 && wa.Weekday > 0 {
		return wb.Weekday == wa.Weekday
	}
	return part(wa.Year, wb.Year) && part(wa.Month, wb.Month) && part(wa.Day, wb.Day)
}

// part reports whether b knows a's part and agrees, treating an unknown year on
// either side as agreeing (an article without a date cannot be held to one).
func part(a, b int) bool {
	return a == 0 || a == b || b == 0 && a > 1000
}

// oneSided reports the numbers and dates that one article states and the other does
// not state anywhere, one difference per distinct value.
func oneSided(left, right Side, usedL, usedR map[factRef]bool) []Difference {
	var out []Difference
	out = append(out, sideOnly(left.Facts, right.Facts, usedL, LeftOnly)...)
	out = append(out, sideOnly(right.Facts, left.Facts, usedR, RightOnly)...)
	return out
}

func sideOnly(these, others []facts.Fact, used map[factRef]bool, rel Relation) []Difference {
	var out []Difference
	seen := make(map[string]bool)
	for k, f := range these {
		if used[k] || f.Type != facts.Number && f.Type != facts.Date {
			continue
		}
		key := f.Type.String() + "|" + f.Value + "|" + f.Unit
		if seen[key] || statedIn(f, others) {
			continue
		}
		seen[key] = true
		out = append(out, onlyDifference(f, rel))
	}
	return out
}

// statedIn reports whether some fact of others states f.
func statedIn(f facts.Fact, others []facts.Fact) bool {
	for _, o := range others {
		if o.Type != f.Type {
			continue
		}
		if f.Type == facts.Number && o.Value == f.Value || f.Type == facts.Date && compatibleDates(f, o) {
			return true
		}
	}
	return false
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
	d.Summary = fmt.Sprintf("Only the %s article states the %s %q.", side, f.Type, f.Text)
	return d
}

// entity is the mentions of one named entity in both articles.
type entity struct {
	keys        []string
	left, right []facts.Fact
}

// entityDiffs clusters the named entities of both articles and reports the ones
// only one side names and the ones the two sides spell differently, once each. It
// also returns, per side, the spans of every mention of an entity spelled two ways.
func entityDiffs(left, right Side) ([]Difference, spanSet, spanSet) {
	var ents []*entity
	byKey := make(map[string]*entity)
	add := func(f facts.Fact, isLeft bool) {
		keys := entityKeys(f)
		e := findEntity(byKey, ents, keys, f)
		if e == nil {
			e = &entity{}
			ents = append(ents, e)
		}
		for _, k := range keys {
			if byKey[k] == nil {
				byKey[k] = e
				e.keys = append(e.keys, k)
			}
		}
		if isLeft {
			e.left = append(e.left, f)
		} else {
			e.right = append(e.right, f)
		}
	}
	for _, f := range left.Facts {
		if f.Type.IsEntity() {
			add(f, true)
		}
	}
	for _, f := range right.Facts {
		if f.Type.IsEntity() {
			add(f, false)
		}
	}
	var out []Difference
	var variantL, variantR spanSet
	for _, e := range ents {
		switch {
		case len(e.right) == 0:
			out = append(out, onlyDifference(e.left[0], LeftOnly))
		case len(e.left) == 0:
			out = append(out, onlyDifference(e.right[0], RightOnly))
		default:
			if d, ok := spellingVariant(e); ok {
				out = append(out, d)
				variantL, variantR = append(variantL, mentionSpans(e.left)...), append(variantR, mentionSpans(e.right)...)
			}
		}
	}
	return out, variantL, variantR
}

func mentionSpans(fs []facts.Fact) spanSet {
	out := make(spanSet, len(fs))
	for k, f := range fs {
		out[k] = Span{f.Start, f.End}
	}
	return out
}

// entityKeys returns the keys under which f joins other mentions: its own key and,
// for a multi-word organisation, its initials ("Agence France Presse" -> "afp").
func entityKeys(f facts.Fact) []string {
	keys := []string{f.Key}
	if alias, ok := placeAliases[f.Key]; ok {
		keys = append(keys, alias)
	}
	if f.Type == facts.Organization {
		var initials strings.Builder
		words := strings.Fields(segment.Fold(f.Value))
		for _, w := range words {
			if w != "of" && w != "for" && w != "the" && w != "and" {
				initials.WriteString(strings.ToLower(w[:1]))
			}
		}
		if len(words) > 1 {
			keys = append(keys, initials.String())
		}
	}
	return keys
}

var placeAliases = map[string]string{"united states": "us", "usa": "us", "united kingdom": "uk", "britain": "uk"}

// findEntity returns the entity that one of keys already names, or for a person a
// surname spelled nearly the same way, or nil.
func findEntity(byKey map[string]*entity, ents []*entity, keys []string, f facts.Fact) *entity {
	for _, k := range keys {
		if e := byKey[k]; e != nil {
			return e
		}
	}
	if f.Type != facts.Person || len(f.Key) < 5 {
		return nil
	}
	for _, e := range ents {
		for _, k := range e.keys {
			if len(k) >= 5 && edlib.JaroWinklerSimilarity(k, f.Key) >= 0.92 {
				return e
			}
		}
	}
	return nil
}

// spellingVariant reports one entity written two ways: the fullest name on each
// side has as many words, and they differ by spelling ("Sergie Lavrov" / "Sergei
// Lavrov"), not only by punctuation ("al Assad" / "al-Assad").
func spellingVariant(e *entity) (Difference, bool) {
	l, r := fullest(e.left), fullest(e.right)
	lw, rw := nameWords(l.Value), nameWords(r.Value)
	if len(lw) != len(rw) || strings.Join(lw, " ") == strings.Join(rw, " ") {
		return Difference{}, false
	}
	for k := range lw {
		if lw[k] != rw[k] && edlib.JaroWinklerSimilarity(lw[k], rw[k]) < minSpellingSimilarity {
			return Difference{}, false
		}
	}
	return Difference{
		Kind: Fact, LeftText: l.Text, RightText: r.Text,
		Left: Span{l.Start, l.End}, Right: Span{r.Start, r.End}, Alignment: -1,
		Summary: fmt.Sprintf("The articles spell the %s differently: %q and %q.", l.Type, l.Text, r.Text),
		Fact:    &FactDetail{Type: l.Type, Relation: SpellingVariant, LeftValue: l.Value, RightValue: r.Value},
	}, true
}

// fullest returns the mention with the most words, the first one on a tie.
func fullest(fs []facts.Fact) facts.Fact {
	best := fs[0]
	for _, f := range fs[1:] {
		if len(nameWords(f.Value)) > len(nameWords(best.Value)) {
			best = f
		}
	}
	return best
}

func nameWords(s string) []string {
	s = nameSeparators.Replace(strings.ToLower(segment.Fold(s)))
	return strings.Fields(s)
}

// nameSeparators turns the hyphens and dots inside a name into its word breaks:
// "al-Assad" and "al Assad", "U.S." and "US" become one.
var nameSeparators = strings.NewReplacer("-", " ", ".", "")
