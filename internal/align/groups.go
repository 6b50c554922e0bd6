package align

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/paraphrase"
	"github.com/compared/compared/internal/spelling"

	"github.com/compared/compared/internal/segment"
)

// group is an alignment under construction.
type group struct {
	left, right []int
	sim         float64 // similarity of the joined sentences
	// overlap says the group was linked below the threshold for a value or a
	// headline it shares, not for its words: a partial overlap, which the
	// paraphrase model need not be asked about.
	overlap bool
}

// minAttachSimilarity is the least similarity a sentence must have with a linked
// one before it is tried as the other part of a split or merge.
const minAttachSimilarity = 0.1

// groupsOf turns links into groups of one sentence a side.
func groupsOf(links []pair) []group {
	groups := make([]group, len(links))
	for k, p := range links {
		groups[k] = group{left: []int{p.l}, right: []int{p.r}, sim: p.sim}
	}
	return groups
}

// attach grows groups: it attaches each sentence in no group to the group of
// its best partner when it adds content that partner has: a sentence split in
// two, or two merged into one.
func attach(groups []group, pairs []pair, L, R side, minSim float64) []group {
	byL, byR := map[int]int{}, map[int]int{}
	for k, g := range groups {
		for _, l := range g.left {
			byL[l] = k
		}
		for _, r := range g.right {
			byR[r] = k
		}
	}
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	openL, openR := bestOpen(pairs, usedL, usedR, L, R, minSim)
	gapL, gapR := gapPartners(groups, pairs, L, R, betweenShare*minSim)
	var tried []int // a group's sentences with one more, kept only if the group takes it
	for _, p := range pairs {
		if p.sim < minAttachSimilarity || isHeading(L.doc.Sentences[p.l]) || isHeading(R.doc.Sentences[p.r]) {
			continue
		}
		_, lLinked := byL[p.l]
		_, rLinked := byR[p.r]
		switch {
		case !lLinked && rival(openL, p.l, p.sim, minSim) || !rLinked && rival(openR, p.r, p.sim, minSim):
			// The sentence has a better partner left open, which a later pass
			// may link it to: "Nsanje district ... has been hardest hit, with
			// about 45% of infections, according to the World Health
			// Organization" is no part of the other's lead that credits the
			// WHO, beside its "The southern district of Nsanje ... accounts for
			// nearly half of all cases".
		case !lLinked && gapL.has(p.l) && !adjacent(groups[byR[p.r]].left, p.l) || !rLinked && gapR.has(p.r) && !adjacent(groups[byL[p.l]].right, p.r):
			// The sentence stands alone between two links with one sentence
			// of the other side, which it shares content with: the two tell
			// the same step of the story, which between links, however much
			// more its words have in common with a group further off
			// ("Hurts threw two touchdown passes, ran for another score and
			// was named the game's MVP" is no part of "Mahomes completed 21
			// of 32 passes for 257 yards with three touchdowns ...").
		case !lLinked && rLinked && splits(groups[byR[p.r]].right, groups[byR[p.r]].left, p.l) && near(groups[byR[p.r]].left, p.l) &&
			(!strandsPronoun(L.doc, p.l, byL, byR[p.r]) || adjacent(groups[byR[p.r]].left, p.l) && contained(L.bags[p.l], L.totals[p.l], R.bags[p.r])):
			g := &groups[byR[p.r]]
			tried = insertedInto(tried, g.left, p.l)
			margin := attachMargin(L.bags[p.l], L.totals[p.l], R.bags[p.r], adjacent(g.left, p.l), p.sim >= minSim && openL[p.l] < anchorShare*minSim ||
				quotesAlike(L, p.l, R, p.r))
			sim, ok := improves(L, R, g.sim, tried, g.right, minSim, margin)
			if ok || splitQuotation(L, g.left, p.l, R, g.right, p.r, p.sim, minSim) || adjacent(g.left, p.l) && valuesPair(L, R, p, minSim) && improvesByValues(L, R, g.left, g.right, tried, g.right, minSim, margin) {
				g.left, g.sim = slices.Clone(tried), sim
				byL[p.l] = byR[p.r]
			}
		case lLinked && !rLinked && splits(groups[byL[p.l]].left, groups[byL[p.l]].right, p.r) && near(groups[byL[p.l]].right, p.r) &&
			(!strandsPronoun(R.doc, p.r, byR, byL[p.l]) || adjacent(groups[byL[p.l]].right, p.r) && contained(R.bags[p.r], R.totals[p.r], L.bags[p.l])):
			g := &groups[byL[p.l]]
			tried = insertedInto(tried, g.right, p.r)
			margin := attachMargin(R.bags[p.r], R.totals[p.r], L.bags[p.l], adjacent(g.right, p.r), p.sim >= minSim && openR[p.r] < anchorShare*minSim ||
				quotesAlike(L, p.l, R, p.r))
			sim, ok := improves(L, R, g.sim, g.left, tried, minSim, margin)
			if ok || splitQuotation(R, g.right, p.r, L, g.left, p.l, p.sim, minSim) || adjacent(g.right, p.r) && valuesPair(L, R, p, minSim) && improvesByValues(L, R, g.left, g.right, g.left, tried, minSim, margin) {
				g.right, g.sim = slices.Clone(tried), sim
				byR[p.r] = byL[p.l]
			}
		}
	}
	return groups
}

// gapPartners returns, for each sentence of each side, the sentence of the
// other side it stands alone with between two groups (see gaps), where the
// two share at least least, or -1.
func gapPartners(groups []group, pairs []pair, L, R side, least float64) (left, right gapPartner) {
	for _, gap := range gaps(groups, bothHeaded(L, R), len(L.bags), len(R.bags)) {
		if len(gap[0]) != 1 || len(gap[1]) != 1 {
			continue
		}
		l, r := gap[0][0], gap[1][0]
		if slices.ContainsFunc(pairs, func(p pair) bool { return p.l == l && p.r == r && p.sim >= least }) {
			if left == nil {
				left, right = slices.Repeat([]int{-1}, len(L.bags)), slices.Repeat([]int{-1}, len(R.bags))
			}
			left[l], right[r] = r, l
		}
	}
	return left, right
}

// gapPartner holds, per sentence of one side, its partner in a gap of one
// sentence a side (see gapPartners), or -1; nil where there is none.
type gapPartner []int

// has reports whether sentence k has a partner in a gap.
func (g gapPartner) has(k int) bool { return g != nil && g[k] >= 0 }

// splitQuotation reports whether sentence a of side A, in no group, joins
// the group whose sides are own (of A) and other (of B) as the other half of
// a quotation split in two, however little it adds to the group's likeness:
// the group is one sentence a side, a stands next to own's and links with
// other's, b, at the threshold (sim), and its quoted words all stand in b's
// quotation ("\"What a ride,\" Nick Hague ... radioed as it splashed down.
// \"I see a capsule full of grins ear to ear.\"" / "\"What a ride, I see a
// capsule full of grins ear to ear,\" Hague said").
func splitQuotation(A side, own []int, a int, B side, other []int, b int, sim, minSim float64) bool {
	return len(own) == 1 && len(other) == 1 && sim >= minSim && adjacent(own, a) && quotedWithin(A, a, B, b)
}

// bestOpen returns, for each sentence of each side, the highest similarity
// it has with a sentence of the other side that no group holds (usedL and
// usedR, see linked), or 0, each pair counted as the choice of links counts
// it (weight, see headlineWeight): a headline is a body sentence's rival
// only as far as it could be linked to it ("Ship ... slams into Baltimore
// bridge, six presumed dead", which the other's headline takes, is no better
// partner of "Six members of a road construction crew were missing and
// presumed dead" than the lead the other report split that from).
func bestOpen(pairs []pair, usedL, usedR []bool, L, R side, minSim float64) (left, right []float64) {
	left, right = make([]float64, len(usedL)), make([]float64, len(usedR))
	headed := bothHeaded(L, R)
	for _, p := range pairs {
		w := pairWeight(p, L.doc.Sentences, R.doc.Sentences, headed, minSim)
		if !usedR[p.r] {
			left[p.l] = max(left[p.l], w)
		}
		if !usedL[p.l] {
			right[p.r] = max(right[p.r], w)
		}
	}
	return left, right
}

// claimed is how many open sentences of the other side a sentence is the best
// partner of, and the first of them.
type claimed struct{ first, n int }

// claims returns, for each sentence of each side, the sentences of the other
// side among the open pairs whose best partner it is, at a similarity a later
// pass may link (see rival).
func claims(open []pair, minSim float64, nl, nr int) (left, right []claimed) {
	left, right = make([]claimed, nl), make([]claimed, nr)
	claim := func(c *claimed, by int) {
		if c.n == 0 {
			c.first = by
		}
		c.n++
	}
	for _, p := range bestOf(open, func(p pair) int { return p.l }) {
		if p.sim >= anchorShare*minSim {
			claim(&right[p.r], p.l)
		}
	}
	for _, p := range bestOf(open, func(p pair) int { return p.r }) {
		if p.sim >= anchorShare*minSim {
			claim(&left[p.l], p.r)
		}
	}
	return left, right
}

// strands reports whether a sentence so claimed (see claims) would leave
// one of the sentences that claim it without its partner on joining a run
// for sentence k of the other side.
func strands(c claimed, k int) bool {
	return c.n > 1 || c.n == 1 && c.first != k
}

// rival reports whether a sentence, whose best similarity with an open
// sentence of the other side is open[k], would rather pair with that one than
// join a group at similarity sim: it is higher, and high enough for a later
// pass to link (see anchoredLeftovers).
func rival(open []float64, k int, sim, minSim float64) bool {
	return open[k] > sim && open[k] >= anchorShare*minSim
}

// splits reports whether sentence k may join a group's side own, whose other
// side is other: a group of one sentence on the other side takes any near
// sentence; one of two next to each other takes only the sentence next to
// its own, as when both articles split one statement in two at different
// points ("\"It's a dream come true. I'm very emotional,\" Sinner said ..." /
// "\"It's a dream come true,\" said Sinner, ... \"I'm very emotional.\"").
func splits(other, own []int, k int) bool {
	return len(other) == 1 || len(other) == 2 && other[1] == other[0]+1 && adjacent(own, k)
}

// strandsPronoun reports whether sentence k of doc would join group target
// while the sentence before it in its paragraph, which it goes on from, stands
// in another group: one that opens with a pronoun ("He denies wrongdoing."
// after a sentence about Ghosn) speaks of what that sentence spoke of, however
// well its words match another passage ("Kelly, 65, who has denied
// wrongdoing").
func strandsPronoun(doc segment.Document, k int, groupOf map[int]int, target int) bool {
	if k == 0 || doc.Sentences[k-1].Paragraph != doc.Sentences[k].Paragraph || !opensWithPronoun(doc.Sentences[k]) {
		return false
	}
	g, ok := groupOf[k-1]
	return ok && g != target
}

