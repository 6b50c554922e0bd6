package diff_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/compare"
	"github.com/compared/compared/internal/diff"
	"github.com/compared/compared/internal/facts"
)

var update = flag.Bool("update", false, "rewrite the want.json golden files")

// got is the golden form of one difference: what a reader checks.
type got struct {
	Kind         string `json:"kind"`
	Detail       string `json:"detail"`
	Left         string `json:"left,omitempty"`
	Right        string `json:"right,omitempty"`
	QuoteAltered bool   `json:"quote_altered,omitempty"`
	Summary      string `json:"summary"`
}

func golden(d diff.Difference) got {
	g := got{Left: d.LeftText, Right: d.RightText, Summary: d.Summary}
	switch {
	case d.Wording != nil:
		g.Kind, g.Detail, g.QuoteAltered = "wording", changeName[d.Wording.Change], d.Wording.QuoteAltered
	case d.Attribution != nil:
		g.Kind = "attribution"
		for _, c := range d.Attribution.Changes {
			g.Detail += attributionName[c] + " "
		}
	case d.Fact != nil:
		g.Kind, g.Detail = "fact", d.Fact.Type.String()+" "+relationName[d.Fact.Relation]
	}
	return g
}

var (
	changeName = map[diff.Change]string{diff.CaseOnly: "case", diff.PunctuationOnly: "punctuation",
		diff.Spelling: "spelling", diff.Inserted: "inserted", diff.Deleted: "deleted", diff.Substituted: "substituted"}
	attributionName = map[diff.AttributionChange]string{diff.SpeakerChanged: "speaker", diff.SpeakerDescriptionChanged: "description",
		diff.CueChanged: "cue", diff.IntermediaryChanged: "intermediary", diff.OneSided: "one-sided"}
	relationName = map[diff.Relation]string{diff.Conflict: "conflict", diff.SpellingVariant: "spelling", diff.LeftOnly: "left-only",
		diff.RightOnly: "right-only", diff.LeftMoreSpecific: "left-more-specific", diff.RightMoreSpecific: "right-more-specific"}
)

// TestEditGolden compares the differences of each edited pair in testdata/edits
// with its want.json. Each pair exercises one class of edit; run with -update
// after an intended change and review the diff.
func TestEditGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/edits/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases in testdata/edits: %v", err)
	}
	c := compare.New(0)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			left, right := read(t, dir, "left.txt"), read(t, dir, "right.txt")
			res, err := c.Compare(context.Background(), compare.Article{Text: left}, compare.Article{Text: right}, compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			gots := []got{}
			for _, d := range res.Differences {
				gots = append(gots, golden(d))
			}
			wantFile := filepath.Join(dir, "want.json")
			if *update {
				b, _ := json.MarshalIndent(gots, "", "  ")
				if err := os.WriteFile(wantFile, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var want []got
			if err := json.Unmarshal([]byte(read(t, dir, "want.json")), &want); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, gots); d != "" {
				t.Errorf("differences of %s (-want +got):\n%s", dir, d)
			}
		})
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestResolvedDatesAgree checks that dates that agree once resolved against the
// articles' publication dates are no difference: "today" in an article of
// Tuesday 2016-05-17 and "Tuesday" in one of the same day; a weekday that one
// report dates and the other leaves bare.
func TestResolvedDatesAgree(t *testing.T) {
	day := time.Date(2016, 5, 17, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		left, right compare.Article
		days        []string // the texts of the dates that agree
	}{
		{"today and the weekday of the publication date",
			compare.Article{Text: "Envoys are meeting today in Vienna to save the peace talks.", Published: day},
			compare.Article{Text: "Envoys met in Vienna on Tuesday to save the peace talks.", Published: day},
			[]string{"today", "Tuesday"}},
		{"a weekday dated by its report and the same weekday bare",
			compare.Article{Text: "Jan 18 (Reuters) - Microsoft said on Wednesday it would cut 10,000 jobs.", Published: time.Date(2023, 1, 18, 9, 0, 0, 0, time.UTC)},
			compare.Article{Text: "REDMOND, Washington (AP) - Microsoft is laying off 10,000 workers, the company announced Wednesday."},
			[]string{"Wednesday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, tt.left, tt.right)
			for _, d := range res.Differences {
				if d.Fact != nil && d.Fact.Type == facts.Date && (slices.Contains(tt.days, d.LeftText) || slices.Contains(tt.days, d.RightText)) {
					t.Errorf("date difference reported for dates that agree: %+v", d)
				}
			}
		})
	}
}

// TestQuotationOverSentences compares one quotation split differently over
// paragraphs and attributions: where it opens and closes is no wording
// difference, and one change of attribution is reported once.
func TestQuotationOverSentences(t *testing.T) {
	left := compare.Article{Text: "\"We have no time to lose. Every day of delay costs lives.\n\n" +
		"\"The parties must come to the table without preconditions,\" the envoy told a news conference."}
	right := compare.Article{Text: "\"We have no time to lose,\" the envoy said. " +
		"\"Every day of delay costs lives. The parties must come to the table without preconditions.\""}
	res := compareArticles(t, left, right)
	seen := map[string]bool{}
	for _, d := range res.Differences {
		switch d.Kind {
		case diff.Wording:
			t.Errorf("wording difference %q -> %q, want none: the quotation's words are the same", d.LeftText, d.RightText)
		case diff.Attribution:
			if seen[d.Summary] {
				t.Errorf("attribution difference reported twice: %s", d.Summary)
			}
			seen[d.Summary] = true
		}
	}
	if len(seen) != 1 {
		t.Errorf("got %d attribution differences, want 1 (told a news conference / said)", len(seen))
	}
}

func TestQuotationOverTwoAlignedSentences(t *testing.T) {
	left := compare.Article{Text: "Lavrov reportedly said: \"Today we're a long way from the finish line. But there is every chance the situation won't stay as it is.\""}
	right := compare.Article{Text: "Lavrov told the RIA news agency: \"Today we're a long way from the finish line. But there is every chance the situation won't stay as it is.\""}
	res := compareArticles(t, left, right)
	n := 0
	for _, d := range res.Differences {
		if d.Kind == diff.Attribution {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d attribution differences for one quotation over two sentences, want 1", n)
	}
}

// TestReorderedFacts checks that numbers an edit moves, or that another unit
// measures, are not reported as changed, and that a name the fact stage found on
// one side only is not reported as one-sided when the other side writes it.
func TestReorderedFacts(t *testing.T) {
	left := compare.Article{Text: "Apple reported quarterly revenue of $94.8 billion on Thursday, down 3% from a year earlier, as iPhone sales slowed in China.\n\n" +
		"The company's shares fell 2% in after-hours trading."}
	right := compare.Article{Text: "Apple's shares dropped 2% in extended trading on Thursday after the iPhone maker said revenue fell 3% to $94.8 billion as iPhone sales slowed in China."}
	res := compareArticles(t, left, right)
	for _, d := range res.Differences {
		if d.Kind == diff.Fact {
			t.Errorf("fact difference %q, want none: the same numbers and names, in another order", d.Summary)
		}
	}
}

// TestMovedWords checks that words one article puts elsewhere in the sentence
// are no wording difference.
func TestMovedWords(t *testing.T) {
	left := compare.Article{Text: "The agreement was signed on 17 May 2016 in Vienna by both sides."}
	right := compare.Article{Text: "The agreement was signed in Vienna on May 17, 2016 by both sides."}
	res := compareArticles(t, left, right)
	for _, d := range res.Differences {
		t.Errorf("difference %q, want none: the same words, moved", d.Summary)
	}
}

// compareArticles compares two articles with the default options.
func compareArticles(t *testing.T, left, right compare.Article) *compare.Result {
	t.Helper()
	res, err := compare.New(0).Compare(context.Background(), left, right, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// articlePair is a named pair of articles' texts.
type articlePair struct{ name, left, right string }

// wantNoFactDifferences compares each pair, as a subtest, and wants no fact
// difference between them.
func wantNoFactDifferences(t *testing.T, pairs []articlePair) {
	t.Helper()
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: p.left}, compare.Article{Text: p.right})
			if got := summaries(res, isFact); len(got) > 0 {
				t.Errorf("fact differences %q, want none", got)
			}
		})
	}
}

// compareAligned compares two texts that must make one alignment.
func compareAligned(t *testing.T, left, right string) *compare.Result {
	t.Helper()
	res := compareArticles(t, compare.Article{Text: left}, compare.Article{Text: right})
	if len(res.Alignments) != 1 {
		t.Fatalf("alignments %+v, want one", res.Alignments)
	}
	return res
}

// summaries returns the summaries of the differences of res that keep holds.
func summaries(res *compare.Result, keep func(diff.Difference) bool) []string {
	var out []string
	for _, d := range res.Differences {
		if keep(d) {
			out = append(out, d.Summary)
		}
	}
	return out
}

// texts returns the words of res's differences that keep holds, as "left /
// right".
func texts(res *compare.Result, keep func(diff.Difference) bool) []string {
	var out []string
	for _, d := range res.Differences {
		if keep(d) {
			out = append(out, d.LeftText+" / "+d.RightText)
		}
	}
	return out
}

func isAttribution(d diff.Difference) bool { return d.Kind == diff.Attribution }
func isFact(d diff.Difference) bool        { return d.Fact != nil }
func isNumber(d diff.Difference) bool      { return d.Fact != nil && d.Fact.Type == facts.Number }
func isPlace(d diff.Difference) bool       { return d.Fact != nil && d.Fact.Type == facts.Place }
func isWording(d diff.Difference) bool     { return d.Wording != nil }
func isConflict(d diff.Difference) bool    { return d.Fact != nil && d.Fact.Relation == diff.Conflict }
func isEntityConflict(d diff.Difference) bool {
	return isConflict(d) && d.Fact.Type.IsEntity()
}

// TestMoveNamedAfterItsShare checks that a share the move is named after
// ("a 55% drop") pairs with one the move comes before ("fell by more than
// half"), the more precise reported as such.
func TestMoveNamedAfterItsShare(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "Tesla reported a 55% drop in net income on Wednesday as price cuts squeezed margins."},
		compare.Article{Text: "Tesla's net income fell by more than half on Wednesday, dragged down by price cuts."})
	var got []string
	for _, d := range res.Differences {
		if d.Fact != nil {
			got = append(got, fmt.Sprintf("%s / %s %v", d.LeftText, d.RightText, d.Fact.Relation == diff.LeftMoreSpecific))
		}
	}
	if want := []string{"55% / more than half true"}; !slices.Equal(got, want) {
		t.Errorf("fact differences = %q, want %q", got, want)
	}
}

// TestHeadlineVerbHedges checks that a headline's "tops" or "breaks ...
// mark", and "broke through", bound their figure as "above" does.
func TestHeadlineVerbHedges(t *testing.T) {
	tests := []struct{ left, right string }{
		{"Myanmar earthquake death toll tops 1,600", "Death toll from Myanmar quake climbs above 1,600"},
		{"Bitcoin tops $100,000 for the first time", "Bitcoin breaks $100,000 mark for first time"},
		{"Bitcoin surged past $100,000 for the first time on Thursday.", "Bitcoin broke through $100,000 for the first time Thursday."},
	}
	for _, tt := range tests {
		res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
		if got := texts(res, isFact); len(got) > 0 {
			t.Errorf("%q / %q: fact differences = %q, want none", tt.left, tt.right, got)
		}
	}
}

func TestNameWithAndWithoutAccents(t *testing.T) {
	left := compare.Article{Text: "The mayor, Zoë Müller, agreed with the plan on Monday."}
	right := compare.Article{Text: "The mayor, Zoe Muller, agreed with the plan on Monday."}
	res := compareArticles(t, left, right)
	var got []diff.Relation
	for _, d := range res.Differences {
		if d.Fact != nil {
			got = append(got, d.Fact.Relation)
		}
	}
	if len(got) != 1 || got[0] != diff.SpellingVariant {
		t.Errorf("fact relations %v, want one spelling variant", got)
	}
}

// TestTwoNamesOneArticleWrites checks that names one article writes both
// ("Britain" and "Brittany") are two names, not one spelled two ways.
func TestTwoNamesOneArticleWrites(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "Britain's Met Office issued a warning on Thursday.\n\nDarmanin spoke during a visit to Brittany on Thursday."},
		compare.Article{Text: "The Met Office issued a warning on Thursday.\n\nDarmanin spoke during a visit to the Brittany region on Thursday."})
	for _, d := range res.Differences {
		if d.Fact != nil && d.Fact.Relation == diff.SpellingVariant {
			t.Errorf("difference %q, want no spelling variant", d.Summary)
		}
	}
}

// TestNameWrittenShort checks that a name and its plural ("Explorer SUVs" /
// "Explorers"), and a name with a word abbreviated ("Corp." /
// "Corporation"), are no spelling of one name two ways.
func TestNameWrittenShort(t *testing.T) {
	tests := []struct{ left, right string }{
		{"Ford is recalling nearly 1.9 million Explorer SUVs in the U.S., the company said on Wednesday.",
			"Ford is recalling nearly 1.9 million Explorers in the U.S., the company said on Wednesday."},
		{"SVB had $209 billion in assets, the Federal Deposit Insurance Corporation said on Friday.",
			"SVB had $209 billion in assets, the Federal Deposit Insurance Corp. said on Friday."},
	}
	for _, tt := range tests {
		res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
		for _, d := range res.Differences {
			if d.Fact != nil && d.Fact.Relation == diff.SpellingVariant {
				t.Errorf("difference %q, want no spelling variant", d.Summary)
			}
		}
	}
}

func TestDatesInOtherWords(t *testing.T) {
	day := time.Date(2016, 5, 17, 12, 0, 0, 0, time.UTC)
	left := compare.Article{Text: "The talks will resume next month in Geneva. Last year, 3,000 people died.", Published: day}
	right := compare.Article{Text: "The talks will resume in June in Geneva. In 2015, 3,000 people died.", Published: day}
	res := compareArticles(t, left, right)
	for _, d := range res.Differences {
		t.Errorf("difference %q, want none: the same dates in other words", d.Summary)
	}
}

// TestEditsCoverWholeWords checks that an edit inside a word written with a
// hyphen names the whole word.
func TestEditsCoverWholeWords(t *testing.T) {
	tests := []struct{ left, right, wantLeft, wantRight string }{
		{"Kerry and Lavrov will chair the meeting.", "Kerry and Lavrov will co-chair the meeting.", "chair", "co-chair"},
		{"The rebel-held east was shelled.", "The government-held east was shelled.", "rebel-held", "government-held"},
	}
	for _, tt := range tests {
		res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
		var got []string
		for _, d := range res.Differences {
			if d.Kind == diff.Wording {
				got = append(got, d.LeftText+" -> "+d.RightText)
			}
		}
		if want := tt.wantLeft + " -> " + tt.wantRight; len(got) != 1 || got[0] != want {
			t.Errorf("wording differences of %q / %q = %q, want [%q]", tt.left, tt.right, got, want)
		}
	}
}

