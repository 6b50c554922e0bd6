package align

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
)

// prepareQuoted prepares text whose direct quotations are the runs between
// pairs of straight double quotation marks, with the numbers and dates the
// facts stage reads in it.
func prepareQuoted(a *Aligner, text string) Prepared {
	var qs []Span
	for i := 0; ; {
		open := strings.IndexByte(text[i:], '"')
		if open < 0 {
			break
		}
		start := i + open + 1
		end := strings.IndexByte(text[start:], '"')
		if end < 0 {
			break
		}
		qs = append(qs, Span{Start: start, End: start + end})
		i = start + end + 1
	}
	doc := segment.Segment(text)
	var values []Value
	for _, f := range facts.New(lexicon.New()).Extract(doc, time.Time{}) {
		if f.Type == facts.Number || f.Type == facts.Date {
			key := f.Type.String() + f.Value
			if f.Type == facts.Date && f.When.Month > 0 {
				key = fmt.Sprintf("date %02d-%02d", f.When.Month, f.When.Day) // as the compare stage keys them: "late March" is March
			}
			values = append(values, Value{Span: Span{Start: f.Start, End: f.End}, Key: key, Figure: f.Type == facts.Number, Describes: facts.AgeBesideName(doc.Text, f)})
		}
	}
	return a.Prepare(doc, Quoting{Quotations: qs}, values)
}

// alignTexts aligns two texts prepared by prepareQuoted with the default
// options.
func alignTexts(t *testing.T, a *Aligner, left, right string) []Alignment {
	t.Helper()
	got, err := a.Align(context.Background(), prepareQuoted(a, left), prepareQuoted(a, right), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestKinds(t *testing.T) {
	const quote = `"The target for August is to have a framework in place, a framework agreed, for a political transition,"`
	tests := []struct {
		name        string
		left, right string
		want        Kind
	}{
		{
			name:  "the same words",
			left:  quote + " a senior State Department official told reporters.",
			right: quote + " a senior State Department official told reporters.",
			want:  Identical,
		},
		{
			name:  "the same quotation credited differently",
			left:  quote + " a senior State Department official told reporters in Vienna ahead of the meeting.",
			right: quote + " a senior U.S. State Department official was quoted as saying by AFP.",
			want:  Identical,
		},
		{
			name:  "the quotation edited",
			left:  quote + " a senior State Department official told reporters.",
			right: `"The target for August is to have a framework agreed for a political transition," a senior State Department official told reporters.`,
			want:  NearIdentical,
		},
		{
			name:  "numbers written another way",
			left:  "The firm employs some 12,000 people in 30 countries.",
			right: "The firm employs about 12,000 people in thirty countries.",
			want:  NearIdentical,
		},
		{
			name:  "one figure changed in a short sentence",
			left:  "The minister resigned on Monday after a week of protests.",
			right: "The minister resigned on May 16 after a week of protests.",
			want:  NearIdentical,
		},
		{
			name:  "British and American spellings",
			left:  "The programme would help the organisation recognise its favourite partners.",
			right: "The program would help the organization recognize its favorite partners.",
			want:  NearIdentical,
		},
		{
			name:  "the same content words rearranged",
			left:  "Economists had expected the rate increase from the central bank.",
			right: "The rate increase from the central bank had been widely expected by economists.",
			want:  Paraphrase,
		},
		{
			name:  "a short quotation in a longer sentence",
			left:  `Kerry called the plan "a framework" after talks with Saudi officials in Jeddah on Monday.`,
			right: `Kerry called the plan "a framework" after talks with Saudi officials in Jeddah on Monday, and said rebel groups would return to Geneva once the ceasefire held across Aleppo and Homs.`,
			want:  Partial,
		},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alignTexts(t, a, tt.left, tt.right)
			if len(got) != 1 {
				t.Fatalf("Align(%q, %q) = %d alignments, want 1", tt.left, tt.right, len(got))
			}
			if got[0].Kind != tt.want {
				t.Errorf("Align(%q, %q) kind = %v, want %v", tt.left, tt.right, got[0].Kind, tt.want)
			}
		})
	}
}

func TestContentSharedOutOverAdjacentSentences(t *testing.T) {
	const (
		two = "Kerry called the deal a step forward. Lavrov welcomed it in Moscow."
		one = "Russian Foreign Minister Sergei Lavrov welcomed the agreement in Moscow, while U.S. Secretary of State John Kerry described the deal as a step forward."
	)
	tests := []struct {
		name        string
		left, right string
		want        [][2][]int // left and right sentences of each alignment
	}{
		{"two short left, one long right", two, one, [][2][]int{{{0, 1}, {0}}}},
		{"one long left, two short right", one, two, [][2][]int{{{0}, {0, 1}}}},
		{
			"a short clause split off",
			"Diplomats from all sides warned against hopes for a rapid breakthrough in Lausanne, and Moscow showed no sign of softening its strong support for Syrian President Bashar al-Assad.",
			"Diplomats on all sides cautioned against hopes of a quick breakthrough. Moscow gave no sign it would soften its support for Syrian President Bashar al-Assad.",
			[][2][]int{{{0}, {0, 1}}},
		},
		{
			"a short neighbour that shares a word",
			"Moscow showed no sign of softening its strong support for Syrian President Bashar al-Assad, diplomats in Lausanne said.",
			"Moscow gave no sign it would soften its support for Syrian President Bashar al-Assad. Diplomats said the hotel in Lausanne was full.",
			[][2][]int{{{0}, {0}}},
		},
		{
			"the other half restating a figure",
			"Regulators closed Silicon Valley Bank on Friday. The FDIC said it had created a new bank, the Deposit Insurance National Bank of Santa Clara, to hold the insured deposits of SVB, which had $209 billion in assets at the end of 2022. Its shares fell 60% on Thursday.",
			"Regulators closed Silicon Valley Bank on Friday. The FDIC said it had set up the Deposit Insurance National Bank of Santa Clara to protect insured depositors. The bank had $212 billion in assets at the end of last year, according to the FDIC. The shares plunged 60% on Thursday.",
			[][2][]int{{{0}, {0}}, {{1}, {1, 2}}, {{2}, {3}}},
		},
		{
			"a short sentence that one clause of a long one became",
			"The British maritime security agency UKMTO said a vessel reported an explosion about 57 nautical miles south-west of the port of Hodeidah. No injuries were reported, it said.",
			"Britain's UK Maritime Trade Operations agency said a ship had reported an explosion about 76 nautical miles southwest of Hodeidah, but that no injuries were reported.",
			[][2][]int{{{0, 1}, {0}}},
		},
		{
			"adjacent but unrelated",
			"Kerry flew home. Markets fell in Tokyo.",
			"Russian Foreign Minister Sergei Lavrov welcomed the agreement in Moscow, while U.S. Secretary of State John Kerry described the deal as a step forward.",
			nil,
		},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alignTexts(t, a, tt.left, tt.right)
			var links [][2][]int
			for _, al := range got {
				links = append(links, [2][]int{al.Left, al.Right})
			}
			if d := cmp.Diff(tt.want, links); d != "" {
				t.Errorf("Align(%q, %q) links (-want +got):\n%s", tt.left, tt.right, d)
			}
		})
	}
}

func TestNumbersAlignByValue(t *testing.T) {
	tests := []struct {
		name, left, right string
		minSimilarity     float64
	}{
		{"a multiplier and separators", "The agency said 1.5 million children were vaccinated in Yemen.", "Some 1,500,000 children were vaccinated in Yemen, the agency said.", 0.8},
		{"number words and digits", "Three people were killed and 12 wounded.", "3 people died and a dozen were injured.", 0.35},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alignTexts(t, a, tt.left, tt.right)
			if len(got) != 1 || got[0].Similarity < tt.minSimilarity {
				t.Errorf("Align(%q, %q) = %+v, want one alignment of similarity %.2f or more", tt.left, tt.right, got, tt.minSimilarity)
			}
		})
	}
}

