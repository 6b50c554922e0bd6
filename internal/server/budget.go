package server

import (
	"context"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/semaphore"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	comparedv1 "github.com/compared/compared/proto/compared/v1"
)

// minWeight is what the smallest comparison counts for against the budget: even
// two one-line articles hold a few buffers, and the floor keeps the number of
// comparisons at once bounded too.
const minWeight = 64 << 10

// budget bounds the work in progress by the article text it holds, since memory
// grows with it (a 1 MB pair takes about 160 MB while compared): small pairs run
// many at once, the largest only a few.
type budget struct {
	sem             *semaphore.Weighted
	limit           int64
	running, weight atomic.Int64 // comparisons and their weight in progress
}

func newBudget(limit int64) *budget {
	return &budget{sem: semaphore.NewWeighted(limit), limit: limit}
}

// weigh returns what a request counts for against the budget.
func weigh(req *comparedv1.CompareRequest) int64 {
	return max(int64(len(req.GetLeft().GetText())+len(req.GetRight().GetText())), minWeight)
}

// try takes w from the budget at once, or fails with ResourceExhausted.
func (b *budget) try(w int64) error {
	if !b.sem.TryAcquire(w) {
		return status.Errorf(codes.ResourceExhausted,
			"the server is comparing its limit of %d MiB of article text; retry with backoff or send to another replica", b.limit>>20)
	}
	b.took(w)
	return nil
}

// wait takes w from the budget when there is room, or fails when ctx ends.
func (b *budget) wait(ctx context.Context, w int64) error {
	if err := b.sem.Acquire(ctx, w); err != nil {
		return fmt.Errorf("wait for room to compare: %w", err)
	}
	b.took(w)
	return nil
}

func (b *budget) took(w int64) {
	b.running.Add(1)
	b.weight.Add(w)
}

// release gives w back.
func (b *budget) release(w int64) {
	b.running.Add(-1)
	b.weight.Add(-w)
	b.sem.Release(w)
}