// subjectPronouns open a sentence that goes on from the one before.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true, "her": true, "its": true, "their": true}

func opensWithPronoun(s segment.Sentence) bool {
	return len(s.Tokens) > 0 && subjectPronouns[s.Tokens[0].Lower]
}

// maxAttachDistance is the furthest, in sentences, that a sentence may stand
// from a group's sentences on its side to join it: the parts of a sentence
// split in two stand in one passage ("The rebel groups ... have been more open"
// and, a sentence on, "Assad ... has not taken any concrete steps"), while the
// same words far off are the story repeating itself.
const maxAttachDistance = 8

// near reports whether sentence k stands within maxAttachDistance of one of idx.
func near(idx []int, k int) bool {
	return slices.ContainsFunc(idx, func(i int) bool { return abs(i-k) <= maxAttachDistance })
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// joinRuns links what no link reached: a sentence whose content two or three
// adjacent sentences of the other side share out between them, none similar
// enough on its own ("Kerry called it a step forward. Lavrov welcomed it."
// against one sentence that says both).
func joinRuns(groups []group, pairs []pair, L, R side, minSim float64) []group {
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	mark := func(g group) {
		for _, l := range g.left {
			usedL[l] = true
		}
		for _, r := range g.right {
			usedR[r] = true
		}
	}
	var open []pair // the pairs of sentences no group holds
	for _, p := range pairs {
		if p.sim >= minAttachSimilarity && !usedL[p.l] && !usedR[p.r] && !isHeading(L.doc.Sentences[p.l]) && !isHeading(R.doc.Sentences[p.r]) {
			open = append(open, p)
		}
	}
	// A sentence with a better partner than the one a run would join it to
	// is left to pair with that one (see attach), and so is one that is the
	// best partner of another open sentence, which the run would strand.
	openL, openR := bestOpen(pairs, usedL, usedR, L, R, minSim)
	claimsL, claimsR := claims(open, minSim, len(L.bags), len(R.bags))
	var partners []partner
	slices.SortFunc(open, func(a, b pair) int { return cmp.Or(a.l-b.l, a.r-b.r, cmp.Compare(b.sim, a.sim)) })
	for run := range runsBy(open, func(p pair) int { return p.l }) {
		l := run[0].l
		if usedL[l] || len(run) < 2 {
			continue
		}
		partners = partners[:0]
		for _, p := range run {
			if !rival(openR, p.r, p.sim, minSim) && !strands(claimsR[p.r], l) {
				partners = append(partners, partner{p.r, p.sim})
			}
		}
		rs, sim := bestRun(partners, usedR, func(rs []int) float64 { return similarity(L, R, []int{l}, rs) }, minSim)
		if rs != nil {
			g := group{left: []int{l}, right: rs, sim: sim}
			groups = append(groups, g)
			mark(g)
		}
	}
	slices.SortFunc(open, func(a, b pair) int { return cmp.Or(a.r-b.r, a.l-b.l, cmp.Compare(b.sim, a.sim)) })
	for run := range runsBy(open, func(p pair) int { return p.r }) {
		r := run[0].r
		if usedR[r] || len(run) < 2 {
			continue
		}
		partners = partners[:0]
		for _, p := range run {
			if !rival(openL, p.l, p.sim, minSim) && !strands(claimsL[p.l], r) {
				partners = append(partners, partner{p.l, p.sim})
			}
		}
		ls, sim := bestRun(partners, usedL, func(ls []int) float64 { return similarity(L, R, ls, []int{r}) }, minSim)
		if ls != nil {
			g := group{left: ls, right: []int{r}, sim: sim}
			groups = append(groups, g)
			mark(g)
		}
	}
	return groups
}

// runsBy yields the runs of pairs, sorted by key, that share a key.
func runsBy(pairs []pair, key func(pair) int) iter.Seq[[]pair] {
	return func(yield func([]pair) bool) {
		for i := 0; i < len(pairs); {
			j := i + 1
			for j < len(pairs) && key(pairs[j]) == key(pairs[i]) {
				j++
			}
			if !yield(pairs[i:j]) {
				return
			}
			i = j
		}
	}
}

// maxHeadingWords is the longest a heading runs, in words and figures, its
// punctuation aside: a headline of a dozen words and a score ("Eagles rout
// Chiefs 40-22 in Super Bowl, denying Kansas City a third straight title") is
// one.
const maxHeadingWords = 16

// isHeading reports whether s is a heading or a caption rather than a sentence:
// it is short and ends without a full stop, question or exclamation mark (a
// closing quotation mark or bracket after one aside). Such a line may be linked on its own, but is
// never joined to a sentence as part of a split or merge ("What we know so far"
// beside "Nobody has claimed responsibility so far").
func isHeading(s segment.Sentence) bool {
	toks := s.Tokens
	k := len(toks) - 1
	for k > 0 && (toks[k].Fold == "\"" || toks[k].Fold == "'" || toks[k].Text == ")") {
		k--
	}
	if k < 0 {
		return true
	}
	switch toks[k].Fold {
	case ".", "...", "!", "?":
		return false
	}
	// A long line without a full stop is a sentence that lost it.
	return len(toks) <= maxHeadingWords || words(toks) <= maxHeadingWords
}

// words counts the tokens of toks that are no punctuation.
func words(toks []segment.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind != segment.Punct {
			n++
		}
	}
	return n
}

// headlines links the headlines two related articles open with: each
// article's first sentence that is no page furniture is a heading, neither is
// linked yet, the articles are linked elsewhere, and the two share a term.
// Headlines are short and written to fit ("IMF cuts global growth forecast,
// warns of trade risks" / "IMF slashes world growth outlook on tariffs"):
// they share too few words to reach any threshold, yet tell one story.
func headlines(groups []group, L, R side, lFurniture, rFurniture []bool) []group {
	l, r, ok := headings(L, R, lFurniture, rFurniture)
	if len(groups) == 0 || !ok {
		return groups
	}
	if holdsEither(groups, l, r) {
		return groups
	}
	s := shared(L.bags[l], R.bags[r])
	switch {
	case s > 0:
	case namesAlike(L.doc.Sentences[l].Tokens, R.doc.Sentences[r].Tokens):
		s = nameWeight // the name, as if spelt one way
	case !leadsLinked(groups, L, R, lFurniture, rFurniture):
		return groups
	}
	// Two headlines of no word in common still head one story where the
	// leads under them are linked to each other: "Global IT outage grounds
	// flights, disrupts banks and hospitals" / "CrowdStrike update sparks
	// worldwide tech meltdown".
	return append(groups, group{left: []int{l}, right: []int{r}, sim: dice(s, L.totals[l], R.totals[r]), overlap: true})
}

// headings returns each article's first sentence that is no page furniture,
// and whether both are headings (see isHeading).
func headings(L, R side, lFurniture, rFurniture []bool) (l, r int, ok bool) {
	l, r = slices.Index(lFurniture, false), slices.Index(rFurniture, false)
	return l, r, l >= 0 && r >= 0 && isHeading(L.doc.Sentences[l]) && isHeading(R.doc.Sentences[r])
}

// uncrossHeadlines relinks a headline that the choice of links gave the
// other article's lead as an editor links them, headline with headline and
// lead with lead, where the other headline and this article's lead are free,
// the two headlines share a term and the two leads reach the threshold: "UK
// inflation falls to 2% for first time in nearly three years" shares more
// words with the lead "UK inflation has fallen to 2%, hitting the Bank of
// England's target for the first time in almost three years" than with its
// headline "UK inflation hits Bank of England's 2% target".
func uncrossHeadlines(links, pairs []pair, L, R side, lFurniture, rFurniture []bool, minSim float64) []pair {
	lh, rh, ok := headings(L, R, lFurniture, rFurniture)
	ll, rl := lead(L.doc, lFurniture), lead(R.doc, rFurniture)
	if !ok || ll < 0 || rl < 0 {
		return links
	}
	simOf := func(l, r int) float64 {
		if k := slices.IndexFunc(pairs, func(p pair) bool { return p.l == l && p.r == r }); k >= 0 {
			return pairs[k].sim
		}
		return 0
	}
	linkedL := func(l int) bool { return slices.ContainsFunc(links, func(p pair) bool { return p.l == l }) }
	linkedR := func(r int) bool { return slices.ContainsFunc(links, func(p pair) bool { return p.r == r }) }
	for k, p := range links {
		crossed := p.l == lh && p.r == rl && !linkedR(rh) && !linkedL(ll) || p.l == ll && p.r == rh && !linkedL(lh) && !linkedR(rl)
		if hs, ls := simOf(lh, rh), simOf(ll, rl); crossed && hs > 0 && ls >= minSim {
			out := slices.Delete(slices.Clone(links), k, k+1)
			return append(out, pair{l: lh, r: rh, sim: hs}, pair{l: ll, r: rl, sim: ls})
		}
	}
	return links
}

// leadsLinked reports whether the leads of both articles (see lead) are
// linked to each other, in one group.
func leadsLinked(groups []group, L, R side, lFurniture, rFurniture []bool) bool {
	l, r := lead(L.doc, lFurniture), lead(R.doc, rFurniture)
	if l < 0 || r < 0 {
		return false
	}
	g := holder(groups, l, leftSide)
	return g >= 0 && slices.Contains(groups[g].right, r)
}

// leads links the leads of two related articles: each article's first
// sentence that is neither page furniture nor a heading, neither linked yet,
// when the articles are linked elsewhere, the two share a name and their
// similarity reaches leadShare of the threshold. A news report opens with what
// the story is, and two reports of one story open alike in other words
// ("Zelensky said on Sunday that Ukraine would never give up any of its land in
// exchange for peace" / "Zelenskiy has ruled out ceding any territory to Russia
// as part of a peace deal"). Where one lead is linked to the sentences right
// after the other's, the other joins them (see opensAfter).
func leads(groups []group, L, R side, lFurniture, rFurniture []bool, minSim float64) []group {
	l, r := lead(L.doc, lFurniture), lead(R.doc, rFurniture)
	if len(groups) == 0 || l < 0 || r < 0 {
		return groups
	}
	sim, alike := leadsAlike(L, R, l, r, minSim)
	if !alike {
		return groups
	}
	byL, byR := holder(groups, l, leftSide), holder(groups, r, rightSide)
	switch {
	case byL < 0 && byR < 0:
		return append(groups, group{left: []int{l}, right: []int{r}, sim: sim, overlap: true})
	case byL < 0 && opensAfter(groups[byR].left, l):
		groups[byR].left = append([]int{l}, groups[byR].left...)
		groups[byR].sim = similarity(L, R, groups[byR].left, groups[byR].right)
	case byR < 0 && opensAfter(groups[byL].right, r):
		groups[byL].right = append([]int{r}, groups[byL].right...)
		groups[byL].sim = similarity(L, R, groups[byL].left, groups[byL].right)
	}
	return groups
}