func TestSortedValues(t *testing.T) {
	v := func(start, end int, key string) Value { return Value{Span: Span{Start: start, End: end}, Key: key} }
	got := sortedValues([]Value{v(39, 41, "#30"), v(17, 28, "#12000"), v(20, 25, "#12"), v(50, 60, "@--10-15")})
	want := []Value{v(17, 28, "#12000"), v(39, 41, "#30"), v(50, 60, "@--10-15")}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sortedValues (-want +got):\n%s", d)
	}
}

// TestHeadingsAreNotJoined checks that a heading is not joined to a sentence as
// part of a split, however many words it shares with the other side.
func TestHeadingsAreNotJoined(t *testing.T) {
	a := New(lexicon.New())
	got := alignTexts(t, a, "What we know so far\n\nNo group has claimed responsibility for the attack.",
		"Nobody has claimed responsibility for the attack so far.")
	want := []Alignment{{Left: []int{1}, Right: []int{0}}}
	if d := cmp.Diff(want, got, cmpopts.IgnoreFields(Alignment{}, "Similarity", "Kind")); d != "" {
		t.Errorf("Align (-want +got):\n%s", d)
	}
}

// TestJoinedViewsAreBounded checks that an article keeps at most
// maxJoinedPerSentence readings of joined sentences per sentence, however many
// groups it is judged in, and still reads the others.
func TestJoinedViewsAreBounded(t *testing.T) {
	a := New(lexicon.New())
	p := prepareQuoted(a, "One met two. Three met four. Five met six. Seven met eight.")
	buf := &sideScratch{match: make([]int32, len(p.vocab))}
	matchVocabularies(p.vocab, p.vocab, buf.match, make([]int32, len(p.vocab)))
	s := weighAll(p, p.vocab, newIDF(p, p), buf)
	var groups [][]int
	for i := range 4 {
		for j := i + 1; j < 4; j++ {
			groups = append(groups, []int{i, j})
			for k := j + 1; k < 4; k++ {
				groups = append(groups, []int{i, j, k})
			}
		}
	}
	for _, g := range groups {
		if a.view(s, g) == nil {
			t.Fatalf("no view of %v", g)
		}
	}
	kept := 0
	p.joined.views.Range(func(any, any) bool { kept++; return true })
	if want := maxJoinedPerSentence * 4; kept != want || len(groups) <= want {
		t.Errorf("kept %d views of %d groups, want %d", kept, len(groups), want)
	}
}

// TestRepeatedParagraphsAlign checks that an article repeating one paragraph
// hundreds of times, which puts every term over the posting cap, still aligns
// with a copy of itself sentence by sentence.
func TestRepeatedParagraphsAlign(t *testing.T) {
	text := strings.Repeat("The talks in Vienna ended without a deal on Friday, officials said.\n\n", maxPosting+50)
	got := alignTexts(t, New(lexicon.New()), text, text)
	if len(got) != maxPosting+50 {
		t.Fatalf("Align gave %d alignments, want %d", len(got), maxPosting+50)
	}
	for k, a := range got {
		if len(a.Left) != 1 || len(a.Right) != 1 || a.Left[0] != k || a.Right[0] != k || a.Kind != Identical {
			t.Fatalf("alignment %d = %+v, want sentence %d with sentence %d, identical", k, a, k, k)
		}
	}
}

// TestAnchoredLeftovers checks that two sentences left over, each the other's
// best partner, are linked below the threshold when they state the same figure
// or the same thing with different figures, and not otherwise.
func TestAnchoredLeftovers(t *testing.T) {
	const first = "Acme Corp shares fell sharply after the forecast cut.\n\n"
	tests := []struct {
		name, left, right string
		linked            bool
	}{
		{"a figure and a month shared",
			"Acme, which employs 45,000 people worldwide, said it would cut 1,200 jobs by the end of March.",
			"The company, with a staff of 45,000, plans to eliminate 1,500 positions in March.", true},
		{"neither shared",
			"Acme said it would cut many jobs soon.",
			"The company plans to eliminate positions soon.", false},
		{"the same but for the figures",
			"The benefit levelled off above about 9,000 steps for older adults, the study found.",
			"For people over 60, the benefit leveled off at around 8,000 steps.", true},
		{"the same but for the day",
			"Hungary had initially objected to the package but dropped its opposition late on Sunday, two diplomats told Reuters.",
			"According to one diplomat, Hungary withdrew its objections on Saturday.", true},
		{"one day shared and nothing else",
			"Police said the centre would stay closed on Sunday while officers searched the building.",
			"Police said a man who was injured in the attack had been released from hospital on Sunday.", false},
		{"one figure shared and nothing else",
			"Acme slipped 1.7% after the event.",
			"The company closed down 1.7% on Tuesday.", true},
		{"one name and the age beside it shared",
			"Sinner, 23, dropped the first set but broke his rival's serve early in the second.",
			"\"It's very special,\" said Sinner, 23.", false},
		{"one precise figure shared in a long sentence",
			"Millions across the region watched as the moon passed in front of the sun, plunging a narrow strip of three countries into darkness for up to 4 minutes and 28 seconds.",
			"At its longest, totality lasted 4 minutes and 28 seconds.", true},
		{"one round figure shared in a long sentence",
			"Millions across the region watched as the moon passed in front of the sun, plunging a narrow strip of three countries into darkness for up to 4 minutes.",
			"At its longest, totality lasted 4 minutes.", false},
		{"different figures of different things",
			"The benefit was measured over 9,000 steps for older adults, the study found.",
			"About 60 people left the trial after 8 weeks, citing the cost of the trackers.", false},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := a.Align(context.Background(), prepareCredited(a, first+tt.left), prepareCredited(a, first+tt.right), Options{})
			if err != nil {
				t.Fatal(err)
			}
			linked := len(got) == 2 && got[1].Left[0] == 1 && got[1].Right[0] == 1
			if linked != tt.linked {
				t.Fatalf("Align = %+v, second sentences linked %v, want %v", got, linked, tt.linked)
			}
			if linked && got[1].Similarity >= DefaultMinSimilarity {
				t.Errorf("similarity %.2f, want a link below the threshold %.2f, which only this rule makes", got[1].Similarity, DefaultMinSimilarity)
			}
		})
	}
}

