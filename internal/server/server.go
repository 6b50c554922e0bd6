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
// by default: one per CPU.
var DefaultStreamConcurrency = runtime.GOMAXPROCS(0)

// Config configures a Server.
type Config struct {
	MaxArticleBytes int          // largest article text accepted; 0 means DefaultMaxArticleBytes
	CacheSize       int          // articles whose analysis is kept; 0 means DefaultCacheSize, <0 none
	StreamWorkers   int          // pairs of one stream compared at once; 0 means DefaultStreamConcurrency
	Logger          *slog.Logger // nil means slog.Default()
}

// Server implements comparedv1.ComparisonServiceServer.
type Server struct {
	comparedv1.UnimplementedComparisonServiceServer

	comparer *compare.Comparer
	maxBytes int
	workers  int
	log      *slog.Logger

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
	return &Server{comparer: compare.New(cfg.CacheSize), maxBytes: cfg.MaxArticleBytes, workers: cfg.StreamWorkers, log: cfg.Logger}
}

// Compare compares one pair of articles.
func (s *Server) Compare(ctx context.Context, req *comparedv1.CompareRequest) (*comparedv1.CompareResponse, error) {
	if err := validate(req, s.maxBytes); err != nil {
		return nil, err
	}
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
