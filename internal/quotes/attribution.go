package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/compared/compared/internal/lexicon"
	"github.com/compared/compared/internal/segment"
)

// side says where an attribution fragment stands relative to what it attributes.
type side int

const (
	after   side = iota // `"Q," SPEAKER CUE` or `"Q," CUE SPEAKER`
	before              // `SPEAKER CUE: "Q"`, found by walking back from the cue
	leading             // `SPEAKER CUE that CLAUSE`, speaker from the sentence start
)

// maxCueDistance is how many tokens into an after-quote fragment the cue may stand:
// further away, the words describe something else. maxLeadingCue is the same for
// a sentence that opens with its attribution, where the speaker may carry an
// apposition ("A spokesman for the WHO, Peter Olsen, warned that ...").
const (
	maxCueDistance = 10
	maxLeadingCue  = 16
)

// parser reads attribution phrases with one lexicon.
type parser struct {
	lex *lexicon.Lexicon
}

// parse reads the attribution in toks, a fragment outside a quotation or the
// reporting part of a sentence. It reports false when toks hold no attribution.
func (p parser) parse(toks []segment.Token, where side) (Attribution, bool) {
	c := p.findCue(toks, where)
	if c < 0 {
		return Attribution{}, false
	}
	var a Attribution
	first, last := c, c // token range the phrase covers
	note := func(i, j int) {
		first, last = min(first, i), max(last, j-1)
	}
	cueEnd := p.readCue(toks, c, &a, note)

	if c > 0 && p.lex.Hedges.Has(toks[c-1].Lower) {
		a.Hedge = segment.Visible(toks[c-1].Text)
		note(c-1, c)
	}
	lead := c // where the cue's phrase starts: at its hedge, if any
	if a.Hedge != "" {
		lead--
	}
	if lead > 1 && joiningAdverbs[toks[lead-1].Lower] && (toks[lead-2].Lower == "and" || toks[lead-2].Lower == "but") {
		lead-- // "tweeted ... and later called it": when, not who
	}
	switch {
	case a.Speaker != "":
	case where == after && lead > 0 && (toks[lead-1].Lower == "but" || toks[lead-1].Lower == "and"):
		// `said he "strongly, strongly" disagreed with the ruling and urged
		// colleges ...`: the words after the quotation go on with the clause
		// and a second verb of its subject, no attribution of their own.
		return Attribution{}, false
	case a.Cue == "according to":
		// The source follows: `"...", of progress, according to TASS` names
		// no speaker before it.
	case a.Intermediary == "" && passiveBy(toks, c):
		// "The deal was first reported by Reuters": the source follows "by".
		i, j := p.nounPhrase(toks, c+2)
		a.Speaker = joinText(toks[i:j])
		note(c, j)
	case where != after && lead > 1 && (toks[lead-1].Lower == "but" || toks[lead-1].Lower == "and"):
		// "Giorgetti welcomed the agreement but warned that ...": the cue is the
		// second verb of the subject's clause. The attribution stands around
		// what the subject did first.
		if from := afterDateline(toks); from < lead-1 {
			if who := subjectTokens(splitOnCommas(toks[from:lead-1]), p.lex); len(who) > 0 { // "Jan 24 (Reuters) - Tesla reported ... and warned": not the dateline
				a.Speaker = joinText(who)
				i := slices.IndexFunc(toks, func(t segment.Token) bool { return t.Start == who[0].Start })
				note(i, i+len(who))
				a.Around.Start, a.Around.End = who[len(who)-1].End, toks[lead-1].End
			}
		}
	default:
		i, j := p.speakerBefore(toks, c, a.Hedge != "", where)
		if where == after && p.thingReported(toks[i:j], a.Cue) {
			// "Quake strikes Japan, small tsunami reported": what was
			// reported, no one who reported it.
			return Attribution{}, false
		}
		if i < j {
			a.Speaker = joinText(toks[i:j])
			note(i, j)
			if b := beforeAuxiliaries(toks, lead); j+2 < b && toks[j].Text == "," && (toks[j+1].Lower == "who" || toks[j+1].Lower == "whose") && toks[b-1].Text == "," {
				// "Modi, who followed the landing from Johannesburg, said",
				// "Ghosn, who fled Japan, has said": what the speaker did is
				// no part of the attribution.
				a.Around.Start, a.Around.End = toks[j+1].Start, toks[b-2].End
			}
		}
	}
	described := false // the speaker after the cue is described after a comma
	if a.Speaker == "" && a.Intermediary == "" && a.Cue != "according to" {
		i, j := p.nounPhrase(toks, cueEnd)
		if i < j && p.lex.StopWords.Has(toks[i].Lower) && !p.lex.Determiners.Has(toks[i].Lower) {
			j = i // "warns of trade risks": what is warned of, not who warns
		}
		if i < j && (!invertedSpeaker(toks[i:j], p.lex) || j < len(toks) && auxiliaries.Has(toks[j].Lower)) {
			j = i // "says emissions rose 2%", "said the mission was a success": a clause, not who says it
		}
		if i < j && strings.EqualFold(a.Cue, "added") && (toks[i].Kind == segment.Number || p.lex.NumberWords[toks[i].Lower] > 0) &&
			!pluralSpeakers[toks[j-1].Lower] && !p.lex.Titles.Has(toks[j-1].Lower) {
			// "Doue added two goals": what was added, no one who said it;
			// "added two officials" names who.
			return Attribution{}, false
		}
		if i < j {
			a.Speaker = joinText(toks[i:j])
			note(i, j)
			cueEnd = j
			if k := p.describedAfter(toks, j); k > j {
				described = true
				// `"...," said Dan Jorgensen, Denmark's climate minister.`:
				// the description set off after the name is the attribution's.
				note(j, k)
				cueEnd = k
			}
		}
	}
	if j := p.timeAfterCue(toks, cueEnd); j > cueEnd {
		note(cueEnd, j) // "said on Thursday", "said Thursday": when, not what
		cueEnd = j
	}
	if j := tallyAfterCue(toks, cueEnd); j > cueEnd {
		note(cueEnd, j) // "ruled 6-3 that", "ruled unanimously that": by how many, not what
		cueEnd = j
	}
	if j := circumstanceAfterCue(toks, cueEnd); j > cueEnd {
		note(cueEnd, j) // "said after counting ballots from all constituencies": when, not what
		cueEnd = j
	}
	settingAt := cueEnd
	if described && cueEnd+1 < len(toks) && toks[cueEnd].Text == "," {
		settingAt++ // "said Rayane Haddadj, the study's first author, in a news release"
	}
	if i, j := p.onOutlet(toks, cueEnd); i < j && a.Intermediary == "" {
		// "said on CNN", "said on RTL radio": the outlet the words went out
		// on, as "told RTL radio" names it
		a.Intermediary = joinText(toks[i:j])
		note(cueEnd, j)
	} else if i, j := p.setting(toks, settingAt); i < j {
		if !whereBodyIs(toks, i) {
			a.Setting = joinText(toks[i:j])
		}
		note(i, j)
	}
	if p.isOutlet(a.Speaker) && a.Intermediary == "" {
		a.Intermediary, a.Speaker = a.Speaker, ""
	}
	if i, j := citing(toks, cueEnd); i < j {
		// "the Handelsblatt newspaper reported, citing sources, that": the
		// outlet relays whom it cites; "the ministry said, citing figures,
		// that": what it cites is no part of the statement.
		if a.Speaker == "" && a.Intermediary != "" {
			a.Speaker = joinText(toks[i:j])
		}
		note(cueEnd, j)
	}
	if a.Intermediary == "" && where != after {
		// "Speaking to the BBC, the prime minister said": a leading phrase
		// names the outlet the words went to.
		if i, j := p.leadingAddressee(toks, first); i < j {
			a.Intermediary = joinText(toks[i:j])
			note(0, j)
		}
	}
	if a.Setting == "" && where != after && first > 1 {
		// "In a letter to employees, Calhoun said": where the words were
		// said, before the speaker, as "said in a letter to employees" gives it.
		if k := placedOn(toks, settingPhrase(toks, 0, false), first); k > 0 && k+1 == first && toks[k].Text == "," {
			a.Setting = toks[0].Lower + strings.TrimPrefix(joinText(toks[:k]), toks[0].Text) // "in a letter", as after the cue
			note(0, k)
		}
	}
	if a.Intermediary == "" {
		// "The opposition leader, speaking to CNN, said", "described the talks to
		// TASS as": the outlet the words went to.
		for k := first; k+1 < len(toks) && k < cueEnd+outletReach; k++ {
			if toks[k].Lower == "through" && (k == cueEnd || k > 0 && toks[k-1].Lower == "speaking") {
				// "said through a spokesman", "speaking through an
				// interpreter": whoever passed the words on.
				if i, j := p.nounPhrase(toks, k+1); i < j {
					a.Intermediary = joinText(toks[i:j])
					note(k, j)
					break
				}
			}
			// "speaking to CNN", "told to TASS", "in an interview with the FT"
			if toks[k].Lower != "to" && toks[k].Lower != "with" || k > 0 && toks[k-1].Lower == "according" {
				continue
			}
			// Whoever an interview was given to carried the words, outlet
			// known or not: "said in an interview with RUV".
			interview := toks[k].Lower == "with" && k > 0 && toks[k-1].Lower == "interview"
			if i, j := p.nounPhrase(toks, k+1); i < j && (p.isOutlet(joinText(toks[i:j])) || interview && segment.StartsUpper(toks[j-1].Text)) {
				a.Intermediary = joinText(toks[i:j])
				note(k, j)
				break
			}
		}
	}
	if a.Speaker == "" && a.Intermediary == "" && where != after {
		return Attribution{}, false
	}
	a.Start, a.End = toks[first].Start, toks[last].End
	if a.Cue == "according to" {
		if k := publishedFrom(toks[c : last+1]); k > 0 {
			// "according to a study published on Wednesday in the European
			// Journal of Preventive Cardiology": when and where the source
			// came out is what the story tells, no credit.
			a.Around.Start, a.Around.End = toks[c+k].Start, a.End
		}
	}
	return a, true
}

// publishedFrom returns where, after the first of toks (a source, or the
// "according to" before it), the participle stands that says when or where
// the source came out ("a YouGov poll published on Tuesday"), when no "by"
// after it names who put it out ("documents posted by U.S. safety
// regulators"); 0 for none.
func publishedFrom(toks []segment.Token) int {
	if len(toks) < 2 {
		return 0
	}
	k := slices.IndexFunc(toks[1:], func(t segment.Token) bool { return sourceParticiples[t.Lower] }) + 1
	if k == 0 || slices.ContainsFunc(toks[k:], func(t segment.Token) bool { return t.Lower == "by" }) {
		return 0
	}
	return k
}

// leadingAddressee returns the range of the outlet a phrase that opens toks,
// set off by a comma before the attribution at first, says the words went to:
// "Speaking to the BBC,", "Talking to reporters,", "In an interview with the
// FT,". It returns an empty range when there is none.
func (p parser) leadingAddressee(toks []segment.Token, first int) (int, int) {
	k := 0
	switch {
	case len(toks) > 2 && (toks[0].Lower == "speaking" || toks[0].Lower == "talking") && toks[1].Lower == "to":
		k = 2
	case len(toks) > 4 && toks[0].Lower == "in" && (toks[1].Lower == "an" || toks[1].Lower == "a") && toks[2].Lower == "interview" && toks[3].Lower == "with":
		k = 4
	default:
		return 0, 0
	}
	i, j := p.nounPhrase(toks, k)
	if i == j || j >= first || toks[j].Text != "," || !p.isOutlet(joinText(toks[i:j])) {
		return 0, 0
	}
	return i, j
}