// TestEntityNamedOtherwise checks that an entity one side names in other words
// the other recognises is in both.
func TestEntityNamedOtherwise(t *testing.T) {
	tests := []struct{ name, left, right string }{
		{"a party by its members", "The Socialist Party, in power since 2015, won 77 seats.", "The outgoing Socialists, in power since 2015, won 77 seats."},
		{"a party of a people by its members", "Yousaf ended a deal with the Scottish Green Party on Thursday.", "Yousaf ended a coalition with the Greens on Thursday."},
		{"a person with the generation written two ways", "The second goal came from Vinicius Junior on Saturday.", "The second goal came from Vinicius Jr. on Saturday."},
		{"a venue by its name alone", "They won the final at Wembley Stadium on Saturday.", "They won the final at Wembley on Saturday."},
		{"a peninsula and a river by their names alone", "The blackout hit the Iberian Peninsula, and divers searched the Potomac River.",
			"The blackout hit the Iberian peninsula, and divers searched the Potomac."},
		{"a club by its initials, a part of its name hyphenated", "Paris Saint-Germain beat Inter on Saturday.\n\nPSG won 5-0 in Munich.",
			"Paris Saint-Germain beat Inter on Saturday.\n\nThe French side won 5-0 in Munich."},
		{"an airport by its name and kind", "Flights at Keflavik International Airport were not affected on Sunday.", "Flights at Keflavik airport were operating normally on Sunday."},
		{"a party by its name alone", "The Labour Party leads by 20 points in the polls.", "In the polls, Labour's lead is 20 points."},
		{"a party by its name without its leader's", "Geert Wilders' far-right Party for Freedom won 37 of the 150 seats.", "Geert Wilders' Party for Freedom won 37 of the 150 seats."},
		{"a group by its short name", "SoftBank, which bought Arm in 2016, owns about 90% of it.", "SoftBank Group, which bought Arm in 2016, owns a roughly 90% stake."},
		{"a carmaker by its short name", "Ford Motor is recalling about 850,000 vehicles.", "Ford is recalling about 850,000 vehicles."},
		{"a country by its second word for its people", "The plane crashed while landing in the central Nepali city of Pokhara.", "The plane crashed in Nepal while landing at Pokhara."},
		{"countries by their peoples", "There were 15 foreigners on board, including five Indians and two South Koreans.", "Among the passengers were 15 foreigners, including five from India and two from South Korea."},
		{"an authority without its country", "The aircraft, flying from the capital Kathmandu, crashed into a river gorge while approaching the airport, a Civil Aviation Authority official said.",
			"The flight from Kathmandu went down minutes before it was due to land, according to the Civil Aviation Authority of Nepal."},
		{"a body by the name after its kind", "The hostages were handed to the International Committee of the Red Cross on Friday.",
			"The hostages were handed to the Red Cross on Friday."},
		{"a country by its full name and its short one", "The new strain spread from the Democratic Republic of Congo to its neighbours.", "The new strain spread from Congo to its neighbours."},
		{"a body without its state's name", "DeSantis said 9,000 National Guard troops had been deployed.", "DeSantis said 9,000 Florida National Guard members had been deployed."},
		{"a body without its country's adjective", "Avalanches kill around 20 people a year, according to the Swiss Institute for Snow and Avalanche Research.",
			"Avalanches kill around 20 people a year, according to the Institute for Snow and Avalanche Research."},
		{"a department by its short name", "The Treasury Department has drafted a list of about a dozen lenders.", "The Treasury has prepared a list of roughly 12 banks."},
		{"a university by its short name", "The court struck down programs at Harvard University on Thursday.", "The court overturned admissions plans at Harvard on Thursday."},
		{"a company by its legal and its short name", "Infineon agreed to buy Cypress Semiconductor.", "Infineon Technologies AG will acquire Cypress Semiconductor Corp."},
		{"a port by its city", "Shipping in and out of the Port of Baltimore is suspended indefinitely.", "Shipping in and out of the port of Baltimore is suspended indefinitely."},
		{"an initialism with and without full stops", "Nippon Steel to buy U.S. Steel for $14.1 billion", "US Steel agrees to be acquired by Nippon Steel for $14.1 billion"},
		{"a river by its name alone", "The Guaiba river in Porto Alegre rose to 5.04 meters.", "The Guaiba River in Porto Alegre reached 5.04 meters."},
		{"a year of an event and a year given as a date", "The river passed a record set in 1941.", "The river passed the level of a historic 1941 flood."},
		{"a strip of land by the land's name", "Israel and Hamas agreed to pause the war in the Gaza Strip on Wednesday.", "Israel and Hamas agreed to pause the war in Gaza on Wednesday."},
		{"a strait by its kind alone", "More than 45,000 people crossed the English Channel in small boats last year.", "More than 45,000 people crossed the Channel in small boats last year."},
		{"a market index by its short name", "The Nasdaq Composite added 1.5% and the Dow Jones Industrial Average rose 0.6% on Friday.",
			"The Nasdaq climbed 1.5% and the Dow gained 0.6% on Friday."},
		{"a country by the word for its people", "The deal needs approval from regulators in China.", "The deal needs the approval of Chinese regulators."},
		{"a country by its capital", "The strike on April 1 hit the embassy compound in Damascus.", "The strike on April 1 hit the consulate in Syria's capital."},
		{"a club by its city", "Bellingham joined Dortmund from Birmingham City in 2020.", "Bellingham moved to Dortmund from Birmingham in 2020."},
		{"a club by the word after its prefix", "Real Madrid beat Borussia Dortmund 2-0 in the final on Saturday.", "Real Madrid beat Dortmund 2-0 in the final on Saturday."},
		{"a club by its prefix", "Harry Kane scored twice as Bayern Munich won 3-1 on Saturday.", "Harry Kane scored twice as Bayern won 3-1 on Saturday."},
		{"the Games by their other name", "Warholm won gold at the Tokyo Games in 2021.", "Warholm won gold at the Tokyo Olympics in 2021."},
		{"a region by its adjective", "An avalanche killed four skiers in the Swiss Alps on Wednesday.", "An avalanche killed four skiers at a Swiss Alpine resort on Wednesday."},
		{"an organisation by a name of none of its words", "The package funds the Pentagon through September.", "The package funds the Department of Defense through September."},
		{"a championship by its initials", "Verstappen won his fourth Formula One title on Saturday.", "Verstappen won his fourth F1 title on Saturday."},
		{"a body by the first word of its name, which the article names in full", "Inflation hit the Bank of England's target. Services inflation, closely watched by the BoE, eased to 5.7%.",
			"Inflation hit the Bank of England's target. Services inflation, which the Bank watches closely, eased to 5.7%."},
		{"a structure named for a person, by the surname", "A container ship crashed into the Francis Scott Key Bridge in Baltimore.",
			"A container ship crashed into the Key Bridge in Baltimore."},
		{"a competition by its former name", "Real Madrid won a record-extending 15th European Cup at Wembley.", "Real Madrid won a record-extending 15th Champions League at Wembley."},
		{"an organisation by its words in another order", "The study was led by Maria Gonzalez of the University of Barcelona.", "The study was led by Maria Gonzalez of Barcelona University."},
		{"a party by its nickname", "The poll put the Conservatives on 24 per cent and Labour on 44 per cent.", "The poll put the Tories on 24 per cent and Labour on 44 per cent."},
		{"a party by its nickname and its full name", "The Conservative Party has 24 per cent in the poll.", "The Tories have 24 per cent in the poll."},
		{"a site with and without its domain", "Downdetector.com showed more than 20,000 reports of problems with Outlook.", "Downdetector showed more than 20,000 reports of problems with Outlook."},
		{"a company by the capitals of its name", "The RTS,S vaccine, made by GSK, cut severe cases.", "The RTS,S vaccine, made by GlaxoSmithKline, cut severe cases."},
		{"a player by his first name", "The defenders collided, and goalkeeper Alisson Becker could only watch.", "The defenders collided, and goalkeeper Alisson could only watch."},
		{"a player by his first name, placed otherwise", "Liverpool were level after Gabriel Magalhaes turned the ball into his own net.",
			"Liverpool were level after an own goal from Gabriel."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			for _, d := range res.Differences {
				if d.Fact != nil {
					t.Errorf("fact difference %q, want none", d.Summary)
				}
			}
		})
	}
}

// TestConflicts checks which changed figures are reported as one conflict.
func TestConflicts(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a temperature passed, its scale in a letter", "Temperatures climbed above 50 degrees Celsius (122 Fahrenheit) on Thursday, officials said.",
			"Temperatures soared past 50 C (122 F) on Thursday, officials said.", nil},
		{"a tally beside a count both give", "The decision by the nine-member committee on Thursday was 8-1.",
			"The decision by the nine-member committee on Thursday was 9-1.", []string{"8-1 / 9-1"}},
		{"a tally beside a share of its side's value", "The bank held its rate at 4% on Thursday, when policymakers were split 5-4.",
			"The bank held its rate at 4% on Thursday, when policymakers were split 6-4.", []string{"5-4 / 6-4"}},
		{"a level a move started from", "Inflation will rise to 2.75% next year, up from a previous forecast of 2.25%.",
			"Inflation will rise to 2.5% next year, compared with an earlier forecast of 2.2%.", []string{"2.75% / 2.5%", "2.25% / 2.2%"}},
		{"an ordinal in words changed", "Guardiola's side slumped to a seventh defeat in 11 games on Sunday.", "Guardiola's team slumped to its sixth loss in 11 games on Sunday.",
			[]string{"seventh / sixth"}},
		{"an ordinal and a score", "Arsenal won 3-0 on Sunday to go top.", "Arsenal won a third match on Sunday to go top.", nil},
		{"a score and a count of times", "DeJean returned an interception for a touchdown, and Sweat had two sacks as the Eagles built a 24-0 halftime lead.",
			"DeJean returned an interception for a touchdown, and the Eagles' pass rush sacked Mahomes six times.", nil},
		{"the counted thing renamed", "Acme said it would cut 1,200 jobs by the end of March.", "Acme said it would cut 1,500 positions by the end of March.",
			[]string{"1,200 / 1,500"}},
		{"a length of time is no count of things", "Intel said on Monday Chief Executive Pat Gelsinger had retired from the company and stepped down from its board, after a nearly four-year stint marked by a struggle to restore the chipmaker's dominance.",
			"Intel CEO Pat Gelsinger has stepped down after the board lost confidence in his costly plan to turn around the U.S. chipmaker, two people familiar with the matter said on Monday.", nil},
		{"a distance from two places", "He was arrested in Altoona, about 230 miles (370 km) west of Philadelphia, police said.",
			"He was arrested in Altoona, about 280 miles (450 km) west of New York City, police said.", []string{"Philadelphia / New York City"}},
		{"a distance from one place, changed", "He was arrested in Altoona, about 230 miles west of Philadelphia, police said.",
			"He was arrested in Altoona, about 240 miles west of Philadelphia, police said.", []string{"about 230 / about 240"}},
		{"a distance from one place by two names, changed", "He was arrested in Altoona, about 280 miles west of New York, police said.",
			"He was arrested in Altoona, roughly 230 miles west of New York City, police said.", []string{"about 280 / roughly 230"}},
		{"two parts whose sum is a count of one kind", "In Kerr County, authorities recovered the bodies of 28 children, the sheriff said.",
			"In Kerr County, searchers found the bodies of 18 adults and 10 children, the sheriff said.", []string{"28 / 10"}},
		{"those left out and those not", "The plane crashed on landing, killing all but two on board.",
			"The plane crashed on landing, killing 179 people.", nil},
		{"an age is no count of things", "The 133 cardinal electors chose him after four ballots, the Vatican said. He needed at least 89 votes.",
			"A total of 133 cardinals under the age of 80 took part in the secret vote, and a winner needed 89 votes.", nil},
		{"a vote's tally, its total and its dissenters", "The board's decision was made by a 7-2 vote, with two board members dissenting.",
			"Seven of the board's nine members voted for the decision.", nil},
		{"years and decades", "The rebels ended more than 50 years of rule by the Assad family.", "The rebels ended five decades of rule by the Assad family.", nil},
		{"a sum converted at two rates", "VW brand chief Thomas Schaefer said the deal would save 15 billion euros ($15.6 billion) a year.",
			"VW brand chief Thomas Schaefer said the deal would save 15 billion euros ($15.7 billion) a year.", nil},
		{"a move by a participle and by a past tense", "It has risen about 70% since October on expectations of an approval.",
			"The price has climbed more than 60% since October as investors bet on approval.", []string{"about 70% / more than 60%"}},
		{"the counted thing renamed, the figure kept", "About half of the 1,200 respondents expected prices to rise.", "Roughly half of the 1200 people surveyed expected prices to rise.",
			nil},
		// The case of "more" differs, so the word diff splits the number over two
		// edits: one conflict, not one for each edit it overlaps.
		{"a number in two edits", "More than 370 people have been killed.", "The monitor said more than 400 people had been killed.",
			[]string{"More than 370 / more than 400"}},
		{"moved and changed, one unit", `"The harm is real," Mehta wrote in a 42-page opinion.`, `In a 40-page ruling, Mehta wrote: "The harm is real."`,
			[]string{"42-page / 40-page"}},
		{"moved and changed, a tally", "The Senate voted 51-49 on Thursday to confirm Jane Doe.", "The Senate on Thursday confirmed Jane Doe by a 52-48 vote.",
			[]string{"51-49 / 52-48"}},
		{"residents and people", "A wildfire forced the evacuation of about 14,000 residents in the hills north of Los Angeles on Tuesday.",
			"More than 13,000 people were ordered to leave their homes on Tuesday as a wildfire swept through hills north of Los Angeles.",
			[]string{"about 14,000 / More than 13,000"}},
		{"a count the other states bare elsewhere", "A gunman opened fire at a mall in Allen on Saturday, killing three people and wounding five others before he was shot dead by police.",
			"A gunman has killed seven people at a shopping centre in Allen before being shot dead by police. Seven people were also wounded on Saturday. Three were in a critical condition.",
			[]string{"three / seven", "five / Seven"}},
		{"one figure to two precisions among others", "The Dow rose 0.56% to 34,066.33, the S&P 500 gained 0.93% to 4,338.93 and the Nasdaq added 1.53% to 13,461.92.",
			"The S&P 500 rose 0.9% to 4,338.93.", nil},
		{"a site named with its domain and without", "Downdetector.com showed more than 20,000 reports of problems with Outlook at the peak.",
			"At its height, outage tracking site Downdetector received more than 18,000 reports from Outlook users.", []string{"more than 20,000 / more than 18,000"}},
		{"the day filed is no date of the story", "BLANTYRE, Feb 8 (Reuters) - A cholera outbreak has killed at least 120 people since late December, officials said.",
			"LILONGWE (AP) - Cholera has killed 127 people since the outbreak began in December, officials said.",
			[]string{"at least 120 / 127"}},
		{"a lone count of one thing in sentences not aligned", "A Klimt portrait sold for $236.4 million at Sotheby's on Tuesday. Sotheby's said six bidders competed for the work.",
			"A Klimt portrait sold for $236.4 million at Sotheby's on Tuesday. It was bought after a 19-minute contest among seven bidders, the auction house said.",
			[]string{"six / seven"}},
		{"one move of shares in sentences not aligned", "Lilly's pill helped patients lose 12.4% of their weight, the company said on Thursday, sending its shares up 3% in premarket trading.",
			"Lilly's pill helped patients lose 12.4% of their weight, the company said on Thursday. Lilly shares rose 2.5% before the opening bell.",
			[]string{"3% / 2.5%"}},
		{"a range changed at one bound in sentences not aligned", "An avalanche killed four skiers near Zermatt on Wednesday. The victims, two French nationals, a Swiss and a German, were aged between 28 and 45.",
			"An avalanche killed four skiers near Zermatt on Wednesday. Police gave no names. They were between 28 and 46 years old.",
			[]string{"between 28 and 45 / between 28 and 46"}},
		{"lone counts of people are not one count", "The storm hit the coast on Monday. It killed four people in the port.",
			"The storm hit the coast on Monday. At least 12 people were hurt as roofs collapsed.", nil},
		{"the ages of two people are not one age", "The company named Jane Doe, 52, as chief executive on Monday. She replaces its founder.",
			"The company named Jane Doe as chief executive on Monday. Its founder, John Roe, 71, will stay on as chairman.", nil},
		{"one person's age", "Prosecutors had sought a two-year term for Kelly, 65, who denied wrongdoing. The judge sentenced him on Friday.",
			`The judge sentenced Kelly on Friday. "I'm disappointed," Kelly, 66, said after the ruling.`, []string{"65 / 66"}},
		{"a move and a share", "The pill helped patients lose 12.4% of their weight, Lilly said on Thursday, sending its shares up 3% in premarket trading.",
			"The pill helped patients lose 12.4% of their weight, Lilly said Thursday, compared with 0.9% for those on a placebo.", nil},
		{"two moves", "Lilly said on Thursday the pill helped patients lose weight, sending its shares up 3% in premarket trading.",
			"Lilly said Thursday the pill helped patients lose weight, and its shares rose 2% before the opening bell.", []string{"3% / 2%"}},
		{"a currency's moves in two words", "The yen weakened 0.6% against the dollar in early Asian trading on Monday.",
			"The yen slipped about 0.5% against the dollar on Monday.", []string{"0.6% / about 0.5%"}},
		{"a level moved to and a share", "The Socialists came second, while the far-right Chega party surged to 18.1%, quadrupling its seats to 48.",
			"The Socialists came second, and the populist Chega quadrupled its seats to 48 with 18.5%.", []string{"18.1% / 18.5%"}},
		{"a month and a holiday", "Inflation fell to 3.6% in October from 3.8% in September, official data showed on Wednesday.",
			"Inflation eased to 3.6% in October, official figures showed Wednesday, bolstering expectations of a rate cut before Christmas.", nil},
		{"a measure and its conversion", "The missile flew about 1,500 km (932 miles) before landing in the sea, KCNA said.",
			"KCNA said the missile traveled 1,600 kilometers (994 miles) before landing in the sea.", []string{"about 1,500 / 1,600"}},
		{"a quake's magnitude and a toll", "Magnitude 6.3 earthquake strikes western Afghanistan, killing at least 15 people",
			"Strong quake kills 14 people in western Afghanistan", []string{"at least 15 / 14"}},
		{"one count of two words", "An avalanche killed four skiers and injured two others near the resort of Zermatt on Wednesday, police said.",
			"Four people were killed Wednesday when an avalanche buried a group of skiers near the resort of Zermatt, police said.", nil},
		{"a count described otherwise", "The ministry has set up 35 treatment centres, the minister said.", "The ministry has opened 32 cholera treatment centres, the minister said.",
			[]string{"35 / 32"}},
		{"a measure in another unit", "The fire burned 10,000 acres by Sunday, officials said.", "The fire burned about 4,050 hectares by Sunday, officials said.", nil},
		{"a speed in another unit", "Winds reached 235 km/h on Friday, forecasters said.", "Winds reached 147 mph on Friday, forecasters said.", nil},
		{"a length of time in another unit", "The pill is taken once a day for 14 days, the agency said.", "The pill is taken once a day for two weeks, the agency said.", nil},
		{"a length of time in another unit, changed", "The pill is taken once a day for 10 days, the agency said.", "The pill is taken once a day for two weeks, the agency said.", []string{"10 / two"}},
		{"a measure in another unit, changed", "The fire burned 10,000 acres by Sunday, officials said.", "The fire burned about 5,050 hectares by Sunday, officials said.", []string{"10,000 / about 5,050"}},
		{"a people put for another", "The French minister arrived on Monday, officials said.", "The German minister arrived on Monday, officials said.", []string{"French / German"}},
		{"a date bounding and a date of a point in time", "Labour won 412 seats. Turnout was about 60%, one of the lowest since 1885.",
			"Labour won 412 seats. Turnout was around 60%, down from 67% in 2019.", nil},
		{"two dates bounding alike", "Labour won 412 seats. Turnout was about 60%, the lowest since 1885.",
			"Labour won 412 seats. Turnout was around 60%, the lowest since 1880.", []string{"1885 / 1880"}},
		{"peoples listed in another order", "The victims were two French nationals, a Swiss and a German, aged between 28 and 45, police said.",
			"The dead included two French citizens, a German and a Swiss man, police said. They were aged between 28 and 45.", nil},
		{"a party named otherwise beside another of like name", "Yousaf resigned on Monday after ending a power-sharing deal with the Scottish Green Party.",
			"Yousaf resigned Monday, days after ending a coalition with the Greens that left his Scottish National Party governing alone.", nil},
		{"a party by a name the other article gives it too", "Hou Yu-ih of the main opposition Kuomintang came second. The DPP won 51 seats to the Kuomintang's 52.",
			"Hou Yu-ih of the Nationalist Party, or Kuomintang, took 33%. The DPP won 51 seats, while the Nationalists won 52.", nil},
		{"a party put for another of like name", "Yousaf resigned on Monday after ending a deal with the Scottish Green Party.",
			"Yousaf resigned on Monday after ending a deal with the Scottish Labour Party.", []string{"Scottish Green Party / Scottish Labour Party"}},
		{"a region is no country", "An avalanche near a Swiss resort killed four skiers on Monday, police said.", "An avalanche near an Alpine resort killed four skiers on Monday, police said.", nil},
		{"a weekday changed beside the date it falls on", "date 2016-05-17 Envoys of the world powers are meeting on Tuesday in Vienna to save the talks.",
			"date 2016-05-17 Envoys of the world powers are meeting on Thursday in Vienna to save the talks.", []string{"Tuesday / Thursday"}},
		{"a conversion is no count", "A volcano erupted on Sunday near Grindavik. Some 3,700 people live in Grindavik, about 50 km (30 miles) southwest of the capital Reykjavik. The Blue Lagoon spa said it would stay closed until Tuesday.",
			"A volcano erupted on Sunday near Grindavik. The town, home to about 4,000 people, lies some 40 kilometres from Reykjavik. The Blue Lagoon spa said it would stay closed until Tuesday.",
			[]string{"about 50 / some 40", "Some 3,700 / about 4,000"}},
		{"a count the clause leaves to the one before", "A joint list came second with 25 seats, while the VVD won 24.", "The VVD was projected to win 23 seats, while the joint list was forecast to take 25.",
			[]string{"24 / 23"}},
		{"a toll pairs with a toll, not a magnitude", "At least 36 people were killed and 85 injured when a passenger train collided with a freight train late on Tuesday, officials said.",
			"A passenger train carrying hundreds of people collided with a freight train late on Tuesday, killing at least 38 people and injuring 72, officials said.",
			[]string{"At least 36 / at least 38", "85 / 72"}},
		{"a moment as a place in an order and as a count", "Saka opened the scoring in the 12th minute and added a second just before halftime, before Havertz made it 3-0 in the 65th minute.",
			"Saka scored in the 12th and 44th minutes, and Havertz added a third after 65 minutes.", nil},
		{"a bound given otherwise is no other figure", "Prosecutors had sought 40 to 50 years, while his lawyers asked for no more than six and a half years.",
			"Prosecutors had asked for 40 to 50 years; the defense had sought five to six-and-a-half years.", nil},
		{"a time of day", "The lander touched down at 6:04 p.m. on Wednesday, officials said.", "The lander touched down at 6:03 p.m. on Wednesday, officials said.",
			[]string{"6:04 p.m. / 6:03 p.m."}},
		{"a vague count of one thing named otherwise", "His ministry had wrongly accused thousands of families of fraud.", "His ministry had falsely accused tens of thousands of parents of fraud.",
			[]string{"thousands / tens of thousands"}},
		{"a span of years where the words differ throughout", "Acme said 1,200 jobs would go. The inquiry said about 26,000 families had been ordered to repay benefits between 2013 and 2019, pushing many into debt. The minister resigned on Wednesday.",
			"Acme said 1,200 jobs would go. According to the investigation, some 30,000 families were forced to pay back benefits between 2012 and 2019, driving many into financial hardship. The minister resigned on Wednesday.",
			[]string{"about 26,000 / some 30,000", "between 2013 and 2019 / between 2012 and 2019"}},
		{"one moment in two time zones", "The rocket lifted off at 8:25 a.m. CDT from Texas.", "The rocket blasted off from Texas at 9:25 a.m. Eastern time.", nil},
		{"two moments in one time zone", "The rocket lifted off at 8:25 a.m. CDT from Texas.", "The rocket blasted off from Texas at 9:25 a.m. CDT.",
			[]string{"8:25 a.m. CDT / 9:25 a.m. CDT"}},
		{"a year is no count", "Microsoft to cut 10,000 jobs\n\nJan 18 (Reuters) - Microsoft Corp said on Wednesday it would cut 10,000 jobs by the end of the third quarter of fiscal 2023, the latest sign that layoffs are accelerating in the U.S. technology sector as companies brace for an economic downturn.",
			"Microsoft laying off 10,000 workers\n\nREDMOND, Washington (AP) - Microsoft is laying off 10,000 workers, nearly 5% of its workforce, the tech giant announced Wednesday.", nil},
		{"a figure rounded where the other is stated too", "Javier Milei won Argentina's presidential election on Sunday, taking 55.7% of the vote against 44.3% for Economy Minister Sergio Massa, with more than 99% of ballots counted.",
			"Javier Milei won Argentina's presidential runoff on Sunday, defeating Economy Minister Sergio Massa with almost 56% of the vote. With almost all votes counted, Milei had 55.7% and Massa 44.3%, according to official results.", nil},
		{"moved and changed, one counted noun", `Police said 12 people were arrested after the march in the capital.`, `After the march in the capital, police said 3 people were arrested.`,
			[]string{"12 / 3"}},
		{"a count after one word, in two edits", "A typhoon lashed southern Taiwan on Thursday, killing one person and injuring more than 300, authorities said.",
			"A typhoon hit southern Taiwan on Thursday, killing one person, injuring over 190 and bringing record wind speeds.",
			[]string{"more than 300 / over 190"}},
		{"an index's points cut to whole ones", "The Dow Jones Industrial Average rose 189.55 points, or 0.56%, to 34,066.33, the S&P 500 gained 40.07 points, or 0.93%, to 4,338.93 and the Nasdaq Composite added 202.78 points, or 1.53%, to 13,461.92.",
			"The S&P 500 rose 0.9% to 4,338.93. The Dow gained 189 points, or 0.6%, to 34,066. The Nasdaq composite climbed 1.5% to 13,461.92.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := texts(res, isConflict); !slices.Equal(got, tt.want) {
				t.Errorf("conflicts = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCaseChanges checks that an edit of letter case only is cosmetic unless
// asked for, and that ignoring minor edits drops it again.
func TestCaseChanges(t *testing.T) {
	left := compare.Article{Text: "The Regime is just not there, officials said."}
	right := compare.Article{Text: "The regime is just not there, officials said."}
	tests := []struct {
		name string
		opts diff.Options
		want int
	}{
		{"by default", diff.Options{}, 0},
		{"asked for", diff.Options{ReportCaseChanges: true}, 1},
		{"asked for, minor edits ignored", diff.Options{ReportCaseChanges: true, IgnoreMinorEdits: true}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := compare.New(0).Compare(context.Background(), left, right, compare.Options{Diff: tt.opts})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, d := range res.Differences {
				if d.Wording == nil || d.Wording.Change != diff.CaseOnly {
					t.Errorf("difference %q, want only letter-case edits", d.Summary)
					continue
				}
				n++
			}
			if n != tt.want {
				t.Errorf("%d letter-case edits, want %d", n, tt.want)
			}
		})
	}
}

// TestStatementAsSpeaker checks that "the statement said" credits the
// source the other report says made the statement: no change of speaker.
func TestStatementAsSpeaker(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: `Bayer said it disagreed with the verdict. "We believe we have strong arguments on appeal," the company said in a statement.`},
		compare.Article{Text: `Bayer said it disagreed with the verdict. "We believe we have strong arguments on appeal," the statement said.`})
	if got := summaries(res, func(d diff.Difference) bool { return d.Kind == diff.Attribution }); len(got) > 0 {
		t.Errorf("attribution differences %q, want none", got)
	}
}

