package compare

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/diff"
	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
)

func readSeed(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/seeds/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkSpans fails unless every span of res lies inside its article's text.
func checkSpans(t *testing.T, left, right string, res *Result) {
	t.Helper()
	inside := func(what string, sp diff.Span, text string) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("%s span [%d,%d) outside text of %d bytes", what, sp.Start, sp.End, len(text))
		}
	}
	// Texts the API returns must be valid UTF-8 where the input is: a cut
	// character makes the whole response fail to encode.
	valid := func(what, s string) {
		if utf8.ValidString(left) && utf8.ValidString(right) && !utf8.ValidString(s) {
			t.Fatalf("%s %q cuts a character", what, s)
		}
	}
	for _, d := range res.Differences {
		inside("left difference", d.Left, left)
		inside("right difference", d.Right, right)
		valid("left difference", d.LeftText)
		valid("right difference", d.RightText)
		valid("summary", d.Summary)
		if d.LeftText != "" && d.Left != (diff.Span{}) && left[d.Left.Start:d.Left.End] != d.LeftText {
			t.Fatalf("left text %q does not match its span %v", d.LeftText, d.Left)
		}
		if d.RightText != "" && d.Right != (diff.Span{}) && right[d.Right.Start:d.Right.End] != d.RightText {
			t.Fatalf("right text %q does not match its span %v", d.RightText, d.Right)
		}
	}
	for _, side := range []Analysis{res.Left, res.Right} {
		for _, q := range side.Quotes {
			valid("quote", q.Text)
			valid("attribution", q.Attribution.Text)
		}
		for _, f := range side.Facts {
			valid("fact", f.Text)
			valid("fact value", f.Value)
		}
	}
	for _, q := range res.Left.Quotes {
		inside("left quote", diff.Span{Start: q.Start, End: q.End}, left)
	}
	for _, f := range res.Right.Facts {
		inside("right fact", diff.Span{Start: f.Start, End: f.End}, right)
	}
}