// leadsAlike returns the similarity of leads l and r and whether they share
// a name and reach leadShare of the threshold, or leadFigureShare where they
// state one figure.
func leadsAlike(L, R side, l, r int, minSim float64) (float64, bool) {
	sim := similarity(L, R, []int{l}, []int{r})
	share := leadShare
	if sharedFigures(L.bags[l], R.bags[r]) > 0 {
		share = leadFigureShare
	}
	return sim, sim >= share*minSim && sharesName(L.bags[l], R.bags[r])
}

// opensAfter reports whether a group's sentences on one side begin right
// after that side's lead and leave room for it: the other report's lead took
// the sentence after this one's lead ("At least 41 migrants are feared to have
// died ..., citing survivors. The four survivors ... told rescuers their boat
// had set off from ... Sfax" / "Forty-one migrants ... died when their boat
// capsized ... after setting off from Tunisia, according to survivors"), and
// both leads say what the story is.
func opensAfter(sentences []int, lead int) bool {
	return len(sentences) > 0 && sentences[0] == lead+1 && len(sentences) < maxGroup
}

// leftSide and rightSide return a group's sentences on one side.
func leftSide(g group) []int  { return g.left }
func rightSide(g group) []int { return g.right }

// holder returns the index of the group that holds sentence k on the side
// side returns, or -1.
func holder(groups []group, k int, side func(group) []int) int {
	return slices.IndexFunc(groups, func(g group) bool { return slices.Contains(side(g), k) })
}

// holdsEither reports whether one of groups holds left sentence l or right
// sentence r.
func holdsEither(groups []group, l, r int) bool {
	return holder(groups, l, leftSide) >= 0 || holder(groups, r, rightSide) >= 0
}

// leadShare is the share of the threshold two leads must reach to link, and
// leadFigureShare the share when they also state one figure: the name and the
// number a story is about, however long the rest of one lead runs ("Microsoft
// Corp said on Wednesday it would cut 10,000 jobs by the end of the third
// quarter of fiscal 2023, the latest sign that layoffs are accelerating ..." /
// "Microsoft is laying off 10,000 workers, nearly 5% of its workforce, the tech
// giant announced Wednesday").
const (
	leadShare       = 0.5
	leadFigureShare = 0.25
)

// lead returns the index of doc's first sentence that is neither furniture
// nor a heading, or -1.
func lead(doc segment.Document, furniture []bool) int {
	for k, s := range doc.Sentences {
		if !furniture[k] && !isHeading(s) {
			return k
		}
	}
	return -1
}

// bothHeaded reports whether both articles open with a heading.
func bothHeaded(L, R side) bool {
	return len(L.doc.Sentences) > 0 && len(R.doc.Sentences) > 0 && isHeading(L.doc.Sentences[0]) && isHeading(R.doc.Sentences[0])
}

// crossHeadingShare is how much a link between one article's heading and the
// other's body counts, against its similarity, in the choice of links and
// against the threshold, when both articles open with a heading: a headline
// holds few words, all of which the other's lead may hold ("Plane crashes in
// Nepal, killing at least 68" / "At least 68 people have been killed after a
// passenger plane ... crashed in Nepal"), while the two headlines and the two
// leads are the links an editor makes.
const crossHeadingShare = 0.7

// headlineWeight returns how the choice of links counts a pair: its
// similarity, less for a heading against a body sentence when both articles
// open with a heading (see crossHeadingShare), and as much more for two
// headings at the threshold minSim or above, which the choice then prefers
// to a body sentence sharing more words with either ("Eagles rout Chiefs
// 40-22 in Super Bowl, denying Kansas City a third straight title" / "Eagles
// crush Chiefs to win Super Bowl, end three-peat bid", beside "The Chiefs
// were trying to become the first team to win three consecutive Super
// Bowls").
func headlineWeight(L, R side, minSim float64) func(pair) float64 {
	if !bothHeaded(L, R) {
		return func(p pair) float64 { return p.sim }
	}
	ls, rs := L.doc.Sentences, R.doc.Sentences
	return func(p pair) float64 { return pairWeight(p, ls, rs, true, minSim) }
}

// pairWeight is headlineWeight's count of pair p of the sentences ls and rs,
// headed when both articles open with a heading.
func pairWeight(p pair, ls, rs []segment.Sentence, headed bool, minSim float64) float64 {
	if !headed {
		return p.sim
	}
	lh, rh := isHeading(ls[p.l]), isHeading(rs[p.r])
	switch {
	case lh != rh:
		return p.sim * crossHeadingShare
	case lh && p.sim >= minSim:
		return p.sim / crossHeadingShare
	}
	return p.sim
}

// namesAlike reports whether two headlines name one name spelt two ways
// ("Zelensky says ..." / "Zelenskiy rules out ..."), which opening a headline
// shares no term: a sentence's first word is not read as a name.
func namesAlike(a, b []segment.Token) bool {
	for _, x := range a {
		if x.Kind != segment.Word || !segment.StartsUpper(x.Text) || len(x.Lower) < 4 {
			continue
		}
		for _, y := range b {
			if y.Kind == segment.Word && segment.StartsUpper(y.Text) && len(y.Lower) >= 4 && spelling.Close(x.Lower, y.Lower, closeName) {
				return true
			}
		}
	}
	return false
}

// closeName is the Jaro-Winkler similarity at which two capitalised words are
// one name spelt two ways.
const closeName = 0.9

// anchorShare is the share of the minimum similarity at which two sentences
// left over are still linked, when each is the other's best and they state the
// same number or date; valuesShare the share for two that state two alike,
// whose other words may differ throughout ("The union is demanding a 35% pay
// rise, which it says would restore pay to 2008 levels" / "The BMA wants a 35
// percent increase, arguing that it would reverse real-terms cuts since 2008").
const (
	anchorShare = 0.6
	valuesShare = 0.4
)

// minJudged is the least probability, by the paraphrase model, at which two
// sentences left over, each the other's best partner, say the same. The model
// costs a comparison of every word of one with every word of the other, so it
// is asked only about pairs that came near the threshold: judgedShare of it.
const (
	minJudged   = 0.7
	judgedShare = 0.85
)

// anchoredLeftovers links what is left over after the other passes: a sentence
// whose best partner among the sentences not yet linked is a sentence whose best
// partner it is too, sharing a number or a date ("Acme, which employs 45,000
// people, said it would cut 1,200 jobs by the end of March" / "The company, which
// has 45,000 employees, plans to eliminate 1,500 positions by the end of March"),
// at a similarity the general threshold would miss; or saying the same but for
// the figures or the day ("The benefit levelled off above about 9,000 steps
// for older adults" / "For people over 60, the benefit leveled off at around
// 8,000 steps"); or read by the paraphrase model (judged, by sentence indexes)
// as saying the same with little doubt ("Toyota said it was not aware of any
// injuries or deaths linked to the problem." / "The company said it knew of no
// injuries or deaths related to the defect."). A figure that changed is then
// reported as a conflict rather than as two facts of one side each.
//
// Two articles no sentence of which linked before are related only through
// names: two leftovers that share none there are boilerplate of one trade
// ("Shares of the company rose 6% in extended trading" / "Shares of the company
// fell 3% in early trading", of two companies' results), not one report, and
// one shared day or count ("on Monday", "12 people") is chance. In related
// articles too, one day shared with no word besides it is chance ("Police
// said the centre would stay closed on Sunday" / "Police said a man ... had
// been released from hospital on Sunday"), while one figure is not ("Apple
// shares fell 1.7% after the event" / "The company's stock closed down 1.7%").
func anchoredLeftovers(groups []group, pairs []pair, L, R side, lFurniture, rFurniture []bool, minSim float64, judged func(l, r int) float64) []group {
	related := len(groups) > 0
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	// Where both articles open with a headline, a headline is no leftover for
	// the other's body: "Germany expels four Russian diplomats" shares its
	// figure and most of its words with the other's lead, while its own lead
	// says the same at length. Leads that leads will link are no leftovers
	// for other sentences either: "The cuts amount to less than 5% of its
	// workforce of 221,000." shares more words with "Microsoft is laying off
	// 10,000 workers, nearly 5% of its workforce, the tech giant announced
	// Wednesday." than the lead that says so.
	headed := bothHeaded(L, R)
	ll, rl := lead(L.doc, lFurniture), lead(R.doc, rFurniture)
	leadsKept := related && ll >= 0 && rl >= 0 && !usedL[ll] && !usedR[rl]
	if leadsKept {
		_, leadsKept = leadsAlike(L, R, ll, rl, minSim)
	}
	bestL, bestR := map[int]pair{}, map[int]pair{} // the best open pair of each open sentence
	open := func(p pair) bool {
		return !usedL[p.l] && !usedR[p.r] && !(headed && isHeading(L.doc.Sentences[p.l]) != isHeading(R.doc.Sentences[p.r])) &&
			!(leadsKept && (p.l == ll) != (p.r == rl))
	}
	for _, p := range pairs {
		if !open(p) || p.sim < anchorShare*minSim && (p.sim < valuesShare*minSim || sharedValues(L.bags[p.l], R.bags[p.r]) < 2) {
			continue
		}
		if b, ok := bestL[p.l]; !ok || better(p, b) {
			bestL[p.l] = p
		}
		if b, ok := bestR[p.r]; !ok || better(p, b) {
			bestR[p.r] = p
		}
	}
	if related {
		// Two sentences with no partner above that share a precise figure
		// are each other's, however long the one (see sharesPreciseFigure):
		// asked only of sentences left with none, as few are.
		for _, p := range pairs {
			_, hasL := bestL[p.l]
			_, hasR := bestR[p.r]
			if open(p) && !hasL && !hasR && sharesPreciseFigure(L.bags[p.l], R.bags[p.r]) {
				bestL[p.l], bestR[p.r] = p, p
			}
		}
	}
	for l := range L.bags {
		p, ok := bestL[l]
		if !ok || bestR[p.r] != p {
			continue
		}
		a, b := L.bags[p.l], R.bags[p.r]
		anchored := related || sharesName(a, b)
		values := sharedValues(a, b)
		if !related {
			// Of two stories no sentence of which linked, a month and a
			// small count are shared by chance: "in September" and "almost
			// double" / "two rate cuts ... in September".
			values = countShared(a, b, func(x, y term) bool { return isValue(x) && !x.describes && !y.describes && !commonValue(x.text) })
		}
		valued := values >= 2 || anchored && sharedValues(a, b) == 1 && (sharedFigures(a, b) == 1 || sharedContent(a, b) > 0)
		swapped := anchored && sameButValues(a, b, L.totals[p.l], R.totals[p.r], minSim)
		if !valued && !swapped && (p.sim < judgedShare*minSim || judged(p.l, p.r) < minJudged) {
			continue
		}
		groups = append(groups, group{left: []int{p.l}, right: []int{p.r}, sim: p.sim, overlap: valued && !swapped && p.sim < minSim})
	}
	return groups
}