// findCue returns the index of the reporting verb (or "according") that governs the
// fragment, or -1.
func (p parser) findCue(toks []segment.Token, where side) int {
	isCue := func(i int) bool {
		// A capitalised "State" or "Reports" is a name, not a verb; "the report",
		// "a statement" and "his claims" are nouns, but "a source close to
		// her said" has a verb: "her" a preposition's object.
		if segment.StartsUpper(toks[i].Text) && i > 0 || i > 0 && nounMarkers[toks[i-1].Lower] && !objectHer(toks, i-1) {
			return false
		}
		// "issued a tsunami warning", "a stern warning": a noun after a
		// word that describes it ("the minister warning that" is a
		// participle).
		if strings.HasSuffix(toks[i].Lower, "ing") && describedNoun(toks, i) {
			return false
		}
		// "no immediate reports of deaths", "reports of shelling": a noun; so
		// after a number ("some 54,000 claims are still outstanding") and in
		// a preposition's object ("most of the Roundup claims it faced").
		if nounCues[toks[i].Lower] && (i+1 < len(toks) && (toks[i+1].Lower == "of" || toks[i+1].Lower == "for" && estimateNouns[toks[i].Lower]) ||
			i > 0 && reportQualifiers[toks[i-1].Lower] || possessiveBefore(toks, i) ||
			i > 0 && toks[i-1].Kind == segment.Number || i > 2 && toks[i-2].Lower == "the" && objectPrepositions[toks[i-3].Lower] ||
			estimateNouns[toks[i].Lower] && i > 0 && beforeEstimates[toks[i-1].Lower]) {
			return false
		}
		// "under repeated bombardment", "a reported 300 people", "despite
		// repeated warnings": after an article, a possessive or a
		// preposition, an adjective.
		if i > 0 && beforeAdjective[toks[i-1].Lower] && !objectHer(toks, i-1) {
			return false
		}
		// "so-called", "self-described": part of a word, not a verb.
		if i > 0 && toks[i-1].Fold == "-" && toks[i-1].End == toks[i].Start {
			return false
		}
		// "before official results were announced", "the plan, which was
		// announced last week", "Staff were told to report": a passive names
		// no one who spoke, unless "by" does ("was first reported by
		// Reuters"); "was quoted as saying" is a cue of its own.
		if (strings.HasSuffix(toks[i].Lower, "ed") || toks[i].Lower == "told") && toks[i].Lower != "quoted" && passiveAuxiliary(toks[:i]) >= 0 && !(i+1 < len(toks) && toks[i+1].Lower == "by") {
			return false
		}
		// "tax rises announced by Ms Reeves", "the merger, reported by
		// Bloomberg,": a participle after its noun says what was done, and
		// by whom; no one's words follow.
		if strings.HasSuffix(toks[i].Lower, "ed") && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "by" && (toks[i-1].Kind == segment.Word || toks[i-1].Text == ",") &&
			!slices.ContainsFunc(toks[max(0, i-3):i], func(t segment.Token) bool { return auxiliaries.Has(t.Lower) }) {
			return false // "was first reported by Reuters" is a passive, its agent the source
		}
		// "the 10-year note", "a long-awaited report": after a modifier made
		// with a hyphen, a noun.
		if i > 1 && toks[i-2].Fold == "-" && toks[i-2].End == toks[i-1].Start && !segment.StartsUpper(toks[i-1].Text) &&
			!(inWord(toks, i-2) && segment.StartsUpper(toks[i-3].Text)) {
			return false // "Moon Jae-in said", "Wu Chien-fu told": a name's second part, no modifier
		}
		// "voted to confirm", "declined to say": an infinitive reports nothing.
		if i > 0 && toks[i-1].Lower == "to" && toks[i].Lower != "according" {
			return false
		}
		// "She must report to prison by Nov. 7": after a modal, "report" is
		// presenting oneself, unless a "that" of words reported follows.
		if toks[i].Lower == "report" && i > 0 && inPersonModals.Has(toks[i-1].Lower) && !slices.ContainsFunc(toks[i+1:], func(t segment.Token) bool { return t.Lower == "that" }) {
			return false
		}
		// "did not say how many", "never said": what a source did not say.
		if i > 0 && (toks[i-1].Lower == "not" || toks[i-1].Lower == "never" || strings.HasSuffix(toks[i-1].Lower, "n't") || strings.HasSuffix(toks[i-1].Lower, "n’t")) {
			return false
		}
		// "called for concrete steps", "called on Russia", "faced calls to
		// resign": a demand, not words quoted.
		if (toks[i].Lower == "called" || toks[i].Lower == "calls") && (i+1 < len(toks) && callParticles[toks[i+1].Lower] || callsEvent(toks[i+1:])) {
			return false
		}
		if i > 0 && toks[i-1].Text == "," && namesThing(toks[i:]) {
			return false // "the drug, called Zurzuvae, is": a name, no cue
		}
		// "said in a video posted on the platform": a participle of the
		// setting, after its noun.
		if i > 0 && strings.HasSuffix(toks[i].Lower, "ed") && postedThings[toks[i-1].Text] {
			return false
		}
		// "his lawyers asked for six years", "an opinion piece she wrote for
		// the Times": a request, or what was written, not words quoted. After
		// a quotation the words are what was written: `"...," Chief Justice
		// John Roberts wrote for the majority`.
		if where != after && forVerbs[toks[i].Lower] && i+1 < len(toks) && toks[i+1].Lower == "for" {
			return false
		}
		if p.addsThing(toks, i, where) {
			return false // "The Nasdaq added 1.2%", "Smith added a second goal"
		}
		w := toks[i].Lower
		// "member states", "the state": as a verb it ends the phrase or opens a
		// clause ("the report states that"), but not after a name it makes a
		// state's ("the capital of Borno state,").
		if stateAsNoun(toks, i) && (i+1 < len(toks) || i > 0 && segment.StartsUpper(toks[i-1].Text)) {
			return false
		}
		if findingVerbs[w] || rulingVerbs[w] {
			// "the judge found that ...", "the court ruled that ...": a
			// finding that opens a clause is anyone's statement, while what
			// "the verdict showed" is the statement of whoever said so.
			// After the clause, closing the sentence, it is its finder's:
			// "Google paid $26.3 billion ..., the judge found."
			// The past tense soon after a comma, its subject no passive's
			// ("until a replacement is found", "forced by European Union
			// rules").
			end := p.timeAfterCue(toks, i+1) // "the court ruled on Monday."
			closes := where == after && (w == "found" || w == "ruled") && (end == len(toks) || toks[end].Kind == segment.Punct && toks[end].Text != "-") &&
				!auxiliaries.Has(toks[max(0, i-1)].Lower) && i <= maxSubjectAfterComma
			that := tallyAfterCue(toks, i+1) // "ruled 6-3 that", "ruled unanimously that"
			return findingVerbs[w] && p.studySubject(toks[max(0, i-maxStudySubject):i]) ||
				(w == "found" || w == "finds" || rulingVerbs[w]) && (that < len(toks) && toks[that].Lower == "that" || closes)
		}
		return p.lex.ReportingVerbs.Has(w) || w == "according" && i+1 < len(toks) && toks[i+1].Lower == "to"
	}
	switch where {
	case after:
		if len(toks) > 0 && clauseJoiners[toks[0].Lower] {
			return -1 // `called the sanctions "illegal" and said Tehran would respond`: a clause of its own
		}
		for i := 0; i < len(toks) && i < maxCueDistance+jointSpeakerReach(toks)+p.relativeReach(toks)+hyphenReach(toks); i++ {
			if (toks[i].Lower == "which" || toks[i].Lower == "that") && !describesSubject(toks, i) {
				return -1 // ", a move that analysts said": what the clause says is no statement
			}
			if goesOn(toks, i) {
				return -1 // `"...," for the cuts, adding that`: a statement goes on, no attribution follows
			}
			if i > 0 && toks[i-1].Text == "," && clauseJoiners[toks[i].Lower] {
				// `said it would "react firmly" to defend EU industry, while
				// China urged restraint`: the quotation ends a clause whose
				// speaker came before it; the next clause's cue is its own.
				return -1
			}
			if isCue(i) {
				return i
			}
		}
	case before:
		participle := -1
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].Lower == "saying" && i > 0 && toks[i-1].Lower == "as" {
				continue // "X quoted Y as saying": the frame's verb is "quoted"
			}
			if participle < 0 && goesOn(toks, i) && isCue(i) {
				// "the official said, adding:": the speaker goes with the verb
				// before the participle.
				participle = i
				continue
			}
			if isCue(i) {
				if i > 0 && p.lex.ReportingVerbs.Has(toks[i-1].Lower) && isCue(i-1) {
					return i - 1 // "a document that Joseph Kenny said showed": what he said it showed
				}
				return i
			}
		}
		return participle
	case leading:
		for i := 0; i < len(toks) && i < maxLeadingCue; i++ {
			if !isCue(i) {
				continue
			}
			if objectCues[toks[i].Lower] {
				// "Apple denied wrongdoing but said it agreed to settle": a
				// thing denied, then the statement's own cue.
				for k := i + 2; k < len(toks) && k < i+maxLeadingCue; k++ {
					if clauseMarkers[toks[k-1].Lower] || toks[k-1].Kind == segment.Punct {
						break // the first cue's clause, or its end
					}
					if (toks[k-1].Lower == "but" || toks[k-1].Lower == "and") && isCue(k) {
						return k
					}
					if k+1 < len(toks) && (toks[k-1].Lower == "but" || toks[k-1].Lower == "and") && p.lex.Hedges.Has(toks[k].Lower) && isCue(k+1) {
						return k + 1 // "... but reportedly said"
					}
				}
			}
			return i
		}
	}
	return -1
}

// citing returns the range of whom a participle after the cue at k says the
// report cites (", citing sources", "citing two people familiar with the
// matter"), or an empty range.
func citing(toks []segment.Token, k int) (int, int) {
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "citing" {
		return 0, 0
	}
	j := k + 1
	for j < len(toks) && j-k <= maxNounPhrase && toks[j].Kind != segment.Punct && toks[j].Lower != "that" {
		j++
	}
	return k + 1, j
}

// namesThing reports whether part, set off by commas after a noun, gives the
// name the noun goes by rather than a speaker after a cue: "the drug, called
// Zurzuvae, from Sage", "a storm, dubbed Ciaran by forecasters,". The name ends
// the part or hands on to "by"; a speaker who calls someone something goes on
// ("the mayor, Smith, called Jones a liar").
func namesThing(part []segment.Token) bool {
	if len(part) < 2 || !namingCues[part[0].Lower] || strings.HasSuffix(part[0].Lower, "s") {
		return false
	}
	k := 1
	for k < len(part) && part[k].Kind == segment.Word && segment.StartsUpper(part[k].Text) {
		k++
	}
	return k > 1 && (k == len(part) || part[k].Kind == segment.Punct && part[k].Fold != `"` || part[k].Lower == "by")
}

// callsEvent reports whether toks, after "called", name what was called
// into being, not what something was called: "called the election in May",
// "called a snap vote", "called a strike", where "called the vote "a
// mistake"" and "called the vote a mistake" name it.
func callsEvent(toks []segment.Token) bool {
	for k := 0; k < len(toks) && k < 3; k++ {
		if calledEvents.Has(toks[k].Lower) {
			// Where the words end, a quotation opens: `called the strike
			// "completely unnecessary"`.
			named := k+1 == len(toks) || toks[k+1].Fold == `"` || nounMarkers[toks[k+1].Lower]
			return !named
		}
		if !nounMarkers[toks[k].Lower] && !eventQualifiers.Has(toks[k].Lower) {
			return false
		}
	}
	return false
}

// calledEvents are what is called into being ("called an election");
// eventQualifiers stand before them ("a snap election").
var (
	calledEvents    = lexicon.NewSet("election", "elections", "vote", "referendum", "strike", "strikes", "meeting", "summit", "halt", "ceasefire", "truce", "session", "poll", "recess")
	eventQualifiers = lexicon.NewSet("snap", "early", "general", "national", "emergency", "special", "presidential", "parliamentary", "nationwide")
)

// joiningAdverbs stand between "and" and a second verb of its subject.
var joiningAdverbs = lexicon.NewSet("later", "also", "then", "again", "earlier", "still", "further", "subsequently")

// thingNouns name what was decided or done, never who spoke.
var thingNouns = lexicon.NewSet("decision", "move", "step", "deal", "plan", "agreement", "measure", "proposal",
	"development", "outcome", "result", "ruling", "verdict", "policy", "law", "bill")

