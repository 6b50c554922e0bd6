package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/server"
)

// serveConfig is the server's configuration from flags and environment.
type serveConfig struct {
	addr            string
	metricsAddr     string
	pprof           bool
	maxArticleBytes int
	maxInflight     int64
	cacheSize       int
	shutdownTimeout time.Duration
	logLevel        slog.Level
	tls             tlsConfig
	otlpEndpoint    string // where to send traces; empty for none
	otlpInsecure    bool
}

func parseServeFlags(args []string, stderr io.Writer) (serveConfig, error) {
	cfg := serveConfig{}
	fs := flag.NewFlagSet("compared serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.addr, "addr", envOr("COMPARED_ADDR", ":50051"), "gRPC address to listen on (env COMPARED_ADDR)")
	fs.StringVar(&cfg.metricsAddr, "metrics-addr", envOr("COMPARED_METRICS_ADDR", ""), "address for Prometheus /metrics over HTTP; empty for none (env COMPARED_METRICS_ADDR)")
	fs.BoolVar(&cfg.pprof, "pprof", false, "also serve /debug/pprof/ on -metrics-addr")
	fs.IntVar(&cfg.maxArticleBytes, "max-article-bytes", server.DefaultMaxArticleBytes, "largest article text accepted, in bytes")
	fs.Int64Var(&cfg.maxInflight, "max-inflight-bytes", server.DefaultMaxInflightBytes, "article text compared at once (each pair counts at least 64 KiB); beyond it unary calls get RESOURCE_EXHAUSTED")
	fs.IntVar(&cfg.cacheSize, "cache-size", server.DefaultCacheSize, "articles whose analysis is kept for reuse, counted in 4 KiB of text (a longer article counts as several; one over a sixteenth of the cache is not kept; about 300 KiB of memory each); negative for none")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", 10*time.Second, "how long a graceful stop waits for in-flight calls")
	fs.TextVar(&cfg.logLevel, "log-level", slog.LevelInfo, "log level: debug, info, warn or error")
	fs.StringVar(&cfg.tls.certFile, "tls-cert", "", "server certificate (PEM) for TLS")
	fs.StringVar(&cfg.tls.keyFile, "tls-key", "", "server private key (PEM) for TLS")
	fs.StringVar(&cfg.tls.clientCAFile, "tls-client-ca", "", "CA bundle (PEM) that client certificates must chain to: mutual TLS")
	fs.BoolVar(&cfg.tls.plaintext, "plaintext", false, "serve without TLS (for local use, or behind a proxy that terminates TLS)")
	fs.StringVar(&cfg.otlpEndpoint, "otlp-endpoint", envOr("COMPARED_OTLP_ENDPOINT", ""), "host:port of an OTLP/gRPC collector to send a trace span per call to; empty for none (env COMPARED_OTLP_ENDPOINT)")
	fs.BoolVar(&cfg.otlpInsecure, "otlp-insecure", false, "send traces to the collector without TLS")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if cfg.pprof && cfg.metricsAddr == "" {
		return cfg, errors.New("-pprof needs -metrics-addr")
	}
	return cfg, nil
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

// runServe serves gRPC until ctx is cancelled, then stops gracefully: health
// reports NOT_SERVING, in-flight calls finish within the shutdown timeout, and
// whatever is left after it is cut off.
func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	cfg, err := parseServeFlags(args, stderr)
	if err != nil {
		return err
	}
	creds, err := cfg.tls.credentials()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.logLevel}))

	svc := server.New(server.Config{
		MaxArticleBytes:  cfg.maxArticleBytes,
		MaxInflightBytes: cfg.maxInflight,
		CacheSize:        cfg.cacheSize,
		Logger:           log,
	})
	metrics := grpcprom.NewServerMetrics(grpcprom.WithServerHandlingTimeHistogram())
	var extra []grpc.ServerOption
	if cfg.otlpEndpoint != "" {
		opt, shutdown, err := tracing(ctx, cfg.otlpEndpoint, cfg.otlpInsecure)
		if err != nil {
			return err
		}
		defer func() {
			flush, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := shutdown(flush); err != nil {
				log.Warn("flushing traces", "err", err)
			}
		}()
		extra = append(extra, opt)
	}
	srv := newGRPCServer(cfg, creds, metrics, log, extra...)
	healthSrv := health.NewServer()
	healthpb.RegisterHealthServer(srv, healthSrv)
	comparedv1.RegisterComparisonServiceServer(srv, svc)
	reflection.Register(srv)
	metrics.InitializeMetrics(srv)

	lis, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	httpCtx, stopHTTP := context.WithCancel(context.Background())
	defer stopHTTP()
	if cfg.metricsAddr != "" {
		addr, _, err := serveHTTP(httpCtx, cfg.metricsAddr, newRegistry(append(svc.Collectors(), metrics)...), cfg.pprof, log)
		if err != nil {
			return err
		}
		log.Info("serving metrics", "addr", addr, "pprof", cfg.pprof)
	}

	healthSrv.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	healthSrv.SetServingStatus(comparedv1.ComparisonService_ServiceDesc.ServiceName, healthpb.HealthCheckResponse_SERVING)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(lis) }()
	log.Info("serving", "addr", lis.Addr().String(), "tls", !cfg.tls.plaintext, "mtls", cfg.tls.clientCAFile != "", "tracing", cfg.otlpEndpoint != "")

	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	stopGracefully(srv, healthSrv, cfg.shutdownTimeout, log)
	if err := <-errc; err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}

