package main

import (
	"context"
	"flag"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

var soak = flag.Duration("soak", 0, "run the soak test against the real binary for this long (e.g. 60s)")

const soakWorkers = 32

// TestSoak sends mixed valid and invalid requests from 32 goroutines to the real
// binary for -soak, then checks that no valid request failed, every invalid one
// got its code, memory stayed stable and goroutines came back to their baseline.
// It then stops the server with SIGTERM under load and checks that no call in
// flight was dropped.
func TestSoak(t *testing.T) {
	if *soak <= 0 {
		t.Skip("run with -soak=60s")
	}
	r := startBinary(t, "-plaintext", "-metrics-addr", "127.0.0.1:0", "-max-article-bytes", "20000")
	c := comparedv1.NewComparisonServiceClient(r.conn)
	seeds := &comparedv1.CompareRequest{
		Left: &comparedv1.Article{Text: readFile(t, seedLeft)}, Right: &comparedv1.Article{Text: readFile(t, seedRight)},
	}
	requests := []struct {
		req  *comparedv1.CompareRequest
		want codes.Code
	}{
		{seeds, codes.OK},
		{&comparedv1.CompareRequest{Left: seeds.Right, Right: seeds.Left}, codes.OK},
		{&comparedv1.CompareRequest{Left: seeds.Left, Right: &comparedv1.Article{Text: "Kerry met Lavrov."}}, codes.OK},
		{&comparedv1.CompareRequest{Left: seeds.Left}, codes.InvalidArgument},
		{&comparedv1.CompareRequest{Left: seeds.Left, Right: &comparedv1.Article{Text: strings.Repeat("word ", 5000)}}, codes.ResourceExhausted},
		{&comparedv1.CompareRequest{Left: seeds.Left, Right: seeds.Right, Options: &comparedv1.CompareOptions{SpanEncoding: 7}}, codes.InvalidArgument},
	}

	// Warm up, then take the baseline.
	for range 20 {
		_, _ = c.Compare(context.Background(), seeds)
	}
	base := readGauges(t, r.metricsAddr)

	var ok, wrong atomic.Int64
	ctx, cancel := context.WithTimeout(context.Background(), *soak)
	defer cancel()
	var wg sync.WaitGroup
	for w := range soakWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; ctx.Err() == nil; i++ {
				tt := requests[i%len(requests)]
				_, err := c.Compare(context.Background(), tt.req)
				code := status.Code(err)
				if code == codes.ResourceExhausted && tt.want == codes.OK && strings.Contains(status.Convert(err).Message(), "limit of") {
					continue // overload shedding: allowed, and counted by the server's metrics
				}
				if code != tt.want {
					wrong.Add(1)
					t.Errorf("request %d: code %v (%v), want %v", i%len(requests), code, err, tt.want)
					return
				}
				ok.Add(1)
			}
		}()
	}
	wg.Wait()
	time.Sleep(2 * time.Second) // let idle goroutines finish
	end := readGauges(t, r.metricsAddr)
	t.Logf("%d calls answered as expected in %v (%.0f/s), %d not; RSS %.1f -> %.1f MiB; goroutines %v -> %v",
		ok.Load(), *soak, float64(ok.Load())/soak.Seconds(), wrong.Load(), base["rss"]/(1<<20), end["rss"]/(1<<20), base["goroutines"], end["goroutines"])
	if end["rss"] > 2*base["rss"]+64<<20 {
		t.Errorf("resident memory grew from %.0f to %.0f bytes", base["rss"], end["rss"])
	}
	if end["goroutines"] > base["goroutines"]+5 {
		t.Errorf("goroutines went from %v to %v after the load", base["goroutines"], end["goroutines"])
	}

	stopUnderLoad(t, r, c, seeds)
}

// stopUnderLoad sends SIGTERM while 32 goroutines call Compare and checks that
// every call the server had accepted completed: the only failures allowed are
// calls refused because the server was already stopping.
func stopUnderLoad(t *testing.T, r running, c comparedv1.ComparisonServiceClient, req *comparedv1.CompareRequest) {
	var completed, refused atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range soakWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				_, err := c.Compare(context.Background(), req)
				switch status.Code(err) {
				case codes.OK:
					completed.Add(1)
				case codes.ResourceExhausted:
					// shed at the comparison limit before it started: not in flight
				case codes.Unavailable:
					refused.Add(1) // not accepted: the server was closing
					return
				default:
					t.Errorf("call during shutdown: %v", err)
					return
				}
			}
		}()
	}
	time.Sleep(time.Second)
	if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := r.cmd.Wait(); err != nil {
		t.Errorf("server exit after SIGTERM: %v", err)
	}
	close(stop)
	wg.Wait()
	t.Logf("graceful stop under load: %d calls completed, %d refused after the stop began, none failed in flight", completed.Load(), refused.Load())
}

var gaugeLine = regexp.MustCompile(`(?m)^(process_resident_memory_bytes|go_goroutines) (\S+)$`)

// readGauges scrapes resident memory and goroutines from /metrics.
func readGauges(t *testing.T, addr string) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	for _, m := range gaugeLine.FindAllStringSubmatch(scrape(t, addr), -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			t.Fatal(err)
		}
		name := map[string]string{"process_resident_memory_bytes": "rss", "go_goroutines": "goroutines"}[m[1]]
		out[name] = v
	}
	if len(out) != 2 {
		t.Fatalf("metrics lack RSS or goroutines: %v", out)
	}
	return out
}
