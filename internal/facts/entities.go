package facts

import (
	"slices"
	"strings"
	"unicode"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
	"github.com/compared/compared/internal/spelling"
)

// nameRun returns the end of the run of capitalised words that starts at toks[i]:
// "International Syria Support Group", "Bashar al Assad", "Staffan de Mistura",
// "Observatory for Human Rights". A possessive ("Russia's") ends the run.
func nameRun(toks []segment.Token, i int) int {
	j := i
	for j < len(toks) {
		t := toks[j]
		switch {
		case j > i && labelAt(toks, j):
			return j // "Alaska Airlines Flight 1282": the flight's number has the label
		case j > i && codeEnd(toks, j) > j:
			return j // "Named JADES-GS-z14-0": a code after a word, naming no one (see codeEnd)
		case t.Kind == segment.Word && segment.StartsUpper(t.Text):
			j++
			if strings.HasSuffix(t.Lower, "'s") && !((namedForMembers[strings.TrimSuffix(t.Lower, "'s")] || saintAt(toks, i, j-1) || occasionDay(toks, j)) && j < len(toks) && segment.StartsUpper(toks[j].Text)) {
				return j // "Britain's Labour Party": the owner's name ends there
			}
		case j == i+1 && placeAbbreviations[toks[i].Lower] && t.Text == "." && t.Start == toks[i].End && j+1 < len(toks) && segment.StartsUpper(toks[j+1].Text):
			j++ // "St. Louis", "Mt. Everest": the abbreviation opens the name
		case j > i && segment.InitialStop(toks, j) && !clauseOpeners[toks[j+1].Lower]:
			j++ // "Robert F. Kennedy Jr.": a middle initial's full stop
		case j > i && nameJoiners[t.Lower] && j+1 < len(toks) && segment.StartsUpper(toks[j+1].Text) && !(t.Lower == "for" && lexicon.PlaceOf(toks[j+1].Lower) != ""):
			j++ // not "Newcastle for British record fee": a people's word after "for" says what for
		case j > i && t.Lower == "to" && orgsBeforeTo[toks[j-1].Lower] && j+2 < len(toks) && segment.StartsUpper(toks[j+1].Text) && segment.StartsUpper(toks[j+2].Text):
			j++ // "Committee to Protect Journalists": a body named for what it is to do
		case j > i && t.Kind == segment.Word && elidedParticle(t.Text):
			j++ // "Côte d'Ivoire", "Musée d'Orsay": a French particle written onto the next name
		case j > i && nameJoiners[t.Lower] && j+2 < len(toks) && toks[j+1].IsHyphen() && segment.StartsUpper(toks[j+2].Text):
			j += 2 // "al-Assad" after a first name
		case j > i && t.IsHyphen() && t.Start == toks[j-1].End && j+1 < len(toks) && segment.StartsUpper(toks[j+1].Text) && toks[j+1].Start == t.End:
			j++ // "al-Assad", "Saint-Exupery"
		case j-1 > i && givenNameSyllable(toks, j):
			j += 2 // "Lai Ching-te", "Moon Jae-in": a given name of two syllables
		case j > i && t.Text == "&" && j+1 < len(toks) && segment.StartsUpper(toks[j+1].Text):
			j++ // "Karen Clark & Co.", "Procter & Gamble"
		case j > i && nicknameAt(toks, j):
			j += 3 // `Robert "Kelly" Ortberg`: a nickname inside the name
		case j > i && pluralApostrophe(toks, j) && j+1 < len(toks) && segment.StartsUpper(toks[j+1].Text) && !datedAfter(toks, j+1):
			j++ // "Westminster Magistrates' Court": a plural's possessive inside a name
		default:
			return j
		}
	}
	return j
}

// orgsBeforeTo are the words for bodies named for what they are to do, after
// "to": "Committee to Protect Journalists", "Campaign to Stop Killer Robots".
var orgsBeforeTo = map[string]bool{"committee": true, "campaign": true, "coalition": true, "alliance": true,
	"commission": true, "council": true, "fund": true, "movement": true, "foundation": true}

// elidedParticle reports whether w is a French particle elided onto a
// capitalised name, one word with it: "d'Ivoire", "l'Étoile".
func elidedParticle(w string) bool {
	for _, p := range [...]string{"d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return segment.StartsUpper(rest)
		}
	}
	return false
}

// pluralApostrophe reports whether toks[k] is the apostrophe of a plural's
// possessive, written onto a word ending in "s": "Magistrates'", "Mercedes'".
func pluralApostrophe(toks []segment.Token, k int) bool {
	return k > 0 && toks[k].Fold == "'" && segment.Glued(toks, k) && strings.HasSuffix(toks[k-1].Lower, "s")
}

// clauseOpeners open a sentence after a letter and its full stop ("Plan B.
// The plan"), which is then no initial.
var clauseOpeners = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "in": true, "on": true, "but": true, "and": true, "this": true, "that": true, "there": true}

// initial reports whether t is one capital letter, an initial.
func initial(t segment.Token) bool {
	return len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// placeAbbreviations open the names of places and saints abbreviated:
// "St.", "Mt.", "Ft.".
var placeAbbreviations = map[string]bool{"st": true, "mt": true, "ft": true}

// saintAt reports whether toks[k] is the saint's name in a name that toks[i]
// opens with "St." or "Saint", whose possessive goes on with the name:
// "St. Peter's Square", "Saint Mary's Hospital".
func saintAt(toks []segment.Token, i, k int) bool {
	switch toks[i].Lower {
	case "saint":
		return k == i+1
	case "st":
		return k == i+1 || k == i+2 && toks[i+1].Text == "."
	}
	return false
}

// labelAt reports whether toks[j] is a label, the number after it its own
// ("Flight 1282", "Terminal 2", "Resolution 2334").
func labelAt(toks []segment.Token, j int) bool {
	return labels[toks[j].Lower] && j+1 < len(toks) && toks[j+1].Kind == segment.Number && toks[j+1].Start > toks[j].End
}

// namesWar reports whether words name a war: "the Cold War", "World War
// II".
func namesWar(words []segment.Token) bool {
	n := len(words)
	return n >= 2 && (words[n-1].Lower == "war" || n >= 3 && words[n-2].Lower == "war" && warNumbers[words[n-1].Text])
}

// warNumbers number the world wars: "World War II", "World War Two".
var warNumbers = map[string]bool{"I": true, "II": true, "One": true, "Two": true, "1": true, "2": true}

// compassPair reports whether words are two points of the compass joined by
// a hyphen: "East-West", "North-South".
func compassPair(words []segment.Token) bool {
	return len(words) == 3 && compassPoints[words[0].Lower] && words[1].IsHyphen() && compassPoints[words[2].Lower]
}

// compassPoints are the points of the compass.
var compassPoints = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// compassDemonym reports whether words open with a point of the compass
// that, with the people's word after it, names a people: "South Korean
// President Yoon Suk Yeol".
func (x *Extractor) compassDemonym(words []segment.Token) bool {
	return compassPoints[words[0].Lower] && len(words) > 2 && x.lex.Demonyms.Has(words[1].Lower)
}

// givenNameSyllable reports whether the hyphen at toks[j] joins a short
// syllable in lower case onto the capitalised one before it, as East Asian
// given names are written ("Ching-te", "Jae-in", "Suk-yeol"): not a
// compound's end ("Saudi-led", "Iran-backed", "Soviet-era").
func givenNameSyllable(toks []segment.Token, j int) bool {
	if j+1 >= len(toks) || !toks[j].IsHyphen() || toks[j].Start != toks[j-1].End || toks[j+1].Start != toks[j].End {
		return false
	}
	w := toks[j+1]
	return w.Kind == segment.Word && w.InLowerCase() && len(w.Lower) <= 4 && !strings.HasSuffix(w.Lower, "ed") &&
		!compoundEnds[w.Lower] && (j+2 >= len(toks) || !toks[j+2].IsHyphen())
}

// compoundEnds are the short words that end a compound after a name.
var compoundEnds = map[string]bool{"run": true, "led": true, "born": true, "made": true, "era": true, "like": true,
	"type": true, "size": true, "free": true, "only": true, "wide": true, "long": true, "bound": true, "held": true}

// namedForMembers are the common nouns a body's name gives the possessive to,
// inside the name: "the People's Party", "the Women's Institute".
var namedForMembers = map[string]bool{"people": true, "women": true, "children": true, "men": true, "citizens": true}

// nicknameAt reports whether toks[j:] open a nickname in quotation marks,
// one capitalised word, that a name goes on after: `"Kelly" Ortberg`.
func nicknameAt(toks []segment.Token, j int) bool {
	return j+3 < len(toks) && toks[j].Fold == "\"" && toks[j+2].Fold == "\"" &&
		toks[j+1].Kind == segment.Word && segment.StartsUpper(toks[j+1].Text) && segment.StartsUpper(toks[j+3].Text) &&
		toks[j+1].Start == toks[j].End && toks[j+2].Start == toks[j+1].End
}

// datedAfter reports whether the word at toks[k] goes before a number,
// after a full stop or not: "Hamas' Oct. 7 attack" holds a date, not the
// name "Hamas' Oct".
func datedAfter(toks []segment.Token, k int) bool {
	n := k + 1
	if n < len(toks) && toks[n].Text == "." {
		n++
	}
	return n < len(toks) && toks[n].Kind == segment.Number
}

// placeNouns follow a place's name in lower case ("Idlib province", "the
// Dallas suburb") or go before it with "of" ("the suburb of Allen").
var placeNouns = map[string]bool{"region": true, "province": true, "district": true, "county": true,
	"governorate": true, "city": true, "town": true, "village": true, "valley": true, "suburb": true,
	"neighbourhood": true, "neighborhood": true, "borough": true, "township": true, "municipality": true,
	"station": true, "airport": true, "stadium": true, "peninsula": true, "island": true, "prefecture": true,
	"resort": true, "canton": true, "hamlet": true, "enclave": true, "territory": true, "outskirts": true,
	"mountains": true, "mountain": true, "range": true, "desert": true, "coast": true, "river": true,
	"lake": true, "gorge": true, "archipelago": true, "islands": true, "state": true,
	"coasts": true, "oceans": true, "seas": true, "rivers": true, "provinces": true, "regions": true, "counties": true}

// portNouns follow a port's town ("between Mongla port and Sagar Island");
// after "the", a thing's kind may ("the Lightning port" of a phone).
var portNouns = map[string]bool{"port": true, "harbour": true, "harbor": true}

// placeOf reports whether the name at toks[i] follows a place noun or a
// compass direction and "of": "the suburb of Allen", "the port of Callao", "42
// kilometers south of Jumla".
func placeOf(toks []segment.Token, i int) bool {
	return i >= 2 && toks[i-1].Lower == "of" && (placeNouns[toks[i-2].Lower] || portNouns[toks[i-2].Lower] || directions[toks[i-2].Lower])
}

// directions are the compass points a distance is given from a place by.
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true}

