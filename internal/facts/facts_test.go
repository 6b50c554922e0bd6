package facts

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// brief is what a test checks of a fact.
type brief struct {
	Type        Type
	Text, Value string
	Hedge, Unit string
	Resolved    bool
}

func extract(text string, published time.Time) []brief {
	var out []brief
	for _, f := range New(lexicon.New()).Extract(segment.Segment(text), published) {
		out = append(out, brief{f.Type, f.Text, f.Value, f.Hedge, f.Unit, f.Resolved})
	}
	return out
}

func TestNumbersAndDates(t *testing.T) {
	tuesday := time.Date(2016, 5, 17, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		give      string
		published time.Time
		want      []brief
	}{
		{"compound with a counted thing", "the 17-nation group", time.Time{},
			[]brief{{Number, "17-nation", "17", "", "nation", false}}},
		{"separators and hedge", "more than 300,000 lives were lost", time.Time{},
			[]brief{{Number, "more than 300,000", "300000", "more than", "lives", false}}},
		{"number words", "two dozen children", time.Time{},
			[]brief{{Number, "two dozen", "24", "", "children", false}}},
		{"a magnitude of a thing in two words", "Dozens of howler monkeys died", time.Time{},
			[]brief{{Number, "Dozens", "24-99", "", "monkeys", false}}},
		{"a series' tally in words", "the Celtics won the finals four games to one", time.Time{},
			[]brief{{Organization, "Celtics", "Celtics", "", "", false}, {Number, "four games to one", "4-1", "", "", false}}},
		{"a range of shares", "Turnout was estimated at between 58.9% and 61.1%, and rose from 5% to 7% in a poll", time.Time{},
			[]brief{{Number, "between 58.9% and 61.1%", "58.9-61.1", "", "%", false}, {Number, "5%", "5", "", "%", false}, {Number, "7%", "7", "", "%", false}}},
		{"an age a clause gives", "Calhoun, who is 67, became chief", time.Time{},
			[]brief{{Person, "Calhoun", "Calhoun", "", "", false}, {Number, "67", "67", "", "years old", false}}},
		{"a year after for", "it raised its forecast for 2025 to 2.2%, with aid for 2000 people", time.Time{},
			[]brief{{Date, "2025", "2025", "", "", false}, {Number, "2.2%", "2.2", "", "%", false}, {Number, "2000", "2000", "", "people", false}}},
		{"a range of amounts, and a move", "it would cost $3.8 billion to $4.5 billion a day, as prices rose from $5 to $7", time.Time{},
			[]brief{{Number, "$3.8 billion to $4.5 billion", "3800000000-4500000000", "", "$", false}, {Number, "$5", "5", "", "$", false}, {Number, "$7", "7", "", "$", false}}},
		{"how far a price moved, and to what", "crude gained $3.07 to $71.11 a barrel", time.Time{},
			[]brief{{Number, "$3.07", "3.07", "", "$", false}, {Number, "$71.11", "71.11", "", "$", false}}},
		{"a year a hedge bounds", "patients waited more than a year, a year ago, for about an hour", time.Time{},
			[]brief{{Number, "more than a year", "1", "more than", "year", false}}},
		{"a count after a verb's over", "Hamas handed over three hostages as prices rose over 5%", time.Time{},
			[]brief{{Organization, "Hamas", "Hamas", "", "", false}, {Number, "three", "3", "", "hostages", false}, {Number, "over 5%", "5", "over", "%", false}}},
		{"a decade a hedge bounds", "it had abused its position for almost a decade, the fastest in a decade", time.Time{},
			[]brief{{Number, "almost a decade", "1", "almost", "decade", false}}},
		{"one year, and one of many", "platforms have one year to comply, one of the rules", time.Time{},
			[]brief{{Number, "one", "1", "", "year", false}}},
		{"a term at most", "The court must rule within 180 days", time.Time{},
			[]brief{{Number, "within 180", "180", "within", "days", false}}},
		{"money with a multiplier", "it pledged $2.5 billion", time.Time{},
			[]brief{{Number, "$2.5 billion", "2500000000", "", "$", false}}},
		{"a bare count and its state after it", "At least five people were killed and 47 were missing; three are trapped", time.Time{},
			[]brief{{Number, "At least five", "5", "at least", "people", false}, {Number, "47", "47", "", "missing", false}, {Number, "three", "3", "", "trapped", false}}},
		{"a quake's magnitude is a label", "a magnitude 6.3 earthquake struck", time.Time{},
			[]brief{{Number, "magnitude 6.3", "6.3", "", "magnitude", false}}},
		{"a magnitude after its label and \"of\"", "the quake, with a magnitude of 7.2, was the strongest in 25 years", time.Time{},
			[]brief{{Number, "magnitude of 7.2", "7.2", "", "magnitude", false}, {Number, "25", "25", "", "years", false}}},
		{"a multiplier abbreviated", "the painting fetched $236.4 mln, profit rose to 3.2 bln euros", time.Time{},
			[]brief{{Number, "$236.4 mln", "236400000", "", "$", false}, {Number, "3.2 bln euros", "3200000000", "", "euros", false}}},
		{"dollars a nationality names", "fines of 50 million Australian dollars and C$2 billion", time.Time{},
			[]brief{{Number, "50 million Australian dollars", "50000000", "", "A$", false}, {Number, "C$2 billion", "2000000000", "", "C$", false}}},
		{"percentage", "at least 40% of homes", time.Time{},
			[]brief{{Number, "at least 40%", "40", "at least", "%", false}}},
		{"percent in words", "up 12 per cent from a year earlier", time.Time{},
			[]brief{{Number, "12 per cent", "12", "", "%", false}}},
		{"a number in words with multipliers", "They sent one thousand five hundred troops and three million two hundred thousand rounds.", time.Time{},
			[]brief{{Number, "one thousand five hundred", "1500", "", "troops", false}, {Number, "three million two hundred thousand", "3200000", "", "rounds", false}}},
		{"vague quantities", "Dozens of people were hurt, hundreds were evacuated and tens of thousands marched.", time.Time{},
			[]brief{{Number, "Dozens", "24-99", "", "people", false}, {Number, "hundreds", "200-999", "", "", false}, {Number, "tens of thousands", "20000-99999", "", "", false}}},
		{"a character reference is no figure", "Syria&#8217;s 3 envoys", time.Time{},
			[]brief{{Place, "Syria", "Syria", "", "", false}, {Number, "3", "3", "", "envoys", false}}},
		{"percent abbreviated", "shares rose 5 pct and bonds 3pct", time.Time{},
			[]brief{{Number, "5 pct", "5", "", "%", false}, {Number, "3pct", "3", "", "%", false}}},
		{"percent written onto the number", "up 12pc from a year earlier", time.Time{},
			[]brief{{Number, "12pc", "12", "", "%", false}}},
		{"a currency named after the amount", "shares rose to 41.20 euros", time.Time{},
			[]brief{{Number, "41.20 euros", "41.2", "", "euros", false}}},
		{"an amount per thing is no percentage", "a dividend of $5 per share", time.Time{},
			[]brief{{Number, "$5", "5", "", "$", false}}},
		{"a month that is a first name", "opposition leader Jan Novak told CNN", time.Time{}, []brief{{Person, "Jan Novak", "Jan Novak", "", "", false}, {Organization, "CNN", "CNN", "", "", false}}},
		{"a month before a name", "in May Kerry said", time.Time{}, []brief{{Date, "May", "--05", "", "", false}, {Person, "Kerry", "Kerry", "", "", false}}},
		{"a month's letters in a name joined by hyphens", "He spoke from his Mar-a-Lago estate on Mar 3.", time.Time{}, []brief{{Date, "Mar 3", "--03-03", "", "", false}}},
		{"the weekend before what it dates", "after heavy weekend snow, and a weekend of violence, and talks next weekend", time.Time{},
			[]brief{{Date, "weekend", "the weekend", "", "", false}}},
		{"a quarter by its months alone", "the economy shrank 2.1% in July-September, after fighting in June-July", time.Time{},
			[]brief{{Number, "2.1%", "2.1", "", "%", false}, {Date, "June", "--06", "", "", false}, {Date, "July", "--07", "", "", false}}},
		{"a quarter by its months or its label", "profit rose 20% in the April-June quarter, and Q3 sales in the July to September period", time.Time{},
			[]brief{{Number, "20%", "20", "", "%", false}}},
		{"holidays of one date", "rates will fall before Christmas, or by New Year's Day", time.Time{},
			[]brief{{Date, "Christmas", "--12-25", "", "", false}, {Date, "New Year's Day", "--01-01", "", "", false}}},
		{"late in a month", "owners will be told in late March", time.Time{}, []brief{{Date, "late March", "late --03", "", "", false}}},
		{"the middle of a month, hyphenated", "owners will be told from mid-March", time.Time{}, []brief{{Date, "mid-March", "mid --03", "", "", false}}},
		{"the end of a month", "by the end of March", time.Time{}, []brief{{Date, "the end of March", "late --03", "", "", false}}},
		{"a time converted in brackets is a time", "at 5:14 p.m. (0814 GMT) at a depth of 40 km", time.Time{},
			[]brief{{Number, "5:14 p.m.", "17:14", "", "time", false}, {Number, "0814 GMT", "08:14", "", "time", false}, {Number, "40", "40", "", "km", false}}},
		{"a time before its zone alone is no number", "The story moved at 0814 GMT on the wire.", time.Time{}, nil},
		{"one with a hedge is a count", "waves of up to one metre", time.Time{},
			[]brief{{Number, "up to one", "1", "up to", "metre", false}}},
		{"a million", "more than a million people have fled", time.Time{},
			[]brief{{Number, "more than a million", "1000000", "more than", "people", false}}},
		{"this month", "trucks crossed the border earlier this month", tuesday,
			[]brief{{Date, "this month", "2016-05", "", "", true}}},
		{"range", "between 10 and 20 soldiers", time.Time{},
			[]brief{{Number, "between 10 and 20", "10-20", "", "", false}}},
		{"ordinals in words", "City slumped to a seventh defeat in 11 games, a second behind, in the Fifth Republic", time.Time{},
			[]brief{{Number, "seventh", "7", "", "ordinal", false}, {Number, "11", "11", "", "games", false}}},
		{"an area", "has scorched some 100 square kilometers of land", time.Time{},
			[]brief{{Number, "some 100", "100", "some", "square kilometers", false}}},
		{"a span of years", "Toledo governed Peru from 2001 to 2006", time.Time{},
			[]brief{{Place, "Peru", "Peru", "", "", false}, {Number, "from 2001 to 2006", "2001-2006", "", "", false}}},
		{"spans of years through the last", "models from the 2011 through 2019 model years, sold from 2011 through 2020", time.Time{},
			[]brief{{Number, "2011 through 2019", "2011-2019", "", "", false}, {Number, "from 2011 through 2020", "2011-2020", "", "", false}}},
		{"range without between", "Ten to 12 ships were involved", time.Time{},
			[]brief{{Number, "Ten to 12", "10-12", "", "", false}}},
		{"a day from the day named before", "The agency declared an emergency on Wednesday. A day earlier, another did.", time.Time{},
			[]brief{{Date, "Wednesday", "Wednesday", "", "", false}, {Date, "A day earlier", "Tuesday", "", "", false}}},
		{"a day from a date named before", "He died on Jan. 3, 2024. The day before, he spoke, and the next day he was buried.", time.Time{},
			[]brief{{Date, "Jan. 3, 2024", "2024-01-03", "", "", true}, {Date, "The day before", "2024-01-02", "", "", true}, {Date, "the next day", "2024-01-03", "", "", true}}},
		{"a day before an event is no day from the one named", "It happened on Monday, the day before the vote.", time.Time{},
			[]brief{{Date, "Monday", "Monday", "", "", false}}},
		{"a tally is no range", "The Senate voted 74 to 24", time.Time{},
			[]brief{{Organization, "Senate", "Senate", "", "", false}, {Number, "74 to 24", "74-24", "", "", false}}},
		{"ages", "a 63-year-old man, a woman aged 64 and a boy 9 years old", time.Time{},
			[]brief{{Number, "63-year-old", "63", "", "years old", false}, {Number, "64", "64", "", "years old", false}, {Number, "9", "9", "", "years old", false}}},
		{"the past years are no figure passed", "sales rose over the past five years", time.Time{},
			[]brief{{Number, "five", "5", "", "years", false}}},
		{"a temperature's scale set apart", "temperatures soared past 50 C (122 F) and hit 46.8 C on Thursday", time.Time{},
			[]brief{{Number, "past 50 C", "50", "past", "degrees celsius", false}, {Number, "122 F", "122", "past", "degrees fahrenheit", false},
				{Number, "46.8 C", "46.8", "", "degrees celsius", false}, {Date, "Thursday", "Thursday", "", "", false}}},
		{"a temperature", "Temperatures reached 40 degrees Celsius on Friday", time.Time{},
			[]brief{{Number, "40 degrees Celsius", "40", "", "degrees celsius", false}, {Date, "Friday", "Friday", "", "", false}}},
		{"a name ending in a number", "during the COVID-19 pandemic, F-16 jets flew", time.Time{}, nil},
		{"an ordinal making a word of its own", "a third-party database, second-hand cars and a third term", time.Time{},
			[]brief{{Number, "third", "3", "", "ordinal", false}}},
		{"a share index's number", "The S&P 500 and the Nikkei 225 index fell 2% as the Dow lost 300 points", time.Time{},
			[]brief{{Organization, "Nikkei", "Nikkei", "", "", false}, {Number, "2%", "2", "", "%", false}, {Organization, "Dow", "Dow", "", "", false}, {Number, "300", "300", "", "points", false}}},
		{"the time a thing runs over is no hedge", "a 38% wage increase over four years, after over 200 days", time.Time{},
			[]brief{{Number, "38%", "38", "", "%", false}, {Number, "four", "4", "", "years", false}, {Number, "over 200", "200", "over", "days", false}}},
		{"a name opening with a number", "genetic testing company 23andMe said it ran 10km", time.Time{},
			[]brief{{Number, "10", "10", "", "km", false}}},
		{"a distance in light years", "a star 500 light years away, another 490 light-years off", time.Time{},
			[]brief{{Number, "500", "500", "", "light years", false}, {Number, "490", "490", "", "light years", false}}},
		{"brands opening with a number", "21Shares and 1Password built 5G phones and 3D-printed parts for 5Bn and 40C", time.Time{},
			[]brief{{Number, "5Bn", "5000000000", "", "", false}, {Number, "40C", "40", "", "degrees celsius", false}}},
		{"a score", "the home side won 2-1 on the night", time.Time{},
			[]brief{{Number, "2-1", "2-1", "", "", false}}},
		{"basis points", "raised rates by 50 basis points", time.Time{},
			[]brief{{Number, "50 basis points", "0.5", "", "percentage point", false}}},
		{"half a percentage point", "lifted rates by half a percentage point", time.Time{},
			[]brief{{Number, "half a percentage point", "0.5", "", "percentage point", false}}},
		{"a change", "raise the age from 62 to 64", time.Time{},
			[]brief{{Number, "from 62 to 64", "62-64", "", "", false}}},
		{"a change written from its end", "raise the age to 64 from 62", time.Time{},
			[]brief{{Number, "to 64 from 62", "62-64", "", "", false}}},
		{"a multiplier written onto the number", "4.8m people have fled", time.Time{},
			[]brief{{Number, "4.8m", "4800000", "", "people", false}}},
		{"metres written onto a race's distance", "he took the 400m hurdles gold, as in the 100m freestyle", time.Time{},
			[]brief{{Number, "400m", "400", "", "metres", false}, {Number, "100m", "100", "", "metres", false}}},
		{"a bound after the figure", "adults aged 60 and older, groups of 50 or more people, five or fewer, and 1 and more importantly", time.Time{},
			[]brief{{Number, "60 and older", "60", "and older", "years old", false}, {Number, "50 or more", "50", "or more", "", false},
				{Number, "five or fewer", "5", "or fewer", "", false}, {Number, "1", "1", "", "", false}}},
		{"a weekday's possessive", "at Thursday's conference", time.Time{},
			[]brief{{Date, "Thursday's", "Thursday", "", "", false}}},
		{"a month's possessive, not May's", "after July's election, which Theresa May's party lost", time.Time{},
			[]brief{{Date, "July's", "--07", "", "", false}, {Person, "Theresa May", "Theresa May", "", "", false}}},
		{"a time of day with a full stop", "landed at 6.04pm, or about 11.30 a.m. there, for 6.04 euros", time.Time{},
			[]brief{{Number, "6.04pm", "18:04", "", "time", false}, {Number, "about 11.30 a.m.", "11:30", "about", "time", false}, {Number, "6.04 euros", "6.04", "", "euros", false}}},
		{"a time of day is one figure, not two", "arrested at 10:30 a.m. with 3 others, at around 12:05 and at 12:10 a.m.", time.Time{},
			[]brief{{Number, "10:30 a.m.", "10:30", "", "time", false}, {Number, "3", "3", "", "others", false},
				{Number, "around 12:05", "12:05", "around", "time", false}, {Number, "12:10 a.m.", "00:10", "", "time", false}}},
		{"an hour and its half of the day", "started shortly after 8am and ended by about 6 p.m. with 3 others", time.Time{},
			[]brief{{Number, "shortly after 8am", "08:00", "shortly after", "time", false}, {Number, "about 6 p.m.", "18:00", "about", "time", false}, {Number, "3", "3", "", "others", false}}},
		{"days listed before their month", "will strike on 15 and 20 December", time.Time{},
			[]brief{{Date, "15", "--12-15", "", "", false}, {Date, "20 December", "--12-20", "", "", false}}},
		{"days listed after a date", "walk out on Dec. 15 and 20, and on March 3, 4 and 5", time.Time{},
			[]brief{{Date, "Dec. 15", "--12-15", "", "", false}, {Date, "20", "--12-20", "", "", false}, {Date, "March 3", "--03-03", "", "", false},
				{Date, "4", "--03-04", "", "", false}, {Date, "5", "--03-05", "", "", false}}},
		{"a day before a dash is no range", "SEOUL, Dec 3 - Lawmakers met on June 6-7.", time.Time{},
			[]brief{{Place, "SEOUL", "SEOUL", "", "", false}, {Date, "Dec 3", "--12-03", "", "", false}, {Date, "June 6", "--06-06", "", "", false}, {Date, "7", "--06-07", "", "", false}}},
		{"counts listed are no days", "About 15 and 20 people came.", time.Time{},
			[]brief{{Number, "About 15", "15", "about", "", false}, {Number, "20", "20", "", "people", false}}},
		{"a weekday gone", "the envoy returned on Friday", tuesday,
			[]brief{{Date, "Friday", "2016-05-13", "", "", true}}},
		{"a weekday to come", "the envoy will return on Friday", tuesday,
			[]brief{{Date, "Friday", "2016-05-20", "", "", true}}},
		{"a weekday after another clause", "the envoy, who will fly home, met rebels on Monday", tuesday,
			[]brief{{Date, "Monday", "2016-05-16", "", "", true}}},
		{"the past week", "fled in the past week", time.Time{},
			[]brief{{Date, "the past week", "the past week", "", "", false}}},
		{"full date", "on October 15, 2016 in", time.Time{},
			[]brief{{Date, "October 15, 2016", "2016-10-15", "", "", true}}},
		{"ISO date", "dated 2016-05-17 here", time.Time{},
			[]brief{{Date, "2016-05-17", "2016-05-17", "", "", true}}},
		{"day and month without a year", "by August 1 at the latest", time.Time{},
			[]brief{{Date, "August 1", "--08-01", "", "", false}}},
		{"month resolved by the publication year", "agreed in February", tuesday,
			[]brief{{Date, "February", "2016-02", "", "", true}}},
		{"weekday resolved backwards", "they met on Monday", tuesday,
			[]brief{{Date, "Monday", "2016-05-16", "", "", true}}},
		{"weekday unresolved", "they met on Monday", time.Time{},
			[]brief{{Date, "Monday", "Monday", "", "", false}}},
		{"today", "envoys meet today", tuesday,
			[]brief{{Date, "today", "2016-05-17", "", "", true}}},
		{"today opening a sentence", "Today, envoys meet.", tuesday,
			[]brief{{Date, "Today", "2016-05-17", "", "", true}}},
		{"Today as a name", `Kurtz told NBC's "Today" show and USA Today that the company was sorry.`, tuesday,
			[]brief{{Person, "Kurtz", "Kurtz", "", "", false}, {Organization, "NBC", "NBC", "", "", false}, {Organization, "USA Today", "USA Today", "", "", false}}},
		{"last month", "since last month's truce", tuesday,
			[]brief{{Date, "last month", "2016-04", "", "", true}}},
		{"years ago", "the deal signed five years ago and 3 months ago", tuesday,
			[]brief{{Date, "five years ago", "2011", "", "", true}, {Date, "3 months ago", "2016-02", "", "", true}}},
		{"years ago, no date known", "the deal signed five years ago", time.Time{},
			[]brief{{Date, "five years ago", "five years ago", "", "", false}}},
		{"year after a preposition", "killed since 2011", time.Time{},
			[]brief{{Date, "2011", "2011", "", "", false}}},
		{"the year of an event", "offline since the 2011 disaster", time.Time{},
			[]brief{{Date, "2011", "2011", "", "", false}}},
		{"the year of an event named in more words", "the biggest failure since the 2008 financial crisis", time.Time{},
			[]brief{{Date, "2008", "2008", "", "", false}}},
		{"a count of people before an event", "the 2000 people fled war", time.Time{},
			[]brief{{Number, "2000", "2000", "", "people", false}}},
		{"a share in words, hedged", "it accounts for more than half of the economy", time.Time{},
			[]brief{{Number, "more than half", "50", "more than", "%", false}}},
		{"a count before a noun is no year", "the 2000 troops sent there", time.Time{},
			[]brief{{Number, "2000", "2000", "", "troops", false}}},
		{"a whole number and a fraction", "signed an 8 1/2-year contract", time.Time{},
			[]brief{{Number, "8 1/2-year", "8.5", "", "year", false}}},
		{"a count of times in one word", "scouted the venue twice", time.Time{},
			[]brief{{Number, "twice", "2", "", "times", false}}},
		{"a multiple of what follows", "almost double the duration of the last one", time.Time{},
			[]brief{{Number, "almost double", "2", "almost", "times", false}}},
		{"a verb of multiples is no count", "sales doubled last year", time.Time{}, []brief{{Date, "last year", "last year", "", "", false}}},
		{"one is not a count", "one of the envoys left", time.Time{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, extract(tt.give, tt.published)); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.give, d)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []brief
	}{
		{"title and nationality stripped", "said German Foreign Minister Frank Walter Steinmeier.",
			[]brief{{Person, "Frank Walter Steinmeier", "Frank Walter Steinmeier", "", "", false}}},
		{"organisation with acronym", "The International Syria Support Group (ISSG) met.",
			[]brief{{Organization, "International Syria Support Group", "International Syria Support Group", "", "", false}, {Organization, "ISSG", "ISSG", "", "", false}}},
		{"possessive", "met Russia's envoy", []brief{{Place, "Russia", "Russia", "", "", false}}},
		{"particle with hyphen", "President Bashar al-Assad spoke", []brief{{Person, "Bashar al-Assad", "Bashar al-Assad", "", "", false}}},
		{"acronym before a place", "the UN Syria envoy", []brief{{Organization, "UN", "UN", "", "", false}, {Place, "Syria", "Syria", "", "", false}}},
		{"name used as an adjective", "Saudi-backed rebels", nil},
		{"a name before a dash", "diplomats from Qatar -- all nations that back the opposition", []brief{{Place, "Qatar", "Qatar", "", "", false}}},
		{"place after a preposition", "Then Kerry was in Jeddah", []brief{{Person, "Kerry", "Kerry", "", "", false}, {Place, "Jeddah", "Jeddah", "", "", false}}},
		{"a place before its kind", "families fled the Emilia-Romagna region", []brief{{Place, "Emilia-Romagna", "Emilia-Romagna", "", "", false}}},
		{"a port's town and an island", "it hit the coast between Mongla port and Sagar Island", []brief{{Place, "Mongla", "Mongla", "", "", false}, {Place, "Sagar Island", "Sagar Island", "", "", false}}},
		{"a name a thing's owner has", "fees outside its App Store", nil},
		{"a name of several words after the", "users of the App Store, the Duke of Sussex said", []brief{{Organization, "App Store", "App Store", "", "", false}, {Person, "Duke of Sussex", "Duke of Sussex", "", "", false}}},
		{"a team after the, before its verb", "the Boston Celtics won, the Florida Highway Patrol said", []brief{{Organization, "Boston Celtics", "Boston Celtics", "", "", false}, {Organization, "Florida Highway Patrol", "Florida Highway Patrol", "", "", false}}},
		{"people after the: a title's, and a name before what it qualifies", "the Reverend Al Sharpton thanked the Taylor Swift fans", []brief{{Person, "Reverend Al Sharpton", "Reverend Al Sharpton", "", "", false}, {Person, "Taylor Swift", "Taylor Swift", "", "", false}}},
		{"a name the noun for a group is before", "leader of the Islamist group Hayat Tahrir al-Sham, Ali Ahmed,", []brief{{Organization, "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "", "", false}, {Person, "Ali Ahmed", "Ali Ahmed", "", "", false}}},
		{"a place the lexicon knows, whose last word ends bodies' names", "buses arrived in the West Bank city of Ramallah", []brief{{Place, "West Bank", "West Bank", "", "", false}, {Place, "Ramallah", "Ramallah", "", "", false}}},
		{"a feast of no fixed date", "crowds gathered on Easter Sunday, as Ramadan began", nil},
		{"an acronym made plural", "the company was out of GPUs, NGOs said", nil},
		{"a residence by the word for its kind", "outside his residence, Rideau Cottage", []brief{{Place, "Rideau Cottage", "Rideau Cottage", "", "", false}}},
		{"a party's member", "the downfall of a once-powerful Democrat, a Conservative said", nil},
		{"a body a participle says who owns", "the mine, operated by state-owned Codelco, and rebel-controlled Idlib", []brief{{Organization, "Codelco", "Codelco", "", "", false}, {Place, "Idlib", "Idlib", "", "", false}}},
		{"a broadcaster by its first word", "Mining Minister Aurora Williams told Radio Cooperativa", []brief{{Person, "Aurora Williams", "Aurora Williams", "", "", false}, {Organization, "Radio Cooperativa", "Radio Cooperativa", "", "", false}}},
		{"a city by its letters", "a blaze north of LA, near NYC", []brief{{Place, "LA", "Los Angeles", "", "", false}, {Place, "NYC", "New York City", "", "", false}}},
		{"a port that is a thing's", "It drops the Lightning port", []brief{{Organization, "Lightning", "Lightning", "", "", false}}},
		{"a chamber's speaker", "said National Assembly Speaker Woo Won-shik.",
			[]brief{{Organization, "National Assembly", "National Assembly", "", "", false}, {Person, "Woo Won-shik", "Woo Won-shik", "", "", false}}},
		{"an event after the body that runs it, and a grade of oil", "The Celtics won the NBA Finals as West Texas Intermediate crude rose",
			[]brief{{Organization, "Celtics", "Celtics", "", "", false}, {Organization, "NBA", "NBA", "", "", false}}},
		{"an honour after an event's name", "Jaylen Brown was named the Finals Most Valuable Player", []brief{{Person, "Jaylen Brown", "Jaylen Brown", "", "", false}}},
		{"initials that open a name", "Economists at J.P. Morgan said George H.W. Bush and the U.N. Security Council agreed",
			[]brief{{Organization, "J.P. Morgan", "J.P. Morgan", "", "", false}, {Person, "George H.W. Bush", "George H.W. Bush", "", "", false}, {Organization, "U.N. Security Council", "U.N. Security Council", "", "", false}}},
		{"the first of two places of one kind", "ports on the East and Gulf coasts", []brief{{Place, "East", "East", "", "", false}, {Place, "Gulf", "Gulf", "", "", false}}},
		{"a code after a sentence's first word", "Named JADES-GS-z14-0, the galaxy is far", nil},
		{"the Holy See", "a statement from the Holy See press office", []brief{{Place, "Holy See", "Holy See", "", "", false}}},
		{"a body's officer after its name", "Bank of England Governor Andrew Bailey met Federal Reserve Chair Jerome Powell and WHO Director-General Tedros.",
			[]brief{{Organization, "Bank of England", "Bank of England", "", "", false}, {Person, "Andrew Bailey", "Andrew Bailey", "", "", false},
				{Organization, "Federal Reserve", "Federal Reserve", "", "", false}, {Person, "Jerome Powell", "Jerome Powell", "", "", false},
				{Organization, "WHO", "WHO", "", "", false}, {Person, "Tedros", "Tedros", "", "", false}}},
		{"a body of one word", "But Congress had determined it, and Parliament agreed.",
			[]brief{{Organization, "Congress", "Congress", "", "", false}, {Organization, "Parliament", "Parliament", "", "", false}}},
		{"a garden and a square", "He spoke in the White House Rose Garden, then at Trafalgar Square.",
			[]brief{{Place, "White House Rose Garden", "White House Rose Garden", "", "", false}, {Place, "Trafalgar Square", "Trafalgar Square", "", "", false}}},
		{"a unit and an index", "The Athletics Integrity Unit said the Hang Seng index fell.",
			[]brief{{Organization, "Athletics Integrity Unit", "Athletics Integrity Unit", "", "", false}, {Organization, "Hang Seng", "Hang Seng", "", "", false}}},
		{"competitions by their kind", "He holds 24 Grand Slam titles and won the Super Bowl.",
			[]brief{{Number, "24", "24", "", "", false}, {Organization, "Grand Slam", "Grand Slam", "", "", false}, {Organization, "Super Bowl", "Super Bowl", "", "", false}}},
		{"a central bank's rate and a budget are no one", "Four members voted to cut Bank Rate before the Autumn Budget, Andrew Bailey said.",
			[]brief{{Number, "Four", "4", "", "members", false}, {Person, "Andrew Bailey", "Andrew Bailey", "", "", false}}},
		{"an organisation ending in Programme", "The World Food Programme needs money.", []brief{{Organization, "World Food Programme", "World Food Programme", "", "", false}}},
		{"a sport's series or league", "It was his first Formula One podium.", []brief{{Organization, "Formula One", "Formula One", "", "", false}}},
		{"an honorific is no name", "the deal, Mr. Kerry said", []brief{{Person, "Kerry", "Kerry", "", "", false}}},
		{"a plural's possessive inside a name", "will appear at Westminster Magistrates' Court on", []brief{{Organization, "Westminster Magistrates' Court", "Westminster Magistrates' Court", "", "", false}}},
		{"a byline names no one in the story", "By Jane Doe", nil},
		{"a credit line names no one in the story", "Additional reporting by Jane Doe in Kyiv; Editing by John Smith", nil},
		{"a city of two words in capitals before an em dash", "NEW ORLEANS (AP) — The storm hit.",
			[]brief{{Place, "NEW ORLEANS", "NEW ORLEANS", "", "", false}, {Organization, "AP", "AP", "", "", false}}},
		{"a city in capitals", "LOS ANGELES (AP) - The home team won.", []brief{{Place, "LOS ANGELES", "LOS ANGELES", "", "", false}, {Organization, "AP", "AP", "", "", false}}},
		{"an organisation named by its kind", "more than 370 died, according to the Observatory.",
			[]brief{{Number, "more than 370", "370", "more than", "died", false}, {Organization, "Observatory", "Observatory", "", "", false}}},
		{"the kind alone before a title", "Union leader Marie Dupont said no.", []brief{{Person, "Marie Dupont", "Marie Dupont", "", "", false}}},
		{"a speaker opens the sentence", "Kerry said the deal was a step forward.", []brief{{Person, "Kerry", "Kerry", "", "", false}}},
		{"an aside about the speaker", "Lavrov, speaking in Moscow, welcomed the plan.", []brief{{Person, "Lavrov", "Lavrov", "", "", false}, {Place, "Moscow", "Moscow", "", "", false}}},
		{"a relative clause about the speaker", "Lavrov, who arrived late, welcomed the plan.", []brief{{Person, "Lavrov", "Lavrov", "", "", false}}},
		{"a linking word before an aside", "However, speaking in Moscow, he welcomed the plan.", []brief{{Place, "Moscow", "Moscow", "", "", false}}},
		{"an adverb before an aside", "Separately, speaking in Moscow, he welcomed the plan.", []brief{{Place, "Moscow", "Moscow", "", "", false}}},
		{"a plural speaker is no name", "Officials said the deal was a step forward.", nil},
		{"a collective speaker is no name", "Police said the road was closed.", nil},
		{"a common word opens the sentence", "Fierce fighting continued.", nil},
		{"a dateline city in capitals that no list holds", "MUNICH (Bloomberg) -- The deal was signed.",
			[]brief{{Place, "MUNICH", "MUNICH", "", "", false}, {Organization, "Bloomberg", "Bloomberg", "", "", false}}},
		{"a company by its legal name", "The buyer is Cypress Semiconductor Corp.",
			[]brief{{Organization, "Cypress Semiconductor Corp", "Cypress Semiconductor Corp", "", "", false}}},
		{"a state abbreviated", "He flew home to Cupertino, Calif. on Monday.",
			[]brief{{Place, "Cupertino", "Cupertino", "", "", false}, {Place, "Calif", "California", "", "", false}, {Date, "Monday", "Monday", "", "", false}}},
		{"a state abbreviated with dots", "He flew home to Newark, N.J. on Monday.",
			[]brief{{Place, "Newark", "Newark", "", "", false}, {Place, "N.J.", "New Jersey", "", "", false}, {Date, "Monday", "Monday", "", "", false}}},
		{"a person and her state", "Senator Susan Collins of Maine voted no.",
			[]brief{{Person, "Susan Collins", "Susan Collins", "", "", false}, {Place, "Maine", "Maine", "", "", false}}},
		{"a person and her university", "said Maria Gonzalez of Barcelona University, who led it.",
			[]brief{{Person, "Maria Gonzalez", "Maria Gonzalez", "", "", false}, {Organization, "Barcelona University", "Barcelona University", "", "", false}}},
		{"an organisation of a place", "said the University of Barcelona.",
			[]brief{{Organization, "University of Barcelona", "University of Barcelona", "", "", false}}},
		{"an abbreviated title", "said Gov. John Bel Edwards.", []brief{{Person, "John Bel Edwards", "John Bel Edwards", "", "", false}}},
		{"the place a title is of", "said Louisiana Governor John Bel Edwards.", []brief{{Person, "John Bel Edwards", "John Bel Edwards", "", "", false}}},
		{"a title held before, opening a sentence", "Former Prime Minister Boris Johnson spoke.", []brief{{Person, "Boris Johnson", "Boris Johnson", "", "", false}}},
		{"a nationality held before, opening a headline", "Former Peruvian president Toledo sentenced", []brief{{Person, "Toledo", "Toledo", "", "", false}}},
		{"a label before its number", "It hit as a Category 4 storm.", []brief{{Number, "Category 4", "4", "", "category", false}}},
		{"a possessive before a number is no label", "It narrowed Labour's 20-point lead.", []brief{{Organization, "Labour", "Labour", "", "", false}, {Number, "20-point", "20", "", "point", false}}},
		{"a place of two words after a preposition", "It came ashore near Grand Isle and he spoke in Baton Rouge.",
			[]brief{{Place, "Grand Isle", "Grand Isle", "", "", false}, {Place, "Baton Rouge", "Baton Rouge", "", "", false}}},
		{"a person's possessive after a preposition is no place", "There is trust in Joe Biden's plan.", []brief{{Person, "Joe Biden", "Joe Biden", "", "", false}}},
		{"a site", "according to PowerOutage.us, which tracks outages.", []brief{{Organization, "PowerOutage.us", "PowerOutage.us", "", "", false}}},
		{"a tally written out", "approved it by 74 votes to 24 on Saturday", []brief{{Number, "74 votes to 24", "74-24", "", "", false}, {Date, "Saturday", "Saturday", "", "", false}}},
		{"a tally without its votes", "Lawmakers approved the bill 195 to 106.", []brief{{Number, "195 to 106", "195-106", "", "", false}}},
		{"two counts after a change are no tally; the change counts what the level does", "The index fell 195 to 106 points.", []brief{{Number, "195", "195", "", "points", false}, {Number, "106", "106", "", "points", false}}},
		{"a rise and where it ended is no tally", "rose 5 points to 20", []brief{{Number, "5", "5", "", "points", false}, {Number, "20", "20", "", "", false}}},
		{"the number of an address", "outside 10 Downing Street on Monday", []brief{{Place, "10 Downing Street", "10 Downing Street", "", "", false}, {Date, "Monday", "Monday", "", "", false}}},
		{"a title with its portfolio", "said Chief Cabinet Secretary Yoshimasa Hayashi.", []brief{{Person, "Yoshimasa Hayashi", "Yoshimasa Hayashi", "", "", false}}},
		{"a company of an industry", "Tohoku Electric Power said the plant was safe.", []brief{{Organization, "Tohoku Electric Power", "Tohoku Electric Power", "", "", false}}},
		{"a named thing of something", "Japan sits on the Ring of Fire.", []brief{{Place, "Japan", "Japan", "", "", false}}},
		{"a currency named by its country", "The pound dropped 0.3% against the U.S. dollar, and Hong Kong dollars rose.", []brief{{Number, "0.3%", "0.3", "", "%", false}}},
		{"acronyms of things", "Global IT outage hits TV stations as GDP falls", nil},
		{"a numbered republic and amendment", "France's Fifth Republic and the First Amendment",
			[]brief{{Place, "France", "France", "", "", false}}},
		{"clubs named by their prefix", "Real Madrid beat Borussia Dortmund.",
			[]brief{{Organization, "Real Madrid", "Real Madrid", "", "", false}, {Organization, "Borussia Dortmund", "Borussia Dortmund", "", "", false}}},
		{"a club named for its city", "He joined from Birmingham City after Leeds United and Mexico City had called.",
			[]brief{{Organization, "Birmingham City", "Birmingham City", "", "", false}, {Organization, "Leeds United", "Leeds United", "", "", false}, {Place, "Mexico City", "Mexico City", "", "", false}}},
		{"a model's name after its number", "assembly lines for the 737 Max and the iPhone 15 Pro were shut", []brief{{Number, "15", "15", "", "", false}}},
		{"no one's name takes a", `The record was set in London in 2023 for "Lady with a Fan," and a Rivian driver was hurt.`,
			[]brief{{Place, "London", "London", "", "", false}, {Date, "2023", "2023", "", "", false}}},
		{"a place off a coast", "The quake struck off Aomori on Monday.", []brief{{Place, "Aomori", "Aomori", "", "", false}, {Date, "Monday", "Monday", "", "", false}}},
		{"a person of a company of an industry", "said Amrita Sen of Energy Aspects.", []brief{{Person, "Amrita Sen of Energy Aspects", "Amrita Sen of Energy Aspects", "", "", false}}},
		{"a company's shares", "Shares of Infineon were unchanged.", []brief{{Organization, "Infineon", "Infineon", "", "", false}}},
		{"a noble title", "The Duke of Sussex arrived.", []brief{{Person, "Duke of Sussex", "Duke of Sussex", "", "", false}}},
		{"the followers of a faith are no one's name", "a ban on travel from mostly Muslim countries, which discriminated against Muslims, said Christian Lindner",
			[]brief{{Person, "Christian Lindner", "Christian Lindner", "", "", false}}},
		{"a nickname inside a name", `The board named Robert "Kelly" Ortberg as its next chief.`,
			[]brief{{Person, `Robert "Kelly" Ortberg`, `Robert "Kelly" Ortberg`, "", "", false}}},
		{"an award", "He won two Academy Awards.", []brief{{Number, "two", "2", "", "", false}, {Organization, "Academy Awards", "Academy Awards", "", "", false}}},
		{"a competition", "to lift the European Cup for the 15th time", []brief{{Organization, "European Cup", "European Cup", "", "", false}, {Number, "15th", "15", "", "ordinal", false}}},
		{"a saint's square", "crowds in St. Peter's Square cheered", []brief{{Place, "St. Peter's Square", "St. Peter's Square", "", "", false}}},
		{"a city named for a saint", "He flew to St. Louis.", []brief{{Place, "St. Louis", "St. Louis", "", "", false}}},
		{"a church is a body", "the Roman Catholic Church and the Church of England", []brief{{Organization, "Roman Catholic Church", "Roman Catholic Church", "", "", false},
			{Organization, "Church of England", "Church of England", "", "", false}}},
		{"a name before a thing whose it is", "Speaking at his Doral golf resort, he wrote on Truth Social.", []brief{{Organization, "Truth Social", "Truth Social", "", "", false}}},
		{"a party of one word, a month's budget, a camp", "Stride said Labour's October Budget had hit Camp Mystic.",
			[]brief{{Person, "Stride", "Stride", "", "", false}, {Organization, "Labour", "Labour", "", "", false}, {Place, "Camp Mystic", "Camp Mystic", "", "", false}}},
		{"a people of two peoples", "She is a British-Canadian scientist.", nil},
		{"laws and pacts", "The U.S. Constitution's First Amendment, the Inflation Reduction Act and the Paris Agreement were cited.",
			[]brief{{Place, "U.S.", "U.S.", "", "", false}}},
		{"a place after at the", "The fans at the Caesars Superdome cheered.", []brief{{Place, "Caesars Superdome", "Caesars Superdome", "", "", false}}},
		{"an honour, its letters and a competition's plural", "He was the game's MVP and its Most Valuable Player, and won three Super Bowls.",
			[]brief{{Number, "three", "3", "", "", false}, {Organization, "Super Bowls", "Super Bowls", "", "", false}}},
		{"a body whose name holds for, and its letters", "Results showed Alternative for Germany, or AfD, with 20.8%.",
			[]brief{{Organization, "Alternative for Germany", "Alternative for Germany", "", "", false}, {Organization, "AfD", "AfD", "", "", false}, {Number, "20.8%", "20.8", "", "%", false}}},
		{"those who act for someone", "Representatives for Perry and Students for Fair Admissions did not respond.",
			[]brief{{Person, "Perry", "Perry", "", "", false}, {Organization, "Students for Fair Admissions", "Students for Fair Admissions", "", "", false}}},
		{"a minister for a portfolio", "Minister for Europe Stephen Doughty visited Harvard.",
			[]brief{{Person, "Stephen Doughty", "Stephen Doughty", "", "", false}, {Organization, "Harvard", "Harvard", "", "", false}}},
		{"companies named as people are", "Goldman Sachs and an experimental pill from Eli Lilly.",
			[]brief{{Organization, "Goldman Sachs", "Goldman Sachs", "", "", false}, {Organization, "Eli Lilly", "Eli Lilly", "", "", false}}},
		{"a world war by its number", "Their worst result since World War Two, and since World War II.", nil},
		{"a body named for what it is to do", "The Committee to Protect Journalists said Tottenham signed him from Arsenal.",
			[]brief{{Organization, "Committee to Protect Journalists", "Committee to Protect Journalists", "", "", false},
				{Organization, "Tottenham", "Tottenham", "", "", false}, {Organization, "Arsenal", "Arsenal", "", "", false}}},
		{"countries few stories name", "Talks in the United Arab Emirates drew delegates from Malawi and Guinea.",
			[]brief{{Place, "United Arab Emirates", "United Arab Emirates", "", "", false}, {Place, "Malawi", "Malawi", "", "", false}, {Place, "Guinea", "Guinea", "", "", false}}},
		{"pollsters, sports bodies and venues are no one", "An Ipsos poll showed World Athletics would meet at Wimbledon.",
			[]brief{{Organization, "Ipsos", "Ipsos", "", "", false}, {Organization, "World Athletics", "World Athletics", "", "", false}, {Place, "Wimbledon", "Wimbledon", "", "", false}}},
		{"a union by its name before the word", "A spokesperson for the United Steelworkers union said it remained opposed.",
			[]brief{{Organization, "United Steelworkers", "United Steelworkers", "", "", false}}},
		{"a point's part broken over two lines", "The Fed cut its rate by a quarter-\npoint; the ECB made a smaller half-\npoint cut.",
			[]brief{{Organization, "Fed", "Fed", "", "", false}, {Number, "a quarter-\npoint", "0.25", "", "percentage point", false},
				{Organization, "ECB", "ECB", "", "", false}, {Number, "half-\npoint", "0.5", "", "percentage point", false}}},
		{"a company's products", "The SpaceX Crew Dragon capsule replaced Boeing's Starliner capsule.",
			[]brief{{Organization, "SpaceX", "SpaceX", "", "", false}, {Organization, "Boeing", "Boeing", "", "", false}}},
		{"an officer of a body named by one word", "Fed Chair Jerome Powell spoke.", []brief{{Person, "Jerome Powell", "Jerome Powell", "", "", false}}},
		{"a list of places", "Planes were diverted to Gatwick, Paris and Shannon.",
			[]brief{{Place, "Gatwick", "Gatwick", "", "", false}, {Place, "Paris", "Paris", "", "", false}, {Place, "Shannon", "Shannon", "", "", false}}},
		{"a list of two names is no list of places", "Police in Paris and Macron said.", []brief{{Place, "Paris", "Paris", "", "", false}, {Person, "Macron", "Macron", "", "", false}}},
		{"a service with figures, a police force, an operator's name and a peninsula",
			"He cited Flightradar24, the Metropolitan Police and grid operator Red Electrica on the Iberian Peninsula.",
			[]brief{{Organization, "Flightradar24", "Flightradar24", "", "", false}, {Organization, "Metropolitan Police", "Metropolitan Police", "", "", false},
				{Organization, "Red Electrica", "Red Electrica", "", "", false}, {Place, "Iberian Peninsula", "Iberian Peninsula", "", "", false}}},
		{"a body's plural possessive before a person", "He beat Mercedes' George Russell at Westminster Magistrates' Court.",
			[]brief{{Organization, "Mercedes", "Mercedes", "", "", false}, {Person, "George Russell", "George Russell", "", "", false},
				{Organization, "Westminster Magistrates' Court", "Westminster Magistrates' Court", "", "", false}}},
		{"French names with a particle elided", "They left the Musée d'Orsay and flew to Côte d’Ivoire.",
			[]brief{{Organization, "Musée d'Orsay", "Musée d'Orsay", "", "", false}, {Place, "Côte d’Ivoire", "Côte d'Ivoire", "", "", false}}},
		{"a river by its name alone", "Boats on the Seine were stopped.", []brief{{Place, "Seine", "Seine", "", "", false}}},
		{"a broadcaster before its medium", "Nunez told France Inter radio and Putin in a Biden TV ad.",
			[]brief{{Person, "Nunez", "Nunez", "", "", false}, {Organization, "France Inter", "France Inter", "", "", false}, {Person, "Putin", "Putin", "", "", false}}},
		{"an operator before the maker of its model", "An Air India Boeing 787-8 and a Delta Airbus A321 flew.",
			[]brief{{Organization, "Air India", "Air India", "", "", false}, {Organization, "Boeing", "Boeing", "", "", false}, {Organization, "Airbus", "Airbus", "", "", false}}},
		{"a directorate general", "India's Directorate General of Civil Aviation said.",
			[]brief{{Place, "India", "India", "", "", false}, {Organization, "Directorate General of Civil Aviation", "Directorate General of Civil Aviation", "", "", false}}},
		{"a people's word after for", "Liverpool signed Isak from Newcastle United for British record fee and Alternative for Germany won.",
			[]brief{{Person, "Isak", "Isak", "", "", false}, {Organization, "Newcastle United", "Newcastle United", "", "", false}, {Organization, "Alternative for Germany", "Alternative for Germany", "", "", false}}},
		{"a ministry whose name holds a title's word", "Iran's Ministry of Foreign Affairs said.",
			[]brief{{Place, "Iran", "Iran", "", "", false}, {Organization, "Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "", "", false}}},
		{"a name made an adjective, a body and the person it is of", "The anti-Islam Party for Freedom of Geert Wilders beat the pro-EU government.",
			[]brief{{Organization, "Party for Freedom", "Party for Freedom", "", "", false}, {Person, "Geert Wilders", "Geert Wilders", "", "", false}}},
		{"aid groups named without a body's word, a day kept for women", "Reporters Without Borders and Transparency International spoke on International Women's Day.",
			[]brief{{Organization, "Reporters Without Borders", "Reporters Without Borders", "", "", false}, {Organization, "Transparency International", "Transparency International", "", "", false}}},
		{"a carmaker by one word, opening a sentence", "Ford is recalling almost 1.9 million vehicles.",
			[]brief{{Organization, "Ford", "Ford", "", "", false}, {Number, "almost 1.9 million", "1900000", "almost", "vehicles", false}}},
		{"a people's word after a point of the compass, a firm where someone works", "Exports to Southeast Asian nations rose, said Paul Ashworth, chief economist at Capital Economics.",
			[]brief{{Person, "Paul Ashworth", "Paul Ashworth", "", "", false}, {Organization, "Capital Economics", "Capital Economics", "", "", false}}},
		{"a list of companies", "It disrupted apps including Snapchat, Fortnite and Venmo.",
			[]brief{{Organization, "Snapchat", "Snapchat", "", "", false}, {Organization, "Fortnite", "Fortnite", "", "", false}, {Organization, "Venmo", "Venmo", "", "", false}}},
		{"a list of companies, a place after its last", "It covers models including the Camry, Corolla, RAV4 and Highlander, U.S. regulators said.",
			[]brief{{Organization, "Camry", "Camry", "", "", false}, {Organization, "Corolla", "Corolla", "", "", false}, {Organization, "RAV4", "RAV4", "", "", false},
				{Organization, "Highlander", "Highlander", "", "", false}, {Place, "U.S.", "U.S.", "", "", false}}},
		{"a person named in full, after a list of companies", "Assaf Rappaport founded the company. It runs on Amazon, Microsoft and Oracle, Rappaport wrote.",
			[]brief{{Person, "Assaf Rappaport", "Assaf Rappaport", "", "", false}, {Organization, "Amazon", "Amazon", "", "", false},
				{Organization, "Microsoft", "Microsoft", "", "", false}, {Organization, "Oracle", "Oracle", "", "", false}, {Person, "Rappaport", "Rappaport", "", "", false}}},
		{"a company its moves name, named again without them", "Live Nation Entertainment said it was hacked. Live Nation confirmed it. Shares of Live Nation fell.",
			[]brief{{Organization, "Live Nation Entertainment", "Live Nation Entertainment", "", "", false}, {Organization, "Live Nation", "Live Nation", "", "", false},
				{Organization, "Live Nation", "Live Nation", "", "", false}}},
		{"a share index of two words before its number", "The Euro Stoxx 50 rose 1%.",
			[]brief{{Organization, "Euro Stoxx", "Euro Stoxx", "", "", false}, {Number, "1%", "1", "", "%", false}}},
		{"a financial officer's title", "Until then, CFO Rachel Ruggeri will be interim CEO.",
			[]brief{{Person, "Rachel Ruggeri", "Rachel Ruggeri", "", "", false}}},
		{"one who works for a company its moves name", "Nippon Steel President Takahiro Mori spoke. Shares of Nippon Steel rose.",
			[]brief{{Person, "Nippon Steel President Takahiro Mori", "Nippon Steel President Takahiro Mori", "", "", false}, {Organization, "Nippon Steel", "Nippon Steel", "", "", false}}},
		{"a region through which something goes", "Water swept through the Texas Hill Country.", []brief{{Place, "Texas Hill Country", "Texas Hill Country", "", "", false}}},
		{"a code of parts joined by hyphens", "It began in its US-EAST-1 region.", nil},
		{"a system", "It was the Domain Name System.", []brief{{Organization, "Domain Name System", "Domain Name System", "", "", false}}},
		{"a league by one word", "It moved seven points clear at the top of LaLiga.", []brief{{Number, "seven", "7", "", "points", false}, {Organization, "LaLiga", "LaLiga", "", "", false}}},
		{"racing teams", "He drove for Red Bull and beat McLaren's Lando Norris.",
			[]brief{{Organization, "Red Bull", "Red Bull", "", "", false}, {Organization, "McLaren", "McLaren", "", "", false}, {Person, "Lando Norris", "Lando Norris", "", "", false}}},
		{"a player's position opening a sentence", "Quarterback Jalen Hurts threw two touchdown passes.",
			[]brief{{Person, "Jalen Hurts", "Jalen Hurts", "", "", false}, {Number, "two", "2", "", "passes", false}}},
		{"a body of two names joined, its officer after it", "Health and Human Services Secretary Robert F. Kennedy Jr. spoke.",
			[]brief{{Organization, "Health and Human Services", "Health and Human Services", "", "", false}, {Person, "Robert F. Kennedy Jr", "Robert F. Kennedy Jr", "", "", false}}},
		{"a letter and a full stop before a sentence", "He backed Plan B. The plan failed.", nil},
		{"a treasury's note", "The 10-year Treasury note yield rose.", []brief{{Number, "10-year", "10", "", "year", false}, {Organization, "Treasury", "Treasury", "", "", false}}},
		{"a company by one word", "Hinton, who left Google last year, spoke.", []brief{{Person, "Hinton", "Hinton", "", "", false}, {Organization, "Google", "Google", "", "", false}, {Date, "last year", "last year", "", "", false}}},
		{"a union of workers", "The United Auto Workers union welcomed it.", []brief{{Organization, "United Auto Workers", "United Auto Workers", "", "", false}}},
		{"a venue", "the final at Wembley Stadium on Saturday", []brief{{Place, "Wembley Stadium", "Wembley Stadium", "", "", false}, {Date, "Saturday", "Saturday", "", "", false}}},
		{"an ordinal is no count", "added a second in the 83rd.", []brief{{Number, "83rd", "83", "", "ordinal", false}}},
		{"a fraction of a whole", "Two-thirds of voters backed it", []brief{{Number, "Two-thirds", "66.7", "", "%", false}}},
		{"an age after its noun", "cardinals under the age of 80 took part", []brief{{Number, "80", "80", "", "years old", false}}},
		{"under a figure", "trained for under $6 million", []brief{{Number, "under $6 million", "6000000", "under", "$", false}}},
		{"all but a figure", "killing all but two on board", []brief{{Number, "all but two", "2", "all but", "", false}}},
		{"under what governs", "signed under a 10-year contract", []brief{{Number, "10-year", "10", "", "year", false}}},
		{"an age after people and over or under", "Hostages, including men over 50, and children under five were freed, as were over 40 others.",
			[]brief{{Number, "over 50", "50", "over", "years old", false}, {Number, "under five", "5", "under", "years old", false}, {Number, "over 40", "40", "over", "others", false}}},
		{"over what is in dispute", "after talks over a $23 billion takeover", []brief{{Number, "$23 billion", "23000000000", "", "$", false}}},
		{"over a magnitude", "over a million people fled", []brief{{Number, "over a million", "1000000", "over", "people", false}}},
		{"a fraction after a hedge", "nearly a quarter of the staff left", []brief{{Number, "nearly a quarter", "25", "nearly", "%", false}}},
		{"a part of a percentage point", "raised the rate by a quarter of a percentage point", []brief{{Number, "a quarter of a percentage point", "0.25", "", "percentage point", false}}},
		{"a change by a share", "Admissions fell by a third, and deaths by half.", []brief{{Number, "a third", "33.3", "", "%", false}, {Number, "half", "50", "", "%", false}}},
		{"half of a whole", "half of the staff left", []brief{{Number, "half", "50", "", "%", false}}},
		{"the second half is no figure", "in the second half of the match", nil},
		{"a port of a city", "Shipping in and out of the Port of Baltimore is suspended.", []brief{{Place, "Port of Baltimore", "Port of Baltimore", "", "", false}}},
		{"cities and islands without in", "It hit parts of Sicily, and Rome and Florence are on alert.", []brief{{Place, "Sicily", "Sicily", "", "", false},
			{Place, "Rome", "Rome", "", "", false}, {Place, "Florence", "Florence", "", "", false}}},
		{"a bound above", "Temperatures rose above 45C.", []brief{{Number, "above 45C", "45", "above", "degrees celsius", false}}},
		{"parts in the plural", "About two thirds of voters cast ballots, against nearly three quarters in the first round; the economy shrank for two quarters.",
			[]brief{{Number, "About two thirds", "66.7", "about", "%", false}, {Number, "nearly three quarters", "75", "nearly", "%", false}, {Number, "two", "2", "", "quarters", false}}},
		{"a part of a point", "It raised rates by a quarter point, then a quarter-point, then half a point.", []brief{{Number, "a quarter point", "0.25", "", "percentage point", false},
			{Number, "a quarter-point", "0.25", "", "percentage point", false}, {Number, "half a point", "0.5", "", "percentage point", false}}},
		{"a temperature's scale written onto it", "It reached 40C (104F), or 41°C inland.", []brief{{Number, "40C", "40", "", "degrees celsius", false},
			{Number, "104F", "104", "", "degrees fahrenheit", false}, {Number, "41°C", "41", "", "degrees celsius", false}}},
		{"shares as ratios", "One in five adults, about 1 in 10 people and three in every four voters.", []brief{{Number, "One in five", "20", "", "%", false},
			{Number, "about 1 in 10", "10", "about", "%", false}, {Number, "three in every four", "75", "", "%", false}}},
		{"a year with its part", "The deal should close in late 2023 or early 2024.", []brief{{Date, "2023", "2023", "", "", false}, {Date, "2024", "2024", "", "", false}}},
		{"a day written as an ordinal", "They met on May 17th, 2016, and again on the 4th of July.", []brief{{Date, "May 17th, 2016", "2016-05-17", "", "", true}, {Date, "4th of July", "2016-07-04", "", "", true}}},
		{"dates written with slashes", "Filed on 17/05/2016, amended 05/17/2016, signed 03/04/2016.", []brief{{Date, "17/05/2016", "2016-05-17", "", "", true},
			{Date, "05/17/2016", "2016-05-17", "", "", true}, {Date, "03/04/2016", "2016", "", "", false}}},
		{"a fraction cut off by the end of the text", "Prices were cut by a", nil},
		{"a fraction's number cut off by the end of the text", "Prices fell by two-", []brief{{Number, "two", "2", "", "", false}}},
		{"half a million", "half a million homes were damaged", []brief{{Number, "half a million", "500000", "", "homes", false}}},
		{"a currency code before the amount", "costing EUR 1.2 billion", []brief{{Number, "EUR 1.2 billion", "1200000000", "", "EUR", false}}},
		{"a dollar's country on its sign", "rose $US3.95 to US$63.35, and A$20 was paid", []brief{{Number, "$US3.95", "3.95", "", "$", false},
			{Number, "US$63.35", "63.35", "", "$", false}, {Number, "A$20", "20", "", "A$", false}}},
		{"a country before a sign with a space is a place", "US $5 fees", []brief{{Place, "US", "US", "", "", false}, {Number, "$5", "5", "", "$", false}}},
		{"ages set off after names", "Brian Rose, 36, and Joseph Quattrone, 35, are to be sentenced.", []brief{{Person, "Brian Rose", "Brian Rose", "", "", false},
			{Number, "36", "36", "", "years old", false}, {Person, "Joseph Quattrone", "Joseph Quattrone", "", "", false}, {Number, "35", "35", "", "years old", false}}},
		{"a count after an opening word", "Still, 40 people were hurt.", []brief{{Number, "40", "40", "", "people", false}}},
		{"a trade before a company's name", "Chipmaker Broadcom Inc said on Thursday. Carmaker Toyota Motor Corp agreed.", []brief{{Organization, "Broadcom Inc", "Broadcom Inc", "", "", false},
			{Date, "Thursday", "Thursday", "", "", false}, {Organization, "Toyota Motor Corp", "Toyota Motor Corp", "", "", false}}},
		{"a body of two things", "according to the California Department of Forestry and Fire Protection.", []brief{{Organization, "California Department of Forestry and Fire Protection", "California Department of Forestry and Fire Protection", "", "", false}}},
		{"two names joined", "Both Kerry and Lavrov met the Department of State and Iran.", []brief{{Person, "Kerry", "Kerry", "", "", false}, {Person, "Lavrov", "Lavrov", "", "", false},
			{Organization, "Department of State", "Department of State", "", "", false}, {Place, "Iran", "Iran", "", "", false}}},
		{"a town and its state", "taking off for Ontario, California, on Friday", []brief{{Place, "Ontario", "Ontario", "", "", false}, {Place, "California", "California", "", "", false}, {Date, "Friday", "Friday", "", "", false}}},
		{"a name and a state's office", "said Greg Abbott, Texas governor since 2015.", []brief{{Person, "Greg Abbott", "Greg Abbott", "", "", false}, {Place, "Texas", "Texas", "", "", false}, {Date, "2015", "2015", "", "", false}}},
		{"a name like a plural after to", "The title went to Evans.", []brief{{Person, "Evans", "Evans", "", "", false}}},
		{"a place unknown after to", "They flew to Tromso.", []brief{{Place, "Tromso", "Tromso", "", "", false}}},
		{"a result as a headline gives it", "Arsenal 3 Liverpool 1: Gunners cut gap", []brief{{Organization, "Arsenal", "Arsenal", "", "", false}, {Number, "3 Liverpool 1", "3-1", "", "", false}}},
		{"a name and a figure twice, the phrase going on", "Saka 2 Liverpool 1 more", []brief{{Number, "2", "2", "", "", false}, {Number, "1", "1", "", "", false}}},
		{"times with their zones", "It lifted off at 8:25 a.m. CDT (1325 GMT) and landed at 10 a.m. Eastern time.",
			[]brief{{Number, "8:25 a.m. CDT", "08:25", "", "time", false}, {Number, "1325 GMT", "13:25", "", "time", false}, {Number, "10 a.m. Eastern time", "10:00", "", "time", false}}},
		{"decades", "A man in his 50s recalled the 1990s.", []brief{{Number, "50s", "50", "", "decade", false}, {Number, "1990s", "1990", "", "decade", false}}},
		{"a hedge before an article", "The company retains about a 90% stake.", []brief{{Number, "about a 90%", "90", "about", "%", false}}},
		{"companies by how their shares moved", "Tokyo Electron rose 5.3% and Advantest gained 6.1 percent.",
			[]brief{{Organization, "Tokyo Electron", "Tokyo Electron", "", "", false}, {Number, "5.3%", "5.3", "", "%", false},
				{Organization, "Advantest", "Advantest", "", "", false}, {Number, "6.1 percent", "6.1", "", "%", false}}},
		{"a company whose shares moved", "Shares of Toyota fell 1.5% in Tokyo.",
			[]brief{{Organization, "Toyota", "Toyota", "", "", false}, {Number, "1.5%", "1.5", "", "%", false}, {Place, "Tokyo", "Tokyo", "", "", false}}},
		{"a broker", "said Kazuo Kamitani, a strategist at Nomura Securities.",
			[]brief{{Person, "Kazuo Kamitani", "Kazuo Kamitani", "", "", false}, {Organization, "Nomura Securities", "Nomura Securities", "", "", false}}},
		{"bodies named with an and", "It filed with the Securities and Exchange Commission, the Swiss Institute for Snow and Avalanche Research said.",
			[]brief{{Organization, "Securities and Exchange Commission", "Securities and Exchange Commission", "", "", false},
				{Organization, "Swiss Institute for Snow and Avalanche Research", "Swiss Institute for Snow and Avalanche Research", "", "", false}}},
		{"the last two of a list of airlines", "Flights resumed at Delta, United and American Airlines.",
			[]brief{{Organization, "Delta", "Delta", "", "", false}, {Organization, "United", "United", "", "", false}, {Organization, "American Airlines", "American Airlines", "", "", false}}},
		{"a body set off after a name, named with an and", "Regulators including the FTC, Food and Drug Administration agreed.",
			[]brief{{Organization, "FTC", "FTC", "", "", false}, {Organization, "Food and Drug Administration", "Food and Drug Administration", "", "", false}}},
		{"the last two names of a list", "It named Deutsche Bank, Barclays Bank, HSBC and Standard Chartered Bank.",
			[]brief{{Organization, "Deutsche Bank", "Deutsche Bank", "", "", false}, {Organization, "Barclays Bank", "Barclays Bank", "", "", false},
				{Organization, "HSBC", "HSBC", "", "", false}, {Organization, "Standard Chartered Bank", "Standard Chartered Bank", "", "", false}}},
		{"a numbered thing", "It violated the 14th Amendment's equal protection clause.", []brief{{Number, "14th", "14", "", "ordinal", false}}},
		{"a sea by its kind", "The boat capsized in the Mediterranean Sea.", []brief{{Place, "Mediterranean Sea", "Mediterranean Sea", "", "", false}}},
		{"a car by its model", "They fled in an Audi A6.", []brief{{Organization, "Audi", "Audi", "", "", false}}},
		{"a museum's collections", "said Marion Ackermann, director of the Dresden State Art Collections.",
			[]brief{{Person, "Marion Ackermann", "Marion Ackermann", "", "", false}, {Organization, "Dresden State Art Collections", "Dresden State Art Collections", "", "", false}}},
		{"a peninsula unknown by its kind", "Lava flowed on the Reykjanes peninsula.", []brief{{Place, "Reykjanes", "Reykjanes", "", "", false}}},
		{"a bare number ending a clause counts what the one before counts", "It came second with 25 seats, while the VVD won 24. It killed 12 people and injured 5, and shares rose 5 points to 20.",
			[]brief{{Number, "second", "2", "", "ordinal", false}, {Number, "25", "25", "", "seats", false}, {Organization, "VVD", "VVD", "", "", false}, {Number, "24", "24", "", "seats", false},
				{Number, "12", "12", "", "people", false}, {Number, "5", "5", "", "people", false}, {Number, "5", "5", "", "points", false}, {Number, "20", "20", "", "", false}}},
		{"a bare number after a casualty verb", "The crash killed at least 38 people, injuring 72.", []brief{{Number, "at least 38", "38", "at least", "people", false}, {Number, "72", "72", "", "injured", false}}},
		{"a half added, and a bound said with no", "They asked for no more than six and a half years, then six-and-a-half hours, and no fewer than 20 people came.",
			[]brief{{Number, "no more than six and a half", "6.5", "no more than", "years", false}, {Number, "six-and-a-half", "6.5", "", "hours", false}, {Number, "no fewer than 20", "20", "no fewer than", "people", false}}},
		{"what a number counts, described", "It opened 32 cholera treatment centres and 500 new jobs.", []brief{{Number, "32", "32", "", "centres", false}, {Number, "500", "500", "", "jobs", false}}},
		{"what a number counts, described with a compound", "Three people died, among them two unvaccinated school-age children.",
			[]brief{{Number, "Three", "3", "", "people", false}, {Number, "two", "2", "", "children", false}}},
		{"a half written onto a number", "Lawyers asked for no more than 6-1/2 years; the defense sought 6½ years.",
			[]brief{{Number, "no more than 6-1/2", "6.5", "no more than", "years", false}, {Number, "6½", "6.5", "", "years", false}}},
		{"what a number counts, set apart or of a people", "It killed six other officers and two Iranian generals.", []brief{{Number, "six", "6", "", "officers", false}, {Number, "two", "2", "", "generals", false}}},
		{"what a number counts, after a modifier with hyphens", "About 2,000 pro-government protesters marched past its 1989 bubble-era peak.",
			[]brief{{Number, "About 2,000", "2000", "about", "protesters", false}, {Number, "1989", "1989", "", "peak", false}}},
		{"what a number counts, not described", "Winds of 40 mph hit 12 people overnight, and 3 million barrels spilled.", []brief{{Number, "40", "40", "", "mph", false}, {Number, "12", "12", "", "people", false}, {Number, "3 million", "3000000", "", "barrels", false}}},
		{"a party named before its kind", "The Likud party and the Green Left alliance won seats.", []brief{{Organization, "Likud", "Likud", "", "", false}, {Organization, "Green Left", "Green Left", "", "", false}}},
		{"a name made an adjective with a prefix", "Anti-Islam populist Geert Wilders won, and Ex-President Donald Trump spoke.", []brief{{Person, "Geert Wilders", "Geert Wilders", "", "", false}, {Person, "Donald Trump", "Donald Trump", "", "", false}}},
		{"a club and a college", "He joined Manchester United Football Club after leaving Eton College.", []brief{{Organization, "Manchester United Football Club", "Manchester United Football Club", "", "", false}, {Organization, "Eton College", "Eton College", "", "", false}}},
		{"a temperature's scale without its degrees", "a reading of 40.3 degrees Celsius (104.5 Fahrenheit) was taken", []brief{{Number, "40.3 degrees Celsius", "40.3", "", "degrees celsius", false}, {Number, "104.5 Fahrenheit", "104.5", "", "degrees fahrenheit", false}}},
		{"a date after a plural's possessive", "The war was triggered by Hamas' Oct. 7 attack.", []brief{{Organization, "Hamas", "Hamas", "", "", false}, {Date, "Oct. 7", "--10-07", "", "", false}}},
		{"a body's name going on with on, not with a day", "The National Institute on Aging told Sky News on Sunday that the National Institutes of Health agreed.",
			[]brief{{Organization, "National Institute on Aging", "National Institute on Aging", "", "", false}, {Organization, "Sky News", "Sky News", "", "", false},
				{Date, "Sunday", "Sunday", "", "", false}, {Organization, "National Institutes of Health", "National Institutes of Health", "", "", false}}},
		{"a body named for its members in the possessive, and a people", "Spain's People's Party rejected the Rwandan plan.",
			[]brief{{Place, "Spain", "Spain", "", "", false}, {Organization, "People's Party", "People's Party", "", "", false}}},
		{"models listed before what they are", "The recall affects Camry, Corolla, Highlander and Sienna models, while Toyota and Honda vehicles are spared.",
			[]brief{{Organization, "Toyota", "Toyota", "", "", false}, {Organization, "Honda", "Honda", "", "", false}}},
		{"a building, a tower and a canal by their kinds", "The ship, as long as the Empire State Building or the Eiffel Tower, blocked the Suez Canal.",
			[]brief{{Place, "Empire State Building", "Empire State Building", "", "", false}, {Place, "Eiffel Tower", "Eiffel Tower", "", "", false},
				{Place, "Suez Canal", "Suez Canal", "", "", false}}},
		{"newspapers by their kinds", "The Chicago Tribune and the European Journal of Preventive Cardiology reported it.",
			[]brief{{Organization, "Chicago Tribune", "Chicago Tribune", "", "", false}, {Organization, "European Journal of Preventive Cardiology", "European Journal of Preventive Cardiology", "", "", false}}},
		{"storms and fires by their names", "Storm Ciaran and Hurricane Ian were worse than the Camp Fire in California.",
			[]brief{{Place, "California", "California", "", "", false}}},
		{"a body's name going on with of the", "They were handed to the International Committee of the Red Cross and driven into Egypt.",
			[]brief{{Organization, "International Committee of the Red Cross", "International Committee of the Red Cross", "", "", false}, {Place, "Egypt", "Egypt", "", "", false}}},
		{"a resort and a canton by their kinds", "It struck near the resort of Zermatt, police in the canton of Valais said.",
			[]brief{{Place, "Zermatt", "Zermatt", "", "", false}, {Place, "Valais", "Valais", "", "", false}}},
		{"a suburb before and after its name", "A gunman opened fire in the Dallas suburb of Allen.", []brief{{Place, "Dallas", "Dallas", "", "", false}, {Place, "Allen", "Allen", "", "", false}}},
		{"mountains and a state after their names", "The quake struck the High Atlas mountains, in Kaduna state.",
			[]brief{{Place, "High Atlas", "High Atlas", "", "", false}, {Place, "Kaduna", "Kaduna", "", "", false}}},
		{"a town a distance is given from", "It was centered 42 kilometers south of Jumla.", []brief{{Number, "42", "42", "", "kilometers", false}, {Place, "Jumla", "Jumla", "", "", false}}},
		{"a model's letter or number", "The recall covers the Model Y and the Model 3 sold in Norway.", []brief{{Number, "Model 3", "3", "", "model", false}, {Place, "Norway", "Norway", "", "", false}}},
		{"a person of a people", "The 20-year-old Spaniard beat the Serb, and a Briton came third.", []brief{{Number, "20-year-old", "20", "", "years old", false}, {Number, "third", "3", "", "ordinal", false}}},
		{"a run is no place among all", "It won a second successive title, its sixth in all, and a third straight win.",
			[]brief{{Number, "sixth", "6", "", "ordinal", false}}},
		{"a place in a race, and a count of times", "Piastri took third, and the two-time champion came second.",
			[]brief{{Number, "third", "3", "", "ordinal", false}, {Number, "two-time", "2", "", "times", false}, {Number, "second", "2", "", "ordinal", false}}},
		{"an employer before a title", "Apple CEO Tim Cook met General Motors CEO Mary Barra.", []brief{{Person, "Tim Cook", "Tim Cook", "", "", false}, {Person, "Mary Barra", "Mary Barra", "", "", false}}},
		{"an employer and a title, no name", "Boeing CEO to exit as planemaker shakes up leadership", []brief{{Organization, "Boeing", "Boeing", "", "", false}}},
		{"a title word inside a person's name", "Martin Luther King Jr. and Stephen King spoke.", []brief{{Person, "Martin Luther King Jr", "Martin Luther King Jr", "", "", false}, {Person, "Stephen King", "Stephen King", "", "", false}}},
		{"a continent and a sea without in", "People across North America watched, and the Pacific coast saw it first.", []brief{{Place, "North America", "North America", "", "", false}, {Place, "Pacific", "Pacific", "", "", false}}},
		{"a bound as long as", "It was blocked for as long as 4 minutes.", []brief{{Number, "as long as 4", "4", "as long as", "minutes", false}}},
		{"a creed's followers", "It fought Islamist militants, and the Islamic State group claimed the attack.",
			[]brief{{Organization, "Islamic State", "Islamic State", "", "", false}}},
		{"a place visited", "The minister spoke during a visit to Brittany.", []brief{{Place, "Brittany", "Brittany", "", "", false}}},
		{"an area and a speed written short", "It burned 40 sq km as winds reached 235 km/h.",
			[]brief{{Number, "40", "40", "", "sq km", false}, {Number, "235", "235", "", "km/h", false}}},
		{"a span of days with a hyphen", "The poll was conducted on June 6-7, after a 6-4 win in June.",
			[]brief{{Date, "June 6", "--06-06", "", "", false}, {Date, "7", "--06-07", "", "", false}, {Number, "6-4", "6-4", "", "", false}, {Date, "June", "--06", "", "", false}}},
		{"a race's time on a clock", "Kiptum won in 2:00:35, and she ran the mile in 4:12.33 at 10:30 a.m.",
			[]brief{{Number, "2:00:35", "2.009722", "", "hours", false}, {Number, "4:12.33", "4.2055", "", "minutes", false}, {Number, "10:30 a.m.", "10:30", "", "time", false}}},
		{"a term in years and months", "He was jailed for 12 years and 11 months; she served two years and was freed 10 months later.",
			[]brief{{Number, "12 years and 11 months", "12.916667", "", "years", false}, {Number, "two", "2", "", "years", false}, {Number, "10", "10", "", "months", false}}},
		{"a length of time in parts", "Kiptum won in two hours and 35 seconds; the talks lasted 1 hour 45 minutes, and 20 minutes later ended.",
			[]brief{{Number, "two hours and 35 seconds", "2.009722", "", "hours", false}, {Number, "1 hour 45 minutes", "1.75", "", "hour", false}, {Number, "20", "20", "", "minutes", false}}},
		{"parts of a point whatever stands before them", "The Fed made an unusually large half-point cut; Bowman wanted a smaller quarter-point cut, another half of a percentage point, then by a full point.",
			[]brief{{Organization, "Fed", "Fed", "", "", false}, {Number, "half-point", "0.5", "", "percentage point", false}, {Person, "Bowman", "Bowman", "", "", false},
				{Number, "quarter-point", "0.25", "", "percentage point", false}, {Number, "half of a percentage point", "0.5", "", "percentage point", false},
				{Number, "a full point", "1", "", "percentage point", false}}},
		{"a change by a share hedged", "Net income fell by more than half, and sales by nearly half.",
			[]brief{{Number, "more than half", "50", "more than", "%", false}, {Number, "nearly half", "50", "nearly", "%", false}}},
		{"a maker's model number is no range", "The Boeing 787-8 Dreamliner and a Boeing 737-800 flew, while Arsenal 3-1 Chelsea ended 100-200 days later.",
			[]brief{{Organization, "Boeing", "Boeing", "", "", false}, {Organization, "Boeing", "Boeing", "", "", false}, {Organization, "Arsenal", "Arsenal", "", "", false},
				{Number, "3-1", "3-1", "", "", false}, {Number, "100-200", "100-200", "", "", false}}},
		{"a preposition after a number counts nothing", "The storm left 200,000 without power.", []brief{{Number, "200,000", "200000", "", "", false}}},
		{"a level moved from", "The party fell to 26 seats from 37, and inflation rose to 3.1% from 2.9%.",
			[]brief{{Number, "26", "26", "", "seats", false}, {Number, "37", "37", "", "seats", false}, {Number, "3.1%", "3.1", "", "%", false}, {Number, "2.9%", "2.9", "", "%", false}}},
		{"a headline's verb as a hedge", "Death toll tops 1,600 as deaths near 2,000",
			[]brief{{Number, "tops 1,600", "1600", "tops", "", false}, {Number, "2,000", "2000", "", "", false}}},
		{"a threshold broken or crossed", "Bitcoin breaks $100,000 mark, then broke through $101,000, and he broke three ribs",
			[]brief{{Number, "breaks $100,000", "100000", "breaks", "$", false}, {Number, "broke through $101,000", "101000", "broke through", "$", false}, {Number, "three", "3", "", "ribs", false}}},
		{"a day named for an occasion, a group before its members", "The mine has been held by M23 rebels since Election Day and Mother's Day.",
			[]brief{{Organization, "M23", "M23", "", "", false}}},
		{"and a half written on with hyphens, one at a line's end", "Lawyers asked for no more than six-and-\na-half years, and six-and-a-half months.",
			[]brief{{Number, "no more than six-and-\na-half", "6.5", "no more than", "years", false}, {Number, "six-and-a-half", "6.5", "", "months", false}}},
		{"ranges of shares", "The rate is in the 4.75%-5.00% range after rising 5-6% last year.",
			[]brief{{Number, "4.75%-5.00%", "4.75-5", "", "%", false}, {Number, "5-6%", "5-6", "", "%", false}, {Date, "last year", "last year", "", "", false}}},
		{"a length of time whose first part is one", "The sub lost contact about an hour and 45 minutes into the dive; the next took one hour and two minutes. An hour later, the search began.",
			[]brief{{Number, "about an hour and 45 minutes", "1.75", "about", "hour", false}, {Number, "one hour and two minutes", "1.033333", "", "hour", false}}},
		{"a grand prix", "Max Verstappen won the Japanese Grand Prix on Sunday.", []brief{{Person, "Max Verstappen", "Max Verstappen", "", "", false},
			{Organization, "Japanese Grand Prix", "Japanese Grand Prix", "", "", false}, {Date, "Sunday", "Sunday", "", "", false}}},
		{"an airline", "An Alaska Airlines jet landed.", []brief{{Organization, "Alaska Airlines", "Alaska Airlines", "", "", false}}},
		{"a name after the", "He will be presented at the Bernabeu. Fighting in the Donbas and the Taliban's advance went on.",
			[]brief{{Place, "Bernabeu", "Bernabeu", "", "", false}, {Place, "Donbas", "Donbas", "", "", false}, {Organization, "Taliban", "Taliban", "", "", false}}},
		{"a person's name qualifying a noun after the", "It gave the Biden administration a week.", []brief{{Person, "Biden", "Biden", "", "", false}}},
		{"a stock exchange", "The club told the Frankfurt Stock Exchange.", []brief{{Organization, "Frankfurt Stock Exchange", "Frankfurt Stock Exchange", "", "", false}}},
		{"a portfolio of a ministry's before a title", "Railways Minister Ashwini Vaishnaw said a signal had failed.", []brief{{Person, "Ashwini Vaishnaw", "Ashwini Vaishnaw", "", "", false}}},
		{"a portfolio before a title", "Health Secretary Steve Barclay said the demands were not affordable.", []brief{{Person, "Steve Barclay", "Steve Barclay", "", "", false}}},
		{"a station named before the word for it", "Passengers waited at St Pancras station and Heathrow airport.", []brief{{Place, "St Pancras", "St Pancras", "", "", false}, {Place, "Heathrow", "Heathrow", "", "", false}}},
		{"where a person lives", "The suspect was Mauricio Garcia, 33, of Dallas.", []brief{{Person, "Mauricio Garcia", "Mauricio Garcia", "", "", false},
			{Number, "33", "33", "", "years old", false}, {Place, "Dallas", "Dallas", "", "", false}}},
		{"a product's name in two words joined", "according to CME Group's FedWatch tool", []brief{{Organization, "CME Group", "CME Group", "", "", false}, {Organization, "FedWatch", "FedWatch", "", "", false}}},
		{"a surname with a second capital", "They met McConnell on Monday and DeSantis on Friday.", []brief{{Person, "McConnell", "McConnell", "", "", false}, {Date, "Monday", "Monday", "", "", false},
			{Person, "DeSantis", "DeSantis", "", "", false}, {Date, "Friday", "Friday", "", "", false}}},
		{"a list item's number", "2. Officials said six workers are presumed dead.", []brief{{Number, "six", "6", "", "workers", false}}},
		{"a list item's first word", "3. Shipping in and out of the port is suspended.", nil},
		{"a speed in words", "winds of 150 miles per hour", []brief{{Number, "150", "150", "", "miles per hour", false}}},
		{"a name with a place of its own", "The Bank of England raised rates.",
			[]brief{{Organization, "Bank of England", "Bank of England", "", "", false}}},
		{"a party's members without an article", "Senator Collins joined Democrats in opposing it.",
			[]brief{{Person, "Collins", "Collins", "", "", false}, {Organization, "Democrats", "Democrats", "", "", false}}},
		{"a party by its members", "The outgoing Socialists won 77 seats.",
			[]brief{{Organization, "Socialists", "Socialists", "", "", false}, {Number, "77", "77", "", "seats", false}}},
		{"a party by its members, named in two words", "The Social Democrats and the Sweden Democrats met Republican lawmakers.",
			[]brief{{Organization, "Social Democrats", "Social Democrats", "", "", false}, {Organization, "Sweden Democrats", "Sweden Democrats", "", "", false}}},
		{"a company by the noun before its name", "The ship was chartered by Danish shipping giant Maersk, a deal with drugmaker Pfizer.",
			[]brief{{Organization, "Maersk", "Maersk", "", "", false}, {Organization, "Pfizer", "Pfizer", "", "", false}}},
		{"a company's product by its number", "The outage hit Microsoft 365 users, while Toyota 1.2 million vehicles and Arsenal 3-1 Chelsea stand.",
			[]brief{{Organization, "Microsoft", "Microsoft", "", "", false}, {Organization, "Toyota", "Toyota", "", "", false},
				{Number, "1.2 million", "1200000", "", "vehicles", false}, {Organization, "Arsenal", "Arsenal", "", "", false},
				{Number, "3-1", "3-1", "", "", false}}},
		{"a parliament by its own name", "Scholz won the support of 207 lawmakers in the Bundestag, as the Knesset voted.",
			[]brief{{Number, "207", "207", "", "lawmakers", false},
				{Organization, "Bundestag", "Bundestag", "", "", false}, {Organization, "Knesset", "Knesset", "", "", false}}},
		{"a utility by the noun before its name", "More than 600,000 households lost power, according to state utility Taipower.",
			[]brief{{Number, "More than 600,000", "600000", "more than", "households", false}, {Organization, "Taipower", "Taipower", "", "", false}}},
		{"an industry before a title is a portfolio, after a nation", "Saudi Energy Minister Prince Abdulaziz bin Salman spoke. Duke Energy agreed.",
			[]brief{{Person, "Abdulaziz bin Salman", "Abdulaziz bin Salman", "", "", false}, {Organization, "Duke Energy", "Duke Energy", "", "", false}}},
		{"a body before an abbreviated title", "Coast Guard Rear Adm. Shannon Gilreath said the search was over.",
			[]brief{{Organization, "Coast Guard", "Coast Guard", "", "", false}, {Person, "Shannon Gilreath", "Shannon Gilreath", "", "", false}}},
		{"a place before an abbreviated title", "according to the Ministry of Defence. Maryland Gov. Wes Moore said.",
			[]brief{{Organization, "Ministry of Defence", "Ministry of Defence", "", "", false}, {Place, "Maryland", "Maryland", "", "", false}, {Person, "Wes Moore", "Wes Moore", "", "", false}}},
		{"a continent's people name no one", "The talks stalled after African producers disputed their quotas.", nil},
		{"a town's hall, not a surname", "They rallied outside City Hall. Stuart Hall said no.",
			[]brief{{Place, "City Hall", "City Hall", "", "", false}, {Person, "Stuart Hall", "Stuart Hall", "", "", false}}},
		{"a company named before its kind", "He joined the Alameda Research hedge fund, then Bridgewater Associates.",
			[]brief{{Organization, "Alameda Research", "Alameda Research", "", "", false}, {Person, "Bridgewater Associates", "Bridgewater Associates", "", "", false}}},
		{"a verb after a name before a company's kind", "Prime Minister Katrin Jakobsdottir told public broadcaster RUV.",
			[]brief{{Person, "Katrin Jakobsdottir", "Katrin Jakobsdottir", "", "", false}, {Organization, "RUV", "RUV", "", "", false}}},
		{"a party named again another way", "Hou Yu-ih of the Nationalist Party, or Kuomintang, took 33%.",
			[]brief{{Person, "Hou Yu-ih", "Hou Yu-ih", "", "", false}, {Organization, "Nationalist Party", "Nationalist Party", "", "", false},
				{Organization, "Kuomintang", "Kuomintang", "", "", false}, {Number, "33%", "33", "", "%", false}}},
		{"given names of two syllables", "Vice President Lai Ching-te met Moon Jae-in after the Saudi-led talks and Soviet-era drills.",
			[]brief{{Person, "Lai Ching-te", "Lai Ching-te", "", "", false}, {Person, "Moon Jae-in", "Moon Jae-in", "", "", false}}},
		{"a people named with a point of the compass", "South Korean President Yoon Suk Yeol met South African President Cyril Ramaphosa.",
			[]brief{{Person, "Yoon Suk Yeol", "Yoon Suk Yeol", "", "", false}, {Person, "Cyril Ramaphosa", "Cyril Ramaphosa", "", "", false}}},
		{"a country named a republic", "The strain spread from the Democratic Republic of Congo to the Republic of the Congo.",
			[]brief{{Place, "Democratic Republic of Congo", "Democratic Republic of Congo", "", "", false}, {Place, "Republic of the Congo", "Republic of the Congo", "", "", false}}},
		{"a body's name of two things", "The Africa Centres for Disease Control and Prevention declared an emergency.",
			[]brief{{Organization, "Africa Centres for Disease Control and Prevention", "Africa Centres for Disease Control and Prevention", "", "", false}}},
		{"a divide and a war name no one", "Russia freed him in the biggest East-West prisoner exchange since the Cold War and World War II.",
			[]brief{{Place, "Russia", "Russia", "", "", false}}},
		{"a pronoun with its verb written on", `"I've concluded that it is over," Yousaf said. "We're done."`,
			[]brief{{Person, "Yousaf", "Yousaf", "", "", false}}},
		{"a town after the word for it", "The river in the state capital Porto Alegre rose.",
			[]brief{{Place, "Porto Alegre", "Porto Alegre", "", "", false}}},
		{"an airline before its flight's number", "Alaska Airlines Flight 1282 returned to Portland.",
			[]brief{{Organization, "Alaska Airlines", "Alaska Airlines", "", "", false}, {Number, "Flight 1282", "1282", "", "flight", false}, {Place, "Portland", "Portland", "", "", false}}},
		{"a firm named for its partners", "Shares of Procter & Gamble rose, said Karen Clark & Co.",
			[]brief{{Organization, "Procter & Gamble", "Procter & Gamble", "", "", false}, {Organization, "Karen Clark & Co", "Karen Clark & Co", "", "", false}}},
		{"the games' adjective names no one", "Russia is to lose its Olympic team gold, and Paralympic athletes cheered.",
			[]brief{{Place, "Russia", "Russia", "", "", false}}},
		{"games named for a city", "She won at the Paris Paralympics.",
			[]brief{{Organization, "Paris Paralympics", "Paris Paralympics", "", "", false}}},
		{"a model's name in capitals after its number", "A panel blew off a 737 MAX jet. Some 300 IBM employees left.",
			[]brief{{Number, "Some 300", "300", "some", "", false}, {Organization, "IBM", "IBM", "", "", false}}},
		{"a jet's model is no count", "Boeing halted 737 production of its best-selling 737 MAX jet; the 787 Dreamliner flew 787 passengers.",
			[]brief{{Organization, "Boeing", "Boeing", "", "", false}, {Number, "787", "787", "", "passengers", false}}},
		{"places joined by a hyphen", "The train derailed near the Ohio-Pennsylvania border.",
			[]brief{{Place, "Ohio-Pennsylvania", "Ohio-Pennsylvania", "", "", false}}},
		{"a strait by its kind alone", "More than 6,000 people crossed the Channel this year.",
			[]brief{{Number, "More than 6,000", "6000", "more than", "people", false}, {Place, "Channel", "Channel", "", "", false}, {Date, "this year", "this year", "", "", false}}},
		{"a company by what its possessive has", "The cuts came a year after Google's parent company Alphabet said it would cut jobs.",
			[]brief{{Organization, "Google", "Google", "", "", false}, {Organization, "Alphabet", "Alphabet", "", "", false}}},
		{"a day pointed at from the story's, opening a sentence", "Last January, the company cut jobs. Next Monday, talks resume.",
			[]brief{{Date, "January", "--01", "", "", false}, {Date, "Monday", "Monday", "", "", false}}},
		{"a strip of land", "Fighting went on in the Gaza Strip.",
			[]brief{{Place, "Gaza Strip", "Gaza Strip", "", "", false}}},
		{"a length of time is no thing a bare count after it counts", "Taiwan's strongest earthquake in 25 years kills 9, injures hundreds",
			[]brief{{Place, "Taiwan", "Taiwan", "", "", false}, {Number, "25", "25", "", "years", false}, {Number, "9", "9", "", "", false}, {Number, "hundreds", "200-999", "", "", false}}},
		{"a union's branch numbered, in a region", "Members of the International Association of Machinists and Aerospace Workers District 751 in the Pacific Northwest sought raises of 40% over three years.",
			[]brief{{Organization, "International Association of Machinists and Aerospace Workers", "International Association of Machinists and Aerospace Workers", "", "", false},
				{Number, "District 751", "751", "", "district", false}, {Place, "Pacific Northwest", "Pacific Northwest", "", "", false},
				{Number, "40%", "40", "", "%", false}, {Number, "three", "3", "", "years", false}}},
		{"companies named for lines and mutual societies", "Delta Air Lines grounded flights, the largest disruption since Washington Mutual failed.",
			[]brief{{Organization, "Delta Air Lines", "Delta Air Lines", "", "", false}, {Organization, "Washington Mutual", "Washington Mutual", "", "", false}}},
		{"a point of the compass before a place", "Debris lay on the floor of the North Atlantic, and storms hit South Texas.",
			[]brief{{Place, "North Atlantic", "North Atlantic", "", "", false}, {Place, "South Texas", "South Texas", "", "", false}}},
		{"a people's word naming a coast", "The storm hit Florida's Gulf Coast.",
			[]brief{{Place, "Florida", "Florida", "", "", false}, {Place, "Gulf Coast", "Gulf Coast", "", "", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, extract(tt.give, time.Time{})); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.give, d)
			}
		})
	}
}

func TestEntityKey(t *testing.T) {
	tests := []struct {
		typ        Type
		name, want string
	}{
		{Person, "Bashar al-Assad", "assad"},
		{Person, "Zoë Müller", "muller"},
		{Organization, "U.S. State Department", "state department"},
		{Organization, "United Nations Security Council", "security council"},
		{Organization, "the UN Security Council", "security council"},
		{Organization, "United Nations", "united nations"},
		{Organization, "European Union Council", "council"},
		{Place, "the United States", "united states"},
		{Organization, "the Tokyo Olympic Games", "tokyo games"},
		{Organization, "Beijing Winter Olympics", "beijing games"},
		{Organization, "Beijing Olympics", "beijing games"},
		{Organization, "J.P. Morgan", "jpmorgan"},
		{Organization, "JPMorgan", "jpmorgan"},
		{Organization, "U.S. Steel", "steel"},
	}
	for _, tt := range tests {
		if got := entityKey(tt.typ, tt.name); got != tt.want {
			t.Errorf("entityKey(%v, %q) = %q, want %q", tt.typ, tt.name, got, tt.want)
		}
	}
}

func TestFiler(t *testing.T) {
	tests := []struct {
		text  string
		filer string // the entity marked as the filer, or ""
	}{
		{"LAUSANNE, Switzerland (Reuters) - Envoys met in Lausanne.", "Reuters"},
		{"BRUSSELS, Oct 15 (AFP) — EU ministers agreed.", "AFP"},
		{"BRUSSELS, Oct 15 — EU ministers agreed.", ""},
		{"Envoys met, the agency (AFP) said - and left.", ""},
		{"Kerry arrives in Lausanne (AFP Photo/Fabrice Coffrini)", "Fabrice Coffrini"},
		{"Smoke rises over the market. (Reuters/John Doe)", "John Doe"},
	}
	for _, tt := range tests {
		got := ""
		for _, f := range New(lexicon.New()).Extract(segment.Segment(tt.text), time.Time{}) {
			if f.Filer {
				got = f.Text // the last one: the photographer after the agency
			}
		}
		if got != tt.filer {
			t.Errorf("Extract(%q) marks %q as the filer, want %q", tt.text, got, tt.filer)
		}
	}
}

// TestRestated checks which numbers restate the measure before them in other
// units.
func TestRestated(t *testing.T) {
	tests := []struct {
		give string
		want []bool // per number, whether it is restated
	}{
		{"at a depth of 10 km (6 miles)", []bool{false, true}},
		{"for 9 billion euros ($10.1 billion) in cash", []bool{false, true}},
		{"a cash award of 11 million Swedish kronor ($1 million)", []bool{false, true}},
		{"winds of 140 mph (225 kph) hit the coast", []bool{false, true}},
		{"it killed 12 (of them 4 children)", []bool{false, false}},
		{"the (6 miles long) road", []bool{false}},
		{"has scorched some 100 square kilometers (nearly 40 square miles) of land", []bool{false, true}},
	}
	for _, tt := range tests {
		var got []bool
		for _, f := range New(lexicon.New()).Extract(segment.Segment(tt.give), time.Time{}) {
			if f.Type == Number {
				got = append(got, f.Restated)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("restated numbers of %q = %v, want %v", tt.give, got, tt.want)
		}
	}
	// A conversion is as rough as the measure it restates.
	fs := New(lexicon.New()).Extract(segment.Segment("it reached an altitude of about 24 miles (39 km)"), time.Time{})
	if len(fs) != 2 || fs[1].Hedge != "about" {
		t.Errorf("facts of a hedged measure restated = %+v, want the conversion hedged \"about\"", fs)
	}
}

// TestDatedByItsTop checks that a full date at the top of an undated article
// dates it, and one the story tells of further on does not.
func TestDatedByItsTop(t *testing.T) {
	x := New(lexicon.New())
	weekday := func(text string) string {
		for _, f := range x.Extract(segment.Segment(text), time.Time{}) {
			if f.Type == Date && f.Text == "Thursday" {
				return f.Value
			}
		}
		return ""
	}
	top := "Published 26 February 2025\n\nGene Hackman has died, authorities said on Thursday. He was 95."
	if got := weekday(top); !strings.HasPrefix(got, "2025-02-") {
		t.Errorf("Thursday after a stamp at the top = %q, want a day of February 2025", got)
	}
	told := "Gene Hackman has died, authorities said on Thursday. He was 95. His wife was found with him. Born on January 30, 1930, he won two Academy Awards."
	if got := weekday(told); got != "Thursday" {
		t.Errorf("Thursday before a birth date the story tells of = %q, want it unresolved", got)
	}
}

// TestReadsAsYear checks which numbers read as years: whole, in range, written
// without a separator, counting nothing or qualifying what years qualify.
func TestReadsAsYear(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the 1973 Nobel Peace Prize", true},
		{"Lufthansa cut its 2024 operating profit forecast", true},
		{"The company raised its 2025 sales target", true},
		{"to restore pay to 2008 levels", true},
		{"The case began with a 2019 complaint from Spotify", true},
		{"It was an 1865 photograph", true},
		{"a 2000-mile journey", false},
		{"the firm sold 2019 cars", false},
		{"2,008 people", false},
		{"2008 troops", false},
		{"5000 people", false},
	}
	x := New(lexicon.New())
	for _, tt := range tests {
		fs := x.Extract(segment.Segment(tt.text), time.Time{})
		k := slices.IndexFunc(fs, func(f Fact) bool { return f.Type == Number })
		if k < 0 {
			t.Errorf("no number in %q: %+v", tt.text, fs)
			continue
		}
		if got := ReadsAsYear(fs[k]); got != tt.want {
			t.Errorf("ReadsAsYear(%q in %q) = %v, want %v", fs[k].Text, tt.text, got, tt.want)
		}
	}
}

// TestAgeBesideName checks that an age set off by commas after a name is
// told from one that is what a sentence says or that describes a noun.
func TestAgeBesideName(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Sinner, 23, dropped the first set.", true},
		{"\"It's very special,\" said Sinner, 23.", true},
		{"Police arrested a 23-year-old man.", false},
		{"He died at the age of 91.", false},
	}
	x := New(lexicon.New())
	for _, tt := range tests {
		doc := segment.Segment(tt.text)
		var got []bool
		for _, f := range x.Extract(doc, time.Time{}) {
			if f.Type == Number {
				got = append(got, AgeBesideName(doc.Text, f))
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("AgeBesideName of the number in %q = %v, want [%v]", tt.text, got, tt.want)
		}
	}
}
