package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// CompareStream compares the pairs a client streams. Up to s.workers pairs are
// compared at once, so responses may leave in another order than the requests
// came; each carries its pair_id. A pair that cannot be compared is answered with
// its error in the response's error field, and the stream goes on.
//
// Memory stays bounded whatever the client does: a pair is read only when a worker
// is free, and a worker hands its response to the one sender, which waits for the
// client to take it. A client that stops reading therefore stops the reading of
// its requests too, and gRPC's flow control holds back the rest.
func (s *Server) CompareStream(stream comparedv1.ComparisonService_CompareStreamServer) error {
	ctx, cancel := context.WithCancel(stream.Context())
	defer cancel()

	responses := make(chan *comparedv1.CompareResponse, s.workers)
	recvErr := make(chan error, 1)
	go func() {
		recvErr <- s.receive(ctx, stream, responses)
		close(responses) // receive returns only once every worker has handed over
	}()
	for resp := range responses {
		if err := stream.Send(resp); err != nil {
			cancel()
			for range responses { // let the workers finish
			}
			return err
		}
	}
	if err := <-recvErr; !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// receive reads requests until the client closes its side, starting a worker for
// each when one is free, and returns the reason it stopped (io.EOF when the
// client is done) after every worker has finished.
func (s *Server) receive(ctx context.Context, stream comparedv1.ComparisonService_CompareStreamServer, out chan<- *comparedv1.CompareResponse) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	free := make(chan struct{}, s.workers)
	for {
		req, err := stream.Recv()
		if err != nil {
			return err
		}
		s.streamPairs.Add(1)
		select {
		case free <- struct{}{}:
		case <-ctx.Done():
			return status.FromContextError(ctx.Err()).Err()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-free }()
			resp := s.comparePair(ctx, req)
			select {
			case out <- resp:
			case <-ctx.Done():
			}
		}()
	}
}

// comparePair compares one streamed pair, answering an error in the response. A
// panic is caught here: the gRPC recovery interceptor does not see this goroutine.
func (s *Server) comparePair(ctx context.Context, req *comparedv1.CompareRequest) (resp *comparedv1.CompareResponse) {
	defer func() {
		if p := recover(); p != nil {
			s.log.ErrorContext(ctx, "panic comparing a streamed pair", "pair_id", req.GetPairId(), "panic", fmt.Sprint(p))
			resp = errorResponse(req, status.New(codes.Internal, "internal error"))
		}
	}()
	if err := validate(req, s.maxBytes); err != nil {
		return errorResponse(req, status.Convert(err))
	}
	// A stream waits for room rather than failing its pairs: its own worker limit
	// already bounds what it can hold.
	w := weigh(req)
	if err := s.budget.wait(ctx, w); err != nil {
		return errorResponse(req, status.FromContextError(ctx.Err()))
	}
	defer s.budget.release(w)
	resp, err := s.compare(ctx, req)
	if err != nil {
		return errorResponse(req, status.Convert(err))
	}
	return resp
}

func errorResponse(req *comparedv1.CompareRequest, st *status.Status) *comparedv1.CompareResponse {
	return &comparedv1.CompareResponse{
		PairId: req.GetPairId(),
		Error:  &comparedv1.PairError{Code: uint32(st.Code()), Message: st.Message()},
	}
}