// residentOf reports whether the name at toks[i] is where a person set off with
// an age lives: "Mauricio Garcia, 33, of Dallas".
func residentOf(toks []segment.Token, i int) bool {
	return i >= 3 && toks[i-1].Lower == "of" && toks[i-2].Text == "," && toks[i-3].Kind == segment.Number
}

// captionWords are capitalised in photo credits but name nothing.
var captionWords = map[string]bool{"photo": true, "photos": true, "file": true, "picture": true, "video": true, "handout": true}

// stormKinds open the names given to storms.
var stormKinds = map[string]bool{"storm": true, "hurricane": true, "typhoon": true, "cyclone": true, "tropical": true}

// nameJoiners may stand inside a name between capitalised words.
var nameJoiners = map[string]bool{"al": true, "de": true, "da": true, "bin": true, "van": true, "von": true,
	"der": true, "del": true, "la": true, "le": true, "of": true, "for": true, "and": false, "el": true, "ibn": true}

// entity classifies the capitalised run toks[i:j] of sentence k and returns the
// entity it names, or ok false (a title alone, a nationality, a common word that
// opens the sentence).
func (x *Extractor) entity(toks []segment.Token, i, j int, ctx context) (Fact, bool) {
	// "Saudi-backed": a name used as an adjective (the hyphen written between
	// the words; "Qatar - all nations" is a dash).
	if j+1 < len(toks) && toks[j].IsHyphen() && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End && !segment.StartsUpper(toks[j+1].Text) {
		return Fact{}, false
	}
	if j-i > 2 && hyphenPrefixes[toks[i].Lower] && toks[i+1].IsHyphen() && toks[i+1].Start == toks[i].End {
		// "Anti-Islam populist", "Pro-Kremlin media": a name made an
		// adjective; "Ex-President Trump" names Trump.
		if j-i == 3 && j < len(toks) && toks[j].Kind == segment.Word && !segment.StartsUpper(toks[j].Text) {
			return Fact{}, false
		}
		i += 2
	}
	for j > i && (thingAcronyms[toks[j-1].Text] || acronymPlural(toks[j-1].Text)) {
		j-- // "Global IT outage", "TV stations", "out of GPUs": the acronym names a thing, no one
	}
	if j == i {
		return Fact{}, false
	}
	words := toks[i:j]
	if compassPair(words) {
		return Fact{}, false // "the biggest East-West prisoner exchange": two sides of a divide
	}
	if namesWar(words) {
		return Fact{}, false // "since the Cold War": a time, no one
	}
	if len(words) == 1 && pronounContraction(words[0].Lower) {
		return Fact{}, false // "I've concluded": a pronoun, no name
	}
	if last := words[len(words)-1]; len(words) > 1 && j+1 < len(toks) && toks[j].Text == "." && toks[j].Start == last.End &&
		segment.PrefixAbbreviation(last.Lower) && segment.StartsUpper(toks[j+1].Text) {
		// "Coast Guard Rear Adm. Shannon Gilreath": the run ends at an
		// abbreviated title, the name follows it; what stands before the
		// title is the body the officer serves.
		for len(words) > 1 && x.lex.Titles.Has(words[len(words)-1].Lower) {
			words = words[:len(words)-1]
		}
		j = i + len(words)
	}
	if len(words) == 2 && lexicon.Ordinal(words[0].Lower) > 0 && numberedEras[words[1].Lower] {
		return Fact{}, false // "the Fifth Republic", "the First Amendment": a period, a law, no one
	}
	if len(words) > 1 && (stormKinds[words[0].Lower] || words[len(words)-1].Lower == "fire") {
		return Fact{}, false // "Storm Ciaran", "Hurricane Ian", "the Camp Fire": an event, no one; its words are compared as wording
	}
	if last := words[len(words)-1].Lower; len(words) > 1 && lawWords[trimPossessive(last)] || len(words) == 1 && trimPossessive(last) == "constitution" {
		return Fact{}, false // "the Inflation Reduction Act", "the Paris Agreement", "the U.S. Constitution": a law or a pact, no one
	}
	if len(words) > 1 && policyWords[trimPossessive(words[len(words)-1].Lower)] {
		return Fact{}, false // "cut Bank Rate", "the Autumn Budget", "the Marshall Plan": a policy or its figure, no one
	}
	if len(words) > 1 && (i > 0 && toks[i-1].Text == "Most" || slices.ContainsFunc(words[1:], func(t segment.Token) bool { return t.Text == "Most" })) {
		return Fact{}, false // "named Most Valuable Player", "the Finals Most Valuable Player": an honour, no one
	}
	if len(words) > 2 && actsFor[words[0].Lower] && words[1].Text == "for" {
		words, i = words[2:], i+2 // "Representatives for Perry", "Lawyers for Combs": the name is whom they act for
	}
	if len(words) > 1 && isTradeNoun(words[0].Lower) {
		words, i = words[1:], i+1 // "Chipmaker Broadcom Inc": the trade is no part of the name
	}
	if len(words) == 1 && len(words[0].Text) == 1 {
		return Fact{}, false // "(R)", an initial
	}
	if len(words) == 1 && periodLabel(words[0].Text) {
		return Fact{}, false // "Q3", "H1": a quarter or a half of a year, no one's name
	}
	if len(words) > 1 && initial(words[len(words)-1]) {
		return Fact{}, false // "Model Y", "Plan B", "Group A": a product or a label, no one's name
	}
	lower := trimPossessive(joinLower(words))
	if city := cityAbbreviations[trimPossessive(words[0].Text)]; city != "" && len(words) == 1 {
		// "north of LA": the city news writes so, not the state ("La.").
		f := x.fact(Place, words)
		f.Value, f.Key = city, entityKey(Place, city)
		return f, true
	}
	if state, ok := x.lex.StateAbbreviations[strings.ReplaceAll(lower, ".", "")]; ok && len(words) == 1 &&
		(strings.Contains(words[0].Text, ".") || j < len(toks) && toks[j].Text == ".") {
		// "Calif.": the state it stands for, as the other article may spell it.
		f := x.fact(Place, words)
		f.Value, f.Key = state, entityKey(Place, state)
		return f, true
	}
	switch {
	case movableFeasts[lower]:
		return Fact{}, false // "on Easter", "Easter Sunday": a day of no fixed date, no one
	case len(words) > 2 && words[1].Lower == "of" && (words[0].Lower == "shares" || words[0].Lower == "stock"):
		return x.fact(Organization, words[2:]), true // "Shares of Infineon", "Shares of Toyota fell 1.5%": the company's
	case len(words) == 1 && (currencyCodes[words[0].Text] || dollarLetters(toks, i)):
		return Fact{}, false // "EUR 1.2 billion", "US$729": a currency, part of the amount
	case j < len(toks) && (toks[j].Lower == "dollar" || toks[j].Lower == "dollars"):
		return Fact{}, false // "the U.S. dollar", "Hong Kong dollars": a currency's name, no place of the story
	case j < len(toks) && toks[j].Lower == "crude" && len(words) == j-i && !possessive(words[len(words)-1]):
		return Fact{}, false // "West Texas Intermediate crude": a grade of oil, no one
	case len(words) == 1 && i > 0 && isAcronym(toks[i-1:i]) && (eventWords[lower] || isPlural(lower) && eventWords[lower[:len(lower)-1]]):
		return Fact{}, false // "the NBA Finals": the event, after the body that runs it
	case len(words) == 1 && segment.IsDomain(words[0].Text):
		// "PowerOutage.us": a site, and the company that runs it, which a
		// report may name without the domain.
		f := x.fact(Organization, words)
		f.Key = entityKey(Organization, segment.SiteName(words[0].Text))
		return f, true
	case !x.lex.Places.Has(lower) && (x.lex.Outlets.Has(strings.TrimPrefix(lower, "the ")) || x.lex.Organizations.Has(lower) || x.isOrg(words) ||
		len(words) == 1 && i > 0 && (toks[i-1].Lower == "the" || !isOpener(toks[i-1])) && x.lex.OrgWords.Has(trimPossessive(words[0].Lower))):
		// "the Observatory", "the Ministry", "But Congress had determined": an
		// organisation named by its kind, or a body of one word; "the West
		// Bank" is a place the lexicon knows.
		return x.fact(Organization, words), true
	case len(words) == 2 && (words[1].Lower == "united" || words[1].Lower == "city" && lexicon.IsCity(words[0].Lower)):
		return x.fact(Organization, words), true // "Manchester United", "Birmingham City": a club
	case len(words) >= 2 && clubPrefixes[words[0].Lower]:
		return x.fact(Organization, words), true // "Real Madrid", "Borussia Dortmund": a club
	case x.lex.Places.Has(lower) || x.placesJoined(words):
		return x.fact(Place, words), true // "the Ohio-Pennsylvania border"
	case len(words) > 1 && (words[0].Lower == "camp" || words[0].Lower == "fort"):
		return x.fact(Place, words), true // "Camp Mystic", "Fort Bragg"
	case len(words) >= 2 && words[len(words)-1].Lower == "day" && occasions[trimPossessive(words[len(words)-2].Lower)]:
		return Fact{}, false // "since Election Day", "Labor Day weekend": a day, no one
	case len(words) == 2 && compassPoints[words[0].Lower] && x.lex.Demonyms.Has(words[1].Lower):
		return Fact{}, false // "Southeast Asian nations": a people's word, no place
	case i >= 2 && toks[i-1].Lower == "at" && workers[toks[i-2].Lower]:
		return x.fact(Organization, words), true // "economist at Capital Economics": where someone works
	case len(words) > 1 && monthsNoName[words[0].Lower]:
		return Fact{}, false // "Labour's October Budget": a thing of a month, no one
	case len(words) > 1 && compassPoints[words[0].Lower] && x.lex.Places.Has(trimPossessive(joinLower(words[1:]))):
		return x.fact(Place, words), true // "the North Atlantic", "South Texas": a part of a place
	case slices.ContainsFunc(words, func(t segment.Token) bool { return t.Text == "&" }):
		return x.fact(Organization, words), true // "Karen Clark & Co.": a firm, named for its partners
	case len(words) > 1 && geoTails[words[len(words)-1].Lower] && x.lex.Demonyms.Has(words[0].Lower):
		return x.fact(Place, words), true // "the Gulf Coast", "the Arabian Sea": the people's word is the place's name
	}
	if len(words) > 2 && geoHeads[words[0].Lower] && words[1].Lower == "of" {
		return x.fact(Place, words), true // "the Port of Baltimore", "the Gulf of Mexico"
	}
	if last := words[len(words)-1].Lower; len(words) > 1 && (eventWords[last] || isPlural(last) && eventWords[last[:len(last)-1]]) {
		return x.fact(Organization, words), true // "the European Cup", "the French Open": a competition and who runs it
	}
	// Strip titles and nationalities: "German Foreign Minister Frank Walter
	// Steinmeier", and the place a title is of: "Louisiana Governor John Bel
	// Edwards"; and the word that dates a title, opening a sentence: "Former
	// Prime Minister Boris Johnson", "Former Peruvian president Toledo".
	named := words
	if len(words) > 1 && x.lex.TitleTimes.Has(words[0].Lower) {
		words = words[1:]
	}
	words = x.withoutPlaceOfTitle(words)
	for len(words) > 0 && (x.lex.Titles.Has(words[0].Lower) || x.lex.Demonyms.Has(words[0].Lower) || words[0].Lower == "of" || x.compassDemonym(words) ||
		len(words) > 1 && words[0].IsHyphen() && (x.lex.Titles.Has(words[1].Lower) || x.lex.Demonyms.Has(words[1].Lower))) { // "Director-General", "British-Canadian"
		words = words[1:]
	}
	if len(words) == len(named)-1 && x.lex.TitleTimes.Has(named[0].Lower) {
		words = named // "Late Show": no title after the word, which is the name's
	}
	if len(words) < len(named) {
		words = withoutPortfolio(words)
	}
	if len(words) == 0 {
		return Fact{}, false
	}
	if f, ok := x.employer(words); ok {
		return f, true
	}
	lower = trimPossessive(joinLower(words))
	atStart := i == 0 || isOpener(toks[i-1]) || i == segment.ListMarkerEnd(toks)
	switch {
	case x.lex.Places.Has(lower) || x.beforeItsRegion(toks, j):
		return x.fact(Place, words), true
	case len(words) == 1 && timeZones[words[0].Lower]:
		return Fact{}, false // "GMT"
	case isAcronym(words) && !(len(words) == j-i && modelAfterNumber(toks, i)):
		return x.fact(Organization, words), true
	case i > 0 && len(words) == j-i && toks[i-1].InLowerCase() && settlementNouns[toks[i-1].Lower]:
		return x.fact(Place, words), true // "the state capital Porto Alegre", "the port city Odesa"
	case i > 0 && len(words) == j-i && (companyNoun(toks[i-1]) || ownedBy(toks, i)):
		return x.fact(Organization, words), true // "shipping giant Maersk", "drugmaker Pfizer": what the noun before says
	case i > 0 && len(words) == j-i && toks[i-1].InLowerCase() && groupNouns[toks[i-1].Lower] && (j == len(toks) || !lowerWord(toks[j])):
		// "the Islamist group Hayat Tahrir al-Sham,": what the noun before
		// says; "the group Ali founded" names him.
		return x.fact(Organization, words), true
	case x.lex.Demonyms.Has(lower) || x.lex.Demonyms.Has(strings.TrimSuffix(lower, "s")) || len(words) == 1 && (faiths[strings.TrimSuffix(lower, "s")] || lower == "olympic" || lower == "paralympic"):
		return Fact{}, false // "Russians", "South Koreans", "Olympic team gold": a people, a faith, the games' adjective
	case len(words) == 1 && len(words) == j-i && partyMembers[lower+"s"] && j < len(toks) && toks[j].Kind == segment.Word && toks[j].InLowerCase():
		return Fact{}, false // "Republican lawmakers": a party's adjective, as "Russian officials" is a nation's
	case len(words) == 1 && partyMembers[lower+"s"] && lower != "green":
		return Fact{}, false // "a once-powerful Democrat": a party's member, no one's name ("Al Green" has one)
	case len(words) == 1 && atStart && !ctx.caps[words[0].Lower] && !x.speaks(toks, j, lower):
		return Fact{}, false // "Fierce fighting ...": a capital only because the sentence starts
	case len(words) == 1 && (ctx.lower[lower] || ctx.lower[strings.TrimSuffix(lower, "s")] || captionWords[lower]):
		return Fact{}, false // "Envoys of ...": the article writes the word in lower case too
	case len(words) == 1 && x.lex.StopWords.Has(words[0].Lower):
		return Fact{}, false
	case len(words) == 1 && i > 0 && (toks[i-1].Lower == "in" || toks[i-1].Lower == "off" || movedTo(toks, i-1)) && !isPlural(lower):
		// A place unknown to the lexicon; not a plural ("in Reds colours"): the
		// places that are plurals, it knows. After "to" or "from" only where
		// someone moves: "a goal from Gabriel", "a letter to Biden" name people.
		return x.fact(Place, words), true
	case j < len(toks) && len(words) == j-i && toks[j].Kind == segment.Number && indexNumber(toks, j):
		return x.fact(Organization, words), true // "the Euro Stoxx 50", "the FTSE 100": a share index
	case len(words) == 1 && j < len(toks) && toks[j].Kind == segment.Number && !possessive(words[0]):
		return Fact{}, false // "Category 4", "Level 3": a scale or a label before its number
	case len(words) == 1 && len(words) == j-i && i > 0 && toks[i-1].Kind == segment.Number && toks[i-1].End+1 >= toks[i].Start:
		return Fact{}, false // "the 737 Max", "iPhone 15 Pro": a model's name after its number
	case len(words) > 1 && i > 0 && placePrepositions[toks[i-1].Lower] && !possessive(words[len(words)-1]) && len(words) == j-i:
		return x.fact(Place, words), true // "near Grand Isle", "a news conference in Baton Rouge"
	case len(words) > 1 && len(words) == j-i && afterPlaceThe(toks, i) && !possessive(words[len(words)-1]) && !attributive(toks, j):
		return x.fact(Place, words), true // "at the Caesars Superdome": no one's name takes "the"
	case j+2 < len(toks) && toks[j].Lower == "and" && segment.StartsUpper(toks[j+1].Text) && placeNouns[toks[j+2].Lower] && isPlural(toks[j+2].Lower):
		return x.fact(Place, words), true // "the U.S. East and Gulf coasts": the first of two places of one kind
	case j < len(toks) && (placeNouns[toks[j].Lower] || portNouns[toks[j].Lower] && !afterThe(toks, i)) || placeOf(toks, i) || residentOf(toks, i):
		return x.fact(Place, words), true // "the Emilia-Romagna region", "Idlib province", "the suburb of Allen", "Garcia, 33, of Dallas"
	case len(words) == 1 && len(words) == j-i && afterPlaceThe(toks, i) && !partyMembers[lower] && !attributive(toks, j):
		return x.fact(Place, words), true // "at the Bernabeu", "in the Donbas", "fled to the Crimea"
	case len(words) == 1 && (isPlural(lower) && afterThe(toks, i) || partyMembers[lower]) || len(words) > 1 && partyMembers[words[len(words)-1].Lower]:
		return x.fact(Organization, words), true // "the outgoing Socialists", "Democrats", "Social Democrats": a party or a group, not a person
	case len(words) == 1 && len(words) == j-i && afterThe(toks, i) && alonePlaceKinds[words[0].Lower]:
		return x.fact(Place, words), true // "crossed the Channel", "in the Gulf"
	case len(words) == 1 && len(words) == j-i && afterThe(toks, i) && !attributive(toks, j):
		return x.fact(Organization, words), true // no one's name takes "the": "the Taliban said"
	case len(words) > 1 && streetWords[words[len(words)-1].Lower]:
		return x.address(toks, i, words), true // "Downing Street", "10 Downing Street"
	case len(words) > 1 && venueWords[words[len(words)-1].Lower] || civicHall(words):
		return x.fact(Place, words), true // "Wembley Stadium", "City Hall"
	case len(words) > 2 && placeAbbreviations[words[0].Lower] && words[1].Text == ".":
		return x.fact(Place, words), true // "St. Louis", "Mt. Everest"
	case len(words) > 1 && geoTails[words[len(words)-1].Lower]:
		return x.fact(Place, words), true // "the Mediterranean Sea", "the Rhine River"
	case len(words) > 1 && modelCode(words[len(words)-1].Text):
		return x.fact(Organization, words[:len(words)-1]), true // "an Audi A6": the maker, not a person
	case len(words) > 1 && !possessive(words[0]) && words[1].Kind == segment.Word && (x.lex.Organizations.Has(words[0].Lower) || camelCase(words[0].Text)) &&
		!slices.ContainsFunc(words[1:], func(t segment.Token) bool { return x.lex.Titles.Has(t.Lower) }):
		return x.fact(Organization, words[:1]), true // "the SpaceX Crew Dragon capsule", "Apple Vision Pro": the maker, and a product of its
	case len(words) == 1 && len(words) == j-i && i > 0 && possessive(toks[i-1]) && x.lex.Organizations.Has(trimPossessive(toks[i-1].Lower)) &&
		j < len(toks) && lowerWord(toks[j]) && !x.lex.StopWords.Has(toks[j].Lower):
		return Fact{}, false // "Boeing's Starliner capsule": a company's product, no one
	case len(words) == 1 && lettersThenDigits(words[0].Text):
		return x.fact(Organization, words), true // "Flightradar24": a service, no one
	case len(words) == 1 && camelCase(words[0].Text):
		return x.fact(Organization, words), true // "FedWatch", "YouTube": a product or a company
	case j < len(toks) && partyNouns[toks[j].Lower] && !possessive(words[len(words)-1]):
		return x.fact(Organization, words), true // "the Likud party", "the Green Left alliance"
	case len(words) > 1 && lexicon.OpensBroadcaster(words[0].Lower):
		return x.fact(Organization, words), true // "Radio Cooperativa", "TV Rain": a broadcaster, no one
	case j < len(toks) && mediaNouns[toks[j].Lower] && !possessive(words[len(words)-1]) && !afterA(toks, i):
		// "told France Inter radio": a broadcaster or a paper, no one; "a
		// Biden TV ad" is his.
		return x.fact(Organization, words), true
	case !possessive(words[len(words)-1]) && x.companyKindAfter(toks, j):
		return x.fact(Organization, words), true // "the Alameda Research hedge fund": what the words after say
	case afterOrdinal(toks, i-1) == i && i >= 2 && toks[i-2].Kind == segment.Number:
		return Fact{}, false // "the 14th Amendment": a numbered thing, no one's name
	case movesBy(toks, j):
		return x.fact(Organization, words), true // "Tokyo Electron rose 5.3%": a listed company
	case len(words) == 1 && possessive(words[0]) && j < len(toks) && companyHoldings[toks[j].Lower]:
		return x.fact(Organization, words), true // "Google's parent company", "Tesla's shares": what a company has
	case len(words) > 2 && slices.ContainsFunc(words[1:len(words)-1], func(t segment.Token) bool { return t.Text == "for" }):
		return x.fact(Organization, words), true // "Alternative for Germany": no one's name holds "for"
	case x.thingOf(words):
		return Fact{}, false // "the Ring of Fire": a named thing, no one's name
	case len(words) == 1 && len(words) == j-i && i > 0 && possessiveDeterminers[toks[i-1].Lower] && j < len(toks) && lowerWord(toks[j]) && !x.lex.StopWords.Has(toks[j].Lower):
		return Fact{}, false // "his Doral golf resort", "their Apple devices": what a thing is called, no one
	case len(words) == 1 && len(words) == j-i && afterA(toks, i) && !attributive(toks, j):
		// "Lady with a Fan", "a Tesla driver", "a Leeds shopping centre": no
		// one's name alone takes "a"; "a Cole Palmer penalty" names him.
		return Fact{}, false
	case len(words) > 1 && len(words) == j-i && i > 0 && possessiveDeterminers[toks[i-1].Lower]:
		return Fact{}, false // "outside its App Store": a thing someone has, no one's name
	case len(words) > 1 && len(words) == j-i && i > 0 && toks[i-1].Lower == "the" && (j == len(toks) || toks[j].Kind == segment.Punct || isPlural(words[len(words)-1].Lower) || x.endsName(toks[j])) &&
		!x.lex.Titles.Has(words[0].Lower) && !nobleTitles[words[0].Lower] && !honorifics[strings.TrimSuffix(words[0].Lower, ".")]:
		// "users of the App Store,", "the Boston Celtics won", "the
		// Florida Highway Patrol said": no one's name takes "the", but a
		// title's ("the Duke of Sussex", "the Reverend Al Sharpton"), and
		// a name before the noun it qualifies ("the Taylor Swift fans").
		return x.fact(Organization, words), true
	}
	return x.fact(Person, words), true
}

