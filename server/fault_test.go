package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// live is a Server on a real loopback listener, with the timeouts of its
// Config, as ListenAndServe runs it.
type live struct {
	s    *Server
	url  string
	addr string
	stop func() error
}

func startLive(t testing.TB, cfg Config) *live {
	t.Helper()
	s := newServer(t, cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	var once sync.Once
	var stopErr error
	stop := func() error {
		once.Do(func() { cancel(); stopErr = <-done })
		return stopErr
	}
	t.Cleanup(func() { _ = stop() })
	addr := ln.Addr().String()
	return &live{s: s, url: "http://" + addr, addr: addr, stop: stop}
}

// answers checks that the server still answers a real analysis.
func (l *live) answers(t testing.TB) {
	t.Helper()
	c := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	res, err := c.Post(l.url+"/v1/dates?published=2020-10-06", "text/plain", strings.NewReader("وصل أمس"))
	require.NoError(t, err, "the server no longer answers")
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, 200, res.StatusCode, string(b))
	assert.Contains(t, string(b), `"body":"أمس"`)
	// No slot leaks: once the analyses of gone clients end, none runs.
	var h struct{ Running, Waiting int }
	for deadline := time.Now().Add(20 * time.Second); ; {
		res, err = c.Get(l.url + "/healthz")
		require.NoError(t, err)
		require.NoError(t, json.NewDecoder(res.Body).Decode(&h))
		res.Body.Close()
		if h.Running == 0 && h.Waiting == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	assert.Equal(t, 0, h.Running, "an analysis slot leaked")
	assert.Equal(t, 0, h.Waiting)
}

func TestFaultSlowLoris(t *testing.T) {
	l := startLive(t, Config{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: time.Second})
	// Many clients that send their headers a byte at a time, never done.
	var conns []net.Conn
	for i := 0; i < 64; i++ {
		c, err := net.Dial("tcp", l.addr)
		require.NoError(t, err)
		_, err = c.Write([]byte("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nX-Slow: "))
		require.NoError(t, err)
		conns = append(conns, c)
	}
	// Meanwhile, others are answered.
	l.answers(t)
	// And the slow ones are cut off by the header timeout.
	for _, c := range conns {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		start := time.Now()
		for {
			if _, err := c.Write([]byte("a")); err != nil {
				break
			}
			buf := make([]byte, 512)
			_ = c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
			if _, err := c.Read(buf); err == io.EOF {
				break
			} else if ne, ok := err.(net.Error); !ok || !ne.Timeout() {
				break // a 408 answer or a reset also ends it
			}
			require.Less(t, time.Since(start), 10*time.Second, "a slow-loris connection stayed open")
		}
		c.Close()
	}
	// A slow body: headers sent, the body trickles past the read timeout.
	c, err := net.Dial("tcp", l.addr)
	require.NoError(t, err)
	defer c.Close()
	_, err = c.Write([]byte("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"))
	require.NoError(t, err)
	start := time.Now()
	for time.Since(start) < 5*time.Second {
		if _, err := c.Write([]byte("ا")); err != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	assert.Less(t, time.Since(start), 5*time.Second, "a body that trickles was not cut off")
	l.answers(t)
}

func TestFaultOversizeBody(t *testing.T) {
	l := startLive(t, Config{MaxBodyBytes: 64 << 10})
	big := strings.Repeat("أمس ", 64<<10)
	for _, ctype := range []string{"text/plain", "application/json"} {
		body := big
		if ctype == "application/json" {
			body = `{"text":"` + big + `"}`
		}
		res, err := http.Post(l.url+"/v1/analyze", ctype, strings.NewReader(body))
		require.NoError(t, err)
		var e errJSON
		require.NoError(t, json.NewDecoder(res.Body).Decode(&e))
		res.Body.Close()
		assert.Equal(t, 413, res.StatusCode)
		assert.Equal(t, "body", e.Field)
		assert.Contains(t, e.Error, "64 KB")
	}
	// A body without a length (chunked) is cut at the limit too.
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 1000; i++ {
			if _, err := pw.Write([]byte(strings.Repeat("ب", 512))); err != nil {
				return
			}
		}
		pw.Close()
	}()
	res, err := http.Post(l.url+"/v1/dates", "text/plain", pr)
	require.NoError(t, err)
	res.Body.Close()
	pr.Close()
	assert.Equal(t, 413, res.StatusCode)
	l.answers(t)
}

func TestFaultClientDisconnects(t *testing.T) {
	l := startLive(t, Config{})
	before := runtime.NumGoroutine()
	text := strings.Repeat("قال الرئيس الإيراني حسن روحاني أمس الأحد في طهران إن بلاده مستعدة. ", 4000) // about 500 KB
	for i := 0; i < 20; i++ {
		c, err := net.Dial("tcp", l.addr)
		require.NoError(t, err)
		head := fmt.Sprintf("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", len(text))
		switch i % 3 {
		case 0: // gone in the middle of the headers
			_, _ = c.Write([]byte(head[:len(head)/2]))
		case 1: // gone in the middle of the body
			_, _ = c.Write([]byte(head + text[:len(text)/2]))
		case 2: // gone while the server analyzes and answers
			_, _ = c.Write([]byte(head + text))
			time.Sleep(20 * time.Millisecond)
		}
		c.Close()
	}
	l.answers(t)
	// The handlers of the gone clients end: no goroutine stays behind.
	deadline := time.Now().Add(20 * time.Second)
	for runtime.NumGoroutine() > before+4 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before+4, "goroutines left behind by gone clients")
}

