package server

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// dialServer is dial for a Server the test keeps a hand on.
func dialServer(t *testing.T, s *Server) comparedv1.ComparisonServiceClient {
	t.Helper()
	return dialWith(t, func(g *grpc.Server) { comparedv1.RegisterComparisonServiceServer(g, s) })
}

func TestCompareStreamAnswersEveryPairOnce(t *testing.T) {
	c := dialServer(t, New(Config{StreamWorkers: 4}))
	stream, err := c.CompareStream(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	good := seedRequest(t)
	const n = 50
	go func() {
		for i := range n {
			req := &comparedv1.CompareRequest{PairId: fmt.Sprint(i), Left: good.Left, Right: good.Right}
			if i == n/2 {
				req.Right = &comparedv1.Article{Text: ""} // a bad pair in the middle
			}
			if err := stream.Send(req); err != nil {
				return
			}
		}
		_ = stream.CloseSend()
	}()
	seen := map[string]int{}
	for {
		resp, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("Recv: %v", err)
		}
		seen[resp.GetPairId()]++
		bad := resp.GetPairId() == fmt.Sprint(n/2)
		if bad != (resp.GetError() != nil) {
			t.Errorf("pair %s: error %v", resp.GetPairId(), resp.GetError())
		}
		if bad && resp.GetError().GetCode() != uint32(codes.InvalidArgument) {
			t.Errorf("bad pair code = %d, want InvalidArgument", resp.GetError().GetCode())
		}
	}
	for i := range n {
		if seen[fmt.Sprint(i)] != 1 {
			t.Errorf("pair %d answered %d times, want once", i, seen[fmt.Sprint(i)])
		}
	}
}

// TestCompareStreamSlowReader checks that a client that sends but never reads
// cannot make the server take in unbounded work: the server stops reading
// requests once its responses back up.
func TestCompareStreamSlowReader(t *testing.T) {
	s := New(Config{StreamWorkers: 2})
	c := dialServer(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stream, err := c.CompareStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	good := seedRequest(t)
	const n = 5000
	sent := make(chan int, 1)
	go func() {
		i := 0
		for ; i < n; i++ {
			if stream.Send(&comparedv1.CompareRequest{PairId: fmt.Sprint(i), Left: good.Left, Right: good.Right}) != nil {
				break
			}
		}
		sent <- i
	}()
	// Wait until the server has stopped taking pairs.
	var last uint64
	for range 50 {
		time.Sleep(100 * time.Millisecond)
		now := s.streamPairs.Load()
		if now == last && now > 0 {
			break
		}
		last = now
	}
	if got := s.streamPairs.Load(); got >= n {
		t.Fatalf("server read all %d pairs from a client that reads nothing", got)
	}
	t.Logf("server read %d of %d pairs before holding back", s.streamPairs.Load(), n)
	cancel()
	select {
	case <-sent:
	case <-time.After(10 * time.Second):
		t.Fatal("client Send still blocked 10s after cancelling")
	}
}

func TestCompareStreamCancel(t *testing.T) {
	c := dialServer(t, New(Config{StreamWorkers: 2}))
	ctx, cancel := context.WithCancel(context.Background())
	stream, err := c.CompareStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(seedRequest(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); err != nil {
		t.Fatal(err)
	}
	cancel()
	if _, err := stream.Recv(); status.Code(err) != codes.Canceled {
		t.Errorf("Recv after cancel = %v, want Canceled", err)
	}
}
