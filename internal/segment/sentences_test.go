package segment

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Segment(text).Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []string
	}{
		{"plain", "Hello World. My name is Jonas.", []string{"Hello World.", "My name is Jonas."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"abbreviation U.S. inside", "I work for the U.S. Government in Virginia.", []string{"I work for the U.S. Government in Virginia."}},
		{"abbreviation U.S. at the end", "I live in the U.S. How about you?", []string{"I live in the U.S.", "How about you?"}},
		{"title before a name", "Gen. Smith met Sen. Jones and Dr. Who.", []string{"Gen. Smith met Sen. Jones and Dr. Who."}},
		{"company abbreviation then a new sentence", "They dealt with Briggs & Co. It closed.", []string{"They dealt with Briggs & Co.", "It closed."}},
		{"time abbreviation", "He left at 6 p.m. on Friday.", []string{"He left at 6 p.m. on Friday."}},
		{"time abbreviation that opens the sentence", "At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home.",
			[]string{"At 5 a.m. Mr. Smith went to the bank.", "He left at 6 P.M.", "Mr. Smith then went home."}},
		{"a full stop, then an omission that opens the next sentence", "It was weakened. . . . The practice was not abandoned. . . .",
			[]string{"It was weakened.", ". . . The practice was not abandoned. . . ."}},
		{"an omission inside a sentence", "It was weakened . . . and then abandoned.", []string{"It was weakened . . . and then abandoned."}},
		{"abbreviation in an opening phrase", "In the U.S. Congress passed the bill.", []string{"In the U.S. Congress passed the bill."}},
		{"initials", "My name is Jonas E. Smith.", []string{"My name is Jonas E. Smith."}},
		{"decimals and thousands", "She has $100.00 and 300,000 shares. It is 1.5 percent.", []string{"She has $100.00 and 300,000 shares.", "It is 1.5 percent."}},
		{"quote closing after the period", `"We are talking," he said. "Particularly here."`, []string{`"We are talking," he said.`, `"Particularly here."`}},
		{"curly quote closing after the period", "\u201cIt is over.\u201d She left.", []string{"\u201cIt is over.\u201d", "She left."}},
		{"quote then lower case", `She said, "This is great." she said.`, []string{`She said, "This is great." she said.`}},
		{"multi-sentence quotation", `Lavrov said: "Today we are far. But it can change."`, []string{`Lavrov said: "Today we are far.`, `But it can change."`}},
		{"heading without a final period", "Long way from finish line\n\nThe talks began.", []string{"Long way from finish line", "The talks began."}},
		{"one paragraph per line", "First point here.\nSecond point here.", []string{"First point here.", "Second point here."}},
		{"soft line break inside a sentence", "The talks in Vienna\nwere long. Then came dinner.", []string{"The talks in Vienna\nwere long.", "Then came dinner."}},
		{"dateline", "Lausanne (AFP) - Envoys met Saturday. Kerry spoke.", []string{"Lausanne (AFP) - Envoys met Saturday.", "Kerry spoke."}},
		{"a number ending a wrapped sentence", "The plan raises the pension age to 64 from\n62.\n\nUnions oppose it.",
			[]string{"The plan raises the pension age to 64 from\n62.", "Unions oppose it."}},
		{"an abbreviation ending a line", "Assad has not moved, the U.S.\nofficials said. It goes on sale on Sept.\n22.",
			[]string{"Assad has not moved, the U.S.\nofficials said.", "It goes on sale on Sept.\n22."}},
		{"a line ending in an article", "Assad has not moved towards peace, the\nU.S. officials said.", []string{"Assad has not moved towards peace, the\nU.S. officials said."}},
		{"a line ending in a conjunction or preposition", "The talks were led by Kerry and\nLavrov. The deal came to\nVienna with\nGermany's backing.",
			[]string{"The talks were led by Kerry and\nLavrov.", "The deal came to\nVienna with\nGermany's backing."}},
		{"a headline ending in a particle", "Biden weighs in\nWashington is divided over the bill.", []string{"Biden weighs in", "Washington is divided over the bill."}},
		{"a decimal figure ending a sentence", "The Left got 8.6%. Together they would have 248 seats. It rose to 1.5. Then it fell.",
			[]string{"The Left got 8.6%.", "Together they would have 248 seats.", "It rose to 1.5.", "Then it fell."}},
		{"a day's number ending a line", "Twelve schools were damaged, officials said on 5\nJanuary.", []string{"Twelve schools were damaged, officials said on 5\nJanuary."}},
		{"a headline's figure before a dateline", "Death toll from Japan earthquake rises to 55\nJan 2 - The death toll rose to 55 on Tuesday.",
			[]string{"Death toll from Japan earthquake rises to 55", "Jan 2 - The death toll rose to 55 on Tuesday."}},
		{"a count under a button's label", "Share\n1.2K\nKerry arrives in Lausanne.", []string{"Share", "1.2K", "Kerry arrives in Lausanne."}},
		{"a number opening a wrapped line", "The plan raises the pension age to 64 from\n62 by 2030. Unions oppose it.",
			[]string{"The plan raises the pension age to 64 from\n62 by 2030.", "Unions oppose it."}},
		{"an amount opening a wrapped line", "CUPERTINO, Calif. (AP) — Apple will pay\n$490 million to settle a lawsuit. It denied wrongdoing.",
			[]string{"CUPERTINO, Calif. (AP) — Apple will pay\n$490 million to settle a lawsuit.", "It denied wrongdoing."}},
		{"a headline wrapped before its figure", "Death toll from Myanmar quake climbs above\n1,600\n\nRescuers searched the rubble.",
			[]string{"Death toll from Myanmar quake climbs above\n1,600", "Rescuers searched the rubble."}},
		{"a headline wrapped before its year", "Japan's central bank hikes key rate to highest level since\n2008\n\nThe yen rose.",
			[]string{"Japan's central bank hikes key rate to highest level since\n2008", "The yen rose."}},
		{"a headline wrapped before its year", "Federal Reserve trims key rate but foresees fewer cuts in\n2025\n\nThe Fed cut rates.",
			[]string{"Federal Reserve trims key rate but foresees fewer cuts in\n2025", "The Fed cut rates."}},
		{"a headline wrapped before its toll", "Jet crashes at South Korean airport, killing\n179\n\nRescuers searched the wreckage.",
			[]string{"Jet crashes at South Korean airport, killing\n179", "Rescuers searched the wreckage."}},
		{"a headline wrapped before its day", "Sunak calls snap election for July\n4\n\nSunak spoke outside Downing Street.",
			[]string{"Sunak calls snap election for July\n4", "Sunak spoke outside Downing Street."}},
		{"a sentence wrapped before its year", "The cuts are 5% of its workforce of 221,000 as of June 30,\n2022.\n\nShares rose.",
			[]string{"The cuts are 5% of its workforce of 221,000 as of June 30,\n2022.", "Shares rose."}},
		{"a dateline wrapped before its dash", "JERUSALEM/BEIRUT, July 30 (Reuters)\n- Israel's military said on Tuesday it had struck Beirut.",
			[]string{"JERUSALEM/BEIRUT, July 30 (Reuters)\n- Israel's military said on Tuesday it had struck Beirut."}},
		{"a headline wrapped before its figure after a verb", "Malawi cholera death toll rises to 127 as cases top\n4,000\n\nThe outbreak spread.",
			[]string{"Malawi cholera death toll rises to 127 as cases top\n4,000", "The outbreak spread."}},
		{"a line broken before the day a preposition wants", "The agency said on\nThursday that water could exist there.\n\nThe star is 100 light years away.",
			[]string{"The agency said on\nThursday that water could exist there.", "The star is 100 light years away."}},
		{"a wrapped paragraph after a list's longer items, one a line",
			"Microsoft said on Wednesday it would cut 10,000\njobs by the end of March.\n\n- The cuts amount to less than 5% of its workforce of 221,000.\n- Microsoft will take a charge of $1.2 billion in the second quarter.\n- Some staff will be told on Wednesday.\n\n\"We're living through times of change,\" Chief\nExecutive Satya Nadella wrote.",
			[]string{"Microsoft said on Wednesday it would cut 10,000\njobs by the end of March.", "- The cuts amount to less than 5% of its workforce of 221,000.",
				"- Microsoft will take a charge of $1.2 billion in the second quarter.", "- Some staff will be told on Wednesday.",
				"\"We're living through times of change,\" Chief\nExecutive Satya Nadella wrote."}},
		{"a list's number set off by a space of another kind", "Key facts\n\n1.\u00a0The ship hit the bridge.\n2. Six died.",
			[]string{"Key facts", "1.\u00a0The ship hit the bridge.", "2. Six died."}},
		{"a heading, then a list's items, one a line", "Key facts: Baltimore bridge collapse\n1. The cargo ship Dali hit the bridge.\n2. Six workers died.",
			[]string{"Key facts: Baltimore bridge collapse", "1. The cargo ship Dali hit the bridge.", "2. Six workers died."}},
		{"a heading set off by dashes, one a line", "Talks begin in Lausanne.\n- Seeking concrete steps -\nAleppo has been engulfed by violence.",
			[]string{"Talks begin in Lausanne.", "- Seeking concrete steps -", "Aleppo has been engulfed by violence."}},
		{"a byte-order mark before an abbreviation", "\ufeffU.S. Supreme Court strikes down race-conscious admissions\n\nThe court ruled 6-3.",
			[]string{"U.S. Supreme Court strikes down race-conscious admissions", "The court ruled 6-3."}},
		{"URL and number-only lines", "https://example.com/a-story.html\n180\nKerry arrives in Lausanne", []string{"https://example.com/a-story.html", "180", "Kerry arrives in Lausanne"}},
		{"photo caption", "Kerry (R) arrives in Lausanne (AFP Photo/Fabrice Coffrini)\n\nEnvoys met.", []string{"Kerry (R) arrives in Lausanne (AFP Photo/Fabrice Coffrini)", "Envoys met."}},
		{"CRLF line endings", "One here.\r\nTwo here.\r\n", []string{"One here.", "Two here."}},
		{"a state in a dateline", "CUPERTINO, Calif. (Reuters) - Apple unveiled a phone. It costs more.", []string{"CUPERTINO, Calif. (Reuters) - Apple unveiled a phone.", "It costs more."}},
		{"a state ending a sentence", "He moved to Seattle, Wash. The city welcomed him.", []string{"He moved to Seattle, Wash.", "The city welcomed him."}},
		{"CR line endings", "A heading\rOne here.\r\rTwo here.\r", []string{"A heading", "One here.", "Two here."}},
		{"Unicode line and paragraph separators", "A heading\u2028One here.\u2029Two here.", []string{"A heading", "One here.", "Two here."}},
		{"hard-wrapped paragraphs", "U.S. Secretary of State John Kerry and Russia's Foreign\r\nMinister Sergei Lavrov chaired the meeting of the support group.\r\n\r\nThe group\r\nmet again.",
			[]string{"U.S. Secretary of State John Kerry and Russia's Foreign\r\nMinister Sergei Lavrov chaired the meeting of the support group.", "The group\r\nmet again."}},
		{"hard-wrapped without blank lines", "Top officials of the U.S. and Russia met several senior\nenvoys in Vienna on Tuesday to bolster the battered\nceasefire deal. U.S. Secretary of State John Kerry and\nRussia's Foreign Minister Sergei Lavrov chaired the\nmeeting of the International Syria Support Group.\nAt the meeting, efforts were expected to be made to\nrenew the cessation of hostilities.",
			[]string{"Top officials of the U.S. and Russia met several senior\nenvoys in Vienna on Tuesday to bolster the battered\nceasefire deal.",
				"U.S. Secretary of State John Kerry and\nRussia's Foreign Minister Sergei Lavrov chaired the\nmeeting of the International Syria Support Group.",
				"At the meeting, efforts were expected to be made to\nrenew the cessation of hostilities."}},
		{"hard-wrapped by bytes, a dash in the line", "DETROIT (AP) — Ford is recalling nearly 1.9 million\nExplorer SUVs in the U.S. because a trim piece can fly off\nand create a hazard for other drivers.\n\nThe recall covers Explorers from the 2011 through 2019 model\nyears, according to U.S. safety regulators.",
			[]string{"DETROIT (AP) — Ford is recalling nearly 1.9 million\nExplorer SUVs in the U.S. because a trim piece can fly off\nand create a hazard for other drivers.",
				"The recall covers Explorers from the 2011 through 2019 model\nyears, according to U.S. safety regulators."}},
		{"short paragraphs one a line are no wrapping", "Kerry met Lavrov in Vienna on Tuesday.\nThe Meeting\nEnvoys of seventeen nations attended the talks.\nThe Outcome\nNo deal was reached at the talks in Vienna.",
			[]string{"Kerry met Lavrov in Vienna on Tuesday.", "The Meeting", "Envoys of seventeen nations attended the talks.", "The Outcome", "No deal was reached at the talks in Vienna."}},
		{"one paragraph a line, long and short, and a final line break",
			"Negotiators from both sides returned to Cairo on Sunday for a new round of ceasefire talks, Egyptian officials said.\nRelated: What we know about the proposed deal\nThe talks, mediated by Egypt and Qatar, are expected to last at least three days and nights.\nPhoto: Delegates arrive at the talks in Cairo on Sunday. (Reuters/Amr Abdallah Dalsh)\nRead more: Aid convoys stuck at border crossing\n",
			[]string{"Negotiators from both sides returned to Cairo on Sunday for a new round of ceasefire talks, Egyptian officials said.",
				"Related: What we know about the proposed deal", "The talks, mediated by Egypt and Qatar, are expected to last at least three days and nights.",
				"Photo: Delegates arrive at the talks in Cairo on Sunday.", "(Reuters/Amr Abdallah Dalsh)", "Read more: Aid convoys stuck at border crossing"}},
		{"a symbol opens a sentence", "The toll rose, according to local authorities. © 2024 Example News.", []string{"The toll rose, according to local authorities.", "© 2024 Example News."}},
		{"a zero-width space after a full stop", "One is here.\u200b Two is here.", []string{"One is here.", "Two is here."}},
		{"a bulleted list", "What we know\n\n\u2022 At least 12 people were killed, police said.\n\u2022 No group has claimed responsibility.\n- The market was closed",
			[]string{"What we know", "\u2022 At least 12 people were killed, police said.", "\u2022 No group has claimed responsibility.", "- The market was closed"}},
		{"e-mail address", "Her email is Jane.Doe@example.com. I sent her an email.", []string{"Her email is Jane.Doe@example.com.", "I sent her an email."}},
		{"repeated punctuation", "Hello!! Long time no see.", []string{"Hello!!", "Long time no see."}},
		{"URL at the end of a sentence", "The site is https://example.com/a.html. Please check it.", []string{"The site is https://example.com/a.html.", "Please check it."}},
		{"spaced ellipsis before a capital", "I wasn't sure . . . I didn't mean it.", []string{"I wasn't sure . . . I didn't mean it."}},
		{"omission in brackets", `"Bohr [...] used stairways [...]" (Smith 55).`, []string{`"Bohr [...] used stairways [...]" (Smith 55).`}},
		{"numbered list on one line", "1.) The first item 2.) The second item", []string{"1.) The first item", "2.) The second item"}},
		{"lettered list", "a. The first item b. The second item", []string{"a. The first item", "b. The second item"}},
		{"bulleted list", "\u2022 9. The first item \u2022 10. The second item", []string{"\u2022 9. The first item", "\u2022 10. The second item"}},
		{"a number inside a sentence is no list", "He was 1. The others were 2 and 3.", []string{"He was 1.", "The others were 2 and 3."}},
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.give)); diff != "" {
				t.Errorf("Segment(%q) sentences (-want +got):\n%s", tt.give, diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	doc := Segment("One. Two.\n\nThree.\nFour.")
	var got []int
	for _, s := range doc.Sentences {
		got = append(got, s.Paragraph)
	}
	if diff := cmp.Diff([]int{0, 0, 1, 2}, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if doc.Paragraphs != 3 {
		t.Errorf("Paragraphs = %d, want 3", doc.Paragraphs)
	}
}

// TestHardWrappedBesideUnwrappedLines checks a hard-wrapped article whose
// link and caption were left on long lines of their own: lines that open with
// a capital ("Russian-sponsored", "Assad's") still carry their sentence on.
func TestHardWrappedBesideUnwrappedLines(t *testing.T) {
	text := "https://www.example.com/news/syria-talks-open-switzerland-063500770.html\n" +
		"US Secretary of State John Kerry (R) arrives on October 15, 2016 in Lausanne to meet with top diplomats (AFP Photo)\n\n" +
		"The talks marked Kerry's first encounter with his Russian\n" +
		"opposite number Sergei Lavrov since a US and\n" +
		"Russian-sponsored truce collapsed last month amid a\n" +
		"ferocious Syrian offensive.\n\n" +
		"Even as the diplomats gathered in a lakefront hotel,\n" +
		"Moscow's flagship aircraft carrier set sail for the\n" +
		"Mediterranean to support the Russian forces shoring up\n" +
		"Assad's rule."
	var got []string
	for _, s := range Segment(text).Sentences {
		got = append(got, Fold(s.Text))
	}
	want := []string{
		"https://www.example.com/news/syria-talks-open-switzerland-063500770.html",
		"US Secretary of State John Kerry (R) arrives on October 15, 2016 in Lausanne to meet with top diplomats (AFP Photo)",
		"The talks marked Kerry's first encounter with his Russian opposite number Sergei Lavrov since a US and Russian-sponsored truce collapsed last month amid a ferocious Syrian offensive.",
		"Even as the diplomats gathered in a lakefront hotel, Moscow's flagship aircraft carrier set sail for the Mediterranean to support the Russian forces shoring up Assad's rule.",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Segment(hard-wrapped) sentences (-want +got):\n%s", d)
	}
}

// TestHardWrappedLineEditedLonger checks that a hard-wrapped article with
// one line edited after wrapping, so that it runs past the others, is read as
// the same sentences: the line's width is not taken for the text's, which
// would make a full line before a capitalised word ("Foreign" / "Minister")
// end a paragraph.
func TestHardWrappedLineEditedLonger(t *testing.T) {
	paragraph := "Top officials of the U.S. and Russia met several senior world and regional envoys in Vienna on Tuesday to bolster the " +
		"currently battered ceasefire deal in Syria even as violence increased in the civil war torn country. U.S. Secretary of " +
		"State John Kerry and Russia's Foreign Minister Sergei Lavrov chaired the 17-nation meeting of the International Syria " +
		"Support Group. However, Kerry was in Jeddah over the weekend to ensure that Saudi-backed rebels do not walk out of the " +
		"negotiation talks, the Guardian reported. Assad has not taken any concrete steps towards the peace talks, the U.S. " +
		"officials said. They said Assad should resign, according to AFP news agency."
	wrapped := hardWrap(paragraph, 56)
	edited := strings.Replace(wrapped, "However, Kerry", "Nevertheless, Kerry", 1)
	sentences := func(text string) []string {
		var out []string
		for _, s := range Segment(text).Sentences {
			out = append(out, strings.Replace(Fold(s.Text), "Nevertheless", "However", 1))
		}
		return out
	}
	if d := cmp.Diff(sentences(wrapped), sentences(edited)); d != "" {
		t.Errorf("sentences of the edited text (-unedited +edited):\n%s", d)
	}
}

// hardWrap breaks text into lines of at most width characters at spaces.
func hardWrap(text string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

// minGoldenRules is the number of the 48 English Golden Rules the segmenter
// passes today; the test fails if a change makes it pass fewer.
const minGoldenRules = 48

func TestGoldenRules(t *testing.T) {
	b, err := os.ReadFile("../../testdata/golden-rules/golden_rules_en.json")
	if err != nil {
		t.Fatal(err)
	}
	var rules struct {
		Cases []struct {
			Input     string   `json:"input"`
			Sentences []string `json:"sentences"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(b, &rules); err != nil {
		t.Fatal(err)
	}
	passed := 0
	for _, c := range rules.Cases {
		if cmp.Equal(c.Sentences, sentenceTexts(c.Input)) {
			passed++
		} else {
			t.Logf("not passed: %q", c.Input)
		}
	}
	t.Logf("golden rules: %d/%d", passed, len(rules.Cases))
	if passed < minGoldenRules {
		t.Errorf("golden rules passed = %d, want at least %d", passed, minGoldenRules)
	}
}

// checkCover checks the invariants of a segmentation: sentences in order, inside
// the text, not overlapping, trimmed, and covering every non-space byte; tokens
// inside their sentence, in order.
func checkCover(t *testing.T, text string) {
	t.Helper()
	doc := Segment(text)
	covered := make([]bool, len(text))
	prevEnd := 0
	for k, s := range doc.Sentences {
		if s.Start < prevEnd || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("sentence %d span [%d,%d) out of order or outside text of %d bytes", k, s.Start, s.End, len(text))
		}
		if s.Text != text[s.Start:s.End] || strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence %d text %q does not match its trimmed span", k, s.Text)
		}
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
		tokEnd := s.Start
		for _, tok := range s.Tokens {
			if tok.Start < tokEnd || tok.End > s.End || tok.Text != text[tok.Start:tok.End] {
				t.Fatalf("token %q [%d,%d) outside sentence %d or out of order", tok.Text, tok.Start, tok.End, k)
			}
			tokEnd = tok.End
		}
		prevEnd = s.End
	}
	for i, c := range []byte(text) {
		if !covered[i] && !unicode.IsSpace(rune(c)) && c < 0x80 {
			t.Fatalf("byte %d (%q) is in no sentence", i, c)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Hello World. My name is Jonas.", "I live in the U.S. How about you?",
		"\"Quote,\" he said. \"More.\"", "Line one\nline two\n\nPara. Two.",
		"\u201cCurly\u201d \u2014 dash\u00a0nbsp\r\n", "a.b.c. d", "...", "\xff\xfe bad utf8. Yes.",
		"told Al-\nAhram of the four-\r\n party talks, the U.S.\nofficials said on Sept.\n22.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCover(t, text)
	})
}

// TestOverlongSentenceIsCut checks that text without full stops is cut into
// sentences no longer than maxSentenceBytes, at spaces, covering every word.
func TestOverlongSentenceIsCut(t *testing.T) {
	words := strings.Repeat("budget talks resume after a long break ", 300) // about 12 KB, no full stop
	doc := Segment(words)
	if len(doc.Sentences) < 3 {
		t.Fatalf("%d sentences, want the text cut in three or more", len(doc.Sentences))
	}
	var got []string
	for _, s := range doc.Sentences {
		if s.End-s.Start > maxSentenceBytes {
			t.Errorf("sentence of %d bytes, want at most %d", s.End-s.Start, maxSentenceBytes)
		}
		got = append(got, strings.Fields(s.Text)...)
	}
	if want := strings.Fields(words); !slices.Equal(got, want) {
		t.Errorf("the sentences hold %d words, want the text's %d, whole", len(got), len(want))
	}
}

// TestDocumentTokens checks that the tokens of several sentences are theirs in
// the order given, read together where the sentences are consecutive, and
// that appending to what it returns leaves the document's tokens as they were.
func TestDocumentTokens(t *testing.T) {
	doc := Segment("Kerry met Lavrov. They talked. Talks ended late. Nobody spoke.")
	concat := func(idx []int) []string {
		var out []string
		for _, k := range idx {
			for _, tok := range doc.Sentences[k].Tokens {
				out = append(out, tok.Text)
			}
		}
		return out
	}
	texts := func(toks []Token) []string {
		var out []string
		for _, tok := range toks {
			out = append(out, tok.Text)
		}
		return out
	}
	all := []int{0, 1, 2, 3}
	before := concat(all)
	for _, idx := range [][]int{{0}, {1, 2}, {0, 1, 2}, {1, 3}, {3, 0}} {
		got := doc.Tokens(idx)
		if d := cmp.Diff(concat(idx), texts(got)); d != "" {
			t.Errorf("Tokens(%v) (-want +got):\n%s", idx, d)
		}
		_ = append(got, Token{Text: "extra"})
	}
	if d := cmp.Diff(before, concat(all)); d != "" {
		t.Errorf("sentences after appends to what Tokens returned (-want +got):\n%s", d)
	}
}
