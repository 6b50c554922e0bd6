package compare

import (
	"crypto/sha256"
	"sync/atomic"
	"unsafe"

	lru "github.com/hashicorp/golang-lru/v2"
)

// cacheKey identifies an article's analysis: its text and publication time, the
// only inputs Analyze reads.
type cacheKey struct {
	text      [sha256.Size]byte
	published int64
}

func keyOf(a Article) cacheKey {
	// Hash the text in place: Sum256 neither keeps nor changes its input, and
	// copying a megabyte article to hash it would be most of a cache hit's cost.
	k := cacheKey{text: sha256.Sum256(unsafe.Slice(unsafe.StringData(a.Text), len(a.Text)))}
	if !a.Published.IsZero() {
		k.published = a.Published.UnixNano()
	}
	return k
}

// analysisCache is a bounded LRU of article analyses, so that an article compared
// with many others is analysed once.
type analysisCache struct {
	lru          *lru.Cache[cacheKey, Analysis]
	hits, misses atomic.Uint64
}

func newAnalysisCache(size int) *analysisCache {
	c, err := lru.New[cacheKey, Analysis](size)
	if err != nil {
		return nil // size <= 0: no cache
	}
	return &analysisCache{lru: c}
}

func (c *analysisCache) get(k cacheKey) (Analysis, bool) {
	a, ok := c.lru.Get(k)
	if ok {
		c.hits.Add(1)
	} else {
		c.misses.Add(1)
	}
	return a, ok
}

// CacheStats counts lookups of the analysis cache since the Comparer was made.
type CacheStats struct {
	Hits, Misses uint64
	Entries      int
}
