package diff

import (
	"slices"
	"strings"
	"testing"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/quotes"
)

func TestCompareSpeakers(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		want        AttributionChange
	}{
		{"the same", "Sergei Lavrov", "Sergei Lavrov", 0},
		{"a hyphen for a space", "Frank-Walter Steinmeier", "Frank Walter Steinmeier", 0},
		{"dots in an abbreviation", "a senior U.S. official", "a senior US official", 0},
		{"an honorific", "Mr. Kerry", "Kerry", 0},
		{"one side adds words", "a senior State Department official", "a senior U.S. State Department official", SpeakerDescriptionChanged},
		{"a newspaper called a daily", "the Handelsblatt newspaper", "the Handelsblatt daily", 0},
		{"a country before a full name", "U.S. Secretary of State Antony Blinken", "Secretary of State Antony Blinken", 0},
		{"a country and another word before a full name", "U.S. Deputy Secretary of State Antony Blinken", "Secretary of State Antony Blinken", SpeakerDescriptionChanged},
		{"a first name added", "Lavrov", "Sergei Lavrov", SpeakerDescriptionChanged},
		{"a title for the name", "Turkish President Recep Tayyip Erdogan", "the Turkish president", SpeakerDescriptionChanged},
		{"a source described further", "a spokesman", "a spokesman for the High Negotiations Committee", SpeakerDescriptionChanged},
		{"someone else", "a senior Pentagon official", "a senior State Department official", SpeakerChanged},
		{"another name", "Kerry", "Lavrov", SpeakerChanged},
		{"an acronym", "the UN", "the United Nations", 0},
		{"an acronym inside", "a UN spokesman", "a United Nations spokesman", 0},
		{"an acronym of something else", "the EU", "the United Nations", SpeakerChanged},
		{"an apposition and a name spelled two ways", "the chief executive, Sergey Ivanov", "chief executive Sergei Ivanov", 0},
		{"a different name of the same length", "Kerry", "Kelly", SpeakerChanged},
		{"several sources and one", "the U.S. officials", "a U.S. official", SpeakerChanged},
		{"officials and the authorities", "officials", "the authorities", 0},
		{"local officials and local authorities", "local officials", "local authorities", 0},
		{"officials of one body and the authorities of another", "Chinese officials", "Japanese authorities", SpeakerChanged},
		{"one body of data described otherwise", "official data", "Data released earlier in the day", 0},
		{"one body of data, described on one side only", "official data", "Data", 0},
		{"data of two sources each named", "flight tracking data from FlightRadar24", "data from the flight-tracking site FlightAware", SpeakerChanged},
		{"data of one source named on one side", "flight tracking data from FlightRadar24", "flight tracking data", 0},
		{"a title written short", "Sen. John Thune", "Senator John Thune", 0},
		{"another preposition", "diplomats from all sides", "Diplomats on all sides", 0},
		{"a middle initial", "Philip R. Sellinger", "Philip Sellinger", 0},
		{"an initial for a first name", "J. Smith", "K. Smith", SpeakerChanged},
		{"a body's kind and another kind", "the carrier", "the ministry", SpeakerChanged},
		{"a person named and a body's kind", "Allan Kilavuka", "the company", SpeakerChanged},
		{"a quotation mark standing alone in a name", "eKrYr ' Ai0e", "Ai", SpeakerChanged},
		{"a chief executive three ways", "Chief Executive Officer Satya Nadella", "CEO Satya Nadella", 0},
		{"a statement and who made it", "a statement from the European Commission", "the European Commission", 0},
		{"an unnamed source described alike", "a source familiar with the matter", "a person familiar with the talks", 0},
		{"one unnamed source and several", "a source familiar with the matter", "two people familiar with the talks", SpeakerChanged},
		{"a company's boss", "Broadcom Chief Executive Hock Tan", "Broadcom boss Hock Tan", 0},
		{"a team's boss", "Arsenal manager Mikel Arteta", "Arsenal boss Mikel Arteta", 0},
		{"a boss and another person", "Arsenal manager Mikel Arteta", "Liverpool boss Juergen Klopp", SpeakerChanged},
		{"a chief executive and its officer", "Chief Executive Satya Nadella", "Chief Executive Officer Satya Nadella", 0},
		{"a party with and without its kind", "Labour", "the Labour Party", 0},
		{"a company with its legal suffix", "Acme Corp", "Acme", 0},
		{"an agency with and without its kind", "the state's civil defense agency", "the state's civil defense", 0},
		{"a title written short, a state added", "Sen. John Thune", "Senator John Thune of South Dakota", SpeakerDescriptionChanged},
		{"a company called by two words for its kind", "the company", "the drugmaker", 0},
		{"a company and a ministry called by their kinds", "the company", "the ministry", SpeakerChanged},
		{"two words for one inquiry", "the inquiry", "the investigation", 0},
		{"a spokesman and a spokesperson", "a spokesman for the agency", "a spokesperson for the agency", 0},
		{"a body and its acronym glossed", "the Federal Aviation Administration (FAA)", "the Federal Aviation Administration", 0},
		{"a team's coach and its manager", "England manager Gareth Southgate", "England coach Gareth Southgate", 0},
		{"a body's head and its chief", "WHO head Tedros Adhanom Ghebreyesus", "WHO chief Tedros Adhanom Ghebreyesus", 0},
		{"a coach and another team's manager", "England manager Gareth Southgate", "Spain coach Luis de la Fuente", SpeakerChanged},
		{"one person described in other words", "FAA Administrator Mike Whitaker", "agency chief Mike Whitaker", SpeakerDescriptionChanged},
		{"a state before a title written short", "Hawaii Governor Josh Green", "Gov. Josh Green", 0},
		{"two bodies named alike", "the Russian Foreign Ministry", "the Chinese Foreign Ministry", SpeakerChanged},
		{"two holders of one title", "the Israeli Prime Minister", "the Japanese Prime Minister", SpeakerChanged},
		{"a body and another's acronym", "the Federal Aviation Administration (FAA)", "the Federal Aviation Administration (NTSB)", SpeakerDescriptionChanged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairWords{}.compareSpeakers(quotes.Attribution{Speaker: tt.left}, quotes.Attribution{Speaker: tt.right})
			if got != tt.want {
				t.Errorf("compareSpeakers(%q, %q) = %v, want %v", tt.left, tt.right, got, tt.want)
			}
		})
	}
}

