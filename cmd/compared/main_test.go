package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/protobuf/encoding/protojson"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

const (
	seedLeft  = "../../testdata/seeds/000_bc1d5e6be8757148.txt"
	seedRight = "../../testdata/seeds/001_6b66ad53c8e6723e.txt"
)

// startBinary builds the real binary, starts it on a free port and returns a
// connection to it and the running command.
func startBinary(t *testing.T) (*grpc.ClientConn, *exec.Cmd) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "compared")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-shutdown-timeout", "5s")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addr := waitForAddr(t, stderr)
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn, cmd
}

// waitForAddr reads the JSON log until the "serving" line and returns its address.
func waitForAddr(t *testing.T, stderr interface{ Read([]byte) (int, error) }) string {
	t.Helper()
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var line struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "serving" {
				found <- line.Addr
			}
		}
	}()
	select {
	case addr := <-found:
		return addr
	case <-time.After(30 * time.Second):
		t.Fatal("server did not log its address")
	}
	return ""
}

func TestServeEndToEnd(t *testing.T) {
	conn, cmd := startBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	h, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{Service: "compared.v1.ComparisonService"})
	if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("health = %v, %v; want SERVING", h.GetStatus(), err)
	}

	services := listServices(ctx, t, conn)
	for _, want := range []string{"compared.v1.ComparisonService", "grpc.health.v1.Health"} {
		if !strings.Contains(services, want) {
			t.Errorf("reflection lists %s, want it to include %s", services, want)
		}
	}

	resp, err := comparedv1.NewComparisonServiceClient(conn).Compare(ctx, &comparedv1.CompareRequest{
		Left:  &comparedv1.Article{Text: readFile(t, seedLeft)},
		Right: &comparedv1.Article{Text: readFile(t, seedRight)},
	})
	if err != nil {
		t.Fatalf("Compare: %v", err)
	}
	if len(resp.GetAlignments()) == 0 || len(resp.GetDifferences()) == 0 {
		t.Errorf("Compare on the seeds: %d alignments, %d differences; want some of each", len(resp.GetAlignments()), len(resp.GetDifferences()))
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("server exited with %v after SIGTERM, want a clean exit", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("server did not stop within 15s of SIGTERM")
	}
}

func listServices(ctx context.Context, t *testing.T, conn *grpc.ClientConn) string {
	t.Helper()
	stream, err := reflectionpb.NewServerReflectionClient(conn).ServerReflectionInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range resp.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	return strings.Join(names, ",")
}

func TestDiffCommand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"report", []string{"diff", "--color", "never", seedLeft, seedRight},
			[]string{"Aligned sentences", "Attribution differences", "Fact differences", "[-told reporters in Vienna ahead of the meeting-]", "{+was quoted as saying by AFP+}"}},
		{"json", []string{"diff", "--json", seedLeft, seedRight},
			[]string{`"leftSentences"`, `"DIFFERENCE_KIND_ATTRIBUTION"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run(context.Background(), tt.args, &out, &errOut); err != nil {
				t.Fatalf("run(%q) = %v; stderr %s", tt.args, err, errOut.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("run(%q) output lacks %q", tt.args, w)
				}
			}
		})
	}
}

func TestDiffCommandJSONIsTheAPIResponse(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"diff", "--json", seedLeft, seedRight}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var resp comparedv1.CompareResponse
	if err := protojson.Unmarshal(out.Bytes(), &resp); err != nil {
		t.Fatalf("output is not a CompareResponse: %v", err)
	}
	if len(resp.GetLeftSentences()) < 14 {
		t.Errorf("got %d left sentences, want at least 14", len(resp.GetLeftSentences()))
	}
}

func TestDiffCommandErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"one file", []string{"diff", seedLeft}, "two files"},
		{"missing file", []string{"diff", seedLeft, "no-such-file.txt"}, "read right article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), tt.args, &bytes.Buffer{}, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run(%q) = %v, want an error containing %q", tt.args, err, tt.want)
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