// beforeAuxiliaries returns where the auxiliaries of a perfect before the
// cue's phrase at c start ("has said", "had reportedly told"), or c.
func beforeAuxiliaries(toks []segment.Token, c int) int {
	for c > 0 && perfectAuxiliaries[toks[c-1].Lower] {
		c--
	}
	return c
}

// perfectAuxiliaries make a cue's perfect: "has said".
var perfectAuxiliaries = lexicon.NewSet("has", "have", "had")

// addsThing reports whether the "add" at toks[i] adds a thing, not words: a
// figure or a thing counted after it ("The Nasdaq added 1.2%", "added
// 250,000 jobs", ", added the fifth goal") or, where the words would follow
// it, a noun phrase that no verb follows ("Smith added a second goal before
// halftime", not "He added a deal was close"). After a comma, "adding" adds a
// thing where "to" follows it or a figure no verb follows ("..., adding to
// the misery", "..., adding about 10 days to journeys", not "..., adding 10
// were injured").
func (p *parser) addsThing(toks []segment.Token, i int, where side) bool {
	w := toks[i].Lower
	if w != "added" && w != "adds" && w != "add" && w != "adding" || i+1 >= len(toks) {
		return false // compared, not looked up: every word a cue might be is asked
	}
	next := toks[i+1]
	if w == "adding" {
		return next.Lower == "to" || next.Lower == "up" || p.figureAt(toks, i+1) && !clauseFollows(toks[i+1:])
	}
	if first, _ := utf8.DecodeRuneInString(next.Text); next.Kind == segment.Number || unicode.Is(unicode.Sc, first) {
		return true
	}
	if i+2 < len(toks) && thingOpeners[next.Lower] && (toks[i+2].Kind == segment.Number || lexicon.Ordinal(toks[i+2].Lower) > 0) {
		return true
	}
	if where == after || !thingOpeners[next.Lower] {
		return false // ", added the minister": who added the words before
	}
	return !clauseFollows(toks[i+2:])
}

// figureAt reports whether a figure opens toks[i:]: a number, an amount, or
// one after a word that hedges or opens it ("about 10 days", "roughly two
// weeks", "another $2 billion").
func (p *parser) figureAt(toks []segment.Token, i int) bool {
	if i < len(toks) && (thingOpeners[toks[i].Lower] || approximators[toks[i].Lower]) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(toks[i].Text)
	return toks[i].Kind == segment.Number || unicode.Is(unicode.Sc, first) || p.lex.NumberWords[toks[i].Lower] > 0
}

// clauseFollows reports whether a verb follows in toks before punctuation:
// "a deal was close", "10 were injured" are words said, not things added.
func clauseFollows(toks []segment.Token) bool {
	for _, t := range toks {
		if t.Kind == segment.Punct {
			break
		}
		if auxiliaries.Has(t.Lower) || strings.HasSuffix(t.Lower, "ed") {
			return true
		}
	}
	return false
}

// approximators hedge a figure: "about 10 days".
var approximators = map[string]bool{"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "some": true, "over": true}

// thingOpeners open a noun phrase of a thing added: "added a second goal",
// "added the fifth".
var thingOpeners = map[string]bool{"a": true, "an": true, "another": true, "the": true, "some": true, "more": true,
	"his": true, "her": true, "its": true, "their": true}

// describedNoun reports whether toks[i] stands after "a" or "an" and at
// most maxNounModifiers words in lower case that describe it: "a stern
// warning", "a flash flood warning" are nouns.
func describedNoun(toks []segment.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-maxNounModifiers; k-- {
		if toks[k].Kind != segment.Word || !toks[k].InLowerCase() {
			return false
		}
		if toks[k-1].Lower == "a" || toks[k-1].Lower == "an" {
			return true
		}
	}
	return false
}

// maxNounModifiers is the most words describedNoun reads between an article
// and its noun.
const maxNounModifiers = 3

// describesSubject reports whether the "that" or "which" at toks[i] opens a
// relative clause whose verb follows at once, describing the noun before it:
// "the charity that employed them said" has its speaker there, where "a move
// that analysts said" has not.
func describesSubject(toks []segment.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].Kind != segment.Word {
		return false
	}
	next := toks[i+1]
	if next.Kind != segment.Word || !next.InLowerCase() || nounMarkers[next.Lower] {
		return false
	}
	return relativeVerbs[next.Lower] || len(next.Lower) > 4 && strings.HasSuffix(next.Lower, "ed")
}

// relativeVerbs are the auxiliaries, and verbs not in -ed, that open a
// relative clause's verb: "the company that has built the plant", "the
// group that represents the families".
var relativeVerbs = lexicon.NewSet("has", "had", "have", "is", "was", "were", "are", "will", "would", "runs", "represents", "owns", "operates")

// relativeReach returns how much further than maxCueDistance the cue of an
// after-quote fragment may stand when a relative clause or a description set
// off by commas follows its speaker's name (`"...," Kroos, who was playing
// his last club game, told Movistar`, `"...," Dr. Maciej Banach, a professor
// of cardiology at the Medical University of Lodz, said`, `"...," Gwendolyn
// Pang, secretary general of the Philippine Red Cross, told Reuters`): its
// length, or 0.
func (p parser) relativeReach(toks []segment.Token) int {
	for k := 1; k+1 < len(toks) && k <= maxCueDistance; k++ {
		if toks[k].Text != "," {
			continue
		}
		opener := toks[k+1].Lower
		named := segment.StartsUpper(toks[k-1].Text) || k >= 3 && inWord(toks, k-2) && segment.StartsUpper(toks[k-3].Text) // "Wu Chien-fu,"
		if !setOffOpeners[opener] && !p.lex.Titles.Has(opener) && !roleNouns[opener] || !named {
			return 0 // set off after a name, not after a clause (`"Friends", has died at 54, the ...`)
		}
		for m := k + 2; m < len(toks) && m-k <= maxRelativeClause; m++ {
			if toks[m].Text == "," {
				return m - k + 1
			}
		}
		return 0
	}
	return 0
}

// setOffOpeners open a relative clause or a description set off after a
// speaker's name.
var setOffOpeners = lexicon.NewSet("who", "a", "an", "the")

// roleNouns open a description of a speaker's place, as titles do, without a
// determiner: "head of the agency", "founder of the group".
var roleNouns = lexicon.NewSet("head", "member", "founder", "co-founder", "author", "analyst", "economist",
	"researcher", "manager", "editor", "owner", "coach", "lawyer", "partner", "fellow")

// maxRelativeClause is the most tokens a relative clause or a description
// after a speaker's name runs to.
const maxRelativeClause = 20

// jointSpeakerReach returns how much further than maxCueDistance the cue of
// an after-quote fragment may stand when the fragment opens with two sources
// joined by "and" ("the U.N. refugee agency and the International
// Organization for Migration said"): a second noun phrase's length, or 0.
func jointSpeakerReach(toks []segment.Token) int {
	if len(toks) == 0 || !nounMarkers[toks[0].Lower] && !segment.StartsUpper(toks[0].Text) {
		return 0
	}
	for k := 1; k+1 < len(toks) && k < maxCueDistance; k++ {
		if toks[k].Text == "," {
			return 0
		}
		if toks[k].Lower == "and" && (nounMarkers[toks[k+1].Lower] || segment.StartsUpper(toks[k+1].Text)) {
			return maxJointReach
		}
	}
	return 0
}

// hyphenReach is how much further than maxCueDistance the cue of an
// after-quote fragment may stand for the hyphens that join words in it
// ("Wu Chien-fu, director of the center, told"): two tokens that make no
// word of their own each.
func hyphenReach(toks []segment.Token) int {
	n := 0
	for k := range toks[:min(len(toks), maxCueDistance)] {
		if inWord(toks, k) {
			n += 2
		}
	}
	return n
}

// maxJointReach is how many words a second source joined by "and" may add.
const maxJointReach = 6

// participle reports whether t is a lower-case word with a participle's ending.
func participle(t segment.Token) bool {
	return pastForm(t) || t.Kind == segment.Word && presentParticiple(t.Text)
}

// presentParticiple reports whether w reads as a present participle: a
// lower-case word ending in "ing" ("beating", "sending").
func presentParticiple(w string) bool {
	return len(w) > len("ing") && strings.HasSuffix(w, "ing") && !segment.StartsUpper(w)
}

// pastForm reports whether t is a lower-case word ending in "ed": a verb in
// the past or its participle.
func pastForm(t segment.Token) bool {
	return t.Kind == segment.Word && !segment.StartsUpper(t.Text) && strings.HasSuffix(t.Lower, "ed")
}

// clauseJoiners open a second clause after a comma.
var clauseJoiners = map[string]bool{"but": true, "and": true, "yet": true, "while": true, "whereas": true, "though": true, "although": true}

// joinerAfterClause returns the index of the last clause joiner in
// toks[start:end] that follows a clause of its own: a verb in the past
// before its object ("cancelled many services") or a participle after an
// auxiliary ("was investigating"), or -1.
func joinerAfterClause(toks []segment.Token, start, end int) int {
	verb := -1
	for k := start; k+1 < end; k++ {
		past := pastForm(toks[k]) || pastOnly[toks[k].Lower] || irregularPast[toks[k].Lower]
		if past && (objectOpeners[toks[k+1].Lower] || verbParticles[toks[k+1].Lower]) {
			verb = k // "cancelled many services", "broke down"
		}
		if auxiliaries.Has(toks[k].Lower) && participle(toks[k+1]) {
			verb = k // "A special commission was investigating and police said"
		}
	}
	if verb < 0 {
		return -1
	}
	for k := end - 1; k > verb+1; k-- {
		if clauseJoiners[toks[k].Lower] {
			return k
		}
	}
	return -1
}

// verbParticles follow a verb to make one of two words: "broke down", "held
// up".
var verbParticles = map[string]bool{"down": true, "up": true, "off": true, "out": true, "away": true, "back": true}

// objectOpeners open the object a verb takes: "cancelled many services",
// "closed the road".
var objectOpeners = map[string]bool{"the": true, "a": true, "an": true, "many": true, "some": true, "several": true,
	"his": true, "her": true, "its": true, "their": true, "hundreds": true, "dozens": true, "thousands": true, "all": true}

// outletReach is how far after the cue an outlet the words went to is looked
// for ("described the talks to TASS as").
const outletReach = 6

// passiveBy reports whether the cue at c is a passive with its agent: "was
// reported by", "was first announced by".
func passiveBy(toks []segment.Token, c int) bool {
	return c+2 < len(toks) && toks[c+1].Lower == "by" && passiveAuxiliary(toks[:c]) >= 0
}

// passiveAuxiliary returns the index of the auxiliary of a passive that ends
// before, one adverb allowed after it ("was reported", "was first reported",
// "was widely reported"), or -1.
func passiveAuxiliary(before []segment.Token) int {
	k := len(before) - 1
	if k > 0 && (strings.HasSuffix(before[k].Lower, "ly") || timeWords[before[k].Lower]) {
		k--
	}
	if k < 0 {
		return -1
	}
	switch before[k].Lower {
	case "was", "were", "been", "is", "are", "being", "be": // "would be formally announced"
		return k
	}
	return -1
}

// nounCues are cues that are nouns as often: "reports of shelling", "claims of
// fraud".
var nounCues = map[string]bool{"reports": true, "report": true, "claims": true, "claim": true, "notes": true,
	"quotes": true, "comments": true, "calls": true, "remarks": true, "states": true, "estimates": true, "estimate": true}

// estimateNouns are the nouns among nounCues that say what they estimate
// after "for": "beat Wall Street estimates for third-quarter revenue".
var estimateNouns = map[string]bool{"estimates": true, "estimate": true}

// beforeEstimates are the words that make estimates a noun: what results
// beat or miss ("revenue beats estimates", "above Wall Street estimates",
// "consensus estimates").
var beforeEstimates = map[string]bool{"beat": true, "beats": true, "beating": true, "missed": true, "misses": true, "miss": true,
	"topped": true, "tops": true, "exceeded": true, "exceeds": true, "surpassed": true, "above": true, "below": true, "street": true,
	"consensus": true, "analyst": true, "market": true}