// TestOneSentenceGap checks that the one sentence a side between two links
// links on a likeness below what a longer gap needs: where it stands leaves
// no other partner.
func TestOneSentenceGap(t *testing.T) {
	left := `UnitedHealth said in a regulatory filing that it suspected a "nation-state" associated cybersecurity threat actor had gained access to some of Change Healthcare's systems on Feb. 21.
The company said it had isolated the affected systems and that it did not expect the incident to have a material impact on its financial results.
Change Healthcare processes about 15 billion transactions a year, according to its website.`
	right := `In a filing with the Securities and Exchange Commission, UnitedHealth said it believed a suspected nation-state hacker had breached the systems on Wednesday.
UnitedHealth said it had disconnected the affected systems and did not think the attack would hurt its earnings.
Change handles 15 billion health care transactions annually, the company says on its website.`
	a := New(lexicon.New())
	got, err := a.Align(context.Background(), prepareCredited(a, left), prepareCredited(a, right), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(got, func(a Alignment) bool { return slices.Equal(a.Left, []int{1}) && slices.Equal(a.Right, []int{1}) }) {
		t.Errorf("alignments %+v, want the middle sentences linked", got)
	}
}

// TestGapBoundByALaterLink checks that a link made after the pass over the
// gaps between links, here the last sentences of both reports linked on
// their place, bounds a gap of its own: the sentences before it, which say
// the same in other words, link as those of any gap do.
func TestGapBoundByALaterLink(t *testing.T) {
	left := `In two clinical trials involving 196 women, those who took the pill showed greater improvement in their symptoms after 15 days than those given a placebo, the FDA said.
The label will carry a warning that the drug can impair a person's ability to drive, the agency added.
Sage shares fell 35% to $13.42 in extended trading after the FDA declined to approve the drug for major depressive disorder, the broader form of the illness.
Analysts at Jefferies said the rejection for major depression was a "big blow" to the companies, which had hoped the drug could reach sales of $1 billion a year.
Biogen said it expected the pill to be available in the fourth quarter.`
	right := `In a study of 195 women, those who took the drug had fewer symptoms of depression after 15 days than those who took a dummy pill, according to the FDA.
The drug's label will warn that it can affect people's ability to drive and perform other dangerous activities, officials said.
Sage shares plunged more than 30% in after-hours trading because the FDA did not approve the drug for major depression, a much larger market.
The rejection was a "significant blow" to the drugmakers, Jefferies analyst Akash Tewari wrote in a note to clients.
Biogen expects to launch the pill later this year, a company spokesperson said.`
	a := New(lexicon.New())
	got := alignTexts(t, a, left, right)
	if len(got) != 5 {
		t.Fatalf("got %d alignments, want every sentence linked in order: %+v", len(got), got)
	}
	for k, g := range got {
		if !slices.Equal(g.Left, []int{k}) || !slices.Equal(g.Right, []int{k}) {
			t.Errorf("alignment %d links %v to %v, want %d to %d", k, g.Left, g.Right, k, k)
		}
	}
}

// TestUnrelatedShareAMonthAndACount checks that two stories no sentence of
// which links do not become one through a month and a small count that two
// of their sentences share.
func TestUnrelatedShareAMonthAndACount(t *testing.T) {
	a := New(lexicon.New())
	left := "Bank holds rates at 4%, signals cuts ahead\n\nConsumer price inflation stood at 3.8% in September, almost double the bank's 2% target."
	right := "Central bank trims key rate\n\nOfficials forecast only two rate cuts next year, compared with the four they had projected in September."
	got, err := a.Align(context.Background(), prepareCredited(a, left), prepareCredited(a, right), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("two stories: %d alignments %+v, want none", len(got), got)
	}
}

// TestLeftoversJudgedTheSame checks that two sentences left over, each the
// other's best partner and near the threshold, are linked when the paraphrase
// model is confident they say the same, and that two that say different
// things are not.
func TestLeftoversJudgedTheSame(t *testing.T) {
	const story = "Toyota recalls 1.2 million vehicles over airbag sensor fault\n\n" +
		"Toyota said on Thursday it would recall about 1.2 million vehicles because a faulty sensor could stop airbags from deploying.\n\n" +
		"Dealers will replace the sensor free of charge.\n\n"
	const retold = "Toyota to recall 1.2 million vehicles on air bag risk\n\n" +
		"Toyota is recalling about 1.2 million vehicles because a faulty sensor could stop air bags from deploying, it said Thursday.\n\n" +
		"Dealers will replace the sensor at no cost.\n\n"
	tests := []struct {
		name, left, right string
		linked            bool
	}{
		{"the same in other words", "Toyota said it was not aware of any injuries or deaths linked to the problem.",
			"The company said it knew of no injuries or deaths related to the sensors.", true},
		{"other things", "Toyota said it was not aware of any injuries or deaths linked to the problem.",
			"The company said sales of its hybrid cars had risen in every region.", false},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWeakLink(t, alignTexts(t, a, story+tt.left, retold+tt.right), 3, tt.linked)
		})
	}
}

// checkWeakLink checks that sentence k of the left is linked with sentence k
// of the right, alone, if and only if want, and that such a link lies below
// the threshold, where only the rule under test makes it.
func checkWeakLink(t *testing.T, got []Alignment, k int, want bool) {
	t.Helper()
	i := slices.IndexFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{k}) })
	linked := i >= 0 && slices.Equal(got[i].Right, []int{k})
	if linked != want {
		t.Fatalf("Align = %+v, sentences %d linked %v, want %v", got, k, linked, want)
	}
	if linked && got[i].Similarity >= DefaultMinSimilarity {
		t.Errorf("similarity %.2f, want a link below the threshold %.2f, which only the rule under test makes", got[i].Similarity, DefaultMinSimilarity)
	}
}

// TestFurnitureAloneDoesNotLink checks that two unrelated stories that share a
// publisher's footer have no alignment, while related ones keep theirs.
func TestFurnitureAloneDoesNotLink(t *testing.T) {
	const footer = "\n\nReporting by Jane Doe\n\nOur Standards: The Thomson Reuters Trust Principles."
	a := New(lexicon.New())
	if got := alignTexts(t, a, "Voters in Portugal handed the alliance a narrow victory."+footer,
		"A passenger plane crashed shortly after take-off from Nairobi."+footer); len(got) != 0 {
		t.Errorf("unrelated stories with one footer: %d alignments, want none", len(got))
	}
	got := alignTexts(t, a, "Voters in Portugal handed the alliance a narrow victory."+footer,
		"Portugal's voters handed the centre-right alliance a narrow victory."+footer)
	if len(got) != 3 {
		t.Errorf("related stories with one footer: %d alignments, want the story's, the credit line's and the footer's", len(got))
	}
}

// TestAcronymsMeetTheirNames checks that a name written in full and its
// acronym share a term, that an acronym is not taken for the word it spells
// ("WHO", "US"), and that a people's word stands for its country.
func TestAcronymsMeetTheirNames(t *testing.T) {
	a := New(lexicon.New())
	has := func(text, want string) bool {
		b := terms(segment.Segment(text).Sentences[0], nil, nil, a.lex, a.stems.stem, a.synonyms)
		return slices.ContainsFunc(b, func(x term) bool { return x.text == want })
	}
	tests := []struct {
		text, term string
		want       bool
	}{
		{"The IMF lowered its forecast.", "imf", true},
		{"The International Monetary Fund cut its forecast.", "imf", true},
		{"Measles cases rose, the WHO said.", "who", true},
		{"Measles cases rose, the World Health Organization said.", "who", true},
		{"Officials who spoke said cases rose.", "who", false},
		{"US and UK troops joined the exercise.", "us", true},
		{"Troops from the United States joined the exercise.", "us", true},
		{"Shares of Infineon fell.", "si", false},
		{"Troops from France and Germany joined.", "fg", false},
		{"BREAKING NEWS FROM THE WHO", "who", false},
		{"EU slaps sanctions on Iranians.", "iran", true},
		{"The Iranian foreign ministry objected.", "iran", true},
		{"American troops left.", "united states", false},
	}
	for _, tt := range tests {
		if got := has(tt.text, tt.term); got != tt.want {
			t.Errorf("terms of %q hold %q: %v, want %v", tt.text, tt.term, got, tt.want)
		}
	}
	got := alignTexts(t, a, "The IMF lowered its growth forecast for Germany.", "The International Monetary Fund cut its growth forecast for Germany.")
	if len(got) != 1 || got[0].Similarity < 0.45 {
		t.Errorf("IMF / International Monetary Fund: %+v, want one alignment of similarity 0.45 or more", got)
	}
}

// TestSplitPartsStandNear checks that a sentence joins a group as the other
// part of a split only from near the group's sentences: the same words nine
// sentences on are the story going on, not the rest of the sentence.
func TestSplitPartsStandNear(t *testing.T) {
	fillers := []string{"Markets in Asia were closed for a holiday.", "The weather in the capital stayed cold.",
		"A football match was postponed after heavy rain.", "Schools reopened after the strike ended.",
		"Fuel prices rose for a third week.", "A new bridge opened over the river.",
		"The museum unveiled a rare painting.", "Farmers protested against import quotas."}
	right := "The envoys met in Vienna on Tuesday and agreed to renew the truce in Syria.\n\n" + strings.Join(fillers, "\n\n")
	a := New(lexicon.New())
	for _, gap := range []int{1, 8} {
		left := []string{"The envoys met in Vienna on Tuesday."}
		left = append(left, fillers[:gap]...)
		left = append(left, "They agreed to renew the truce in Syria.")
		got := alignTexts(t, a, strings.Join(left, "\n\n"), right)
		i := slices.IndexFunc(got, func(x Alignment) bool { return slices.Equal(x.Right, []int{0}) })
		joined := i >= 0 && slices.Contains(got[i].Left, gap+1)
		if want := gap+1 <= maxAttachDistance; joined != want {
			t.Errorf("second part %d sentences on: joined %v, want %v (%+v)", gap+1, joined, want, got)
		}
	}
}

