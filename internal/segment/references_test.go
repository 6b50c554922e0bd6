package segment

import "testing"

func TestDecodeReferences(t *testing.T) {
	tests := []struct {
		give, want string
	}{
		{"no references", "no references"},
		{"Syria&#8217;s envoy", "Syria\u2019s envoy"},
		{"&quot;We agree,&quot; he said.", `"We agree," he said.`},
		{"Pratt &amp; Whitney&nbsp;said", "Pratt & Whitney\u00a0said"},
		{"a &#x2014; b", "a \u2014 b"},
		{"AT&T; R&D; &unknownname; &#; &notit;", "AT&T; R&D; &unknownname; &#; &notit;"},
		{"&amp", "&amp"},
	}
	for _, tt := range tests {
		got, refs := DecodeReferences(tt.give)
		if got != tt.want {
			t.Errorf("DecodeReferences(%q) = %q, want %q", tt.give, got, tt.want)
			continue
		}
		if refs.Decoded() != (got != tt.give) {
			t.Errorf("DecodeReferences(%q): Decoded() = %v", tt.give, refs.Decoded())
		}
		if refs.Sent(0) != 0 || refs.Sent(len(got)) != len(tt.give) {
			t.Errorf("DecodeReferences(%q): ends map to %d and %d, want 0 and %d", tt.give, refs.Sent(0), refs.Sent(len(got)), len(tt.give))
		}
	}
}

// TestReferencesMapWordsBack checks that a word of the decoded text maps back
// to the same word as sent, references and all.
func TestReferencesMapWordsBack(t *testing.T) {
	sent := "Kerry said &quot;Syria&#8217;s future&quot; was at stake."
	text, refs := DecodeReferences(sent)
	for _, tok := range Tokenize(text, 0, len(text)) {
		got := sent[refs.Sent(tok.Start):refs.Sent(tok.End)]
		if d, _ := DecodeReferences(got); d != tok.Text {
			t.Errorf("token %q maps back to %q", tok.Text, got)
		}
	}
}
