package diff

import (
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/compared/compared/internal/segment"
)

// edit is one stretch where the token sequences differ; either side may be empty.
type edit struct {
	left, right []segment.Token
}

// wordDiffer diffs token sequences word by word with go-diff: each distinct token
// becomes one rune, as go-diff's line mode does for lines.
type wordDiffer struct {
	dmp *diffmatchpatch.DiffMatchPatch
}

func newWordDiffer() wordDiffer {
	dmp := diffmatchpatch.New()
	// No wall-clock deadline: the same input must always give the same diff. Input
	// size is bounded by the server's request limits.
	dmp.DiffTimeout = 0
	return wordDiffer{dmp: dmp}
}

// edits returns the edits that turn left into right, compared on folded text so
// that cosmetic differences are no edit at all.
func (w wordDiffer) edits(left, right []segment.Token) []edit {
	codes := make(map[string]rune)
	encode := func(toks []segment.Token) []rune {
		out := make([]rune, len(toks))
		for k, t := range toks {
			r, ok := codes[t.Fold]
			if !ok {
				r = runeFor(len(codes))
				codes[t.Fold] = r
			}
			out[k] = r
		}
		return out
	}
	diffs := w.dmp.DiffMainRunes(encode(left), encode(right), false)

	var out []edit
	var cur edit
	li, ri := 0, 0
	flush := func() {
		if len(cur.left)+len(cur.right) > 0 {
			out = append(out, cur)
		}
		cur = edit{}
	}
	for _, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			flush()
			li, ri = li+n, ri+n
		case diffmatchpatch.DiffDelete:
			cur.left = left[li-len(cur.left) : li+n]
			li += n
		case diffmatchpatch.DiffInsert:
			cur.right = right[ri-len(cur.right) : ri+n]
			ri += n
		}
	}
	flush()
	return mergeClose(out, left, right)
}

// mergeClose joins edits that only one short word or punctuation mark keeps apart
// ("increased recently with" and "risen in recent weeks as"), so that a reworded
// phrase is one edit rather than a scatter of single words. go-diff's semantic
// cleanup does this for characters; on words it swallows real common words too.
func mergeClose(es []edit, left, right []segment.Token) []edit {
	if len(es) < 2 {
		return es
	}
	out := []edit{es[0]}
	for _, e := range es[1:] {
		prev := &out[len(out)-1]
		gapL := between(left, prev.left, e.left)
		gapR := between(right, prev.right, e.right)
		if gapL != nil && gapR != nil && len(gapL) == 1 && len(gapR) == 1 && isGlue(gapL[0]) && bothSides(*prev, e) {
			prev.left = extend(left, prev.left, e.left)
			prev.right = extend(right, prev.right, e.right)
			continue
		}
		out = append(out, e)
	}
	return out
}

// between returns the tokens of all between the stretches a and b, which may be
// empty; nil when a position is unknown.
func between(all, a, b []segment.Token) []segment.Token {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	i, j := indexOf(all, a[len(a)-1])+1, indexOf(all, b[0])
	if i <= 0 || j < i {
		return nil
	}
	return all[i:j]
}

func indexOf(all []segment.Token, t segment.Token) int {
	for k := range all {
		if all[k].Start == t.Start {
			return k
		}
	}
	return -1
}

func extend(all, a, b []segment.Token) []segment.Token {
	return all[indexOf(all, a[0]) : indexOf(all, b[len(b)-1])+1]
}

// isGlue reports whether a token is too slight to keep two edits apart: a
// punctuation mark, an article, a preposition or a conjunction.
func isGlue(t segment.Token) bool {
	return t.Kind == segment.Punct || glueWords[t.Lower]
}

var glueWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "by": true, "for": true, "and": true, "or": true}

// bothSides reports whether both edits change both sides: pure insertions or
// deletions next to a kept word stay separate.
func bothSides(a, b edit) bool {
	return len(a.left) > 0 && len(a.right) > 0 && len(b.left) > 0 && len(b.right) > 0
}

// runeFor returns the k-th code rune, skipping the surrogate range, which is not
// valid in Go strings.
func runeFor(k int) rune {
	r := rune(0x100 + k)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}