// TestSpanOfYearsWrittenTwoWays checks that "from 2001 to 2006" and "between
// 2001 and 2006" are one span of years: no year is stated on one side only.
func TestSpanOfYearsWrittenTwoWays(t *testing.T) {
	res := compareAligned(t, "Toledo, 78, who governed Peru from 2001 to 2006, was found guilty of taking $35 million in bribes.",
		"Toledo, 78, who governed Peru between 2001 and 2006, was found guilty of taking $35 million in bribes.")
	if got := summaries(res, func(d diff.Difference) bool { return d.Fact != nil }); len(got) > 0 {
		t.Errorf("fact differences %q, want none", got)
	}
}

// TestCountInTally checks that a count and the tally that holds it are one
// figure: neither pairs with another figure nor is one report's alone, while
// a measure beside a tally is still compared.
func TestCountInTally(t *testing.T) {
	res := compareAligned(t, "Thirteen council members voted in favor of the draft on Tuesday, while China abstained.",
		"The vote in the 15-member Security Council on Tuesday was 13-1, with China abstaining.")
	for _, d := range res.Differences {
		if d.Fact != nil && (strings.Contains(d.LeftText, "Thirteen") || strings.Contains(d.RightText, "13-1")) {
			t.Errorf("fact difference %q, want none of the count or the tally", d.Summary)
		}
	}
	res = compareAligned(t, "Sinner beat Alcaraz 4-6 6-4 6-4 6-4 in a final that lasted three hours and four minutes.",
		"Sinner beat Alcaraz 4-6, 6-4, 6-4, 6-4 in a final of just over three hours.")
	want := []string{`The left article is more specific: "three hours and four minutes" where the right has "just over three".`}
	if got := summaries(res, isFact); !slices.Equal(got, want) {
		t.Errorf("fact differences %q, want %q", got, want)
	}
}

// TestLengthsOfTime checks that a length of time written on a clock and the
// same in words are one figure, and a changed one a difference.
func TestLengthsOfTime(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a clock and words", "Kiptum won the race in 2:00:35 on Sunday.", "Kiptum won the race in two hours and 35 seconds on Sunday.", nil},
		{"a time changed", "Kiptum won the race in 2:00:35 on Sunday.", "Kiptum won the race in 2:01:09 on Sunday.",
			[]string{`The number differs: "2:00:35" in the left article, "2:01:09" in the right.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareAligned(t, tt.left, tt.right)
			if got := summaries(res, isFact); !slices.Equal(got, tt.want) {
				t.Errorf("fact differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPartialAlignmentOneClaimTwoSources checks that the leads of two reports,
// aligned for part of their content, each one statement credited to a source,
// report the change of source: the claim is the content they share. So do a
// quotation and a report of it, and two sentences linked where they stand,
// their words apart, that name one name.
func TestPartialAlignmentOneClaimTwoSources(t *testing.T) {
	const royalLead = "King Charles has been diagnosed with a form of cancer, Buckingham Palace said on Monday.\n\n" +
		"The king, 75, began regular treatment on Monday and will postpone public duties, the palace said.\n\n" +
		"The cancer was found during a recent hospital procedure for an enlarged prostate, the palace said.\n\n"
	tests := []struct {
		name, left, right string
		leftWho, rightWho string
	}{
		{"a ministry and officials",
			"Belarus has released jailed journalist Andrzej Poczobut and handed him over to Polish authorities at the border, Poland's foreign ministry said on Thursday, in a deal brokered by the United States.",
			"Belarus freed Polish journalist Andrzej Poczobut on Thursday as part of a prisoner exchange mediated by Washington, Polish officials said.",
			"ministry", "officials"},
		{"state media and the state",
			"North Korea successfully tested a new hypersonic intermediate-range ballistic missile on Monday, state media KCNA reported on Tuesday.",
			"North Korea said Tuesday it had tested a new hypersonic missile designed to strike remote targets in the Pacific, as leader Kim Jong Un vowed to expand the country's nuclear deterrent.",
			"KCNA", "North Korea"},
		{"a short claim, half of its words shared",
			"Israel said it had killed Hezbollah commander Fuad Shukr in a strike on Beirut on Tuesday. Hezbollah did not immediately confirm Shukr's death. A source close to the group told Reuters the commander had survived the attack. Lebanon's health ministry said 74 people were wounded.",
			"Israel said it killed Hezbollah commander Fuad Shukr in a strike on Beirut on Tuesday. Hezbollah did not confirm it. An official with the group told The Associated Press that Shukr had survived. Lebanon's Health Ministry said the strike wounded 74 people.",
			"source close to the group", "official with the group"},
		{"a quotation and a report of it",
			`"An estimated 1,000 bodies were seen floating in the water in Tacloban," Gwendolyn Pang, secretary general of the Philippine Red Cross, told Reuters.`,
			"The Red Cross said about 1,000 bodies had been seen in Tacloban city, the capital of Leyte province, and 200 more on Samar island.",
			"Gwendolyn Pang", "the Red Cross"},
		{"one name, words apart, closing two reports",
			royalLead + "Prince Harry has spoken to his father and will travel to Britain in the coming days, a source close to the Duke of Sussex said.",
			royalLead + "His younger son Harry is expected to fly to the UK to see him, according to British media.",
			"a source close to the Duke of Sussex", "British media"},
		{"a leader and his office",
			royalLead + `"We are tracking everything," Israeli Prime Minister Benjamin Netanyahu said in a statement, adding that the return of all hostages remained a goal of the war.`,
			royalLead + "Netanyahu's office said in a statement that Israel was committed to returning all the hostages.",
			"Benjamin Netanyahu", "Netanyahu's office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			got := summaries(res, func(d diff.Difference) bool { return d.Kind == diff.Attribution })
			if len(got) != 1 || !strings.Contains(got[0], tt.leftWho) || !strings.Contains(got[0], tt.rightWho) {
				t.Errorf("attribution differences %q, want one crediting %q and %q", got, tt.leftWho, tt.rightWho)
			}
		})
	}
}

// TestFigureStatedElsewhereIsNoCounterpart checks that a figure the other
// side states elsewhere in the alignment pairs with that, not with a bound
// it falls within, and that a round lower bound allows a count above it.
func TestFigureStatedElsewhereIsNoCounterpart(t *testing.T) {
	res := compareAligned(t,
		"A powerful earthquake struck Morocco's mountains late on Friday, killing at least 2,012 people and injuring 2,059 others, the interior ministry said on Saturday.",
		"The death toll from a powerful earthquake in Morocco rose to more than 2,000 on Saturday, with 2,059 people injured, the Interior Ministry said.")
	want := []string{`The left article is more specific: "at least 2,012" where the right has "more than 2,000".`}
	if got := summaries(res, isNumber); !slices.Equal(got, want) {
		t.Errorf("fact differences %q, want %q", got, want)
	}
}

// TestTallyOfACountInSentencesWordedApart checks that a count and the tally
// that holds it are one figure also in sentences that share little else.
func TestTallyOfACountInSentencesWordedApart(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "President Yoon Suk Yeol lifted martial law early on Wednesday as parliament voted to reject the decree.\n\n" +
			"All 190 lawmakers present voted to demand that martial law be lifted, after some climbed over fences to get into the building as troops tried to block the entrance.\n\n" +
			"The opposition Democratic Party called on Yoon to resign immediately or face impeachment."},
		compare.Article{Text: "President Yoon Suk Yeol lifted martial law early on Wednesday as parliament voted to reject the decree.\n\n" +
			"Lawmakers voted 190-0 to lift the decree.\n\n" +
			"The opposition Democratic Party called on Yoon to resign immediately or face impeachment."})
	if len(res.Alignments) != 3 {
		t.Fatalf("alignments %+v, want three", res.Alignments)
	}
	if got := summaries(res, isFact); len(got) > 0 {
		t.Errorf("fact differences %q, want none", got)
	}
}

// TestNumbersAcrossSentences checks how the numbers of two articles pair
// beyond one edit of the word diff: a figure is stated by the other article
// only where that one's figure of its value measures the same thing, or a
// thing unknown ("more than 12 hours" of a search is no "12 miles" from a
// town, nor is the distance converted to them); the one figure of a value on
// each side of an alignment pairs with the other, though the word diff put
// it beside another figure; and a quake's magnitude each article gives
// once, in sentences no alignment joined, is one figure changed, where the
// rest of a group is no changed count of it ("three liberal justices" /
// "the other two liberal justices").
func TestNumbersAcrossSentences(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a figure of another measure",
			"DUBAI, May 20 (Reuters) - The president was killed, state media said, after a search in blizzard conditions.\n\n" +
				"Rescuers found the wreckage about 20 km (12 miles) from the town of Varzaqan, the Red Crescent said.",
			"May 20 - The president was killed, state media said, after a search that lasted more than 12 hours.\n\n" +
				"Rescuers found the wreckage near the village of Tavil, the Red Crescent said.",
			[]string{`Only the left article states the number "about 20".`, `Only the right article states the number "more than 12".`}},
		{"one value wherever the word diff put it",
			"Reddit raised $519 million in the IPO, which was priced on Wednesday at the top of its target range of $31 to $34.",
			"Reddit had priced its IPO at $34 a share, the top of its expected range. The company raised about $519 million.",
			[]string{`The left article is more specific: "$519 million" where the right has "about $519 million".`, `The right article is more specific: "$34" where the left has "$31 to $34".`}},
		{"a figure on a scale each side gives once",
			"A powerful earthquake struck central Japan on Monday, killing at least 48 people, officials said.\n\n" +
				"The 7.5 magnitude quake hit the Noto Peninsula, triggering tsunami waves.",
			"A magnitude 7.6 earthquake struck central Japan on Monday, killing at least 48 people, officials said.\n\n" +
				"Rescuers struggled to reach remote areas cut off by damaged roads.",
			[]string{`The number differs: "7.5" in the left article, "magnitude 7.6" in the right.`}},
		{"a count and the ordinal of its last",
			"The cardinals chose him after four ballots on the second day of the conclave.",
			"The cardinals elected him on the fourth ballot, on the second day of the conclave.", nil},
		{"a count of people and its two parts",
			"In Kerr County, authorities recovered the bodies of 68 people, the sheriff said.",
			"In Kerr County, searchers found the bodies of 28 children and 40 adults, the sheriff said.", nil},
		{"one bound written two ways, in sentences apart",
			"A fire at a substation shut Heathrow Airport on Friday, disrupting hundreds of thousands of passengers.\n\n" +
				"More than 1,350 flights were set to be affected, according to Flightradar24.",
			"A fire at a substation shut Heathrow Airport on Friday, disrupting at least 1,351 flights and hundreds of thousands of passengers.\n\n" +
				"Flights were diverted to other airports in Britain and Europe.", nil},
		{"the rest of a group",
			"The court's three liberal justices dissented, Justice Sonia Sotomayor wrote for them.",
			"In a dissent joined by the other two liberal justices, Justice Sonia Sotomayor wrote for them.",
			[]string{`Only the left article states the number "three".`, `Only the right article states the number "two".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isNumber); !slices.Equal(got, tt.want) {
				t.Errorf("fact differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestShareInWordsBound checks that a share in words with a bound allows a
// figure near it, as a rounding of its own, and that a share of a whole that
// something "makes up" is no move.
func TestShareInWordsBound(t *testing.T) {
	res := compareAligned(t, "Private consumption, which accounts for more than half of the economy, slipped 0.04%.",
		"Private consumption, which makes up about 55% of the economy, edged down 0.04%.")
	want := []string{`The right article is more specific: "about 55%" where the left has "more than half".`}
	if got := summaries(res, isFact); !slices.Equal(got, want) {
		t.Errorf("fact differences %q, want %q", got, want)
	}
}

// TestPartialAlignmentCreditsDifferentStatements checks that sentences that
// share only a clause, each crediting its own statement to its own source, are
// no change of attribution.
func TestPartialAlignmentCreditsDifferentStatements(t *testing.T) {
	res := compareAligned(t,
		"On Friday, Lavrov had warned that Russia was not planning on presenting new initiatives on ways to resolve the conflict, which has claimed more than 300,000 lives since 2011.",
		"The war has killed more than 300,000 people since 2011, according to the Observatory.")
	for _, d := range res.Differences {
		if d.Kind == diff.Attribution {
			t.Errorf("attribution difference %q, want none: two statements, two sources", d.Summary)
		}
	}
}

// TestAgencyOnlyAsSource checks that an agency named only in the dateline and
// in an attribution is reported as the attribution's change, not also as an
// organisation one article names.
func TestAgencyOnlyAsSource(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "LAUSANNE (AFP) - The talks ended.\n\nA deputy head of the coalition told AFP the negotiations would only lead to wasting more time."},
		compare.Article{Text: "LAUSANNE (Reuters) - The talks ended.\n\nA deputy head of the coalition told Reuters the negotiations would only lead to wasting more time."})
	var attribution int
	for _, d := range res.Differences {
		switch {
		case d.Kind == diff.Attribution:
			attribution++
		case d.Fact != nil:
			t.Errorf("fact difference %q, want none: the agencies are sources", d.Summary)
		}
	}
	if attribution != 1 {
		t.Errorf("%d attribution differences, want the intermediary's", attribution)
	}
}

// TestAgencyNamedAgain checks that the agencies that filed two reports, each
// named again in its own report in one place, are no name changed.
func TestAgencyNamedAgain(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "CAIRO, June 6 (Reuters) - An air strike hit a school in Gaza, officials said.\n\nReuters could not independently verify the figures."},
		compare.Article{Text: "DEIR AL-BALAH, Gaza Strip (AP) — An air strike hit a school in Gaza, officials said.\n\nThe AP could not independently verify the figures."})
	for _, d := range res.Differences {
		if d.Fact != nil {
			t.Errorf("fact difference %q, want none: each agency filed its report", d.Summary)
		}
	}
}

