// Package server serves the compared.v1 ComparisonService over gRPC: it validates
// requests, runs the comparison pipeline and maps its results to protobuf. It is
// the only package that imports the generated API code.
package server

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/compare"
)

// Defaults for Config.
const (
	DefaultMaxArticleBytes = 1 << 20
	DefaultCacheSize       = 1024
)

// DefaultStreamConcurrency is the number of pairs of one stream compared at once
// by default: one per CPU. DefaultMaxConcurrent is the default limit on
// comparisons running at once over all calls: a few per CPU, enough to keep the
// CPUs busy while bounding the memory in use.
var (
	DefaultStreamConcurrency = runtime.GOMAXPROCS(0)
	DefaultMaxConcurrent     = 4 * runtime.GOMAXPROCS(0)
)

// Config configures a Server.
type Config struct {
	MaxArticleBytes int          // largest article text accepted; 0 means DefaultMaxArticleBytes
	CacheSize       int          // articles whose analysis is kept; 0 means DefaultCacheSize, <0 none
	StreamWorkers   int          // pairs of one stream compared at once; 0 means DefaultStreamConcurrency
	MaxConcurrent   int          // comparisons at once over all calls; 0 means DefaultMaxConcurrent
	Logger          *slog.Logger // nil means slog.Default()
}

// Server implements comparedv1.ComparisonServiceServer.
type Server struct {
	comparedv1.UnimplementedComparisonServiceServer

	comparer *compare.Comparer
	maxBytes int
	workers  int
	log      *slog.Logger
	slots    chan struct{} // one token per comparison running

	articleBytes prometheus.Histogram

	streamPairs atomic.Uint64 // pairs read from streams so far
}

var _ comparedv1.ComparisonServiceServer = (*Server)(nil)

// New returns a Server.
func New(cfg Config) *Server {
	if cfg.MaxArticleBytes <= 0 {
		cfg.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.CacheSize == 0 {
		cfg.CacheSize = DefaultCacheSize
	}
	if cfg.StreamWorkers <= 0 {
		cfg.StreamWorkers = DefaultStreamConcurrency
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	return &Server{
		comparer: compare.New(cfg.CacheSize),
		maxBytes: cfg.MaxArticleBytes,
		workers:  cfg.StreamWorkers,
		log:      cfg.Logger,
		slots:    make(chan struct{}, cfg.MaxConcurrent),

		articleBytes: newArticleBytes(),
	}
}

// Compare compares one pair of articles. When the server is already running its
// limit of comparisons, it answers ResourceExhausted at once rather than queue.
func (s *Server) Compare(ctx context.Context, req *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	if err := validate(req, s.maxBytes); err != nil {
		return nil, err
	}
	select {
	case s.slots <- struct{}{}:
	default:
		return nil, status.Errorf(codes.ResourceExhausted, "the server is running its limit of %d comparisons; retry with backoff or send to another replica", cap(s.slots))
	}
	defer func() { <-s.slots }()
	return s.compare(ctx, req)
}

// compare runs the comparison of a validated request holding a slot.
func (s *Server) compare(ctx context.Context, req *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	s.articleBytes.Observe(float64(len(req.GetLeft().GetText())))
	s.articleBytes.Observe(float64(len(req.GetRight().GetText())))
	res, err := s.comparer.Compare(ctx, article(req.GetLeft()), article(req.GetRight()), options(req.GetOptions()))
	if err != nil {
		return nil, statusFromError(err)
	}
	return toResponse(req, res), nil
}

// statusFromError maps a pipeline error to a gRPC status. Only context errors are
// expected; anything else is an internal error whose details stay in the log.
func statusFromError(err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return status.Error(codes.DeadlineExceeded, "the comparison did not finish before the call's deadline; allow more time or send shorter articles")
	case errors.Is(err, context.Canceled):
		return status.Error(codes.Canceled, "the call was cancelled")
	}
	return status.Error(codes.Internal, "internal error")
}