// TestCompareSpeakersInContext checks speakers whose comparison needs more
// than their names: how the article wrote them, their whole attribution
// phrase, the organisations the articles name.
func TestCompareSpeakersInContext(t *testing.T) {
	kenyaAirways := pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Organization, Value: "Kenya Airways"}})}
	kavanaugh := pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Person, Value: "Brett Kavanaugh"}})}
	realMadrid := newSaidWords(nil, []facts.Fact{{Type: facts.Organization, Value: "Real Madrid"}})
	tests := []struct {
		name  string
		words pairWords
		l, r  quotes.Attribution
		want  AttributionChange
	}{
		{"a pronoun resolved against the surname", pairWords{},
			quotes.Attribution{Speaker: "LeBron James", SpeakerAsWritten: "he"}, quotes.Attribution{Speaker: "James"}, 0},
		// The other article placed the quotation after no named speaker.
		{"one pronoun, resolved on one side only", pairWords{},
			quotes.Attribution{Speaker: "he"}, quotes.Attribution{Speaker: "a ministry spokesman", SpeakerAsWritten: "he"}, 0},
		{"words set off from the speaker are in its attribution, not its name", pairWords{},
			quotes.Attribution{Speaker: "US officials", Text: "US officials, travelling with Kerry, say"},
			quotes.Attribution{Speaker: "U.S. officials travelling with Kerry", Text: "U.S. officials travelling with Kerry said"}, 0},
		{"other words set off", pairWords{},
			quotes.Attribution{Speaker: "US officials", Text: "US officials, speaking in Vienna, say"},
			quotes.Attribution{Speaker: "U.S. officials travelling with Kerry", Text: "U.S. officials travelling with Kerry said"}, SpeakerDescriptionChanged},
		{"a body by its kind, named in full elsewhere", pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Organization, Value: "Royal Swedish Academy of Sciences"}})},
			quotes.Attribution{Speaker: "the academy"}, quotes.Attribution{Speaker: "the Royal Swedish Academy of Sciences"}, 0},
		{"a body by its kind, another named in full elsewhere", pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Organization, Value: "French Academy of Medicine"}})},
			quotes.Attribution{Speaker: "the academy"}, quotes.Attribution{Speaker: "the Royal Swedish Academy of Sciences"}, SpeakerDescriptionChanged},
		{"a body by the words that end its name, in lower case", pairWords{},
			quotes.Attribution{Speaker: "the electoral bureau"}, quotes.Attribution{Speaker: "the Central Electoral Bureau"}, 0},
		{"a body by the words that end its name, another of them named in full", pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Organization, Value: "Federal Bureau of Investigation"}})},
			quotes.Attribution{Speaker: "the bureau"}, quotes.Attribution{Speaker: "the Central Electoral Bureau"}, SpeakerDescriptionChanged},
		{"a ministry is not its minister", pairWords{},
			quotes.Attribution{Speaker: "the interior ministry"}, quotes.Attribution{Speaker: "Interior Minister Gerald Darmanin"}, SpeakerDescriptionChanged},
		{"two words of one body's name", pairWords{left: realMadrid, right: realMadrid},
			quotes.Attribution{Speaker: "Real"}, quotes.Attribution{Speaker: "Madrid"}, 0},
		{"two words of a body's name one article gives", pairWords{left: realMadrid},
			quotes.Attribution{Speaker: "Real"}, quotes.Attribution{Speaker: "Madrid"}, SpeakerChanged},
		{"a surname, the person named in full elsewhere", kavanaugh,
			quotes.Attribution{Speaker: "Kavanaugh"}, quotes.Attribution{Speaker: "Justice Brett Kavanaugh"}, 0},
		{"a surname, the person named in full with a title elsewhere", pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Person, Value: "District Judge Lewis Kaplan"}})},
			quotes.Attribution{Speaker: "Kaplan"}, quotes.Attribution{Speaker: "Judge Lewis A. Kaplan"}, 0},
		{"a surname of two words, the person named in full elsewhere", pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Person, Value: "Marine Le Pen"}})},
			quotes.Attribution{Speaker: "Le Pen"}, quotes.Attribution{Speaker: "Marine Le Pen"}, 0},
		{"a surname of two words, another of that name named in full elsewhere", pairWords{left: newSaidWords(nil, []facts.Fact{{Type: facts.Person, Value: "Jean-Marie Le Pen"}})},
			quotes.Attribution{Speaker: "Le Pen"}, quotes.Attribution{Speaker: "Marine Le Pen"}, SpeakerDescriptionChanged},
		{"a surname, someone else named in full elsewhere", kavanaugh,
			quotes.Attribution{Speaker: "Gorsuch"}, quotes.Attribution{Speaker: "Justice Neil Gorsuch"}, SpeakerDescriptionChanged},
		{"a body in a description named and called by its kind", pairWords{},
			quotes.Attribution{Speaker: "Therese Chambers", Cue: "said", Text: "Therese Chambers, the FCA's joint executive director of enforcement, said"},
			quotes.Attribution{Speaker: "Therese Chambers", Cue: "said", Text: "said Therese Chambers, the regulator's joint executive director of enforcement"}, 0},
		{"a body in a description and another role", pairWords{},
			quotes.Attribution{Speaker: "Therese Chambers", Cue: "said", Text: "Therese Chambers, the FCA's joint executive director of enforcement, said"},
			quotes.Attribution{Speaker: "Therese Chambers", Cue: "said", Text: "said Therese Chambers, the regulator's head of enforcement"}, SpeakerDescriptionChanged},
		{"where the speaker works, given on one side", pairWords{},
			quotes.Attribution{Speaker: "Olu Sonola", Cue: "said", Text: "said Olu Sonola, head of U.S. economic research at Fitch Ratings in New York"},
			quotes.Attribution{Speaker: "Olu Sonola", Cue: "said", Text: "said Olu Sonola, head of U.S. economic research at Fitch Ratings"}, 0},
		{"a place and a firm added", pairWords{},
			quotes.Attribution{Speaker: "Olu Sonola", Cue: "said", Text: "said Olu Sonola, head of U.S. economic research at Fitch Ratings in New York"},
			quotes.Attribution{Speaker: "Olu Sonola", Cue: "said", Text: "said Olu Sonola, head of U.S. economic research"}, SpeakerDescriptionChanged},
		{"a body one article names and the other calls by its kind", kenyaAirways,
			quotes.Attribution{Speaker: "Kenya Airways"}, quotes.Attribution{Speaker: "the carrier"}, SpeakerDescriptionChanged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.words.compareSpeakers(tt.l, tt.r); got != tt.want {
				t.Errorf("compareSpeakers(%+v, %+v) = %v, want %v", tt.l, tt.r, got, tt.want)
			}
		})
	}
}