// TestCityByItsOwnName checks that a city one article names in its own
// language and the other in English is one place spelled two ways, not
// another place.
func TestCityByItsOwnName(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "The previous record of 45.2C was set in Sevilla in 1965."},
		compare.Article{Text: "The previous record of 45.2C was set in Seville in 1965."})
	want := []string{`The articles spell the place differently: "Sevilla" and "Seville".`}
	if d := cmp.Diff(want, summaries(res, isFact)); d != "" {
		t.Errorf("fact differences (-want +got):\n%s", d)
	}
}

// TestNameRespelledInPlace checks that a name put in another's place that
// differs from it by a letter is one name spelled two ways, and one whose
// end is rewritten another name.
func TestNameRespelledInPlace(t *testing.T) {
	tests := []struct{ left, right, want string }{
		{"The RSF attacked the village of Wad al-Noura twice, activists said.", "The RSF attacked the village of Wad al-Nourah twice, activists said.",
			`The articles spell the place differently: "Wad al-Noura" and "Wad al-Nourah".`},
		{"The complaint was first brought by Foundem, a price comparison site.", "The complaint was first brought by Foundit, a price comparison site.",
			`The person differs: "Foundem" in the left article, "Foundit" in the right.`},
	}
	for _, tt := range tests {
		res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
		if d := cmp.Diff([]string{tt.want}, summaries(res, isFact)); d != "" {
			t.Errorf("%q: fact differences (-want +got):\n%s", tt.left, d)
		}
	}
}

// TestOneThingNamedTwoWays checks names that are one however written: a
// name whose particle one article writes apart and the other onto the word
// after, "Mideast" the "Middle East", a place named after the place or body
// it is in, a club by its nickname or by the first word of its name.
func TestOneThingNamedTwoWays(t *testing.T) {
	tests := []articlePair{
		{"a particle apart and together",
			"The envoys exchanged messages through Omani Foreign Minister Badr Albusaidi, the Middle East envoy said.",
			"The envoys passed messages via Oman's Foreign Minister Badr al-Busaidi, the Mideast envoy said."},
		{"a place after the name it is in",
			"Biden spoke in the White House Rose Garden on Tuesday.",
			"Speaking in the Rose Garden on Tuesday, Biden announced the deal."},
		{"clubs by nickname and short name",
			"Bayern Munich signed Harry Kane from Tottenham Hotspur on Saturday. Arsenal beat Chelsea 3-1 on Sunday.",
			"Bayern Munich signed Harry Kane from Tottenham on Saturday. The Gunners beat Chelsea 3-1 on Sunday."},
	}
	wantNoFactDifferences(t, tests)
}

// TestYearAsNumber checks that a year one article writes as a date and the
// other as a number before a name is one fact.
func TestYearAsNumber(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "He won the Nobel Peace Prize in 1973."},
		compare.Article{Text: "He was awarded the 1973 Nobel Peace Prize."})
	for _, d := range res.Differences {
		if d.Fact != nil {
			t.Errorf("fact difference %q, want none: one year", d.Summary)
		}
	}
}

// TestStatementSentencesInPartialAlignment checks that two sentences that are
// each a statement and its attribution, most of whose words they share, have
// their attributions compared even when aligned as partial, however long the
// attributions run.
func TestStatementSentencesInPartialAlignment(t *testing.T) {
	tests := []struct{ name, left, right, want string }{
		{"another speaker",
			"Forecasters warned of a storm surge of up to 15 feet in some coastal areas.",
			"The National Hurricane Center warned that a storm surge of as much as 15 feet could swamp parts of the coast.",
			"The left article credits Forecasters (warned); the right credits the National Hurricane Center (warned)."},
		{"a long attribution",
			"The recall covers certain 2020-2022 Camry, Corolla and Highlander models, the company said in a filing with the National Highway Traffic Safety Administration (NHTSA).",
			"The affected vehicles include some 2020-2022 Camry, Corolla and Highlander models, according to documents posted by U.S. safety regulators.",
			"The left article credits the company (said in a filing with the National Highway Traffic Safety Administration (NHTSA)); the right credits documents posted by U.S. safety regulators (according to)."},
		{"words quoted inside a reported statement",
			`"This incident is having a significant impact on the delivery of services," a spokesperson for NHS London said, adding that blood transfusions were particularly affected.`,
			`NHS England said the incident was having "a major impact" on services, especially blood transfusions.`,
			"The left article credits a spokesperson for NHS London (said); the right credits NHS England (said)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if len(res.Alignments) != 1 || res.Alignments[0].Kind != align.Partial {
				t.Fatalf("alignments %+v, want one partial", res.Alignments)
			}
			if d := cmp.Diff([]string{tt.want}, summaries(res, isAttribution)); d != "" {
				t.Errorf("attribution differences (-want +got):\n%s", d)
			}
		})
	}
}

// TestSurnameOfSpeakerDescribed checks that a speaker one report names by
// surname, after crediting them in full elsewhere, is the speaker the other
// names in full.
func TestSurnameOfSpeakerDescribed(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: `It orbits its star every 130 days, according to lead author Elisa Quintana of the SETI Institute. "This is the first definitive Earth-sized planet," Quintana said.`},
		compare.Article{Text: `It orbits its star every 130 days, the researchers said. "This is the first definitive Earth-sized planet," said Elisa Quintana, a scientist at the SETI Institute.`})
	for _, s := range summaries(res, isAttribution) {
		if strings.Contains(s, "Quintana (said)") {
			t.Errorf("attribution difference %q, want none of the quotation", s)
		}
	}
}

// TestSourceDescribedAfterItsName checks that a summary keeps what sets a
// source off after its name, with the word that opens it in lower case.
func TestSourceDescribedAfterItsName(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "His lawyer, Nicholas Gravante, said his client would appeal the verdict."},
		compare.Article{Text: "Defense attorney Nicholas Gravante said his client would appeal the verdict."})
	want := []string{"The left article credits his lawyer, Nicholas Gravante (said); the right credits Defense attorney Nicholas Gravante (said)."}
	if d := cmp.Diff(want, summaries(res, isAttribution)); d != "" {
		t.Errorf("attribution differences (-want +got):\n%s", d)
	}
}

// TestSpeakerGoingOnIsOneChange checks that two quotations of one speaker,
// credited alike on each side, are one change of attribution, not one a
// quotation.
func TestSpeakerGoingOnIsOneChange(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: `"We have no intention of backing down," said union leader Mick Lynch. "Our members are determined."`},
		compare.Article{Text: `RMT general secretary Mick Lynch said his union had "no intention of backing down", adding: "Our members are determined."`})
	want := []string{"The left article credits union leader Mick Lynch (said); the right credits RMT general secretary Mick Lynch (said)."}
	if d := cmp.Diff(want, summaries(res, isAttribution)); d != "" {
		t.Errorf("attribution differences (-want +got):\n%s", d)
	}
}

