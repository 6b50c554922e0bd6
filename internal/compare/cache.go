package compare

import (
	"crypto/sha256"
	"sync"
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
// with many others is analysed once. It is bounded in slots of slotBytes of
// article text, not in articles: an analysis takes about eighty times its text in
// memory, so a cache of a thousand one-megabyte articles would hold tens of
// gigabytes. An article takes one slot per slotBytes begun; one longer than a
// sixteenth of the cache is not kept at all.
type analysisCache struct {
	lru          *lru.Cache[cacheKey, Analysis]
	slots        int          // the budget
	used         atomic.Int64 // slots the entries take
	mu           sync.Mutex   // serialises adding and evicting
	hits, misses atomic.Uint64
}

// slotBytes is the article text one cache slot holds: a news article's, about.
const slotBytes = 4 << 10

func newAnalysisCache(slots int) *analysisCache {
	if slots <= 0 {
		return nil
	}
	c := &analysisCache{slots: slots}
	// The LRU never holds more entries than slots; the slot count evicts sooner.
	c.lru, _ = lru.NewWithEvict(slots, func(_ cacheKey, a Analysis) { c.used.Add(-int64(slotsOf(a))) })
	return c
}

// slotsOf is the number of slots an analysis takes.
func slotsOf(a Analysis) int {
	return len(a.Doc.Text)/slotBytes + 1
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

// add keeps a, evicting the least recently used analyses until it fits, unless
// it is too large to keep.
func (c *analysisCache) add(k cacheKey, a Analysis) {
	n := slotsOf(a)
	if n > c.slots/16+1 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lru.Contains(k) {
		return // added by another call meanwhile
	}
	for c.used.Load()+int64(n) > int64(c.slots) && c.lru.Len() > 0 {
		c.lru.RemoveOldest()
	}
	c.used.Add(int64(n))
	c.lru.Add(k, a)
}

// CacheStats counts lookups of the analysis cache since the Comparer was made.
type CacheStats struct {
	Hits, Misses uint64
	Entries      int
}
