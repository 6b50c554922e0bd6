package paraphrase

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestParaphrase(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		want        bool
	}{
		{
			name:  "same sentence",
			left:  "U.S. Secretary of State John Kerry chaired the meeting in Vienna on Tuesday.",
			right: "U.S. Secretary of State John Kerry chaired the meeting in Vienna on Tuesday.",
			want:  true,
		},
		{
			name:  "reordered and lightly reworded",
			left:  "Violence has increased recently with Syrian Army and rebel groups fighting over territory.",
			right: "Syrian Army and rebel groups are fighting over territory, and violence has increased recently.",
			want:  true,
		},
		{
			name:  "one side says much more",
			left:  "Kerry chaired the meeting.",
			right: "Kerry chaired the meeting, which agreed on a nationwide ceasefire, aid deliveries to besieged towns and a timetable for elections next year.",
			want:  false,
		},
		{
			name:  "unrelated",
			left:  "A ceasefire was agreed upon with great difficulty in February.",
			right: "The central bank raised interest rates by a quarter of a point to curb inflation.",
			want:  false,
		},
		{
			name:  "different numbers and people",
			left:  "Smith scored 12 points as the Bulls beat Detroit 98-91 on Sunday.",
			right: "Jones scored 31 points as the Lakers lost to Boston 110-104 on Friday.",
			want:  false,
		},
	}
	j := newTestJudge()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := j.Probability(j.View(allTokens(tt.left)), j.View(allTokens(tt.right)))
			if got := p >= 0.5; got != tt.want {
				t.Errorf("Paraphrase(%q, %q) = %v (probability %.2f), want %v", tt.left, tt.right, got, p, tt.want)
			}
		})
	}
}

func TestFeaturesOfTheSameText(t *testing.T) {
	toks := allTokens("The 17-nation group met in Vienna, and Sergei Lavrov did not attend.")
	j := newTestJudge()
	f := j.features(j.View(toks), j.View(toks))
	for _, k := range []int{0, 2, 3, 4, 5, 6, 7, 8, 9, 24, 25, 26, 27} {
		if f[k] != 1 {
			t.Errorf("feature %q of a text against itself = %v, want 1", featureNames[k], f[k])
		}
	}
	for _, k := range []int{1, 12, 13, 16, 18, 20, 22, 28, 30} {
		if f[k] != 0 {
			t.Errorf("feature %q of a text against itself = %v, want 0", featureNames[k], f[k])
		}
	}
}

func TestLongPassagesAreCapped(t *testing.T) {
	var long []byte
	for range 2000 {
		long = append(long, "word after word "...)
	}
	toks := allTokens(string(long))
	v := newTestJudge().View(toks)
	if len(v.words) != maxTokens {
		t.Errorf("read kept %d tokens of %d, want %d", len(v.words), len(toks), maxTokens)
	}
}

func TestRadixSortSortsLikeSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, bytes := range []int{1, 2, 3, 4} {
		for _, n := range []int{0, 1, 2, 17, 300} {
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = rng.Uint64() >> (64 - 8*bytes)
			}
			want := slices.Sorted(slices.Values(keys))
			radixSort(keys, nil, bytes)
			if !slices.Equal(keys, want) {
				t.Errorf("%d keys of %d bytes: radixSort gave %v, want %v", n, bytes, keys, want)
			}
		}
	}
}

// The table is keyed by the text of each term and looked up by key: both must
// list the same terms.
func TestTermKeysMatchTermTexts(t *testing.T) {
	stems := []string{"the", "talk", "in", "vienna", "the", "talk", "17"}
	var fromTexts []uint64
	for _, text := range termTexts(stems) {
		fromTexts = append(fromTexts, termKey(text))
	}
	slices.Sort(fromTexts)
	if got := appendTermKeys(nil, stems); !slices.Equal(got, fromTexts) {
		t.Errorf("appendTermKeys(%q) = %v, want the keys of termTexts: %v", stems, got, fromTexts)
	}
	if n := len(termTexts(stems)); n != 5+5 {
		t.Errorf("termTexts(%q) has %d terms, want 5 distinct stems and 5 distinct pairs", stems, n)
	}
}

func TestParseEvidence(t *testing.T) {
	ev, err := parseEvidence("percent\t0.5\t-1.25\ntalk vienna\t1\t-0.5\n")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ev[termKey("talk vienna")], (termEvidence{both: 1, one: -0.5}); got != want {
		t.Errorf("evidence of %q = %+v, want %+v", "talk vienna", got, want)
	}
	for _, bad := range []string{"percent\t0.5\n", "percent\tmuch\t-1\n"} {
		if _, err := parseEvidence(bad); err == nil {
			t.Errorf("parseEvidence(%q) gave no error", bad)
		}
	}
	if len(fittedEvidence) < 1000 {
		t.Errorf("the embedded table holds %d terms; was evidence.tsv written?", len(fittedEvidence))
	}
}

// TestCommon checks the count of items two sorted multisets share, each item
// counted as often as both hold it.
func TestCommon(t *testing.T) {
	tests := []struct {
		a, b []uint64
		want int
	}{
		{nil, []uint64{1}, 0},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}, 3},
		{[]uint64{1, 1, 2}, []uint64{1, 2, 2}, 2},
		{[]uint64{1, 3, 5, 7}, []uint64{2, 3, 4, 7, 9}, 2},
		{[]uint64{5, 5, 5}, []uint64{5, 5}, 2},
		{[]uint64{1, 2}, []uint64{3, 4}, 0},
	}
	for _, tt := range tests {
		if got := common(tt.a, tt.b); got != tt.want {
			t.Errorf("common(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := common(tt.b, tt.a); got != tt.want {
			t.Errorf("common(%v, %v) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}
