package diff

import (
	"strings"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/segment"
)

// wordSet holds an article's capitalised words, and pairs of them written one
// after the other, as folded. The fact stage can miss a name that opens a
// sentence ("Apple's shares fell"); before a name is said to be in one article
// only, the other's words are asked whether they hold it.
type wordSet map[string]bool

func newWordSet(doc segment.Document) wordSet {
	set := wordSet{}
	for _, s := range doc.Sentences {
		prev := ""
		for _, t := range s.Tokens {
			w := nameWord(t)
			if w == "" {
				prev = ""
				continue
			}
			set[w] = true
			if prev != "" {
				set[prev+" "+w] = true
			}
			prev = w
		}
	}
	return set
}

// nameWord returns the folded word t in lower case, without a possessive, when
// it starts with a capital, or "". Case is set aside so that a dateline's "LOS
// ANGELES" is the "Los Angeles" of the story.
func nameWord(t segment.Token) string {
	if t.Kind != segment.Word || !segment.StartsUpper(t.Text) {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "'")
}

// names reports whether the article names the entity f: writes its name, or for
// a person the surname alone ("Kerry" where the other article has "John Kerry",
// at the start of a sentence, where the facts stage cannot tell a name).
func (ws wordSet) names(f facts.Fact) bool {
	return ws.mentions(f.Text) || f.Type == facts.Person && f.Key != "" && ws[f.Key]
}

// mentions reports whether the article writes the name: its one word, or each
// pair of its neighbouring words.
func (ws wordSet) mentions(name string) bool {
	words := strings.Fields(strings.ToLower(segment.Fold(name)))
	switch len(words) {
	case 0:
		return false
	case 1:
		return ws[strings.TrimSuffix(words[0], "'s")]
	}
	for k := 1; k < len(words); k++ {
		if !ws[words[k-1]+" "+words[k]] {
			return false
		}
	}
	return true
}