// actsFor are the people who act or speak for someone, as a sentence may
// open with them: "Representatives for Perry did not respond".
var actsFor = map[string]bool{"representatives": true, "lawyers": true, "attorneys": true, "aides": true, "spokespeople": true,
	"spokesmen": true, "spokeswomen": true, "advisers": true, "advisors": true}

// withoutPortfolio drops from words, what is left of a name after its
// title, the one word of the portfolio the title is for: "Minister for
// Europe Stephen Doughty", "Secretary of State for Health Wes Streeting".
func withoutPortfolio(words []segment.Token) []segment.Token {
	if len(words) < 3 || words[0].Text != "for" {
		return words
	}
	return words[2:]
}

// monthsNoName are the months no one is named: a name opening with one is
// of a thing ("the October Budget"), where "April", "June" and "May" may be
// people's names.
var monthsNoName = map[string]bool{"january": true, "february": true, "march": true, "july": true, "september": true,
	"october": true, "november": true, "december": true}

// endsName reports whether t, after a name, ends it: a reporting verb or one
// in the past ("said", "reported"), a preposition or a conjunction ("the
// Green Vault in Dresden"), not a noun the name qualifies.
func (x *Extractor) endsName(t segment.Token) bool {
	return t.Kind == segment.Word && t.InLowerCase() && (x.lex.ReportingVerbs.Has(t.Lower) || strings.HasSuffix(t.Lower, "ed") || nameEnders[t.Lower])
}

