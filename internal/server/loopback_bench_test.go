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
// goroutines, against the real server and against an echo of the same response,
// with the full response and with omit_analysis. Compare the ns/op of each pair:
// the ratio is the share of the transport's floor the service reaches.
func BenchmarkLoopback(b *testing.B) {
	real := New(Config{MaxInflightBytes: 1 << 30}) // no shedding: measure throughput, not the limit
	for _, omit := range []bool{false, true} {
		req := seedRequest(b)
		req.Options = &comparedv1.CompareOptions{OmitAnalysis: omit}
		canned, err := real.Compare(context.Background(), req)
		if err != nil {
			b.Fatal(err)
		}
		response := "full"
		if omit {
			response = "omit-analysis"
		}
		for _, tt := range []struct {
			name string
			srv  comparedv1.ComparisonServiceServer
		}{
			{"compare", real},
			{"echo", &echoServer{resp: canned}},
		} {
			b.Run(response+"/"+tt.name, func(b *testing.B) {
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
}