// TestChannelChanged checks that one source's words put out another way
// ("in a statement" / "on Telegram") are a change of how it said them, told
// with where, and that two ways of posting them are none.
func TestChannelChanged(t *testing.T) {
	tests := []struct{ name, left, right, want string }{
		{"a statement and a post", "The ceasefire will begin at midnight, the army said in a statement.",
			"The ceasefire will begin at midnight, the army said on Telegram.",
			"The left article credits the army (said in a statement); the right credits the army (said on Telegram)."},
		{"two posts", `"We are ready to talk," the president wrote on X.`, `"We are ready to talk," the president said in a post on social media.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			var want []string
			if tt.want != "" {
				want = []string{tt.want}
			}
			if d := cmp.Diff(want, summaries(res, isAttribution)); d != "" {
				t.Errorf("attribution differences (-want +got):\n%s", d)
			}
		})
	}
}

// TestSourceActingInTheOtherReport checks that a statement one report
// attributes is not said to be carried without attribution by the other when
// the other has the same source act in it ("Hamada called ..."), and still is
// when the other only names the source otherwise.
func TestSourceActingInTheOtherReport(t *testing.T) {
	tests := []struct{ name, left, right, want string }{
		{"the source acts",
			`"This is a clear violation of UN resolutions and a threat to the region," Hamada said.`,
			"Hamada called the launch a clear violation of UN resolutions and a threat to the region.", ""},
		{"the source acts, a quotation on each side",
			`Prime Minister Rishi Sunak said he wished the King "a full and speedy recovery".`,
			`Sunak wished him a "full and speedy recovery".`, ""},
		{"the source acts after an appositive",
			"Marcel Fratzscher, head of the DIW institute, said the borrowing of 500 billion euros was justified.",
			"Marcel Fratzscher, president of the DIW institute, backed the borrowing of 500 billion euros.", ""},
		{"the source acts after a day",
			"British Prime Minister Rishi Sunak on Wednesday called a national election for July 4, gambling that the economy would help him.",
			"Prime Minister Rishi Sunak announced on Wednesday that Britain will hold a national election on July 4, betting that the economy would help him.", ""},
		{"the source acts as an appositive",
			"An independent monitoring group, the Public Assembly Archive, estimated the crowd at about 300,000 people.",
			"The Public Assembly Archive, an independent group that monitors rallies, said about 300,000 people attended.", ""},
		{"the source acts by its title and name",
			"Germany's finance minister said on Monday the government would not raise taxes to pay for the new defence fund.",
			"German Finance Minister Christian Lindner ruled out tax increases on Monday to fund the new defence fund.", ""},
		{"the claim told in other words, credited on one side",
			"Officials were investigating whether a bird strike had caused the landing gear to malfunction.",
			"Investigators were examining whether a bird strike and bad weather had caused the crash, Lee said.",
			"Only the right article attributes this, to Lee (said)."},
		{"the source only named",
			"Real Madrid have agreed to sign Jude Bellingham from Borussia Dortmund for an initial 103 million euros.",
			"Jude Bellingham is joining Real Madrid for an initial 103 million euros, Borussia Dortmund announced.",
			"Only the right article attributes this, to Borussia Dortmund (announced)."},
		{"the source only one side's, the claim told in other words",
			"A wildfire northwest of Athens forced about 30,000 people to evacuate their homes on Tuesday, as strong winds fanned the flames for a third day, officials said.",
			"Thousands of residents fled a fast-moving wildfire west of Athens on Tuesday as gale-force winds pushed the flames toward coastal towns for a third straight day.",
			"Only the left article attributes this, to officials (said)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			var oneSided []string
			for _, d := range res.Differences {
				if d.Attribution != nil && slices.Contains(d.Attribution.Changes, diff.OneSided) {
					oneSided = append(oneSided, d.Summary)
				}
			}
			var want []string
			if tt.want != "" {
				want = []string{tt.want}
			}
			if d := cmp.Diff(want, oneSided); d != "" {
				t.Errorf("one-sided attributions (-want +got):\n%s", d)
			}
		})
	}
}

// TestOneSourceRelayedInOtherWords checks that sentences linked for the
// source they credit, in words that differ throughout, have that source's
// attributions compared: one report relays the official through an agency.
func TestOneSourceRelayedInOtherWords(t *testing.T) {
	const first = "Envoys of the 17-nation group met in Vienna on Tuesday to save the Syrian peace talks.\n\n"
	res := compareArticles(t,
		compare.Article{Text: first + "The official added that the opposition coalition had been more open about how they would like to see the deal negotiated but Assad's people, while publicly backing talks, have not engaged."},
		compare.Article{Text: first + "The rebel groups, Agence France Presse quoted U.S. officials as saying, have been more open to talks for peace. " +
			"Kerry was in Jeddah over the weekend to ensure that Saudi-backed fighters stay in the negotiations, the Guardian reported. " +
			"Assad, despite showing that he was in favour of the peace talks, has not taken any concrete steps towards it, the U.S. officials said."})
	want := "The left article credits the official (added); the right credits U.S. officials (quoted as saying) via Agence France Presse."
	if got := summaries(res, isAttribution); !slices.Contains(got, want) {
		t.Errorf("attribution differences %q, want among them %q", got, want)
	}
}

// TestFigureRepeatedIsNotOneSided checks that a figure a headline repeats is
// not reported as one side's own when the story's statement of it is reported
// as a conflict or a precision, also where the two name what it counts
// otherwise ("users" / "people").
func TestFigureRepeatedIsNotOneSided(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a conflict",
			"The storm reached the coast on Thursday.\n\nAt least four people were killed, the governor said.",
			"Storm kills at least six\n\nThe storm reached the coast on Thursday.\n\nAt least six people have died, the governor said.",
			[]string{`The number differs: "At least four" in the left article, "At least six" in the right.`}},
		{"a precision, the thing counted named otherwise",
			"Hackers stole data of 6.9 million customers, genetic testing firm says\n\n" +
				"Genetic testing company 23andMe said on Monday that hackers accessed the personal data of about 6.9 million customers, far more than the 14,000 accounts it disclosed in October.",
			"23andMe says hackers got data on nearly 7 million users\n\n" +
				"Hackers got access to information on nearly 7 million people who used the genetic testing service 23andMe, the company confirmed Monday. " +
				"The San Francisco-based company had said in October that data from 14,000 accounts were taken.",
			[]string{`The left article is more specific: "6.9 million" where the right has "nearly 7 million".`}},
		{"a hedged figure of a headline, counted in the story",
			"Japan quake kills at least 48, rescuers race to find survivors\n\n" +
				"TOKYO, Jan 2 (Reuters) - A powerful earthquake that struck central Japan on New Year's Day killed at least 48 people and destroyed buildings, officials said on Tuesday, as rescuers raced against time to find survivors.\n\n" +
				"The quake hit the Noto Peninsula at 4:10 p.m. on Monday, triggering tsunami waves.",
			"Death toll from Japan earthquake rises to 55\n\n" +
				"Jan 2 - The death toll from a powerful earthquake that struck Japan's west coast on Monday rose to 55 on Tuesday, local authorities said, with rescuers struggling to reach remote areas cut off by damaged roads.\n\n" +
				"The quake struck the Noto Peninsula at 4:10 p.m. and set off tsunami waves.",
			[]string{`The number differs: "at least 48" in the left article, "55" in the right.`, `Only the left article states the date "New Year's Day".`}},
		{"a length of time given bare counts its whole units",
			"Israel and Hamas agreed a ceasefire on Wednesday after more than 15 months of war, officials said.",
			"Israel and Hamas agreed a ceasefire on Wednesday to pause the 15-month war, officials said.",
			[]string{`The left article is more specific: "more than 15" where the right has "15-month".`}},
		{"two figures each article gives, one in each headline",
			"Air India jet with 242 aboard crashes after takeoff in Ahmedabad\n\n" +
				"AHMEDABAD, India, June 12 (Reuters) - An Air India Boeing 787-8 Dreamliner bound for London crashed into a residential area shortly after takeoff from the western Indian city of Ahmedabad on Thursday, killing at least 241 of the 242 people on board, the airline said.\n\n" +
				"One passenger, a British national seated in 11A, survived, police said.\n\n" +
				"The plane issued a mayday call immediately after departure and lost contact with air traffic control, India's Directorate General of Civil Aviation said in a statement.",
			"Only one survivor as London-bound Air India flight crashes in India, killing 241\n\n" +
				"AHMEDABAD, India (AP) - A London-bound Air India flight carrying 242 people crashed into a medical college hostel moments after takeoff from the city of Ahmedabad on Thursday, killing everyone on board except one passenger, the airline said.\n\n" +
				"The sole survivor, a British man sitting in seat 11A, told Indian media he jumped out of the wreckage.",
			[]string{`Only the left article states the organisation "Boeing".`, `Only the left article states the organisation "Directorate General of Civil Aviation".`}},
		{"one figure put for another that both articles state elsewhere",
			"UK inflation falls to 3.6% in October, lowest since spring\n\nBritish consumer price inflation fell to 3.6% in October from 3.8% in September, official data showed.\n\nFood price inflation eased to 4.9% from 5.1%.",
			"UK inflation falls to 5.1% in October, lowest since spring\n\nBritish consumer price inflation fell to 3.6% in October from 3.8% in September, official data showed.\n\nFood price inflation eased to 4.9% from 5.1%.",
			[]string{`The number differs: "3.6%" in the left article, "5.1%" in the right.`}},
		{"a figure changed to one the sentence gives again, both articles stating the first elsewhere",
			"UK inflation falls to 2% target\n\nConsumer prices rose 2.0% in the 12 months to May, down from 2.3% in April, the statistics office said.",
			"UK inflation falls to 2% target\n\nConsumer prices rose 2.3% in the 12 months to May, down from 2.3% in April, the statistics office said.",
			[]string{`The number differs: "2.0%" in the left article, "2.3%" in the right.`}},
		{"the day of what happened and the day it was said",
			"The cyclone killed at least 16 people after it made landfall late on Sunday, officials said.",
			"The cyclone killed at least 16 people, officials said Monday.",
			[]string{`Only the left article states the date "Sunday".`}},
		{"the days it was said",
			"The cyclone killed at least 16 people, officials said on Sunday.",
			"The cyclone killed at least 16 people, officials said Monday.",
			[]string{`The date differs: "Sunday" in the left article, "Monday" in the right.`}},
		{"a body's initials after its name",
			"Sheinbaum won, according to a quick count by the National Electoral Institute (INE).",
			"Sheinbaum won, the National Electoral Institute said.",
			nil},
		{"initials with their full stops and run into the name",
			"Economists at J.P. Morgan estimated the strike could cost the economy up to $5 billion a day.",
			"Economists at JPMorgan estimated the strike would cost the economy $3.8 billion to $4.5 billion a day.",
			[]string{`The right article is more specific: "$3.8 billion to $4.5 billion" where the left has "up to $5 billion".`}},
		{"two estimates, one finer",
			"Brent crude was trading at around $72 a barrel.",
			"Brent crude was trading at about $72.50 a barrel.",
			[]string{`The right article is more specific: "about $72.50" where the left has "around $72".`}},
		{"a minute's place and a goal's",
			"Carvajal headed in a corner in the 74th minute before Vinicius doubled the lead in the 83rd.",
			"Carvajal scored with a header in the 74th minute, and Vinicius added the second nine minutes later.",
			[]string{`Only the left article states the number "83rd".`, `Only the right article states the number "nine".`}},
		{"one year and twelve months",
			"The platforms have one year to work out how to comply.",
			"The platforms have 12 months to work out how to comply.",
			nil},
		{"a year and twelve months",
			"One in five patients waited more than a year for diagnostic tests.",
			"One in five patients waited over 12 months for diagnostic tests.",
			nil},
		{"a tally's sides, in sentences that do not align",
			"The motion passed with 204 votes in favour and 85 against, with three abstentions, the speaker said.",
			"The National Assembly passed the motion 204-85.",
			[]string{`Only the left article states the number "three".`, `Only the right article states the organisation "National Assembly".`}},
		{"a measure's conversion rounded two ways",
			"Mexico City reached 34.7 degrees Celsius (94.5 degrees Fahrenheit) on May 25.",
			"Mexico City hit 34.7 C (94.4 F) on May 25.",
			nil},
		{"a term at most, two ways",
			"The Constitutional Court must decide within 180 days whether to remove him.",
			"The Constitutional Court has up to 180 days to decide whether to remove him.",
			nil},
		{"a magnitude of a thing in two words",
			"Dozens of howler monkeys have also been found dead in the southern state of Tabasco, wildlife officials said.",
			"In the southern state of Tabasco, at least 83 howler monkeys have died, according to a local wildlife group.",
			[]string{`The right article is more specific: "at least 83" where the left has "Dozens".`}},
		{"a figure the other article gives elsewhere, beside one changed",
			"Liverpool signed striker Alexander Isak from Newcastle for a British record fee, the club said on Monday.\n\n" +
				"British media reported that the deal was worth 125 million pounds ($169 million), surpassing the 116 million pounds Chelsea paid Brighton for Moises Caicedo in 2023.",
			"Liverpool signed striker Alexander Isak from Newcastle on Monday for a British-record transfer fee reported to be 125 million pounds ($169 million).\n\n" +
				"The club did not disclose the fee, but it surpassed the 115 million pounds ($155 million) Chelsea paid Brighton for Moises Caicedo two years ago.",
			[]string{`The left article is more specific: "2023" where the right has "two years ago".`, `The number differs: "116 million pounds" in the left article, "115 million pounds" in the right.`}},
		{"a move given by its ends and by its size",
			"The centrist D66 won 26 of parliament's 150 seats.\n\nWilders' party fell to 26 seats from 37 in 2023, while D66 nearly tripled its tally.",
			"The centrist D66 won 26 of the 150 seats.\n\nWilders' party lost 11 seats compared with the 2023 election.",
			nil},
		{"a rate's move given by its ends and by its size in points",
			"The bank cut its key rate by a quarter point to 2.5% as inflation neared its 2% target.",
			"The bank lowered its deposit rate to 2.50% from 2.75% as inflation neared its 2% target.",
			nil},
		{"a conversion changed, its measure the same",
			"The news agency said the missile traveled 1,500 kilometers (930 miles) at 12 times the speed of sound.",
			"The news agency said the missile traveled 1,500 kilometers (1860 miles) at 12 times the speed of sound.",
			[]string{`The number differs: "930" in the left article, "1860" in the right.`}},
		{"a measure given in another unit elsewhere",
			"Trump and Xi met in Busan on Thursday.\n\nTrump called it an amazing meeting after the talks, which lasted about an hour and 40 minutes.",
			"Trump and Xi met in Busan on Thursday.\n\nSecurity was tight at the air base, where the leaders spent about 100 minutes.",
			nil},
		{"a tally's figures given apart",
			"French government falls as lawmakers oust Prime Minister Bayrou in confidence vote\n\n" +
				"PARIS, Sept 8 (Reuters) - French lawmakers voted Prime Minister Francois Bayrou out of office on Monday, plunging the euro zone's second-largest economy into fresh political crisis.\n\n" +
				"Bayrou lost the confidence vote by 364 votes to 194, the speaker of the National Assembly said.",
			"French prime minister ousted in confidence vote, deepening political crisis\n\n" +
				"PARIS (AP) - France's prime minister, François Bayrou, was toppled Monday in a confidence vote, with 364 lawmakers voting against him and 194 in favor.",
			[]string{`The articles spell the person differently: "Francois Bayrou" and "François Bayrou".`}},
		{"magnitudes of two things",
			"Oct 20 (Reuters) - A major outage at Amazon's cloud computing unit disrupted thousands of websites and apps on Monday, including Snapchat, Fortnite and Venmo, before the company said services had largely returned to normal.",
			"SEATTLE (AP) - An outage at Amazon Web Services took down a swath of the internet on Monday, disrupting apps, banks, games and streaming services for millions of people before the company said it had fixed the problem.",
			[]string{`Only the left article states the number "thousands".`, `Only the right article states the number "millions".`,
				`Only the left article states the organisation "Snapchat".`, `Only the left article states the organisation "Fortnite".`, `Only the left article states the organisation "Venmo".`,
				`Only the right article states the organisation "Amazon Web Services".`}},
		{"a month and its year, the year alone given elsewhere too",
			"Japan's Nikkei plunges in worst day since 1987 crash\n\n" +
				"The Nikkei plunged 12.4% on Monday, its biggest drop since the crash of October 1987, as fears of a recession grew.",
			"Tokyo stocks suffer biggest fall since 1987\n\n" +
				"Tokyo stocks crashed 12.4 percent on Monday, the worst day since the \"Black Monday\" crash of 1987, as worries about the economy grew.",
			[]string{`The left article is more specific: "October 1987" where the right has "1987".`,
				`Only the left article states the organisation "Nikkei".`}},
		{"a measure and its conversion, both given more precisely",
			"The Park Fire in northern California grew to more than 348,000 acres (140,800 hectares) by Monday, fire officials said.",
			"A wildfire in Northern California exploded to 350,000 acres (141,640 hectares) by Monday, officials said.",
			[]string{`The right article is more specific: "350,000" where the left has "more than 348,000".`, `Only the right article states the place "Northern California".`}},
		{"a magnitude in words the other article gives as a figure",
			"Beryl slams Texas, knocking out power to millions\n\nBeryl made landfall in Texas early on Monday as a Category 1 storm.",
			"Hurricane Beryl makes landfall in Texas\n\nBeryl made landfall in Texas early on Monday as a Category 1 storm. More than 2.2 million homes and businesses were without power.",
			[]string{`Only the right article states the number "More than 2.2 million".`}},
		{"counts after two verbs",
			"Strong earthquake kills at least 9 in Taiwan, injures more than 800",
			"Strong earthquake in Taiwan kills 9, traps dozens",
			[]string{`The right article is more specific: "9" where the left has "at least 9".`,
				`Only the left article states the number "more than 800".`, `Only the right article states the number "dozens".`}},
		{"counts after one verb in two forms",
			"The strong earthquake in Taiwan injured more than 800 people on Wednesday.",
			"The strong earthquake in Taiwan injures more than 900 on Wednesday.",
			[]string{`The number differs: "more than 800" in the left article, "more than 900" in the right.`}},
		{"one unit written in two numbers",
			"The 394-foot rocket exploded over the Gulf of Mexico minutes after liftoff, the company said.",
			"The rocket, nearly 400 feet tall, exploded over the Gulf of Mexico minutes after liftoff, the company said.",
			[]string{`The left article is more specific: "394-foot" where the right has "nearly 400".`}},
		{"a round figure beside the closer of two",
			"Bitcoin surged past $100,000 for the first time on Thursday.\n\nThe world's largest cryptocurrency rose as high as $103,619 in Asian hours and was last up 4.2% at $102,100.",
			"Bitcoin broke through $100,000 for the first time Thursday.\n\nThe price of bitcoin hit $103,800 early Thursday, according to CoinDesk. It later traded at about $102,000.",
			[]string{`The left article is more specific: "$102,100" where the right has "about $102,000".`,
				`Only the left article states the number "as high as $103,619".`, `Only the left article states the number "4.2%".`, `Only the right article states the number "$103,800".`,
				`Only the right article states the organisation "CoinDesk".`}},
		{"a name's number the other article leaves off",
			"The Covid-19 pandemic cut air travel by 60% in 2020, the agency said.",
			"The Covid pandemic cut air travel by 60% in 2020, the agency said.",
			nil},
		{"a name's number the other article writes apart",
			"Russia's Luna-25 spacecraft crashed into the moon on Saturday.",
			"A Russian lander, Luna 26, crashed into the moon on Saturday.",
			[]string{`The number differs: "25" in the left article, "26" in the right.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if d := cmp.Diff(tt.want, summaries(res, isFact)); d != "" {
				t.Errorf("fact differences (-want +got):\n%s", d)
			}
		})
	}
}

// TestDateAgreeingWithAnother checks that a date the other article only
// agrees with, as an undated "April 10" agrees with "April 2029", is stated
// there only where its own article does not give that very date, and that a
// weekday beside its date stays stated.
func TestDateAgreeingWithAnother(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a month of a year and a day of that month",
			"The ban is backdated to April 10, when he was provisionally suspended, and runs until April 2029.",
			"His ban runs from April 10, the date of his provisional suspension.",
			[]string{`Only the left article states the date "April 2029".`}},
		{"a year and a weekday",
			"Turnout reached 66 percent on Sunday, the highest since 1995.",
			"Turnout reached 66 percent on Sunday.",
			[]string{`Only the left article states the date "1995".`}},
		{"a weekday beside its date",
			"The phones will be available from Sept. 22.",
			"The phones will be available from Friday, September 22.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if d := cmp.Diff(tt.want, summaries(res, isFact)); d != "" {
				t.Errorf("fact differences (-want +got):\n%s", d)
			}
		})
	}
}

// TestOneSidedTime checks that a time of day one side alone gives is named a
// time, as a changed one is.
func TestOneSidedTime(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "The avalanche struck at about 11:30 a.m. on Wednesday, burying six skiers."},
		compare.Article{Text: "The avalanche struck on Wednesday, burying six skiers."})
	want := []string{`Only the left article states the time "about 11:30 a.m.".`}
	if d := cmp.Diff(want, summaries(res, isFact)); d != "" {
		t.Errorf("fact differences (-want +got):\n%s", d)
	}
}

// TestAttributionDetails checks attribution changes that lie outside the
// speaker's own words, and that what an attribution change reports is no fact
// of one side: a description set off after the name, a count of sources, an
// outlet named after the quotation.
func TestAttributionDetails(t *testing.T) {
	tests := []struct{ name, left, right, want string }{
		{"a description set off",
			`Abdal Ahad Stefo, deputy head of the National Coalition, told AFP the talks "will only lead to wasting more time".`,
			`Abdal Ahad Stefo, a senior member of the National Coalition, told AFP the talks "will only lead to wasting more time".`,
			"The left article credits Abdal Ahad Stefo, deputy head of the National Coalition (told) via AFP; the right credits Abdal Ahad Stefo, a senior member of the National Coalition (told) via AFP."},
		{"a count of sources",
			"Negotiators returned to Cairo on Sunday for a new round of talks, Egyptian officials said.",
			"Negotiators returned to Cairo on Sunday for a new round of talks, two Egyptian security sources said.",
			"The left article credits Egyptian officials (said); the right credits two Egyptian security sources (said)."},
		{"an outlet after the quotation",
			`Lavrov told reporters on Friday he had no "special expectations" of progress.`,
			`Lavrov said on Friday he had no "special expectations" of progress, according to TASS.`,
			"The left article credits Lavrov (told reporters); the right credits Lavrov (said) via TASS."},
		{"one statement a side, worded apart",
			"Regulators in China could delay the Nuvola takeover, two people familiar with the matter told Reuters, asking not to be named because the talks were private.",
			"Chinese regulators may slow the review of the deal to buy Nuvola, according to people familiar with the situation who asked not to be identified.",
			"The left article credits two people familiar with the matter (told) via Reuters; the right credits people familiar with the situation (according to)."},
		{"an age set off is a fact, not a description",
			`"I am disappointed that I was found guilty on one count," Kelly told reporters outside the court.`,
			`"I'm disappointed I was found guilty on one count," Kelly, 66, said after the ruling.`,
			"The left article credits Kelly (told reporters); the right credits Kelly (said)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			got := summaries(res, func(d diff.Difference) bool { return isAttribution(d) || isFact(d) })
			if d := cmp.Diff([]string{tt.want}, got); d != "" {
				t.Errorf("attribution and fact differences (-want +got):\n%s", d)
			}
		})
	}
}