// nameEnders follow a name and are no part of it.
var nameEnders = map[string]bool{"in": true, "at": true, "on": true, "of": true, "to": true, "from": true, "for": true,
	"with": true, "and": true, "or": true, "is": true, "was": true, "has": true, "had": true, "will": true, "would": true}

// honorifics open the names of people that take "the": "the Reverend Al
// Sharpton", "the Dalai Lama", "the Aga Khan".
var honorifics = map[string]bool{"reverend": true, "rev": true, "dalai": true, "aga": true}

// cityAbbreviations are the cities news names by their letters, in capitals
// and without full stops.
var cityAbbreviations = map[string]string{"LA": "Los Angeles", "NYC": "New York City"}

// possessiveDeterminers say whose a thing is: "his Doral golf resort".
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// thingOf reports whether words, a name no rule has typed, are a thing and
// what it is of, one word each ("Ring of Fire", "Statue of Liberty"): a
// person is named so only by a title ("Duke of Sussex", "Secretary of
// State"), and a longer name may be a person's and where they are from
// ("Lando Norris of McLaren").
func (x *Extractor) thingOf(words []segment.Token) bool {
	return len(words) == 3 && words[1].Text == "of" && !x.lex.Titles.Has(words[0].Lower) && !nobleTitles[words[0].Lower]
}

