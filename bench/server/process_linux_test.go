package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arnews/arnews"
)

// procCPU returns the CPU time (user + system) process pid has used, from
// /proc/PID/stat, in nanoseconds.
func procCPU(b *testing.B, pid int) int64 {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		b.Fatal(err)
	}
	// The fields after the command name (which is in parentheses).
	f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	const ticks = 100 // USER_HZ on Linux
	return (utime + stime) * (1e9 / ticks)
}

var listening = regexp.MustCompile(`msg=listening addr=(\S+)`)

// BenchmarkServerProcess5K runs `arnews serve` as its own process, as it is
// deployed, and alternates windows of 100 ms of in-process Analyze (one
// goroutine a core, in this process) and of /v1/analyze requests to that
// server (4 clients a core, in this process). It reports the CPU time per
// article of Analyze in process and of the server process alone (the
// client's cost is its own, "client-cpu-ns/article"), and their ratio
// "ratio-server-cpu": the server's throughput on dedicated cores as a
// fraction of Analyze's. -with-json adds the JSON encoding to the
// in-process side; -query sets the requests' query. Run it with
// -benchtime 150x (30 s).
func BenchmarkServerProcess5K(b *testing.B) {
	texts, mean := articles(b)
	a, err := arnews.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range texts {
		a.Analyze(t, anchor)
	}
	bin := filepath.Join(b.TempDir(), "arnews")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/arnews/arnews/cmd/arnews").CombinedOutput(); err != nil {
		b.Fatalf("building arnews: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-max-queue", "64")
	cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(runtime.GOMAXPROCS(0)))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	}()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() { // drain the request log
			if m := listening.FindStringSubmatch(sc.Text()); m != nil && !sent {
				addr <- m[1]
				sent = true
			}
		}
	}()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case <-time.After(60 * time.Second):
		b.Fatal("arnews serve did not start")
	}
	bodies := make([][]byte, len(texts))
	for i, t := range texts {
		bodies[i], _ = json.Marshal(map[string]any{"text": t, "published": anchor.Format(time.RFC3339)})
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	post := func(i int) {
		res, err := client.Post(base+"/v1/analyze"+*queryFlag, "application/json", bytes.NewReader(bodies[i%len(bodies)]))
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
	pid := cmd.Process.Pid
	window := func(n int, d time.Duration, work func(i int)) (done, self, server int64) {
		var count atomic.Int64
		self0, server0 := cpuNanos(), procCPU(b, pid)
		until := time.Now().Add(d)
		var wg sync.WaitGroup
		for g := 0; g < n; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := g; time.Now().Before(until); i += n {
					work(i)
					count.Add(1)
				}
			}(g)
		}
		wg.Wait()
		return count.Load(), cpuNanos() - self0, procCPU(b, pid) - server0
	}
	withJSON, omitTokens := *jsonFlag, strings.Contains(*queryFlag, "omit_tokens=true")
	var nIn, nHTTP, cpuIn, cpuClient, cpuServer int64
	b.SetBytes(int64(mean))
	b.ResetTimer()
	for b.Loop() {
		n, c, _ := window(cores, 100*time.Millisecond, func(i int) {
			d := a.Analyze(texts[i%len(texts)], anchor)
			if withJSON {
				_ = d.AppendJSON(nil, arnews.JSONOptions{OmitTokens: omitTokens})
			}
		})
		nIn, cpuIn = nIn+n, cpuIn+c
		n, c, s := window(*clientsFlag*cores, 100*time.Millisecond, post)
		nHTTP, cpuClient, cpuServer = nHTTP+n, cpuClient+c, cpuServer+s
	}
	b.StopTimer()
	in, srv := float64(cpuIn)/float64(nIn), float64(cpuServer)/float64(nHTTP)
	b.ReportMetric(in, "in-process-cpu-ns/article")
	b.ReportMetric(srv, "server-cpu-ns/article")
	b.ReportMetric(float64(cpuClient)/float64(nHTTP), "client-cpu-ns/article")
	b.ReportMetric(in/srv, "ratio-server-cpu")
}