// TestHeadlinesLink checks that the headlines two reports of one story open
// with are linked however few words they share, and that headlines alone do
// not make two stories one.
func TestHeadlinesLink(t *testing.T) {
	const body = "The International Monetary Fund on Tuesday cut its forecast for global growth this year to 2.8 percent.\n\n" +
		"The fund's chief economist said the world was entering a new era."
	const other = "A passenger plane crashed shortly after take-off from Nairobi on Tuesday.\n\n" +
		"Rescue teams reached the site within an hour."
	a := New(lexicon.New())
	got := alignTexts(t, a, "IMF cuts global growth forecast, warns of trade risks\n\n"+body,
		"IMF slashes world growth outlook on tariffs\n\n"+body)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{0}) && slices.Equal(x.Right, []int{0}) }) {
		t.Errorf("one story: headlines not linked: %+v", got)
	}
	if got := alignTexts(t, a, "IMF cuts global growth forecast\n\n"+body, "IMF staff fly to Nairobi\n\n"+other); len(got) != 0 {
		t.Errorf("two stories: %d alignments, want none: %+v", len(got), got)
	}
	const lead = "Ukraine's President Volodymyr Zelensky said on Sunday that he would never give up land for peace."
	got = alignTexts(t, a, "Zelensky says Ukraine will not cede territory\n\n"+lead, "Zelenskiy rules out giving up land for peace\n\n"+lead)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{0}) && slices.Equal(x.Right, []int{0}) }) {
		t.Errorf("one name spelt two ways: headlines not linked: %+v", got)
	}
	got = alignTexts(t, a, "Global IT outage grounds flights, disrupts banks\n\n"+body, "CrowdStrike update sparks worldwide tech meltdown\n\n"+body)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{0}) && slices.Equal(x.Right, []int{0}) }) {
		t.Errorf("no word in common over linked leads: headlines not linked: %+v", got)
	}
}

// TestPronounSentences checks where a sentence that opens with a pronoun goes:
// with the passage the sentence before it aligns with ("He" is who that
// sentence spoke of), and with the sentence it was split off when it says
// nothing else ("They differ on many global issues." is part of "Although they
// differ on many global issues, Kerry and Lavrov will chair the meeting").
func TestPronounSentences(t *testing.T) {
	tests := []struct {
		name, left, right string
		pronoun, partner  int  // right sentences: the one opening with a pronoun, the one it belongs with
		mustAlign         bool // whether the pronoun's sentence must align at all
	}{
		{"stays with the sentence it goes on from",
			"Prosecutors had sought a two-year prison term for Kelly, 65, who has denied wrongdoing.\n\n" +
				"Ghosn, who fled Japan in 2019 hidden in a box for audio equipment, has said he is innocent.",
			"Prosecutors had demanded a two-year sentence for Kelly.\n\n" +
				"Ghosn fled to Lebanon in late 2019, hidden in an audio equipment box. He denies wrongdoing.",
			2, 1, false},
		{"joins the part it was split off",
			"Envoys of world's leading countries are meeting today in Vienna to save the Syrian peace talks. " +
				"Although they differ on many global issues, US Secretary of State John Kerry and his Russian counterpart Sergei Lavrov will chair the meeting.",
			"Envoys of world's leading countries are meeting today in Vienna to save the Syrian peace talks. " +
				"They differ on many global issues. But US Secretary of State John Kerry and his Russian counterpart Sergei Lavrov will chair the meeting.",
			1, 2, true},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alignTexts(t, a, tt.left, tt.right)
			k := slices.IndexFunc(got, func(al Alignment) bool { return slices.Contains(al.Right, tt.pronoun) })
			switch {
			case k < 0 && tt.mustAlign:
				t.Errorf("alignments %+v leave right sentence %d out", got, tt.pronoun)
			case k >= 0 && !slices.Contains(got[k].Right, tt.partner):
				t.Errorf("alignment %+v takes right sentence %d away from sentence %d", got[k], tt.pronoun, tt.partner)
			}
		})
	}
}

// prepareCredited prepares text as prepareQuoted does, with the attributions
// the quotes stage finds in it.
func prepareCredited(a *Aligner, text string) Prepared {
	p := prepareQuoted(a, text)
	var q Quoting
	for _, x := range quotes.New(lexicon.New()).Extract(p.doc) {
		if x.Direct {
			q.Quotations = append(q.Quotations, Span{Start: x.Start, End: x.End})
		}
		if at := x.Attribution; at.Found() && at.End > at.Start {
			q.Attributions = append(q.Attributions, Span{Start: at.Start, End: at.End})
		}
	}
	return a.Prepare(p.doc, q, p.values)
}

// TestSameSourceLeftovers checks that a sentence left over that relays a
// source's claims links to the sentences of the other report, near each
// other, that credit the same source with them in other words, and that
// neither a shared source without shared content, nor shared content without
// a shared source, nor articles otherwise unrelated, make a link.
func TestSameSourceLeftovers(t *testing.T) {
	const (
		first = "Envoys of the 17-nation group met in Vienna on Tuesday to save the Syrian peace talks.\n\n"
		other = "A passenger plane crashed shortly after take-off from Nairobi on Tuesday.\n\n"
		said  = "The official added that the opposition coalition had been more open about how they would like to see the deal negotiated but Assad's people, while publicly backing talks, have not engaged."
		open  = "The rebel groups, Agence France Presse quoted U.S. officials as saying, have been more open to talks for peace."
		aside = "Kerry was in Jeddah over the weekend to ensure that Saudi-backed fighters stay in the negotiations, the Guardian reported."
		assad = "Assad, despite showing that he was in favour of the peace talks, has not taken any concrete steps towards it, the U.S. officials said."
	)
	tests := []struct {
		name        string
		left, right string
		want        [2][]int // the left and right sentences linked by this rule, if any
	}{
		{"one claim relayed in two sentences, another between",
			first + said, first + open + " " + aside + " " + assad, [2][]int{{1}, {1, 3}}},
		{"the same the other way round",
			first + open + " " + aside + " " + assad, first + said, [2][]int{{1, 3}, {1}}},
		{"no source credited on one side",
			first + said, first + "The rebel groups have been more open to talks for peace. " + aside, [2][]int{}},
		{"words in common only where one side credits its source",
			first + "BRUSSELS, Oct 16 (Reuters) - European Union foreign ministers agreed on Monday to impose sanctions on eight Iranian officials and three companies accused of supplying drones to Russia, diplomats said.",
			first + "A Western diplomat told Reuters the deal was fragile, while a Russian official said it would hold.", [2][]int{}},
		{"one source, two claims that share two words",
			first + "Police said the driver of the car was taken to hospital with minor injuries.",
			first + "Police said two passengers in the bus were taken to hospital.", [2][]int{}},
		{"unrelated articles",
			other + said, "A storm hit the coast on Monday.\n\n" + open + " " + assad, [2][]int{}},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLinkedAfterLeads(t, a, tt.left, tt.right, tt.want)
		})
	}
}

// TestCountQuoted checks the words counted inside quotations, where the
// quotations open and close around, before and after the tokens counted.
func TestCountQuoted(t *testing.T) {
	tests := []struct {
		text         string
		quoted, word int
	}{
		{`No quotation here.`, 0, 3},
		{`"All of it quoted."`, 4, 4},
		{`He said "two words" and "three more words" today.`, 5, 9},
		{`"Before," he said, "and after."`, 3, 5},
	}
	for _, tt := range tests {
		p := prepareQuoted(New(lexicon.New()), tt.text)
		toks := p.doc.Tokens([]int{0})
		// The quotations start before and end after the sentence too.
		for _, qs := range [][]Span{p.quotations, append([]Span{{Start: -10, End: -5}}, append(p.quotations, Span{Start: 1000, End: 1010})...)} {
			if q, w := countQuoted(toks, qs); q != tt.quoted || w != tt.word {
				t.Errorf("countQuoted(%q) = %d quoted of %d words, want %d of %d", tt.text, q, w, tt.quoted, tt.word)
			}
		}
	}
}

