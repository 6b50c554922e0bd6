package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/mem"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

func TestCompareOverloadIsResourceExhausted(t *testing.T) {
	s := New(Config{MaxArticleBytes: 1 << 20, MaxInflightBytes: 2 << 20})
	if err := s.budget.try(2 << 20); err != nil { // work in progress holds the whole budget
		t.Fatal(err)
	}
	_, err := s.Compare(context.Background(), seedRequest(t))
	if st := status.Convert(err); st.Code() != codes.ResourceExhausted || !strings.Contains(st.Message(), "limit of 2 MiB of article text") {
		t.Errorf("Compare at the limit = %v, want ResourceExhausted naming the limit", err)
	}
	s.budget.release(2 << 20)
	if _, err := s.Compare(context.Background(), seedRequest(t)); err != nil {
		t.Errorf("Compare with room in the budget = %v, want success", err)
	}
	if got := s.budget.weight.Load(); got != 0 {
		t.Errorf("budget in use after the calls = %d, want 0", got)
	}
}

func TestBudgetFitsTheLargestPair(t *testing.T) {
	s := New(Config{MaxArticleBytes: 4 << 20, MaxInflightBytes: 1 << 20})
	if s.budget.limit != 8<<20 {
		t.Errorf("budget = %d, want raised to two largest articles, %d", s.budget.limit, 8<<20)
	}
}

// bigArticle repeats the seed text, numbering each copy so that no two
// paragraphs are the same, up to about size bytes.
func bigArticle(t testing.TB, size int) string {
	seed := readText(t, seedLeft)
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Part %d. %s\n\n", i, seed)
	}
	return b.String()
}

// TestCompareHonoursDeadline gives the handler a pair of 1 MB articles with a
// 100 ms deadline: the handler itself (not only the client) must stop with
// DeadlineExceeded instead of running the comparison to its end.
func TestCompareHonoursDeadline(t *testing.T) {
	s := New(Config{MaxArticleBytes: 2 << 20})
	text := bigArticle(t, 1<<20)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := s.Compare(ctx, &comparedv1.CompareRequest{Left: &comparedv1.Article{Text: text}, Right: &comparedv1.Article{Text: text + " More."}})
	if got := status.Code(err); got != codes.DeadlineExceeded {
		t.Fatalf("Compare with a 100ms deadline = %v, want DeadlineExceeded", err)
	}
	t.Logf("handler returned after %v", time.Since(start))
}

// TestInvalidUTF8OverTheWire sends a request whose article text is not UTF-8 as
// raw bytes, as a client in another language could: the server must answer
// InvalidArgument naming the field, not Internal.
func TestInvalidUTF8OverTheWire(t *testing.T) {
	conn := dialConn(t, func(g *grpc.Server) { comparedv1.RegisterComparisonServiceServer(g, New(Config{})) }, grpc.ForceServerCodecV2(NewCodec()))
	article := func(text string) []byte {
		return protowire.AppendBytes(protowire.AppendTag(nil, 2, protowire.BytesType), []byte(text))
	}
	// A Go client refuses to marshal invalid UTF-8, so write the wire bytes by hand:
	// left (2) and right (3), each an Article with its text (2).
	req := protowire.AppendBytes(protowire.AppendTag(nil, 2, protowire.BytesType), article("Kerry met Lavrov."))
	req = protowire.AppendBytes(protowire.AppendTag(req, 3, protowire.BytesType), article("Kerry met \xffLavrov."))
	var resp comparedv1.CompareResponse
	err := conn.Invoke(context.Background(), comparedv1.ComparisonService_Compare_FullMethodName, rawBytes(req), &resp, grpc.ForceCodecV2(rawCodec{}))
	if st := status.Convert(err); st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), "right.text is not valid UTF-8") {
		t.Errorf("Compare with invalid UTF-8 = %v, want InvalidArgument naming right.text", err)
	}
	// Valid requests still decode as before.
	ok, err := comparedv1.NewComparisonServiceClient(conn).Compare(context.Background(), seedRequest(t))
	if err != nil || len(ok.GetAlignments()) == 0 {
		t.Errorf("valid Compare through the codec = %v", err)
	}
}

// rawBytes is a request already in wire format.
type rawBytes []byte

// rawCodec sends rawBytes as they are and decodes responses as protobuf.
type rawCodec struct{}

func (rawCodec) Marshal(v any) (mem.BufferSlice, error) {
	return mem.BufferSlice{mem.SliceBuffer(v.(rawBytes))}, nil
}

func (rawCodec) Unmarshal(data mem.BufferSlice, v any) error {
	return proto.Unmarshal(data.Materialize(), v.(proto.Message))
}

func (rawCodec) Name() string { return "proto" }
