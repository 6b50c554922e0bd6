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

// DefaultMaxInflightBytes is the default budget of article text under comparison
// at once over all calls: 16 MiB, about 2.5 GB of working memory when it is spent
// on the largest pairs, 256 comparisons at once of small ones.
const DefaultMaxInflightBytes = 16 << 20

// DefaultStreamConcurrency is the number of pairs of one stream compared at once
// by default: one per CPU.
var DefaultStreamConcurrency = runtime.GOMAXPROCS(0)

// Config configures a Server.
type Config struct {
	MaxArticleBytes int // largest article text accepted; 0 means DefaultMaxArticleBytes
	CacheSize       int // articles whose analysis is kept; 0 means DefaultCacheSize, <0 none
	StreamWorkers   int // pairs of one stream compared at once; 0 means DefaultStreamConcurrency
	// MaxInflightBytes is the article text compared at once over all calls, each
	// pair counting at least 64 KiB; 0 means DefaultMaxInflightBytes. It is raised
	// to two articles of MaxArticleBytes if lower, so that any valid pair can run.
	MaxInflightBytes int64
	Logger           *slog.Logger // nil means slog.Default()
}

// Server implements comparedv1.ComparisonServiceServer.
type Server struct {
	comparedv1.UnimplementedComparisonServiceServer

	comparer *compare.Comparer
	maxBytes int
	workers  int
	log      *slog.Logger
	budget   *budget // article text under comparison

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
	if cfg.MaxInflightBytes <= 0 {
		cfg.MaxInflightBytes = DefaultMaxInflightBytes
	}
	cfg.MaxInflightBytes = max(cfg.MaxInflightBytes, 2*int64(cfg.MaxArticleBytes))
	return &Server{
		comparer: compare.New(cfg.CacheSize),
		maxBytes: cfg.MaxArticleBytes,
		workers:  cfg.StreamWorkers,
		log:      cfg.Logger,
		budget:   newBudget(cfg.MaxInflightBytes),

		articleBytes: newArticleBytes(),
	}
}

// Compare compares one pair of articles. When the work in progress already holds
// the server's budget of article text, it answers ResourceExhausted at once rather
// than queue.
func (s *Server) Compare(ctx context.Context, req *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	if err := validate(req, s.maxBytes); err != nil {
		return nil, err
	}
	w := weigh(req)
	if err := s.budget.try(w); err != nil {
		return nil, err
	}
	defer s.budget.release(w)
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
