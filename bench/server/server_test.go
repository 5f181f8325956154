// Package server measures what HTTP costs: /v1/analyze of package
// github.com/arnews/arnews/server against the same Analyze in process, on
// the same 5 KB news articles, with every core busy (bench/server/run.sh).
//
// BenchmarkServerProcess5K (Linux) runs `arnews serve` as its own process,
// as it is deployed, and gives the ratio that the bar is about:
// the server's throughput on dedicated cores as a fraction of Analyze's,
// from the CPU time per article of each (the client's is reported apart).
// BenchmarkInterleaved5K keeps client and server in this process, so the
// client's cost counts against the server. Both alternate 100 ms windows
// of the two modes, so that both see the same machine however loaded it
// is by others; CPU time is much steadier than wall time on a shared
// machine. BenchmarkAnalyze5K gives each mode in runs of its own.
package server

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/server"
)

// articles returns real news articles of 4-6 KB and their mean size.
func articles(b *testing.B) ([]string, int) {
	var texts []string
	n := 0
	shared.Articles(b, shared.CorpusFiles[1], func(a shared.Article) bool {
		if len(a.Text) >= 4<<10 && len(a.Text) <= 6<<10 {
			texts = append(texts, a.Text)
			n += len(a.Text)
		}
		return len(texts) < 200
	})
	return texts, n / len(texts)
}

var anchor = time.Date(2018, 2, 18, 12, 0, 0, 0, time.FixedZone("", 3*3600))

