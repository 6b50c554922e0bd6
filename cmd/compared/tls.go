package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"

	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// tlsConfig is how the server secures its connections.
type tlsConfig struct {
	certFile, keyFile string // server certificate and key (PEM)
	clientCAFile      string // CA bundle for client certificates: mutual TLS when set
	plaintext         bool   // serve without TLS, only when asked
}

// credentials returns the transport credentials for cfg, or an error that says
// which flags to set.
func (c tlsConfig) credentials() (credentials.TransportCredentials, error) {
	hasCert := c.certFile != "" || c.keyFile != ""
	switch {
	case c.plaintext && (hasCert || c.clientCAFile != ""):
		return nil, errors.New("-plaintext cannot be combined with -tls-cert, -tls-key or -tls-client-ca")
	case c.plaintext:
		return insecure.NewCredentials(), nil
	case c.certFile == "" || c.keyFile == "":
		return nil, errors.New("set -tls-cert and -tls-key to serve TLS, or -plaintext to serve without TLS")
	}
	cert, err := tls.LoadX509KeyPair(c.certFile, c.keyFile)
	if err != nil {
		return nil, fmt.Errorf("load TLS key pair: %w", err)
	}
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if c.clientCAFile != "" {
		pem, err := os.ReadFile(c.clientCAFile)
		if err != nil {
			return nil, fmt.Errorf("read client CA: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("client CA %s holds no PEM certificate", c.clientCAFile)
		}
		cfg.ClientCAs, cfg.ClientAuth = pool, tls.RequireAndVerifyClientCert
	}
	return credentials.NewTLS(cfg), nil
}
