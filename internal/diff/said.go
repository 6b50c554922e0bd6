package diff

import (
	"slices"
	"strings"
	"unicode"

	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/quotes"
	"github.com/compared/compared/internal/segment"
)

// saidWords holds the words of an article's quotations and attributions as the
// attribution comparison reads them, read once for the article rather than in
// every pair it is compared in.
type saidWords struct {
	quoted   map[string][]string // a quotation's text: its content words
	speakers map[string][]string // a speaker or an attribution phrase: its speakerWords
	bodies   map[string]bool     // the organisations the article names, in lower case
	people   map[string][]string // the people the article names in full, their speakerWords by their last
}

func newSaidWords(qs []quotes.Quote, fs []facts.Fact) saidWords {
	w := saidWords{quoted: make(map[string][]string, len(qs)), speakers: make(map[string][]string, 2*len(qs)), bodies: make(map[string]bool),
		people: make(map[string][]string)}
	for _, f := range fs {
		switch f.Type {
		case facts.Organization:
			w.bodies[strings.ToLower(f.Value)] = true
		case facts.Person:
			if name := speakerWords(f.Value); len(name) > 1 && w.people[name[len(name)-1]] == nil {
				// "Brett Kavanaugh", for "Kavanaugh wrote": the first name and
				// the surname, whatever title the name was read with
				// ("District Judge Lewis Kaplan"); the particle that opens a
				// surname with it ("Marine Le Pen", for "Le Pen told").
				first := len(name) - 2
				if first > 0 && surnameParticles[name[first]] {
					first--
				}
				w.people[name[len(name)-1]] = name[first:]
			}
		}
	}
	for _, q := range qs {
		w.quoted[q.Text] = contentWords(q.Text)
		for _, s := range []string{q.Attribution.Speaker, q.Attribution.Text} {
			if _, ok := w.speakers[s]; !ok {
				w.speakers[s] = speakerWords(s)
			}
		}
	}
	return w
}

// pairWords reads words for the attribution comparison of two articles from
// both articles' saidWords, and reads those of any other text itself. Its zero
// value reads every text itself.
type pairWords struct{ left, right saidWords }

// isBody reports whether either article names speaker as an organisation.
func (w pairWords) isBody(speaker string) bool {
	s := strings.ToLower(speaker)
	return w.left.bodies[s] || w.right.bodies[s]
}

// oneBody reports whether l and r, one word each, are two words of one
// organisation's name that both articles give in full: "Real said" and
// "Madrid said" credit Real Madrid.
func (w pairWords) oneBody(l, r []string) bool {
	if len(l) != 1 || len(r) != 1 || l[0] == r[0] {
		return false
	}
	for body := range w.left.bodies {
		words := strings.Fields(body)
		if len(words) > 1 && slices.Contains(words, l[0]) && slices.Contains(words, r[0]) && w.right.bodies[body] {
			return true
		}
	}
	return false
}

// namedByKind reports whether speaker, one word, is the word for the kind of
// body (other) that the article names in full: "the academy said" after "the
// Royal Swedish Academy of Sciences said", against "the Royal Swedish Academy
// of Sciences said".
func (s saidWords) namedByKind(speaker, other []string) bool {
	if len(speaker) != 1 || len(other) < 2 || !slices.Contains(other, speaker[0]) {
		return false
	}
	for body := range s.bodies {
		if !strings.Contains(body, speaker[0]) {
			continue // most bodies: passed over without reading their words
		}
		words := speakerWords(body)
		if slices.Contains(words, speaker[0]) && subset(other, words) {
			return true
		}
	}
	return false
}

// shortFormOf reports whether short, a speaker written in lower case ("the
// electoral bureau"), is the body that full names with every word
// capitalised ("the Central Electoral Bureau"): the same last word, and no
// word full lacks. The article of short must name no body with that last
// word, or the body it names is the one meant (see namedByKind). sw and fw
// are their speakerWords.
func (s saidWords) shortFormOf(short, full string, sw, fw []string) bool {
	if len(sw) == 0 || len(sw) >= len(fw) || sw[len(sw)-1] != fw[len(fw)-1] || !subset(sw, fw) || !inLowerCase(short) || !capitalised(full) {
		return false
	}
	head := sw[len(sw)-1]
	for body := range s.bodies {
		if strings.Contains(body, head) {
			return false
		}
	}
	return true
}

// inLowerCase reports whether every word of text after its first is in
// lower case ("The electoral bureau" opens a sentence).
func inLowerCase(text string) bool {
	// Asked of speakers compared: the words are read in place.
	n := 0
	for w := range strings.FieldsSeq(text) {
		if n > 0 && segment.StartsUpper(w) {
			return false
		}
		n++
	}
	return n > 1
}