// framed links the sentences left over that are each other's best partner,
// near the threshold (judgedShare of it), and stand between the same two links
// on both sides: where they stand says what their words leave in doubt
// ("Perry was found unresponsive in a hot tub at his home in ... Los Angeles,
// the newspaper said" / "Perry was found dead at his Los Angeles home on
// Saturday, said the official, who was not authorized to discuss the matter
// ..."); below that, in a narrow gap between strong links, when they share
// what weakFramed asks (see narrowGap); and the last sentences of both after
// the same last link (see closing), at anchorShare of the threshold or with
// their figures alike (see figuresAlike), or below that by their figures
// alone (see byFigures). It runs after the passes that
// attach sentences to links: a link made on its place takes no part split
// off it.
func framed(groups []group, pairs []pair, L, R side, minSim float64, judged func(l, r int) float64) []group {
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	// The last sentences of both, after the same last link, may link by
	// their figures alone (see byFigures): "Nvidia's shares closed at
	// $118.42, their lowest since October." / "Nvidia ended the day at
	// $118.58.".
	if p, ok := lastPair(pairs, len(L.bags), len(R.bags)); ok && !usedL[p.l] && !usedR[p.r] && p.sim < betweenShare*minSim &&
		closing(groups, p.l, p.r, len(L.bags), len(R.bags)) && byFigures(L, R, p.l, p.r, minSim) {
		groups = append(groups, group{left: []int{p.l}, right: []int{p.r}, sim: p.sim, overlap: true})
		usedL[p.l], usedR[p.r] = true, true
	}
	isOpen := func(p pair) bool { return !usedL[p.l] && !usedR[p.r] && p.sim >= betweenShare*minSim }
	n := 0
	for _, p := range pairs {
		if isOpen(p) {
			n++
		}
	}
	if n == 0 {
		return groups
	}
	open := make([]pair, 0, n) // sized once: the pairs near the threshold are many
	for _, p := range pairs {
		if isOpen(p) {
			open = append(open, p)
		}
	}
	bestR := bestOf(open, func(p pair) int { return p.r })
	var found []group
	for _, p := range bestOf(open, func(p pair) int { return p.l }) {
		if !slices.Contains(bestR, p) {
			continue
		}
		last := closing(groups, p.l, p.r, len(L.bags), len(R.bags)) && (p.sim >= anchorShare*minSim || figuresAlike(p, L, R, minSim)) ||
			afterLast(groups, p.l, p.r) && p.sim >= anchorShare*minSim
		if last || betweenLinks(groups, p.l, p.r) && (p.sim >= judgedShare*minSim || narrowGap(groups, p.l, p.r, minSim) && weakFramed(p, L, R, minSim, judged)) {
			found = append(found, group{left: []int{p.l}, right: []int{p.r}, sim: p.sim, overlap: p.sim < minSim})
		}
	}
	return append(groups, found...)
}

// byFigures reports whether sentences l and r, however little else they
// share, share a word and reach the threshold with the figures and dates
// they state differently taken for each other: "Bitcoin was last up 1.6% at
// $46,700 on Wednesday." / "Bitcoin rose 1.3% to $46,630.". Where they stand
// must say the rest (see between and framed). Each states a figure: a day
// alone taken for another is no sign ("Some employees will be notified on
// Wednesday." / "Microsoft had 221,000 full-time employees as of June 30.").
func byFigures(L, R side, l, r int, minSim float64) bool {
	// isFigure first: a quick test before their likeness is weighed.
	return slices.ContainsFunc(L.bags[l], isFigure) && slices.ContainsFunc(R.bags[r], isFigure) && sharedContent(L.bags[l], R.bags[r]) > 0 &&
		valueSimilarity(L.bags[l], R.bags[r], L.totals[l], R.totals[r]) >= minSim
}

// lastPair returns the pair of the last sentences of two articles of nL and
// nR sentences, when they share a term.
func lastPair(pairs []pair, nL, nR int) (pair, bool) {
	k := slices.IndexFunc(pairs, func(p pair) bool { return p.l == nL-1 && p.r == nR-1 })
	if k < 0 {
		return pair{}, false
	}
	return pairs[k], true
}

// figuresAlike reports whether p, a pair below framed's likeness, reaches
// betweenShare of the threshold, and betweenValues of it with its differing
// figures and dates taken for each other: "Apple shares fell 4.1% to
// $171.37, ..." / "The company's stock fell about 4% on Thursday.", the
// close of two reports.
func figuresAlike(p pair, L, R side, minSim float64) bool {
	return p.sim >= betweenShare*minSim && valueSimilarity(L.bags[p.l], R.bags[p.r], L.totals[p.l], R.totals[p.r]) >= betweenValues*minSim
}

// narrowGap reports whether left sentence l and right sentence r each stand
// between the same two groups, linked at the threshold minSim, with at most
// maxWeakFramed sentences between them, in reports that share
// minFramingLinks groups or more: in a gap so narrow, between two shared
// statements of one story told twice, what each side tells is most likely
// one thing told twice, where a wide one holds what only one side tells, and
// reports of two stories of one kind share a weak link or two.
func narrowGap(groups []group, l, r int, minSim float64) bool {
	if len(groups) < minFramingLinks {
		return false
	}
	narrow := func(side func(group) []int, k int) bool {
		before, after := neighbours(groups, side, k)
		if before < 0 || after < 0 {
			return false
		}
		for _, g := range []group{groups[before], groups[after]} {
			if g.sim < minSim || g.overlap {
				return false
			}
		}
		prev, next := side(groups[before]), side(groups[after])
		return next[0]-prev[len(prev)-1]-1 <= maxWeakFramed
	}
	return narrow(leftSide, l) && narrow(rightSide, r)
}

// For weakFramed to link in a gap, the most sentences a side between its two
// groups, and the fewest groups the reports share.
const (
	maxWeakFramed   = 4
	minFramingLinks = 3
)

// weakFramed reports whether p, a pair each other's best between the same two
// links and below framed's likeness, still says partly the same: its figures
// and dates alike as the gaps between links need them (betweenValues), or
// the paraphrase model's betweenJudged ("The coast guard plane's captain was
// seriously hurt, a coast guard official said." / "The coast guard said its
// pilot escaped but was badly injured.", among four sentences a side told in
// another order), and in words besides those of the source both credit.
func weakFramed(p pair, L, R side, minSim float64, judged func(l, r int) float64) bool {
	if sharedContent(L.bags[p.l], R.bags[p.r]) == 0 {
		return false // one source credited on both sides, for two things it said
	}
	return valueSimilarity(L.bags[p.l], R.bags[p.r], L.totals[p.l], R.totals[p.r]) >= betweenValues*minSim || judged(p.l, p.r) >= betweenJudged
}

// betweenLinks reports whether left sentence l and right sentence r stand
// between the same two groups on both sides: the group that ends last before
// each is one group, and the group that starts first after each is one.
func betweenLinks(groups []group, l, r int) bool {
	lBefore, lAfter := neighbours(groups, leftSide, l)
	rBefore, rAfter := neighbours(groups, rightSide, r)
	return lBefore >= 0 && lAfter >= 0 && lBefore == rBefore && lAfter == rAfter
}

// closing reports whether sentences l and r each close their article and
// follow the same link, the last of both, in reports that share at least
// minClosingLinks links: told in one order, the two close on one thing,
// most often the background or the market's close, in their own words
// ("Shares of the Santa Clara, California-based company rose 9% in extended
// trading" / "Nvidia's stock gained 8% in after-hours trading").
func closing(groups []group, l, r, nL, nR int) bool {
	if l != nL-1 || r != nR-1 || len(groups) < minClosingLinks {
		return false
	}
	lBefore, _ := neighbours(groups, leftSide, l)
	rBefore, _ := neighbours(groups, rightSide, r)
	return lBefore >= 0 && lBefore == rBefore
}

// afterLast reports whether sentences l and r both follow the same link, the
// last of both, in reports that share at least minClosingLinks links: told
// in one order, what the two tell after their last shared statement, each
// the other's best partner, is one thing told twice ("She replaces Shigeru
// Ishiba, who resigned last month ..." / "The 64-year-old ... succeeds
// Shigeru Ishiba, who stepped down in September ...").
func afterLast(groups []group, l, r int) bool {
	if len(groups) < minClosingLinks {
		return false
	}
	lBefore, lAfter := neighbours(groups, leftSide, l)
	rBefore, rAfter := neighbours(groups, rightSide, r)
	return lBefore >= 0 && lBefore == rBefore && lAfter < 0 && rAfter < 0
}

// minClosingLinks is the fewest links two reports share for their last
// sentences to be linked on their place (see closing).
const minClosingLinks = 3

// neighbours returns the indexes of the group whose sentences on the side side
// returns end last before sentence k, and of the one whose start first after
// it; -1 where there is none.
func neighbours(groups []group, side func(group) []int, k int) (before, after int) {
	before, after = -1, -1
	end, start := -1, 0 // the last sentence of before, the first of after
	for i, g := range groups {
		s := side(g) // in order
		if last := s[len(s)-1]; last < k && last > end {
			before, end = i, last
		}
		if s[0] > k && (after < 0 || s[0] < start) {
			after, start = i, s[0]
		}
	}
	return before, after
}

// countShared counts the terms two bags share, as each holds them, that keep
// accepts.
func countShared(a, b bag, keep func(x, y term) bool) int {
	n := 0
	for x, y := range sharedTerms(a, b) {
		if keep(x, y) {
			n++
		}
	}
	return n
}

// sharedValues counts the numbers and dates two bags hold alike: by their own
// keys, not only their month or leading digits.
func sharedValues(a, b bag) int {
	return countShared(a, b, func(x, y term) bool { return isValue(x) && !x.describes && !y.describes })
}

// sharedFigures counts the numbers two bags hold alike, by their own keys;
// an age beside a name is none (see Value.Describes).
func sharedFigures(a, b bag) int {
	return countShared(a, b, func(x, y term) bool { return strings.HasPrefix(x.text, figureMark) && !x.describes && !y.describes })
}

// commonValue reports whether t is the term of a value any two stories may
// share: a month without its day, or a count of one figure.
func commonValue(t string) bool {
	if rest, ok := strings.CutPrefix(t, dateMark); ok {
		return strings.HasSuffix(rest, "-00")
	}
	if v, ok := figureOf(t); ok {
		return len(v) == 1
	}
	return false
}

