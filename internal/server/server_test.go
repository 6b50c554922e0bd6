package server

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/testing/protocmp"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	seedLeft  = "../../testdata/seeds/000_bc1d5e6be8757148.txt"
	seedRight = "../../testdata/seeds/001_6b66ad53c8e6723e.txt"
)

// dial starts a Server on an in-memory listener and returns a client for it.
func dial(t *testing.T, cfg Config) comparedv1.ComparisonServiceClient {
	t.Helper()
	return dialWith(t, func(g *grpc.Server) { comparedv1.RegisterComparisonServiceServer(g, New(cfg)) })
}

// dialWith starts a gRPC server with what register adds on an in-memory listener
// and returns a client for it.
func dialWith(t *testing.T, register func(*grpc.Server), opts ...grpc.ServerOption) comparedv1.ComparisonServiceClient {
	t.Helper()
	return comparedv1.NewComparisonServiceClient(dialConn(t, register, opts...))
}

// dialConn is dialWith returning the connection itself.
func dialConn(t *testing.T, register func(*grpc.Server), opts ...grpc.ServerOption) *grpc.ClientConn {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	s := grpc.NewServer(opts...)
	register(s)
	go func() { _ = s.Serve(lis) }()
	t.Cleanup(s.Stop)
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func seedRequest(t testing.TB) *comparedv1.CompareRequest {
	t.Helper()
	return &comparedv1.CompareRequest{
		PairId: "vienna",
		Left:   &comparedv1.Article{Id: "000", Text: readText(t, seedLeft)},
		Right:  &comparedv1.Article{Id: "001", Text: readText(t, seedRight)},
	}
}

func TestCompareSeeds(t *testing.T) {
	c := dial(t, Config{})
	resp, err := c.Compare(context.Background(), seedRequest(t))
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	if resp.GetPairId() != "vienna" {
		t.Errorf("pair_id = %q, want %q", resp.GetPairId(), "vienna")
	}
	if n, m := len(resp.GetLeftSentences()), len(resp.GetRightSentences()); n < 14 || m < 14 {
		t.Errorf("got %d and %d sentences, want at least 14 per side", n, m)
	}
	// The three quoted sentences both reports carry, the first credited differently.
	for _, quote := range []string{"The target for August is to have a framework in place", "We're talking to the Russians", "Particularly on the regime side"} {
		switch a := alignmentOf(resp, quote, quote); {
		case a == nil:
			t.Errorf("the shared quote %q is not aligned", quote)
		case a.GetKind() != comparedv1.AlignmentKind_ALIGNMENT_KIND_IDENTICAL:
			t.Errorf("the shared quote %q aligns as %v, want identical", quote, a.GetKind())
		}
	}
	// The left's "will chair the meeting" (a sentence that lost its full stop)
	// is the right's "chaired the 17-nation meeting".
	if alignmentOf(resp, "will chair the meeting", "chaired the 17-nation meeting") == nil {
		t.Errorf(`"will chair the meeting" does not align with "chaired the 17-nation meeting"`)
	}
	// The right's two sentences about the rebels being more open and Assad not
	// engaging both link to the left's one sentence that says both.
	const both = "the opposition coalition had been more open"
	for _, part := range []string{"The rebel groups, Agence France Presse quoted", "Assad, despite showing that he was in favour"} {
		if alignmentOf(resp, both, part) == nil {
			t.Errorf("%q does not align with %q", part, both)
		}
	}
	kinds := map[comparedv1.DifferenceKind]int{}
	for _, d := range resp.GetDifferences() {
		kinds[d.GetKind()]++
		if d.GetSummary() == "" {
			t.Errorf("difference %v has no summary", d)
		}
	}
	for _, k := range []comparedv1.DifferenceKind{
		comparedv1.DifferenceKind_DIFFERENCE_KIND_ATTRIBUTION,
		comparedv1.DifferenceKind_DIFFERENCE_KIND_WORDING,
		comparedv1.DifferenceKind_DIFFERENCE_KIND_FACT,
	} {
		if kinds[k] == 0 {
			t.Errorf("no difference of kind %v", k)
		}
	}
}

// TestCompareGolden compares the whole response for the seed pair with the golden
// file; run with -update after an intended change and review the diff.
func TestCompareGolden(t *testing.T) {
	resp, err := New(Config{}).Compare(context.Background(), seedRequest(t))
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	golden := "testdata/seeds.golden.json"
	if *update {
		b, err := protojson.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		// protojson varies its spacing on purpose; a fixed indentation keeps the
		// golden file's diffs down to what changed.
		var indented bytes.Buffer
		if err := json.Indent(&indented, b, "", "  "); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(indented.Bytes(), '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := &comparedv1.CompareResponse{}
	if err := protojson.Unmarshal([]byte(readText(t, golden)), want); err != nil {
		t.Fatalf("%s: %v", golden, err)
	}
	if d := cmp.Diff(want, resp, protocmp.Transform()); d != "" {
		t.Errorf("Compare(seeds) differs from %s (-want +got):\n%s", golden, d)
	}
}

// TestOmitAnalysis checks that omit_analysis drops the per-article quotes and
// facts and nothing else.
func TestOmitAnalysis(t *testing.T) {
	c := dial(t, Config{})
	full, err := c.Compare(context.Background(), seedRequest(t))
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	req := seedRequest(t)
	req.Options = &comparedv1.CompareOptions{OmitAnalysis: true}
	lean, err := c.Compare(context.Background(), req)
	if err != nil {
		t.Fatalf("Compare with omit_analysis: %v", err)
	}
	if lean.GetLeftAnalysis() != nil || lean.GetRightAnalysis() != nil {
		t.Errorf("omit_analysis: the response still has the articles' analyses")
	}
	full.LeftAnalysis, full.RightAnalysis = nil, nil
	if d := cmp.Diff(full, lean, protocmp.Transform()); d != "" {
		t.Errorf("omit_analysis changed more than the analyses (-full +omitted):\n%s", d)
	}
}

func hasLink(resp *comparedv1.CompareResponse, left, right string) bool {
	return alignmentOf(resp, left, right) != nil
}

// alignmentOf returns the alignment that links a left sentence holding left to
// a right sentence holding right, or nil.
func alignmentOf(resp *comparedv1.CompareResponse, left, right string) *comparedv1.Alignment {
	ls, rs := find(normTexts(resp.GetLeftSentences()), left), find(normTexts(resp.GetRightSentences()), right)
	for _, a := range resp.GetAlignments() {
		for _, i := range a.GetLeftSentences() {
			for _, j := range a.GetRightSentences() {
				if slices.Contains(ls, int(i)) && slices.Contains(rs, int(j)) {
					return a
				}
			}
		}
	}
	return nil
}

// TestCompareRejectsBadInput calls the handler directly: over the wire, gRPC
// itself refuses to marshal a string field that is not UTF-8.
func TestCompareRejectsBadInput(t *testing.T) {
	c := New(Config{MaxArticleBytes: 100})
	ok := &comparedv1.Article{Text: "Kerry met Lavrov in Vienna."}
	tests := []struct {
		name     string
		req      *comparedv1.CompareRequest
		wantCode codes.Code
		wantMsg  []string
	}{
		{"no articles", &comparedv1.CompareRequest{}, codes.InvalidArgument, []string{"left is required", "right is required"}},
		{"empty left text", &comparedv1.CompareRequest{Left: &comparedv1.Article{Text: "  \n"}, Right: ok}, codes.InvalidArgument, []string{"left.text is empty"}},
		{"invalid UTF-8", &comparedv1.CompareRequest{Left: ok, Right: &comparedv1.Article{Text: "abc\xff"}}, codes.InvalidArgument, []string{"right.text is not valid UTF-8"}},
		{"too large", &comparedv1.CompareRequest{Left: ok, Right: &comparedv1.Article{Text: strings.Repeat("word ", 30)}}, codes.ResourceExhausted, []string{"right.text is 150 bytes, over the limit of 100 bytes"}},
		{"unknown encoding", &comparedv1.CompareRequest{Left: ok, Right: ok, Options: &comparedv1.CompareOptions{SpanEncoding: 9}}, codes.InvalidArgument, []string{"options.span_encoding 9 is unknown"}},
		{"similarity out of range", &comparedv1.CompareRequest{Left: ok, Right: ok, Options: &comparedv1.CompareOptions{MinSimilarity: 2}}, codes.InvalidArgument, []string{"options.min_similarity 2 is out of range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Compare(context.Background(), tt.req)
			st := status.Convert(err)
			if st.Code() != tt.wantCode {
				t.Fatalf("Compare() code = %v (%q), want %v", st.Code(), st.Message(), tt.wantCode)
			}
			for _, m := range tt.wantMsg {
				if !strings.Contains(st.Message(), m) {
					t.Errorf("Compare() message = %q, want it to contain %q", st.Message(), m)
				}
			}
		})
	}
}

func TestCompareDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(Config{}).Compare(ctx, seedRequest(t))
	if got := status.Code(err); got != codes.Canceled {
		t.Errorf("Compare(cancelled) code = %v, want %v", got, codes.Canceled)
	}
}

// TestSpanEncodings checks that every encoding's spans slice the text, as a client
// in that encoding would slice it, to the sentence text.
func TestSpanEncodings(t *testing.T) {
	text := "“Ça va,” dit-il. Émile 😀 said it twice. Done."
	req := func(enc comparedv1.SpanEncoding) *comparedv1.CompareRequest {
		return &comparedv1.CompareRequest{
			Left: &comparedv1.Article{Text: text}, Right: &comparedv1.Article{Text: text},
			Options: &comparedv1.CompareOptions{SpanEncoding: enc},
		}
	}
	slicers := map[comparedv1.SpanEncoding]func(s *comparedv1.Span) string{
		comparedv1.SpanEncoding_SPAN_ENCODING_UNSPECIFIED: func(s *comparedv1.Span) string { return text[s.GetStart():s.GetEnd()] },
		comparedv1.SpanEncoding_SPAN_ENCODING_UTF8:        func(s *comparedv1.Span) string { return text[s.GetStart():s.GetEnd()] },
		comparedv1.SpanEncoding_SPAN_ENCODING_CODE_POINT:  func(s *comparedv1.Span) string { return string([]rune(text)[s.GetStart():s.GetEnd()]) },
		comparedv1.SpanEncoding_SPAN_ENCODING_UTF16: func(s *comparedv1.Span) string {
			return string(utf16.Decode(utf16.Encode([]rune(text))[s.GetStart():s.GetEnd()]))
		},
	}
	for enc, slice := range slicers {
		t.Run(enc.String(), func(t *testing.T) {
			resp, err := New(Config{}).Compare(context.Background(), req(enc))
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.GetLeftSentences()) != 3 {
				t.Fatalf("got %d sentences, want 3", len(resp.GetLeftSentences()))
			}
			for _, s := range resp.GetLeftSentences() {
				if got := slice(s.GetSpan()); got != s.GetText() {
					t.Errorf("span %v slices %q, want %q", s.GetSpan(), got, s.GetText())
				}
			}
		})
	}
}

// TestSeedAttribution checks the attribution differences of the Vienna pair: the
// shared State Department quote yields one difference naming both speakers, both
// cues and AFP; the quotes credited with "he said" on both sides yield none.
func TestSeedAttribution(t *testing.T) {
	resp, err := New(Config{}).Compare(context.Background(), seedRequest(t))
	if err != nil {
		t.Fatal(err)
	}
	var shared []*comparedv1.Difference
	for _, d := range resp.GetDifferences() {
		if d.GetKind() != comparedv1.DifferenceKind_DIFFERENCE_KIND_ATTRIBUTION {
			continue
		}
		if strings.Contains(d.GetLeftText(), "he said") || strings.Contains(d.GetRightText(), "he said") {
			t.Errorf("attribution difference on a \"he said\" quote: %v", d)
		}
		if strings.Contains(d.GetLeftText(), "State Department") {
			shared = append(shared, d)
		}
	}
	if len(shared) != 1 {
		t.Fatalf("got %d attribution differences on the State Department quote, want 1", len(shared))
	}
	a := shared[0].GetAttribution()
	want := &comparedv1.AttributionDetail{
		Left:  &comparedv1.Attribution{Speaker: "a senior State Department official", Cue: "told reporters", Setting: "in Vienna"},
		Right: &comparedv1.Attribution{Speaker: "a senior U.S. State Department official", Cue: "was quoted as saying", Intermediary: "AFP"},
		Changes: []comparedv1.AttributionChange{
			comparedv1.AttributionChange_ATTRIBUTION_CHANGE_SPEAKER_DESCRIPTION,
			comparedv1.AttributionChange_ATTRIBUTION_CHANGE_CUE,
			comparedv1.AttributionChange_ATTRIBUTION_CHANGE_INTERMEDIARY,
		},
	}
	ignore := protocmp.IgnoreFields(&comparedv1.Attribution{}, "text", "span")
	if d := cmp.Diff(want, a, protocmp.Transform(), ignore); d != "" {
		t.Errorf("State Department quote attribution (-want +got):\n%s", d)
	}
}

// TestSeedFacts checks the fact differences of the Vienna pair.
func TestSeedFacts(t *testing.T) {
	resp, err := New(Config{}).Compare(context.Background(), seedRequest(t))
	if err != nil {
		t.Fatal(err)
	}
	type fact struct {
		left, right string
		relation    comparedv1.FactRelation
	}
	var got []fact
	for _, d := range resp.GetDifferences() {
		if f := d.GetFact(); f != nil {
			got = append(got, fact{d.GetLeftText(), d.GetRightText(), f.GetRelation()})
		}
	}
	count := func(match func(fact) bool) int {
		n := 0
		for _, f := range got {
			if match(f) {
				n++
			}
		}
		return n
	}
	variant := count(func(f fact) bool {
		return f.left == "Sergie Lavrov" && f.right == "Sergei Lavrov" && f.relation == comparedv1.FactRelation_FACT_RELATION_SPELLING_VARIANT
	})
	if variant != 1 {
		t.Errorf("Sergie/Sergei reported %d times, want once", variant)
	}
	for _, l := range []string{"August 1", "Frank Walter Steinmeier", "Geneva"} {
		if count(func(f fact) bool { return f.left == l && f.relation == comparedv1.FactRelation_FACT_RELATION_LEFT_ONLY }) != 1 {
			t.Errorf("%q is not reported once as left-only", l)
		}
	}
	for _, r := range []string{"Jeddah", "Aleppo", "February"} {
		if count(func(f fact) bool {
			return f.right == r && f.relation == comparedv1.FactRelation_FACT_RELATION_RIGHT_ONLY
		}) != 1 {
			t.Errorf("%q is not reported once as right-only", r)
		}
	}
	if n := count(func(f fact) bool { return strings.Contains(f.left+f.right, "17-nation") }); n != 0 {
		t.Errorf("17-nation, which both state, is reported %d times", n)
	}
}

// TestCharacterReferences checks that an article copied from a page's source,
// its quotation marks and apostrophes written as HTML character references,
// reads as the same article, and that every span of the answer points into
// the text as sent, holding the words the answer gives for it.
func TestCharacterReferences(t *testing.T) {
	plain := readText(t, "../../testdata/seeds/002_5c35da03bd968bc0.txt")
	sent := strings.NewReplacer(`"`, "&quot;", "'", "&#8217;", " - ", " &mdash; ").Replace(plain)
	for _, enc := range []comparedv1.SpanEncoding{comparedv1.SpanEncoding_SPAN_ENCODING_UTF8, comparedv1.SpanEncoding_SPAN_ENCODING_UTF16} {
		resp, err := New(Config{}).Compare(context.Background(), &comparedv1.CompareRequest{
			Left: &comparedv1.Article{Text: plain}, Right: &comparedv1.Article{Text: sent},
			Options: &comparedv1.CompareOptions{SpanEncoding: enc},
		})
		if err != nil {
			t.Fatal(err)
		}
		if d := resp.GetDifferences(); len(d) > 0 {
			t.Errorf("%v: %d differences, want none; the first: %q", enc, len(d), d[0].GetSummary())
		}
		slice := func(s *comparedv1.Span) string {
			if enc == comparedv1.SpanEncoding_SPAN_ENCODING_UTF16 {
				return string(utf16.Decode(utf16.Encode([]rune(sent))[s.GetStart():s.GetEnd()]))
			}
			return sent[s.GetStart():s.GetEnd()]
		}
		check := func(what, text string, s *comparedv1.Span) {
			if got := slice(s); got != text {
				t.Errorf("%v: %s span %v slices %q, want %q", enc, what, s, got, text)
			}
		}
		for _, s := range resp.GetRightSentences() {
			check("sentence", s.GetText(), s.GetSpan())
		}
		for _, q := range resp.GetRightAnalysis().GetQuotes() {
			check("quote", q.GetText(), q.GetSpan())
			if a := q.GetAttribution(); a.GetSpan() != nil {
				check("attribution", a.GetText(), a.GetSpan())
			}
		}
		for _, f := range resp.GetRightAnalysis().GetFacts() {
			check("fact", f.GetText(), f.GetSpan())
		}
		if !strings.Contains(resp.GetRightSentences()[4].GetText(), "Syria&#8217;s") {
			t.Errorf("%v: sentence text %q, want the words as sent", enc, resp.GetRightSentences()[4].GetText())
		}
	}
	// A change beside references: its words and span as sent.
	edited := strings.Replace(sent, "Syria&#8217;s neighbours met Saturday", "Syria&#8217;s allies met Sunday", 1)
	resp, err := New(Config{}).Compare(context.Background(), &comparedv1.CompareRequest{
		Left: &comparedv1.Article{Text: plain}, Right: &comparedv1.Article{Text: edited},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range resp.GetDifferences() {
		if sp := d.GetRightSpan(); sp != nil && edited[sp.GetStart():sp.GetEnd()] != d.GetRightText() {
			t.Errorf("difference %q: right span slices %q", d.GetSummary(), edited[sp.GetStart():sp.GetEnd()])
		}
		got = append(got, d.GetLeftText()+" / "+d.GetRightText())
	}
	if want := []string{"Saturday / Sunday", "neighbours / allies"}; !slices.Equal(got, want) {
		t.Errorf("differences %q, want %q", got, want)
	}
}