func TestCompareIsDeterministic(t *testing.T) {
	l, r := readSeed(t, "000_bc1d5e6be8757148.txt"), readSeed(t, "001_6b66ad53c8e6723e.txt")
	c := New(0)
	first, err := c.Compare(context.Background(), Article{Text: l}, Article{Text: r}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, l, r, first)
	for range 5 {
		again, err := c.Compare(context.Background(), Article{Text: l}, Article{Text: r}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(first, again, cmpopts.IgnoreUnexported(Analysis{}, diff.Side{}, segment.Document{}, segment.Sentence{})); d != "" {
			t.Fatalf("Compare differs between runs (-first +again):\n%s", d)
		}
	}
}

// TestUnrelatedArticlesDoNotAlign checks that stories of other topics, or of
// one topic or trade that share background only (a day, a count, a trade's
// phrasing with its figures, one weak overlap among many sentences), have no
// alignment, while two reports of one story keep theirs.
func TestUnrelatedArticlesDoNotAlign(t *testing.T) {
	tests := []struct {
		name, left, right string
		want              int // alignments
	}{
		{"other topics",
			"The central bank raised interest rates by half a point on Wednesday. Markets fell sharply.",
			"The home team won the championship after extra time. Fans celebrated in the streets all night.", 0},
		{"one day shared",
			"The health minister resigned on Monday after a week of protests over hospital closures. His party called for early elections. Thousands marched in the capital. The opposition welcomed the move.",
			"The board of Globex approved the merger plan on Monday, two sources told Reuters. The deal is worth $2 billion. Shareholders will vote in June. The company declined to comment.", 0},
		{"one count shared",
			"Police said twelve people were arrested after the march. The protest passed off largely peacefully. Organisers said 5,000 took part. The city council will debate the plan next week.",
			"At least 12 people died when a bomb exploded in the capital on Sunday. No group has claimed the attack. The interior ministry said two suspects had been detained. Hospitals appealed for blood donors.", 0},
		// Headlines that share a figure, and leads that share it and a
		// weekday: a number's broader and nearby values are no more terms in
		// common.
		{"one figure and one day shared",
			"Germany expels four Russian diplomats over spying case\n\n" +
				"BERLIN (AP) — Germany on Wednesday ordered four Russian diplomats to leave the country within seven days, accusing them of helping a spy network that passed information to Moscow.\n\n" +
				"The Foreign Office said the diplomats had been declared \"persona non grata\" after federal prosecutors charged three German citizens with espionage last month.\n\n" +
				"\"We will not tolerate foreign intelligence services operating on German soil,\" Foreign Minister Annalena Baerbock told reporters in Berlin.\n\n" +
				"Russia's embassy called the decision \"unfounded and unfriendly\" and said Moscow would respond, according to the state news agency TASS.\n\n" +
				"Relations between Berlin and Moscow have deteriorated sharply since Russia's invasion of Ukraine in February 2022.",
			"Four dead as avalanche hits skiers near Zermatt\n\n" +
				"ZERMATT, Switzerland (AP) — Four people were killed Wednesday when an avalanche buried a group of off-piste skiers near the Alpine resort of Zermatt, Swiss authorities said.\n\n" +
				"Police in the southern canton of Valais said the slide struck shortly before noon, trapping six skiers. Two were rescued alive and taken by helicopter to a hospital in Sion with serious injuries.\n\n" +
				"The dead included two French citizens, a German and a Swiss man, police said. They were aged between 28 and 46.\n\n" +
				"Police spokesman Jean-Marie Bornet said rescue teams with dogs reached the site within 20 minutes. \"The conditions were very dangerous,\" he said, urging skiers to stay on marked slopes.\n\n" +
				"The Swiss avalanche research institute had put the danger level at 3 on its five-level scale following heavy weekend snow.\n\n" +
				"Nearly 20 people have been killed by avalanches in Switzerland this winter, the institute said.", 0},
		// "Millions" and a Monday: a magnitude stories of anything give is no
		// figure in common.
		{"a magnitude and one day shared",
			"Millions of people across North America watched a total solar eclipse on Monday. The moon blocked the sun for up to four minutes. Crowds gathered in Texas. The next total eclipse visible from the contiguous United States will be in 2044.",
			"A Peruvian court on Monday sentenced former President Alejandro Toledo to 20 years in prison for taking millions of dollars in bribes. Toledo governed Peru from 2001 to 2006. His lawyer said he would appeal. Toledo was extradited from the United States in April 2023.", 0},
		{"a trade's phrasing with figures swapped",
			"Acme Corp reported higher quarterly profits on Tuesday. Shares of the company rose 6% in extended trading. Its chief executive Jane Smith will step down in June. Revenue beat forecasts.",
			"Globex Inc cut its full-year outlook on Wednesday. Shares of the company fell 3% in early trading. The firm plans to close two plants in Michigan. Costs for raw materials rose.", 0},
		{"two reports of one story",
			"Acme will cut 1,200 jobs, its chief executive said on Tuesday. Acme, which employs 45,000 people worldwide, has struggled since the merger. Shares rose 2%.",
			"Acme plans to eliminate 1,200 positions, the company said on Tuesday. The company, with a staff of 45,000, has had a difficult year since the merger. Its shares gained 2%.", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(0).Compare(context.Background(), Article{Text: tt.left}, Article{Text: tt.right}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Alignments) != tt.want {
				t.Errorf("got %d alignments, want %d: %+v", len(res.Alignments), tt.want, res.Alignments)
			}
		})
	}
}

