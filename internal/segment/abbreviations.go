package segment

// prefixAbbreviations stand before a name and so never end a sentence.
var prefixAbbreviations = setOf(
	"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
	"maj", "adm", "prof", "st", "mt", "ft", "rev", "hon", "pres", "messrs", "cmdr",
	"supt", "det", "insp", "brig", "cpl", "pvt", "amb", "sec", "atty", "gens", "sens", "reps",
)

// PrefixAbbreviation reports whether w, in lower case and without its
// period, is an abbreviation that stands before a name: "Gov", "Adm", "Dr".
func PrefixAbbreviation(w string) bool { return prefixAbbreviations[w] }

// otherAbbreviations usually stand inside a sentence but may end one: the period
// ends the sentence only when a capitalised word follows.
var otherAbbreviations = setOf(
	"inc", "corp", "co", "ltd", "jr", "sr", "bros", "no", "nos", "vs", "v", "etc",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"p", "pp", "vol", "fig", "approx", "est", "dept", "univ", "ave", "blvd", "rd",
	"ed", "eds", "al", "cf", "ca", "e.g", "i.e", "n°",
	// U.S. states as datelines write them ("CUPERTINO, Calif. (Reuters) -").
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
	"pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
)

// sentenceStarters are words that typically open a sentence; after an ambiguous
// period ("U.S.", "Co.") they tip the balance towards a sentence boundary.
var sentenceStarters = setOf(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that",
	"these", "those", "there", "but", "and", "or", "so", "yet", "how", "what", "why",
	"when", "where", "who", "which", "in", "on", "at", "after", "before", "while",
	"however", "meanwhile", "his", "her", "its", "their", "our", "my", "did", "does",
	"do", "is", "are", "was", "were", "if", "as", "officials", "mr", "ms", "mrs",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
