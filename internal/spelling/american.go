package spelling

import "strings"

// American returns the American spelling of a lower-case word spelt the British
// way ("favourite" -> "favorite", "organisation" -> "organization", "defence"
// -> "defense", "travelled" -> "traveled"), or the word itself. Two wire
// reports of one story are often spelt one each way. Only listed roots are
// changed: rules alone would turn "promise" into "promize" and "four" into "for".
func American(w string) string {
	if a, ok := americanWords[w]; ok {
		return a
	}
	if len(w) < 3 || rootsByStart[w[:3]] == nil {
		return w // the common case: no listed root starts as this word does
	}
	roots := rootsByStart[w[:3]]
	for _, r := range roots.our {
		if strings.HasPrefix(w, r) {
			return r[:len(r)-2] + "r" + w[len(r):] // "favour" -> "favor"
		}
	}
	for _, r := range roots.ise {
		if rest, ok := strings.CutPrefix(w, r); ok && iseEndings[rest] {
			return r[:len(r)-1] + "z" + rest // "organis" -> "organiz"
		}
	}
	for _, r := range roots.doubled {
		if rest, ok := strings.CutPrefix(w, r+"l"); ok && (rest == "ed" || rest == "ing" || rest == "er" || rest == "ers") {
			return r + rest // "travelled" -> "traveled"
		}
	}
	for _, r := range roots.re {
		if rest, ok := strings.CutPrefix(w, r+"re"); ok && (rest == "" || rest == "s" || rest == "d") {
			return r + "er" + rest // "centre" -> "center"
		}
	}
	return w
}

// rootSet is the roots of each kind that begin with the same three letters.
type rootSet struct{ our, ise, doubled, re []string }

// rootsByStart indexes the roots below by their first three letters, so that
// a word is checked against the few that may start it, not against all of them:
// American runs on every word of every article.
var rootsByStart = func() map[string]*rootSet {
	index := map[string]*rootSet{}
	at := func(r string) *rootSet {
		if index[r[:3]] == nil {
			index[r[:3]] = new(rootSet)
		}
		return index[r[:3]]
	}
	for _, r := range ourRoots {
		at(r).our = append(at(r).our, r)
	}
	for _, r := range iseRoots {
		at(r).ise = append(at(r).ise, r)
	}
	for _, r := range doubledL {
		at(r).doubled = append(at(r).doubled, r)
	}
	for _, r := range reRoots {
		at(r).re = append(at(r).re, r)
	}
	return index
}()

var americanWords = map[string]string{
	"programme": "program", "programmes": "programs", "defence": "defense", "offence": "offense",
	"offences": "offenses", "licence": "license", "licences": "licenses", "pretence": "pretense",
	"grey": "gray", "cheque": "check", "cheques": "checks", "manoeuvre": "maneuver",
	"manoeuvres": "maneuvers", "aluminium": "aluminum", "sceptic": "skeptic", "sceptics": "skeptics",
	"sceptical": "skeptical", "scepticism": "skepticism", "ageing": "aging", "judgement": "judgment",
	"judgements": "judgments", "analyse": "analyze", "analysed": "analyzed", "analyses": "analyzes",
	"analysing": "analyzing", "paralyse": "paralyze", "paralysed": "paralyzed", "catalogue": "catalog",
	"jewellery": "jewelry", "mould": "mold", "smoulder": "smolder", "sulphur": "sulfur",
	"plough": "plow", "pyjamas": "pajamas", "enrol": "enroll", "fulfil": "fulfill", "instalment": "installment",
}

// ourRoots are spelt with "our" in Britain and "or" in America, with whatever
// follows them ("favourite", "labourers", "honoured").
var ourRoots = []string{"colour", "favour", "honour", "labour", "neighbour", "behaviour", "harbour",
	"rumour", "humour", "armour", "endeavour", "vigour", "saviour", "flavour", "savour", "vapour",
	"odour", "valour", "parlour", "clamour", "rancour", "candour", "splendour", "tumour", "fervour", "ardour"}

// iseEndings follow an ise root: "criticism" keeps its "s".
var iseEndings = map[string]bool{"e": true, "es": true, "ed": true, "ing": true, "ation": true,
	"ations": true, "er": true, "ers": true, "able": true}

// iseRoots take "is" in Britain and "iz" in America ("organisation", "recognised").
var iseRoots = []string{"organis", "recognis", "realis", "apologis", "criticis", "prioritis", "mobilis", "stabilis",
	"authoris", "minimis", "maximis", "summaris", "characteris", "privatis", "legalis", "normalis",
	"modernis", "capitalis", "centralis", "civilis", "finalis", "formalis", "globalis", "hospitalis",
	"industrialis", "jeopardis", "memoris", "militaris", "monopolis", "neutralis", "penalis",
	"polaris", "popularis", "publicis", "radicalis", "rationalis", "scrutinis", "specialis",
	"standardis", "sympathis", "utilis", "visualis", "energis", "categoris", "patronis", "terroris",
	"fertilis", "harmonis", "immunis", "localis", "marginalis", "nationalis", "optimis", "emphasis",
	"agonis", "antagonis", "baptis", "brutalis", "commercialis", "criminalis", "decentralis",
	"demilitaris", "democratis", "destabilis", "digitalis", "dramatis", "economis", "equalis",
	"euthanis", "familiaris", "fantasis", "hypothesis", "idealis", "immobilis", "initialis",
	"institutionalis", "legitimis", "liberalis", "mesmeris", "moralis", "naturalis", "ostracis",
	"pasteuris", "personalis", "philosophis", "politicis", "pressuris", "revolutionis", "sanitis",
	"scandalis", "sensitis", "socialis", "stigmatis", "subsidis", "synchronis", "theoris",
	"trivialis", "unionis", "urbanis", "vandalis", "victimis", "weaponis"}

// doubledL double their "l" in Britain before "-ed", "-ing", "-er".
var doubledL = []string{"travel", "cancel", "label", "model", "fuel", "signal", "counsel", "level",
	"marshal", "channel", "tunnel", "total", "quarrel", "equal", "dial", "rival", "shovel", "pedal"}

// reRoots end in "re" in Britain and "er" in America ("centre", "theatres").
var reRoots = []string{"cent", "theat", "met", "lit", "fib", "calib", "spect", "somb", "lust", "manoeuv", "sabr"}
