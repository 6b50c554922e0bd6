package segment

import (
	"fmt"
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Russia\u2019s", "Russia's"},
		{"\u201cframework\u201d", `"framework"`},
		{"Iran \u2014 an ally", "Iran - an ally"},
		{"Top\u00a0officials  of\r\nthe", "Top officials of the"},
		{"  trimmed  ", "trimmed"},
		{"already folded, as most words are", "already folded, as most words are"},
		{"a `grave` accent", "a 'grave' accent"},
		{"two  spaces", "two spaces"},
		{"a\ttab", "a tab"},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.give); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, give string
		want       []string
	}{
		{"abbreviations, apostrophes, hyphens and numbers", "U.S. officials' 17-nation 300,000 don't a.m. al-Assad.",
			[]string{"U.S.", "officials", "'", "17", "-", "nation", "300,000", "don't", "a.m.", "al", "-", "Assad", "."}},
		{"sites", "said PowerOutage.us and bbc.co.uk.", []string{"said", "PowerOutage.us", "and", "bbc.co.uk", "."}},
		{"a missing space", "It ended.The talks resume.", []string{"It", "ended", ".", "The", "talks", "resume", "."}},
		{"a word broken over two lines", "the offi-\ncials and the well-\r\n  known Lavrov-\nTASS link", []string{"the", "offi-\ncials", "and", "the", "well-\r\n  known", "Lavrov", "-\n", "TASS", "link"}},
		{"a word broken over two lines, spaces left at the line's end", "the Pres-  \r\nident said", []string{"the", "Pres-  \r\nident", "said"}},
		{"no domain after the dot", "the 2.5 figure.is odd", []string{"the", "2.5", "figure", ".", "is", "odd"}},
		{"a dollar's country before its amount", "rose $US3.95 to US$63.35, $A20 and $US, but $5G not",
			[]string{"rose", "$", "US", "3.95", "to", "US", "$", "63.35", ",", "$", "A", "20", "and", "$", "US", ",", "but", "$", "5", "G", "not"}},
		{"letters and digits after a dollar sign are a word", "the $ABC12x fee", []string{"the", "$", "ABC12x", "fee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tt.give, 0, len(tt.give)) {
				got = append(got, tok.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.give, got, tt.want)
			}
		})
	}
}

// TestCompoundBrokenAtLineEnd checks that a compound whose hyphen ends a
// line reads as it does on one line: the same tokens, as closely joined.
func TestCompoundBrokenAtLineEnd(t *testing.T) {
	tests := []struct{ broken, whole string }{
		{"told Al-\nAhram on", "told Al-Ahram on"},
		{"a four-\nparty coalition", "a four-party coalition"},
		{"the SoftBank-\nowned firm", "the SoftBank-owned firm"},
		{"the 17-\r\nnation group", "the 17-nation group"},
	}
	read := func(s string) []string {
		toks := Tokenize(s, 0, len(s))
		var out []string
		for k, tok := range toks {
			joined := k+1 < len(toks) && tok.End == toks[k+1].Start
			out = append(out, fmt.Sprintf("%s joined=%v", tok.Fold, joined))
		}
		return out
	}
	for _, tt := range tests {
		if got, want := read(tt.broken), read(tt.whole); !slices.Equal(got, want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.broken, got, want)
		}
	}
}

// TestMarksWrittenTwoWays checks that a mark typed as several characters folds
// like its typographic form, so that the two never differ.
func TestMarksWrittenTwoWays(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"ellipsis", "more time ... and", "more time \u2026 and"},
		{"em dash", "Qatar -- all nations", "Qatar \u2014 all nations"},
		{"en dash", "Qatar - all nations", "Qatar \u2013 all nations"},
		{"a word broken over two lines", "the Foreign officials met", "the Foreign offi-\r\ncials met"},
	}
	folds := func(s string) []string {
		var out []string
		for _, tok := range Tokenize(s, 0, len(s)) {
			out = append(out, tok.Fold)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := folds(tt.a), folds(tt.b)
			if len(a) != len(b) {
				t.Fatalf("Tokenize(%q) folds to %q, Tokenize(%q) to %q", tt.a, a, tt.b, b)
			}
			for k := range a {
				if a[k] != b[k] {
					t.Errorf("token %d folds to %q in %q and %q in %q", k, a[k], tt.a, b[k], tt.b)
				}
			}
		})
	}
}

