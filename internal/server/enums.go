package server

import (
	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/align"
	"github.com/compared/compared/internal/diff"
	"github.com/compared/compared/internal/facts"
)

func alignmentKind(k align.Kind) comparedv1.AlignmentKind {
	switch k {
	case align.Identical:
		return comparedv1.AlignmentKind_ALIGNMENT_KIND_IDENTICAL
	case align.NearIdentical:
		return comparedv1.AlignmentKind_ALIGNMENT_KIND_NEAR_IDENTICAL
	case align.Paraphrase:
		return comparedv1.AlignmentKind_ALIGNMENT_KIND_PARAPHRASE
	case align.Partial:
		return comparedv1.AlignmentKind_ALIGNMENT_KIND_PARTIAL
	}
	return comparedv1.AlignmentKind_ALIGNMENT_KIND_UNSPECIFIED
}

func differenceKind(k diff.Kind) comparedv1.DifferenceKind {
	switch k {
	case diff.Attribution:
		return comparedv1.DifferenceKind_DIFFERENCE_KIND_ATTRIBUTION
	case diff.Wording:
		return comparedv1.DifferenceKind_DIFFERENCE_KIND_WORDING
	case diff.Fact:
		return comparedv1.DifferenceKind_DIFFERENCE_KIND_FACT
	}
	return comparedv1.DifferenceKind_DIFFERENCE_KIND_UNSPECIFIED
}

func wordingChange(c diff.Change) comparedv1.WordingChange {
	switch c {
	case diff.CaseOnly:
		return comparedv1.WordingChange_WORDING_CHANGE_CASE
	case diff.PunctuationOnly:
		return comparedv1.WordingChange_WORDING_CHANGE_PUNCTUATION
	case diff.Spelling:
		return comparedv1.WordingChange_WORDING_CHANGE_SPELLING
	case diff.Inserted:
		return comparedv1.WordingChange_WORDING_CHANGE_INSERTED
	case diff.Deleted:
		return comparedv1.WordingChange_WORDING_CHANGE_DELETED
	case diff.Substituted:
		return comparedv1.WordingChange_WORDING_CHANGE_SUBSTITUTED
	}
	return comparedv1.WordingChange_WORDING_CHANGE_UNSPECIFIED
}

func attributionChange(c diff.AttributionChange) comparedv1.AttributionChange {
	switch c {
	case diff.SpeakerChanged:
		return comparedv1.AttributionChange_ATTRIBUTION_CHANGE_SPEAKER
	case diff.SpeakerDescriptionChanged:
		return comparedv1.AttributionChange_ATTRIBUTION_CHANGE_SPEAKER_DESCRIPTION
	case diff.CueChanged:
		return comparedv1.AttributionChange_ATTRIBUTION_CHANGE_CUE
	case diff.IntermediaryChanged:
		return comparedv1.AttributionChange_ATTRIBUTION_CHANGE_INTERMEDIARY
	case diff.OneSided:
		return comparedv1.AttributionChange_ATTRIBUTION_CHANGE_ONE_SIDED
	}
	return comparedv1.AttributionChange_ATTRIBUTION_CHANGE_UNSPECIFIED
}

func factType(t facts.Type) comparedv1.FactType {
	switch t {
	case facts.Number:
		return comparedv1.FactType_FACT_TYPE_NUMBER
	case facts.Date:
		return comparedv1.FactType_FACT_TYPE_DATE
	case facts.Person:
		return comparedv1.FactType_FACT_TYPE_PERSON
	case facts.Place:
		return comparedv1.FactType_FACT_TYPE_PLACE
	case facts.Organization:
		return comparedv1.FactType_FACT_TYPE_ORGANIZATION
	}
	return comparedv1.FactType_FACT_TYPE_UNSPECIFIED
}

func factRelation(r diff.Relation) comparedv1.FactRelation {
	switch r {
	case diff.Conflict:
		return comparedv1.FactRelation_FACT_RELATION_CONFLICT
	case diff.SpellingVariant:
		return comparedv1.FactRelation_FACT_RELATION_SPELLING_VARIANT
	case diff.LeftOnly:
		return comparedv1.FactRelation_FACT_RELATION_LEFT_ONLY
	case diff.RightOnly:
		return comparedv1.FactRelation_FACT_RELATION_RIGHT_ONLY
	case diff.LeftMoreSpecific:
		return comparedv1.FactRelation_FACT_RELATION_LEFT_MORE_SPECIFIC
	case diff.RightMoreSpecific:
		return comparedv1.FactRelation_FACT_RELATION_RIGHT_MORE_SPECIFIC
	}
	return comparedv1.FactRelation_FACT_RELATION_UNSPECIFIED
}