// TestHeadlineDoesNotTakeTheLead checks that where both articles open with a
// headline, the headlines link to each other and the leads to each other: a
// headline whose words the other's lead holds reaches the threshold against
// that lead only at crossHeadingShare of its similarity, and one that the
// choice of links still gave the other's lead goes back to the other's
// headline where the other headline and its own lead are free and alike.
func TestHeadlineDoesNotTakeTheLead(t *testing.T) {
	tests := []struct{ name, left, right string }{
		{"a headline whose words the other's lead holds",
			"Boeing chief executive Dave Calhoun to step down at end of year\n\n" +
				"Boeing Co said on Monday that Chief Executive Dave Calhoun would step down at the end of 2024, as the planemaker grapples with a safety crisis after a door panel blew off a 737 MAX jet in January.",
			"Boeing CEO to exit as planemaker shakes up leadership\n\n" +
				"Boeing's chief executive, Dave Calhoun, will leave the company at the end of the year, the aerospace giant announced on Monday, in a sweeping management shake-up following the January 5 mid-air blowout on an Alaska Airlines 737 MAX 9."},
		{"a headline the choice of links gave the other's lead",
			"UK inflation falls to 2% for first time in nearly three years\n\n" +
				"British inflation fell to the Bank of England's 2% target in May for the first time in nearly three years, official data showed on Wednesday, a boost for Prime Minister Rishi Sunak two weeks before a national election.",
			"UK inflation hits Bank of England's 2% target\n\n" +
				"UK inflation has fallen to 2%, hitting the Bank of England's target for the first time in almost three years."},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := a.Align(context.Background(), prepareCredited(a, tt.left), prepareCredited(a, tt.right), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var links [][2][]int
			for _, al := range got {
				links = append(links, [2][]int{al.Left, al.Right})
			}
			if d := cmp.Diff([][2][]int{{{0}, {0}}, {{1}, {1}}}, links); d != "" {
				t.Errorf("links (-want +got):\n%s", d)
			}
		})
	}
}

// TestSameQuoteLeftovers checks that two sentences left over that quote the
// same words link however little else they share, and that a quotation of one
// content word, one quoted twice on a side, or one in otherwise unrelated
// articles does not link.
func TestSameQuoteLeftovers(t *testing.T) {
	const (
		first = "Train drivers will strike for three days from Tuesday, the union said.\n\n"
		left  = `Transport Secretary Mark Harper called the strike "completely unnecessary" and urged the union to put the offer to its members.`
		right = `Mr Harper described the walkout as "completely unnecessary".`
	)
	tests := []struct {
		name, left, right string
		want              [2][]int
	}{
		{"one quotation on each side", first + left, first + right, [2][]int{{1}, {1}}},
		{"a quotation of one content word", first + `Harper called the strike "unnecessary" and urged the union to vote.`,
			first + `Mr Harper described the walkout as "unnecessary".`, [2][]int{}},
		{"the same words quoted twice on one side", first + left, first + right + " " + `Others said a walkout was "completely unnecessary".`, [2][]int{}},
		{"unrelated articles", "A storm hit the coast on Monday.\n\n" + left, "Shares fell in Tokyo.\n\n" + right, [2][]int{}},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLinkedAfterLeads(t, a, tt.left, tt.right, tt.want)
		})
	}
}

// checkLinkedAfterLeads aligns two texts prepared with their attributions and
// checks that the alignment of sentences after the first on both sides links
// want (its left and right sentences; none if empty).
func checkLinkedAfterLeads(t *testing.T, a *Aligner, left, right string, want [2][]int) {
	t.Helper()
	got, err := a.Align(context.Background(), prepareCredited(a, left), prepareCredited(a, right), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var linked [2][]int
	for _, al := range got {
		if al.Left[0] != 0 && al.Right[0] != 0 {
			linked = [2][]int{al.Left, al.Right}
		}
	}
	if !slices.Equal(linked[0], want[0]) || !slices.Equal(linked[1], want[1]) {
		t.Errorf("linked %v, want %v (alignments %+v)", linked, want, got)
	}
}

// TestLeftoversBetweenLinks checks that two sentences left over that each
// stand alone between the same two links are linked when they share enough,
// also where one side has one sentence more there, and not when they share
// too little or when the links around them differ.
func TestLeftoversBetweenLinks(t *testing.T) {
	const (
		before = "Telvora said on Tuesday that hackers had stolen the personal data of about 4.2 million customers, including bank details.\n\n"
		after  = "\n\n\"We are deeply sorry that this has happened,\" Chief Executive Sarah Whitfield said in a statement.\n\n" +
			"Shares in Telvora fell 6.5% in early trading in London."
		detected   = "The company said the attack was detected on Feb. 27 and that it had since shut down the affected systems and informed the regulator."
		discovered = "The attack was discovered on February 26, the company said, adding that it had closed off the systems involved and notified the data protection watchdog."
	)
	tests := []struct {
		name, left, right string
		linked            bool
	}{
		{"the same in other words", before + detected + after, before + discovered + after, true},
		{"too little in common", before + detected + after,
			before + "Analysts said the company would struggle to win back trust after a year of outages." + after, false},
		{"one sentence more on one side", before + detected + after,
			before + discovered + "\n\nIt hired forensic investigators to find out how the hackers got in." + after, true},
		{"one sentence more on one side, none alike", before + detected + after,
			before + "It hired forensic investigators to find out how the hackers got in.\n\n" +
				"Analysts said the company would struggle to win back trust after a year of outages." + after, false},
		{"not between the same links", before + detected + after,
			before + discovered, false},
		{"figures alike and a word in common", before + "Telvora was last down 4.1% at 212 pence on Tuesday." + after,
			before + "Telvora slid 3.8% to 209p." + after, true},
		{"figures alike and no word in common", before + "Regulators expect fines of up to 4% of turnover, or 90 million pounds." + after,
			before + "Telvora slid 3.8% to 209p." + after, false},
		{"a day taken for another and a word in common", before + "Some employees will be notified on Wednesday." + after,
			before + "At the end of June, it had 18,000 employees across its seven markets." + after, false},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWeakLink(t, alignTexts(t, a, tt.left, tt.right), 1, tt.linked)
		})
	}
}

// TestClosingSentencesLink checks that the last sentences of two reports
// that share a few links, each the other's best partner, link after the same
// last link below the threshold, on a figure or, where nothing follows, on
// words; and not where the reports share too little, or one of them goes
// on.
func TestClosingSentencesLink(t *testing.T) {
	const (
		lead = "Nvidia said on Wednesday that revenue rose 265% to $22.1 billion in the fourth quarter on demand for its artificial intelligence chips.\n\n" +
			"The company expects revenue of $24 billion in the current quarter, above analysts' estimates.\n\n" +
			"Revenue from its data center business jumped 409% to $18.4 billion.\n\n"
		shares = "Shares of the Santa Clara, California-based company rose 9% in extended trading."
		stock  = "Nvidia's stock gained 8% in after-hours trading."
	)
	tests := []struct {
		name, left, right string
		linked            bool
	}{
		{"both close on the market", lead + shares, lead + stock, true},
		{"both close on one figure, changed", lead + "Economists have warned that the spending plans leave a gap of about 17 billion euros that has yet to be filled.",
			lead + "The plan still has a hole of some 12 billion euros, according to economists.", true},
		{"both close on one figure, little else shared", lead + "Nvidia's shares closed at $118.42, their lowest since October.",
			lead + "Nvidia ended the day at $118.58.", true},
		{"both close on the currency, in other words", lead + "Sterling rose 0.2% against the dollar after the announcement.",
			lead + "The pound edged up after the decision.", true},
		{"the close shares no figure", lead + "Nvidia's shares closed lower, their lowest since October.",
			lead + "Nvidia ended the day down.", false},
		{"one goes on: each the other's best after the last link", lead + shares, lead + stock + "\n\nThe company will hold its annual meeting in June.", true},
		{"one goes on, the close sharing little", lead + "Nvidia's shares closed lower, their lowest since October.",
			lead + "Nvidia ended the day down.\n\nThe company will hold its annual meeting in June.", false},
		{"one link before", "Nvidia said on Wednesday that revenue rose 265% to $22.1 billion in the fourth quarter.\n\n" + shares,
			"Nvidia said on Wednesday that revenue rose 265% to $22.1 billion in the fourth quarter.\n\n" + stock, false},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := strings.Count(tt.left, "\n\n")
			checkWeakLink(t, alignTexts(t, a, tt.left, tt.right), k, tt.linked)
		})
	}
}

