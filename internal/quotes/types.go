package quotes

// Attribution says who is credited with a statement, how and through whom.
type Attribution struct {
	Text       string // the attribution phrase as written
	Start, End int    // byte span of Text in the article
	// Around is the stretch inside [Start, End) that is not the attribution's
	// own, when it stands around its quotation: the speaker before, the outlet
	// after (`Lavrov said he had no "special expectations" of progress,
	// according to TASS`). Zero otherwise.
	Around struct{ Start, End int }
	// Lead is the speaker and cue before the statement, [Start, End), when
	// the attribution's own span is the outlet after it alone ("Police said
	// the suspect had confessed, according to local media"), and Whole the
	// words from the speaker to the outlet's end, of which who spoke and how
	// are the first End-Start bytes. Zero otherwise.
	Lead struct {
		Whole      string
		Start, End int
	}

	Speaker          string // who is credited; a pronoun is resolved to a named speaker
	SpeakerAsWritten string // the speaker as written, when it differs from Speaker
	Cue              string // reporting verb or phrase: "said", "told reporters"
	Intermediary     string // outlet the statement passed through: "AFP"
	Setting          string // where it was said: "in Vienna"
	Hedge            string // "reportedly", "allegedly"
}

// Found reports whether an attribution was found at all.
func (a Attribution) Found() bool { return a.Cue != "" || a.Intermediary != "" }

// Quote is a quotation in quotation marks or a statement in reported speech.
type Quote struct {
	Text         string      // the quoted words without the marks, or the reported clause
	Start, End   int         // byte span of Text in the article
	Direct       bool        // true for a quotation in quotation marks
	Open         bool        // the paragraph ended before a closing mark: the quotation continues
	Sentence     int         // index of the sentence that holds the start
	LastSentence int         // index of the sentence that holds the end
	Attribution  Attribution // zero when none was found
	// Statement is, for words quoted inside a reported statement, that
	// statement: what follows the attribution to the sentence's end (`NHS
	// England said the incident was having "a major impact" on services`
	// states "the incident was having "a major impact" on services"). It is
	// "" for a quotation that is the statement itself.
	Statement string
}
