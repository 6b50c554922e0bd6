package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
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

// running is the real binary, started by startBinary.
type running struct {
	conn        *grpc.ClientConn
	cmd         *exec.Cmd
	metricsAddr string // empty unless -metrics-addr was given
}

// startBinary builds the real binary, starts it on a free port with args and
// returns a connection to it.
func startBinary(t *testing.T, args ...string) running {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "compared")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, append([]string{"-addr", "127.0.0.1:0", "-shutdown-timeout", "5s"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addrs := waitForAddrs(t, stderr)
	conn, err := grpc.NewClient(addrs["serving"], grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return running{conn: conn, cmd: cmd, metricsAddr: addrs["serving metrics"]}
}

// waitForAddrs reads the JSON log until the "serving" line and returns the
// addresses logged by message.
func waitForAddrs(t *testing.T, stderr io.Reader) map[string]string {
	t.Helper()
	found := make(chan map[string]string, 1)
	go func() {
		addrs := map[string]string{}
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var line struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Addr != "" {
				addrs[line.Msg] = line.Addr
				if line.Msg == "serving" {
					found <- addrs
				}
			}
		}
	}()
	select {
	case addrs := <-found:
		return addrs
	case <-time.After(30 * time.Second):
		t.Fatal("server did not log its address")
	}
	return nil
}

func TestServeEndToEnd(t *testing.T) {
	r := startBinary(t, "-plaintext", "-metrics-addr", "127.0.0.1:0")
	conn := r.conn
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

	metrics := scrape(t, r.metricsAddr)
	for _, want := range []string{
		`grpc_server_handled_total{grpc_code="OK",grpc_method="Compare",grpc_service="compared.v1.ComparisonService",grpc_type="unary"} 1`,
		"compared_article_bytes_count 2",
		"compared_analysis_cache_misses_total 2",
		"go_goroutines",
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	stopBinary(t, r)
}

// stopBinary sends SIGTERM and waits for a clean exit.
func stopBinary(t *testing.T, r running) {
	t.Helper()
	if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("server exited with %v after SIGTERM, want a clean exit", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("server did not stop within 15s of SIGTERM")
	}
}

func scrape(t *testing.T, addr string) string {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
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
			[]string{"Aligned sentences", "Attribution differences", "Fact differences", "[-a senior State Department official told reporters in Vienna-] [-ahead of the meeting-]", "{+a senior U.S. State Department official was quoted as saying by AFP+}"}},
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