func TestFaultMalformedRequests(t *testing.T) {
	l := startLive(t, Config{})
	raw := func(req string) string {
		c, err := net.Dial("tcp", l.addr)
		require.NoError(t, err)
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		_, err = c.Write([]byte(req))
		require.NoError(t, err)
		res, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			return "no answer: " + err.Error()
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		return fmt.Sprintf("%d %s", res.StatusCode, b)
	}
	post := func(path, ctype string, body []byte) string {
		return raw(fmt.Sprintf("POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", path, ctype, len(body), body))
	}
	for _, c := range []struct {
		got, want string
	}{
		{post("/v1/analyze", "application/json", []byte(`{"text": "أمس", `)), `400 {"error":"body: the JSON ends too early","field":"body"`},
		{post("/v1/analyze", "application/json", []byte(`{"text": "أمس" "published"}`)), `400 {"error":"body: malformed JSON`},
		{post("/v1/analyze", "application/json", []byte("{\"text\": \"\xd8\"}")), `400 {"error":"body: not UTF-8 (invalid byte at offset 10)`},
		{post("/v1/dates", "text/plain", []byte("\xff\xfe\x00\x00")), `400 {"error":"text: not UTF-8 (invalid byte at offset 0)`},
		{post("/v1/dates", "application/json", bytes.Repeat([]byte("["), 100000)), `400 {"error":"body: `},
		{post("/v1/dates", "application/json", []byte(`{"text":"\ud800 أمس"}`)), `200 [`},
		{post("/v1/dates", "text/plain", []byte("أمس\x00الأحد")), `200 [`},
		{raw("POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"), "400 "},
		{raw("GARBAGE\r\n\r\n"), "400 "},
		{raw("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n"), "400 "},
		{raw("POST /v1/dates HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n"), "400 "},
	} {
		assert.True(t, strings.HasPrefix(c.got, c.want), "got %.200s, want %s", c.got, c.want)
	}
	l.answers(t)
}

func TestFaultBurstOverTheBound(t *testing.T) {
	l := startLive(t, Config{MaxConcurrent: 1, MaxQueue: 2, QueueTimeout: 10 * time.Second, RetryAfter: 2 * time.Second})
	text := strings.Repeat("قال الرئيس الإيراني حسن روحاني أمس الأحد في طهران إن بلاده مستعدة. ", 2000)
	const n = 24
	codes := make([]int, n)
	retry := make([]string, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			res, err := http.Post(l.url+"/v1/analyze?omit_tokens=1&published=2020-10-06", "text/plain", strings.NewReader(text))
			if err != nil {
				t.Error(err)
				return
			}
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			codes[i], retry[i] = res.StatusCode, res.Header.Get("Retry-After")
		}(i)
	}
	close(start)
	wg.Wait()
	ok, busy := 0, 0
	for i, c := range codes {
		switch c {
		case 200:
			ok++
		case 503:
			busy++
			assert.Equal(t, "2", retry[i])
		default:
			t.Errorf("request %d: status %d", i, c)
		}
	}
	t.Logf("burst of %d over 1 slot and 2 places in the queue: %d answered, %d told to retry", n, ok, busy)
	assert.GreaterOrEqual(t, ok, 1)
	assert.GreaterOrEqual(t, busy, 1)
	l.answers(t)
}

func TestGracefulShutdownFinishesRequestsInFlight(t *testing.T) {
	l := startLive(t, Config{})
	text := "وصل الوزير أمس الأحد إلى موسكو"
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", l.url+"/v1/dates?published=2020-10-06", pr)
	req.ContentLength = int64(len(text))
	got := make(chan string, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got <- fmt.Sprintf("%d %s", res.StatusCode, b)
	}()
	_, err := pw.Write([]byte(text[:7]))
	require.NoError(t, err)
	time.Sleep(100 * time.Millisecond)
	stopped := make(chan error, 1)
	go func() { stopped <- l.stop() }()
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-stopped:
		t.Fatalf("stopped before the request in flight ended: %v", err)
	default:
	}
	_, err = pw.Write([]byte(text[7:]))
	require.NoError(t, err)
	pw.Close()
	assert.True(t, strings.HasPrefix(<-got, `200 [{"body":"أمس الأحد"`))
	assert.NoError(t, <-stopped)
	// Nothing listens any more.
	_, err = net.DialTimeout("tcp", l.addr, time.Second)
	assert.Error(t, err)
}
