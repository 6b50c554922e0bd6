package server

import (
	"context"
	"net"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// echoServer answers every Compare with one canned response: the floor that
// gRPC itself sets for requests and responses of these sizes on this machine.
type echoServer struct {
	comparedv1.UnimplementedComparisonServiceServer
	resp *comparedv1.CompareResponse
}

func (e *echoServer) Compare(context.Context, *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	return e.resp, nil
}

// serveLoopback serves srv on a TCP port of the loopback interface and returns a
// client connected to it.
func serveLoopback(b *testing.B, srv comparedv1.ComparisonServiceServer) comparedv1.ComparisonServiceClient {
	b.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	g := grpc.NewServer()
	comparedv1.RegisterComparisonServiceServer(g, srv)
	go func() { _ = g.Serve(lis) }()
	b.Cleanup(g.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close() })
	return comparedv1.NewComparisonServiceClient(conn)
}

// BenchmarkLoopback calls Compare on the seed pair over loopback TCP from 16
// goroutines, against the real server and against an echo of the same response.
// Compare the two ns/op: the ratio is the share of the transport's floor the
// service reaches.
func BenchmarkLoopback(b *testing.B) {
	req := seedRequest(b)
	real := New(Config{MaxInflightBytes: 1 << 30}) // no shedding: measure throughput, not the limit
	canned, err := real.Compare(context.Background(), req)
	if err != nil {
		b.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		srv  comparedv1.ComparisonServiceServer
	}{
		{"compare", real},
		{"echo", &echoServer{resp: canned}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			c := serveLoopback(b, tt.srv)
			b.SetParallelism(8) // 16 goroutines on 2 CPUs
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := c.Compare(context.Background(), req); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}
