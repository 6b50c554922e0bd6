package segment

import "strings"

// IsFurniture reports whether a sentence is page furniture rather than part of
// the story: a bare link, a bare number (a share or comment count), a credit
// line ("By Jane Doe", "Reporting by Jane Doe; Editing by John Smith"), a
// publisher's footer ("Our Standards: The Thomson Reuters Trust Principles.",
// "Copyright 2016 AFP. All rights reserved."), the page around the story
// (see isPageControl), an editor's note on the story itself or a picture's
// caption (see isNote).
func IsFurniture(s Sentence) bool {
	toks := s.Tokens
	return IsURL(s.Text) || len(toks) == 1 && toks[0].Kind == Number || isCredit(toks) || isFooter(toks) || isPageControl(toks) ||
		isNote(toks) || isLinkPrompt(s.Text, toks)
}

// isNote reports whether toks are a note on the story or its pictures, not
// the story: an editor's note ("(This story has been refiled to fix a
// typo)", "This article was updated to ...") or a caption ("Photo:
// Reuters/Yves Herman", "FILE PHOTO: A Google logo is seen ...").
func isNote(toks []Token) bool {
	if len(toks) > 0 && toks[0].Text == "(" {
		toks = toks[1:]
	}
	if len(toks) < 3 {
		return false
	}
	switch {
	case (toks[0].Lower == "photo" || toks[0].Lower == "picture" || toks[0].Lower == "image") && toks[1].Text == ":",
		toks[0].Lower == "file" && toks[1].Lower == "photo" && toks[2].Text == ":":
		return true
	case len(toks) <= maxPhotoCredit && isPhotoCredit(toks):
		return true
	case toks[0].Lower == "this" && (toks[1].Lower == "story" || toks[1].Lower == "article" || toks[1].Lower == "version"):
		for _, t := range toks[2:min(len(toks), 6)] {
			if storyEdits[t.Lower] {
				return true
			}
		}
	}
	return false
}

// maxPhotoCredit is the most tokens a picture's credit line holds.
const maxPhotoCredit = 12

// isPhotoCredit reports whether toks open with an agency in capitals and a
// slash written onto it, names alone after it, a picture's credit:
// "REUTERS/Yves Herman/File Photo", "AP Photo/Jane Doe", "AFP/Getty Images".
func isPhotoCredit(toks []Token) bool {
	if toks[0].Kind != Word || toks[0].Text != strings.ToUpper(toks[0].Text) || len(toks[0].Text) < 2 {
		return false
	}
	for _, t := range toks {
		if t.Kind == Word && !StartsUpper(t.Text) {
			return false // "US/EU talks resume": a sentence
		}
	}
	for k := 1; k < len(toks) && k <= 2; k++ {
		if toks[k].Text == "/" && toks[k].Start == toks[k-1].End {
			return true
		}
	}
	return false
}

// storyEdits are what an editor's note says was done to the story.
var storyEdits = map[string]bool{"refiled": true, "corrected": true, "updated": true, "amended": true, "clarified": true}

// isLinkPrompt reports whether a sentence asks the reader to follow a link
// it gives: "Follow AP's coverage of the European Union at https://...".
func isLinkPrompt(text string, toks []Token) bool {
	return len(toks) > 0 && linkVerbs[toks[0].Lower] && (strings.Contains(text, "http://") || strings.Contains(text, "https://") || strings.Contains(text, "www."))
}

// linkVerbs open a prompt to follow a link.
var linkVerbs = map[string]bool{"follow": true, "read": true, "subscribe": true, "sign": true, "download": true, "watch": true,
	"listen": true, "click": true, "visit": true, "find": true, "see": true}

// isPageControl reports whether toks are the words of a web page around the
// story: a control or a label ("Share", "Advertisement"), a link to another
// story ("Read more: ...", "Related: ..."), or when it was published
// ("Published 12 May 2024, 09:14 BST", "Updated 2 hours ago").
func isPageControl(toks []Token) bool {
	switch {
	case len(toks) == 0:
		return false
	case len(toks) <= 2 && pageLabels[toks[0].Lower]:
		return true
	case len(toks) > 1 && pictureLabels[toks[0].Lower+" "+toks[1].Lower]:
		return true // "Image source, Getty Images", "Image caption, Passengers waited ..."
	case len(toks) <= 4 && len(toks) > 1 && sectionLabels[toks[0].Lower+" "+toks[1].Lower] && toks[len(toks)-1].Text != ".":
		return true // "Related Topics", "More on this story"
	case len(toks) > 2 && toks[0].Lower == "read" && toks[1].Lower == "more" && toks[2].Text == ":",
		len(toks) > 2 && toks[0].Lower == "see" && toks[1].Lower == "also" && toks[2].Text == ":",
		len(toks) > 1 && (toks[0].Lower == "related" || toks[0].Lower == "more") && toks[1].Text == ":":
		return true
	case len(toks) > 1 && len(toks) <= maxStampTokens && (toks[0].Lower == "published" || toks[0].Lower == "updated"):
		// The stamp's time follows at once: "Published 12 May", "Updated: Monday".
		next := toks[1]
		return next.Kind == Number || next.Text == ":" || stampWords[next.Lower]
	}
	return false
}

