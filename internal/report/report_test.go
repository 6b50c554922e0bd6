package report

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/compared/compared/internal/compare"
)

func TestWrite(t *testing.T) {
	left := `"We are talking to the Russians about the deal," a senior official told reporters. The 17-nation group met in Vienna.`
	right := `"We are talking to the Russians about the deal," a senior official was quoted as saying by AFP. The 20-nation group met in Vienna.`
	res, err := compare.New(0).Compare(context.Background(), compare.Article{Text: left}, compare.Article{Text: right}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		style Style
		want  []string
	}{
		{"plain", Style{}, []string{
			"Left: 2 sentences, right: 2 sentences.",
			"Aligned sentences (2)",
			"[-a senior official told reporters-]", "{+a senior official was quoted as saying by AFP+}",
			"[-17-nation-]", "{+20-nation+}",
			"Attribution differences (1)",
			"Fact differences (1)", `"17-nation" in the left article, "20-nation" in the right`,
		}},
		{"colour", Style{Color: true}, []string{"\x1b[31m17-nation\x1b[0m", "\x1b[32m20-nation\x1b[0m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, res, tt.style); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

// plainReport compares left and right and returns the report without colour.
func plainReport(t *testing.T, left, right string) string {
	t.Helper()
	res, err := compare.New(0).Compare(context.Background(), compare.Article{Text: left}, compare.Article{Text: right}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, res, Style{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteMarksAcrossSentences(t *testing.T) {
	got := plainReport(t, "The group will renew its call for a nationwide ceasefire. It will also demand access to besieged areas.",
		"The group will renew its call for a nationwide ceasefire and demand access to besieged areas.")
	if !strings.Contains(got, "[-It will also-]") {
		t.Errorf("report lacks the dropped words that begin the second sentence, [-It will also-]:\n%s", got)
	}
}

// TestWriteLeavesQuotationInsideAttribution checks that an attribution that
// stands around its quotation, the speaker before and the outlet after, is
// marked without the quotation between them.
func TestWriteLeavesQuotationInsideAttribution(t *testing.T) {
	got := plainReport(t, `Lavrov told reporters on Friday he had no "special expectations" of progress.`,
		`Lavrov said on Friday he had no "special expectations" of progress, according to TASS.`)
	want := `{+Lavrov said on Friday+} he had no "special expectations" of progress, {+according to TASS+}.`
	if !strings.Contains(got, want) {
		t.Errorf("report lacks %s:\n%s", want, got)
	}
}

// TestWriteShowsBothSidesOfAnOverlap checks that sentences linked for what
// they share, with no word-by-word account, are both shown: they differ, and
// "=" would say they do not.
func TestWriteShowsBothSidesOfAnOverlap(t *testing.T) {
	got := plainReport(t, "Former Nissan executive sentenced to 18 months over pay scheme\n\nA Tokyo court sentenced former Nissan executive Greg Kelly to 18 months in prison.",
		"Ex-Nissan director Kelly gets suspended sentence\n\nA Tokyo court gave former Nissan executive Greg Kelly a suspended prison sentence.")
	for _, want := range []string{"    - Former Nissan executive sentenced to 18 months over pay scheme", "    + Ex-Nissan director Kelly gets suspended sentence"} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}

// TestWriteShowsBothSidesOfOneQuotation checks that sentences that carry one
// quotation, credited in other words that are no difference, are both shown.
func TestWriteShowsBothSidesOfOneQuotation(t *testing.T) {
	left := `"We are working with Boeing and regulators to understand what occurred tonight," Alaska Airlines CEO Ben Minicucci said in a statement.`
	right := `Alaska Airlines chief executive Ben Minicucci said: "We are working with Boeing and regulators to understand what occurred tonight."`
	got := plainReport(t, left, right)
	for _, want := range []string{"    - " + left, "    + " + right} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	curly := strings.Replace(strings.Replace(left, `"`, "\u201c", 1), `"`, "\u201d", 1)
	if same := plainReport(t, left, curly); !strings.Contains(same, "    = ") {
		t.Errorf("report of a copy with curly quotation marks lacks the \"=\" line:\n%s", same)
	}
}
