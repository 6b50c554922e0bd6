// Package lexicon holds the word lists that the analysis stages share: reporting
// verbs, news outlets, places, titles, organisation words and calendar words.
package lexicon

import (
	"maps"
	"slices"
	"strings"
)

// Set is a set of lower-case words or phrases.
type Set map[string]bool

// NewSet returns a Set of the given words, lower-cased.
func NewSet(words ...string) Set {
	s := make(Set, len(words))
	for _, w := range words {
		s[strings.ToLower(w)] = true
	}
	return s
}

// Has reports whether s holds w, compared in lower case. It is asked of
// most words of every article: a short word in ASCII is lowered on the
// stack, not copied.
func (s Set) Has(w string) bool {
	var buf [maxStackWord]byte
	if lower, ok := lowerASCII(buf[:0], w); ok {
		return s[string(lower)] // a lookup by a converted slice copies nothing
	}
	return s[strings.ToLower(w)]
}

// maxStackWord is the longest word Has lowers on the stack.
const maxStackWord = 64

// lowerASCII appends w in lower case to buf and reports true when w is
// ASCII and fits in buf's capacity; otherwise it reports false.
func lowerASCII(buf []byte, w string) ([]byte, bool) {
	if len(w) > cap(buf) {
		return buf, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return buf, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// Lexicon is every word list the stages use. Build it once with New and share it:
// it is never modified after New returns.
type Lexicon struct {
	ReportingVerbs Set // verbs that report speech: said, told, added, ...
	Hedges         Set // adverbs that hedge a report: reportedly, allegedly
	Outlets        Set // news outlets and agencies, lower case, without "the"
	Places         Set // countries, capitals, cities and regions
	Demonyms       Set // adjectives of nationality: Russian, Syrian
	Titles         Set // words of a person's title: Secretary, Minister, President
	OrgWords       Set // words that make a name an organisation: Group, Department
	Organizations  Set // organisations whose names have no such word: Islamic State
	Determiners    Set // words that open a described source: a, the, an
	Pronouns       Set // personal pronouns that can stand for a speaker
	Connectives    Set // linking words that open a sentence: however, meanwhile
	Months         map[string]int
	Weekdays       map[string]int
	NumberWords    map[string]float64
	Multipliers    map[string]float64
	Hedging        Set // number hedges: more than, nearly, about
	StopWords      Set // function words that carry no content
	// StateAbbreviations are the U.S. states as datelines abbreviate them,
	// without dots, in lower case: "calif" and "nj" for California and New Jersey.
	StateAbbreviations map[string]string
	Synonyms           map[string]string // words two reports write for one thing, to the one of them that stands for all: "stock" -> "shares"
	TitleTimes         Set               // words that say when someone holds or held the title after them: "former", "acting"
}

// New returns the built-in lexicon.
func New() *Lexicon {
	return &Lexicon{
		ReportingVerbs: NewSet(reportingVerbs...),
		Hedges:         NewSet("reportedly", "allegedly", "apparently", "purportedly", "supposedly"),
		Outlets:        NewSet(outlets...),
		Places:         NewSet(slices.Concat(places, usStates(), slices.Collect(maps.Keys(capitals)), cities)...),
		Demonyms:       NewSet(allDemonyms()...),
		Titles:         NewSet(titles...),
		OrgWords:       NewSet(orgWords...),
		Organizations: NewSet("islamic state", "saudi aramco", "aramco", "hezbollah", "hamas", "taliban", "al qaeda", "al-qaeda", "nato", "opec", "white house", "kremlin", "pentagon", "eu", "un", "u.n.", "european union", "united nations", "red cross", "red crescent", "amnesty international", "human rights watch", "greenpeace", "world bank", "imf", "wall street",
			"federal reserve", "fed", "treasury", "dow jones", "nasdaq", "fbi", "cia", "nasa", "wto",
			"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "whatsapp", "linkedin", "threads", "bluesky",
			"truth social", "reddit", "snapchat", "weibo", "wechat",
			"labour", "likud", "fidesz", "syriza", "podemos", "sinn fein", "reform uk",
			// Companies news names by one word, which reads as a person's name
			// where nothing around it says what it is ("who left Google").
			"google", "alphabet", "apple", "microsoft", "nvidia", "tesla", "intel", "ibm", "oracle", "samsung", "sony",
			"toyota", "volkswagen", "stellantis", "ford", "general motors", "renault", "volvo", "byd", "boeing", "airbus", "pfizer", "moderna", "novartis", "astrazeneca",
			"exxonmobil", "chevron", "walmart", "disney", "netflix", "spotify", "uber", "huawei", "tencent", "alibaba",
			"baidu", "bytedance", "xiaomi", "foxconn", "nissan", "honda", "hyundai", "siemens", "nestle", "unilever",
			"jpmorgan", "citigroup", "hsbc", "barclays", "ubs", "blackrock", "mastercard", "paypal", "qualcomm",
			"broadcom", "asml", "anthropic", "openai", "meta", "spacex", "starbucks", "nike", "adidas",
			"harvard", "yale", "stanford", "princeton",
			// Pollsters, data firms and auction houses.
			"ipsos", "yougov", "gallup", "nielsen", "factset", "refinitiv", "lseg", "sotheby's", "sotheby",
			"world athletics", "world aquatics", "world rugby", "joint chiefs of staff",
			// Companies named as people are: "Eli Lilly", "Goldman Sachs".
			"eli lilly", "novo nordisk", "merck", "sanofi", "roche", "bayer", "abbvie", "gsk", "glaxosmithkline",
			"goldman sachs", "morgan stanley", "wells fargo", "john deere",
			"bristol myers squibb", "bristol-myers squibb", "johnson & johnson", "procter & gamble", "boston scientific",
			// Football clubs whose names are no place's nor a person's (a
			// club known also by a nickname, "Arsenal" by "the Gunners", is
			// left to be read as it stands).
			"paris saint-germain", "paris st germain", "paris st-germain", "psg", "inter milan", "ac milan", "juventus",
			"bayern munich", "atletico madrid", "ajax", "benfica",
			"arsenal", "tottenham", "tottenham hotspur", "aston villa", "west ham", "west ham united", "crystal palace",
			"nottingham forest", "manchester united", "manchester city", "man united", "man city", "leicester city",
			"fulham", "everton", "brentford", "wolverhampton wanderers", "bournemouth", "leeds united", "napoli",
			// Aid and rights groups named without a word that says so.
			"doctors without borders", "reporters without borders", "medecins sans frontieres", "médecins sans frontières",
			"oxfam", "greenpeace", "save the children",
			// Airlines named without a word that says so.
			"air india", "air france", "air canada", "air china", "air new zealand", "lufthansa", "ryanair", "easyjet",
			"qantas", "klm", "cathay pacific", "airasia", "jeju air", "aeroflot",
			// and some that do, which lists name beside others ("Delta, United and American Airlines")
			"american airlines", "united airlines", "delta air lines", "southwest airlines", "british airways", "jetblue",
			"formula one", "formula 1", "f1", "red bull", "mclaren", "ferrari", "mercedes", "aston martin", "haas", "premier league", "champions league", "europa league", "la liga", "laliga", "bundesliga", "serie a", "ligue 1",
			"fifa", "uefa", "nba", "nfl", "mlb", "nhl", "atp", "wta", "pga tour",
			// Parliaments named in their own language, whose names carry no
			// word that says so ("the 733-seat Bundestag").
			"bundestag", "bundesrat", "knesset", "duma", "state duma", "sejm", "riksdag", "storting", "folketing",
			"eduskunta", "althing", "oireachtas", "lok sabha", "rajya sabha", "majlis", "verkhovna rada"),
		Determiners:        NewSet("a", "an", "the", "one", "another", "two", "three", "several", "some", "senior"),
		Pronouns:           NewSet("he", "she", "they", "it", "we", "i"),
		Connectives:        NewSet("however", "meanwhile", "but", "and", "still", "separately", "earlier", "later", "instead", "moreover", "nevertheless", "yet", "also", "now", "then", "again"),
		Months:             monthNumbers,
		Weekdays:           map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6},
		NumberWords:        numberWords(),
		Multipliers:        multipliers,
		Hedging:            NewSet(numberHedges...),
		StopWords:          NewSet(stopWords...),
		StateAbbreviations: stateAbbreviations,
		Synonyms:           synonyms(),
		TitleTimes:         NewSet("former", "late", "acting", "interim", "outgoing", "incoming"),
	}
}

// synonymGroups are words that two reports of one event write for one thing,
// each group's first standing for all. Only words news uses in one sense are
// here: not "fall" (autumn), "sank" (a ship), "accord" ("according to") or
// "vote" (a motion).
var synonymGroups = [][]string{
	{"shares", "stock", "stocks"},
	{"fell", "dropped", "declined", "slid", "tumbled", "slumped", "plunged", "plummeted", "dipped"},
	{"rose", "rise", "rises", "rising", "gained", "climbed", "jumped", "rallied", "surged", "soared"},
	{"killed", "died", "dead", "deaths", "fatalities", "perished"},
	{"injured", "wounded", "hurt", "injuries"},
	{"fire", "fires", "blaze", "blazes"},
	{"company", "companies", "firm", "firms"},
	{"websites", "website", "sites"},
	{"hackers", "cybercriminals"},
	{"fled", "flee", "fleeing", "evacuated", "evacuate", "evacuating"},
	{"lawmakers", "legislators", "parliamentarians", "parliament", "mps"},
	{"talks", "negotiations"},
	{"deal", "deals", "agreement", "agreements", "pact"},
	{"ceasefire", "truce"},
	{"soldiers", "troops"},
	{"arrested", "detained"},
	{"jailed", "imprisoned"},
	{"earthquake", "quake", "tremor"},
	{"explosion", "explosions", "blast", "blasts"},
	{"protesters", "protestors", "demonstrators"},
	{"investigation", "probe", "inquiry"},
	{"residents", "inhabitants"},
	{"doctors", "physicians"},
	{"carmaker", "carmakers", "automaker", "automakers"},
	{"bought", "acquired"},
	{"sterling", "pound"},
	{"accident", "accidents", "crash", "crashes", "collision", "collisions"},
	{"problem", "problems", "defect", "defects", "fault", "faults", "flaw", "flaws"}, // not "issue", which is issued
}

func synonyms() map[string]string {
	m := map[string]string{}
	for _, g := range synonymGroups {
		for _, w := range g[1:] {
			m[w] = g[0]
		}
	}
	return m
}

var reportingVerbs = []string{
	"say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added",
	"insist", "insists", "insisted", "warn", "warns", "warned", "stress", "stresses", "stressed",
	"note", "notes", "noted", "explain", "explains", "explained", "declare", "declares", "declared",
	"announce", "announces", "announced", "claim", "claims", "claimed", "opine", "opines", "opined",
	"report", "reports", "reported", "state", "states", "stated", "argue", "argues", "argued",
	"urge", "urges", "urged", "admit", "admits", "admitted", "acknowledge", "acknowledged",
	"write", "writes", "wrote", "tweet", "tweeted", "posted", "posts", "ask", "asked", "reply", "replied",
	"confirm", "confirmed", "deny", "denied", "suggest", "suggested", "predict", "predicted",
	"quoted", "quotes", "quote", "remarked", "commented", "added", "continued", "concluded",
	"vowed", "pledged", "promised", "conceded", "observed", "indicated", "believes",
	"described", "describes", "telling", "adding", "called", "calls",
	"noting", "stressing", "insisting", "warning", "arguing", "explaining", "cautioned", "cautions",
	"reiterated", "reiterates", "repeated", "emphasised", "emphasized", "underlined", "maintained",
	"asserted", "contended", "countered", "responded", "alleged", "complained", "recalled",
	"revealed", "disclosed", "inform", "informs", "informed", "informing", "assure", "assures", "assured",
	"assuring", "remind", "reminds", "reminded", "reminding", "estimate", "estimates",
}

var outlets = []string{
	"afp", "agence france presse", "agence france-presse", "reuters", "ap", "associated press",
	"guardian", "bbc", "cnn", "ria", "ria novosti", "tass", "itar-tass", "interfax", "xinhua",
	"al jazeera", "new york times", "washington post", "bloomberg", "dpa", "ansa", "efe",
	"kyodo", "yonhap", "anadolu", "irna", "sana", "fox news", "nbc", "abc", "cbs", "sky news",
	"le monde", "der spiegel", "spiegel", "financial times", "wall street journal", "times",
	"independent", "telegraph", "daily mail", "politico", "axios", "npr", "pti", "ani",
	"upi", "sputnik", "rt", "al arabiya", "haaretz", "times of israel", "the hill",
	"ft", "wsj", "nyt", "wapo", "cnbc", "usa today", "los angeles times", "economist", "handelsblatt",
	"le figaro", "el pais", "corriere della sera", "nikkei", "south china morning post", "scmp",
	"al-ahram", "al ahram", "ahram", "mehr", "fars", "tasnim", "isna", "wafa", "kcna", "global times",
	"people's daily", "asharq al-awsat", "al-monitor", "pap", "ntv", "ukrinform", "interfax-ukraine", "kyiv independent",
	"sky sports", "bbc sport", "espn", "itv", "itv news", "channel 4 news", "france 24", "euronews", "dw", "deutsche welle",
	"nhk", "zdf", "ard", "rai", "tf1", "cbc", "abc news", "nbc news", "cbs news", "msnbc", "fox business",
	"tnt sports", "bt sport", "bein sports", "fox sports", "nbc sports", "cbs sports", "dazn", "talksport", "the athletic",
	"athletic", "marca", "l'equipe", "gazzetta dello sport", "canal+", "sportsnet", "tsn",
}

var places = []string{
	// The countries and territories news names that the lists below leave
	// out ("Chad" and "Georgia" are people's names too).
	"andorra", "antigua", "bahamas", "barbados", "belize", "benin", "bhutan", "brunei", "burundi", "cabo verde", "cape verde",
	"central african republic", "comoros", "czechia", "djibouti", "dominican republic", "equatorial guinea", "eswatini",
	"gabon", "gambia", "grenada", "guinea", "guinea-bissau", "guyana", "kiribati", "kyrgyzstan", "lesotho", "liberia",
	"liechtenstein", "malawi", "maldives", "mauritania", "mauritius", "micronesia", "monaco", "nauru", "palau", "palestine",
	"papua new guinea", "samoa", "san marino", "seychelles", "sierra leone", "solomon islands", "south sudan", "suriname",
	"tajikistan", "timor-leste", "east timor", "togo", "tonga", "trinidad", "turkmenistan", "tuvalu", "united arab emirates",
	"uae", "vanuatu", "vatican", "holy see", "greenland", "macau", "donbas", "kashmir", "tibet", "xinjiang", "sub-saharan africa",
	"reykjavik", "wimbledon", "silverstone", "suzuka", "monza", "roland garros",
	"afghanistan", "aleppo", "algeria", "amman", "ankara", "argentina", "australia", "austria",
	"baghdad", "bahrain", "beijing", "beirut", "belgium", "berlin", "brazil", "britain",
	"brussels", "cairo", "canada", "china", "damascus", "dabiq", "doha", "egypt", "england",
	"europe", "france", "geneva", "germany", "greece", "homs", "idlib", "india", "iran", "iraq",
	"israel", "istanbul", "italy", "japan", "jeddah", "jordan", "kabul", "kuwait", "lausanne",
	"lebanon", "libya", "london", "madrid", "mediterranean", "mexico", "moscow", "new york",
	"oman", "pakistan", "palmyra", "paris", "qatar", "raqqa", "riyadh", "rome", "russia",
	"saudi arabia", "spain", "switzerland", "syria", "tehran", "tokyo", "turkey", "ukraine",
	"united kingdom", "united states", "u.s.", "us", "usa", "u.k.", "uk", "vienna",
	"washington", "yemen", "kiev", "kyiv", "warsaw", "poland", "netherlands", "sweden",
	"norway", "denmark", "finland", "portugal", "ireland", "scotland", "wales", "africa",
	"asia", "middle east", "mideast", "gulf", "new delhi", "seoul", "korea", "north korea", "south korea",
	"vietnam", "thailand", "indonesia", "philippines", "nigeria", "kenya", "ethiopia", "sudan",
	"somalia", "tunisia", "morocco", "cyprus", "crimea", "donetsk", "gaza", "west bank",
	"jerusalem", "tel aviv", "mosul", "fallujah", "ramadi", "latakia", "daraa", "deir ez-zor",
	"kobani", "hama", "golan", "sinai", "persian gulf", "red sea", "black sea", "caspian",
	"virginia", "california", "texas", "florida", "chicago", "los angeles", "san francisco",
	// Continents, regions and seas, which reports name without "in".
	"north america", "south america", "latin america", "central america", "antarctica", "arctic",
	"caribbean", "pacific", "atlantic", "indian ocean", "balkans", "scandinavia", "siberia", "sahel",
	"southeast asia", "central asia", "eastern europe", "western europe", "americas", "alps", "himalayas",
	"pacific northwest", "midwest", "new england", "deep south", "rust belt",
	// Countries and territories beyond those above.
	"nepal", "bangladesh", "sri lanka", "myanmar", "malaysia", "singapore", "new zealand", "chile",
	"colombia", "peru", "venezuela", "cuba", "haiti", "south africa", "ghana", "senegal", "mali", "niger",
	"uganda", "tanzania", "rwanda", "congo", "democratic republic of congo", "democratic republic of the congo", "republic of congo", "republic of the congo", "zimbabwe", "zambia", "mozambique", "angola", "hungary",
	"romania", "bulgaria", "serbia", "croatia", "bosnia", "herzegovina", "kosovo", "albania", "belarus", "moldova",
	"armenia", "azerbaijan", "kazakhstan", "uzbekistan", "mongolia", "taiwan", "hong kong", "czech republic",
	"slovakia", "slovenia", "estonia", "latvia", "lithuania", "iceland", "luxembourg", "malta", "ecuador",
	"bolivia", "paraguay", "uruguay", "panama", "costa rica", "guatemala", "honduras", "el salvador",
	"nicaragua", "jamaica", "puerto rico", "cambodia", "laos", "north macedonia", "montenegro", "eritrea",
	"cameroon", "ivory coast", "côte d'ivoire", "cote d'ivoire", "burkina faso", "botswana", "namibia", "madagascar", "fiji",
	// Rivers, which reports name with "the" alone ("on the Seine side of
	// the building"); those that share a name with a state, a country or a
	// company are left out.
	"seine", "thames", "danube", "rhine", "nile", "euphrates", "tigris", "dnipro", "dnieper", "dniester",
	"volga", "yangtze", "ganges", "mekong", "rio grande", "potomac", "elbe", "oder", "vistula", "loire",
	"rhone", "tiber", "zambezi", "orinoco", "brahmaputra", "irrawaddy",
}

// cityCountries are towns, cities and islands beyond the capitals that news
// names without "in" before them ("parts of Sicily", "Rome and Florence"),
// each with its country, in lower case.
var cityCountries = map[string]string{
	"milan": "italy", "naples": "italy", "venice": "italy", "florence": "italy", "turin": "italy", "sicily": "italy",
	"sardinia": "italy", "corsica": "france", "crete": "greece", "barcelona": "spain", "seville": "spain",
	"valencia": "spain", "porto": "portugal", "amsterdam": "netherlands", "rotterdam": "netherlands",
	"munich": "germany", "frankfurt": "germany", "hamburg": "germany", "cologne": "germany", "zurich": "switzerland",
	"marseille": "france", "lyon": "france", "manchester": "britain", "birmingham": "britain", "glasgow": "britain",
	"edinburgh": "britain", "cardiff": "britain", "belfast": "britain", "toronto": "canada", "montreal": "canada",
	"vancouver": "canada", "sao paulo": "brazil", "rio de janeiro": "brazil", "mumbai": "india", "delhi": "india",
	"kolkata": "india", "karachi": "pakistan", "lahore": "pakistan", "dhaka": "bangladesh", "kathmandu": "nepal",
	"colombo": "sri lanka", "shanghai": "china", "osaka": "japan", "sydney": "australia", "melbourne": "australia",
	"auckland": "new zealand", "johannesburg": "south africa", "cape town": "south africa", "lagos": "nigeria",
	"dubai": "united arab emirates", "basra": "iraq", "erbil": "iraq", "kirkuk": "iraq", "kandahar": "afghanistan",
	"kharkiv": "ukraine", "odesa": "ukraine", "odessa": "ukraine", "lviv": "ukraine", "mariupol": "ukraine",
	"bakhmut": "ukraine", "zaporizhzhia": "ukraine", "kherson": "ukraine", "dnipro": "ukraine",
	"st petersburg": "russia", "boston": "united states", "seattle": "united states", "miami": "united states",
	"dallas": "united states", "houston": "united states", "atlanta": "united states", "denver": "united states",
	"phoenix": "united states", "detroit": "united states", "philadelphia": "united states",
	"baltimore": "united states", "new orleans": "united states", "las vegas": "united states",
	"san diego": "united states", "bali": "indonesia", "rafah": "gaza", "khan younis": "gaza",
	"ramallah": "west bank", "haifa": "israel",
}

// cities are cityCountries' places.
var cities = slices.Sorted(maps.Keys(cityCountries))

// CityCountry returns the country of city, written in lower case, of the
// lexicon's cities, or "".
func CityCountry(city string) string { return cityCountries[city] }

// citySet holds cities.
var citySet = NewSet(cities...)

// Ordinal returns the place in an order the ordinal word w, in lower case,
// names ("fifth" is 5), or 0 for none.
func Ordinal(w string) int { return ordinalWords[w] }

// ordinalWords are the ordinals news writes in words.
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}