// capitalised reports whether every word of text but its function words
// starts with a capital: a name ("the Bank of England").
func capitalised(text string) bool {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if !segment.StartsUpper(w) && !nameLinks[w] {
			return false
		}
		n++
	}
	return n > 1
}

// nameLinks are the words a body's name holds in lower case.
var nameLinks = map[string]bool{"the": true, "of": true, "for": true, "and": true, "on": true, "in": true}

// namedInFull reports whether speaker is the surname of a person the article
// names in full elsewhere, whose words other holds: "Kavanaugh wrote" after
// "written by conservative Justice Brett Kavanaugh", against "Justice Brett
// Kavanaugh wrote"; "Le Pen told" after "Marine Le Pen's far-right National
// Rally", against "Marine Le Pen told".
func (s saidWords) namedInFull(speaker, other []string) bool {
	if len(speaker) == 0 || len(speaker) > 2 {
		return false
	}
	name := s.people[speaker[len(speaker)-1]]
	return len(name) > len(speaker) && slices.Equal(name[len(name)-len(speaker):], speaker) && subset(name, other)
}

// surnameParticles open a surname of two words: "Le Pen", "van Gogh".
var surnameParticles = map[string]bool{"le": true, "la": true, "de": true, "van": true, "von": true, "der": true, "del": true,
	"da": true, "di": true, "du": true, "al": true, "bin": true, "ibn": true, "el": true}

// words returns the content words of a text (see contentWords).
func (w pairWords) words(text string) []string {
	return either(text, w.left.quoted, w.right.quoted, contentWords)
}

// speaker returns the speakerWords of a speaker or attribution phrase.
func (w pairWords) speaker(text string) []string {
	return either(text, w.left.speakers, w.right.speakers, speakerWords)
}

// either returns what left or right holds for text, or else read(text).
func either(text string, left, right map[string][]string, read func(string) []string) []string {
	if ws, ok := left[text]; ok {
		return ws
	}
	if ws, ok := right[text]; ok {
		return ws
	}
	return read(text)
}

// contentWords returns the content words of text, folded, in lower case and
// without the punctuation around them or a possessive's "'s" ("the
// chipmaker's dominance" and "the U.S. chipmaker" share one): what two
// statements must share to be one. A text of function words only ("No, not
// at all.") keeps them all.
func contentWords(text string) []string {
	all := strings.Fields(strings.ToLower(segment.Fold(text)))
	var content []string
	for _, w := range all {
		if w = bareWord(w); w != "" && !stopWords.Has(w) {
			if same := synonyms[w]; same != "" {
				w = same // "evacuated" and "fled": one word of the statement
			}
			content = append(content, lightStem(w))
		}
	}
	if len(content) == 0 {
		return all
	}
	return content
}

// bareWord is w without the punctuation around it or a possessive's "'s"
// (in either case: contentCount reads words before lowering them).
func bareWord(w string) string {
	w = strings.TrimFunc(w, unicode.IsPunct)
	if len(w) > len("'s") && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		w = w[:len(w)-len("'s")]
	}
	return w
}

// contentCount is len(contentWords(text)), counted in place: what a
// statement's share of its sentences needs, read for every quote paired.
func contentCount(text string) int {
	all, content := 0, 0
	for w := range strings.FieldsSeq(segment.Fold(text)) {
		all++
		if w = bareWord(w); w != "" && !stopWords.Has(w) {
			content++
		}
	}
	if content == 0 {
		return all
	}
	return content
}

// lightStem strips the endings of inflection from a lower-case word, so that
// "killed", "killing" and "kills" are one word, and "injured" and "injure":
// a cut of common suffixes, cheaper than a stemmer for words read in every
// pair, and as good for telling whether two statements share their words.
func lightStem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ied"), len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !singularS[w]:
		w = w[:len(w)-1]
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// singularS are words that end in an s that marks no plural.
var singularS = map[string]bool{"news": true, "series": true, "species": true, "means": true, "its": true, "this": true, "thus": true}

// lex is the built-in lexicon, built once for the word lists below.
var lex = lexicon.New()

var (
	stopWords = lex.StopWords // the function words a statement's words leave out
	pronouns  = lex.Pronouns  // the speakers that name no one until resolved
	titles    = lex.Titles    // the words of officers' titles
	synonyms  = lex.Synonyms  // words for one thing, to the one that stands for all
)