// possessiveBefore reports whether a noun in the possessive stands before
// toks[i] ("analysts' estimates", "the bank's claims"): toks[i] is a thing
// it has.
func possessiveBefore(toks []segment.Token, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1].Lower // folded: a curly apostrophe reads as a straight one
	return strings.HasSuffix(w, "'s") || w == "'" && i > 1 && toks[i-2].Kind == segment.Word && toks[i-2].End == toks[i-1].Start
}

// objectHer reports whether toks[k] is "her" as the object of the
// preposition before it ("close to her"), not a possessive.
func objectHer(toks []segment.Token, k int) bool {
	return toks[k].Lower == "her" && k > 0 && objectPrepositions[toks[k-1].Lower]
}

// objectPrepositions take a noun phrase, never the subject of a verb:
// "of the Roundup claims".
var objectPrepositions = map[string]bool{"of": true, "to": true, "with": true, "for": true, "from": true, "on": true,
	"in": true, "over": true, "about": true, "by": true, "against": true, "into": true}

// reportQualifiers come before such a noun: "no immediate reports", "unconfirmed
// claims".
var reportQualifiers = map[string]bool{"no": true, "any": true, "immediate": true, "unconfirmed": true, "initial": true,
	"early": true, "earlier": true, "media": true, "news": true, "press": true, "local": true, "conflicting": true,
	"several": true, "many": true, "numerous": true, "further": true, "new": true}

// sourceParticiples follow a source to say when or how it came out: "a poll
// published on Tuesday", "figures released last week".
var sourceParticiples = map[string]bool{"published": true, "released": true, "issued": true, "conducted": true,
	"posted": true, "obtained": true, "seen": true, "filed": true, "compiled": true}

// readCue fills a.Cue (and a.Intermediary or a.Speaker where the cue's own frame
// names them) from the cue at c, and returns the index after the cue phrase.
func (p parser) readCue(toks []segment.Token, c int, a *Attribution, note func(i, j int)) int {
	w := toks[c].Lower
	switch {
	case w == "according":
		a.Cue = "according to"
		i, j := p.nounPhrase(toks, c+2)
		// "according to a statement from the ministry": the source goes on.
		for j < len(toks)-1 && j-i < 12 {
			switch {
			case sourceLinks[toks[j].Lower]:
				_, j = p.nounPhrase(toks, j+1)
				continue
			case j+2 < len(toks) && strings.HasSuffix(toks[j].Lower, "ed") && p.byAfter(toks, j+1) > 0:
				// "according to documents posted by U.S. safety regulators",
				// "posted Monday by": when, and then by whom
				_, j = p.nounPhrase(toks, p.byAfter(toks, j+1)+1)
				continue
			case j > i && sourceParticiples[toks[j-1].Lower]:
				// "according to data released on Tuesday by the statistics
				// office": when, and then by whom
				k := p.timeAfterCue(toks, j)
				if k > j && k+1 < len(toks) && toks[k].Lower == "by" {
					_, j = p.nounPhrase(toks, k+1)
					continue
				}
				if k > j {
					j = k
					continue
				}
			}
			break
		}
		end := j
		// "a YouGov poll published on Tuesday", "final results released
		// Monday": when is no part of who; by whom is ("documents posted by
		// U.S. safety regulators").
		if k := publishedFrom(toks[i:end]); k > 0 {
			end = i + k
		}
		src := joinText(toks[i:end])
		if p.isOutlet(src) {
			a.Intermediary = src
		} else {
			a.Speaker = src
		}
		note(c, max(j, c+2))
		return max(j, c+2)
	case w == "quoted" && c > 0 && (toks[c-1].Lower == "was" || toks[c-1].Lower == "were"):
		a.Cue = toks[c-1].Lower + " quoted"
		end := c + 1
		if end+1 < len(toks) && toks[end].Lower == "as" && toks[end+1].Lower == "saying" {
			a.Cue, end = a.Cue+" as saying", end+2
		}
		if end < len(toks) && toks[end].Lower == "by" {
			i, j := p.nounPhrase(toks, end+1)
			a.Intermediary = joinText(toks[i:j])
			note(end, j)
			end = j
			// "was quoted by the BBC as saying"
			if end+1 < len(toks) && toks[end].Lower == "as" && toks[end+1].Lower == "saying" {
				a.Cue, end = a.Cue+" as saying", end+2
				note(end-2, end)
			}
		}
		a.Cue = strings.Replace(a.Cue, "were", "was", 1)
		note(c-1, end)
		return end
	case w == "quoted":
		// OUTLET quoted SPEAKER as saying
		i, j := p.nounPhrase(toks, c+1)
		if j+1 < len(toks) && toks[j].Lower == "as" && toks[j+1].Lower == "saying" {
			a.Cue, a.Speaker = "quoted as saying", joinText(toks[i:j])
			bi, bj := p.speakerBefore(toks, c, false, before)
			a.Intermediary = joinText(toks[bi:bj])
			note(bi, j+2)
			return j + 2
		}
	case addressingCues[w]:
		i, j := p.nounPhrase(toks, c+1)
		// "told reporters the government had ...": the one addressed ends where
		// the clause's subject opens.
		// "told reporters shortly after midnight", "told lawmakers on
		// Monday": nor does it run into when or how.
		for k := i + 1; k < j; k++ {
			if p.lex.Determiners.Has(toks[k].Lower) && toks[k].Lower != "senior" || possessives[toks[k].Lower] || p.saysWhenOrHow(toks, k) {
				j = k
				break
			}
		}
		j = p.outletPrefix(toks, i, j)
		audience := joinText(toks[i:j])
		a.Cue = toks[c].Lower
		outlet, possessive := strings.CutSuffix(segment.Fold(audience), "'s")
		switch {
		case p.isOutlet(audience):
			a.Intermediary = audience
		case possessive && p.isOutlet(outlet):
			// "told NBC's "Today" show": the outlet, and its program.
			a.Intermediary, j = outlet, showAfter(toks, j)
		case audience != "" && !segment.StartsUpper(audience):
			a.Cue += " " + audience
		default:
			// "X told Y": Y is the one addressed, not the speaker; keep the verb alone.
		}
		note(c, max(j, c+1))
		return max(j, c+1)
	}
	a.Cue = toks[c].Lower
	note(c, c+1)
	return c + 1
}

// thingReported reports whether the words before the cue "reported" or
// "confirmed" name a thing, which can be reported but reports nothing: words
// in lower case whose last is no pronoun nor word for people or a body
// ("small tsunami", "no injuries", "two deaths", against "officials", "state
// media", "users").
func (p parser) thingReported(who []segment.Token, cue string) bool {
	if cue != "reported" && cue != "confirmed" || len(who) == 0 || slices.ContainsFunc(who, func(t segment.Token) bool { return !t.InLowerCase() }) {
		return false
	}
	head := who[len(who)-1].Lower
	return !pluralSpeakers[head] && !p.lex.Pronouns.Has(head) && !p.lex.Titles.Has(head) && !p.lex.OrgWords.Has(head) && !reportingPeople[head] && !agentNoun(head)
}

// reportingPeople are words for those who report, beside pluralSpeakers and
// titles, that no ending shows.
var reportingPeople = map[string]bool{"police": true, "media": true, "people": true, "staff": true, "locals": true,
	"television": true, "tv": true, "radio": true, "channel": true, "website": true, "outlet": true, "outlets": true,
	"daily": true, "family": true, "relatives": true, "neighbours": true, "crew": true, "military": true,
	"government": true, "hospital": true, "firm": true, "team": true, "club": true, "press": true, "sources": true,
	"medics": true, "paramedics": true}

// agentNoun reports whether w ends as a word for one who does a thing does:
// "reporters", "investigator", "scientists", "civilians", "residents".
func agentNoun(w string) bool {
	for _, end := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, end) || strings.HasSuffix(w, end+"s") {
			return true
		}
	}
	return false
}

// saysWhenOrHow reports whether toks[k], after the one a cue addresses,
// says when or how the words were said: a day's name or a word of time or
// manner.
// A word that opens a compound ("the late-night show") says neither.
func (p parser) saysWhenOrHow(toks []segment.Token, k int) bool {
	if k+1 < len(toks) && inWord(toks, k+1) {
		return false
	}
	t := toks[k]
	_, weekday := p.lex.Weekdays[t.Lower]
	return weekday && segment.StartsUpper(t.Text) || timeOrMannerWords[t.Lower]
}

// timeOrMannerWords say when or how something was said.
var timeOrMannerWords = map[string]bool{"shortly": true, "briefly": true, "earlier": true, "later": true, "late": true,
	"early": true, "today": true, "tonight": true, "yesterday": true, "last": true, "next": true, "again": true,
	"separately": true, "privately": true, "publicly": true, "repeatedly": true, "recently": true, "afterwards": true,
	"afterward": true, "then": true, "also": true, "overnight": true}

// whereBodyIs reports whether the place phrase at toks[i] says where the
// body named just before it is: "said Dr. John McNeil of Monash University
// in Australia" names the university's country, not where he spoke.
func whereBodyIs(toks []segment.Token, i int) bool {
	if toks[i].Lower != "in" || i+1 >= len(toks) || !segment.StartsUpper(toks[i+1].Text) {
		return false
	}
	k := i - 1
	for k > 0 && toks[k].Kind == segment.Word && segment.StartsUpper(toks[k].Text) {
		k--
	}
	return k < i-1 && toks[k].Lower == "of"
}

// circumstanceAfterCue returns the end of a phrase at toks[i] that says
// when or how words were said, a participle after "after", "before",
// "while" or "when" ("said after counting ballots from 99.7% of
// constituencies"), or where, beside whom ("told reporters outside the
// courtroom", "told a news conference alongside the heads of the
// regulators"), up to a comma, a "that" or the sentence's end; i when there
// is none.
func circumstanceAfterCue(toks []segment.Token, i int) int {
	if i+1 >= len(toks) || toks[i+1].Kind != segment.Word {
		return i
	}
	if !(circumstanceOpeners[toks[i].Lower] && strings.HasSuffix(toks[i+1].Lower, "ing")) && !besideOpeners[toks[i].Lower] {
		return i
	}
	j := i + 2
	for j < len(toks) && j-i <= maxCircumstance && toks[j].Text != "," && toks[j].Lower != "that" && !(toks[j].Kind == segment.Punct && j == len(toks)-1) {
		j++
	}
	if j-i > maxCircumstance {
		return i
	}
	return j
}

// circumstanceOpeners open a phrase of when or how something was said.
var circumstanceOpeners = map[string]bool{"after": true, "before": true, "while": true, "when": true}

// besideOpeners open a phrase of where words were said, or beside whom.
var besideOpeners = map[string]bool{"outside": true, "alongside": true, "beside": true}

// maxCircumstance is the most tokens such a phrase runs to.
const maxCircumstance = 12

// addressingCues are the cues followed by the one addressed: "told reporters",
// "informed parliament that ...".
var addressingCues = map[string]bool{"told": true, "tells": true, "tell": true, "telling": true,
	"informed": true, "informs": true, "inform": true, "informing": true, "assured": true, "assures": true,
	"assure": true, "assuring": true, "reminded": true, "reminds": true, "remind": true, "reminding": true}