// TestInvisibleAndLookalikeCharacters checks that text copied from the web with
// soft hyphens, zero-width spaces or a modifier letter for the apostrophe
// tokenizes, once folded, like the plain text.
func TestInvisibleAndLookalikeCharacters(t *testing.T) {
	const plain = "'Long way,' the official said of 300000 negotiations. Don't."
	tests := []struct{ name, give string }{
		{"soft hyphens inside words and numbers", "'Long way,' the offi\u00adcial said of 300\u00ad000 negoti\u00adations. Don't."},
		{"zero-width spaces", "'Long way,'\u200b the\u200b official said of 300000 negotiations.\u200b Don't."},
		{"a byte-order mark first", "\ufeff'Long way,' the official said of 300000 negotiations. Don't."},
		{"modifier letter apostrophes", "\u02bcLong way,\u02bc the official said of 300000 negotiations. Don\u02bct."},
	}
	folds := func(text string) []string {
		var out []string
		for _, tok := range Tokenize(text, 0, len(text)) {
			out = append(out, tok.Fold)
		}
		return out
	}
	want := folds(plain)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := folds(tt.give); !slices.Equal(got, want) {
				t.Errorf("Tokenize(%q) folds to %q, want %q", tt.give, got, want)
			}
		})
	}
	if got := Visible("offi\u00adcial\u200b"); got != "official" {
		t.Errorf("Visible = %q, want %q", got, "official")
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"WHO", true}, {"U.S.", true}, {"COP28", true}, {"I", false}, {"Who", false}, {"AFP's", false}, {"17", false},
	}
	for _, tt := range tests {
		if got := IsAcronym(tt.word); got != tt.want {
			t.Errorf("IsAcronym(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestListMarkerEnd(t *testing.T) {
	tests := []struct {
		give string
		want int
	}{
		{"2. Officials said six died.", 2},
		{"3) Shipping is suspended.", 2},
		{"- The market was closed", 1},
		{"2.5 percent of voters", 0},
		{"2022 was a hard year.", 0},
		{"Officials said six died.", 0},
	}
	for _, tt := range tests {
		if got := ListMarkerEnd(Tokenize(tt.give, 0, len(tt.give))); got != tt.want {
			t.Errorf("ListMarkerEnd(%q) = %d, want %d", tt.give, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		give   string
		want   string // the dateline through its dash, "" for none
		agency string // the bracketed agency, "" for none
	}{
		{"LAUSANNE (AFP) - Envoys met on Saturday.", "LAUSANNE (AFP) -", "(AFP)"},
		{"BRUSSELS, Oct 16 (Reuters) - EU ministers agreed on Monday.", "BRUSSELS, Oct 16 (Reuters) -", "(Reuters)"},
		{"(Bloomberg) -- Acme Corp. reported sales on Tuesday.", "(Bloomberg) --", "(Bloomberg)"},
		{"NEW ORLEANS (AP) — The storm made landfall.", "NEW ORLEANS (AP) —", "(AP)"},
		{"DUBAI/LONDON, April 2 (Reuters) - OPEC+ producers agreed.", "DUBAI/LONDON, April 2 (Reuters) -", "(Reuters)"},
		{"DEIR AL-BALAH, Gaza Strip (AP) — An airstrike hit a school.", "DEIR AL-BALAH, Gaza Strip (AP) —", "(AP)"},
		{"SEOUL, Dec 3 - South Korea's president spoke.", "SEOUL, Dec 3 -", ""},
		{"HANDLOVA, Slovakia, May 15 - Fico was shot.", "HANDLOVA, Slovakia, May 15 -", ""},
		{"May 20 - Iran's president was killed.", "May 20 -", ""},
		{"Sept. 17 — Pagers exploded.", "Sept. 17 —", ""},
		{"WASHINGTON — The Senate voted.", "WASHINGTON —", ""},
		{"Kerry (R) arrives in Lausanne.", "", ""},
		{"Officials said (in private) - that talks failed.", "", ""},
		{"() - nothing in the brackets.", "", ""},
		{"Mr Smith - a former minister - said so.", "", ""},
		{"John Smith - Former Minister - spoke.", "", ""},
		{"U.S. - China talks resumed.", "", ""},
		{"May - Her party lost.", "", ""},
		{"Dec 3-5 Conference in Dubai.", "", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.give, 0, len(tt.give))
		got, agency := "", ""
		if d, ok := Dateline(toks); ok {
			got = tt.give[toks[0].Start:toks[d.Dash].End]
			if d.Agency < d.Dash {
				agency = tt.give[toks[d.Agency].Start:toks[d.AgencyEnd].End]
			}
		}
		if got != tt.want || agency != tt.agency {
			t.Errorf("Dateline(%q) = %q, agency %q; want %q, agency %q", tt.give, got, agency, tt.want, tt.agency)
		}
	}
}

func TestUncontracted(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		{"that's", []string{"that", "is"}},
		{"it’s", []string{"it", "is"}},
		{"don't", []string{"do", "not"}},
		{"isn't", []string{"is", "not"}},
		{"won't", []string{"will", "not"}},
		{"can't", []string{"can", "not"}},
		{"we're", []string{"we", "are"}},
		{"they've", []string{"they", "have"}},
		{"i'm", []string{"i", "am"}},
		{"lindner's", nil}, // a possessive
		{"o'brien", nil},
		{"rock'n'roll", nil},
		{"plan", nil},
	}
	for _, tt := range tests {
		if got := Uncontracted(tt.give); !slices.Equal(got, tt.want) {
			t.Errorf("Uncontracted(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestSiteName(t *testing.T) {
	for give, want := range map[string]string{"Downdetector.com": "Downdetector", "bbc.co.uk": "bbc", "PowerOutage.us": "PowerOutage", "U.S.": "", "end.The": ""} {
		if got := SiteName(give); got != want {
			t.Errorf("SiteName(%q) = %q, want %q", give, got, want)
		}
	}
}

// FuzzFold checks that the fast path of Fold gives what folding every rune
// gives.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"plain words", " lead", "a  b", "tab\there", "\u201cq\u201d", "a`b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if folded(s) && foldRunes(s) != s {
			t.Errorf("folded(%q) but folding gives %q", s, foldRunes(s))
		}
	})
}

// TestInLowerCase checks that a word written without capitals reads so
// whatever invisible characters or curly apostrophes it holds.
func TestInLowerCase(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"employed", true},
		{"em\u200bployed", true},
		{"kid\u00adnapped", true},
		{"don\u2019t", true},
		{"Employed", false},
		{"NATO", false},
		{"\u00c9lys\u00e9e", false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.give, 0, len(tt.give))
		if len(toks) != 1 {
			t.Fatalf("Tokenize(%q) = %d tokens, want 1", tt.give, len(toks))
		}
		if got := toks[0].InLowerCase(); got != tt.want {
			t.Errorf("InLowerCase(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}