// nobleTitles name a person by what they hold: "Duke of Sussex".
var nobleTitles = map[string]bool{"duke": true, "duchess": true, "earl": true, "countess": true, "count": true,
	"archbishop": true, "bishop": true, "baron": true, "baroness": true, "lord": true, "lady": true, "marquess": true}

// movesBy reports whether the words at toks[j] say a price moved by a share
// ("rose 5.3%", "gained 6.1 percent"): what the name before them is, is a
// company or an index whose shares trade, not a person.
func movesBy(toks []segment.Token, j int) bool {
	if j+2 >= len(toks) || !priceMoves[toks[j].Lower] || toks[j+1].Kind != segment.Number {
		return false
	}
	return marksShare(toks[j+2])
}

// marksShare reports whether t, after a number, makes it a share: "%",
// "percent", or the "per" of "per cent".
func marksShare(t segment.Token) bool {
	return t.Text == "%" || t.Lower == "percent" || t.Lower == "per"
}

// MovesPrice reports whether w, in lower case, says how far a price or a
// figure moved ("rose", "fell"), or which way ("up", "down"), before the
// share it moved by.
func MovesPrice(w string) bool { return priceMoves[w] || priceMovesNow[w] || w == "up" || w == "down" }

// priceMoves are the verbs that say how far a price moved.
var priceMoves = map[string]bool{"rose": true, "fell": true, "gained": true, "lost": true, "jumped": true, "slid": true,
	"climbed": true, "dropped": true, "tumbled": true, "surged": true, "added": true, "slipped": true, "sank": true,
	"soared": true, "plunged": true, "advanced": true, "declined": true, "dipped": true, "rallied": true, "eased": true,
	"risen": true, "fallen": true, "sunk": true, "grew": true, "grown": true, "increased": true, "decreased": true,
	"slumped": true, "leapt": true, "leaped": true, "shrank": true, "shrunk": true, "rebounded": true,
	// A currency's moves: "the yen weakened 0.6%".
	"weakened": true, "strengthened": true, "firmed": true, "softened": true, "retreated": true, "shed": true,
	"edged": true, "inched": true, "ticked": true, "spiked": true, "skidded": true}

// priceMovesNow are the other forms of priceMoves, as headlines and
// participles write them ("Arm shares jump 25%", "sending them rising 3%").
var priceMovesNow = map[string]bool{"rise": true, "rises": true, "rising": true, "fall": true, "falls": true,
	"falling": true, "gain": true, "gains": true, "gaining": true, "lose": true, "loses": true, "losing": true,
	"jump": true, "jumps": true, "jumping": true, "slide": true, "slides": true, "sliding": true, "climb": true,
	"climbs": true, "climbing": true, "drop": true, "drops": true, "dropping": true, "surge": true, "surges": true,
	"surging": true, "slip": true, "slips": true, "slipping": true, "sink": true, "sinks": true, "sinking": true,
	"soar": true, "soars": true, "soaring": true, "plunge": true, "plunges": true, "plunging": true,
	"tumble": true, "tumbles": true, "tumbling": true, "weaken": true, "weakens": true, "weakening": true,
	"strengthen": true, "strengthens": true, "strengthening": true, "sheds": true, "shedding": true}

// periodLabel reports whether w labels a quarter or a half of a year: "Q1"
// to "Q4", "H1", "H2".
func periodLabel(w string) bool {
	return len(w) == 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'H' && (w[1] == '1' || w[1] == '2'))
}

// lawWords end the name of a law, a treaty or a pact.
var lawWords = map[string]bool{"act": true, "acts": true, "agreement": true, "accord": true, "accords": true, "treaty": true,
	"conventions": true, "constitution": true, "charter": true, "protocol": true, "amendment": true}

// policyWords end the name of a policy, a budget or the rate a central bank
// sets, no one's surname.
var policyWords = map[string]bool{"rate": true, "rates": true, "budget": true, "plan": true,
	"scheme": true, "strategy": true, "doctrine": true}

// thingAcronyms are written in capitals and name things, not bodies: "GDP
// fell 0.5%", "TV stations".
var thingAcronyms = map[string]bool{"MVP": true, "PhD": true, "GDP": true, "GNP": true, "CPI": true, "PPI": true, "PMI": true, "IPO": true,
	"AI": true, "EV": true, "EVs": true, "IT": true, "TV": true, "PC": true, "PCs": true, "ATM": true, "ATMs": true,
	"DNA": true, "RNA": true, "HIV": true, "LNG": true, "SUV": true, "SUVs": true, "VAT": true, "ETF": true,
	"ETFs": true, "MRI": true, "ICU": true, "VPN": true, "GPS": true, "SMS": true, "ID": true}

// acronymPlural reports whether w is an acronym made plural ("GPUs",
// "NGOs", "CEOs"): things or people of a kind, no one's name.
func acronymPlural(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && len(stem) >= 2 && !strings.ContainsFunc(stem, func(r rune) bool { return !unicode.IsUpper(r) })
}

// numberedEras are the periods, laws and courts an ordinal numbers, which
// are no one's names: "Fifth Republic", "Second Amendment", "Ninth Circuit";
// "Third Way", a party, is named by another word.
var numberedEras = map[string]bool{"republic": true, "amendment": true, "reich": true, "empire": true,
	"dynasty": true, "circuit": true}

// clubPrefixes open the names of football clubs, before their city or their
// own name: "Real Madrid", "Bayern Munich", "Sporting Lisbon".
var clubPrefixes = map[string]bool{"real": true, "atletico": true, "atlético": true, "athletic": true, "bayern": true,
	"inter": true, "borussia": true, "sporting": true, "dynamo": true, "dinamo": true, "olympique": true,
	"lokomotiv": true, "spartak": true, "cska": true, "eintracht": true, "werder": true, "hertha": true,
	"fortuna": true, "hajduk": true, "benfica": true, "galatasaray": true, "fenerbahce": true, "besiktas": true}

// OpensClubName reports whether word opens the names of football clubs
// ("Real", "Borussia"), which a report may call by either of their words.
func OpensClubName(word string) bool { return clubPrefixes[strings.ToLower(word)] }

// hyphenPrefixes open a word made of a name: "Anti-Islam", "Pro-Kremlin",
// "Ex-President".
var hyphenPrefixes = map[string]bool{"anti": true, "pro": true, "non": true, "ex": true, "pre": true, "post": true, "neo": true}

// partyNouns follow the name of a party or a group in lower case: "the Likud
// party", "the Green Left alliance".
var partyNouns = map[string]bool{"party": true, "alliance": true, "coalition": true, "bloc": true,
	"movement": true, "militia": true, "faction": true, "union": true, // "the United Steelworkers union"
	"rebels": true, "militants": true, "insurgents": true} // "M23 rebels": the group's name

// occasionDay reports whether the possessive before toks[j] names the day
// of those it is kept for: "Mother's Day", "International Women's Day".
func occasionDay(toks []segment.Token, j int) bool {
	return occasions[strings.TrimSuffix(toks[j-1].Lower, "'s")] && j < len(toks) && toks[j].Lower == "day"
}

// workers are those named by their work before "at" and where they do it:
// "economist at Capital Economics".
var workers = map[string]bool{"economist": true, "economists": true, "analyst": true, "analysts": true,
	"strategist": true, "strategists": true, "researcher": true, "researchers": true, "professor": true,
	"scientist": true, "scientists": true, "lecturer": true, "trader": true, "traders": true, "fellow": true}

// occasions name the days named for them: "Election Day", "Memorial Day".
var occasions = map[string]bool{"election": true, "labor": true, "labour": true, "memorial": true, "independence": true,
	"victory": true, "inauguration": true, "thanksgiving": true, "veterans": true, "remembrance": true, "armistice": true,
	"mother": true, "father": true, "women": true, "children": true, "bastille": true, "anzac": true, "polling": true}

// mediaNouns follow the name of a broadcaster or a paper: "France Inter
// radio", "Kommersant daily".
var mediaNouns = map[string]bool{"radio": true, "television": true, "tv": true, "newspaper": true,
	"daily": true, "magazine": true, "broadcaster": true}

// lettersThenDigits reports whether w is a word of three letters or more
// with figures written onto its end, as a service or a company may be named
// ("Flightradar24"), no model's code ("A320").
func lettersThenDigits(w string) bool {
	k := strings.IndexFunc(w, unicode.IsDigit)
	return k >= 3 && strings.IndexFunc(w[k:], func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// camelCase reports whether a word joins two capitalised words into one, as
// the names of products and companies do ("FedWatch", "YouTube",
// "PowerPoint"), but not as surnames do after a prefix ("McConnell",
// "MacArthur", "DeSantis", "LeBron", "DiCaprio", "VanDyke").
func camelCase(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return !surnamePrefixes[w[:k]]
		}
	}
	return false
}