// speakerBefore returns the token range of the speaker that precedes the cue at c.
func (p parser) speakerBefore(toks []segment.Token, c int, hedged bool, where side) (int, int) {
	end := c
	if hedged {
		end--
	}
	if end > 0 && (toks[end-1].Lower == "was" || toks[end-1].Lower == "were") {
		end--
	}
	start := end
	switch where {
	case before:
		apposition := false
		if end > 0 && toks[end-1].Text == "," {
			// "Stefo, deputy head of the Coalition, told": skip the apposition.
			k := commaBefore(toks, end-2)
			// "Modi, who watched the landing from Johannesburg, where he is
			// attending a summit, said": a relative clause set off in parts.
			for k > 0 && k+1 < len(toks) && relativeOpeners[toks[k+1].Lower] {
				j := commaBefore(toks, k-1)
				if j <= 0 || !relativeOpeners[toks[j+1].Lower] {
					break
				}
				k = j
			}
			if k > 0 && describes(toks[k+1:end-1], p.lex) {
				// "Arnaud Rousseau, president of the FNSEA, France's biggest
				// farmers' union, said": a description of the description.
				if j := commaBefore(toks, k-1); j > 0 && describes(toks[j+1:k], p.lex) && nameBefore(toks, j) {
					k = j
				}
			}
			if k > 0 {
				apposition = isName(toks[k+1 : end-1])
				end, start = k, k
			}
		}
		if open := bracketOpening(toks, start); open > 0 && !apposition {
			// "The Reserve Bank of Australia (RBA) said": the acronym in
			// brackets stands for the name before it, which speaks.
			start, end = open, open
		}
		start = phraseStart(toks, start)
		if j := p.jointNameBefore(toks, start); j < start && isName(toks[start:end]) {
			start = j // "Robert Laurenson and Vivek Trivedi said": two people named speak together
		}
		if apposition && describes(toks[start:end], p.lex) {
			// "The judge, Sarah Klein, said": the description, then the name.
			end = c - 1
		}
	default:
		start = afterDateline(toks)
		for start < end && toks[start].Kind == segment.Punct {
			start++
		}
		// A leading adverbial ("On Friday, Lavrov had warned", "Buoyed by his
		// gains, Assad vowed"): the speaker opens the comma part that holds the cue.
		last := start
		for k := start; k < end; k++ {
			if toks[k].Text == "," && !p.withinDescription(toks, k) {
				last = k + 1
			}
		}
		switch {
		case last > start && last+1 < end && clauseJoiners[toks[last].Lower]:
			start = last + 1 // "There were no reports of deaths, but NHK said": the speaker opens the second clause
		case last > start && last < end && (opensNounPhrase(toks[last]) || adverbialOpeners[toks[start].Lower]):
			start = last // "At the conference, donors said": a phrase that opens with a preposition is no speaker
		}
		if start < end && p.lex.Connectives.Has(toks[start].Lower) {
			start++
			if start < end && toks[start].Lower == "," {
				start++
			}
		}
		// "Shares fell after the iPhone maker said": the speaker is the subject
		// of the clause that holds the cue, as in "denounced what the
		// ministry said was".
		for k := end - 1; k > start; k-- {
			if subordinators[toks[k].Lower] || toks[k].Lower == "what" || relativeThat(toks, k, p.lex) {
				start = k + 1
				break
			}
		}
		// "Rail operators cancelled many services and Network Rail urged": a
		// clause of its own before "and" ends where the speaker begins.
		if k := joinerAfterClause(toks, start, end); k > start {
			start = k + 1
		}
		for k := start; k < end; k++ {
			if toks[k].Lower == "," && !p.withinDescription(toks, k) {
				end = k
				break
			}
		}
	}
	if start+2 < end && nounMarkers[toks[start].Lower] && thingNouns[toks[start+1].Lower] && segment.StartsUpper(toks[start+2].Text) {
		// "..., a decision European Council President Charles Michel called
		// ...": what the speaker called so, then the speaker.
		start += 2
	}
	// Drop trailing time and place phrases: "Lavrov on Monday" -> "Lavrov",
	// and what says when a source came out: "A survey released Tuesday".
	for k := start + 1; k < end; k++ {
		if timeWords[toks[k].Lower] && !inWord(toks, k-1) && !workplaceAfter(toks, k) && !involvedIn(toks, k) && !p.titled(toks, k) {
			end = k
			break
		}
	}
	if end-1 > start && sourceParticiples[toks[end-1].Lower] {
		end--
	}
	for end-1 > start && (mannerAdverb(toks[end-1]) || floatingQuantifiers[toks[end-1].Lower]) {
		end-- // "Board chair Larry Kellner additionally said", "Sotomayor and Gorsuch each wrote": how, not who
	}
	if end-start > 12 || start >= end || end-start == 1 && timeWords[toks[start].Lower] && toks[start].InLowerCase() {
		return 0, 0 // "Spotify, which first complained": when, not who
	}
	if toks[start].Lower == "with" {
		return 0, 0 // "With almost all results declared, Labour had won": a phrase of how things stood, no one speaking
	}
	if k := p.subjectOfClause(toks, start, end, c); k > start {
		end = k
	}
	if k := absoluteSubject(toks, start, c); k > start {
		return k, c
	}
	return start, end
}

// absoluteSubject returns where the subject of a participle cue at toks[c]
// set off after a clause begins, a few words after the clause's comma or
// "with" ("Shares fell 5%, with analysts saying", "Apple shares fell,
// analysts saying"): they, not the clause, speak, up to the cue. It returns
// start otherwise.
func absoluteSubject(toks []segment.Token, start, c int) int {
	if !strings.HasSuffix(toks[c].Lower, "ing") || c < 2 || toks[c-1].Text == "," {
		return start
	}
	k := c - 1
	for k > start && toks[k].Text != "," {
		k--
	}
	if k <= start {
		return start
	}
	s := k + 1
	if s < c && toks[s].Lower == "with" {
		s++
	}
	if s >= c || c-s > maxAbsoluteSubject || slices.ContainsFunc(toks[s:c], func(t segment.Token) bool { return t.Kind == segment.Punct }) {
		return start
	}
	return s
}

// maxAbsoluteSubject is the most words the subject of a participle set off
// after a clause runs to: "many Wall Street analysts".
const maxAbsoluteSubject = 5

// subjectOfClause returns where the name that opens toks[start:end] ends
// when the cue at toks[c] is a participle set off after the clause it opens
// ("Tesla cut prices on Monday, saying", "OpenAI unveils GPT-5, saying"):
// the name is the clause's subject, and what follows it the clause's verb
// and object. It returns start otherwise.
func (p parser) subjectOfClause(toks []segment.Token, start, end, c int) int {
	if c < 1 || toks[c-1].Text != "," || !strings.HasSuffix(toks[c].Lower, "ing") || !segment.StartsUpper(toks[start].Text) ||
		p.lex.StopWords.Has(toks[start].Lower) || p.lex.Titles.Has(toks[start].Lower) {
		return start
	}
	k := start
	for k < end && toks[k].Kind == segment.Word && segment.StartsUpper(toks[k].Text) {
		k++
	}
	if k < end && k+1 < end && toks[k].Kind == segment.Word && toks[k].InLowerCase() && !strings.HasSuffix(toks[k].Lower, "'s") {
		return k
	}
	return start
}

// titled reports whether the time word at toks[k] opens an officer's title
// before a name ("Scotland's First Minister John Swinney"), where it tells
// no time: capitalised, no weekday, and before a capitalised word.
func (p parser) titled(toks []segment.Token, k int) bool {
	_, weekday := p.lex.Weekdays[toks[k].Lower]
	return !weekday && segment.StartsUpper(toks[k].Text) && k+1 < len(toks) && segment.StartsUpper(toks[k+1].Text)
}

// withinDescription reports whether the comma at toks[k] stands inside one
// description of a speaker, where it parts no phrases: "The Santa Clara,
// California-based company", "The Austin, Texas, company", a list of names.
func (p parser) withinDescription(toks []segment.Token, k int) bool {
	return placeBeforeBased(toks, k) || p.inCityAndState(toks, k) || inListOfNames(toks, k)
}

// inCityAndState reports whether the comma at toks[k] is one of the two that
// set a state off from its city in a description of a body by where it is
// ("The Austin, Texas, company said"): one description, not three parts of
// the sentence.
func (p parser) inCityAndState(toks []segment.Token, k int) bool {
	return p.cityStateFrom(toks, k) || k >= 2 && p.cityStateFrom(toks, k-2) || k >= 3 && p.cityStateFrom(toks, k-3)
}

// cityStateFrom reports whether the comma at toks[k] opens the state of
// "the City, State, noun": a city and a state of one or two words each, and
// a noun after them, no cue ("the World Health Organization, Peter Olsen,
// said" names a body and a person).
func (p parser) cityStateFrom(toks []segment.Token, k int) bool {
	if k < 2 || toks[k].Text != "," || !segment.StartsUpper(toks[k-1].Text) {
		return false
	}
	j := k - 1
	for j > 0 && k-j < 2 && toks[j-1].Kind == segment.Word && segment.StartsUpper(toks[j-1].Text) && toks[j-1].Lower != "the" {
		j-- // back over the city's name
	}
	if j == 0 || toks[j-1].Lower != "the" {
		return false
	}
	for n := 2; n <= 3; n++ {
		if e := k + n; e+1 < len(toks) && toks[e].Text == "," && toks[e+1].Kind == segment.Word && toks[e+1].InLowerCase() &&
			!p.lex.ReportingVerbs.Has(toks[e+1].Lower) && segment.StartsUpper(toks[k+1].Text) && segment.StartsUpper(toks[e-1].Text) {
			return true
		}
	}
	return false
}

// placeBeforeBased reports whether the comma at toks[k] sets a city off from
// its state or country in a compound that says where a body is based ("The
// Santa Clara, California-based company said"): one description, not two
// parts of the sentence.
func placeBeforeBased(toks []segment.Token, k int) bool {
	if k == 0 || k+3 >= len(toks) || !segment.StartsUpper(toks[k-1].Text) || !segment.StartsUpper(toks[k+1].Text) {
		return false
	}
	for j := k + 2; j+1 < len(toks) && j <= k+3; j++ {
		if toks[j].IsHyphen() && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End {
			return toks[j+1].Lower == "based" || toks[j+1].Lower == "headquartered"
		}
	}
	return false
}

// inPersonModals are the verbs before "report" that make it presenting
// oneself (see findCue).
var inPersonModals = lexicon.NewSet("must", "will", "would", "should", "shall", "can", "could", "may", "might")

// involvedIn reports whether the "in" at toks[k] says what the people before
// it are involved in ("officials involved in the talks"): part of who they
// are, not where or when they spoke. toks[k-1] must exist.
func involvedIn(toks []segment.Token, k int) bool {
	return toks[k].Lower == "in" && toks[k-1].Lower == "involved"
}

// workplaceAfter reports whether the "at" at toks[k] gives where the people
// a lower-case noun names work, a name following it ("analysts at Jefferies",
// "researchers at Stanford University"), not where or when they spoke
// ("officials at a news conference", "Lavrov at the talks").
func workplaceAfter(toks []segment.Token, k int) bool {
	if toks[k].Lower != "at" || k+1 >= len(toks) || toks[k+1].Kind != segment.Word || !segment.StartsUpper(toks[k+1].Text) {
		return false
	}
	before := toks[k-1]
	// Opening the sentence, the noun is written with a capital.
	return before.Kind == segment.Word && (before.InLowerCase() || pluralSpeakers[before.Lower] || roleNouns.Has(strings.TrimSuffix(before.Lower, "s")))
}

// mannerAdverb reports whether t is an adverb in -ly written in lower case
// ("additionally", "publicly", "repeatedly"); the few nouns in -ly that name
// a speaker ("the national assembly", "the family", "the daily") are not.
func mannerAdverb(t segment.Token) bool {
	return t.InLowerCase() && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly") && !lyNouns[t.Lower]
}

// lyNouns are nouns in -ly that end a speaker's name.
var lyNouns = lexicon.NewSet("assembly", "family", "ally", "rally", "supply", "monopoly", "reply", "daily", "weekly",
	"monthly", "quarterly", "biweekly", "fortnightly", "anomaly", "homily", "bully")

// maxNounPhrase is the most tokens a noun phrase runs to: a title, a name and
// where its bearer works ("Det. Chief Supt. Jane Cole of Counter Terrorism
// Policing North West").
const maxNounPhrase = 14

