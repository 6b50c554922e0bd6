package align

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name  string
		give  []pair
		want  [][2]int // left, right
		total float64
	}{
		{
			"best total, not best first",
			[]pair{{0, 0, 0.80}, {0, 1, 0.75}, {1, 0, 0.78}},
			[][2]int{{0, 1}, {1, 0}}, 1.53,
		},
		{
			"below the threshold is no link",
			[]pair{{0, 0, 0.9}, {1, 1, 0.2}},
			[][2]int{{0, 0}}, 0.9,
		},
		{
			"more sentences on one side",
			[]pair{{0, 0, 0.6}, {0, 1, 0.7}, {0, 2, 0.5}, {1, 1, 0.65}},
			[][2]int{{0, 0}, {1, 1}}, 1.25,
		},
		{"nothing", nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := match(tt.give, 0.35, func(p pair) float64 { return p.sim })
			var links [][2]int
			total := 0.0
			for _, p := range got {
				links = append(links, [2]int{p.l, p.r})
				total += p.sim
			}
			sort.Slice(links, func(i, j int) bool { return links[i][0] < links[j][0] })
			if d := cmp.Diff(tt.want, links); d != "" {
				t.Errorf("match(%v) links (-want +got):\n%s", tt.give, d)
			}
			if total < tt.total-1e-9 || total > tt.total+1e-9 {
				t.Errorf("match(%v) total = %v, want %v", tt.give, total, tt.total)
			}
		})
	}
}

func TestOverlaps(t *testing.T) {
	spans := []Span{{10, 20}, {30, 40}}
	tests := []struct {
		start, end int
		want       bool
	}{
		{0, 10, false}, {0, 11, true}, {19, 25, true}, {20, 30, false}, {35, 36, true}, {40, 50, false},
	}
	for _, tt := range tests {
		if got := overlaps(spans, tt.start, tt.end); got != tt.want {
			t.Errorf("overlaps(%v, %d, %d) = %v, want %v", spans, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestFiledApart(t *testing.T) {
	for _, tt := range []struct {
		a, b int
		want bool
	}{
		{0, 200, false},   // one dateline without a day
		{51, 52, false},   // the next day
		{51, 133, true},   // months apart
		{364, 2, false},   // across the year's turn
		{100, 107, false}, // a week
		{100, 108, true},  // more
	} {
		if got := filedApart(tt.a, tt.b); got != tt.want {
			t.Errorf("filedApart(%d, %d) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
