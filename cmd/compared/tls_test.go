package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/test/bufconn"

	comparedv1 "github.com/compared/compared/proto/compared/v1"

	"github.com/compared/compared/internal/server"
)

// pki is a throw-away CA with a server and a client certificate, written to files.
type pki struct {
	dir                   string
	pool                  *x509.CertPool
	clientCert            tls.Certificate
	serverCert, serverKey string
	caFile                string
}

func newPKI(t *testing.T) pki {
	t.Helper()
	dir := t.TempDir()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	issue := func(serial int64, usage x509.ExtKeyUsage) ([]byte, *ecdsa.PrivateKey) {
		key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "localhost"},
			DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
			KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
		if err != nil {
			t.Fatal(err)
		}
		return der, key
	}
	write := func(name, kind string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	p := pki{dir: dir, pool: x509.NewCertPool()}
	p.pool.AddCert(ca)
	p.caFile = write("ca.pem", "CERTIFICATE", caDER)
	sDER, sKey := issue(2, x509.ExtKeyUsageServerAuth)
	p.serverCert = write("server.pem", "CERTIFICATE", sDER)
	sKeyDER, _ := x509.MarshalECPrivateKey(sKey)
	p.serverKey = write("server-key.pem", "EC PRIVATE KEY", sKeyDER)
	cDER, cKey := issue(3, x509.ExtKeyUsageClientAuth)
	p.clientCert = tls.Certificate{Certificate: [][]byte{cDER}, PrivateKey: cKey}
	return p
}

// callOverTLS serves compared with cfg's credentials on an in-memory listener
// and makes one Compare call as a client presenting certs.
func callOverTLS(t *testing.T, cfg tlsConfig, p pki, certs []tls.Certificate) error {
	t.Helper()
	creds, err := cfg.credentials()
	if err != nil {
		t.Fatal(err)
	}
	srv := newGRPCServer(serveConfig{maxArticleBytes: 1 << 20}, creds, grpcprom.NewServerMetrics(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	comparedv1.RegisterComparisonServiceServer(srv, server.New(server.Config{}))
	lis := bufconn.Listen(1 << 20)
	go func() { _ = srv.Serve(lis) }()
	defer srv.Stop()
	client := credentials.NewTLS(&tls.Config{RootCAs: p.pool, ServerName: "localhost", Certificates: certs, MinVersion: tls.VersionTLS12})
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(client))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err = comparedv1.NewComparisonServiceClient(conn).Compare(ctx, &comparedv1.CompareRequest{
		Left: &comparedv1.Article{Text: "Kerry met Lavrov in Vienna."}, Right: &comparedv1.Article{Text: "Lavrov met Kerry in Vienna."},
	})
	return err
}

func TestTLS(t *testing.T) {
	p := newPKI(t)
	tests := []struct {
		name    string
		cfg     tlsConfig
		certs   []tls.Certificate
		wantErr bool
	}{
		{"TLS", tlsConfig{certFile: p.serverCert, keyFile: p.serverKey}, nil, false},
		{"mutual TLS with a client certificate", tlsConfig{certFile: p.serverCert, keyFile: p.serverKey, clientCAFile: p.caFile}, []tls.Certificate{p.clientCert}, false},
		{"mutual TLS without a client certificate", tlsConfig{certFile: p.serverCert, keyFile: p.serverKey, clientCAFile: p.caFile}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := callOverTLS(t, tt.cfg, p, tt.certs)
			if (err != nil) != tt.wantErr {
				t.Errorf("Compare over %s = %v, want error %v", tt.name, err, tt.wantErr)
			}
		})
	}
}

func TestTLSConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  tlsConfig
		want string
	}{
		{"nothing chosen", tlsConfig{}, "or -plaintext"},
		{"plaintext and a certificate", tlsConfig{plaintext: true, certFile: "c.pem"}, "cannot be combined"},
		{"certificate without key", tlsConfig{certFile: "c.pem"}, "-tls-key"},
		{"missing files", tlsConfig{certFile: "no.pem", keyFile: "no-key.pem"}, "load TLS key pair"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.cfg.credentials(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("credentials() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