// nounPhrase returns the range of the noun phrase that starts at i: up to the next
// punctuation mark or word that opens a clause or an adverbial.
func (p parser) nounPhrase(toks []segment.Token, i int) (int, int) {
	j := i
	for j < len(toks) && j-i < maxNounPhrase {
		t := toks[j]
		// "state-run" is one word; "state broadcaster ERT" and "the report"
		// hold a reporting verb's form as a noun.
		compound := j+1 < len(toks) && toks[j+1].Fold == "-" && toks[j+1].Start == t.End
		verb := p.lex.ReportingVerbs.Has(t.Lower) && !compound && !stateAsNoun(toks, j) && !reportAsNoun(toks, i, j)
		glued := j > i && inWord(toks, j-1) // "Jae-in": a word's part
		// "of the SETI Institute and NASA's Ames Research Center": a name
		// joined to a name by "and" is one body's or one place's.
		joined := t.Lower == "and" && j > i && segment.StartsUpper(toks[j-1].Text) && j+1 < len(toks) && segment.StartsUpper(toks[j+1].Text)
		if !glued && !joined && (t.Kind == segment.Punct && !t.IsHyphen() && t.Fold != "'" || phraseStops[t.Lower] || verb || j > i && p.lex.Pronouns.Has(t.Lower)) {
			// "of" and "for" stay inside a name or before one: "Observatory for
			// Human Rights", "a spokesman for the High Negotiations Committee";
			// "at" before a workplace too: "analysts at Jefferies"; and
			// what the speakers are involved in: "officials involved in
			// the talks";
			// a middle initial's full stop too: "Philip R. Sellinger".
			if !(j > i && (t.Lower == "for" || t.Lower == "of") && namesNext(toks, j+1)) && !(j > i && workplaceAfter(toks, j)) &&
				!(j > i && involvedIn(toks, j)) && !segment.InitialStop(toks, j) && !p.titleStop(toks, j) {
				break
			}
		}
		j++
	}
	return i, j
}

// reportAsNoun reports whether toks[j], inside a noun phrase that opens at
// toks[i], is a noun that is also a reporting verb: "the report", "a
// Bloomberg report", "media reports", "according to reports".
func reportAsNoun(toks []segment.Token, i, j int) bool {
	if !reportNouns[toks[j].Lower] {
		return false
	}
	if j == i {
		return j >= 2 && toks[j-1].Lower == "to" && toks[j-2].Lower == "according" // "according to reports": the source
	}
	before := toks[j-1]
	return beforeAdjective[before.Lower] || segment.StartsUpper(before.Text) || before.Lower == "news" || before.Lower == "media"
}

// reportNouns are the reporting verbs that are nouns too.
var reportNouns = map[string]bool{"report": true, "reports": true, "claim": true, "claims": true, "note": true, "notes": true,
	"post": true, "posts": true, "tweet": true, "statement": true, "estimate": true, "estimates": true}

// findingVerbs report what a study or a body of data found: a statement only
// when a study is their subject ("A study published in The Lancet found that
// ...", "Data from the statistics office showed inflation fell"); "police
// found a body" and "his crimes showed remorse" report nothing.
var findingVerbs = map[string]bool{"found": true, "finds": true, "showed": true, "shows": true, "show": true,
	"suggested": true, "suggests": true, "suggest": true, "indicated": true, "indicates": true, "indicate": true,
	"demonstrated": true, "demonstrates": true, "demonstrate": true, "put": true, "puts": true}

// beforeAdjective are the words after which a cue's form is an adjective.
var beforeAdjective = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "under": true, "after": true, "despite": true, "amid": true, "with": true,
	"without": true, "following": true, "against": true, "of": true}

// forVerbs report no words before "for": "asked for", "wrote for".
var forVerbs = map[string]bool{"asked": true, "asks": true, "ask": true, "wrote": true, "writes": true, "write": true}

// rulingVerbs report a decision: a statement when they open a clause with
// "that" ("ruled that the law was void"), not otherwise ("ruled out talks").
var rulingVerbs = map[string]bool{"ruled": true, "rules": true}

// maxSubjectAfterComma is the most tokens between the comma that closes a
// clause and the finding verb after it, the words after the comma being
// what an attribution after its clause is read from (", the U.S. District
// Court found.").
const maxSubjectAfterComma = 6

// studyNouns are the subjects a finding verb reports the findings of.
var studyNouns = map[string]bool{"study": true, "studies": true, "report": true, "survey": true, "poll": true,
	"analysis": true, "research": true, "researchers": true, "data": true, "figures": true, "review": true,
	"trial": true, "audit": true, "inquiry": true, "investigation": true, "census": true, "statistics": true,
	"results": true, "footage": true, "images": true, "video": true, "videos": true, "photographs": true,
	"records": true}

// IsStudyNoun reports whether w, in lower case, names a study or a body of
// data that findings are credited to ("study", "data", "survey").
func IsStudyNoun(w string) bool { return studyNouns[w] }

// maxStudySubject is how far before a finding verb its subject's noun may stand.
const maxStudySubject = 8

// studySubject reports whether toks, the words before a finding verb, hold a
// study, or a document that shows what happened ("court papers show"), as its
// subject. A study's noun before a body's ("the avalanche research
// institute", "a survey company") names the body, whose verbs ("had put the
// danger level at 3") report nothing.
func (p parser) studySubject(toks []segment.Token) bool {
	for k, t := range toks {
		if k+1 < len(toks) && p.lex.OrgWords.Has(toks[k+1].Lower) {
			continue
		}
		if studyNouns[t.Lower] || slices.Contains(documentNouns, t.Lower) {
			return true
		}
	}
	return false
}

// invertedSpeaker reports whether toks can be the speaker named after its cue:
// one that opens with a determiner or title ("said the minister", "said one
// diplomat"), a plural that speaks ("said officials", "said police"), or that
// holds a name ("said coach Marco Rossi").
func invertedSpeaker(toks []segment.Token, lex *lexicon.Lexicon) bool {
	if slices.ContainsFunc(toks[1:], func(t segment.Token) bool { return auxiliaries.Has(t.Lower) }) || pastAfterName(toks) {
		return false // "said the town of Chiva received 491 liters": a clause, not who said it
	}
	first := toks[0]
	if lex.Determiners.Has(first.Lower) || lex.Titles.Has(first.Lower) || pluralSpeakers[first.Lower] || first.Lower == "police" {
		return true
	}
	return slices.ContainsFunc(toks, func(t segment.Token) bool { return t.Kind == segment.Word && segment.StartsUpper(t.Text) })
}

// pastAfterName reports whether toks hold a verb in the past after a name or
// a noun ("Chiva received"), not a participle that describes after a
// determiner or an adverb ("the retired general", "the newly elected
// president").
func pastAfterName(toks []segment.Token) bool {
	for k := 1; k < len(toks); k++ {
		if prev := toks[k-1]; pastForm(toks[k]) && prev.Kind == segment.Word && segment.StartsUpper(prev.Text) {
			return true
		}
	}
	return false
}

// describedAfter returns the end of a description of a person set off by a
// comma at toks[j] and running to the end of toks ("Denmark's climate minister",
// "lead negotiator for Samoa"), or j.
func (p parser) describedAfter(toks []segment.Token, j int) int {
	if j >= len(toks) || toks[j].Text != "," {
		return j
	}
	rest := trimTrailingPunct(toks[j+1:])
	if k := slices.IndexFunc(rest, func(t segment.Token) bool { return t.Text == "," }); k > 0 {
		// "Rayane Haddadj, the study's first author, in a news release":
		// where the words were said follows the description.
		if at := j + 2 + k; at < len(toks) {
			if i, end := p.setting(toks, at); i == at && end == j+1+len(rest) {
				rest = rest[:k]
			}
		}
	}
	if len(rest) == 0 || len(rest) > maxDescription {
		return j
	}
	for k, t := range rest {
		if t.Kind == segment.Punct && !t.IsHyphen() && t.Fold != "'" && !segment.InitialStop(toks, j+1+k) {
			return j // "at B. Riley Wealth Management": an initial's full stop goes on
		}
	}
	first := rest[0].Lower
	if !p.lex.Determiners.Has(first) && !p.lex.Titles.Has(first) && !strings.HasSuffix(first, "'s") && !p.lex.Demonyms.Has(first) && !describingNouns[first] &&
		!(p.lex.TitleTimes.Has(first) && len(rest) > 1 && p.lex.Titles.Has(rest[1].Lower)) {
		return j
	}
	return j + 1 + len(rest)
}

// maxDescription is the most words a description set off after a speaker's
// name may run to: "Yusuf Latif, a spokesperson for the national search and
// rescue agency".
const maxDescription = 12

// describingNouns open descriptions of people that no title opens: "lead
// negotiator for Samoa", "head of the agency".
var describingNouns = map[string]bool{"lead": true, "head": true, "member": true, "negotiator": true,
	"founder": true, "analyst": true, "expert": true, "author": true, "owner": true, "chair": true}

// stateAsNoun reports whether toks[j] is "state" or "states" as a noun or an
// adjective ("state media", "member states"), which as a verb opens a clause
// or a colon ("the report states that").
func stateAsNoun(toks []segment.Token, j int) bool {
	w := toks[j].Lower
	return (w == "state" || w == "states") && (j+1 == len(toks) || toks[j+1].Lower != "that" && toks[j+1].Text != ":")
}

// titleStop reports whether toks[j] is the full stop of an abbreviated title
// before a name: "said Det. Chief Supt. Jane Cole", "Gov. Kathy Hochul".
func (p parser) titleStop(toks []segment.Token, j int) bool {
	return toks[j].Text == "." && j > 0 && j+1 < len(toks) && toks[j-1].End == toks[j].Start &&
		len(toks[j-1].Text) <= 5 && p.lex.Titles.Has(toks[j-1].Lower) && segment.StartsUpper(toks[j+1].Text)
}

// namesNext reports whether a name starts at toks[k], with or without "the".
func namesNext(toks []segment.Token, k int) bool {
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	return k < len(toks) && segment.StartsUpper(toks[k].Text)
}

// setting returns the range of a place phrase ("in Vienna") at i, if there is one.
func (p parser) setting(toks []segment.Token, i int) (int, int) {
	start, j := i, i
	for phrases := 0; phrases < 2; phrases++ {
		k := settingPhrase(toks, j, phrases > 0)
		if k == j {
			break
		}
		j = k
	}
	if j == start {
		return 0, 0
	}
	return start, j
}

// onOutlet returns the span of the outlet that "on" at toks[k] names, up to
// the punctuation or the "that" after it ("said on CNN", "said on Fox News
// that"), or 0, 0.
func (p parser) onOutlet(toks []segment.Token, k int) (int, int) {
	if k+1 >= len(toks) || toks[k].Lower != "on" {
		return 0, 0
	}
	j := k + 1
	for j < len(toks) && toks[j].Kind == segment.Word && toks[j].Lower != "that" {
		j++
	}
	if j == k+1 || j < len(toks) && toks[j].Kind != segment.Punct && toks[j].Lower != "that" || !p.isOutlet(joinText(toks[k+1:j])) {
		return 0, 0
	}
	return k + 1, j
}

// afterDateline returns the index after the dateline that opens toks
// ("TOKYO (Reuters) -", "BRUSSELS, Oct 16 (Reuters) -"), or 0: it names where
// the story was filed and by whom, not who speaks.
func afterDateline(toks []segment.Token) int {
	if d, ok := segment.Dateline(toks); ok {
		return d.Dash + 1
	}
	return 0
}

// byAfter returns the index of the "by" at toks[i], or after a day named
// there ("posted by", "posted Monday by"), or -1.
func (p parser) byAfter(toks []segment.Token, i int) int {
	if k := p.timeAfterCue(toks, i); k < len(toks) && toks[k].Lower == "by" {
		return k
	}
	return -1
}

// timeAfterCue returns the end of the day named right after a cue at i ("on
// Thursday", "Thursday", "yesterday"), or i.
func (p parser) timeAfterCue(toks []segment.Token, i int) int {
	j := i
	if j < len(toks) && toks[j].Lower == "on" {
		j++
	}
	if j == len(toks) {
		return i
	}
	if j < len(toks) && (toks[j].Lower == "late" || toks[j].Lower == "early") && j+1 < len(toks) && toks[j+1].Lower == "on" {
		j += 2 // "said late on Tuesday"
	}
	if j == len(toks) {
		return i
	}
	if _, weekday := p.lex.Weekdays[toks[j].Lower]; weekday || j == i && (toks[j].Lower == "yesterday" || toks[j].Lower == "today") {
		if j+1 < len(toks) && partsOfDay[toks[j+1].Lower] {
			return j + 2 // "on Tuesday night"
		}
		return j + 1
	}
	return i
}

