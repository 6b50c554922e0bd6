package segment

import "strings"

// IsFurniture reports whether a sentence is page furniture rather than part of
// the story: a bare link, a bare number (a share or comment count), a credit
// line ("By Jane Doe", "Reporting by Jane Doe; Editing by John Smith") or a
// publisher's footer ("Our Standards: The Thomson Reuters Trust Principles.",
// "Copyright 2016 AFP. All rights reserved.").
func IsFurniture(s Sentence) bool {
	toks := s.Tokens
	return IsURL(s.Text) || len(toks) == 1 && toks[0].Kind == Number || isCredit(toks) || isFooter(toks)
}

// isCredit reports whether toks credit the article's writers.
func isCredit(toks []Token) bool {
	if len(toks) > 1 && len(toks) <= 8 && toks[0].Lower == "by" && allNames(toks[1:]) {
		return true
	}
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1].Lower == "by" && creditRoles[toks[k].Lower] && (k == 0 || toks[k-1].Text == ";" || toks[k-1].Lower == "additional") {
			return true
		}
	}
	return false
}

// creditRoles open the credit lines of wire copy.
var creditRoles = map[string]bool{"reporting": true, "writing": true, "editing": true, "compiled": true}

// allNames reports whether toks are capitalised words, joined by "and" or
// commas at most: "Jane Doe and John Smith".
func allNames(toks []Token) bool {
	for _, t := range toks {
		if !(t.Kind == Word && StartsUpper(t.Text) || t.Lower == "and" || t.Text == ",") {
			return false
		}
	}
	return true
}

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