// IsCity reports whether w, in lower case, is a city of the lexicon's, not a
// country, a state or a capital: "Birmingham City" is a club, "Mexico City"
// a capital.
func IsCity(w string) bool { return citySet.Has(w) }

// demonyms are the words for peoples that no place of placeDemonyms has, or
// that stand for a country as an adjective; DemonymOf's are demonyms too.
var demonyms = []string{
	"palestinian", "arab", "kurdish", "czech", "korean", "u.s.", "us", "un", "u.n.", "western", "gulf",
	// A person of a people, by a word of its own: "the 20-year-old Spaniard".
	// (Not "Dane", "Finn", "Scot" or "Brit": first names too.)
	"spaniard", "briton", "swede", "pole", "turk", "frenchman", "frenchwoman", "englishman", "englishwoman",
	"irishman", "irishwoman", "welshman", "dutchman", "scotsman", "scotswoman", "kiwi", "aussie",
	"serb", "croat", "kurd", "uighur", "uyghur", "rohingya", "pashtun", "uzbek", "kazakh", "tajik",
}

// usStates returns the names of the U.S. states: those of stateAbbreviations
// and the ones datelines write in full.
func usStates() []string {
	out := []string{"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "utah"}
	for _, state := range stateAbbreviations {
		out = append(out, state)
	}
	return out
}

// allDemonyms returns demonyms and the words of demonymTables.
func allDemonyms() []string {
	out := slices.Clone(demonyms)
	for _, table := range demonymTables {
		for _, d := range table {
			out = append(out, d)
		}
	}
	return out
}

var titles = []string{
	"president", "vice", "prime", "minister", "foreign", "secretary", "state", "defense",
	"defence", "general", "gen.", "sen.", "senator", "rep.", "representative", "governor",
	"mayor", "ambassador", "envoy", "special", "chancellor", "king", "queen", "prince",
	"princess", "crown", "sheikh", "emir", "pope", "chief", "spokesman", "spokeswoman", "spokesperson",
	"director", "chair", "chairman", "chairwoman", "leader", "commander", "colonel", "lieutenant",
	"captain", "judge", "justice", "dr.", "mr.", "mrs.", "ms.", "prof.", "dr", "mr", "mrs", "ms", "prof", "professor", "counterpart",
	"deputy", "assistant", "undersecretary", "official", "officials", "executive", "ceo", "attorney",
	"cfo", "coo", "cto", "cio",
	"regime", "opposite", "number", "international", "senior", "interior", "finance",
	// Abbreviated, as the tokens read them without their dots ("Gov. John Bel Edwards").
	"gov", "gen", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "supt", "insp", "amb", "atty",
	"det", "cpl", "cllr", "rear", "admiral", "sergeant",
	// The one who presides over a chamber ("House Speaker Mike Johnson",
	// "National Assembly Speaker Woo Won-shik").
	"speaker",
	// A player's position or a side's coach, as a sentence may open with it
	// ("Quarterback Jalen Hurts").
	"coach", "quarterback", "striker", "goalkeeper", "midfielder", "defender", "pitcher",
}

var orgWords = []string{
	"group", "department", "ministry", "council", "union", "league", "agency", "army",
	"nations", "organization", "organisation", "party", "front", "committee", "bank",
	"commission", "office", "forces", "force", "coalition", "observatory", "institute", "institutes",
	"university", "company", "corporation", "inc.", "corp.", "ltd", "association", "court",
	"inc", "corp", "co", "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "spa", "holdings", "limited",
	"programme", "program", "bureau", "institution", "society", "centre", "center", "centres", "centers", "trust",
	"parliament", "congress", "senate", "assembly", "federation", "fund", "foundation",
	"network", "news", "times", "post", "guardian", "brigade", "brigades", "tribune", "herald", "gazette",
	"journal", "chronicle", "telegraph",
	"movement", "alliance", "service", "services", "board", "authority", "administration",
	"house", "survey", "pentagon", "kremlin", "nato", "opec", "isis", "isil", "hezbollah", "hamas",
	"airlines", "airline", "airways", "motors", "railways", "railway", "pharmaceuticals", "technologies",
	"industries", "systems", "laboratories", "studios", "exchange", "average", "composite", "index",
	"club", "college", "school", "academy", "museum", "gallery", "collection", "collections",
	"musée", "galerie", "banque", "conseil", // opening French names: "Musée d'Orsay", "Banque de France"
	"securities", "partners", "investments", "guard", "guards", "lines", "mutual", "unit", "reserve",
	"church", "workers", "police", "directorate", "secretariat", "inspectorate", "system", "international",
}

var numberHedges = []string{
	"more than", "over", "nearly", "almost", "about", "around", "roughly", "approximately",
	"at least", "at most", "up to", "fewer than", "less than", "some", "just over",
	"under", "just under", "close to", "upwards of", "as many as", "as much as", "an estimated", "as long as", "as high as", "above", "below", "past",
	"shortly before", "just before", "shortly after", "just after", // of a time of day: "shortly before 8 a.m."
	"no more than", "not more than", "no less than", "not less than",
	"within",                   // "must rule within 180 days": at most
	"all but", "no fewer than", // "all but" counts those left out: "killing all but two"
	"tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed", "nears", "neared", // a headline's verbs: "Death toll tops 1,600"; "passes" passes bills too
	"broke through", "breaks through", "broke past", "crossed", "crosses", // "Bitcoin broke through $100,000"; "broke" alone breaks bones too
}

var stopWords = []string{
	"a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
	"with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
	"had", "do", "does", "did", "it", "its", "this", "that", "these", "those", "he", "she",
	"they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my",
	"not", "no", "so", "than", "then", "there", "which", "who", "whom", "what", "when",
	"where", "while", "will", "would", "can", "could", "should", "may", "might", "must",
	"shall", "also", "into", "over", "about", "after", "before", "up", "down", "out", "off",
	"any", "all", "some", "such", "own", "same", "other", "only", "even", "just", "very",
	"said", "says", "say", "s", "t", "'s", "n't", "too", "more", "most", "both", "each",
	"under", "again", "further", "once", "here", "how", "why", "because", "until", "against",
	"between", "through", "during", "above", "below", "nor", "few",
}

// monthNumbers are the months by name and abbreviation, in lower case.
var monthNumbers = months()

// OpensBroadcaster reports whether w, in any case, opens the names of
// broadcasters: "Radio Free Europe", "TV Rain".
func OpensBroadcaster(w string) bool {
	return strings.EqualFold(w, "radio") || strings.EqualFold(w, "tv") || strings.EqualFold(w, "television")
}

// MonthOf returns the number of the month w, in lower case, names ("march",
// "sept"), or 0.
func MonthOf(w string) int { return monthNumbers[w] }

func months() map[string]int {
	m := map[string]int{}
	names := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, n := range names {
		m[n] = i + 1
		m[n[:3]] = i + 1
	}
	m["sept"] = 9
	return m
}

func numberWords() map[string]float64 {
	m := map[string]float64{}
	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	for i, w := range ones {
		m[w] = float64(i)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		m[w] = float64(20 + 10*i)
	}
	return m
}

// placeDemonyms names, for a country, the word for its people and what is
// theirs: a report that writes "Chinese regulators" names China.
var placeDemonyms = map[string]string{
	"united states": "american", "britain": "british", "russia": "russian", "syria": "syrian",
	"germany": "german", "france": "french", "iran": "iranian", "iraq": "iraqi", "turkey": "turkish",
	"saudi arabia": "saudi", "south korea": "south korean", "north korea": "north korean", "china": "chinese",
	"japan": "japanese", "israel": "israeli", "egypt": "egyptian",
	"jordan": "jordanian", "lebanon": "lebanese", "qatar": "qatari", "europe": "european",
	"ukraine": "ukrainian", "italy": "italian", "spain": "spanish", "switzerland": "swiss",
	"austria": "austrian", "india": "indian", "pakistan": "pakistani", "afghanistan": "afghan",
	"yemen": "yemeni", "libya": "libyan", "belgium": "belgian", "netherlands": "dutch", "denmark": "danish",
	"sweden": "swedish", "norway": "norwegian", "finland": "finnish", "poland": "polish",
	"hungary": "hungarian", "greece": "greek", "portugal": "portuguese", "ireland": "irish",
	"scotland": "scottish", "wales": "welsh", "england": "english", "canada": "canadian", "mexico": "mexican",
	"brazil": "brazilian", "argentina": "argentine", "australia": "australian", "vietnam": "vietnamese",
	"thailand": "thai", "indonesia": "indonesian", "malaysia": "malaysian", "philippines": "filipino",
	"nigeria": "nigerian", "kenya": "kenyan", "ethiopia": "ethiopian", "somalia": "somali", "sudan": "sudanese",
	"algeria": "algerian", "morocco": "moroccan", "tunisia": "tunisian", "united arab emirates": "emirati",
	"kuwait": "kuwaiti", "bahrain": "bahraini", "oman": "omani", "armenia": "armenian",
	"azerbaijan": "azerbaijani", "kazakhstan": "kazakh", "uzbekistan": "uzbek", "serbia": "serbian",
	"croatia": "croatian", "bosnia": "bosnian", "romania": "romanian", "bulgaria": "bulgarian",
	"slovakia": "slovak", "slovenia": "slovenian", "estonia": "estonian", "latvia": "latvian",
	"lithuania": "lithuanian", "belarus": "belarusian", "iceland": "icelandic", "malta": "maltese",
	"cyprus": "cypriot", "venezuela": "venezuelan", "colombia": "colombian", "chile": "chilean",
	"peru": "peruvian", "cuba": "cuban", "taiwan": "taiwanese", "bangladesh": "bangladeshi",
	"nepal": "nepalese", "myanmar": "burmese", "rwanda": "rwandan", "uganda": "ugandan", "tanzania": "tanzanian",
	"congo": "congolese", "zimbabwe": "zimbabwean", "zambia": "zambian", "mozambique": "mozambican",
	"angola": "angolan", "ghana": "ghanaian", "senegal": "senegalese", "mali": "malian", "niger": "nigerien",
	"chad": "chadian", "cameroon": "cameroonian", "south africa": "south african", "new zealand": "new zealander",
	"sri lanka": "sri lankan", "singapore": "singaporean", "mongolia": "mongolian", "georgia": "georgian",
	"moldova": "moldovan", "ecuador": "ecuadorian", "bolivia": "bolivian", "paraguay": "paraguayan",
	"uruguay": "uruguayan", "haiti": "haitian", "jamaica": "jamaican", "guatemala": "guatemalan",
	"honduras": "honduran", "nicaragua": "nicaraguan", "panama": "panamanian", "eritrea": "eritrean",
	"cambodia": "cambodian", "laos": "laotian", "botswana": "botswanan", "namibia": "namibian",
}

// regionDemonyms are the demonyms of regions that span countries: "an Alpine
// resort" is in the Alps.
var regionDemonyms = map[string]string{"alps": "alpine", "balkans": "balkan", "scandinavia": "scandinavian",
	"himalayas": "himalayan", "siberia": "siberian", "africa": "african", "asia": "asian", "latin america": "latin american"}

// IsRegion reports whether place, in lower case, is a region that spans
// countries ("alps", "balkans"), not a country.
func IsRegion(place string) bool { return regionDemonyms[place] != "" }

// DemonymOf returns the demonym of the place whose name is written place, in
// lower case, or "".
func DemonymOf(place string) string {
	if place == "us" || place == "u.s." || place == "usa" {
		return "american"
	}
	if d, ok := placeDemonyms[place]; ok {
		return d
	}
	return regionDemonyms[place]
}

// SecondDemonymOf returns the other word for the people of a place, if it has
// one besides DemonymOf's ("nepali" for "nepal"), or "".
func SecondDemonymOf(place string) string { return secondDemonyms[place] }

// PlaceOf returns the country or region of one word whose people or whose
// things a word names ("iranian" and "iranians": "iran"), lower case, or "":
// a word stands for a word ("American" for none, "United States" being two).
func PlaceOf(demonym string) string {
	place, ok := demonymPlaces[demonym]
	if !ok {
		place = demonymPlaces[strings.TrimSuffix(demonym, "s")]
	}
	if strings.Contains(place, " ") {
		return ""
	}
	return place
}

// demonymTables are the places and their demonyms: countries', regions'
// and the second words some places' people have.
var demonymTables = []map[string]string{placeDemonyms, regionDemonyms, secondDemonyms}

// demonymPlaces is demonymTables the other way round.
var demonymPlaces = func() map[string]string {
	out := make(map[string]string)
	for _, table := range demonymTables {
		for place, d := range table {
			out[d] = place
		}
	}
	return out
}()

// secondDemonyms are the other words for a place's people or things, besides
// its placeDemonyms one: "Nepali" as well as "Nepalese".
var secondDemonyms = map[string]string{"nepal": "nepali"}

// capitals are countries' seats of government, by which news names the
// government ("Moscow said", "talks between Washington and Beijing").
var capitals = map[string]string{
	"washington": "united states", "moscow": "russia", "beijing": "china", "tehran": "iran", "london": "britain",
	"paris": "france", "berlin": "germany", "damascus": "syria", "kyiv": "ukraine", "kiev": "ukraine",
	"ankara": "turkey", "riyadh": "saudi arabia", "cairo": "egypt", "baghdad": "iraq", "beirut": "lebanon",
	"amman": "jordan", "tokyo": "japan", "seoul": "south korea", "pyongyang": "north korea", "new delhi": "india",
	"islamabad": "pakistan", "kabul": "afghanistan", "jerusalem": "israel", "rome": "italy", "madrid": "spain",
	"athens": "greece", "brussels": "belgium", "doha": "qatar", "ottawa": "canada", "canberra": "australia",
	"brasilia": "brazil", "mexico city": "mexico", "warsaw": "poland", "vienna": "austria", "bern": "switzerland",
	"stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark", "helsinki": "finland", "lisbon": "portugal",
	"dublin": "ireland", "havana": "cuba", "caracas": "venezuela", "taipei": "taiwan", "hanoi": "vietnam",
	"bangkok": "thailand", "jakarta": "indonesia", "manila": "philippines", "nairobi": "kenya", "abuja": "nigeria",
	"addis ababa": "ethiopia", "khartoum": "sudan", "tripoli": "libya", "tunis": "tunisia", "rabat": "morocco",
	"algiers": "algeria", "sanaa": "yemen", "muscat": "oman", "kuwait city": "kuwait", "manama": "bahrain",
	"abu dhabi": "united arab emirates", "minsk": "belarus", "budapest": "hungary", "bucharest": "romania",
	"belgrade": "serbia", "prague": "czech republic", "yerevan": "armenia", "baku": "azerbaijan", "tbilisi": "georgia",
	"buenos aires": "argentina", "bogota": "colombia", "santiago": "chile", "lima": "peru", "pretoria": "south africa",
}

// CountryOf returns the country whose capital is written place, in lower
// case, or "".
func CountryOf(place string) string { return capitals[place] }

// stateAbbreviations are the U.S. states as datelines abbreviate them
// ("CUPERTINO, Calif.", "NEWARK, N.J."), read with their full stops and
// without the dots inside.
var stateAbbreviations = map[string]string{"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas",
	"calif": "California", "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
	"ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky",
	"la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota",
	"miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada",
	"okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "tenn": "Tennessee", "tex": "Texas",
	"vt": "Vermont", "va": "Virginia", "wash": "Washington", "wis": "Wisconsin", "wyo": "Wyoming",
	"nj": "New Jersey", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota", "nh": "New Hampshire",
	"nm": "New Mexico", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota", "wva": "West Virginia",
	"dc": "District of Columbia"}

// multipliers are the words that multiply the number before them, with
// "mln" and "bln" as wire headlines write them ("$236.4 mln").
var multipliers = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
	"mln": 1e6, "bln": 1e9, "trln": 1e12}