// stopGracefully marks the server NOT_SERVING, lets in-flight calls finish for up
// to timeout, then closes what is left.
func stopGracefully(srv *grpc.Server, healthSrv *health.Server, timeout time.Duration, log *slog.Logger) {
	log.Info("stopping", "timeout", timeout.String())
	healthSrv.Shutdown()
	stopped := make(chan struct{})
	go func() {
		srv.GracefulStop()
		close(stopped)
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-stopped:
	case <-timer.C:
		log.Warn("graceful stop timed out; closing remaining calls")
		srv.Stop()
	}
}

// newGRPCServer builds the gRPC server with its credentials, limits and
// interceptors: metrics, request logs, and recovery that turns a panic into an
// Internal status.
func newGRPCServer(cfg serveConfig, creds credentials.TransportCredentials, metrics *grpcprom.ServerMetrics, log *slog.Logger, extra ...grpc.ServerOption) *grpc.Server {
	recover := recovery.WithRecoveryHandlerContext(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in handler", "panic", fmt.Sprint(p))
		return status.Error(codes.Internal, "internal error")
	})
	logger := logging.LoggerFunc(func(ctx context.Context, lvl logging.Level, msg string, fields ...any) {
		log.Log(ctx, slog.Level(lvl), msg, fields...)
	})
	logOpts := []logging.Option{logging.WithLogOnEvents(logging.FinishCall)}
	// Two articles at the limit plus room for the rest of the request.
	maxMsg := 2*cfg.maxArticleBytes + 64<<10
	return grpc.NewServer(append([]grpc.ServerOption{
		grpc.Creds(creds),
		grpc.ForceServerCodecV2(server.NewCodec()), // invalid UTF-8 gets InvalidArgument, not Internal
		grpc.MaxRecvMsgSize(maxMsg),
		grpc.MaxSendMsgSize(64 << 20),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: 10 * time.Second, PermitWithoutStream: true}),
		grpc.KeepaliveParams(keepalive.ServerParameters{MaxConnectionIdle: 15 * time.Minute, Time: 2 * time.Minute, Timeout: 20 * time.Second}),
		grpc.ChainUnaryInterceptor(metrics.UnaryServerInterceptor(), logging.UnaryServerInterceptor(logger, logOpts...), recovery.UnaryServerInterceptor(recover)),
		grpc.ChainStreamInterceptor(metrics.StreamServerInterceptor(), logging.StreamServerInterceptor(logger, logOpts...), recovery.StreamServerInterceptor(recover)),
	}, extra...)...)
}