// tallyAfterCue returns the end of the vote's tally or "unanimously" at
// toks[i], after the cue of a court or a body that voted ("ruled 6-3 that",
// "ruled unanimously that"), or i when there is none.
func tallyAfterCue(toks []segment.Token, i int) int {
	switch {
	case i < len(toks) && toks[i].Lower == "unanimously":
		return i + 1
	case i+2 < len(toks) && toks[i].Kind == segment.Number && toks[i+2].Kind == segment.Number && inWord(toks, i+1):
		return i + 3
	}
	return i
}

// partsOfDay follow a day to say when in it: "on Tuesday night".
var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// settingPhrase returns the end of the phrase at toks[i] that says where or how
// words were said: "in Vienna", "at a briefing", "in a statement", "on social
// media", and after one of those a place in any words ("in the state
// capital"); i when there is none.
func settingPhrase(toks []segment.Token, i int, second bool) int {
	if i+1 >= len(toks) || !settingPrepositions[toks[i].Lower] {
		return i
	}
	if toks[i].Lower == "in" && segment.StartsUpper(toks[i+1].Text) {
		j := i + 1
		for j < len(toks) && segment.StartsUpper(toks[j].Text) {
			j++
		}
		return j
	}
	j := i + 1
	for j < len(toks) && j-i <= 4 && toks[j].Kind == segment.Word {
		if settingNouns[toks[j].Lower] && (j+1 == len(toks) || !settingNouns[toks[j+1].Lower]) {
			return issued(toks, addressee(toks, onPlatform(toks, nameGoesOn(toks, j+1))))
		}
		j++
	}
	if second && toks[i].Lower == "in" && (j == len(toks) || toks[j].Kind == segment.Punct) {
		return j // "at a briefing in the state capital"
	}
	return i
}

// onPlatform returns the end of the platform named at toks[k] after a
// setting ("a post on Truth Social", "a video on YouTube"), or k: "on" and
// capitalised words, not a day ("a statement on Monday", "on March 3").
func onPlatform(toks []segment.Token, k int) int {
	if k+1 >= len(toks) || toks[k].Lower != "on" || !segment.StartsUpper(toks[k+1].Text) ||
		timeWords[toks[k+1].Lower] || lexicon.MonthOf(toks[k+1].Lower) > 0 {
		return k
	}
	return nameGoesOn(toks, k+1)
}

// placedOn returns where the phrase "on ..." at toks[k] that says where a
// setting was put ("In a post on the company's blog,") ends, at the comma
// before toks[first], or k where there is none.
func placedOn(toks []segment.Token, k, first int) int {
	if k == 0 || k >= first || toks[k].Lower != "on" || toks[first-1].Text != "," {
		return k
	}
	for j := k + 1; j < first-1; j++ {
		if toks[j].Kind == segment.Punct && toks[j].Fold != "'" {
			return k
		}
	}
	return first - 1
}

var settingPrepositions = map[string]bool{"in": true, "at": true, "on": true, "during": true, "by": true, "via": true}

// nameGoesOn returns the end of the name that goes on at toks[k] from the
// setting before it, "the journal Nature", "the American Journal of Clinical
// Nutrition": capitalised words, and "of", "for" or "and" between two; k when
// there is none.
func nameGoesOn(toks []segment.Token, k int) int {
	for k < len(toks) && toks[k].Kind == segment.Word {
		switch {
		case segment.StartsUpper(toks[k].Text):
			k++
		case nameLinks[toks[k].Lower] && k+1 < len(toks) && segment.StartsUpper(toks[k+1].Text):
			k += 2
		default:
			return k
		}
	}
	return k
}

// nameLinks join the capitalised words of one name: "Journal of Clinical
// Nutrition", "Centers for Disease Control".
var nameLinks = map[string]bool{"of": true, "for": true, "and": true}

// issued returns the end of a participle phrase at toks[i] that says when or
// where a setting was put out ("a statement released on Sunday", "a video
// posted on its website that ..."), up to a comma, the closing full stop or
// the "that" that opens what was said; or i.
func issued(toks []segment.Token, i int) int {
	if i >= len(toks) || !issuing[toks[i].Lower] {
		return i
	}
	j := i + 1
	for j < len(toks) && j-i <= maxIssued && toks[j].Kind != segment.Punct && toks[j].Lower != "that" {
		j++
	}
	if j-i > maxIssued || j < len(toks) && toks[j].Text != "," && toks[j].Text != "." && toks[j].Lower != "that" {
		return i
	}
	return j
}

// issuing are the participles that say how a statement was put out.
var issuing = map[string]bool{"released": true, "issued": true, "posted": true, "published": true, "sent": true, "shared": true,
	"aired": true, "broadcast": true, "televised": true, "filmed": true, "streamed": true, "livestreamed": true, "recorded": true}

// maxIssued is the most tokens a participle phrase after a setting runs to.
const maxIssued = 6

// maxAddressee is the most tokens an addressee after a setting takes.
const maxAddressee = 12

// addressee returns the end of the phrase at toks[i] that says to whom or with
// whom a setting was ("a filing with the National Highway Traffic Safety
// Administration (NHTSA)", "a letter to shareholders"), or i: the rest of the
// phrase up to a comma or the closing full stop.
func addressee(toks []segment.Token, i int) int {
	if i >= len(toks) || !addresseeLinks[toks[i].Lower] {
		return i
	}
	j := i + 1
	for j < len(toks) && j-i <= maxAddressee {
		t := toks[j]
		if t.Kind == segment.Punct && t.Text != "(" && t.Text != ")" && !t.IsHyphen() && t.Fold != "'" && t.Text != "." ||
			t.Text == "." && j == len(toks)-1 || t.Lower == "that" {
			break // "in an interview with CNN that ...": what was said opens
		}
		j++
	}
	if j-i > maxAddressee || j == i+1 {
		return i
	}
	return j
}

var addresseeLinks = map[string]bool{"with": true, "to": true, "from": true, "by": true, "for": true}

// postedThings are the settings put out as things, after which a participle
// says how ("a video posted", "a statement released"); the media that carry
// words report them ("state media reported").
var postedThings = map[string]bool{"video": true, "statement": true, "message": true, "post": true, "letter": true,
	"email": true, "release": true, "note": true, "notice": true, "announcement": true, "filing": true, "tweet": true,
	"documents": true, "speech": true, "address": true, "remarks": true, "comments": true, "interview": true}

// settingNouns are what words are said in or on: the occasion or the medium.
var settingNouns = map[string]bool{"briefing": true, "conference": true, "statement": true, "interview": true,
	"phone": true, "telephone": true, "videolink": true, "link": true, "text": true,
	"channel": true, "account": true, "page": true, "feed": true,
	"speech": true, "address": true, "post": true, "video": true, "message": true, "broadcast": true,
	"hearing": true, "rally": true, "ceremony": true, "appearance": true, "television": true, "tv": true,
	"radio": true, "twitter": true, "x": true, "facebook": true, "telegram": true, "instagram": true,
	"media": true, "website": true, "blog": true, "letter": true, "email": true, "call": true, "podcast": true,
	"filing": true, "report": true, "release": true, "note": true, "notice": true, "announcement": true,
	"remarks": true, "comments": true, "testimony": true, "tweet": true, "documents": true, "floor": true,
	"study": true, "paper": true, "journal": true} // "said in a study published in the journal Nature"

// isOutlet reports whether a noun phrase names a news outlet: "the Guardian",
// "AFP news agency", "the RIA news agency".
func (p parser) isOutlet(np string) bool {
	s := strings.ToLower(segment.Fold(np))
	s = strings.TrimPrefix(s, "the ")
	if name, ok := NameAfterKind(s); ok {
		// "the state news agency IRNA", "state broadcaster ERT": the outlet
		// named after its kind, known or capitalised.
		words := strings.Fields(np)
		if p.lex.Outlets.Has(name) || segment.StartsUpper(words[len(words)-1]) {
			return true
		}
	}
	medium := false
	for _, suffix := range []string{" news agency", " agency", " newspaper", " daily", " television", " tv", " radio", " media", " reported"} {
		if suffix == " agency" && strings.HasSuffix(np, "Agency") && !p.agencyOutlet(s) {
			// "the International Energy Agency": a body's name, where "the
			// Anadolu Agency" and "the Yonhap News Agency" are news agencies.
			continue
		}
		if t := strings.TrimSuffix(s, suffix); t != s {
			s, medium = t, medium || suffix != " reported"
		}
	}
	if medium && (mediaOwners[s[strings.LastIndexByte(s, ' ')+1:]] || namesOutlet(np)) {
		// "state media", "Iranian state television": the owner named, not the
		// outlet; "the state-run Al-Ahram newspaper": a name and its kind.
		return true
	}
	return s != "" && (p.lex.Outlets.Has(s) || newsName(np) || broadcastName(np))
}

// showAfter returns the end of the program named at toks[j] after an
// outlet's possessive: a title, in quotation marks or not, and the word for
// a program ("NBC's "Today" show", "CBS's "60 Minutes""); j where there is
// none.
func showAfter(toks []segment.Token, j int) int {
	k := j
	if k < len(toks) && toks[k].IsQuoteMark() {
		k++
	}
	start := k
	for k < len(toks) && k-start < maxTitleWords && (segment.StartsUpper(toks[k].Text) || toks[k].Kind == segment.Number || k > start && titleSmallWords[toks[k].Lower]) {
		k++
	}
	if k == start {
		return j
	}
	if k < len(toks) && toks[k].Text == "." && k+1 < len(toks) && toks[k+1].IsQuoteMark() {
		k++ // "60 Minutes." with the full stop inside the marks
	}
	if k < len(toks) && toks[k].IsQuoteMark() {
		k++
	}
	if k < len(toks) && programWords[toks[k].Lower] {
		k++
	}
	return k
}

// programWords name what an outlet broadcasts.
var programWords = map[string]bool{"show": true, "program": true, "programme": true, "broadcast": true, "podcast": true}

// broadcastName reports whether np is a name of two to four capitalised
// words whose first opens broadcasters' names: "Radio Cooperativa", "Radio
// Free Europe", "TV Rain".
func broadcastName(np string) bool {
	first, _, ok := strings.Cut(np, " ")
	if !ok || !lexicon.OpensBroadcaster(first) {
		return false // asked of every noun phrase a cue may credit
	}
	n := 0
	for w := range strings.FieldsSeq(np) {
		if !segment.StartsUpper(w) {
			return false
		}
		n++
	}
	return n <= 4
}

// newsName reports whether np is a name of two or three capitalised words
// whose last is "News" or "Sports", an outlet's: "Vatican News", "Kyodo
// News", "Sky News", "Optus Sports".
func newsName(np string) bool {
	if !strings.HasSuffix(np, " News") && !strings.HasSuffix(np, " Sports") {
		return false // asked of every noun phrase a cue may credit: split none that cannot be one
	}
	words := strings.Fields(strings.TrimPrefix(np, "the "))
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return !segment.StartsUpper(w) })
}

// agencyOutlet reports whether s, a folded, lower-case noun phrase that ends
// in "agency", names a news agency: a known outlet before "agency", or a
// word that says who owns it ("the state-run Anadolu Agency").
func (p parser) agencyOutlet(s string) bool {
	words := strings.Fields(strings.TrimSuffix(s, " agency"))
	return len(words) > 0 && (p.lex.Outlets.Has(words[len(words)-1]) || slices.ContainsFunc(words, func(w string) bool { return mediaOwners[w] }))
}