// TestOneFactPairReportedOnce checks that one figure against another, given
// alike in a headline and a lead, is one difference.
func TestOneFactPairReportedOnce(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "Floods in eastern Spain kill at least 95\n\nFlash floods in eastern Spain have killed at least 95 people, authorities said on Wednesday."},
		compare.Article{Text: "Spain flood death toll rises to 95\n\nThe death toll from flash flooding in eastern Spain rose to 95 on Wednesday, emergency services said."})
	want := []string{`The right article is more specific: "95" where the left has "at least 95".`}
	if got := summaries(res, isFact); !slices.Equal(got, want) {
		t.Errorf("fact differences %q, want %q", got, want)
	}
}

// TestNoOneSidedWhereBothCredit checks that a statement is not reported as
// attributed on one side only when the other side's aligned sentence credits a
// statement of its own.
func TestNoOneSidedWhereBothCredit(t *testing.T) {
	res := compareAligned(t,
		"A passenger plane crashed shortly after take-off from Nairobi on Sunday, killing all 157 people on board, Kenya Airways said.",
		"All 157 people aboard a Kenya Airways jet were killed when it went down minutes after taking off from Nairobi on Sunday morning, the carrier said.")
	for _, d := range res.Differences {
		if d.Kind == diff.Attribution && slices.Contains(d.Attribution.Changes, diff.OneSided) {
			t.Errorf("difference %q, want no attribution of one side only", d.Summary)
		}
	}
}

// TestFigureRoundedInAnotherSentence checks that a figure one article gives
// exactly and the other rounds, in sentences no alignment joins, is one figure
// given to different precision, not two figures of one side each.
func TestFigureRoundedInAnotherSentence(t *testing.T) {
	const final = "Real Madrid won the final 2-0 on Saturday.\n\n"
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"rounded", "A crowd of 86,212 watched the match.", "The attendance at the stadium was 86,000.",
			[]string{`The left article is more specific: "86,212" where the right has "86,000".`}},
		{"rounded with a hedge that says so", "A crowd of 85,912 watched the match.", "The attendance at the stadium was nearly 86,000.",
			[]string{`The left article is more specific: "85,912" where the right has "nearly 86,000".`}},
		{"rounded with an estimate", "A crowd of 86,212 watched the match.", "The attendance at the stadium was about 86,000.",
			[]string{`The left article is more specific: "86,212" where the right has "about 86,000".`}},
		{"rounded with a hedge that rules it out", "A crowd of 86,212 watched the match.", "The attendance at the stadium was nearly 86,000.",
			[]string{`Only the left article states the number "86,212".`, `Only the right article states the number "nearly 86,000".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: final + tt.left}, compare.Article{Text: final + tt.right})
			if d := cmp.Diff(tt.want, summaries(res, isFact)); d != "" {
				t.Errorf("fact differences (-want +got):\n%s", d)
			}
		})
	}
}

// TestFigureToAnotherPrecisionInSentencesWordedApart checks that a figure one
// report gives exactly and the other rounded, in sentences linked for what
// they share but worded apart, is reported as one figure given more
// precisely, not as a figure of one report.
func TestFigureToAnotherPrecisionInSentencesWordedApart(t *testing.T) {
	left := "Ford recalls 1.9 million Explorers over loose trim\n\n" +
		"DETROIT (AP) - Ford is recalling nearly 1.9 million Explorer SUVs in the U.S. because exterior trim pieces can fly off while the vehicles are being driven, creating a road hazard."
	right := "Ford to recall about 1.9 mln Explorer SUVs\n\n" +
		"Sept 13 (Reuters) - Ford Motor is recalling 1,898,557 Explorer sport utility vehicles in the United States because trim pieces could detach and create a hazard for other drivers, the U.S. auto safety agency said on Friday."
	res := compareArticles(t, compare.Article{Text: left}, compare.Article{Text: right})
	want := `The right article is more specific: "1,898,557" where the left has "nearly 1.9 million".`
	if got := summaries(res, isFact); !slices.Contains(got, want) {
		t.Errorf("fact differences %q, want among them %q", got, want)
	}
}

// TestSameSpeakerDescribedOtherwise checks that a speaker described in other
// words that say the same (a country's people and the country, a description
// before the name and one set off after it, a company named and then called
// by its kind) is no change of attribution, nor is a document given as the
// way the words came or as where they were said.
func TestSameSpeakerDescribedOtherwise(t *testing.T) {
	tests := []struct{ name, left, right string }{
		{"a country and its people, before and after the name",
			`"Humanity has finally done what is long, long overdue," Danish climate minister Dan Jorgensen said.`,
			`"Humanity has finally done what is long, long overdue," said Dan Jorgensen, Denmark's climate minister.`},
		{"a company called by its kind, which the other report has act",
			"Boeing also reported a second-quarter net loss of $1.44 billion, as revenue fell 15% to $16.87 billion.",
			"The company also said it lost $1.44 billion in the second quarter, and its revenue dropped 15% to $16.87 billion."},
		{"a setting set off after the speaker",
			`Justice Sonia Sotomayor, in a dissent read from the bench, said the ruling "leaves undisturbed a policy first advertised openly".`,
			`Justice Sonia Sotomayor said the ruling "leaves undisturbed a policy first advertised openly".`},
		{"a company called by its kind, a document its words came through",
			"Apple denied wrongdoing but said it agreed to settle to avoid the cost of litigation, according to the filing.",
			"Apple has denied any wrongdoing. The company said in the filing that it settled to avoid the expense of further litigation."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isAttribution); len(got) > 0 {
				t.Errorf("attribution differences %q, want none", got)
			}
		})
	}
}

