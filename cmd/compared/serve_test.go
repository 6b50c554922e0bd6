package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"testing"

	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// panicky panics on its first Compare call and answers the next ones.
type panicky struct {
	comparedv1.UnimplementedComparisonServiceServer
	calls int
}

func (p *panicky) Compare(context.Context, *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	p.calls++
	if p.calls == 1 {
		panic("boom")
	}
	return &comparedv1.CompareResponse{PairId: "ok"}, nil
}

func TestPanicBecomesInternal(t *testing.T) {
	srv := newGRPCServer(serveConfig{maxArticleBytes: 1 << 20}, insecure.NewCredentials(), grpcprom.NewServerMetrics(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	comparedv1.RegisterComparisonServiceServer(srv, &panicky{})
	lis := bufconn.Listen(1 << 20)
	go func() { _ = srv.Serve(lis) }()
	defer srv.Stop()
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	c := comparedv1.NewComparisonServiceClient(conn)

	_, err = c.Compare(context.Background(), &comparedv1.CompareRequest{})
	if st := status.Convert(err); st.Code() != codes.Internal || st.Message() != "internal error" {
		t.Errorf("panicking call = %v, want Internal \"internal error\"", err)
	}
	resp, err := c.Compare(context.Background(), &comparedv1.CompareRequest{})
	if err != nil || resp.GetPairId() != "ok" {
		t.Errorf("call after the panic = %v, %v; want the server still answering", resp, err)
	}
}

func TestParseServeFlags(t *testing.T) {
	t.Setenv("COMPARED_ADDR", "127.0.0.1:6000")
	tests := []struct {
		name     string
		args     []string
		wantAddr string
		wantErr  bool
	}{
		{"environment default", nil, "127.0.0.1:6000", false},
		{"flag wins", []string{"-addr", ":7000"}, ":7000", false},
		{"stray argument", []string{"extra"}, "", true},
		{"bad log level", []string{"-log-level", "loud"}, "", true},
		{"pprof without a metrics address", []string{"-pprof"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := parseServeFlags(tt.args, io.Discard)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseServeFlags(%q) error = %v, want error %v", tt.args, err, tt.wantErr)
			}
			if !tt.wantErr && cfg.addr != tt.wantAddr {
				t.Errorf("addr = %q, want %q", cfg.addr, tt.wantAddr)
			}
		})
	}
}
