package diff

import (
	"github.com/compared/compared/internal/facts"
	"github.com/compared/compared/internal/quotes"
)

// Kind is the family of a difference.
type Kind int

// Difference kinds.
const (
	Attribution Kind = iota + 1
	Wording
	Fact
)

// Span is a byte range in an article; the zero Span means "absent".
type Span struct {
	Start, End int
}

// Difference is one way the two articles differ.
type Difference struct {
	Kind                Kind
	LeftText, RightText string // the differing words as written; empty on the side that lacks them
	Left, Right         Span   // where they stand
	Alignment           int    // index of the alignment it was found in, or -1
	Summary             string // one plain sentence

	Wording     *WordingDetail     // set for Wording
	Attribution *AttributionDetail // set for Attribution
	Fact        *FactDetail        // set for Fact
}

// Change classifies a wording edit.
type Change int

// Wording changes.
const (
	CaseOnly Change = iota + 1 // reported only when Options.ReportCaseChanges asks for it
	PunctuationOnly
	Spelling
	Inserted
	Deleted
	Substituted
)

// WordingDetail describes a wording difference.
type WordingDetail struct {
	Change       Change
	QuoteAltered bool // the edit is inside quotation marks
}

// AttributionChange names a part of an attribution that differs.
type AttributionChange int

// Attribution changes.
const (
	SpeakerChanged AttributionChange = iota + 1
	SpeakerDescriptionChanged
	CueChanged
	IntermediaryChanged
	OneSided
)

// AttributionDetail describes an attribution difference.
type AttributionDetail struct {
	Left, Right *quotes.Attribution // nil on a side without attribution
	Changes     []AttributionChange
}

// Relation says how two sides' versions of a fact relate.
type Relation int

// Fact relations.
const (
	Conflict Relation = iota + 1
	SpellingVariant
	LeftOnly
	RightOnly
	LeftMoreSpecific
	RightMoreSpecific
)

// FactDetail describes a fact difference.
type FactDetail struct {
	Type                  facts.Type
	Relation              Relation
	LeftValue, RightValue string
}