func TestChannel(t *testing.T) {
	tests := []struct {
		cue, setting, speaker, want string
	}{
		{"tweeted", "", "Musk", "posted"},
		{"said", "on Twitter", "Musk", "posted"},
		{"wrote", "on X", "the minister", "posted"},
		{"said", "in a post on Telegram", "the minister", "posted"},
		{"said", "at a post-match news conference", "the coach", "conference"},
		{"said", "in an emailed statement", "the family", "statement"},
		{"according to", "", "a statement from the European Commission", "statement"},
		{"said", "in Vienna", "Kerry", ""},
		{"said", "in a video message", "the president", "video"},
		{"wrote", "in a letter to employees", "the chief executive", "note"},
		{"said", "in a message to staff", "the chief executive", "note"},
		{"said", "in a memo", "the chief executive", "note"},
		{"said", "in an interview with the BBC", "the president", "interview"},
		{"said", "in an email", "the company", "email"},
		{"said", "in an e-mail to Reuters", "the company", "email"},
		{"said", "in a text message", "the spokesman", "message"},
		{"said", "during a conference call with analysts", "the chief executive", "conference"},
		{"said", "in a video posted to X", "the chief executive", "video"},
		{"said", "in a statement posted on Telegram", "the ministry", "statement"},
		{"posted", "", "the ministry", "posted"},
	}
	for _, tt := range tests {
		a := quotes.Attribution{Cue: tt.cue, Setting: tt.setting, Speaker: tt.speaker}
		if got := channel(a); got != tt.want {
			t.Errorf("channel(%q, %q, %q) = %q, want %q", tt.cue, tt.setting, tt.speaker, got, tt.want)
		}
	}
}