// TestRenamedFigureIsWording checks that a figure kept while what it counts is
// renamed is a wording difference, not a fact one, and not nothing.
func TestRenamedFigureIsWording(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string // wording differences, "left / right"
	}{
		{"within one word", "The 17-nation group met in Vienna.", "The 17-member group met in Vienna.",
			[]string{"17-nation / 17-member"}},
		{"a noun after the figure", "About half of the 1,200 respondents expected prices to rise.", "About half of the 1,200 people surveyed expected prices to rise.",
			[]string{"respondents / people surveyed"}},
		{"the same thing counted", "The 17-nation group met in Vienna.", "The 17-nations group met in Vienna.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isFact); len(got) > 0 {
				t.Errorf("fact differences %q, want none", got)
			}
			if got := texts(res, isWording); !slices.Equal(got, tt.want) {
				t.Errorf("wording = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWordJoiningFactsIsNoWording checks that a word that only joins two
// facts, each reported or the same on both sides, is no wording difference of
// its own, while one beside a single fact is.
func TestWordJoiningFactsIsNoWording(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string // wording differences, "left / right"
	}{
		{"a word between a time and a day", "Services were halted until 1 p.m. on Friday, the operator said.", "Services were halted until 1 p.m. Friday, the operator said.",
			nil},
		{"a word between a month and a count", "He was convicted in November on seven counts of fraud.", "He was convicted in November of seven counts of fraud.",
			nil},
		{"a word beside one fact", "The bank cut rates on Thursday.", "The bank cut rates Thursday.",
			[]string{"on / "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := texts(res, isWording); !slices.Equal(got, tt.want) {
				t.Errorf("wording = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEntityReplaced checks that a name an aligned sentence puts in place of
// another of its kind is one conflict, not two names each side alone states,
// and that a name moved, respelt, standing for its country or a dateline's, or
// one that a movement leaves while the other is where it goes, is no conflict.
func TestEntityReplaced(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string // fact conflicts, "left / right"
	}{
		{"a place", "Kerry was in Jeddah over the weekend to keep the rebels at the talks.", "Kerry was in Riyadh over the weekend to keep the rebels at the talks.",
			[]string{"Jeddah / Riyadh"}},
		{"a person", "Air strikes led to casualties, forcing UN envoy Staffan de Mistura to urge restraint.", "Air strikes led to casualties, forcing UN envoy Ramzy Ezzeldin Ramzy to urge restraint.",
			[]string{"Staffan de Mistura / Ramzy Ezzeldin Ramzy"}},
		{"an organisation", "Everything decided under the auspices of the UN Security Council must be put in place.", "Everything decided under the auspices of the UN General Assembly must be put in place.",
			[]string{"UN Security Council / UN General Assembly"}},
		{"a capital for its country", "The sanctions target firms supplying drones to Russia for the war.", "The sanctions target firms supplying drones to Moscow for the war.",
			nil},
		{"names moved", "Kerry met Lavrov in Vienna on Tuesday to discuss the ceasefire.", "Lavrov met Kerry in Vienna on Tuesday to discuss the ceasefire.",
			nil},
		{"a name respelt", "Sergie Lavrov will chair the meeting in Vienna on Tuesday.", "Sergei Lavrov will chair the meeting in Vienna on Tuesday.",
			nil},
		{"a dateline", "FRANKFURT (Reuters) - Infineon agreed on Thursday to buy Cypress for 9 billion euros.", "MUNICH (Reuters) - Infineon agreed on Thursday to buy Cypress for 9 billion euros.",
			nil},
		{"an outlet", "Assad should resign, the officials said, according to AFP.", "Assad should resign, the officials said, according to Reuters.",
			nil},
		{"a list of names reordered", "The recall covers nearly all vehicles sold since 2012, including the Model Y, S, 3 and X.",
			"The recall affects Model S, X, 3 and Y vehicles produced since 2012.", nil},
		{"whence and whither", "Ghosn fled Japan in 2019 hidden in a box for audio equipment.", "Ghosn fled to Lebanon in 2019 hidden in an audio equipment box.",
			nil},
		{"from one place, to another", "The convoy set out from Homs on Sunday with food and medicine.", "The convoy set out to Hama on Sunday with food and medicine.",
			nil},
		{"to one place, to another", "The convoy set out to Homs on Sunday with food and medicine.", "The convoy set out to Hama on Sunday with food and medicine.",
			[]string{"Homs / Hama"}},
		{"a city for its country", "Modi watched the landing from Johannesburg on Wednesday.", "Modi watched the landing from South Africa on Wednesday.", nil},
		{"a list of places for one", "Hamas freed the hostages on Friday under a truce brokered by Qatar, Egypt and the United States.",
			"Hamas freed the hostages on Friday under a truce, while Israel released prisoners.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			got := texts(res, isEntityConflict)
			if !slices.Equal(got, tt.want) {
				t.Errorf("entity conflicts = %q, want %q", got, tt.want)
			}
			oneSided := func(d diff.Difference) bool {
				return d.Fact != nil && d.Fact.Type.IsEntity() && (d.Fact.Relation == diff.LeftOnly || d.Fact.Relation == diff.RightOnly)
			}
			if one := summaries(res, oneSided); len(got) > 0 && len(one) > 0 {
				t.Errorf("one-sided %q beside the conflict", one)
			}
		})
	}
}

// TestSentenceSplitAtConjunction checks that a sentence split in two reports
// the conjunction dropped, not the conjunction become a full stop.
func TestSentenceSplitAtConjunction(t *testing.T) {
	left := "Envoys met on Saturday in Switzerland as Secretary of State John Kerry tried to revive hopes of a ceasefire."
	right := "Envoys met on Saturday in Switzerland. Secretary of State John Kerry tried to revive hopes of a ceasefire."
	res := compareArticles(t, compare.Article{Text: left}, compare.Article{Text: right})
	var got []string
	for _, d := range res.Differences {
		got = append(got, d.Summary)
	}
	want := []string{`The right article drops "as".`}
	if !slices.Equal(got, want) {
		t.Errorf("differences = %q, want %q", got, want)
	}
}

// TestDatelineIsNoWording checks that datelines that differ (another bureau,
// another agency, none named or none at all, a date or none) report nothing: they say where, when
// and by whom a story was filed, not what it says. A line giving a date alone
// is such a date.
func TestDatelineIsNoWording(t *testing.T) {
	body := "Acme Corp said on Tuesday its third-quarter revenue rose 12% to $4.5 billion."
	for _, tt := range []struct{ left, right string }{
		{"SAN FRANCISCO (Reuters) - ", "(Bloomberg) -- "},
		{"SAN FRANCISCO (Reuters) - ", "NEW YORK (AP) — "},
		{"SAN FRANCISCO (Reuters) - ", ""},
		{"SAN FRANCISCO, Dec 4 (Reuters) - ", "SAN FRANCISCO (AP) — "},
		{"SAN FRANCISCO, Dec 4 (Reuters) - ", "Dec 5, 2023\n\nSAN FRANCISCO (AP) — "},
		{"SAN FRANCISCO (Reuters) - ", "Published: Dec 5, 2023\n\nSAN FRANCISCO (AP) — "},
		{"DUBAI/LONDON, April 2 (Reuters) - ", "FRANKFURT, Germany (AP) — "},
		{"SAN FRANCISCO, Dec 4 (Reuters) - ", "SAN FRANCISCO, Dec 4 - "},
		{"Dec 4 (Reuters) - ", "By Jane Doe\n\nDec 4 - "},
		{"SAN FRANCISCO (Reuters) - ", "SAN FRANCISCO — "},
	} {
		res := compareArticles(t, compare.Article{Text: tt.left + body}, compare.Article{Text: tt.right + body})
		for _, d := range res.Differences {
			t.Errorf("%q / %q: difference %q", tt.left, tt.right, d.Summary)
		}
	}
}

// TestDatelineStatesNoYear checks that the day a dateline gives, of no year,
// states no year and no weekday the other report alone names, while a day in
// the story does.
func TestDatelineStatesNoYear(t *testing.T) {
	const (
		right   = "The bank raised rates Thursday, the highest since the euro was launched in 1999."
		drilled = "The drill broke down on Friday before the last workers were freed on Tuesday."
	)
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a dateline's day", "FRANKFURT, Sept 14 (Reuters) - The bank raised its key rate on Thursday.", right,
			[]string{`Only the right article states the date "1999".`}},
		{"a day in the story", "The bank raised its key rate on Thursday, Sept 14.", right,
			[]string{`Only the left article states the date "Sept 14".`}},
		{"a dateline's day and a weekday", "UTTARKASHI, India, Nov 28 (Reuters) - The drill broke down before the last workers were freed on Tuesday.", drilled,
			[]string{`Only the right article states the date "Friday".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isFact); !slices.Equal(got, tt.want) {
				t.Errorf("fact differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAttributionTextAroundStatement checks the words an attribution
// difference quotes when the speaker and cue lead the statement and the outlet
// follows it: the part that changed, or both parts and the statement between.
func TestAttributionTextAroundStatement(t *testing.T) {
	left := "Police said the suspect had confessed, according to local media."
	for _, tt := range []struct {
		right string
		want  []string
	}{
		{"Police insisted the suspect had confessed, according to local media.", []string{"Police said / Police insisted"}},
		{"Police said the suspect had confessed, according to Reuters.", []string{"according to local media / according to Reuters"}},
		{"Police insisted the suspect had confessed, according to Reuters.",
			[]string{"Police said the suspect had confessed, according to local media / Police insisted the suspect had confessed, according to Reuters"}},
	} {
		res := compareArticles(t, compare.Article{Text: left}, compare.Article{Text: tt.right})
		if got := texts(res, isAttribution); !slices.Equal(got, tt.want) {
			t.Errorf("%q: attribution texts %q, want %q", tt.right, got, tt.want)
		}
	}
}

// TestCompoundBrokenOverLines checks that a compound broken over two lines
// at its hyphen ("re-\nelection", "Russian-\nsponsored") is the compound
// written on one line: a line break inside a paragraph, no wording and no
// name of its own.
func TestCompoundBrokenOverLines(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "Kellner said he would not seek re-election, and the Russian-sponsored truce collapsed last month.\n\n" +
			`"We are cautiously optimistic," a senior official told Al-Ahram of the four-party talks and the cash-and-stock deal.`},
		compare.Article{Text: "Kellner said he would not seek re-\nelection, and the Russian-\nsponsored truce collapsed last month.\n\n" +
			`"We are cautiously optimistic," a senior official told Al-` + "\n" + `Ahram of the four-` + "\n" + `party talks and the cash-and-` + "\n" + `stock deal.`})
	if got := summaries(res, func(diff.Difference) bool { return true }); len(got) > 0 {
		t.Errorf("differences %q, want none", got)
	}
}

// TestSpeakerOfASecondVerb checks that an attribution whose cue is the
// subject's second verb ("Sanchez declared three days of mourning and told
// those affected") or a participle after it ("Karamanlis resigned, saying")
// quotes its speaker alone when the speaker changed, and its cue alone when
// the cue did, and that what the subject did
// first is compared as the story's words: "three days" is no part of the
// credit.
func TestSpeakerOfASecondVerb(t *testing.T) {
	for _, tt := range []struct {
		text        string
		left, right []any
		want        []string
	}{
		{`Prime Minister Pedro %s declared %s days of mourning and told those affected: "We will not abandon you."`, []any{"Sanchez", "three"}, []any{"Moreno", "five"},
			[]string{"Prime Minister Pedro Sanchez / Prime Minister Pedro Moreno", "three / five"}},
		{`Prime Minister Pedro Sanchez declared three days of mourning and %s those affected: "We will not abandon you."`, []any{"told"}, []any{"reportedly told"},
			[]string{"told those affected / reportedly told those affected"}},
		{"Transport Minister Kostas %s resigned after %s years, saying he took responsibility for the state's failings.", []any{"Karamanlis", "two"}, []any{"Okafor", "four"},
			[]string{"Transport Minister Kostas Karamanlis / Transport Minister Kostas Okafor", "two / four"}},
	} {
		res := compareArticles(t, compare.Article{Text: fmt.Sprintf(tt.text, tt.left...)}, compare.Article{Text: fmt.Sprintf(tt.text, tt.right...)})
		if got := texts(res, func(d diff.Difference) bool {
			return d.Kind == diff.Attribution || d.Fact != nil && d.Fact.Type == facts.Number
		}); !slices.Equal(got, tt.want) {
			t.Errorf("%q: attribution and figure texts %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEditedSentences checks the differences of articles edited in one
// place each: every difference whole, and nothing else.
func TestEditedSentences(t *testing.T) {
	sanctions := "European Union foreign ministers agreed on Monday to impose sanctions on eight Iranian officials."
	perry := "Matthew Perry, who played Chandler Bing on the sitcom \"Friends,\" has died, a law enforcement official said. He was %d.\n\n" +
		"Perry was found dead at his Los Angeles home on Saturday, the official said."
	headline := "'Friends' star Matthew Perry dead at 54\n\n"
	tests := []struct {
		name, left, right string
		want              []string
	}{
		// Two datelines that name different days: one story filed days
		// apart, or a date changed; a date given more fully, or none, is no
		// difference.
		{"datelines of different days", "BRUSSELS, Oct 16 (Reuters) - " + sanctions, "BRUSSELS, Oct 19 (Reuters) - " + sanctions,
			[]string{`The date differs: "Oct 16" in the left article, "Oct 19" in the right.`}},
		{"datelines of different months and agencies", "BRUSSELS, Oct 16 (Reuters) - " + sanctions, "BRUSSELS, Nov 16 (AFP) - " + sanctions,
			[]string{`The date differs: "Oct 16" in the left article, "Nov 16" in the right.`}},
		{"a dateline's date given more fully", "BRUSSELS, Oct 16 (Reuters) - " + sanctions, "BRUSSELS, Oct 16, 2023 (AP) — " + sanctions, nil},
		{"a dateline without a date", "BRUSSELS, Oct 16 (Reuters) - " + sanctions, "BRUSSELS (AP) — " + sanctions, nil},
		// A statement joined by "and said" after a quotation is the
		// quotation's speaker's: its cue changed is an attribution
		// difference, and a change the quotation's attribution reports is
		// not reported again.
		{"the cue of a statement after a quotation",
			`Spokesman Nasser Kanaani called the sanctions "illegal and unjustified" and said Tehran would respond, according to the state news agency IRNA.`,
			`Spokesman Nasser Kanaani called the sanctions "illegal and unjustified" and claimed Tehran would respond, according to the state news agency IRNA.`,
			[]string{"The left article credits Spokesman Nasser Kanaani (said) via the state news agency IRNA; the right credits Spokesman Nasser Kanaani (claimed) via the state news agency IRNA."}},
		{"a speaker described otherwise, once",
			`Opposition leader Friedrich Merz called the plan "a shadow budget" and said his party would challenge it in court.`,
			`Conservative leader Friedrich Merz said the plan was "a shadow budget", according to the dpa news agency, and said his party would challenge it in court.`,
			[]string{"The left article credits Opposition leader Friedrich Merz (called); the right credits Conservative leader Friedrich Merz (said) via the dpa news agency.", `The right article adds "was".`}},
		// A verb that reports to someone named after it is a cue as "told" is.
		{"informed whom",
			"Finance Minister Christian Lindner informed parliament that the money would come from the climate fund.",
			"Finance Minister Christian Lindner told parliament that the money would come from the climate fund.",
			[]string{"The left article credits Finance Minister Christian Lindner (informed parliament); the right credits Finance Minister Christian Lindner (told parliament)."}},
		// A house number tells one address from another.
		{"an address renumbered", "The plan was announced at 10 Downing Street on Monday.", "The plan was announced at 13 Downing Street on Monday.",
			[]string{`The place differs: "10 Downing Street" in the left article, "13 Downing Street" in the right.`}},
		// An adverb in an attribution that tells neither who spoke nor how
		// is the story's word; one dropped, as where an attribution is
		// rewritten, goes with the attribution.
		{"an adverb put for another in an attribution", "Kellner also said the plant would close by the end of the year.",
			"Kellner additionally said the plant would close by the end of the year.", []string{`"also" became "additionally".`}},
		{"an adverb put for another after a quotation", `"The plant will close," Kellner also said.`, `"The plant will close," Kellner later said.`,
			[]string{`"also" became "later".`}},
		{"an adverb dropped", "The company also said it would cut 300 jobs by the end of March.",
			"The company said it would cut 300 jobs by the end of March.", nil},
		// A claim of a clause is a statement, its cue an attribution's.
		{"a claim of a clause in the past", "The opposition leader claimed the country needed change.", "The opposition leader said the country needed change.",
			[]string{"The left article credits the opposition leader (claimed); the right credits the opposition leader (said)."}},
		// A hedge is the attribution's wherever its cue stands.
		{"a hedge before a lead whose outlet follows", "Police said the suspect had confessed, according to local media.",
			"Police reportedly said the suspect had confessed, according to local media.",
			[]string{"The left article credits Police (said) via local media; the right credits Police (reportedly said) via local media."}},
		{"a hedge after a long relative clause", "Ghosn, who fled Japan in 2019 hidden in a box for audio equipment, has said he is innocent.",
			"Ghosn, who fled Japan in 2019 hidden in a box for audio equipment, has reportedly said he is innocent.",
			[]string{"The left article credits Ghosn (said); the right credits Ghosn (reportedly said)."}},
		{"a hedge before a cue joined after a quotation",
			`Spokesman Nasser Kanaani called the sanctions "illegal and unjustified" and said Tehran would respond.`,
			`Spokesman Nasser Kanaani called the sanctions "illegal and unjustified" and reportedly said Tehran would respond.`,
			[]string{"The left article credits Spokesman Nasser Kanaani (said); the right credits Spokesman Nasser Kanaani (reportedly said)."}},
		{"a cue changed before a document's credit", "The company said it would send an update to the affected cars, according to a filing with the regulator.",
			"The company claimed it would send an update to the affected cars, according to a filing with the regulator.",
			[]string{"The left article credits the company (said) via a filing with the regulator; the right credits the company (claimed) via a filing with the regulator."}},
		{"a speaker's titles abbreviated",
			`"This sentence reflects the seriousness of his crimes," said Detective Chief Superintendent Jane Cole of Counter Terrorism Policing North West.`,
			`"This sentence reflects the seriousness of his crimes," said Det. Chief Supt. Jane Cole of Counter Terrorism Policing North West.`, nil},
		{"a count of times in one word and in two", "Khalil scouted the venue twice in the weeks before the attack.",
			"Khalil scouted the venue three times in the weeks before the attack.",
			[]string{`The number differs: "twice" in the left article, "three times" in the right.`}},
		// What a relative clause after the speaker says is the story's, and
		// no description of the speaker.
		{"a place in a relative clause after the speaker",
			`Modi, who watched the landing from Johannesburg, said the success "belonged to all of humanity".`,
			`Modi, who watched the landing from Pretoria, insisted the success "belonged to all of humanity".`,
			[]string{"The left article credits Modi (said); the right credits Modi (insisted).", `The place differs: "Johannesburg" in the left article, "Pretoria" in the right.`}},
		// A sentence with no word but its figure to tell it by is aligned
		// with its copy, whether or not another sentence states the figure.
		{"a figure in a short sentence", fmt.Sprintf(perry, 54), fmt.Sprintf(perry, 57),
			[]string{`The number differs: "54" in the left article, "57" in the right.`}},
		{"a figure in a short sentence, the headline's too", headline + fmt.Sprintf(perry, 54), headline + fmt.Sprintf(perry, 57),
			[]string{`The number differs: "54" in the left article, "57" in the right.`}},
		// Where a story was filed is no place it tells of.
		{"a place the other's dateline names",
			"CAIRO, May 12 (Reuters) - Negotiators returned to Cairo on Sunday for a fresh round of talks.",
			"CAIRO, May 12 (Reuters) - Negotiators returned to Doha on Sunday for a fresh round of talks.",
			[]string{`The place differs: "Cairo" in the left article, "Doha" in the right.`}},
		{"the place words were said in",
			`"That is off the table," Christian Lindner told reporters in Berlin.`,
			`"That is off the table," Christian Lindner told reporters in Geneva.`,
			[]string{`The place differs: "Berlin" in the left article, "Geneva" in the right.`}},
		// Whom an unnamed source is close to, and where a speaker works,
		// are told too.
		{"an unnamed source close to someone else",
			"Prince Harry will travel to Britain in the coming days, a source close to the Duke of Sussex said.",
			"Prince Harry will travel to Britain in the coming days, a source close to the Duke of York said.",
			[]string{"The left article credits a source close to the Duke of Sussex (said); the right credits a source close to the Duke of York (said)."}},
		{"where the speaker works",
			"The ambassador will return next week, an official at the U.S. embassy in Cairo said.",
			"The ambassador will return next week, an official at the U.S. embassy in Amman said.",
			[]string{`The place differs: "Cairo" in the left article, "Amman" in the right.`}},
		// A name changed in part is another person, though the sentence
		// names the first again.
		{"a name changed where the sentence names it again",
			"The group includes Iran, an ally of Syrian President Bashar al Assad, and Saudi Arabia, which wants to topple Assad's regime.",
			"The group includes Iran, an ally of Syrian President Bashar al Tanaka, and Saudi Arabia, which wants to topple Assad's regime.",
			[]string{`The person differs: "Bashar al Assad" in the left article, "Bashar al Tanaka" in the right.`}},
		{"a place changed to one the article names elsewhere",
			"So far, UN mediated peace talks in Geneva have made little headway and now even Washington's allies doubt the date will be met.",
			"So far, UN mediated peace talks in Washington have made little headway and now even Washington's allies doubt the date will be met.",
			[]string{`The place differs: "Geneva" in the left article, "Washington" in the right.`}},
		// A speaker's name changed so slightly that the attributions are
		// one speaker's: the names are compared as facts.
		{"a statement made an email", `"We will review the decision," Kent Walker, Google's general counsel, said in a statement.`,
			`"We will review the decision," Kent Walker, Google's general counsel, said in an email.`,
			[]string{"The left article credits Kent Walker, Google's general counsel (said in a statement); the right credits Kent Walker, Google's general counsel (said in an email)."}},
		{"a speaker's name respelt", `"We will review the decision," Kent Walker, Google's general counsel, said in a statement.`,
			`"We will review the decision," Kent Walters, Google's general counsel, said in a statement.`,
			[]string{`The person differs: "Kent Walker" in the left article, "Kent Walters" in the right.`}},
		// A time converted in brackets after another is a time, never a
		// word respelt.
		{"a time converted in brackets",
			"The lander touched down at 6:04 p.m. (1234 GMT), the agency said.",
			"The lander touched down at 6:04 p.m. (1237 GMT), the agency said.",
			[]string{`The time differs: "1234 GMT" in the left article, "1237 GMT" in the right.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, func(diff.Difference) bool { return true }); !slices.Equal(got, tt.want) {
				t.Errorf("differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAddedIsSaid checks that a speaker going on ("he added") and the same
// speaker saying it ("he said") credit the statement alike.
func TestAddedIsSaid(t *testing.T) {
	left := `"We will not raise taxes," Lindner told reporters. He added that the fund would be financed through borrowing.`
	right := `"We will not raise taxes," Lindner told reporters. The fund would be financed through borrowing, he said.`
	res := compareArticles(t, compare.Article{Text: left}, compare.Article{Text: right})
	if got := summaries(res, isAttribution); len(got) > 0 {
		t.Errorf("attribution differences %q, want none", got)
	}
}

// TestUnalignedCredits checks that a source one article credits for a claim
// the other does not carry, and never names, is an attribution difference,
// and that a source the other article names too is none.
func TestUnalignedCredits(t *testing.T) {
	left := "Envoys met in Vienna on Tuesday to save the peace talks.\n\n" +
		`"There is no future for Syria with Assad," said German Foreign Minister Frank-Walter Steinmeier.` + "\n\n" +
		"Aid convoys were held up at the border for a week, the Guardian reported."
	right := "Envoys met in Vienna on Tuesday to save the peace talks.\n\n" +
		"Efforts were expected to restart deliveries of food to besieged towns, according to the Guardian.\n\n" +
		"Rebels said they would not attend the meeting."
	res := compareArticles(t, compare.Article{Text: left}, compare.Article{Text: right})
	got := texts(res, isAttribution)
	want := []string{"said German Foreign Minister Frank-Walter Steinmeier / ", " / Rebels said"}
	if !slices.Equal(got, want) {
		t.Errorf("attribution differences = %q, want %q", got, want)
	}
}

// TestFirstNamesSpelledTwoWays checks that a person whose other names agree is
// one person with a first name spelled two ways, even where the spellings stray
// further than other words may, and that another first name is another person.
func TestFirstNamesSpelledTwoWays(t *testing.T) {
	tests := []struct {
		left, right string
		variant     bool
	}{
		{"Staffan de Mistura", "Stefan de Mistura", true},
		{"Mohammad Javad Zarif", "Mohammed Javad Zarif", true},
		{"John Kerry", "Jane Kerry", false},
		{"Abbas Araqchi", "Abbas Araghchi", true}, // Romanised by two rules
	}
	for _, tt := range tests {
		res := compareArticles(t,
			compare.Article{Text: "The talks in Geneva were led by UN envoy " + tt.left + " on Monday."},
			compare.Article{Text: "The talks in Geneva were led by UN envoy " + tt.right + " on Monday."})
		variant := slices.ContainsFunc(res.Differences, func(d diff.Difference) bool {
			return d.Fact != nil && d.Fact.Relation == diff.SpellingVariant
		})
		if variant != tt.variant {
			t.Errorf("%q / %q: spelling variant %v, want %v", tt.left, tt.right, variant, tt.variant)
		}
	}
}

// TestFactReadings checks how facts that one article writes otherwise compare:
// a capital for its country, a labelled number against a count, a city under
// another spelling or its full name, and a figure inside or outside a vague
// quantity. want is the summaries of the fact differences, in order.
func TestFactReadings(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a capital for its country",
			"Washington still insists Assad should go, while Moscow backs his forces.\n\nThe talks resume in Geneva.",
			"The U.S. still insists Assad should go, while Russian jets back his forces.\n\nThe talks resume soon.",
			[]string{`Only the left article states the place "Geneva".`}},
		{"a labelled number is no count",
			"Hurricane Delia makes landfall in Louisiana as Category 4 storm",
			"Hurricane Delia makes landfall in Louisiana, killing at least six",
			[]string{`Only the left article states the number "Category 4".`, `Only the right article states the number "at least six".`}},
		{"places written two ways",
			"The talks in Washington, D.C. ended. Officials flew to Kyiv. The summit in New York City was delayed.",
			"The talks in Washington ended. Officials flew to Kiev. The summit in New York was delayed.",
			nil},
		{"one moment in two time zones, in sentences apart",
			"The 400-foot rocket lifted off at 8:25 a.m. CDT from the company's Starbase site.\n\nIt reached space.",
			"It reached space.\n\nThe launch from the southern tip of Texas came at 9:25 a.m. Eastern time, a company official said.",
			[]string{`Only the left article states the number "400-foot".`, `Only the left article states the organisation "Starbase".`, `Only the right article states the place "Texas".`}},
		{"a year and a date in it",
			"The index passed its 1989 bubble-era peak.\n\nIt closed above the high it set on Dec. 29, 1989.",
			"The index closed above the 38,915.87 it reached on Dec. 29, 1989.",
			[]string{`Only the right article states the number "38,915.87".`}},
		{"two hedges given, one bound near the other figure",
			"The ministry said 2,012 people had been killed and 2,059 were injured, 1,404 of them critically.",
			"The ministry said that at least 2,012 people were killed, and at least 2,059 were injured, including 1,404 in critical condition.",
			[]string{`The left article is more specific: "2,012" where the right has "at least 2,012".`,
				`The left article is more specific: "2,059" where the right has "at least 2,059".`}},
		{"vague quantities",
			"Dozens of people were injured, officials said.\n\nTens of thousands marched in Paris on Saturday.",
			"About 40 people were injured, officials said.\n\nHundreds of thousands marched in Paris on Saturday.",
			[]string{`The right article is more specific: "About 40" where the left has "Dozens".`,
				`The number differs: "Tens of thousands" in the left article, "Hundreds of thousands" in the right.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isFact); !slices.Equal(got, tt.want) {
				t.Errorf("fact differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOrdinalWrittenTwoWays checks that an ordinal in words and in figures is
// one place in an order, written two ways, and that another place is not.
func TestOrdinalWrittenTwoWays(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "Three people were killed in the third attack this month."},
		compare.Article{Text: "Three people were killed in the 3rd attack this month."})
	if len(res.Differences) > 0 {
		t.Errorf("differences %q, want none", summaries(res, func(diff.Difference) bool { return true }))
	}
	res = compareArticles(t,
		compare.Article{Text: "Three people were killed in the third attack this month."},
		compare.Article{Text: "Three people were killed in the 4th attack this month."})
	if len(res.Differences) == 0 {
		t.Error("no difference between the third attack and the 4th")
	}
}

// TestWeekdayAgainstMonth checks that a weekday and a month, each said of
// something else, are not taken for one date given to two precisions.
func TestWeekdayAgainstMonth(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "The unemployment rate fell to 3.7% from 3.9% in October."},
		compare.Article{Text: "The jobless rate dropped to 3.7 per cent, down from 3.9 per cent a month earlier, the Bureau of Labor Statistics reported Friday."})
	for _, d := range res.Differences {
		if d.Fact != nil && d.Fact.Type == facts.Date && d.LeftText != "" && d.RightText != "" {
			t.Errorf("date difference %q, want none: a month and a weekday of two things", d.Summary)
		}
	}
}

// TestMeasureGivenInOtherUnits checks that a measure one article gives in two
// units and the other in one of them is no figure of one side.
func TestMeasureGivenInOtherUnits(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "The rocket reached an altitude of about 24 miles (39 km) before it began to tumble."},
		compare.Article{Text: "The vehicle climbed to about 39km before it started to spin and then broke apart."})
	for _, d := range res.Differences {
		if d.Fact != nil && d.Fact.Type == facts.Number {
			t.Errorf("number difference %q, want none: one altitude", d.Summary)
		}
	}
}

// TestAttributionsWordedOtherwise checks that attributions worded otherwise
// that credit alike are no difference: words told to an outlet and words said
// speaking to it; words passed on through a spokesman, set off after the
// speaker (how, not who) or after the cue; words told to one audience named
// two ways ("told parliament" / "told lawmakers").
func TestAttributionsWordedOtherwise(t *testing.T) {
	tests := []struct{ name, left, right string }{
		{"told an outlet", "Speaking to the BBC, the prime minister said the decision on the new tax was final.",
			"The decision on the new tax was final, the prime minister told the BBC."},
		{"through a spokesman", "The minister, speaking through a spokesman, said the decision was final.",
			"The minister said through a spokesman that the decision was final."},
		{"one audience named two ways", `"The situation is extremely worrying," Health Minister Khumbize Chiponda told parliament on Wednesday.`,
			`"The situation is extremely worrying," Health Minister Khumbize Chiponda told lawmakers on Wednesday.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isAttribution); len(got) > 0 {
				t.Errorf("attribution differences %q, want none", got)
			}
		})
	}
}

// TestOrdinalInWordsElsewhere checks that an ordinal one article writes in
// figures and the other in words, in sentences no alignment joined, is no
// figure of one side.
func TestOrdinalInWordsElsewhere(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "The bank raised its key rate to a record 4% on Thursday, its tenth consecutive increase."},
		compare.Article{Text: "The bank raised its deposit rate to 4 per cent. It was the 10th rise in a row."})
	for _, d := range res.Differences {
		if d.Fact != nil && d.RightText == "10th" {
			t.Errorf("difference %q, want none for the 10th rise", d.Summary)
		}
	}
}

// TestAttributionsAlike checks that attributions which credit one source
// alike, in words that differ, are no difference.
func TestAttributionsAlike(t *testing.T) {
	tests := []struct{ name, left, right string }{
		{"a body its sentence names, called by its kind",
			"Toyota Motor Corp said on Thursday it would recall about 1.2 million vehicles because a faulty sensor could stop airbags from deploying.",
			"Toyota Motor Corp. is recalling about 1.2 million vehicles because a faulty sensor could stop air bags from deploying, the automaker said Thursday."},
		{"a club its sentence names, called by what it won",
			"Bayern Munich have signed England captain Harry Kane on a four-year contract, the German champions said on Saturday.",
			"Bayern Munich signed England captain Harry Kane on a four-year contract, Bayern said on Saturday."},
		{"a body's initials, some of its words left out",
			"Famine conditions are present in the Zamzam camp, the Integrated Food Security Phase Classification (IPC) said on Thursday.",
			"Famine conditions were present in the Zamzam camp, the Integrated Food Security Phase Classification said."},
		{"an addressee described",
			`"The Portuguese have spoken and we will respect their choice," Montenegro told supporters in Lisbon.`,
			`"The Portuguese people have spoken and we will respect their choice," Montenegro told cheering supporters in the capital.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(compareAligned(t, tt.left, tt.right), isAttribution); len(got) > 0 {
				t.Errorf("attribution differences %q, want none", got)
			}
		})
	}
}

// TestBodyCalledByKindInArticle checks that a body an article names
// elsewhere, called by its kind where the other report names it, is one
// source; one who speaks for it is another.
func TestBodyCalledByKindInArticle(t *testing.T) {
	const (
		lead     = "Toyota Motor Corp. is recalling 1.12 million vehicles in the United States over faulty air bag sensors.\n\n"
		somanath = "The lander touched down at 6:04 p.m., Indian Space Research Organisation chairman S. Somanath told scientists."
	)
	tests := []struct {
		name, left, right string
		differ            bool
	}{
		{"the body by its name and its kind",
			lead + "Toyota said it was not aware of any injuries linked to the problem.",
			lead + "The company said it was not aware of any deaths linked to the defect.", false},
		{"the body by its name, its article and its initials",
			"India landed a spacecraft on the moon on Wednesday, the Indian Space Research Organisation (ISRO) said.\n\n" + somanath,
			"India landed a spacecraft on the moon Wednesday, the country's space agency said.\n\n" + somanath, false},
		{"the body by its kind, named as a company by the other article",
			"Live Nation confirmed that Ticketmaster was hacked. Shares of Live Nation fell 1%.\n\nA criminal actor offered the user data for sale on the dark web on May 27, Live Nation said.",
			"Live Nation confirmed that Ticketmaster was hacked.\n\nOn May 27, a criminal actor offered the user data for sale via the dark web, the company said.", false},
		{"one who speaks for the body",
			lead + "Owners will be notified by late February, Toyota spokesman Aaron Fowles said.",
			lead + "Owners will be notified by mid-February, the company said.", true},
		{"a country's body against the country",
			`China will take "resolute and forceful" measures to protect its interests after the United States raised tariffs on Chinese goods to 104%, the commerce ministry said on Wednesday.`,
			`China said Wednesday it would take "resolute and forceful measures" to safeguard its rights and interests after U.S. tariffs on Chinese imports rose to 104%.`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summaries(compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right}), isAttribution)
			if differ := len(got) > 0; differ != tt.differ {
				t.Errorf("attribution differences %q, want some: %v", got, tt.differ)
			}
		})
	}
}