// TestLeftoversBetweenLinksInOrder checks that two sentences a side left over
// between the headlines and the next link are linked first with first and
// second with second, not both of one side with the other's first that
// shares a name with each.
func TestLeftoversBetweenLinksInOrder(t *testing.T) {
	checkCaseLinks(t, "hostages-freed", [][2][]int{{{1}, {1}}, {{2}, {2}}})
}

// checkCaseLinks aligns the articles of the case name in testdata/cases,
// prepared as the compare stage prepares them, and checks that every link
// of want is among the alignments.
func checkCaseLinks(t *testing.T, name string, want [][2][]int) {
	t.Helper()
	read := func(side string) string {
		b, err := os.ReadFile(filepath.Join("../../testdata/cases", name+"."+side+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a := New(lexicon.New())
	got, err := a.Align(context.Background(), prepareCredited(a, read("left")), prepareCredited(a, read("right")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, w[0]) && slices.Equal(x.Right, w[1]) }) {
			t.Errorf("no alignment of left %v with right %v; got %+v", w[0], w[1], got)
		}
	}
}

// TestWeakPairsFramedInANarrowGap checks that sentences each other's best
// partner between the same two links, four a side told in another order,
// link below framed's likeness when the paraphrase model or their figures
// say they tell the same ("The coast guard plane's captain was seriously
// hurt, ..." / "The coast guard said its pilot escaped but was badly
// injured.").
func TestWeakPairsFramedInANarrowGap(t *testing.T) {
	checkCaseLinks(t, "haneda-collision", [][2][]int{{{4}, {3}}, {{6}, {6}}})
	// Three links, the headlines' one of them, frame a gap as well: "It has
	// more than doubled in value this year and gained about 45% since the
	// U.S. election" / "Bitcoin has more than doubled in price since the
	// start of the year, and has risen more than 40% since Election Day."
	checkCaseLinks(t, "bitcoin-100k", [][2][]int{{{4}, {4}}})
}

// TestStatementSplitTwoWays checks that a statement both articles split in
// two, at different points, is one alignment of two sentences a side.
func TestStatementSplitTwoWays(t *testing.T) {
	const (
		first = "Sinner won the Wimbledon title on Sunday, beating Carlos Alcaraz in four sets.\n\n"
		last  = "\n\nAlcaraz had been unbeaten at the All England Club since 2022."
	)
	left := first + `"It's a dream come true. I'm very emotional," Sinner said on court after receiving the trophy from the Princess of Wales.` + last
	right := first + `"It's a dream come true," said Sinner, who was handed the trophy by the Princess of Wales. "I'm very emotional."` + last
	got := alignTexts(t, New(lexicon.New()), left, right)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{1, 2}) && slices.Equal(x.Right, []int{1, 2}) }) {
		t.Errorf("Align = %+v, want left [1 2] with right [1 2]", got)
	}
}

// TestOneWordDeepLinksAreBackground checks that two stories whose only links
// each share one word are not one story told twice, whatever share of their
// sentences those links hold.
func TestOneWordDeepLinksAreBackground(t *testing.T) {
	const (
		left  = "Dutch finance minister quits over tax scandal report\n\nPieter Vos resigned on Wednesday.\n\n\"The families deserved better from their government.\"\n\nHe was 54."
		right = "Wilders' party wins Dutch election in landslide\n\nTurnout was around 78%.\n\n\"We will govern.\"\n\nCoalition talks start next week."
	)
	if got := alignTexts(t, New(lexicon.New()), left, right); len(got) > 0 {
		t.Errorf("Align = %+v, want none", got)
	}
}

// TestWordsForOneThing checks that sentences telling one thing in words news
// writes for one another link ("shares fell" / "the stock dropped", "was
// arrested" / "was detained"), every form of a word taking its group's term.
func TestWordsForOneThing(t *testing.T) {
	tests := []struct {
		name, left, right string
		l, r              int // a sentence of each that must be linked together
	}{
		{"a share price",
			"CUPERTINO, Calif. (Reuters) - Apple Inc on Tuesday unveiled the iPhone 15 Pro, priced from $999, with a titanium frame and a faster A17 chip.\n\n" +
				"The phones go on sale on Sept. 22, Apple said.\n\n" +
				`"This is the best iPhone we have ever made," Chief Executive Tim Cook said at the company's headquarters.` + "\n\n" +
				"Apple shares fell 1.8% after the event.",
			"Apple unveiled its iPhone 15 Pro on Tuesday, starting at $999 and featuring a titanium body and the new A17 chip.\n\n" +
				"The devices will be available from September 22.\n\n" +
				`Apple CEO Tim Cook called it "the best iPhone we have ever made" at an event at the company's Cupertino, California, campus.` + "\n\n" +
				"The company's stock dropped nearly 2% following the presentation.",
			3, 3},
		{"an arrest",
			"A passenger train collided with a freight train near Larissa late on Tuesday, killing at least 36 people.\n\n" +
				"The station master in Larissa was arrested, police said.\n\n" +
				"Transport Minister Kostas Karamanlis resigned, saying he took responsibility for the state's failings.",
			"At least 36 people died when a passenger train hit a freight train near Larissa on Tuesday night.\n\n" +
				"Greece's transport minister, Kostas Karamanlis, stepped down, and the stationmaster in the nearby city of Larissa was detained.",
			1, 1},
		{"no accidents, no crashes",
			"Ford Motor is recalling nearly 1.9 million vehicles because the rearview camera image may fail to display.\n\n" +
				"A loose camera connector can cause the image to appear blank, the agency said.\n\n" +
				"Ford said it was not aware of any accidents or injuries related to the issue.\n\n" +
				"Dealers will replace the camera free of charge.",
			"Ford is recalling almost 1.9 million vehicles because the rearview camera image may not appear at all.\n\n" +
				"The company said it knows of no crashes or injuries caused by the problem.\n\n" +
				"Dealers will replace the cameras at no cost to owners.",
			2, 1},
	}
	a := New(lexicon.New())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := alignTexts(t, a, tt.left, tt.right)
			if !slices.ContainsFunc(got, func(g Alignment) bool { return slices.Contains(g.Left, tt.l) && slices.Contains(g.Right, tt.r) }) {
				t.Errorf("alignments %+v, want left %d with right %d", got, tt.l, tt.r)
			}
		})
	}
}

// TestThinLinksAreNoSign checks that a headline link one word deep ("dead" /
// "killing") does not make two stories one where the only other link is
// weak and few.
func TestThinLinksAreNoSign(t *testing.T) {
	left := "At least 41 migrants feared dead in shipwreck off Lampedusa\n\n" +
		"The four survivors told rescuers their boat had set off from Sfax on Thursday and capsized a few hours later.\n\n" +
		"The coast guard said it was searching the area.\n\nThe boat was carrying 45 people.\n\nMost were from Ivory Coast and Guinea."
	right := "Delia hits Louisiana with 150-mph winds, killing at least six\n\n" +
		"Hurricane Delia struck Louisiana early on Thursday as a Category 4 storm, forecasters said.\n\n" +
		"Power was cut to 400,000 homes.\n\nThe governor declared a state of emergency.\n\nSchools will stay closed until Monday."
	a := New(lexicon.New())
	if got := alignTexts(t, a, left, right); len(got) != 0 {
		t.Errorf("two stories: %d alignments %+v, want none", len(got), got)
	}
}

