package align

import (
	"slices"

	"github.com/compared/compared/internal/segment"
)

// group is an alignment under construction.
type group struct {
	left, right []int
}

// extendGroups turns links into groups and attaches each sentence left unlinked to
// the group of its best partner when it adds content that partner has: a sentence
// split in two, or two merged into one.
func extendGroups(links, pairs []pair, L, R side, minSim float64) []group {
	groups := make([]group, len(links))
	byL, byR := map[int]int{}, map[int]int{}
	for k, p := range links {
		groups[k] = group{left: []int{p.l}, right: []int{p.r}}
		byL[p.l], byR[p.r] = k, k
	}
	for _, p := range pairs {
		_, lLinked := byL[p.l]
		_, rLinked := byR[p.r]
		switch {
		case !lLinked && rLinked:
			g := &groups[byR[p.r]]
			if len(g.right) == 1 && improves(L, R, g.left, g.right, append(slices.Clone(g.left), p.l), g.right, minSim) {
				g.left = sortedInsert(g.left, p.l)
				byL[p.l] = byR[p.r]
			}
		case lLinked && !rLinked:
			g := &groups[byL[p.l]]
			if len(g.left) == 1 && improves(L, R, g.left, g.right, g.left, append(slices.Clone(g.right), p.r), minSim) {
				g.right = sortedInsert(g.right, p.r)
				byR[p.r] = byL[p.l]
			}
		}
	}
	return groups
}

// maxGroup is the most sentences one side of an alignment may hold.
const maxGroup = 3

// improves reports whether the grown group (l2, r2) is a clearly better match than
// (l1, r1): the similarity of the joined sentences rises and the added sentence is
// mostly contained in the other side.
func improves(L, R side, l1, r1, l2, r2 []int, minSim float64) bool {
	if len(l2) > maxGroup || len(r2) > maxGroup {
		return false
	}
	before := similarity(L, R, l1, r1)
	after := similarity(L, R, l2, r2)
	return after > before+0.05 && after >= minSim
}

// similarity is the Dice similarity of the joined sentences ls and rs.
func similarity(L, R side, ls, rs []int) float64 {
	lb, lt := join(L, ls)
	rb, rt := join(R, rs)
	return dice(shared(lb, rb), lt, rt)
}

func join(s side, idx []int) (bag, float64) {
	if len(idx) == 1 {
		return s.bags[idx[0]], s.totals[idx[0]]
	}
	bags := make([]bag, len(idx))
	for k, i := range idx {
		bags[k] = s.bags[i]
	}
	return union(bags...)
}

func sortedInsert(s []int, v int) []int {
	i, _ := slices.BinarySearch(s, v)
	return slices.Insert(s, i, v)
}

// finish computes a group's similarity and kind.
func finish(g group, L, R side) Alignment {
	a := Alignment{Left: g.left, Right: g.right, Similarity: similarity(L, R, g.left, g.right)}
	switch {
	case sameWords(L.doc, g.left, R.doc, g.right):
		a.Kind, a.Similarity = Identical, 1
	case a.Similarity >= nearIdenticalAt:
		a.Kind = NearIdentical
	case a.Similarity >= paraphraseAt:
		a.Kind = Paraphrase
	default:
		a.Kind = Partial
	}
	return a
}

// sameWords reports whether the sentences hold the same tokens once cosmetic
// differences are folded away.
func sameWords(ld segment.Document, ls []int, rd segment.Document, rs []int) bool {
	lt, rt := foldedTokens(ld, ls), foldedTokens(rd, rs)
	return slices.Equal(lt, rt)
}

func foldedTokens(d segment.Document, idx []int) []string {
	var out []string
	for _, k := range idx {
		for _, t := range d.Sentences[k].Tokens {
			out = append(out, t.Fold)
		}
	}
	return out
}