// figureOf returns the value a figure's term holds, after the word for its
// kind ("4.466667" of "number4.466667"), and whether t is a figure's term.
func figureOf(t string) (string, bool) {
	v, ok := strings.CutPrefix(t, figureMark)
	if !ok {
		return "", false
	}
	return strings.TrimLeftFunc(v, func(r rune) bool { return r < '0' || r > '9' }), true
}

// sharesPreciseFigure reports whether two bags share a figure written to
// three significant digits or more, no year: "4 minutes and 28 seconds",
// "336,681 vehicles", which two sentences of related stories do not share by
// chance, however far apart their other words ("... into darkness for up to 4
// minutes and 28 seconds" / "At its longest, totality lasted 4 minutes and 28
// seconds.").
func sharesPreciseFigure(a, b bag) bool {
	for x, y := range sharedTerms(a, b) {
		if !x.describes && !y.describes && preciseFigure(x.text) {
			return true
		}
	}
	return false
}

// preciseFigure reports whether t is a figure's term whose value has three
// significant digits or more and reads as no year.
func preciseFigure(t string) bool {
	v, ok := figureOf(t)
	if !ok {
		return false
	}
	v = strings.TrimSuffix(v, "%")
	if f, err := strconv.ParseFloat(v, 64); err != nil || f >= 1000 && f <= 2100 && f == float64(int(f)) {
		return false // a range ("2000000-9999999", millions), or a year, as likely as a count
	}
	return len(strings.Trim(strings.ReplaceAll(v, ".", ""), "0")) >= 3
}

// isWord reports whether t is a word's term: no name's first letters (a name
// and its first letters count once), no number or date.
func isWord(t term) bool {
	return !strings.HasPrefix(t.text, namePrefixMark) && !strings.HasPrefix(t.text, valueMark)
}

// sharesName reports whether two bags hold a name in common, by its first
// letters (so that "Sergie" meets "Sergei").
func sharesName(a, b bag) bool {
	for x := range sharedTerms(a, b) {
		if strings.HasPrefix(x.text, namePrefixMark) {
			return true
		}
	}
	return false
}

// minSharedContent is the least Dice similarity of their words, outside
// figures, dates and attributions, at which two sentences are taken to say the
// same but for their figures or dates: two claims from one source, each with
// its own date, share only the source.
const minSharedContent = 0.3

// sameButValues reports whether bags a and b (of total weight ta and tb) say
// the same but for their figures or dates: they reach minSim when those are
// taken for each other (see valueSimilarity), and share their other content.
func sameButValues(a, b bag, ta, tb, minSim float64) bool {
	return valueSimilarity(a, b, ta, tb) >= minSim && contentSimilarity(a, b) >= minSharedContent
}

// contentSimilarity is the Dice similarity of two bags' terms other than
// figures, dates and the words of attributions.
func contentSimilarity(a, b bag) float64 {
	content := func(t term) bool { return !t.credit && !strings.HasPrefix(t.text, valueMark) }
	total := func(x bag) float64 {
		s := 0.0
		for _, t := range x {
			if content(t) {
				s += t.weight
			}
		}
		return s
	}
	s := 0.0
	for x, y := range sharedTerms(a, b) {
		if content(x) && content(y) {
			s += min(x.weight, y.weight)
		}
	}
	return dice(s, total(a), total(b))
}

// valueSimilarity is the Dice similarity of two bags (of total weight ta and
// tb) when the numbers each holds that the other lacks are taken for each
// other, the heaviest first, and so are the dates: what two sentences that
// report one statement with different figures or on different days would
// share.
func valueSimilarity(a, b bag, ta, tb float64) float64 {
	s := shared(a, b)
	var bufA, bufB [8]float64 // a sentence states a few figures and dates at most
	for _, class := range valueClasses {
		onlyA, onlyB := unsharedValues(bufA[:0], a, b, class), unsharedValues(bufB[:0], b, a, class)
		for k := range min(len(onlyA), len(onlyB)) {
			s += min(onlyA[k], onlyB[k])
		}
	}
	return dice(s, ta, tb)
}

// valueClass is a kind of value that valueSimilarity takes only for another
// of its kind: the terms opened by mark, shares (in percent) or not.
type valueClass struct {
	mark    string
	percent bool
}

// valueClasses are the kinds of value: a share stated two ways is no amount
// of money ("fell 11%, wiping $9 billion off its value" / "fell 11%, while
// Microsoft shares dipped less than 1%").
var valueClasses = [...]valueClass{{figureMark, true}, {figureMark, false}, {dateMark, false}}

// unsharedValues appends to out the weights of the terms of a of class c
// that b lacks, heaviest first.
func unsharedValues(out []float64, a, b bag, c valueClass) []float64 {
	for _, t := range a {
		if !strings.HasPrefix(t.text, c.mark) || strings.HasSuffix(t.text, "%") != c.percent {
			continue
		}
		if _, found := slices.BinarySearchFunc(b, t, func(x, y term) int { return compareTerms(&x, &y) }); !found {
			out = append(out, t.weight)
		}
	}
	slices.SortFunc(out, func(x, y float64) int { return cmp.Compare(y, x) })
	return out
}

// partner is a candidate sentence on the other side and its similarity.
type partner struct {
	k   int
	sim float64
}

// bestRun returns the run of two or three consecutive sentences among partners
// (sorted by sentence, the best of a sentence first; compacted in place),
// none of them used, that is most similar by sim, if it reaches minSim. The
// joined similarity is at most the sum of the parts' (the shared weight is at
// most the sum of the parts', the joined total at least each part's), so runs
// whose parts add up to less than minSim are not joined to be scored.
func bestRun(partners []partner, used []bool, sim func(run []int) float64, minSim float64) ([]int, float64) {
	ps := slices.CompactFunc(partners, func(a, b partner) bool { return a.k == b.k })
	var best []int
	bestSim := minSim
	for i := range ps {
		bound := ps[i].sim
		for n := 2; n <= maxGroup && i+n <= len(ps); n++ {
			last := ps[i+n-1]
			if last.k-ps[i].k != n-1 || used[ps[i].k] || used[last.k] {
				break // not adjacent, or taken by a group found in this pass
			}
			if bound += last.sim; bound < bestSim {
				continue
			}
			run := make([]int, n)
			for k := range run {
				run[k] = ps[i+k].k
			}
			if s := sim(run); s >= bestSim {
				best, bestSim = run, s
			}
		}
	}
	return best, bestSim
}

// maxGroup is the most sentences one side of an alignment may hold.
const maxGroup = 3

// improves reports whether the grown group (ls, rs) is a better match than the
// group before, whose similarity was before, by more than margin, and returns
// its similarity. A sentence contained in the group (margin 0) joins a group
// another rule linked below minSim too.
func improves(L, R side, before float64, ls, rs []int, minSim, margin float64) (float64, bool) {
	if len(ls) > maxGroup || len(rs) > maxGroup {
		return 0, false
	}
	after := similarity(L, R, ls, rs)
	return after, after > before+margin && (after >= minSim || margin == 0)
}

// valuesPair reports whether the sentences of p reach the threshold once the
// figures and dates they state differently are taken for each other (see
// valueSimilarity).
func valuesPair(L, R side, p pair, minSim float64) bool {
	return valueSimilarity(L.bags[p.l], R.bags[p.r], L.totals[p.l], R.totals[p.r]) >= minSim
}

// improvesByValues is improves for a group before (ls, rs) and after (tl,
// tr) it takes a sentence, with the figures and dates the joined sentences
// state differently taken for each other: the other half of a split, next
// to the group's sentence, that restates a figure ("..., which had $209
// billion in assets at the end of 2022" / "The bank had $212 billion in
// assets at the end of last year") shares the group's words only once its
// figure pairs with the other's.
func improvesByValues(L, R side, ls, rs, tl, tr []int, minSim, margin float64) bool {
	if len(tl) > maxGroup || len(tr) > maxGroup {
		return false
	}
	valueSim := func(ls, rs []int) float64 {
		lb, lt := join(L, ls)
		rb, rt := join(R, rs)
		return valueSimilarity(lb, rb, lt, rt)
	}
	before := valueSim(ls, rs)
	after := valueSim(tl, tr)
	return after > before+margin && after >= minSim
}

// Margins by which attaching a sentence must raise a group's similarity.
const (
	// attachGain is the margin for a sentence anywhere.
	attachGain = 0.05
	// minContained is the share of its weight, in minContainedTerms terms or
	// more, that a sentence next to the group must share with the group's one
	// sentence on the other side to be attached on any gain: a short sentence
	// that one clause of a long one became ("Diplomats on all sides cautioned
	// against hopes of a quick breakthrough." beside "..., and Moscow showed no
	// sign of softening its strong support for Assad") adds little to the
	// similarity of the whole, yet says nothing else.
	minContained      = 0.4
	minContainedTerms = 3
	// whollyContained is the share of its weight, in
	// minWhollyContainedTerms terms or more, that a short sentence next to
	// the group must share with the other side: one clause of a long one
	// ("No injuries were reported, it said." beside "... reported an
	// explosion ..., but that no injuries were reported").
	whollyContained         = 0.9
	minWhollyContainedTerms = 2
)

// attachMargin is the margin for attaching the sentence with bag b (of total
// weight total) to a group whose one sentence on the other side has bag other;
// next says whether it stands next to one of the group's sentences on its side,
// and linkable whether the pair alone reaches the threshold while the sentence
// has no open partner a later pass could link it to, or the two quote a
// phrase alike (see quotesAlike). A sentence next to the
// group that would link to its partner on its own, but for the neighbour that
// took the partner first, is the other half of a split and attaches on any
// gain ("Saudi Arabia will cut output by 500,000 bpd from May ..., its energy
// ministry said, describing it as a precautionary measure" / "The Saudi energy
// ministry said ... the kingdom would reduce output by 500,000 barrels per day
// starting in May ..." and "The ministry called the cut a "precautionary
// measure" ...").
func attachMargin(b bag, total float64, other bag, next, linkable bool) float64 {
	if !next || total == 0 {
		return attachGain
	}
	if linkable || contained(b, total, other) {
		return 0
	}
	return attachGain
}

// contained reports whether the sentence with bag b (of total weight total)
// says little that the sentence with bag other does not: they share
// minContainedTerms terms or more, minContained of its weight.
func contained(b bag, total float64, other bag) bool {
	n, s := 0, 0.0
	for x, y := range sharedTerms(b, other) {
		s += min(x.weight, y.weight)
		if !strings.HasPrefix(x.text, namePrefixMark) {
			n++ // a name and its first letters are one term
		}
	}
	return total > 0 && (n >= minContainedTerms && s >= minContained*total || n >= minWhollyContainedTerms && s >= whollyContained*total)
}

// adjacent reports whether sentence k stands right before or after one of idx.
func adjacent(idx []int, k int) bool {
	return slices.ContainsFunc(idx, func(i int) bool { return i == k-1 || i == k+1 })
}