// TestWordsAloneAreNoSign checks that two stories of one kind whose links
// share a few words each, and no name or figure, are not one story, while
// a long quotation both give links however few names it holds.
func TestWordsAloneAreNoSign(t *testing.T) {
	fed := "Fed holds rates steady, signals no rush to cut\n\n" +
		"The Federal Reserve held interest rates steady on Wednesday, keeping its benchmark rate in the 4.25%-4.50% range.\n\n" +
		"\"We do not need to be in a hurry to adjust our policy stance,\" Fed Chair Jerome Powell told reporters.\n\n" +
		"The decision was unanimous."
	ecb := "ECB cuts rates again, keeps door open to more easing\n\n" +
		"The European Central Bank cut interest rates by a quarter point on Thursday, lowering its deposit rate to 2.75%.\n\n" +
		"\"The direction of travel is clear,\" ECB President Christine Lagarde told reporters.\n\n" +
		"The decision was unanimous, Lagarde said."
	a := New(lexicon.New())
	if got := alignTexts(t, a, fed, ecb); len(got) != 0 {
		t.Errorf("two stories: %d alignments %+v, want none", len(got), got)
	}
	envoy := "\"We have no time to lose. Every day of delay costs lives.\n\n" +
		"\"The parties must come to the table without preconditions,\" the envoy told a news conference.\n\nTalks resume next week."
	said := "\"We have no time to lose,\" the envoy said. \"Every day of delay costs lives. The parties must come to the table without preconditions.\"\n\nTalks resume next week."
	if got := alignTexts(t, a, envoy, said); len(got) == 0 {
		t.Error("one quotation given twice: no alignment, want it linked")
	}
}

// TestNoCommentIsNoSign checks that two stories that each close on someone's
// declining to comment, and credit unnamed sources alike, are not one story,
// while two reports of one story still link those closes.
func TestNoCommentIsNoSign(t *testing.T) {
	left := "Twitter CEO Parag Agrawal fired as Musk takes over\n\n" +
		"Oct 28 (Reuters) - Elon Musk has taken control of Twitter and fired its chief executive Parag Agrawal and chief financial officer Ned Segal, according to two people familiar with the matter.\n\n" +
		"Legal head Vijaya Gadde was also dismissed, one of the people said.\n\n" +
		"\"The bird is freed,\" Musk tweeted early on Friday.\n\n" +
		"Agrawal and Segal were escorted out of Twitter's San Francisco headquarters, the Washington Post reported, citing people familiar with the matter.\n\n" +
		"Twitter did not respond to a request for comment."
	right := "Microsoft in talks to buy Activision for $69 billion, sources say\n\n" +
		"Jan 18 (Reuters) - Microsoft Corp is in advanced talks to buy video game maker Activision Blizzard Inc for about $69 billion, two people familiar with the matter told Reuters on Tuesday.\n\n" +
		"The deal, which would be Microsoft's largest ever, could be announced as soon as Tuesday, one of the sources said, speaking on condition of anonymity because the talks are confidential.\n\n" +
		"Microsoft declined to comment. Activision did not immediately respond to a request for comment.\n\n" +
		"Activision shares jumped 38% in premarket trading.\n\n" +
		"Bloomberg News first reported the talks earlier on Tuesday."
	a := New(lexicon.New())
	if got := alignTexts(t, a, left, right); len(got) != 0 {
		t.Errorf("two stories: %d alignments %+v, want none", len(got), got)
	}
	same := strings.Replace(left, "Twitter did not respond", "Twitter did not reply", 1)
	if got := alignTexts(t, a, left, same); len(got) != strings.Count(left, "\n\n")+1 {
		t.Errorf("one story: %d alignments %+v, want every sentence linked", len(got), got)
	}
}

// TestContinuedQuote checks that a sentence that only carries on the
// quotation before it joins that sentence's link when the other report quotes
// the whole statement in one sentence, and that a quotation saying something
// else stays apart.
func TestContinuedQuote(t *testing.T) {
	left := "Dutch Prime Minister Rutte resigns after coalition collapses\n\n" +
		"THE HAGUE, July 7 (Reuters) - Dutch Prime Minister Mark Rutte said on Friday he would tender his government's resignation after his four-party coalition failed to agree on measures to curb immigration.\n\n" +
		`"It is no secret that the coalition partners have differing views on migration policy," Rutte told a news conference in The Hague. "Today, unfortunately, we have to conclude that those differences have become insurmountable."` + "\n\n" +
		"Rutte, 56, has been prime minister since 2010, making him the longest-serving leader in Dutch history.\n\n" +
		"An election is expected to take place in November, the election commission said."
	right := "Dutch government collapses over migration dispute\n\n" +
		"July 8, 2023\n\n" +
		"THE HAGUE, Netherlands (AP) — The Dutch government collapsed Friday after the four parties in the governing coalition could not reach agreement on how to rein in migration, Prime Minister Mark Rutte announced.\n\n" +
		`"It's no secret that the coalition partners think very differently about migration policy, and today we unfortunately have to draw the conclusion that those differences are irreconcilable," Rutte said at a televised news conference.` + "\n\n" +
		"Rutte, 55, has led the Netherlands since October 2010 and is the country's longest-serving premier.\n\n" +
		"New elections will likely be held in the fall, according to the Dutch election authority."
	a := New(lexicon.New())
	got := alignTexts(t, a, left, right)
	if !slices.ContainsFunc(got, func(g Alignment) bool { return slices.Equal(g.Left, []int{2, 3}) && slices.Equal(g.Right, []int{3}) }) {
		t.Errorf("alignments %+v, want left 2+3 with right 3", got)
	}
	other := strings.Replace(left, `"Today, unfortunately, we have to conclude that those differences have become insurmountable."`,
		`"We will hold elections in the autumn and I will not stand again."`, 1)
	got = alignTexts(t, a, other, right)
	if slices.ContainsFunc(got, func(g Alignment) bool { return slices.Contains(g.Left, 3) }) {
		t.Errorf("alignments %+v, want left 3 alone", got)
	}
}

// TestValueSimilarityTakesLikeForLike checks that valueSimilarity takes a
// figure one sentence states for a differing one the other states only of
// one kind: a share for a share, an amount for an amount.
func TestValueSimilarityTakesLikeForLike(t *testing.T) {
	a := New(lexicon.New())
	bagOf := func(text string, figures ...[2]string) (bag, float64) {
		doc := segment.Segment(text)
		var values []Value // in the order the text gives them, as the pipeline's are
		for _, f := range figures {
			written, key := f[0], f[1]
			start := strings.LastIndex(text, written) // "1%" after "11%"
			values = append(values, Value{Span: Span{Start: start, End: start + len(written)}, Key: key, Figure: true})
		}
		b := terms(doc.Sentences[0], nil, values, a.lex, a.stems.stem, a.synonyms)
		total := 0.0
		for _, t := range b {
			total += t.weight
		}
		return b, total
	}
	amount, ta := bagOf("Shares fell 11%, wiping $9 billion off its value.", [2]string{"11%", "#11%"}, [2]string{"$9 billion", "#9000000000"})
	share, ts := bagOf("Shares fell 11%, while rival shares dipped 1%.", [2]string{"11%", "#11%"}, [2]string{"1%", "#1%"})
	if got, plain := valueSimilarity(amount, share, ta, ts), dice(shared(amount, share), ta, ts); got != plain {
		t.Errorf("an amount against a share: valueSimilarity %.3f, want the plain %.3f", got, plain)
	}
	other, to := bagOf("Rival shares fell 0.7%.", [2]string{"0.7%", "#0.7%"})
	if got, plain := valueSimilarity(other, share, to, ts), dice(shared(other, share), to, ts); got <= plain {
		t.Errorf("a share against a share: valueSimilarity %.3f, want above the plain %.3f", got, plain)
	}
}