func TestSameOutlet(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"the Financial Times", "the FT", true},
		{"AFP", "Agence France-Presse", true},
		{"the Associated Press", "AP", true},
		{"Reuters", "AFP", false},
		{"the FT", "The Times", false},
		{"state broadcaster ERT", "ERT television", true},
		{"the state news agency IRNA", "IRNA", true},
		{"the state news agency IRNA", "state media", false},
		{"KCNA", "The official Korean Central News Agency", true},
		{"KCNA", "The official Korean Central Television", false},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := sameOutlet(tt.a, tt.b); got != tt.want {
			t.Errorf("sameOutlet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestHeadWord(t *testing.T) {
	tests := []struct{ give, want string }{
		{"officials", "official"},
		{"a senior U.S. State Department official", "official"},
		{"a senior US official travelling with Kerry", "official"},
		{"diplomats from all sides", "diplomat"},
		{"Clemens Fuest of the Ifo institute", "fuest"},
		{"a spokesman for the High Negotiations Committee", "spokesman"},
		{"Lavrov", "lavrov"},
		{"the head of the Red Crescent, Pir Hossein Kolivand", "kolivand"},
		{"Pir Hossein Kolivand, head of Iran's Red Crescent", "kolivand"},
		{"the chief executive of Acme, the maker of Widgets", "executive"},
	}
	for _, tt := range tests {
		if got := headWord(tt.give); got != tt.want {
			t.Errorf("headWord(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestSameCue(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"said", "says", true},
		{"told supporters", "told cheering supporters", true},
		{"criticised", "criticized", true},
		{"said", "claimed", false},
		{"told\nreporters", "told  reporters", true},
		{"told parliament", "told lawmakers", true},
		{"told reporters", "told lawmakers", false},
		{"told", "told reporters", false},
		{"was quoted as saying", "quoted as saying", true},
	}
	for _, tt := range tests {
		if got := sameCue(tt.a, tt.b); got != tt.want {
			t.Errorf("sameCue(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSetOff checks the description set off after a speaker's name: between
// commas before the cue, or to the phrase's end after it.
func TestSetOff(t *testing.T) {
	tests := []struct {
		text, speaker, cue, want string
	}{
		{"Stefo, deputy head of the Coalition, told AFP", "Stefo", "told", "deputy head of the Coalition"},
		{"said Naresh Kumar, a senior scientist at the department", "Naresh Kumar", "said", "a senior scientist at the department"},
		{"said Naresh Kumar", "Naresh Kumar", "said", ""},
		{"Kelly, 66, said", "Kelly", "said", ""},
		{"The national wea\u00adther\u00a0service, AEMET, said", "The national weather service", "said", "AEMET"},
		{"Modi, who watched from South Africa, said", "Modi", "said", ""},
		{"Microsoft, which has invested about $13 billion in OpenAI, said", "Microsoft", "said", ""},
		{"Abdramane, seated with nine other officers, said", "Abdramane", "said", ""},
		{"Walker, retired general and adviser, said", "Walker", "said", "retired general and adviser"},
		{"said Carine Durrieu-\nDiebolt, the lawyer for one of the women", "Carine Durrieu-Diebolt", "said", "the lawyer for one of the women"},
		{"The offi-\ncials, members of the board, said", "The officials", "said", "members of the board"},
		{`Iran's top negotiator, Ali Bagheri Kani, said after the meeting that Tehran wanted "the removal of all sanctions," according to Iranian state TV`,
			"Iran's top negotiator, Ali Bagheri Kani", "said", ""},
	}
	for _, tt := range tests {
		if got := setOff(quotes.Attribution{Text: tt.text, Speaker: tt.speaker, Cue: tt.cue}); got != tt.want {
			t.Errorf("setOff(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDescribesBody(t *testing.T) {
	tests := []struct {
		speaker string
		want    bool
	}{
		{"the carrier", true},
		{"The state-owned\ncarrier", true},
		{"the Kenyan carrier,", true},
		{"the carrier Kenya Airways", false},
		{"carrier", false},
		{"the largest and oldest national carrier", false},
		{"the streaming service", true},
	}
	for _, tt := range tests {
		if got := describesBody(tt.speaker); got != tt.want {
			t.Errorf("describesBody(%q) = %v, want %v", tt.speaker, got, tt.want)
		}
	}
}

func TestToldGathering(t *testing.T) {
	tests := []struct {
		name         string
		cue, setting string
		otherCue     string
		want         bool
	}{
		{"told a conference, said at one", "told a news conference", "at a press conference in Frankfurt", "said", true},
		{"told a briefing, said at one", "told a briefing", "at a briefing in Kyiv", "said", true},
		{"told reporters, said at a conference", "told reporters", "at a news conference", "said", false},
		{"told a conference, said in a statement", "told a news conference", "in a statement", "said", false},
		{"told a conference, wrote at one", "told a news conference", "at a news conference", "wrote", false},
	}
	for _, tt := range tests {
		a := quotes.Attribution{Speaker: "Lagarde", Cue: tt.cue}
		b := quotes.Attribution{Speaker: "Lagarde", Cue: tt.otherCue, Setting: tt.setting}
		if got := toldGathering(a, b); got != tt.want {
			t.Errorf("%s: toldGathering = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLastTwoWords(t *testing.T) {
	tests := []struct {
		give, first, last string
		ok                bool
	}{
		{"Mike Whitaker", "Mike", "Whitaker", true},
		{"  FAA Administrator  Mike\tWhitaker ", "Mike", "Whitaker", true},
		{"Ján Šťastný", "Ján", "Šťastný", true},
		{"Whitaker", "", "", false},
		{"   ", "", "", false},
	}
	for _, tt := range tests {
		first, last, ok := lastTwoWords(tt.give)
		if first != tt.first || last != tt.last || ok != tt.ok {
			t.Errorf("lastTwoWords(%q) = %q, %q, %v, want %q, %q, %v", tt.give, first, last, ok, tt.first, tt.last, tt.ok)
		}
	}
}

func TestGlosses(t *testing.T) {
	tests := []struct {
		acronym, before string
		want            bool
	}{
		{"faa", "the federal aviation administration", true},
		{"ceo", "chief executive officer", true},
		{"ipc", "the integrated food security phase classification", true},
		{"fao", "food agriculture organization", true},
		{"ipc", "the integrated classification", false},       // too few words
		{"nhs", "national health", false},                     // a letter too many
		{"bbc", "the british broadcasting corporation", true}, // exact initials
		{"cook", "chief executive officer tim", false},        // a name, no acronym
		{"iss", "the international space agency", false},      // not the last word's letter
		{"", "the agency", false},
	}
	for _, tt := range tests {
		if got := glosses(tt.acronym, strings.Fields(tt.before)); got != tt.want {
			t.Errorf("glosses(%q, %q) = %v, want %v", tt.acronym, tt.before, got, tt.want)
		}
	}
}

// TestStatementAndConference checks that words put out in a statement and
// said at a news conference are a change of how they were said, and that two
// conferences named two ways are none.
func TestStatementAndConference(t *testing.T) {
	statement := quotes.Attribution{Speaker: "Merrick Garland", Cue: "said", Setting: "in a statement"}
	conference := quotes.Attribution{Speaker: "Merrick Garland", Cue: "said", Setting: "at a news conference"}
	press := quotes.Attribution{Speaker: "Merrick Garland", Cue: "said", Setting: "at a press conference in Washington"}
	if got := (pairWords{}).compareAttributions(statement, conference); !slices.Contains(got, CueChanged) {
		t.Errorf("statement / conference: changes %v, want the cue changed", got)
	}
	if got := (pairWords{}).compareAttributions(conference, press); len(got) > 0 {
		t.Errorf("news conference / press conference: changes %v, want none", got)
	}
}

// TestPressUnnamed checks that the press credited without an outlet's name
// on both sides is one source, however each credits it, and that a named
// outlet is not the unnamed press.
func TestPressUnnamed(t *testing.T) {
	media := quotes.Attribution{Intermediary: "Spanish media", Cue: "reported"}
	tests := []struct {
		name  string
		other quotes.Attribution
		want  []AttributionChange
	}{
		{"reports in a place", quotes.Attribution{Speaker: "reports", Cue: "according to", Setting: "in Spain"}, []AttributionChange{CueChanged}},
		{"media reports", quotes.Attribution{Speaker: "local media reports", Cue: "according to"}, []AttributionChange{CueChanged}},
		{"the press, reported alike", quotes.Attribution{Intermediary: "the Spanish press", Cue: "reported"}, nil},
		{"an outlet named", quotes.Attribution{Intermediary: "Marca", Cue: "reported"}, []AttributionChange{IntermediaryChanged}},
		{"an outlet's reports", quotes.Attribution{Speaker: "Bloomberg reports", Cue: "according to"}, []AttributionChange{SpeakerChanged, CueChanged, IntermediaryChanged}},
	}
	for _, tt := range tests {
		if got := (pairWords{}).compareAttributions(media, tt.other); !slices.Equal(got, tt.want) {
			t.Errorf("%s: changes %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCompoundBrokenOverALine checks that a speaker or an outlet whose
// compound a line breaks at its hyphen is the one written on one line.
func TestCompoundBrokenOverALine(t *testing.T) {
	tests := []struct {
		name string
		l, r quotes.Attribution
		want []AttributionChange
	}{
		{"an outlet", quotes.Attribution{Intermediary: "the state-run Anadolu news agency", Cue: "reported"},
			quotes.Attribution{Intermediary: "the state-\nrun Anadolu news agency", Cue: "reported"}, nil},
		{"a speaker", quotes.Attribution{Speaker: "the state-run broadcaster", Cue: "said"},
			quotes.Attribution{Speaker: "the state-\nrun broadcaster", Cue: "said"}, nil},
		{"another outlet", quotes.Attribution{Intermediary: "the state-run Anadolu news agency", Cue: "reported"},
			quotes.Attribution{Intermediary: "the state-run IRNA news agency", Cue: "reported"}, []AttributionChange{IntermediaryChanged}},
	}
	for _, tt := range tests {
		if got := (pairWords{}).compareAttributions(tt.l, tt.r); !slices.Equal(got, tt.want) {
			t.Errorf("%s: changes %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestContentWords checks the words two statements are compared by: without
// punctuation, stop words or a possessive's "'s", stemmed lightly.
func TestContentWords(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		{"to restore the chipmaker's dominance", []string{"restor", "chipmaker", "dominanc"}},
		{"to turn around the U.S. chipmaker,", []string{"turn", "around", "u.s", "chipmaker"}},
		{"No, not at all.", []string{"no,", "not", "at", "all."}},
	}
	for _, tt := range tests {
		if got := contentWords(tt.give); !slices.Equal(got, tt.want) {
			t.Errorf("contentWords(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}