// similarity is the Dice similarity of the joined sentences ls and rs.
func similarity(L, R side, ls, rs []int) float64 {
	lb, lt := join(L, ls)
	rb, rt := join(R, rs)
	return dice(shared(lb, rb), lt, rt)
}

// join returns the bag of the sentences idx of s and its total weight; for
// several sentences it lives in s's scratch buffers until the next join.
func join(s side, idx []int) (bag, float64) {
	if len(idx) == 1 {
		return s.bags[idx[0]], s.totals[idx[0]]
	}
	var bags [maxGroup]bag
	for k, i := range idx {
		bags[k] = s.bags[i]
	}
	return s.scratch.union(bags[:len(idx)])
}

// withInserted returns a copy of the sorted s with v in its place, leaving s as
// it is: a group tried with one more sentence keeps its own if the try fails.
func withInserted(s []int, v int) []int {
	return insertedInto(make([]int, 0, len(s)+1), s, v)
}

// insertedInto returns the sorted s with v in its place, written over buf's
// backing array where it holds them; s is left as it is.
func insertedInto(buf, s []int, v int) []int {
	i, _ := slices.BinarySearch(s, v)
	buf = append(buf[:0], s[:i]...)
	buf = append(buf, v)
	return append(buf, s[i:]...)
}

// finish computes a group's kind: identical by its words, near-identical by its
// similarity, partial when it was linked for a value or headline it shares, and
// otherwise a paraphrase or partial as the paraphrase model judges the joined
// sentences.
func (a *Aligner) finish(g group, L, R side) Alignment {
	out := Alignment{Left: g.left, Right: g.right, Similarity: g.sim, Overlap: g.overlap}
	lt, rt := L.doc.Tokens(g.left), R.doc.Tokens(g.right)
	switch {
	case sameWords(lt, rt):
		out.Kind, out.Similarity = Identical, 1
	case sameQuotation(lt, rt, L.quotations, R.quotations):
		out.Kind = Identical
	case (out.Similarity >= nearIdenticalAt || alikeInLength(lt, rt)) && nearIdentical(out.Similarity, inOrderShare(units(lt, L.values), units(rt, R.values))):
		out.Kind = NearIdentical
	case g.overlap:
		out.Kind = Partial
	case a.judge.ParaphraseViews(a.view(L, g.left), a.view(R, g.right)):
		out.Kind = Paraphrase
	default:
		out.Kind = Partial
	}
	return out
}

// view returns the paraphrase model's reading of the sentences idx of s, read
// once and kept with its article's preparation for every pair it is judged in.
func (a *Aligner) view(s side, idx []int) *paraphrase.View {
	if len(idx) > 1 {
		key := groupKey{-1, -1, -1}
		for k, i := range idx {
			key[k] = int32(i)
		}
		if v, ok := s.joined.views.Load(key); ok {
			return v.(*paraphrase.View)
		}
		v := a.judge.View(s.doc.Tokens(idx))
		// An article compared with many others may be judged in many groups:
		// a few per sentence are kept, so that its cached preparation stays
		// within a small multiple of its size.
		if s.joined.count.Add(1) <= int64(maxJoinedPerSentence*len(s.bags)) {
			s.joined.views.Store(key, v)
		}
		return v
	}
	slot := &s.views[idx[0]]
	if v := slot.Load(); v != nil {
		return v
	}
	v := a.judge.View(s.doc.Sentences[idx[0]].Tokens)
	slot.Store(v) // two goroutines may both read it: the views are equal
	return v
}

// minInOrder is the share of the longer side's words that must stand in the
// same order on both sides for an alignment to be near-identical: the same
// content words rearranged ("Economists had expected the move" / "The move had
// been widely expected by economists") is a paraphrase, not a small edit.
const minInOrder = 0.8