// surnamePrefixes open surnames written with a second capital.
var surnamePrefixes = map[string]bool{"Mc": true, "Mac": true, "De": true, "Di": true, "Da": true, "Le": true,
	"La": true, "Van": true, "Von": true, "Du": true, "Fitz": true}

// movedTo reports whether toks[k] is "to" or "from" after a verb of moving:
// "flew to", "fled from".
func movedTo(toks []segment.Token, k int) bool {
	return k > 0 && (toks[k].Lower == "to" || toks[k].Lower == "from") && movementVerbs[toks[k-1].Lower]
}

// movementVerbs take someone or something to a place or away from one.
var movementVerbs = map[string]bool{"flew": true, "fly": true, "flying": true, "travelled": true, "traveled": true,
	"travel": true, "returned": true, "return": true, "returning": true, "moved": true, "headed": true, "went": true,
	"fled": true, "sailed": true, "drove": true, "deported": true, "evacuated": true, "home": true, "back": true,
	"arrived": true, "came": true, "way": true, "trip": true, "journey": true, "route": true, "relocated": true,
	"visit": true, "visits": true, "tour": true, "flight": true, "flights": true}

// beforeItsRegion reports whether the name that ends at toks[j] is a town
// given with its state or country after a comma, as news style places one:
// "Ontario, California", "Portland, Oregon, on Friday". The region must close
// its phrase ("Smith, Texas governor" is a person and his office).
func (x *Extractor) beforeItsRegion(toks []segment.Token, j int) bool {
	if j+1 >= len(toks) || toks[j].Text != "," || !segment.StartsUpper(toks[j+1].Text) {
		return false
	}
	k := nameRun(toks, j+1)
	region := joinWords(toks[j+1 : k])
	if _, ok := x.lex.StateAbbreviations[strings.ToLower(strings.ReplaceAll(region, ".", ""))]; ok && k == j+2 {
		return true // "Cupertino, Calif.", "Newark, N.J. on Monday"
	}
	if !x.lex.Places.Has(region) {
		return false
	}
	return k == len(toks) || toks[k].Kind == segment.Punct
}

// tradeNouns say what trade a company is in, before its name, where a sentence
// that opens with one capitalises it: "Chipmaker Broadcom Inc said".
var tradeNouns = map[string]bool{"retailer": true, "lender": true, "insurer": true, "miner": true,
	"broadcaster": true, "airline": true, "carrier": true, "conglomerate": true, "startup": true, "rival": true,
	"utility": true, "refiner": true, "shipper": true, "manufacturer": true}

// isTradeNoun reports whether w, in lower case, is a trade's noun: one of
// tradeNouns, or a maker of something ("carmaker", "drugmaker").
func isTradeNoun(w string) bool {
	return tradeNouns[w] || len(w) > len("maker") && strings.HasSuffix(w, "maker")
}

// pronounContraction reports whether w, in lower case, is a pronoun with a
// verb written onto it: "i've", "we're", "it's".
func pronounContraction(w string) bool {
	pronoun, verb, ok := strings.Cut(segment.Fold(w), "'")
	return ok && contractedVerbs[verb] && (pronoun == "i" || pronoun == "we" || pronoun == "you" || pronoun == "they" || pronoun == "he" || pronoun == "she" || pronoun == "it")
}

// contractedVerbs are the verbs written onto a pronoun after an apostrophe.
var contractedVerbs = map[string]bool{"ve": true, "m": true, "ll": true, "d": true, "re": true, "s": true}

// settlementNouns say before a name that it is a town's: "the state capital
// Porto Alegre".
var settlementNouns = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "hometown": true}

// companyKindAfter reports whether the lower-case words from toks[j], up to
// maxKindAfter of them, end in a word for a company's kind: "hedge fund",
// "cryptocurrency exchange", "private equity firm".
func (x *Extractor) companyKindAfter(toks []segment.Token, j int) bool {
	for k := j; k < len(toks) && k < j+maxKindAfter; k++ {
		t := toks[k]
		if t.Kind != segment.Word || !t.InLowerCase() || x.lex.StopWords.Has(t.Lower) || x.lex.ReportingVerbs.Has(t.Lower) || strings.HasSuffix(t.Lower, "ed") {
			return false // "Katrin Jakobsdottir told public broadcaster RUV": a verb after the name
		}
		if companyKinds[t.Lower] || isTradeNoun(t.Lower) {
			return true
		}
	}
	return false
}

// maxKindAfter is the most words companyKindAfter reads after a name.
const maxKindAfter = 3

// companyKinds are words for a kind of company that follow its name.
var companyKinds = map[string]bool{"fund": true, "exchange": true, "firm": true, "company": true, "startup": true,
	"platform": true, "bank": true, "brokerage": true, "conglomerate": true, "index": true}

// companyHoldings are what a name's possessive has that only a company has.
var companyHoldings = map[string]bool{"parent": true, "shares": true, "stock": true, "subsidiary": true, "shareholders": true, "ceo": true}

// companyNoun reports whether t, in lower case, says before a name that the
// name is a company's: a trade's noun, or "giant", "company", "firm".
func companyNoun(t segment.Token) bool {
	return t.InLowerCase() && (isTradeNoun(t.Lower) || t.Lower == "giant" || t.Lower == "company" || t.Lower == "firm" || t.Lower == "operator")
}

// ownedBy reports whether the name at toks[i] follows a word that says who
// owns or runs it: "state-owned Codelco", "state-run Xinhua".
func ownedBy(toks []segment.Token, i int) bool {
	return i > 1 && ownership[toks[i-1].Lower] && toks[i-2].IsHyphen() && segment.Glued(toks, i-1)
}

// ownership are the participles that, joined to an owner ("state-owned"),
// say a body is owned or run by it; "rebel-controlled Idlib" is a place.
var ownership = map[string]bool{"owned": true, "run": true}

// movableFeasts are the holidays whose date moves from year to year, which
// fixedHolidays cannot date.
var movableFeasts = map[string]bool{"easter": true, "easter sunday": true, "easter monday": true, "good friday": true,
	"palm sunday": true, "thanksgiving": true, "thanksgiving day": true, "ramadan": true, "eid": true, "eid al-fitr": true,
	"eid al-adha": true, "passover": true, "hanukkah": true, "diwali": true, "yom kippur": true, "lunar new year": true}

// groupNouns, before a name, say it is a body's: "the militant group
// Hezbollah", "the far-right party Reconquete".
var groupNouns = map[string]bool{"group": true, "party": true, "movement": true, "militia": true, "charity": true}

// eventWords end the names of competitions and prizes.
var eventWords = map[string]bool{"cup": true, "open": true, "championship": true, "championships": true,
	"games": true, "olympics": true, "paralympics": true, "prize": true, "trophy": true, "series": true, "tournament": true,
	"award": true, "awards": true, "prix": true, "slam": true, "bowl": true, "marathon": true, "final": true, "finals": true}

// VenueName returns the name a place built for a purpose also goes by, its
// name without the word for its kind ("Wembley" for "Wembley Stadium"), or "".
func VenueName(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !venueWords.Has(name[i+1:]) {
		return ""
	}
	return name[:i]
}

// venueWords end the names of places built for a purpose.
var venueWords = lexicon.Set{"stadium": true, "arena": true, "airport": true, "station": true, "bridge": true,
	"palace": true, "hotel": true, "park": true, "hospital": true, "harbour": true, "harbor": true, "port": true,
	"building": true, "tower": true, "towers": true, "cathedral": true, "monument": true, "memorial": true,
	"plaza": true, "canal": true, "dam": true, "mosque": true, "temple": true, "castle": true, "cottage": true,
	"garden": true, "gardens": true, "square": true}

// placesJoined reports whether words are places joined by hyphens, as a
// border or a route between them is named: "Ohio-Pennsylvania".
func (x *Extractor) placesJoined(words []segment.Token) bool {
	if len(words) < 3 || len(words)%2 == 0 {
		return false
	}
	for k, w := range words {
		if k%2 == 1 && !w.IsHyphen() || k%2 == 0 && !x.lex.Places.Has(w.Lower) {
			return false
		}
	}
	return true
}

// modelAfterNumber reports whether the name at toks[i] follows a model's
// number after an article or its maker's name: "a 737 MAX jet", "Boeing 737
// MAX", not a count of a body's people ("About 1,200 BBC staff").
func modelAfterNumber(toks []segment.Token, i int) bool {
	if i < 2 || toks[i-1].Kind != segment.Number || strings.ContainsAny(toks[i-1].Text, ",.") {
		return false
	}
	before := toks[i-2]
	return before.Lower == "a" || before.Lower == "an" || before.Lower == "the" || i > 2 && before.Kind == segment.Word && segment.StartsUpper(before.Text) ||
		jetModels[toks[i-1].Text] // "its best-selling 737 MAX jet"
}

