# Multi-stage build of a static compared binary on a distroless, non-root image.
# Both base images are build arguments so that a build without registry access can
# pass local stand-ins (see .ci/run).
ARG GO_IMAGE=golang:1.26
ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian12:nonroot

FROM ${GO_IMAGE} AS build
# The module proxy to download through; the toolchain default when empty.
ARG GOPROXY
# Set explicitly: a stand-in builder image may carry no environment at all.
ENV PATH=/usr/local/go/bin:/usr/local/bin:/usr/bin:/bin \
    GOPATH=/tmp/gopath GOCACHE=/tmp/gocache CGO_ENABLED=0 GOFLAGS=-buildvcs=false
WORKDIR /src
# Dependencies first, in their own cached layer.
COPY go.mod go.sum ./
RUN ["go", "mod", "download"]
COPY proto/ proto/
COPY internal/ internal/
COPY cmd/ cmd/
RUN ["go", "build", "-trimpath", "-ldflags=-s -w", "-o", "/tmp/out/compared", "./cmd/compared"]

FROM ${RUNTIME_IMAGE}
COPY --from=build /tmp/out/compared /compared
# The distroless "nonroot" user; numeric so that it works on any base image.
USER 65532:65532
EXPOSE 50051
ENTRYPOINT ["/compared"]
# Plaintext by default, for a cluster where a mesh or proxy terminates TLS;
# override with -tls-cert/-tls-key (and -tls-client-ca) to serve TLS directly.
CMD ["-plaintext"]
