// Command compared-echo serves compared.v1.ComparisonService with every Compare
// answered by one response, computed once at start from a request file: a plain
// gRPC echo of the bytes the real service sends. It is the floor a load test of
// compared is measured against (see docs/PERFORMANCE.md): what gRPC, protobuf
// and the load generator cost on this machine with no comparison at all.
//
//	compared-echo [-addr :50052] REQUEST.json
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"google.golang.org/grpc"
	"google.golang.org/grpc/reflection"
	"google.golang.org/protobuf/encoding/protojson"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stderr, nil)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "compared-echo:", err)
		os.Exit(1)
	}
}

// echo answers every Compare with the same response.
type echo struct {
	comparedv1.UnimplementedComparisonServiceServer
	resp *comparedv1.CompareResponse
}

func (e echo) Compare(context.Context, *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	return e.resp, nil
}

// run serves until ctx is cancelled. When ready is not nil it receives the
// address listened on once serving starts.
func run(ctx context.Context, args []string, stderr io.Writer, ready chan<- net.Addr) error {
	fs := flag.NewFlagSet("compared-echo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", ":50052", "gRPC address to listen on")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("want one request file (CompareRequest as JSON), got %d arguments", fs.NArg())
	}
	resp, err := respond(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	lis, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", *addr, err)
	}
	srv := grpc.NewServer()
	comparedv1.RegisterComparisonServiceServer(srv, echo{resp: resp})
	reflection.Register(srv) // load generators such as ghz read the API from it
	go func() {
		<-ctx.Done()
		srv.Stop()
	}()
	if ready != nil {
		ready <- lis.Addr()
	}
	return srv.Serve(lis)
}

// respond reads the request in file and returns the real service's response to it.
func respond(ctx context.Context, file string) (*comparedv1.CompareResponse, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading the request: %w", err)
	}
	req := &comparedv1.CompareRequest{}
	if err := protojson.Unmarshal(data, req); err != nil {
		return nil, fmt.Errorf("decoding %s as a CompareRequest: %w", file, err)
	}
	resp, err := server.New(server.Config{}).Compare(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("comparing the request's pair: %w", err)
	}
	return resp, nil
}