// civicHall reports whether words name a town's hall ("City Hall", "County
// Hall"): a place, where "Hall" alone ends many people's names.
func civicHall(words []segment.Token) bool {
	n := len(words)
	return n == 2 && words[1].Lower == "hall" && (words[0].Lower == "city" || words[0].Lower == "town" || words[0].Lower == "county")
}

// geoHeads open the names of places that are a feature of another, with
// "of": "Port of Baltimore", "Gulf of Mexico", "Isle of Man".
var geoHeads = map[string]bool{"port": true, "gulf": true, "bay": true, "strait": true, "straits": true,
	"sea": true, "isle": true, "lake": true, "cape": true, "republic": true}

// geoTails end the names of natural features: "Mediterranean Sea", "Rhine River".
var geoTails = map[string]bool{"sea": true, "ocean": true, "river": true, "mountains": true, "desert": true,
	"channel": true, "strait": true, "gulf": true, "bay": true, "coast": true, "glacier": true, "strip": true, "peninsula": true,
	"island": true, "islands": true}

// FeatureName returns the word a place named for a sea's feature, in two
// words, also goes by alone: "Channel" for "English Channel", "Gulf" for
// "Persian Gulf"; or "". Other features' kinds name none alone: "the Sea" is
// no one sea.
func FeatureName(name string) string {
	first, kind, ok := strings.Cut(name, " ")
	if !ok || first == "" || !alonePlaceKinds.Has(kind) {
		return ""
	}
	return kind
}

// BareName returns the name a place also goes by without the word for its
// kind: "Gaza" for "Gaza Strip", "Guaiba" for "Guaiba River", "Thames" for
// "River Thames", "Iberian" for "Iberian Peninsula"; or "".
func BareName(name string) string {
	for _, kind := range []string{" Strip", " River", " Peninsula"} {
		if bare, ok := strings.CutSuffix(name, kind); ok && bare != "" {
			return bare
		}
	}
	if bare, ok := strings.CutPrefix(name, "River "); ok && bare != "" {
		return bare
	}
	return ""
}

// alonePlaceKinds are the kinds of feature that, with "the", name the one
// the story is about.
var alonePlaceKinds = lexicon.Set{"channel": true, "gulf": true}

// modelCode reports whether a word mixes letters and digits as a product's
// model does ("A6", "X5").
func modelCode(w string) bool {
	letters, digits := false, false
	for _, r := range w {
		letters = letters || unicode.IsLetter(r)
		digits = digits || unicode.IsDigit(r)
	}
	return letters && digits
}

// PortOf returns the place a port named "Port of X" serves, X, or "": the
// port of Baltimore is where a report that names Baltimore alone puts it.
func PortOf(name string) string {
	if rest, ok := strings.CutPrefix(name, "Port of "); ok {
		return rest
	}
	return ""
}

// placePrepositions put the name of a place after them: a name of two words
// or more that one follows, and no title opens, is a place's.
var placePrepositions = map[string]bool{"in": true, "near": true, "off": true}

func possessive(t segment.Token) bool {
	return strings.HasSuffix(t.Lower, "'s")
}

// withoutPlaceOfTitle strips from words the place, portfolio or employer that
// a title which follows it is of: "Louisiana Governor", "Health Secretary",
// "Apple CEO Tim Cook". A name's suffix after a title word is no one's name
// ("Martin Luther King Jr.").
func (x *Extractor) withoutPlaceOfTitle(words []segment.Token) []segment.Token {
	if nameSuffixes[strings.TrimSuffix(words[len(words)-1].Lower, ".")] {
		return words
	}
	for k := 1; k < len(words)-1 && k <= 3; k++ {
		if x.lex.Titles.Has(words[k].Lower) && (jobTitles[words[k].Lower] || x.lex.Places.Has(joinWords(words[:k])) || x.allPortfolios(words[:k]) ||
			k == 1 && x.lex.Organizations.Has(words[0].Lower)) {
			return words[k:]
		}
	}
	return words
}

// nameSuffixes close a person's name.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// jobTitles are the titles that, after a name, make it an employer and its
// officer rather than a person: "Boeing CEO", "Tesla Chief Executive".
var jobTitles = map[string]bool{"ceo": true, "cfo": true, "coo": true, "cto": true, "chief": true, "executive": true, "chairman": true, "chairwoman": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true,
	"director": true, "boss": true}

// employer returns what words name when they end in a job title ("Boeing CEO to
// exit"): the place or organisation the office is of, without the title; ok
// false when words do not end in one.
func (x *Extractor) employer(words []segment.Token) (Fact, bool) {
	n := len(words)
	if n < 2 || !jobTitles[words[n-1].Lower] {
		return Fact{}, false
	}
	for n > 0 && x.lex.Titles.Has(words[n-1].Lower) {
		n--
	}
	if n == 0 {
		return Fact{}, false
	}
	if x.lex.Places.Has(strings.ToLower(trimPossessive(joinWords(words[:n])))) {
		return x.fact(Place, words[:n]), true
	}
	return x.fact(Organization, words[:n]), true
}

// portfolios name what a minister or secretary is of: "Health Secretary Steve
// Barclay", "Education Minister Jane Doe". Only before a title are they no
// part of a name ("Health Canada" is one).
var portfolios = map[string]bool{"health": true, "home": true, "education": true, "trade": true, "economy": true,
	"energy": true, "environment": true, "transport": true, "culture": true, "labour": true, "labor": true,
	"agriculture": true, "treasury": true, "business": true, "housing": true, "industry": true, "commerce": true,
	"science": true, "tourism": true, "immigration": true, "climate": true, "digital": true, "sports": true,
	"railway": true, "railways": true, "aviation": true, "power": true, "oil": true, "petroleum": true, "mining": true,
	"mines": true, "water": true, "communications": true, "information": true, "telecommunications": true,
	"infrastructure": true, "development": true, "planning": true, "welfare": true, "veterans": true, "youth": true,
	"sport": true, "fisheries": true, "security": true, "cabinet": true}

func (x *Extractor) allPortfolios(words []segment.Token) bool {
	// "Chief Cabinet Secretary": a title before the portfolio is the title's
	// too; "Saudi Energy Minister": so is the nation.
	return !slices.ContainsFunc(words, func(t segment.Token) bool {
		return !portfolios[t.Lower] && !x.lex.Titles.Has(t.Lower) && !x.lex.Demonyms.Has(t.Lower)
	})
}

// partyMembers are the members of parties by which reports name the parties.
var partyMembers = map[string]bool{"democrats": true, "republicans": true, "conservatives": true, "socialists": true,
	"liberals": true, "greens": true, "tories": true, "communists": true, "nationalists": true}

// isPlural reports whether a lower-case word looks like a plural ("socialists",
// not "ross").
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
}

// afterA reports whether the name at toks[i] follows "a" or "an".
func afterA(toks []segment.Token, i int) bool {
	return i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an")
}

// afterThe reports whether toks[i] follows "the", or "the" and one word in
// lower case ("the outgoing Socialists").
func afterThe(toks []segment.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "the" {
		return true
	}
	return i > 1 && toks[i-2].Lower == "the" && toks[i-1].Kind == segment.Word && !segment.StartsUpper(toks[i-1].Text)
}

// attributive reports whether toks[j], after a name, is a noun the name
// qualifies: "the Biden administration", "the Assad regime" take "the" for
// the noun, and the name may be a person's.
func attributive(toks []segment.Token, j int) bool {
	return j < len(toks) && qualifiedNouns[toks[j].Lower]
}

// qualifiedNouns follow a person's name used as a qualifier.
var qualifiedNouns = map[string]bool{"administration": true, "government": true, "campaign": true, "family": true,
	"era": true, "presidency": true, "camp": true, "team": true, "regime": true, "years": true, "estate": true,
	"trial": true, "case": true, "doctrine": true, "plan": true, "foundation": true, "white": true}

// afterPlaceThe reports whether the name at toks[i] follows "the" after a
// word that puts a place after it: "in the Donbas", "at the Bernabeu", "fled
// to the Crimea", "swept through the Texas Hill Country".
func afterPlaceThe(toks []segment.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "the" {
		return false
	}
	return placePrepositions[toks[i-2].Lower] || wayPrepositions[toks[i-2].Lower] || toks[i-2].Lower == "at" || movedTo(toks, i-2)
}

// wayPrepositions say, before "the", which way over a place something goes.
var wayPrepositions = map[string]bool{"through": true, "across": true, "along": true, "throughout": true}

// speaks reports whether the capitalised word w that opens a sentence, before
// toks[j], is a speaker's name: "Kerry said ...", "Lavrov told ...", or a name
// that an aside describes: "Lavrov, who ...", "Lavrov, speaking in Moscow, ...".
// Plurals and collective nouns speak too ("Officials said", "Police said") and
// are left out.
func (x *Extractor) speaks(toks []segment.Token, j int, w string) bool {
	if j >= len(toks) || !x.lex.ReportingVerbs.Has(toks[j].Lower) && !x.describedAside(toks, j, w) {
		return false
	}
	plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	return !plural && !collectiveSpeakers[w] && !x.lex.Titles.Has(w)
}

