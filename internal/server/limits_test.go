package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

func TestCompareOverloadIsResourceExhausted(t *testing.T) {
	s := New(Config{MaxConcurrent: 2})
	for range cap(s.slots) {
		s.slots <- struct{}{} // two comparisons running
	}
	_, err := s.Compare(context.Background(), seedRequest(t))
	if st := status.Convert(err); st.Code() != codes.ResourceExhausted || !strings.Contains(st.Message(), "limit of 2 comparisons") {
		t.Errorf("Compare at the limit = %v, want ResourceExhausted naming the limit", err)
	}
	<-s.slots
	if _, err := s.Compare(context.Background(), seedRequest(t)); err != nil {
		t.Errorf("Compare with a free slot = %v, want success", err)
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
