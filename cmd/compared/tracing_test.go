package main

import (
	"context"
	"net"
	"sync"
	"testing"

	collectorpb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/grpc"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// collector is a fake OTLP trace collector that records span names.
type collector struct {
	collectorpb.UnimplementedTraceServiceServer
	mu    sync.Mutex
	spans []string
}

func (c *collector) Export(_ context.Context, req *collectorpb.ExportTraceServiceRequest) (*collectorpb.ExportTraceServiceResponse, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, rs := range req.GetResourceSpans() {
		for _, ss := range rs.GetScopeSpans() {
			for _, s := range ss.GetSpans() {
				c.spans = append(c.spans, s.GetName())
			}
		}
	}
	return &collectorpb.ExportTraceServiceResponse{}, nil
}

func (c *collector) names() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.spans...)
}

// TestTracing runs the real binary with -otlp-endpoint pointing at a fake
// collector and checks that a Compare call arrives there as a span on stop.
func TestTracing(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	col := &collector{}
	g := grpc.NewServer()
	collectorpb.RegisterTraceServiceServer(g, col)
	go func() { _ = g.Serve(lis) }()
	defer g.Stop()

	r := startBinary(t, "-plaintext", "-otlp-endpoint", lis.Addr().String(), "-otlp-insecure")
	_, err = comparedv1.NewComparisonServiceClient(r.conn).Compare(context.Background(), &comparedv1.CompareRequest{
		Left: &comparedv1.Article{Text: "Kerry met Lavrov."}, Right: &comparedv1.Article{Text: "Lavrov met Kerry."},
	})
	if err != nil {
		t.Fatal(err)
	}
	stopBinary(t, r) // flushes the spans
	want := "compared.v1.ComparisonService/Compare"
	for _, name := range col.names() {
		if name == want {
			return
		}
	}
	t.Errorf("collector got spans %q, want one named %q", col.names(), want)
}
