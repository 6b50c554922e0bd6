package align

import (
	"math"
	"sort"
)

// maxAssignCells bounds the matrix the optimal assignment may use: beyond it
// (about 700 by 700 sentences with candidates) links are chosen best first.
const maxAssignCells = 500_000

// match picks one-to-one links from the candidate pairs whose weight reaches
// minSim: the set with the largest total weight (the Hungarian method) when
// the sentences involved are few enough, otherwise best first. weight is a
// pair's similarity as the choice counts it.
func match(pairs []pair, minSim float64, weight func(pair) float64) []pair {
	var kept []pair
	for _, p := range pairs {
		if weight(p) >= minSim {
			kept = append(kept, p)
		}
	}
	ls, rs := indexSides(kept)
	if len(ls)*len(rs) > maxAssignCells {
		return greedy(kept)
	}
	return optimal(kept, ls, rs, weight)
}

// indexSides numbers the distinct left and right sentences of pairs.
func indexSides(pairs []pair) (map[int]int, map[int]int) {
	ls, rs := map[int]int{}, map[int]int{}
	for _, p := range pairs {
		if _, ok := ls[p.l]; !ok {
			ls[p.l] = len(ls)
		}
		if _, ok := rs[p.r]; !ok {
			rs[p.r] = len(rs)
		}
	}
	return ls, rs
}

// greedy links the best pair first, then the best among those left.
func greedy(pairs []pair) []pair {
	sorted := append([]pair(nil), pairs...)
	sort.Slice(sorted, func(i, j int) bool { return better(sorted[i], sorted[j]) })
	usedL, usedR := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, p := range sorted {
		if usedL[p.l] || usedR[p.r] {
			continue
		}
		usedL[p.l], usedR[p.r] = true, true
		out = append(out, p)
	}
	return out
}

// optimal links the pairs that maximise the total weight, by the Hungarian
// method on a square matrix where not linking a sentence costs 1 and linking it
// costs 1 - weight.
func optimal(pairs []pair, ls, rs map[int]int, weight func(pair) float64) []pair {
	n := max(len(ls), len(rs))
	if n == 0 {
		return nil
	}
	cost := make([][]float64, n)
	byCell := make(map[[2]int]pair, len(pairs))
	for i := range cost {
		cost[i] = make([]float64, n)
		for j := range cost[i] {
			cost[i][j] = 1
		}
	}
	for _, p := range pairs {
		i, j := ls[p.l], rs[p.r]
		if c := 1 - weight(p); c < cost[i][j] {
			cost[i][j] = c
			byCell[[2]int{i, j}] = p
		}
	}
	var out []pair
	for i, j := range hungarian(cost) {
		if p, ok := byCell[[2]int{i, j}]; ok {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	return out
}

// hungarian returns, for each row of the square cost matrix, the column assigned
// to it in an assignment of least total cost (Kuhn-Munkres with potentials,
// O(n³)).
func hungarian(cost [][]float64) []int {
	n := len(cost)
	u, v := make([]float64, n+1), make([]float64, n+1)
	p, way := make([]int, n+1), make([]int, n+1) // p[j]: row assigned to column j (1-based)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	rowOf := make([]int, n)
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			rowOf[p[j]-1] = j - 1
		}
	}
	return rowOf
}
