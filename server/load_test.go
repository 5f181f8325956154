package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// articles5K returns JSON request bodies of real news articles of 4-6 KB
// (the seed and the command's sample when ../shared is absent).
func articles5K(t testing.TB) [][]byte {
	var texts []string
	if shared.Dir() != "" {
		shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
			if len(a.Text) >= 4<<10 && len(a.Text) <= 6<<10 {
				texts = append(texts, a.Text)
			}
			return len(texts) < 200
		})
	}
	if len(texts) == 0 {
		text, _, _ := sampleArticle(t)
		texts = append(texts, text)
	}
	bodies := make([][]byte, len(texts))
	for i, s := range texts {
		b, err := json.Marshal(map[string]any{"text": s, "published": "2018-02-18T12:00:00+03:00"})
		require.NoError(t, err)
		bodies[i] = b
	}
	return bodies
}

func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestLoad runs 32 clients against a server on loopback for 20 seconds
// ($ARNEWS_LOAD_SECONDS to change it) with 5 KB articles, and reports
// requests per second, p50 and p99 latency, errors (there must be none)
// and the heap (it must stay flat). It is skipped by -short.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the load test runs for 20 seconds")
	}
	secs := 20
	if s, err := strconv.Atoi(os.Getenv("ARNEWS_LOAD_SECONDS")); err == nil && s > 0 {
		secs = s
	}
	const clients = 32
	bodies := articles5K(t)
	l := startLive(t, Config{MaxQueue: clients})
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	goroutines := runtime.NumGoroutine()

	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      atomic.Int64
		firstErr  atomic.Value
		bytesOut  atomic.Int64
	)
	run := func(until time.Time, record bool) {
		var wg sync.WaitGroup
		for w := 0; w < clients; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				var mine []time.Duration
				for i := w; time.Now().Before(until); i += clients {
					body := bodies[i%len(bodies)]
					start := time.Now()
					res, err := c.Post(l.url+"/v1/analyze", "application/json", bytes.NewReader(body))
					if err == nil {
						var n int64
						n, err = io.Copy(io.Discard, res.Body)
						res.Body.Close()
						if err == nil && res.StatusCode != 200 {
							err = &statusErr{res.StatusCode}
						}
						bytesOut.Add(n)
					}
					if !record {
						continue
					}
					if err != nil {
						errs.Add(1)
						firstErr.CompareAndSwap(nil, err.Error())
						continue
					}
					mine = append(mine, time.Since(start))
				}
				mu.Lock()
				latencies = append(latencies, mine...)
				mu.Unlock()
			}(w)
		}
		wg.Wait()
	}
	// Warm up (caches, pools, the heap's working size), then measure.
	run(time.Now().Add(2*time.Second), false)
	heapStart := heapAfterGC()
	start := time.Now()
	half := start.Add(time.Duration(secs) * time.Second / 2)
	run(half, true)
	heapMid := heapAfterGC()
	run(start.Add(time.Duration(secs)*time.Second), true)
	elapsed := time.Since(start)
	heapEnd := heapAfterGC()

	slices.Sort(latencies)
	n := len(latencies)
	require.Greater(t, n, 0)
	pct := func(p float64) time.Duration { return latencies[min(n-1, int(float64(n)*p))] }
	t.Logf("load: %d clients, %d articles of 4-6 KB, %v on %d cores: %d requests, %.0f requests/s, p50 %v, p99 %v, max %v, errors %d; heap after GC %.1f MB -> %.1f MB -> %.1f MB",
		clients, len(bodies), elapsed.Round(time.Millisecond), runtime.GOMAXPROCS(0), n, float64(n)/elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), latencies[n-1].Round(time.Microsecond),
		errs.Load(), float64(heapStart)/1e6, float64(heapMid)/1e6, float64(heapEnd)/1e6)
	assert.Zero(t, errs.Load(), "errors under load: first %v", firstErr.Load())
	// Flat: the second half of the run does not grow the heap beyond its
	// first half's by more than noise.
	assert.Less(t, float64(heapEnd), float64(heapMid)*1.25+16e6, "the heap grows under a steady load")
	l.answers(t)
	tr.CloseIdleConnections()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > goroutines+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), goroutines+2, "goroutines left after the load")
}

type statusErr struct{ code int }

func (e *statusErr) Error() string { return "status " + strconv.Itoa(e.code) }