// TestAttributionIsNotContent checks that who is credited weighs little in
// alignment: one source's unrelated claims do not pair, and one claim credited to
// two sources does.
func TestAttributionIsNotContent(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		wantAligned bool
	}{
		{
			name:        "two claims, one source",
			left:        "Air strikes hit rebel-held parts of Aleppo again Saturday, according to the Syrian Observatory for Human Rights, a British-based watchdog.",
			right:       "The war has killed more than 310,000 people since 2011, according to the Syrian Observatory for Human Rights.",
			wantAligned: false,
		},
		{
			name:        "one claim, two sources",
			left:        "Air strikes hit rebel-held parts of Aleppo again on Saturday, according to the Syrian Observatory for Human Rights.",
			right:       "Air strikes hit rebel-held parts of Aleppo again on Saturday, the Guardian reported.",
			wantAligned: true,
		},
	}
	c := New(0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := c.Compare(context.Background(), Article{Text: tt.left}, Article{Text: tt.right}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(res.Alignments) > 0; got != tt.wantAligned {
				t.Errorf("Compare(%q, %q) aligned = %v, want %v", tt.left, tt.right, got, tt.wantAligned)
			}
		})
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("Kerry met Lavrov. \"We talk,\" he said.", "Kerry met Sergei Lavrov on Monday. \"We talk,\" he told AFP.")
	f.Add("The 17-nation group met on August 1.", "The 20-nation group met on August 2, 2016.")
	f.Add("\u201cQuote\u2019s\u201d \u2014 nearly 70 people", "'Quote' - more than 300,000 people")
	f.Add("The truce collapsed last month\u2019s, Kerry\u2019s aide said.", "The truce collapsed last month, Kerry's aide said.")
	f.Add("Syria&#8217;s &quot;talks&quot; &amp; R&D;&#x1F600;", "Syria's \"talks\" & R&D")
	c := New(0)
	f.Fuzz(func(t *testing.T, left, right string) {
		res, err := c.Compare(context.Background(), Article{Text: left}, Article{Text: right}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Spans point into the text read, references decoded; mapped back,
		// into the text as sent.
		checkSpans(t, res.Left.Doc.Text, res.Right.Doc.Text, res)
		for _, side := range []struct {
			a    Analysis
			sent string
		}{{res.Left, left}, {res.Right, right}} {
			if start, end := side.a.SentSpan(0, len(side.a.Doc.Text)); start != 0 || end != len(side.sent) {
				t.Fatalf("the text read maps back to [%d,%d) of %d bytes sent", start, end, len(side.sent))
			}
		}
		again, err := c.Compare(context.Background(), Article{Text: left}, Article{Text: right}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(res, again, cmpopts.IgnoreUnexported(Analysis{}, diff.Side{}, segment.Document{}, segment.Sentence{})); d != "" {
			t.Fatalf("same input, different output (-first +second):\n%s", d)
		}
	})
}

func TestAnalysisCache(t *testing.T) {
	l, r := readSeed(t, "000_bc1d5e6be8757148.txt"), readSeed(t, "001_6b66ad53c8e6723e.txt")
	c := New(1)
	ctx := context.Background()
	first, err := c.Compare(ctx, Article{Text: l}, Article{Text: r}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	again, err := c.Compare(ctx, Article{Text: l}, Article{Text: r}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(first, again, cmpopts.IgnoreUnexported(Analysis{}, diff.Side{}, segment.Document{}, segment.Sentence{})); d != "" {
		t.Errorf("cached comparison differs (-first +again):\n%s", d)
	}
	// With room for one analysis the two articles evict each other: four lookups.
	got := c.CacheStats()
	if got.Hits+got.Misses != 4 || got.Entries != 1 {
		t.Errorf("CacheStats() = %+v, want 4 lookups and 1 entry", got)
	}
	c2 := New(8)
	for range 3 {
		if _, err := c2.Compare(ctx, Article{Text: l}, Article{Text: r}, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if got := c2.CacheStats(); got.Hits != 4 || got.Misses != 2 || got.Entries != 2 {
		t.Errorf("CacheStats() = %+v, want 4 hits, 2 misses, 2 entries", got)
	}
}

// TestAnalysisCacheCountsText checks that the cache is bounded by the article
// text it holds: a long article takes the room of several short ones, and one
// too long to keep is analysed every time.
func TestAnalysisCacheCountsText(t *testing.T) {
	ctx := context.Background()
	c := New(64)
	article := func(k, size int) Article {
		text := fmt.Sprintf("Article %d says the envoys met in Vienna. ", k)
		return Article{Text: strings.Repeat(text, size/len(text)+1)}
	}
	for k := range 40 {
		if _, err := c.Analyze(ctx, article(k, 6<<10)); err != nil { // two slots each
			t.Fatal(err)
		}
	}
	if got := c.CacheStats(); got.Entries != 32 {
		t.Errorf("after 40 articles of two slots in a cache of 64: %d entries, want 32", got.Entries)
	}
	long := article(100, 40<<10) // eleven slots: more than a sixteenth of 64
	for range 2 {
		if _, err := c.Analyze(ctx, long); err != nil {
			t.Fatal(err)
		}
	}
	if got := c.CacheStats(); got.Entries != 32 || got.Hits != 0 {
		t.Errorf("after a long article twice: %+v, want it analysed twice and not kept", got)
	}
}

// TestDateKey checks that a date aligns by what the text says of it, not by a
// year that only one article's publication date supplies.
func TestDateKey(t *testing.T) {
	x := facts.New(lexicon.New())
	key := func(text string, published time.Time) string {
		for _, f := range x.Extract(segment.Segment(text), published) {
			if f.Type == facts.Date {
				return dateKey(f)
			}
		}
		t.Fatalf("no date in %q", text)
		return ""
	}
	tuesday := time.Date(2016, 5, 17, 12, 0, 0, 0, time.UTC)
	tests := []struct{ a, b string }{
		{"The target for August is a framework.", "The target for August is a framework."},
		{"Shares rose on Oct. 15 in Frankfurt.", "Shares rose on 15 October in Frankfurt."},
		{"They met last week.", "They met last week."},
	}
	for _, tt := range tests {
		if ka, kb := key(tt.a, tuesday), key(tt.b, time.Time{}); ka != kb {
			t.Errorf("dateKey of %q (dated) = %q, of %q (undated) = %q; want one key", tt.a, ka, tt.b, kb)
		}
	}
}

// TestOrdinalsInWordsAreNoValues checks that an ordinal written in words is
// weighed as a word of its sentence, not as a figure that links sentences,
// while one written in figures is a value.
func TestOrdinalsInWordsAreNoValues(t *testing.T) {
	doc := segment.Segment("It was City's seventh defeat and their 7th in a row, and the second-biggest loss.")
	fs := facts.New(lexicon.New()).Extract(doc, time.Time{})
	var keys []string
	for _, v := range values(doc.Text, fs) {
		keys = append(keys, v.Key)
	}
	if !slices.Equal(keys, []string{"#7"}) {
		t.Errorf("value keys %q, want only the 7th's", keys)
	}
}

func TestLeadingDigits(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"29.49", "29.5", true},
		{"66.2", "66", true},
		{"1250000000", "1200000000", true},
		{"0.3", "0.301", true},
		{"0.3", "0.35", false},
		{"370", "400", false},
		{"66", "6.6", false},
	}
	for _, tt := range tests {
		if ka, kb := leadingDigits(tt.a), leadingDigits(tt.b); (ka == kb) != tt.same || ka == "" {
			t.Errorf("leadingDigits(%q) = %q, leadingDigits(%q) = %q; want the same: %v", tt.a, ka, tt.b, kb, tt.same)
		}
	}
	if k := leadingDigits("0"); k != "" {
		t.Errorf("leadingDigits(0) = %q, want none", k)
	}
}

func TestRoundedToThree(t *testing.T) {
	tests := []struct{ value, text, want string }{
		{"35080000000", "$35.08 billion", "35100000000"},
		{"102100", "$102,100", "102000"},
		{"1.234", "1.234%", "1.23"},
		{"35100000000", "$35.1 billion", ""}, // three digits: the figure is its own rounding
		{"1500", "1,500", ""},
		{"2024", "2024", ""},                             // a year
		{"3.066667", "three hours and four minutes", ""}, // a value no one wrote
	}
	for _, tt := range tests {
		got := roundedToThree(tt.value)
		if !writtenPrecisely(tt.text) {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%q (%s) rounds to %q, want %q", tt.text, tt.value, got, tt.want)
		}
	}
}

// TestChangedFigureStillAligns checks that a sentence whose date or figure one
// report changed, or gave to another precision, still aligns with the other's,
// so that the change is one fact difference and not two one-sided facts; the
// turnout sentences are left over after linking and align on the figures alone.
func TestChangedFigureStillAligns(t *testing.T) {
	tests := []struct {
		name, left, right string
		alignments        int
		want              []diff.Relation // of the number and date differences
	}{
		{"a day changed", "The bank's next meeting is on July 26.", "The next policy meeting is scheduled for July 27.",
			1, []diff.Relation{diff.Conflict}},
		{"a figure rounded", "The alliance won 79 seats. Turnout was 66.2%, the highest in decades.",
			"The alliance secured 79 seats. Turnout reached 66 percent, the highest since 1995.",
			2, []diff.Relation{diff.LeftMoreSpecific, diff.RightOnly}}, // and "1995"
		{"a figure rounded among close ones", "It expects revenue of $37.5 billion, against an average estimate of $37.08 billion. Third-quarter revenue rose 94% to $35.08 billion.",
			"Third-quarter revenue nearly doubled to $35.1 billion, and it predicted about $37.5 billion. Analysts had expected fourth-quarter revenue of $37.1 billion.",
			2, []diff.Relation{diff.LeftMoreSpecific, diff.LeftMoreSpecific, diff.LeftOnly}}, // and "94%"
		{"a currency by its two names", "The Bank of England cut rates on Thursday. Sterling rose 0.3% against the dollar after the decision.",
			"The Bank of England lowered rates on Thursday. The pound was up 0.2% against the U.S. dollar.",
			2, []diff.Relation{diff.Conflict}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(0).Compare(context.Background(), Article{Text: tt.left}, Article{Text: tt.right}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Alignments) != tt.alignments {
				t.Fatalf("Compare gave %d alignments, want %d", len(res.Alignments), tt.alignments)
			}
			var got []diff.Relation
			for _, d := range res.Differences {
				if d.Fact != nil && (d.Fact.Type == facts.Number || d.Fact.Type == facts.Date) {
					got = append(got, d.Fact.Relation)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("fact relations %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTodayIsTheWeekday checks that "today" in a story dated Tuesday and "on
// Tuesday" in another name one day: two leads that share little else link, as
// two sentences that share a date do.
func TestTodayIsTheWeekday(t *testing.T) {
	shared := "\n\nThe talks are expected to last several hours. Officials said no breakthrough was likely."
	left := Article{Text: "Envoys of the world's leading countries are meeting today in Vienna to save the Syrian peace talks." + shared,
		Published: time.Date(2016, 5, 17, 8, 0, 0, 0, time.UTC)}
	right := Article{Text: "Top officials met several regional envoys in Vienna on Tuesday to bolster the battered ceasefire." + shared}
	res, err := New(0).Compare(context.Background(), left, right, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Alignments, func(a align.Alignment) bool { return slices.Equal(a.Left, []int{0}) && slices.Equal(a.Right, []int{0}) }) {
		t.Errorf("leads not linked: %+v", res.Alignments)
	}
	for _, d := range res.Differences {
		if d.Fact != nil && d.Fact.Type == facts.Date {
			t.Errorf("date difference %q: today is Tuesday", d.Summary)
		}
		// Linked for the day they share, in words that differ throughout: no
		// word-by-word account.
		if d.Wording != nil && d.Alignment >= 0 && res.Alignments[d.Alignment].Overlap {
			t.Errorf("wording difference %q in a link made for a shared day", d.Summary)
		}
	}
}

// TestYearWithAndWithoutMonth checks that a year one report gives alone and
// the other with its month is something the two sentences share: the
// sentences that say when the next eclipse comes link with each other, not
// with the lead that names the same country.
func TestYearWithAndWithoutMonth(t *testing.T) {
	left := Article{Text: "Millions of people across North America watched a total solar eclipse on Monday.\n\n" +
		"Totality lasted up to 4 minutes and 28 seconds, nearly twice as long as during the 2017 eclipse.\n\n" +
		"The next total eclipse visible from the contiguous United States will be in 2044."}
	right := Article{Text: "A total solar eclipse swept across Mexico, the United States and Canada on Monday, watched by millions.\n\n" +
		"In some places, the sun was completely blocked for as long as 4 minutes 28 seconds - almost double the duration of the 2017 eclipse.\n\n" +
		"The contiguous U.S. will not see another total eclipse until August 2044."}
	res, err := New(0).Compare(context.Background(), left, right, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Alignments, func(a align.Alignment) bool { return slices.Equal(a.Left, []int{2}) && slices.Equal(a.Right, []int{2}) }) {
		t.Errorf("the sentences about 2044 are not linked: %+v", res.Alignments)
	}
}

// TestTwoValuesInOtherWords checks that two sentences left over that state
// the same two values, a figure and a year, link however differently they
// word the rest.
func TestTwoValuesInOtherWords(t *testing.T) {
	left := Article{Text: "Junior doctors in England will stage a five-day strike from Thursday, the British Medical Association announced.\n\n" +
		"The union is demanding a 35% pay rise, which it says would restore pay to 2008 levels."}
	right := Article{Text: "Junior doctors in England are to strike for five days starting on Thursday, their union said.\n\n" +
		"The BMA wants a 35 percent increase, arguing that it would reverse real-terms cuts since 2008."}
	res, err := New(0).Compare(context.Background(), left, right, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Alignments, func(a align.Alignment) bool { return slices.Equal(a.Left, []int{1}) && slices.Equal(a.Right, []int{1}) }) {
		t.Errorf("the sentences about the 35%% claim are not linked: %+v", res.Alignments)
	}
	for _, d := range res.Differences {
		if d.Fact != nil && strings.Contains(d.Summary, "2008") {
			t.Errorf("fact difference %q: the year is stated on both sides", d.Summary)
		}
	}
}

// TestReportsFiledFarApart checks that two reports whose datelines lie
// weeks apart, and which share only weak links, are two events, while the
// same reports filed a day apart align.
func TestReportsFiledFarApart(t *testing.T) {
	const (
		left = "CAIRO, Feb 20 (Reuters) - Talks on a Gaza ceasefire stalled on Tuesday over the list of hostages to be freed in a first phase, two Egyptian security sources told Reuters.\n\n" +
			"Hamas wants the release of 1,500 Palestinian prisoners in exchange for 40 hostages, one of the sources said."
		right = "CAIRO, %s (Reuters) - Negotiators returned to Cairo on Sunday for a fresh round of talks aimed at securing a ceasefire in Gaza, two Egyptian security sources said.\n\n" +
			"Israel has rejected the latest proposal, a senior official said."
	)
	for _, tt := range []struct {
		filed   string
		aligned bool
	}{
		{"May 12", false},
		{"Feb 21", true},
	} {
		res, err := New(0).Compare(context.Background(), Article{Text: left}, Article{Text: fmt.Sprintf(right, tt.filed)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Alignments) > 0; got != tt.aligned {
			t.Errorf("filed %s: aligned %v (%+v), want %v", tt.filed, got, res.Alignments, tt.aligned)
		}
	}
}

// TestQuotingLeavesOutWhatAnAttributionStandsAround checks that the words an
// attribution stands around (its quotation, what its speaker did first) are
// not given to the alignment as credit.
func TestQuotingLeavesOutWhatAnAttributionStandsAround(t *testing.T) {
	var around quotes.Quote
	around.Attribution.Cue, around.Attribution.Start, around.Attribution.End = "said", 0, 50
	around.Attribution.Around.Start, around.Attribution.Around.End = 10, 40
	var plain quotes.Quote
	plain.Attribution.Cue, plain.Attribution.Start, plain.Attribution.End = "said", 60, 70
	got := quoting([]quotes.Quote{around, plain}).Attributions
	want := []align.Span{{Start: 0, End: 10}, {Start: 40, End: 50}, {Start: 60, End: 70}}
	if !slices.Equal(got, want) {
		t.Errorf("attribution spans = %v, want %v", got, want)
	}
}

// TestTallySides checks that a tally written with "to" keys the two figures
// it holds, which the other report may give apart, and that a score
// written with a hyphen, which the other writes so too, keys none.
func TestTallySides(t *testing.T) {
	tests := []struct {
		text string
		want [2]string
	}{
		{"Bayrou lost the confidence vote by 364 votes to 194.", [2]string{"#364", "#194"}},
		{"The Eagles won the Super Bowl 40-22 on Sunday.", [2]string{}},
	}
	x := facts.New(lexicon.New())
	for _, tt := range tests {
		doc := segment.Segment(tt.text)
		vs := values(doc.Text, x.Extract(doc, time.Time{}))
		if len(vs) == 0 || vs[0].Sides != tt.want {
			t.Errorf("values of %q = %+v, want the first with sides %q", tt.text, vs, tt.want)
		}
	}
}