// describedAside reports whether the word w that opens a sentence is followed,
// at toks[j], by an aside that describes a person: a comma, then "who" or a verb
// of speaking ("Lavrov, speaking in Moscow, welcomed it"). Adverbs and linking
// words take a comma too ("However, speaking ...") and are left out.
func (x *Extractor) describedAside(toks []segment.Token, j int, w string) bool {
	if j+1 >= len(toks) || toks[j].Text != "," || x.lex.StopWords.Has(w) || x.lex.Connectives.Has(w) || strings.HasSuffix(w, "ly") {
		return false
	}
	return toks[j+1].Lower == "who" || speakingVerbs[toks[j+1].Lower]
}

// speakingVerbs open an aside about a speaker: "Lavrov, speaking in Moscow, ...".
var speakingVerbs = map[string]bool{"speaking": true, "talking": true, "writing": true, "addressing": true, "responding": true}

// faiths name the followers of a faith or a creed, as demonyms name a people
// ("mostly Muslim countries", "against Muslims", "Islamist militants"); alone,
// not opening a name ("Christian Lindner", "the Catholic Church", "Islamic
// State").
var faiths = map[string]bool{"muslim": true, "christian": true, "jewish": true, "jew": true, "hindu": true,
	"sikh": true, "buddhist": true, "catholic": true, "protestant": true, "sunni": true, "shia": true,
	"shiite": true, "evangelical": true, "islamist": true, "jihadist": true, "salafist": true, "islamic": true,
	"marxist": true, "maoist": true, "zionist": true}

// collectiveSpeakers open a sentence before a reporting verb and name no one.
var collectiveSpeakers = map[string]bool{"police": true, "government": true, "military": true, "army": true,
	"opposition": true, "parliament": true, "congress": true, "management": true, "staff": true, "everyone": true,
	"nobody": true, "someone": true, "one": true, "another": true, "prosecution": true, "defence": true, "defense": true}

// isOrg reports whether a name is an organisation's: it ends in a word such as
// "Group", "Department" or "Council".
func (x *Extractor) isOrg(words []segment.Token) bool {
	// "Union leader Marie Dupont": the word alone names no organisation.
	if len(words) > 1 && x.lex.OrgWords.Has(trimPossessive(words[len(words)-1].Lower)) {
		return true
	}
	// "Tohoku Electric Power", "Duke Energy": a word of an industry after
	// the first names a company, though not a company a person is of
	// ("Amrita Sen of Energy Aspects").
	name := words
	if of := slices.IndexFunc(words, func(t segment.Token) bool { return t.Text == "of" }); of >= 0 {
		name = words[:of]
	}
	for k := 1; k < len(name); k++ {
		// "Saudi Energy Minister Prince Abdulaziz": before a title, the
		// industry is the minister's portfolio.
		if industryWords[name[k].Lower] && !(k+1 < len(name) && x.lex.Titles.Has(name[k+1].Lower)) {
			return true
		}
	}
	// "Observatory for Human Rights", "Ministry of Defence", "Institute on
	// Aging", "Directorate General of Civil Aviation", "Committee to Protect
	// Journalists"; in French, "Banque de France", "Musée d'Orsay".
	for k := 1; k < len(words); k++ {
		body := x.lex.OrgWords.Has(words[k-1].Lower) || k >= 2 && words[k-1].Lower == "general" && x.lex.OrgWords.Has(words[k-2].Lower)
		if body && (k+1 < len(words) && (words[k].Lower == "for" || words[k].Lower == "of" || words[k].Lower == "de" || words[k].Lower == "to" || words[k].Lower == "on" && !x.namesDay(words[k+1])) ||
			elidedParticle(words[k].Text)) {
			return true
		}
	}
	return false
}

// industryWords name an industry: after a name's first word, a company's.
var industryWords = map[string]bool{"electric": true, "electronics": true, "energy": true, "petroleum": true,
	"steel": true, "chemical": true, "chemicals": true, "pharmaceutical": true, "motor": true, "insurance": true,
	"semiconductor": true, "telecom": true, "shipping": true, "mining": true, "logistics": true, "utilities": true,
	"gas": true, "oil": true, "aerospace": true}

func trimPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "\u2019s")
}

// fact builds the entity fact for words.
func (x *Extractor) fact(t Type, words []segment.Token) Fact {
	name := trimPossessive(joinWords(words))
	f := Fact{Type: t, Start: words[0].Start, End: words[len(words)-1].End, Value: name}
	for _, possessive := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(words[len(words)-1].Text, possessive) {
			f.End -= len(possessive)
		}
	}
	f.Key = entityKey(t, name)
	return f
}

// address returns the place fact of a street's name, the words at toks[i:],
// with the house number before it: the number tells one address from
// another ("10 Downing Street" / "11 Downing Street"), but the street is one
// place however it is numbered, so the key leaves the number out.
func (x *Extractor) address(toks []segment.Token, i int, words []segment.Token) Fact {
	f := x.fact(Place, words)
	if i == 0 || words[0].Start != toks[i].Start || toks[i-1].Kind != segment.Number || !isAddress(toks, i-1) {
		return f
	}
	f.Start = toks[i-1].Start
	f.Value = toks[i-1].Text + " " + f.Value
	return f
}

// entityKey is the key that joins mentions of one entity: a person's surname
// without particles ("Bashar al-Assad", "Assad" -> "assad"), an organisation's or
// place's folded name.
func entityKey(t Type, name string) string {
	folded := strings.ToLower(spelling.WithoutAccents(segment.Fold(name)))
	folded = nameSeparators.Replace(folded)
	if t == Organization {
		// "United Nations Security Council" and "UN Security Council".
		for long, short := range spelledOutPrefixes {
			if rest, ok := strings.CutPrefix(strings.TrimPrefix(folded, "the "), long); ok {
				folded = short + rest
			}
		}
		// "the Tokyo Olympics", "the Tokyo Olympic Games" and "the Tokyo
		// Games" are one; so are "the Beijing Winter Olympics" and "the
		// Beijing Olympics", a city's games being of one season.
		for _, olympics := range []string{" olympic games", " olympics"} {
			if rest, ok := strings.CutSuffix(folded, olympics); ok {
				rest = strings.TrimSuffix(strings.TrimSuffix(rest, " winter"), " summer")
				folded = rest + " games"
			}
		}
		// "U.S. State Department" and "State Department", "U.S. Senate" and
		// "Senate" are one organisation.
		for _, prefix := range []string{"the ", "us ", "u s ", "uk ", "un ", "eu "} {
			if rest := strings.TrimPrefix(folded, prefix); rest != folded && (strings.Contains(rest, " ") || len(rest) >= 4) {
				folded = rest
			}
		}
		// "J.P. Morgan" and "JPMorgan": initials with their full stops, set
		// apart, or run into the name.
		if n := dottedInitials(name); n > 0 && len(folded) > n && folded[n] == ' ' {
			folded = folded[:n] + folded[n+1:]
		}
	}
	if t != Person {
		return strings.TrimPrefix(folded, "the ")
	}
	parts := strings.Fields(folded)
	for len(parts) > 1 && generations[parts[len(parts)-1]] {
		parts = parts[:len(parts)-1] // "Vinicius Jr." and "Vinicius Junior" are Vinicius
	}
	return parts[len(parts)-1]
}

// generations follow a name to tell a son from his father.
var generations = map[string]bool{"jr": true, "junior": true, "sr": true, "senior": true, "ii": true, "iii": true}

// dottedInitials returns how many initials name opens with, each with its
// full stop ("J.P. Morgan": 2), or 0 for fewer than two.
func dottedInitials(name string) int {
	n := 0
	for 2*n+1 < len(name) && name[2*n] >= 'A' && name[2*n] <= 'Z' && name[2*n+1] == '.' {
		n++
	}
	if n < 2 {
		return 0
	}
	return n
}

// spelledOutPrefixes are names that open an organisation's name spelled out or
// as initials.
var spelledOutPrefixes = map[string]string{"united nations ": "un ", "united states ": "us ",
	"european union ": "eu ", "united kingdom ": "uk "}

func isAcronym(words []segment.Token) bool {
	return len(words) == 1 && segment.IsAcronym(words[0].Text)
}

// joinWords joins the folded text of toks, a space where the article had
// space; one word is its own, uncopied.
func joinWords(toks []segment.Token) string { return joinTokens(toks, false) }

// joinLower is joinWords in lower case.
func joinLower(toks []segment.Token) string { return joinTokens(toks, true) }

func joinTokens(toks []segment.Token, lower bool) string {
	text := func(t segment.Token) string {
		if lower {
			return t.Lower
		}
		return t.Fold
	}
	if len(toks) == 1 {
		return text(toks[0])
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(text(t))
	}
	return b.String()
}

// nameSeparators turns the hyphens and dots inside a name into its word breaks:
// "al-Assad" and "al Assad", "U.S." and "US" become one.
var nameSeparators = strings.NewReplacer("-", " ", ".", "")