// inOrderShare returns the share of the units of wa and wb (see units) that
// stand in the same order: their longest common subsequence over the longer
// side.
func inOrderShare(wa, wb []string) float64 {
	longer := max(len(wa), len(wb))
	if longer == 0 {
		return 1
	}
	// prev[j] is the common subsequence length of wa[:i] and wb[:j].
	prev, cur := make([]int, len(wb)+1), make([]int, len(wb)+1)
	for i := range wa {
		for j := range wb {
			switch {
			case wa[i] == wb[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(wb)]) / float64(longer)
}

// smallEdit is the share of the longer side's words in the same order at
// which two sentences are near-identical whatever their similarity: one word
// or figure changed in a short sentence ("We have 300 troops there" / "We
// have 3,000 troops there") costs much of the similarity, as a figure weighs
// most, yet is a small edit.
const smallEdit = 0.9

// alikeInLength reports whether two runs of tokens have nearly as many words
// each, as a small edit leaves them: otherwise no share of smallEdit of their
// words can stand in one order, and the units need not be read. (Figures and
// contractions make units of words, so the bound is kept loose.)
func alikeInLength(a, b []segment.Token) bool {
	words := func(toks []segment.Token) int {
		n := 0
		for _, t := range toks {
			if t.Kind != segment.Punct {
				n++
			}
		}
		return n
	}
	na, nb := words(a), words(b)
	return float64(min(na, nb)) >= 0.75*float64(max(na, nb))
}

// nearIdentical reports whether two linked sentences of the given similarity,
// inOrder the share of their words in one order (see inOrderShare), are
// near-identical.
func nearIdentical(similarity, inOrder float64) bool {
	return similarity >= nearIdenticalAt && inOrder >= minInOrder || inOrder >= smallEdit
}

// units returns the folded, lower-case words of toks, each number or date of
// values one unit however it is written ("3.5%" and "3.5 per cent", "Oct. 15"
// and "15 October"), punctuation left out.
func units(toks []segment.Token, values []Value) []string {
	out := make([]string, 0, len(toks))
	for k, t := range toks {
		if v, ok := valueAt(values, t.Start, t.End); ok {
			if k == 0 || toks[k-1].End <= v.Start {
				out = append(out, v.Key)
			}
			continue
		}
		switch full := segment.Uncontracted(t.Lower); {
		case full != nil:
			out = append(out, full...) // "That's off the table" and "That is off the table" are near-identical
		case t.Kind != segment.Punct:
			out = append(out, spelling.American(t.Lower))
		}
	}
	return out
}

// groupKey names the sentences of a group, in order, -1 where there are fewer
// than maxGroup.
type groupKey [maxGroup]int32

// joinedViews keeps the paraphrase readings of an article's sentences judged
// together, by groupKey.
type joinedViews struct {
	views sync.Map     // groupKey to *paraphrase.View
	count atomic.Int64 // readings made, kept or not
}

// maxJoinedPerSentence bounds the joined readings an article keeps, per sentence.
const maxJoinedPerSentence = 2

// sameWords reports whether two token runs are the same once cosmetic
// differences are folded away.
func sameWords(a, b []segment.Token) bool {
	return slices.EqualFunc(a, b, func(x, y segment.Token) bool { return x.Fold == y.Fold })
}

// sameQuotation reports whether two token runs are mostly a direct quotation,
// the same on both sides once cosmetic differences are set aside: the same
// statement, however differently the two credit it. The attribution differences
// are the diff stage's to report.
func sameQuotation(a, b []segment.Token, qa, qb []Span) bool {
	na, ta := countQuoted(a, qa)
	nb, tb := countQuoted(b, qb)
	if na == 0 || na != nb || 2*na < ta || 2*nb < tb {
		return false
	}
	i, j := 0, 0
	for k := 0; k < na; k++ {
		i, j = nextQuoted(a, qa, i), nextQuoted(b, qb, j)
		if a[i].Fold != b[j].Fold {
			return false
		}
		i, j = i+1, j+1
	}
	return true
}

// countQuoted counts the words and numbers of toks that lie inside one of the
// quotations qs (sorted by start), and the words and numbers of toks in all.
// Punctuation is left out: a quotation that ends in a comma before its
// attribution ends in a full stop where it stands alone.
func countQuoted(toks []segment.Token, qs []Span) (quoted, words int) {
	if len(toks) == 0 {
		return 0, 0
	}
	// The tokens run in order: one walk over the quotations from the first
	// that ends after the first token serves them all.
	q := endingAfter(qs, toks[0].Start)
	for _, t := range toks {
		if t.Kind == segment.Punct {
			continue
		}
		words++
		for q < len(qs) && qs[q].End < t.End {
			q++
		}
		if q < len(qs) && qs[q].Start <= t.Start {
			quoted++
		}
	}
	return quoted, words
}

// nextQuoted returns the index, from i on, of the next word or number of toks
// inside one of the quotations qs; there must be one.
func nextQuoted(toks []segment.Token, qs []Span, i int) int {
	for toks[i].Kind == segment.Punct || !inside(qs, toks[i].Start, toks[i].End) {
		i++
	}
	return i
}

// minQuotedAlike is the least number of content words two sentences must
// both quote for one to quote from the other's quotation: a phrase, not a
// word two speakers might both use.
const minQuotedAlike = 3

// quotesAlike reports whether sentence l of L and sentence r of R quote
// minQuotedAlike content words or more alike: one report quotes a phrase of
// the other's quotation ("... concluded that he was not consistently candid
// in his communications with the board," the company said / after a review
// found he was "not consistently candid in his communications" with the
// board).
func quotesAlike(L side, l int, R side, r int) bool {
	return quotedToo(L.quotedWords[l], R, r) >= minQuotedAlike
}

// quotedWithin reports whether sentence a of side A quotes words, and all of
// them stand in the quotations of sentence b of side B.
func quotedWithin(A side, a int, B side, b int) bool {
	words := A.quotedWords[a]
	return len(words) > 0 && quotedToo(words, B, b) == len(words)
}

// quotedToo counts the words that one of the sentences idx of s quotes too.
func quotedToo(words []string, s side, idx ...int) int {
	n := 0
	for _, w := range words {
		if slices.ContainsFunc(idx, func(k int) bool { return slices.Contains(s.quotedWords[k], w) }) {
			n++
		}
	}
	return n
}

// minQuotedWords is the least number of content words a quotation two
// sentences left over share must hold for them to link.
const minQuotedWords = 2

// sameQuote links what is left over in related articles: two sentences, one a
// side, that quote the same words, which neither side quotes in another
// sentence left over ("Transport Secretary Mark Harper called the strike
// "completely unnecessary" and urged the union to put the offer to its
// members." / "Mr Harper described the walkout as "completely unnecessary"."):
// the same statement, however short and whatever else each sentence says.
// They link as a partial overlap.
func sameQuote(groups []group, L, R side) []group {
	if len(groups) == 0 {
		return groups
	}
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	left := quotedIn(L, usedL)
	if len(left) == 0 {
		return groups
	}
	right := quotedIn(R, usedR)
	if len(right) == 0 {
		return groups
	}
	byText := make(map[string]int, len(right)) // the right sentence of each quotation, -1 for several
	for _, q := range right {
		if r, ok := byText[q.text]; ok && r != q.sentence {
			byText[q.text] = -1
			continue
		}
		byText[q.text] = q.sentence
	}
	once := make(map[string]int, len(left)) // how many left sentences quote each
	for _, q := range left {
		once[q.text]++
	}
	for _, q := range left {
		r, ok := byText[q.text]
		if !ok || r < 0 || once[q.text] > 1 || usedL[q.sentence] || usedR[r] {
			continue
		}
		groups = append(groups, group{left: []int{q.sentence}, right: []int{r}, sim: similarity(L, R, []int{q.sentence}, []int{r}), overlap: true})
		usedL[q.sentence], usedR[r] = true, true
	}
	return groups
}

// quoted is a quotation's words, folded, and the sentence it stands in.
type quoted struct {
	text     string
	sentence int
}

// quotedIn returns the quotations of s (see quotedOf) in the sentences that
// no group holds, in reading order.
func quotedIn(s side, used []bool) []quoted {
	var out []quoted
	for _, q := range s.quoted {
		if !used[q.sentence] {
			out = append(out, q)
		}
	}
	return out
}

// quotedOf returns the quotations of minQuotedWords content words or more in
// the sentences of doc, whose quotations are spans, in reading order: read
// once an article, for every pair it is in.
func quotedOf(doc segment.Document, spans []Span, stop lexicon.Set) []quoted {
	var out []quoted
	var buf []byte // the words of the quotation being read, joined by spaces
	for k, sent := range doc.Sentences {
		toks := sent.Tokens
		// The quotations that overlap the sentence, and for each the words of
		// the sentence inside it: both run in order, so one walk serves.
		q := endingAfter(spans, sent.Start)
		for i := 0; q < len(spans) && spans[q].Start < sent.End; q++ {
			quote := spans[q]
			buf = buf[:0]
			content := 0
			for ; i < len(toks) && toks[i].Start < quote.End; i++ {
				t := toks[i]
				if t.Start < quote.Start || t.End > quote.End || t.Kind == segment.Punct {
					continue
				}
				if len(buf) > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, t.Lower...)
				if !stop.Has(t.Lower) {
					content++
				}
			}
			if content >= minQuotedWords {
				out = append(out, quoted{text: string(buf), sentence: k})
			}
		}
	}
	return out
}

// linked returns, per sentence of each side (nl left, nr right), whether one
// of groups holds it.
func linked(groups []group, nl, nr int) (usedL, usedR []bool) {
	usedL, usedR = make([]bool, nl), make([]bool, nr)
	for _, g := range groups {
		for _, l := range g.left {
			usedL[l] = true
		}
		for _, r := range g.right {
			usedR[r] = true
		}
	}
	return usedL, usedR
}

// sourceShare is the share of the threshold at which sentences left over
// that credit one source are still linked (see sameSource).
const sourceShare = 0.3

// minSourceContent is the least number of content terms, outside the
// attributions, a sentence left over must share with one that credits the
// same source to be linked with it, and minSourceGroupContent the least the
// sentences so linked share in all: two claims of one source that share two
// words ("Police said the driver was taken to hospital" / "Police said two
// passengers were taken to hospital") are two claims.
const (
	minSourceContent      = 2
	minSourceGroupContent = 3
)

// sameSource links what is left over after the other passes: a sentence that
// relays a source's claims and the one to three sentences of the other report,
// near each other, that credit the same source with them, each sharing content
// with it and having it for its best partner. Two reports of one briefing
// relay the same official's words in their own ("The official added that the
// opposition coalition had been more open ... but Assad's people, while
// publicly backing talks, have not engaged." / "The rebel groups, Agence
// France Presse quoted U.S. officials as saying, have been more open to talks
// for peace." and "Assad, despite showing that he was in favour of the peace
// talks, has not taken any concrete steps towards it, the U.S. officials
// said."): their words meet too little to reach the threshold, yet the source
// they share and the content each shares with the other make them one
// passage. They link as a partial overlap.
func sameSource(groups []group, pairs []pair, L, R side, minSim float64) []group {
	if len(groups) == 0 {
		return groups // unrelated articles: one source's name is chance
	}
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	var open []pair // the pairs of sentences no group holds that credit one source
	for _, p := range pairs {
		if !usedL[p.l] && !usedR[p.r] && p.sim >= sourceShare*minSim && !isHeading(L.doc.Sentences[p.l]) && !isHeading(R.doc.Sentences[p.r]) &&
			sharesSource(L.bags[p.l], R.bags[p.r]) {
			open = append(open, p)
		}
	}
	if len(open) == 0 {
		return groups
	}
	// Each sentence goes with the sentence it is closest to; a sentence that
	// two or three of the other side's go with is linked to them all.
	bestL, bestR := bestOf(open, func(p pair) int { return p.l }), bestOf(open, func(p pair) int { return p.r })
	link := func(ls, rs []int) {
		lb, lt := join(L, ls)
		rb, rt := join(R, rs)
		if sharedStatement(lb, rb) >= minSourceGroupContent {
			groups = append(groups, group{left: ls, right: rs, sim: dice(shared(lb, rb), lt, rt), overlap: true})
		}
	}
	followersOfR := make(map[int]int, len(bestL)) // how many left sentences go with each right one
	for _, p := range bestL {
		followersOfR[p.r]++
	}
	for run := range runsBy(sortedBy(bestR, func(p pair) int { return p.l }), func(p pair) int { return p.l }) {
		if rs := nearest(run, func(p pair) int { return p.r }); len(rs) > 1 || followersOfR[rs[0]] == 1 {
			link([]int{run[0].l}, rs)
		}
	}
	for run := range runsBy(sortedBy(bestL, func(p pair) int { return p.r }), func(p pair) int { return p.r }) {
		if ls := nearest(run, func(p pair) int { return p.l }); len(ls) > 1 {
			link(ls, []int{run[0].r})
		}
	}
	return groups
}

// bestOf returns the best pair of each sentence, by key, among ps.
func bestOf(ps []pair, key func(pair) int) []pair {
	sorted := sortedBy(slices.Clone(ps), key)
	out := sorted[:0]
	for run := range runsBy(sorted, key) {
		out = append(out, slices.MinFunc(run, byBetter))
	}
	return out
}

// sortedBy sorts ps by key, and pairs of one key best first.
func sortedBy(ps []pair, key func(pair) int) []pair {
	slices.SortFunc(ps, func(a, b pair) int { return cmp.Or(key(a)-key(b), byBetter(a, b)) })
	return ps
}

// byBetter orders pairs best first, for the slices package.
func byBetter(a, b pair) int {
	switch {
	case better(a, b):
		return -1
	case better(b, a):
		return 1
	}
	return 0
}

// nearest returns, sorted, the sentences (by at) of the first of ps, the
// best, and of the others that stand within maxAttachDistance of it, at most
// maxGroup.
func nearest(ps []pair, at func(pair) int) []int {
	out := []int{at(ps[0])}
	for _, p := range ps[1:] {
		if len(out) < maxGroup && abs(at(p)-out[0]) <= maxAttachDistance {
			out = append(out, at(p))
		}
	}
	slices.Sort(out)
	return out
}

// sharesSource reports whether two bags credit one source (share a term of
// their attributions) and share minSourceContent terms of content besides.
func sharesSource(a, b bag) bool {
	for x, y := range sharedTerms(a, b) {
		if x.credit && y.credit {
			return sharedStatement(a, b) >= minSourceContent
		}
	}
	return false
}

// sharedStatement counts the words two bags share outside their attributions
// on both sides, a name and its first letters counting once, numbers and dates
// not at all: what two statements credited to one source share ("Russian" in
// "a Russian official said" is who spoke).
func sharedStatement(a, b bag) int {
	return countShared(a, b, func(x, y term) bool { return !x.credit && !y.credit && isWord(x) })
}

// sharedContent counts the words two bags share that are not the source both
// credit (found inside an attribution on both sides: "the interior ministry
// counted" is content, "the interior ministry said" a credit), a name and its
// first letters counting once, numbers and dates not at all.
func sharedContent(a, b bag) int {
	return countShared(a, b, func(x, y term) bool { return !(x.credit && y.credit) && isWord(x) })
}

// Where the sentences left over stand between two links, as many on each
// side, a weaker likeness links them in order (see between).
const (
	betweenShare  = 0.4 // of the threshold, the least similarity
	betweenValues = 0.6 // of the threshold, the least with differing figures and dates taken for each other
	betweenJudged = 0.4 // or the least the paraphrase model must give
	maxBetween    = 3   // the most sentences a side of such a gap may hold
	// minTrailingGroups is the least number of groups before the last
	// sentence of each article for the two to be a gap: the stories were
	// told in the same order that far ("Sterling rose 0.2% against the
	// dollar after the announcement." / "The pound edged up after the
	// decision."), where two short texts that end apart are no one story.
	minTrailingGroups = 3
)

// between links the sentences left over between two links, or between the
// headlines of both articles and a link, when each side holds as many
// there, or one side one more (see inStep): the first with the first, the
// second with the second. Rewrites
// keep their order, and what one says between two shared statements the
// other says there too in other words ("The company said the attack was
// detected on Feb. 27 and that it had since shut down the affected systems" /
// "The attack was discovered on February 26, the company said, adding that it
// had closed off the systems involved"). Each pair must still share some
// content: a likeness of betweenShare of the threshold, and either as much as
// betweenValues of it when differing figures and dates are taken for each
// other, or the paraphrase model's betweenJudged, unless the gap holds one
// sentence a side ("The company said it had isolated the affected systems and
// ... did not expect the incident to have a material impact" / "UnitedHealth
// said it had disconnected the affected systems and did not think the attack
// would hurt its earnings"). One sentence a side that share a word and
// reach the threshold with their figures taken for each other link however
// little else they share ("Bitcoin was last up 1.6% at $46,700 on
// Wednesday." / "Bitcoin rose 1.3% to $46,630."). No other order of the
// gap's sentences may share more. They link as partial overlaps unless they
// say the same but for their figures (sameButValues) or the model reads them
// as saying the same (minJudged). Headlines, when both articles have one, are
// left to the passes that read them.
func between(groups []group, pairs []pair, L, R side, minSim float64, judged func(l, r int) float64) []group {
	gs := gaps(groups, bothHeaded(L, R), len(L.bags), len(R.bags))
	if len(gs) == 0 {
		return groups
	}
	inGap := make([]bool, len(L.bags))
	for _, gap := range gs {
		for _, l := range gap[0] {
			inGap[l] = true
		}
	}
	sims := map[[2]int]float64{}
	for _, p := range pairs {
		if inGap[p.l] {
			sims[[2]int{p.l, p.r}] = p.sim
		}
	}
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	var found []group
	var scores [maxBetween]float64 // the model's, where it was asked, or -1
	for _, gap := range gs {
		ls, rs := inStep(gap[0], gap[1], sims)
		diagonal := 0.0
		ok := true
		for k := range ls {
			l, r := ls[k], rs[k]
			sim := sims[[2]int{l, r}]
			scores[k] = -1
			alone := len(gap[0]) == 1 && len(gap[1]) == 1 // no other order to weigh
			values := func() float64 { return valueSimilarity(L.bags[l], R.bags[r], L.totals[l], R.totals[r]) }
			// Below the likeness, one sentence a side may link by figures both
			// state.
			if usedL[l] || usedR[r] || sim < betweenShare*minSim && !(alone && byFigures(L, R, l, r, minSim)) ||
				segment.IsFurniture(L.doc.Sentences[l]) || segment.IsFurniture(R.doc.Sentences[r]) {
				// A byline between the headline and the lead is no step of the
				// story ("By Leika Kihara and Makiko Yamazaki" / "By Mari
				// Yamaguchi", alike only in the spelling of two names).
				ok = false
				break
			}
			if !alone && values() < betweenValues*minSim {
				if scores[k] = judged(l, r); scores[k] < betweenJudged {
					ok = false
					break
				}
			}
			diagonal += sim
		}
		if !ok || bestOrder(ls, rs, sims) > diagonal {
			continue
		}
		first := len(found)
		for k := range ls {
			l, r := ls[k], rs[k]
			same := sameButValues(L.bags[l], R.bags[r], L.totals[l], R.totals[r], minSim)
			if !same && scores[k] < 0 {
				scores[k] = judged(l, r)
			}
			same = same || scores[k] >= minJudged
			found = append(found, group{left: []int{l}, right: []int{r}, sim: sims[[2]int{l, r}], overlap: !same})
		}
		withSkipped(found[first:], gap, L, R)
	}
	return append(groups, found...)
}

// withSkipped joins the sentence of a gap that its links left out, where the
// gap had one more on one side, to the link next to it that it adds most
// to, when it adds attachGain or more to the link's likeness: the other half
// of a sentence split in two ("... in 168 of the 343 seats ..., four short
// of the 172 needed for a majority" / "... a majority of Parliament's 343
// seats. Early results showed them leading or elected in 169 districts,
// three short of a majority.").
func withSkipped(links []group, gap [2][]int, L, R side) {
	if len(gap[0]) == len(gap[1]) {
		return
	}
	leftLonger := len(gap[0]) > len(gap[1])
	longer, doc, own := gap[1], R.doc, rightSide
	if leftLonger {
		longer, doc, own = gap[0], L.doc, leftSide
	}
	k := slices.IndexFunc(longer, func(s int) bool {
		return !slices.ContainsFunc(links, func(g group) bool { return own(g)[0] == s })
	})
	if k < 0 || isHeading(doc.Sentences[longer[k]]) || segment.IsFurniture(doc.Sentences[longer[k]]) {
		return
	}
	skipped := longer[k]
	best, bestSim := -1, 0.0
	var bestL, bestR []int
	for i, g := range links {
		if !adjacent(own(g), skipped) {
			continue
		}
		ls, rs := g.left, g.right
		if leftLonger {
			ls = withInserted(ls, skipped)
		} else {
			rs = withInserted(rs, skipped)
		}
		if sim := similarity(L, R, ls, rs); sim > g.sim+attachGain && sim > bestSim {
			best, bestSim, bestL, bestR = i, sim, ls, rs
		}
	}
	if best >= 0 {
		links[best].left, links[best].right, links[best].sim = bestL, bestR, bestSim
	}
}

// gaps returns the runs of sentences, as many on each side (at most
// maxBetween), that lie between two groups following each other on both
// sides, or, when both articles open with a headline (headed), between the
// headlines and the first group; and the last sentence of each article
// where the group before it, on both sides, is the last of at least
// minTrailingGroups (nL and nR are the articles' lengths in sentences):
// stories told in the same order end alike too.
func gaps(groups []group, headed bool, nL, nR int) [][2][]int {
	type bounds struct{ l0, l1, r0, r1 int } // a group's first and last sentence a side
	// On the stack for most articles: this runs up to twice a pair.
	var buf [32]bounds
	bs := buf[:0]
	if headed {
		bs = append(bs, bounds{0, 0, 0, 0})
	}
	for _, g := range groups {
		bs = append(bs, bounds{g.left[0], g.left[len(g.left)-1], g.right[0], g.right[len(g.right)-1]})
	}
	slices.SortFunc(bs, func(a, b bounds) int { return a.l0 - b.l0 })
	var out [][2][]int
	for k := 1; k < len(bs); k++ {
		a, b := bs[k-1], bs[k]
		n, m := b.l0-a.l1-1, b.r0-a.r1-1
		if min(n, m) < 1 || max(n, m) > maxBetween || abs(n-m) > 1 {
			continue // none between, too many, or one side more than one longer (or the links cross)
		}
		ls, rs := make([]int, n), make([]int, m)
		for i := range n {
			ls[i] = a.l1 + 1 + i
		}
		for i := range m {
			rs[i] = a.r1 + 1 + i
		}
		out = append(out, [2][]int{ls, rs})
	}
	if len(groups) >= minTrailingGroups {
		last := bs[len(bs)-1]
		lastR := slices.MaxFunc(bs, func(a, b bounds) int { return a.r1 - b.r1 })
		if last == lastR && last.l1 == nL-2 && last.r1 == nR-2 {
			out = append(out, [2][]int{{nL - 1}, {nR - 1}})
		}
	}
	return out
}

// inStep returns the sentences of a gap that pair in order: both runs where
// they are as long, else the longer without the one sentence whose leaving out
// lets the rest share the most, by sims ("The fourth was flown to hospital"
// where the other report told it in the sentence before, beside a sentence
// that both tell).
func inStep(ls, rs []int, sims map[[2]int]float64) ([]int, []int) {
	if len(ls) == len(rs) {
		return ls, rs
	}
	var bestL, bestR []int
	best := -1.0
	for skip := range max(len(ls), len(rs)) {
		l, r := ls, rs
		if len(ls) > len(rs) {
			l = slices.Delete(slices.Clone(ls), skip, skip+1)
		} else {
			r = slices.Delete(slices.Clone(rs), skip, skip+1)
		}
		if sum := inOrder(l, r, sims); sum > best {
			bestL, bestR, best = l, r, sum
		}
	}
	return bestL, bestR
}

// inOrder is what two runs of one length share, by sims, the first with the
// first, the second with the second.
func inOrder(ls, rs []int, sims map[[2]int]float64) float64 {
	sum := 0.0
	for k := range ls {
		sum += sims[[2]int{ls[k], rs[k]}]
	}
	return sum
}

// bestOrder returns the most two runs of sentences of one length share, by
// sims, paired in any order other than the first with the first.
func bestOrder(ls, rs []int, sims map[[2]int]float64) float64 {
	best := 0.0
	perm := make([]int, len(rs))
	for i := range perm {
		perm[i] = i
	}
	var walk func(k int, sum float64, diagonal bool)
	walk = func(k int, sum float64, diagonal bool) {
		if k == len(perm) {
			if !diagonal {
				best = max(best, sum)
			}
			return
		}
		for i := k; i < len(perm); i++ {
			perm[k], perm[i] = perm[i], perm[k]
			walk(k+1, sum+sims[[2]int{ls[k], rs[perm[k]]}], diagonal && perm[k] == k)
			perm[k], perm[i] = perm[i], perm[k]
		}
	}
	walk(0, 0, true)
	return best
}

// continuedQuotes joins to a link the sentence left over right after one of
// its sentences that only carries on that sentence's quotation, where most of
// its words stand in the quotations of the link's other side: one statement
// that one report quotes in one sentence and the other in two ("It is no
// secret that the coalition partners have differing views on migration
// policy," Rutte told a news conference. "Today, unfortunately, we have to
// conclude that those differences have become insurmountable." / "It's no
// secret that ... migration policy, and today we unfortunately have to draw
// the conclusion that those differences are irreconcilable," Rutte said).
// The second half says little the whole does not, and shares too few words
// with it to raise the link's similarity.
func continuedQuotes(groups []group, L, R side) []group {
	usedL, usedR := linked(groups, len(L.bags), len(R.bags))
	for pass := range 2 {
		these, other, used := L, R, usedL
		own, others := leftSide, rightSide
		if pass == 1 {
			these, other, used = R, L, usedR
			own, others = rightSide, leftSide
		}
		holders := holdersOf(groups, len(these.bags), own)
		for k := 1; k < len(these.bags); k++ {
			g := holders[k-1]
			if used[k] || g < 0 || len(own(groups[g])) >= maxGroup || !carriesOnQuote(these, k) {
				continue
			}
			words := these.quotedWords[k]
			if shared := quotedToo(words, other, others(groups[g])...); shared < minQuotedWords || 2*shared < len(words) {
				continue
			}
			grown := &groups[g]
			if pass == 0 {
				grown.left = withInserted(grown.left, k)
			} else {
				grown.right = withInserted(grown.right, k)
			}
			grown.sim = similarity(L, R, grown.left, grown.right)
			used[k], holders[k] = true, g
		}
	}
	return groups
}

// holdersOf returns, for each of n sentences on the side side returns, the
// index of the group that holds it, or -1: holder for every sentence at once.
func holdersOf(groups []group, n int, side func(group) []int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = -1
	}
	for i, g := range groups {
		for _, k := range side(g) {
			out[k] = i
		}
	}
	return out
}

// carriesOnQuote reports whether sentence k of s is all quotation, of
// minCarriedWords words or more, as is the sentence before it in part: a
// speaker's words going on.
func carriesOnQuote(s side, k int) bool {
	quoted, words := countQuoted(s.doc.Sentences[k].Tokens, s.quotations)
	before, _ := countQuoted(s.doc.Sentences[k-1].Tokens, s.quotations)
	return words >= minCarriedWords && quoted == words && before > 0
}

// minCarriedWords is the fewest words a quotation going on in a sentence of
// its own must hold to join the link before it: "Yes." goes on with anything.
const minCarriedWords = 3

// quotedWords returns, per sentence of doc, the content words, in lower
// case and each once, that stand inside its quotations (spans): read once an
// article, for every pair it is in.
func quotedWords(doc segment.Document, spans []Span, stop lexicon.Set) [][]string {
	out := make([][]string, len(doc.Sentences))
	for k, sent := range doc.Sentences {
		for _, t := range sent.Tokens {
			if t.Kind != segment.Punct && len(t.Lower) > 1 && !stop.Has(t.Lower) && inside(spans, t.Start, t.End) && !slices.Contains(out[k], t.Lower) {
				out[k] = append(out[k], t.Lower)
			}
		}
	}
	return out
}