// stampWords open the time of a publication stamp.
var stampWords = map[string]bool{"on": true, "at": true, "jan": true, "january": true, "feb": true, "february": true,
	"mar": true, "march": true, "apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true,
	"july": true, "aug": true, "august": true, "sep": true, "sept": true, "september": true, "oct": true,
	"october": true, "nov": true, "november": true, "dec": true, "december": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// pageLabels are the words a web page shows alone on a line around a story.
var pageLabels = map[string]bool{"advertisement": true, "share": true, "subscribe": true, "comments": true,
	"sponsored": true, "listen": true, "print": true}

// pictureLabels open the lines a web page sets under or over a picture: its
// source and its caption, not the story.
var pictureLabels = map[string]bool{"image source": true, "image caption": true, "media caption": true,
	"image copyright": true, "video caption": true, "photo credit": true}

// sectionLabels head the lists of links a web page sets after a story.
var sectionLabels = map[string]bool{"related topics": true, "more on": true, "top stories": true,
	"most read": true, "related stories": true, "related articles": true, "you may": true}

// maxStampTokens is the longest a publication stamp runs, in tokens.
const maxStampTokens = 12

// isCredit reports whether toks credit the article's writers.
func isCredit(toks []Token) bool {
	if len(toks) > 1 && len(toks) <= maxBylineTokens && toks[0].Lower == "by" && allNames(toks[1:]) {
		return true
	}
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1].Lower == "by" && creditRoles[toks[k].Lower] && (k == 0 || toks[k-1].Text == ";" || toks[k-1].Lower == "additional") {
			return true
		}
		if toks[k].Lower == "contributed" && len(toks) <= maxContributorTokens && contributedTo(toks[k+1:]) {
			return true // "Associated Press writer Lorne Cook contributed to this report."
		}
	}
	return false
}

// maxContributorTokens is the longest line that credits writers who
// contributed, several named with where they wrote from.
const maxContributorTokens = 40

// contributedTo reports whether toks, after "contributed", say to what: "to
// this report", "to this story", "reporting".
func contributedTo(toks []Token) bool {
	if len(toks) > 0 && toks[0].Lower == "reporting" {
		return true
	}
	return len(toks) > 2 && toks[0].Lower == "to" && toks[1].Lower == "this" &&
		(toks[2].Lower == "report" || toks[2].Lower == "story" || toks[2].Lower == "article")
}

// creditRoles open the credit lines of wire copy.
var creditRoles = map[string]bool{"reporting": true, "writing": true, "editing": true, "compiled": true}

// allNames reports whether toks are capitalised words, joined by "and" or
// commas at most, with the full stops of middle initials and the particles
// of surnames: "Jane Doe and John Smith", "Larry Neumeister, Jennifer Peltz
// and Michael R. Sisak", "Stephanie van den Berg".
func allNames(toks []Token) bool {
	for k, t := range toks {
		if !(t.Kind == Word && StartsUpper(t.Text) || t.Lower == "and" || t.Text == "," || InitialStop(toks, k) || inHyphenatedName(toks, k) || surnameParticle(toks, k)) {
			return false
		}
	}
	return true
}

// surnameParticle reports whether toks[k] is a particle inside a surname,
// between a name and a capitalised word: "van den Berg", "de la Cruz".
func surnameParticle(toks []Token, k int) bool {
	if !surnameParticles[toks[k].Lower] || k == 0 || !StartsUpper(toks[k-1].Text) && !surnameParticles[toks[k-1].Lower] {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if !surnameParticles[toks[j].Lower] {
			return toks[j].Kind == Word && StartsUpper(toks[j].Text)
		}
	}
	return false
}

// surnameParticles stand in lower case inside surnames.
var surnameParticles = map[string]bool{"van": true, "von": true, "den": true, "der": true, "de": true, "la": true,
	"le": true, "da": true, "di": true, "del": true, "dos": true, "das": true, "ter": true}

// inHyphenatedName reports whether toks[k] is a hyphen inside a name, or a
// part on either side of it: "Ju-min Park", "Jean-Pierre", "Nidal
// al-Mughrabi".
func inHyphenatedName(toks []Token, k int) bool {
	switch {
	case toks[k].IsHyphen():
		return Glued(toks, k) && Glued(toks, k+1) && toks[k+1].Kind == Word
	case toks[k].Kind == Word:
		return k > 0 && toks[k-1].IsHyphen() && Glued(toks, k) || k+1 < len(toks) && toks[k+1].IsHyphen() && Glued(toks, k+1)
	}
	return false
}

// maxBylineTokens is the most tokens a byline of three writers ("By Larry
// Neumeister, Jennifer Peltz and Michael R. Sisak") holds.
const maxBylineTokens = 16

// isFooter reports whether toks are a publisher's standard footer: its
// standards, its copyright.
func isFooter(toks []Token) bool {
	if len(toks) == 0 || len(toks) > 16 {
		return false
	}
	first := toks[0].Lower
	switch {
	case first == "copyright" || toks[0].Text == "\u00a9":
		return true
	case first == "our" && len(toks) > 2 && toks[1].Lower == "standards" && toks[2].Text == ":":
		return true
	}
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower == "all" && toks[k+1].Lower == "rights" && strings.HasPrefix(toks[k+2].Lower, "reserved") {
			return true
		}
	}
	return false
}