// TestGapPartnerStaysInItsGap checks that a sentence standing alone between
// two links with a sentence of the other side it shares content with links
// to that one, rather than joining a link further off whose words it shares
// more of: each report tells the winner's game in one sentence, between the
// same two links, and the loser's passes eight sentences on.
func TestGapPartnerStaysInItsGap(t *testing.T) {
	left := `The Philadelphia Eagles beat the Kansas City Chiefs 40-22 to win the Super Bowl on Sunday night.
Hurts threw two touchdown passes, ran for another score and was named the game's MVP.
Cooper DeJean returned an interception 38 yards for a touchdown on his 22nd birthday, and Josh Sweat had 2 1/2 sacks as the Eagles built a 24-0 halftime lead.
The Chiefs were trying to become the first team to win three consecutive Super Bowls.
"It's a great feeling," Hurts said.
Eagles coach Nick Sirianni won his first title in his fourth season.
Philadelphia avenged a 38-35 loss to Kansas City in the Super Bowl two years ago.
Mahomes finished 21 of 32 for 257 yards and three touchdowns, all of them after the Eagles led 34-0.`
	right := `The Philadelphia Eagles beat the Kansas City Chiefs 40-22 to win the Super Bowl on Sunday, ending the Chiefs' bid for three straight titles.
Quarterback Jalen Hurts, who was named Most Valuable Player, threw for 221 yards and two touchdowns and ran for another as Philadelphia raced to a 24-0 lead at halftime at the Caesars Superdome.
Rookie Cooper DeJean, celebrating his 22nd birthday, returned an interception 38 yards for a touchdown, and the Eagles' pass rush sacked Mahomes six times.
"It's a great feeling," Hurts told reporters.
The win gave Philadelphia its second Super Bowl title and avenged a 38-35 defeat by the Chiefs two years ago.
Mahomes completed 21 of 32 passes for 257 yards with three touchdowns and two interceptions, but the scores came only after the game was out of reach.`
	a := New(lexicon.New())
	got := alignTexts(t, a, left, right)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{1}) && slices.Equal(x.Right, []int{1}) }) {
		t.Errorf("alignments %+v, want the second sentences linked", got)
	}
	if i := slices.IndexFunc(got, func(x Alignment) bool { return slices.Equal(x.Right, []int{5}) }); i < 0 || !slices.Equal(got[i].Left, []int{7}) {
		t.Errorf("alignments %+v, want the last sentences linked alone", got)
	}
}

// TestHeadlineOverABodySentence checks that a headline linked with the other
// headline at the threshold keeps it from a body sentence that shares more
// of its words, and that a headline of fourteen words with a score is one:
// the body sentence tells the other's lead.
func TestHeadlineOverABodySentence(t *testing.T) {
	left := `Eagles rout Chiefs 40-22 in Super Bowl, denying Kansas City a third straight title

NEW ORLEANS (AP) - Jalen Hurts and the Philadelphia Eagles' dominant defense stopped Patrick Mahomes and the Kansas City Chiefs from making history, winning the Super Bowl 40-22 on Sunday night.

The Chiefs were trying to become the first team to win three consecutive Super Bowls.

Mahomes finished 21 of 32 for 257 yards and three touchdowns.`
	right := `Eagles crush Chiefs to win Super Bowl, end three-peat bid

NEW ORLEANS, Feb 9 (Reuters) - The Philadelphia Eagles beat the Kansas City Chiefs 40-22 to win the Super Bowl on Sunday, smothering Patrick Mahomes and ending the Chiefs' bid to become the first team to win three straight NFL championships.

Mahomes completed 21 of 32 passes for 257 yards with three touchdowns and two interceptions.`
	a := New(lexicon.New())
	got := alignTexts(t, a, left, right)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{0}) && slices.Equal(x.Right, []int{0}) }) {
		t.Errorf("alignments %+v, want the headlines linked", got)
	}
}

// TestSplitLeadBesideAHeadline checks that a sentence one report split off
// its lead joins the link of the leads though the other's headline shares
// more of its words: the headline links the other headline, no body sentence.
func TestSplitLeadBesideAHeadline(t *testing.T) {
	left := `Ship loses power, slams into Baltimore bridge, six presumed dead

BALTIMORE, March 26 (Reuters) - A container ship lost power and crashed into a major bridge in Baltimore early on Tuesday, collapsing the span into the river below and leaving six construction workers missing and presumed dead.

Two people were pulled from the water, one of whom was taken to hospital in serious condition, officials said.`
	right := `Baltimore's Key Bridge collapses after being hit by a cargo ship

BALTIMORE (AP) - A cargo ship lost power and rammed into a major bridge in Baltimore early Tuesday, causing it to collapse in a matter of seconds and plunging several vehicles into the river below.

Six members of a road construction crew were missing and presumed dead.

Rescuers pulled two people from the water. One was in serious condition at a hospital.`
	a := New(lexicon.New())
	got := alignTexts(t, a, left, right)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{1}) && slices.Equal(x.Right, []int{1, 2}) }) {
		t.Errorf("alignments %+v, want the left lead linked with the right's lead and the sentence after it", got)
	}
}

// TestLeadsAreNoLeftovers checks that a sentence that shares more words with
// the other's lead than its own lead does ("The cuts amount to less than 5%
// of its workforce of 221,000." / "Microsoft is laying off 10,000 workers,
// nearly 5% of its workforce, ...") is not linked to it where the leads are
// alike: it takes its partner further on ("Microsoft had 221,000 full-time
// employees as of June 30."), and the leads link.
func TestLeadsAreNoLeftovers(t *testing.T) {
	checkCaseLinks(t, "microsoft-layoffs", [][2][]int{{{1}, {1}}, {{3}, {3}}})
}

// TestQuotationSplitInTwo checks that a sentence whose quotation the other
// report quotes within a sentence linked with the next joins that link,
// however little it adds to its likeness.
func TestQuotationSplitInTwo(t *testing.T) {
	left := `The SpaceX capsule carrying Butch Wilmore and Suni Williams parachuted into the Gulf of Mexico off the coast of Tallahassee.
"What a ride," Nick Hague, the capsule's commander, radioed as it splashed down.
"I see a capsule full of grins ear to ear."
Dolphins circled the capsule as divers readied it for hoisting onto the recovery ship.`
	right := `The SpaceX Crew Dragon capsule carrying Wilmore and Williams parachuted into the Gulf of America near Tallahassee at 5:57 p.m. EDT.
"What a ride, I see a capsule full of grins ear to ear," Hague said over the radio after splashdown.
A pod of dolphins was seen swimming around the capsule as recovery teams arrived.`
	a := New(lexicon.New())
	got, err := a.Align(context.Background(), prepareCredited(a, left), prepareCredited(a, right), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{1, 2}) && slices.Equal(x.Right, []int{1}) }) {
		t.Errorf("alignments %+v, want the quotation's halves linked with the whole", got)
	}
}

// TestBylinesDoNotLink checks that the bylines between two headlines and
// the leads they open are not linked as a gap's sentences, however the
// writers' names are spelt.
func TestBylinesDoNotLink(t *testing.T) {
	left := `Bank of Japan raises rates to 17-year high of 0.5%

By Leika Kihara and Makiko Yamazaki

TOKYO, Jan 24 (Reuters) - The Bank of Japan raised short-term interest rates on Friday to 0.5%, the highest in 17 years.`
	right := `Japan's central bank hikes key rate to highest level since 2008

By Mari Yamaguchi

TOKYO (AP) - Japan's central bank raised its benchmark interest rate on Friday to 0.5% from 0.25%, its highest level in 17 years.`
	a := New(lexicon.New())
	for _, x := range alignTexts(t, a, left, right) {
		if slices.Contains(x.Left, 1) || slices.Contains(x.Right, 1) {
			t.Errorf("alignment %+v links a byline", x)
		}
	}
}

// TestGapSentenceSplitInTwo checks that a gap with one sentence more on one
// side links its sentences in order and joins the one left out to the link
// next to it, when it adds to that link's likeness: one report's sentence
// split in two by the other.
func TestGapSentenceSplitInTwo(t *testing.T) {
	left := `Canada's Liberal Party, led by Prime Minister Mark Carney, won Monday's election but fell short of a majority in parliament, projections showed on Tuesday.
The Liberals were elected or leading in 168 of the 343 seats in the House of Commons, four short of the 172 needed for a majority, according to results from Elections Canada.
"We are over the shock of the American betrayal, but we should never forget the lessons," Carney told supporters in Ottawa.`
	right := `Prime Minister Mark Carney's Liberal Party won Canada's federal election on Monday, completing a stunning political comeback.
It was not yet clear whether the Liberals would win a majority of Parliament's 343 seats.
Early results showed them leading or elected in 169 districts, three short of a majority.
"We are over the shock of the American betrayal, but we should never forget the lessons," Carney said in his victory speech.`
	a := New(lexicon.New())
	got := alignTexts(t, a, left, right)
	if !slices.ContainsFunc(got, func(x Alignment) bool { return slices.Equal(x.Left, []int{1}) && slices.Equal(x.Right, []int{1, 2}) }) {
		t.Errorf("alignments %+v, want the second left sentence linked with the two in the right's gap", got)
	}
}
