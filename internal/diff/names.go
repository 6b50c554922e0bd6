package diff

import (
	"slices"
	"strings"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// wordSet holds words of an article, as folded: its capitalised words and
// pairs of them written one after the other (its names), or the words it
// writes in lower case. The fact stage can miss a name that opens a sentence
// ("Apple's shares fell"), and give a capital to a common word ("an emergency
// Cabinet meeting"); before a name is said to be in one article only, the
// other's words are asked whether they hold it.
type wordSet map[string]bool

// newWordSets returns the wordSets of doc's names and of its words in lower
// case.
func newWordSets(doc segment.Document) (names, lower wordSet) {
	set := wordSet{}
	lower = wordSet{}
	for _, s := range doc.Sentences {
		prev := ""
		for k, t := range s.Tokens {
			if t.Kind == segment.Word && t.InLowerCase() {
				lower[t.Lower] = true
			}
			if t.Fold == "-" && gluedAt(s.Tokens, k-1) && gluedAt(s.Tokens, k) {
				// "Russian-sponsored", which another article breaks over
				// two lines at its hyphen and reads as one word.
				if w := nameWord(s.Tokens[k-1]); w != "" {
					set[w+s.Tokens[k+1].Lower] = true
				}
			}
			w := nameWord(t)
			if w == "" {
				prev = ""
				continue
			}
			set[w] = true
			if prev != "" {
				set[prev+" "+w] = true
			}
			prev = w
		}
	}
	return set, lower
}

// nameWord returns the folded word t in lower case, without a possessive, when
// it starts with a capital, or "". Case is set aside so that a dateline's "LOS
// ANGELES" is the "Los Angeles" of the story.
func nameWord(t segment.Token) string {
	if t.Kind != segment.Word || !segment.StartsUpper(t.Text) {
		return ""
	}
	return undotted(strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "'"))
}

// undotted returns an initialism written with full stops without them ("us"
// for "u.s.", as "US Steel" is "U.S. Steel"), and any other word as it is.
func undotted(w string) string {
	if len(w) < 3 || w[1] != '.' {
		return w
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 1 && w[k] != '.' || k%2 == 0 && (w[k] < 'a' || w[k] > 'z') {
			return w
		}
	}
	return strings.ReplaceAll(w, ".", "")
}

// names reports whether the article names the entity f, each of whose names
// reads as nameLookups returns it: writes one of them, for a person the surname alone
// ("Kerry" where the other article has "John Kerry", at the start of a sentence,
// where the facts stage cannot tell a name), for a place the word for its people.
func (ws wordSet) names(f facts.Fact, names ...[]string) bool {
	if slices.ContainsFunc(names, ws.mentions) || f.Type == facts.Person && f.Key != "" && ws[f.Key] {
		return true
	}
	// "Chinese regulators" name China, "five Indians" India and "the central
	// Nepali city" Nepal.
	if f.Type != facts.Place {
		return false
	}
	for _, demonym := range []string{lexicon.DemonymOf(f.Key), lexicon.SecondDemonymOf(f.Key)} {
		if demonym != "" && (ws[demonym] || ws[demonym+"s"]) {
			return true
		}
	}
	return false
}

// namesCountryOf reports whether f is a capital whose country the article
// names, or its people: "Moscow" in one report and "Russia" or "Russian" in the
// other name one government ("drones for Moscow" / "drones for Russia").
func (ws wordSet) namesCountryOf(f facts.Fact) bool {
	country := lexicon.CountryOf(f.Key)
	if f.Type != facts.Place || country == "" {
		return false
	}
	short := placeAliases[country] // "us" for "united states", written "U.S." too: names are held undotted
	return ws[country] || ws[lexicon.DemonymOf(country)] || short != "" && ws[short]
}

// mentions reports whether the article writes a name looked up as words.
func (ws wordSet) mentions(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !ws[w] {
			return false
		}
	}
	return true
}

// nameLookups returns what a wordSet must hold to write the name: its one word,
// or each pair of its neighbouring words. An article's names are read once, as
// they are looked up in every article it is compared with.
func nameLookups(name string) []string {
	words := strings.Fields(strings.ToLower(segment.Fold(segment.Unbreak(name))))
	for k, w := range words {
		words[k] = undotted(w)
	}
	switch len(words) {
	case 0:
		return nil
	case 1:
		return []string{strings.TrimSuffix(words[0], "'s")}
	}
	pairs := make([]string, len(words)-1)
	for k := 1; k < len(words); k++ {
		pairs[k-1] = words[k-1] + " " + words[k]
	}
	return pairs
}

// nationalityChanged returns the words of edit e that put one people's name
// for another's, the rest of its words alike ("the French minister" / "the
// German minister", "Turkish-backed" / "Syrian-backed"): a place of the
// story changed, which the fact stage does not read, a people's name being
// no one's.
func nationalityChanged(e edit) (l, r segment.Token, ok bool) {
	// Read for every wording edit: the words are walked in place, the
	// punctuation between them passed over.
	i, j, found := nextWord(e.left, 0), nextWord(e.right, 0), false
	for ; i < len(e.left) && j < len(e.right); i, j = nextWord(e.left, i+1), nextWord(e.right, j+1) {
		if e.left[i].Lower == e.right[j].Lower {
			continue
		}
		if found {
			return l, r, false
		}
		l, r, found = e.left[i], e.right[j], true
	}
	if !found || i < len(e.left) || j < len(e.right) {
		return l, r, false // no word changed, another besides, or words added
	}
	lp, rp := lexicon.PlaceOf(l.Lower), lexicon.PlaceOf(r.Lower)
	// A region spans countries: "Swiss" and "Alpine" may name one resort.
	return l, r, segment.StartsUpper(l.Text) && segment.StartsUpper(r.Text) && lp != "" && rp != "" && lp != rp &&
		!lexicon.IsRegion(lp) && !lexicon.IsRegion(rp)
}

// namesBoth reports whether each side of an alignment (whole) names the
// people the other puts in l's or r's place: "a Swiss and a German" / "a
// German and a Swiss man" lists them in another order, and changes neither.
func namesBoth(whole [2][]segment.Token, l, r segment.Token) bool {
	names := func(toks []segment.Token, place string) bool {
		return slices.ContainsFunc(toks, func(t segment.Token) bool { return lexicon.PlaceOf(t.Lower) == place })
	}
	return names(whole[0], lexicon.PlaceOf(r.Lower)) && names(whole[1], lexicon.PlaceOf(l.Lower))
}

// nextWord returns the index of the first word or number of toks from k on,
// or len(toks).
func nextWord(toks []segment.Token, k int) int {
	for k < len(toks) && toks[k].Kind == segment.Punct {
		k++
	}
	return k
}

// nationalityDifference reports one people's name put for another's in
// alignment ai as a place changed.
func nationalityDifference(l, r segment.Token, left, right Side, ai int) Difference {
	lt, ls := textOf(left.Doc.Text, []segment.Token{l})
	rt, rs := textOf(right.Doc.Text, []segment.Token{r})
	return Difference{
		Kind: Fact, LeftText: lt, RightText: rt, Left: ls, Right: rs, Alignment: ai,
		Summary: differsSummary("place", lt, rt),
		Fact:    &FactDetail{Type: facts.Place, Relation: Conflict, LeftValue: lexicon.PlaceOf(l.Lower), RightValue: lexicon.PlaceOf(r.Lower)},
	}
}