// TestShareBesideAnOrdinal checks that a share is compared with the other
// side's share of its value, not with an ordinal of that value ("the second
// quarter") beside it.
func TestShareBesideAnOrdinal(t *testing.T) {
	res := compareArticles(t, compare.Article{Text: "Inflation would fall to around 2% in the second quarter, before rising to 2.75% by the end of 2024."},
		compare.Article{Text: "Inflation would fall to 2 per cent in the spring, before rising to 2.75 per cent later in 2024."})
	isMoreSpecific := func(d diff.Difference) bool { return d.Fact != nil && d.Fact.Relation == diff.RightMoreSpecific }
	if got, want := texts(res, isMoreSpecific), []string{"around 2% / 2 per cent"}; !slices.Equal(got, want) {
		t.Errorf("right more specific: %q, want %q", got, want)
	}
}

// TestTimesOfDay checks how two times of day of one event compare: an hour
// and the same hour to the minute are one time, a hedged time allows another
// near it on the side its hedge says, and times far apart differ.
func TestTimesOfDay(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []diff.Relation // of the fact differences, in order
	}{
		{"an hour written two ways", "The eruption began at 8 a.m. on Sunday, the Met Office said.", "The eruption began at 8:00 am on Sunday, the Met Office said.", nil},
		{"a time given less precisely", "The eruption began shortly before 8 a.m. on Sunday, the Met Office said.", "The eruption began at around 7:57 a.m. on Sunday, the Met Office said.",
			[]diff.Relation{diff.RightMoreSpecific}},
		{"a time given otherwise", "The eruption began shortly before 8 a.m. on Sunday, the Met Office said.", "The eruption began at around 8:20 a.m. on Sunday, the Met Office said.",
			[]diff.Relation{diff.Conflict}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []diff.Relation
			for _, d := range compareAligned(t, tt.left, tt.right).Differences {
				if d.Fact != nil {
					got = append(got, d.Fact.Relation)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("fact relations %v, want %v", got, tt.want)
			}
		})
	}
}

// TestConversions checks that a conversion in brackets is no figure of its
// own: written as the other article writes the figure, whatever hedge it took
// from the amount it restates, or rounded otherwise than the other's
// conversion of the same figure, it makes no difference.
func TestConversions(t *testing.T) {
	tests := []struct{ name, left, right, leftConversion, rightConversion string }{
		{"written as the other writes the figure",
			"India's lunar mission cost about 6 billion rupees ($75 million), officials said.",
			"India's lunar mission is estimated to have cost $75 million, officials said.", "$75 million", "$75 million"},
		{"two conversions of one figure",
			"Milton made landfall as a Category 3 storm with maximum sustained winds of 120 miles per hour (195 km per hour), the National Hurricane Center said.",
			"Milton made landfall as a Category 3 storm with top winds of 120 mph (193 kph), the National Hurricane Center said.", "195", "193"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, d := range compareAligned(t, tt.left, tt.right).Differences {
				if d.Fact != nil && (d.LeftText == tt.leftConversion || d.RightText == tt.rightConversion) {
					t.Errorf("fact difference %q, want none of the conversions", d.Summary)
				}
			}
		})
	}
}

// TestCapitalInQuotationIsNoName checks that a common word a speaker gives a
// capital inside a quotation, or a house style outside one, which the other
// report writes in lower case, is no name one side alone states; a name the
// other report does not write is, and so is an acronym it writes as a word.
func TestCapitalInQuotationIsNoName(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"a common word", `Trump called the decision "a tremendous victory for the American People and the Constitution."`,
			`Trump called it "a tremendous victory for the American people and the Constitution."`, nil},
		{"a name", `Trump called the decision "a tremendous victory for Kentucky and the Constitution."`,
			`Trump called it "a tremendous victory for the country and the Constitution."`,
			[]string{`Only the left article states the place "Kentucky".`}},
		{"a house style", "Prime Minister Dahal convened an emergency Cabinet meeting on Sunday.",
			"Prime Minister Dahal called an emergency cabinet meeting on Sunday.", nil},
		{"an acronym", "The WHO sent doctors to the region on Sunday.",
			"Doctors who flew in on Sunday went to the region.", []string{`Only the left article states the organisation "WHO".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isFact); !slices.Equal(got, tt.want) {
				t.Errorf("fact differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOwnAgencyIsNoName checks that the agency that filed a report, named
// again in its story ("Reuters could not independently verify the claims"), is
// no organisation that report alone names.
func TestOwnAgencyIsNoName(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "KYIV, Feb 10 (Reuters) - A Russian missile strike killed 14 people, the governor said.\n\nReuters could not independently verify the claims."},
		compare.Article{Text: "KRAMATORSK, Ukraine (AP) - A Russian missile strike killed 14 people, the governor said."})
	for _, d := range res.Differences {
		if d.Fact != nil && strings.Contains(d.LeftText, "Reuters") {
			t.Errorf("difference %q, want none of the agency that filed", d.Summary)
		}
	}
}

// TestPlaceByItsStation checks that a place named with the transport that
// serves it is the place another report names with its station.
func TestPlaceByItsStation(t *testing.T) {
	res := compareArticles(t,
		compare.Article{Text: "The boy was attacked at about 3:15 p.m. near Hainault Underground station."},
		compare.Article{Text: "The boy was attacked at about 3:15 p.m. close to Hainault subway station."})
	if got := summaries(res, isFact); len(got) > 0 {
		t.Errorf("fact differences %q, want none", got)
	}
}

// TestInitialsAsAdjective checks that a country named by its initials only
// before another word ("U.S. stocks", "U.S. District Judge") is no name one
// report alone gives, as "American" would be none, while initials that stand
// as a name ("talks with the U.S. and China") still are.
func TestInitialsAsAdjective(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"before a noun and a title",
			"U.S. stocks fell after the statement. U.S. District Judge Lewis Kaplan imposed the sentence in Manhattan.",
			"Stocks fell after the statement. Judge Lewis Kaplan imposed the sentence in Manhattan.",
			nil},
		{"as a name",
			"Stocks fell after talks between the U.S. and China.",
			"Stocks fell after talks with China.",
			[]string{`Only the left article states the place "U.S.".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isPlace); !slices.Equal(got, tt.want) {
				t.Errorf("place differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoFigureOfOneSide checks words that state no number or date of one side:
// a "today" a speaker says, which names no day the article gives; a figure 1
// the other report writes "one", which is no figure of its own ("1 dead" /
// "killing one person"); last year where the other report compares with a
// year before; a tally of no votes against, where the other says unanimously;
// a total the other gives in two parts, in any sentence.
func TestNoFigureOfOneSide(t *testing.T) {
	tests := []articlePair{
		{"a speaker's today",
			`"If I knew then what I know now, I would have declined to represent him," Ellis told the judge.`,
			`"If I knew then what I know today, I would have declined to represent him," Ellis told the judge.`},
		{"one in words",
			"Typhoon slams Taiwan with record winds, 1 dead\n\nThe typhoon hit southern Taiwan on Thursday, authorities said.",
			"The typhoon hit southern Taiwan on Thursday, killing one person, authorities said."},
		{"a unanimous vote",
			"The justices ruled 9-0 that the law did not violate the First Amendment.",
			"The justices unanimously said the law does not violate the First Amendment."},
		{"a total given in two parts elsewhere",
			"A jet flipped on landing on Monday, injuring 18 of the 80 people on board. It had arrived from Minneapolis.",
			"A jet flipped on landing on Monday, injuring 18 people. It had arrived from Minneapolis with 76 passengers and four crew members."},
		{"the year before",
			"Tesla delivered 336,681 vehicles, compared with 386,810 a year earlier.",
			"Tesla sold 336,681 vehicles, down from 386,810 in the same period last year."},
		{"a time converted in brackets",
			"The lander touched down at 6:04 p.m. (1234 GMT), the agency said.",
			"The lander touched down at 6:04 p.m., the agency said."},
		{"a month and last month, the month named again",
			"US job growth slows sharply in October\n\nWASHINGTON (Reuters) - U.S. employers added only 12,000 jobs in October, the Labor Department said.",
			"US employers added just 12,000 jobs last month\n\nWASHINGTON (AP) - America's employers added just 12,000 jobs in October, the government said."},
		{"an exchange rate in dollars and in cents",
			"The Australian dollar rose 0.3% to $0.6540 after the decision.",
			"The Aussie climbed 0.3% to 65.40 US cents after the decision."},
		{"one of a unit and a unit",
			"Those who took a multivitamin scored better on memory tests after one year, researchers said.",
			"After a year, those taking multivitamins did better on memory tests, researchers said."},
		{"a bound after the figure and before it",
			"The trial followed 3,562 adults aged 60 and older for three years.",
			"The trial followed 3,562 adults over 60 for three years."},
	}
	wantNoFactDifferences(t, tests)
}

// TestCreditMovedToTheNextSentence checks that a source each report credits
// once for a passage of two sentences, each at another of them, is no
// attribution one report alone gives, while a source credited on one side
// only is still reported.
func TestCreditMovedToTheNextSentence(t *testing.T) {
	const (
		evacuated = "About 150 people were evacuated and 16,300 homes lost power"
		engines   = "ten fire engines and around 70 firefighters were sent to the blaze in Hayes, west London"
	)
	tests := []struct {
		name, left, right string
		want              []string
	}{
		{"moved", evacuated + ", the London Fire Brigade said. T" + engines[1:] + ".",
			"The London Fire Brigade said " + engines + ". " + evacuated + ".", nil},
		{"moved, the source described otherwise", evacuated + ", the London Fire Brigade said. T" + engines[1:] + ".",
			"The city's London Fire Brigade said " + engines + ". " + evacuated + ".", nil},
		{"one side's", evacuated + ", the London Fire Brigade said. T" + engines[1:] + ".",
			"T" + engines[1:] + ". " + evacuated + ".", []string{"Only the left article attributes this, to the London Fire Brigade (said)."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := compareArticles(t, compare.Article{Text: tt.left}, compare.Article{Text: tt.right})
			if got := summaries(res, isAttribution); !slices.Equal(got, tt.want) {
				t.Errorf("attribution differences %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnresolvedPronounIsNoOtherSpeaker checks that a pronoun left
// unresolved ("they reported") is no other speaker than the one the other
// article names: only how each credits them may differ.
func TestUnresolvedPronounIsNoOtherSpeaker(t *testing.T) {
	const studies = "Researchers at the University of Sydney analyzed 57 studies that tracked more than 160,000 people.\n\n"
	left := compare.Article{Text: studies + "Walking 7,000 steps daily was tied to a 25% lower risk of heart disease and a 38% lower risk of dementia, the researchers said."}
	right := compare.Article{Text: studies + "Walking 7,000 steps daily was tied to a 25% lower risk of heart disease and a 38% lower risk of dementia, they reported."}
	var details []string
	for _, d := range compareArticles(t, left, right).Differences {
		if d.Attribution != nil {
			details = append(details, golden(d).Detail)
		}
	}
	if want := []string{"cue "}; !slices.Equal(details, want) {
		t.Errorf("attribution changes %q, want %q", details, want)
	}
}
