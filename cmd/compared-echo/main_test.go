package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/server"
)

// seedRequest writes the Vienna seed pair as a JSON request file and returns
// its path and the request.
func seedRequest(t *testing.T) (string, *comparedv1.CompareRequest) {
	t.Helper()
	text := func(name string) string {
		b, err := os.ReadFile(filepath.Join("../../testdata/seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	req := &comparedv1.CompareRequest{
		PairId: "vienna",
		Left:   &comparedv1.Article{Id: "000", Text: text("000_bc1d5e6be8757148.txt")},
		Right:  &comparedv1.Article{Id: "001", Text: text("001_6b66ad53c8e6723e.txt")},
	}
	data, err := protojson.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "req.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, req
}

func TestEchoAnswersEveryCallWithTheServicesResponse(t *testing.T) {
	path, req := seedRequest(t)
	want, err := server.New(server.Config{}).Compare(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0", path}, io.Discard, ready) }()
	addr := <-ready
	conn, err := grpc.NewClient(addr.String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	client := comparedv1.NewComparisonServiceClient(conn)
	other := &comparedv1.CompareRequest{PairId: "other", Left: &comparedv1.Article{Text: "A."}, Right: &comparedv1.Article{Text: "B."}}
	for _, r := range []*comparedv1.CompareRequest{req, other} {
		got, err := client.Compare(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if !proto.Equal(got, want) {
			t.Errorf("Compare(%s) answered something other than the seed pair's response", r.PairId)
		}
	}
	if len(want.GetAlignments()) == 0 {
		t.Error("the seed pair's response holds no alignments")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("run after cancel: %v", err)
	}
}

func TestEchoRejectsBadArguments(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"left": 3}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "want one request file"},
		{[]string{"a.json", "b.json"}, "want one request file"},
		{[]string{filepath.Join(t.TempDir(), "missing.json")}, "reading the request"},
		{[]string{bad}, "decoding"},
		{[]string{"-addr", "no-such-host:x", "-nope", bad}, "flag provided but not defined"},
	} {
		err := run(context.Background(), tt.args, io.Discard, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error saying %q", tt.args, err, tt.want)
		}
	}
}
