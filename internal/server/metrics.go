package server

import (
	"github.com/prometheus/client_golang/prometheus"
)

// articleBytes observes the size of every article compared.
func newArticleBytes() prometheus.Histogram {
	return prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: "compared",
		Name:      "article_bytes",
		Help:      "Size of the articles compared, in bytes of UTF-8 text.",
		Buckets:   prometheus.ExponentialBuckets(256, 4, 8), // 256 B .. 4 MiB
	})
}

// Collectors returns the service's own metrics for a Prometheus registry: article
// sizes, comparisons running, streamed pairs and the analysis cache. The gRPC
// request counts, codes and latencies come from the gRPC metrics interceptors.
func (s *Server) Collectors() []prometheus.Collector {
	cache := func() (hits, misses, entries float64) {
		st := s.comparer.CacheStats()
		return float64(st.Hits), float64(st.Misses), float64(st.Entries)
	}
	return []prometheus.Collector{
		s.articleBytes,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: "compared", Name: "comparisons_running",
			Help: "Comparisons running now, over all calls.",
		}, func() float64 { return float64(s.budget.running.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: "compared", Name: "inflight_bytes",
			Help: "Article text under comparison now, as counted against -max-inflight-bytes.",
		}, func() float64 { return float64(s.budget.weight.Load()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Namespace: "compared", Name: "stream_pairs_total",
			Help: "Pairs read from CompareStream calls.",
		}, func() float64 { return float64(s.streamPairs.Load()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Namespace: "compared", Name: "analysis_cache_hits_total",
			Help: "Articles whose analysis was found in the cache.",
		}, func() float64 { h, _, _ := cache(); return h }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Namespace: "compared", Name: "analysis_cache_misses_total",
			Help: "Articles analysed because the cache did not hold them.",
		}, func() float64 { _, m, _ := cache(); return m }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: "compared", Name: "analysis_cache_entries",
			Help: "Article analyses held in the cache.",
		}, func() float64 { _, _, e := cache(); return e }),
	}
}