// NameAfterKind returns the name that follows the kind of outlet in s, a
// folded, lower-case noun phrase ("irna" in "state news agency irna", "ert"
// in "state broadcaster ert"), and whether there is one.
func NameAfterKind(s string) (string, bool) {
	for _, kind := range []string{"news agency ", "agency ", "newspaper ", "broadcaster "} {
		if i := strings.Index(s, kind); i >= 0 && i+len(kind) < len(s) {
			name := s[i+len(kind):]
			if first, _, _ := strings.Cut(name, " "); kindFollowers[first] {
				return "", false // "the U.N. refugee agency and the International Organization for Migration": two bodies
			}
			return name, true
		}
	}
	return "", false
}

// kindFollowers are the words that follow a kind of body ("agency") where no
// name of it does: the words that join it to another, and the roles of the
// people who speak for it ("agency spokesman Yusuf Latif").
var kindFollowers = map[string]bool{"and": true, "or": true, "of": true, "for": true, "in": true, "on": true, "to": true, "with": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true, "chief": true,
	"head": true, "director": true, "chairman": true, "chairwoman": true}

// namesOutlet reports whether a noun phrase that ends in a kind of medium
// ("newspaper", "television") names one: a capitalised word stands before the
// kind.
func namesOutlet(np string) bool {
	words := strings.Fields(np)
	for _, w := range words[:max(len(words)-1, 0)] {
		if segment.StartsUpper(w) && !strings.EqualFold(w, "the") && !strings.HasSuffix(w, "-based") {
			// "The Vienna-based agency": where it is, not what it is called.
			return true
		}
	}
	return false
}

// mediaOwners say whose media report, where a report names no outlet.
var mediaOwners = map[string]bool{"state": true, "state-run": true, "local": true, "official": true, "government": true, "pro-government": true}

// relayedBy returns a, read from toks, with the outlet that a phrase set off
// after it names as the one that passed the words on: `"...," an official
// said, according to Reuters` or `"...," an official said, Reuters reported`.
func (p parser) relayedBy(toks []segment.Token, a Attribution) Attribution {
	if a.Intermediary != "" {
		return a
	}
	k := slices.IndexFunc(toks, func(t segment.Token) bool { return t.Start >= a.End })
	if k < 0 || toks[k].Text != "," || k+1 >= len(toks) {
		return a
	}
	k++
	if toks[k].Lower == "according" && k+1 < len(toks) && toks[k+1].Lower == "to" {
		if i, j := p.nounPhrase(toks, k+2); i < j && p.isOutlet(joinText(toks[i:j])) {
			a.Intermediary, a.End = joinText(toks[i:j]), toks[j-1].End
		}
		return a
	}
	if i, j := p.nounPhrase(toks, k); i < j && j < len(toks) && (toks[j].Lower == "reported" || toks[j].Lower == "reports") && p.isOutlet(joinText(toks[i:j])) {
		a.Intermediary, a.End = joinText(toks[i:j]), toks[j].End
	}
	return a
}

// judgedAs reads the attribution of a short quotation that follows "as" after
// a verb that judges something, in toks, the words before the quotation:
// `Erdogan condemned the attack as "vile"`. It reports false for other words.
func (p parser) judgedAs(toks []segment.Token) (Attribution, bool) {
	n := len(toks)
	if n < 3 || toks[n-1].Lower != "as" {
		return Attribution{}, false
	}
	for c := n - 2; c >= 0 && c >= n-2-maxNamedThing; c-- {
		if !judgingVerbs[toks[c].Lower] {
			continue
		}
		i, j := p.speakerBefore(toks, c, false, before)
		if i >= j {
			return Attribution{}, false
		}
		return Attribution{Speaker: joinText(toks[i:j]), Cue: toks[c].Lower, Start: toks[i].Start, End: toks[c].End}, true
	}
	return Attribution{}, false
}

// judgingVerbs judge something as what a quotation says: "condemned the
// attack as", "hailed the deal as".
var judgingVerbs = map[string]bool{"condemned": true, "condemns": true, "denounced": true, "denounces": true,
	"hailed": true, "hails": true, "praised": true, "praises": true, "slammed": true, "slams": true,
	"decried": true, "decries": true, "dismissed": true, "dismisses": true, "criticised": true, "criticized": true,
	"welcomed": true, "welcomes": true, "rejected": true, "rejects": true, "branded": true, "described": true}

// maxNamedThing is the most tokens between a verb that names or judges
// something and its quotation: "called the bill a".
const maxNamedThing = 5

// sentenceRelay returns the outlet that a sentence's closing ", according to
// OUTLET" names as the one that passed on all it says, and the span of the
// phrase; "" when there is none.
func (p parser) sentenceRelay(toks []segment.Token) (outlet string, start, end int) {
	toks = trimTrailingPunct(toks)
	k := slices.IndexFunc(toks, func(t segment.Token) bool { return t.Lower == "according" })
	if k > 0 && k+2 < len(toks) && toks[k-1].Text == "," && toks[k+1].Lower == "to" {
		if outlet := joinText(toks[k+2:]); p.isOutlet(outlet) {
			return outlet, toks[k].Start, toks[len(toks)-1].End
		}
	}
	return "", 0, 0
}

// opensNounPhrase reports whether a speaker can start at t: a capitalised word or
// a determiner.
func opensNounPhrase(t segment.Token) bool {
	return segment.StartsUpper(t.Text) || t.Lower == "a" || t.Lower == "an" || t.Lower == "the"
}

// outletPrefix returns the end of the outlet that opens toks[i:j], if one does
// ("AFP" in "told AFP the negotiations"), else j.
func (p parser) outletPrefix(toks []segment.Token, i, j int) int {
	for k := min(j, i+4); k > i; k-- {
		if p.isOutlet(joinText(toks[i:k])) {
			return k
		}
	}
	return j
}

// stopsSpeakerBackward reports whether toks[k] ends a speaker read backwards
// from its cue: a punctuation mark other than a dot or a hyphen inside a name
// ("Frank-Walter Steinmeier"), or a word that opens a clause.
func stopsSpeakerBackward(toks []segment.Token, k int) bool {
	t := toks[k]
	if t.Kind == segment.Punct {
		return t.Text != "." && !inWord(toks, k)
	}
	// "WHO Europe director Hans Kluge": an acronym, not the pronoun; "Moon
	// Jae-in": a name's part, not the preposition.
	return backwardStops[t.Lower] && t.Text != strings.ToUpper(t.Text) && !(k > 0 && inWord(toks, k-1))
}

// nameBefore reports whether a name stands right before toks[k], from the
// start of the sentence or of its part set off by punctuation.
func nameBefore(toks []segment.Token, k int) bool {
	i := phraseStart(toks, k)
	return i < k && isName(toks[i:k])
}

// phraseStart returns where the words that end before toks[k] begin, back to
// the start of the sentence or of its part set off by punctuation (see
// stopsSpeakerBackward).
func phraseStart(toks []segment.Token, k int) int {
	for k > 0 && !stopsSpeakerBackward(toks, k-1) {
		k--
	}
	return k
}

// commaBefore returns the index of the last comma among toks[1:k+1], or -1
// when there is none.
func commaBefore(toks []segment.Token, k int) int {
	for ; k > 0; k-- {
		if toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// relativeThat reports whether toks[k] is a "that" opening a relative
// clause after its noun, whose subject speaks: "Officials found a letter
// that police said showed his motive". After a function word it points
// ("officials at that agency said").
func relativeThat(toks []segment.Token, k int, lex *lexicon.Lexicon) bool {
	return toks[k].Lower == "that" && k > 0 && toks[k-1].Kind == segment.Word && toks[k-1].InLowerCase() && !lex.StopWords.Has(toks[k-1].Lower) &&
		!describesSubject(toks, k) // "the charity that employed them said": the clause describes the speaker
}

// inListOfNames reports whether the comma at toks[k] separates names in a
// list that "of" opens and "and" closes: "The maker of Jeep, Fiat and
// Peugeot cars said", "The owner of Facebook, Instagram and WhatsApp said",
// one speaker described, where "In Paris, Macron and Scholz said" sets a
// place off.
func inListOfNames(toks []segment.Token, k int) bool {
	name := func(t segment.Token) bool { return t.Kind == segment.Word && segment.StartsUpper(t.Text) }
	i := k - 1
	for i >= 0 && (name(toks[i]) || toks[i].Text == "," && i > 0 && name(toks[i-1])) {
		i--
	}
	if i < 0 || i == k-1 || toks[i].Lower != "of" {
		return false
	}
	j := k + 1
	for j < len(toks) && (name(toks[j]) || toks[j].Text == "," && j+1 < len(toks) && name(toks[j+1])) {
		j++
	}
	return j > k+1 && j+1 < len(toks) && toks[j].Lower == "and" && name(toks[j+1])
}

// jointNameBefore returns where a name joined by "and" to the speaker at
// start begins, when that name opens the sentence or a part set off by
// punctuation ("Robert Laurenson and Vivek Trivedi said"), or start; the
// titles both hold may stand before it ("In a letter, co-CEOs Ted Sarandos
// and Greg Peters said"). A name after a clause ("Talks broke down on Friday
// and Smith said") is none.
func (p parser) jointNameBefore(toks []segment.Token, start int) int {
	and := start - 1
	if and < 1 || toks[and].Lower != "and" {
		return start
	}
	capitalised := func(t segment.Token) bool { return t.Kind == segment.Word && segment.StartsUpper(t.Text) }
	j := and
	for j > 0 && (capitalised(toks[j-1]) || inWord(toks, j-1) && j >= 2 && capitalised(toks[j-2])) {
		j-- // "Frank-Walter Steinmeier"; not the "co-" of "co-CEOs"
	}
	name := j
	for j > 0 && (toks[j-1].Kind == segment.Word && toks[j-1].InLowerCase() && p.sharedTitle(toks[j-1].Lower) || inWord(toks, j-1)) {
		j-- // "co-CEOs", "executives": the titles both hold
	}
	if name == and || j > 0 && toks[j-1].Kind != segment.Punct || !isName(toks[name:and]) {
		return start
	}
	return j
}

// sharedTitle reports whether w, a word in lower case, is a title or its
// plural, as two people named together may hold ("co-CEOs", "ministers").
func (p parser) sharedTitle(w string) bool {
	return w == "co" || p.lex.Titles.Has(w) || p.lex.Titles.Has(strings.TrimSuffix(w, "s"))
}

// inWord reports whether toks[k] is a hyphen written between two words with no
// space on either side.
func inWord(toks []segment.Token, k int) bool {
	return toks[k].IsHyphen() && segment.Glued(toks, k) && segment.Glued(toks, k+1)
}

// joinText joins tokens as written, with single spaces where the article had space.
func joinText(toks []segment.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Read())
	}
	return b.String()
}

// floatingQuantifiers stand after a subject of several and before its verb:
// "Sotomayor and Gorsuch each wrote", "The two leaders both said".
var floatingQuantifiers = map[string]bool{"each": true, "both": true, "all": true}

var (
	timeWords = lexicon.NewSet("on", "in", "at", "late", "earlier", "later", "last", "yesterday", "today", "also", "still", "previously", "has", "had", "have", "would", "will", "first", "initially", "originally", "again",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	backwardStops    = lexicon.NewSet("with", "and", "but", "as", "while", "that", "which", "who", "what", "when", "after", "because", "although", "though", "since")
	nounMarkers      = lexicon.NewSet("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your")
	sourceLinks      = lexicon.NewSet("from", "of", "by")
	callParticles    = lexicon.NewSet("for", "on", "off", "up", "in", "out", "upon", "to")
	possessives      = lexicon.NewSet("his", "her", "its", "their", "our", "my", "your") // "told rescuers their boat had capsized"
	subordinators    = lexicon.NewSet("after", "as", "while", "when", "because", "although", "though", "since", "before", "until", "whereas")
	adverbialOpeners = lexicon.NewSet("at", "in", "on", "after", "before", "during", "despite", "following", "with", "without", "since", "amid", "for", "by", "from", "under", "over")
	phraseStops      = lexicon.NewSet("as", "in", "on", "at", "that", "who", "which", "when", "after", "while", "during", "ahead", "before", "outside", "alongside", "beside", "because", "from", "to", "by", "for", "and", "but", "was", "were", "is", "are", "has", "had", "have", "would", "will")
)