// BenchmarkAnalyze5K is the in-process yardstick: Analyze alone, and
// Analyze with the Document's JSON (what the endpoint sends), on every
// core.
func BenchmarkAnalyze5K(b *testing.B) {
	texts, mean := articles(b)
	a, err := arnews.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range texts { // warm: the gazetteer, the word cache
		a.Analyze(t, anchor)
	}
	b.Run("in-process", func(b *testing.B) {
		b.SetBytes(int64(mean))
		b.ReportAllocs()
		start := cpuNanos()
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				a.Analyze(texts[i%len(texts)], anchor)
				i++
			}
		})
		b.ReportMetric(float64(cpuNanos()-start)/float64(b.N), "cpu-ns/op")
	})
	b.Run("in-process+json", func(b *testing.B) {
		b.SetBytes(int64(mean))
		b.ReportAllocs()
		start := cpuNanos()
		b.RunParallel(func(pb *testing.PB) {
			var buf []byte
			i := 0
			for pb.Next() {
				buf = a.Analyze(texts[i%len(texts)], anchor).AppendJSON(buf[:0], arnews.JSONOptions{})
				i++
			}
		})
		b.ReportMetric(float64(cpuNanos()-start)/float64(b.N), "cpu-ns/op")
	})
	for _, c := range []struct {
		name, query string
		json        bool
	}{
		{"http-json", "", true},
		{"http-json-notokens", "?omit_tokens=true", true},
		{"http-text", "?published=2018-02-18T12:00:00%2B03:00", false},
	} {
		b.Run(c.name, func(b *testing.B) {
			s, err := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)})
			if err != nil {
				b.Fatal(err)
			}
			ts := httptest.NewServer(s)
			defer ts.Close()
			bodies := make([][]byte, len(texts))
			for i, t := range texts {
				if c.json {
					bodies[i], _ = json.Marshal(map[string]any{"text": t, "published": anchor.Format(time.RFC3339)})
				} else {
					bodies[i] = []byte(t)
				}
			}
			ctype := "text/plain; charset=utf-8"
			if c.json {
				ctype = "application/json"
			}
			tr := &http.Transport{MaxIdleConnsPerHost: 64}
			defer tr.CloseIdleConnections()
			client := &http.Client{Transport: tr}
			post := func(i int) bool {
				res, err := client.Post(ts.URL+"/v1/analyze"+c.query, ctype, bytes.NewReader(bodies[i%len(bodies)]))
				if err != nil {
					b.Error(err)
					return false
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != 200 {
					b.Errorf("status %d", res.StatusCode)
					return false
				}
				return true
			}
			for i := range bodies { // warm, as in process
				post(i)
			}
			b.SetBytes(int64(mean))
			b.ReportAllocs()
			b.SetParallelism(4) // 4 clients a core: the server is never idle
			b.ResetTimer()
			start := cpuNanos()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					if !post(i) {
						return
					}
					i++
				}
			})
			b.ReportMetric(float64(cpuNanos()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkInterleaved5K alternates windows of 100 ms of in-process Analyze
// (one goroutine a core) and of /v1/analyze over loopback (4 clients a
// core), so that both see the same machine, however loaded it is by
// others. One op is one pair of windows; run it with -benchtime 100x (20
// s). It reports, per article, the CPU time of each mode and the ratios of
// HTTP throughput to in-process throughput: by CPU time ("ratio-cpu") and
// by articles per second of wall time ("ratio-wall"). The in-process mode
// is Analyze alone ("in-process", the yardstick) or Analyze and the
// JSON the endpoint sends with -with-json; -query sets the requests'
// query (?omit_tokens=true: the Document without its tokens).
func BenchmarkInterleaved5K(b *testing.B) {
	texts, mean := articles(b)
	a, err := arnews.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range texts {
		a.Analyze(t, anchor)
	}
	s, err := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	bodies := make([][]byte, len(texts))
	for i, t := range texts {
		bodies[i], _ = json.Marshal(map[string]any{"text": t, "published": anchor.Format(time.RFC3339)})
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	post := func(i int) {
		res, err := client.Post(ts.URL+"/v1/analyze"+*queryFlag, "application/json", bytes.NewReader(bodies[i%len(bodies)]))
		if err != nil {
			b.Error(err)
			return
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			b.Errorf("status %d", res.StatusCode)
		}
	}
	for i := range bodies {
		post(i)
	}
	cores := runtime.GOMAXPROCS(0)
	// window runs work on n goroutines for d and returns the articles done,
	// the CPU time and the wall time.
	window := func(n int, d time.Duration, work func(i int)) (int64, int64, time.Duration) {
		var done atomic.Int64
		cpu0, t0 := cpuNanos(), time.Now()
		until := t0.Add(d)
		var wg sync.WaitGroup
		for g := 0; g < n; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := g; time.Now().Before(until); i += n {
					work(i)
					done.Add(1)
				}
			}(g)
		}
		wg.Wait()
		return done.Load(), cpuNanos() - cpu0, time.Since(t0)
	}
	withJSON, omitTokens := *jsonFlag, strings.Contains(*queryFlag, "omit_tokens=true")
	var nIn, nHTTP, cpuIn, cpuHTTP int64
	var wallIn, wallHTTP time.Duration
	b.SetBytes(int64(mean))
	b.ResetTimer()
	for b.Loop() {
		n, c, w := window(cores, 100*time.Millisecond, func(i int) {
			d := a.Analyze(texts[i%len(texts)], anchor)
			if withJSON {
				_ = d.AppendJSON(nil, arnews.JSONOptions{OmitTokens: omitTokens})
			}
		})
		nIn, cpuIn, wallIn = nIn+n, cpuIn+c, wallIn+w
		n, c, w = window(*clientsFlag*cores, 100*time.Millisecond, post)
		nHTTP, cpuHTTP, wallHTTP = nHTTP+n, cpuHTTP+c, wallHTTP+w
	}
	b.StopTimer()
	inCPU, httpCPU := float64(cpuIn)/float64(nIn), float64(cpuHTTP)/float64(nHTTP)
	b.ReportMetric(inCPU, "in-process-cpu-ns/article")
	b.ReportMetric(httpCPU, "http-cpu-ns/article")
	b.ReportMetric(inCPU/httpCPU, "ratio-cpu")
	b.ReportMetric((float64(nHTTP)/wallHTTP.Seconds())/(float64(nIn)/wallIn.Seconds()), "ratio-wall")
}

var (
	jsonFlag    = flag.Bool("with-json", false, "BenchmarkInterleaved5K: the in-process mode also encodes the Document's JSON")
	clientsFlag = flag.Int("clients", 4, "BenchmarkInterleaved5K: HTTP clients per core")
	queryFlag   = flag.String("query", "", "BenchmarkInterleaved5K: query of the /v1/analyze requests, e.g. ?omit_tokens=true")
)
