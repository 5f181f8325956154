package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer that the server's goroutines write while
// the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var listenLine = regexp.MustCompile(`msg=listening addr=(\S+)`)

// TestServeStopsOnSIGTERMAfterFinishingRequests runs `arnews serve` in
// process, sends it requests, then SIGTERM while a request is still being
// sent: the request is answered and the command exits 0.
func TestServeStopsOnSIGTERMAfterFinishingRequests(t *testing.T) {
	var stderr lockedBuffer
	var stdout bytes.Buffer
	rc := make(chan int, 1)
	go func() {
		rc <- Main([]string{"serve", "-addr", "127.0.0.1:0", "-tz", "Asia/Beirut", "-weekstart", "monday"}, strings.NewReader(""), &stdout, &stderr)
	}()
	var addr string
	for deadline := time.Now().Add(30 * time.Second); addr == ""; {
		if m := listenLine.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
			break
		}
		select {
		case code := <-rc:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	base := "http://" + addr
	assert127 := strings.HasPrefix(addr, "127.0.0.1:")
	if !assert127 {
		t.Errorf("listening on %s, not loopback", addr)
	}

	// The shared flags are the defaults of requests: -tz, -weekstart.
	res, err := http.Post(base+"/v1/dates?published=2020-10-06", "text/plain", strings.NewReader("الأسبوع الماضي"))
	if err != nil {
		t.Fatal(err)
	}
	var ds []struct{ From string }
	if err := json.NewDecoder(res.Body).Decode(&ds); err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if len(ds) != 1 || ds[0].From != "2020-09-28T00:00:00+03:00" {
		t.Errorf("dates with -tz Asia/Beirut -weekstart monday: %+v", ds)
	}

	// A request in flight: headers and half the body sent.
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", base+"/v1/analyze?published=2020-10-06&omit_tokens=1", pr)
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	text := "وصل الوزير أمس الأحد إلى موسكو"
	req.ContentLength = int64(len(text))
	inflight := make(chan *http.Response, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			inflight <- nil
			return
		}
		inflight <- res
	}()
	if _, err := pw.Write([]byte(text[:10])); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the server has the headers

	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for !strings.Contains(stderr.String(), "shutting down") {
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := pw.Write([]byte(text[10:])); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	res = <-inflight
	if res == nil {
		t.Fatal("the request in flight failed")
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"text":"أمس الأحد"`) {
		t.Errorf("the request in flight: %d %s", res.StatusCode, body)
	}
	select {
	case code := <-rc:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(stderr.String(), "msg=stopped") {
		t.Errorf("no stop in the log: %s", stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("serve wrote to stdout: %q", stdout.String())
	}
}

func TestServeUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"serve", "-date", "2020-10-06"}, "each request gives its own"},
		{[]string{"serve", "file.txt"}, "takes no FILE"},
		{[]string{"serve", "-log", "xml"}, "-log"},
		{[]string{"serve", "-max-body", "lots"}, "max-body"},
		{[]string{"serve", "-max-body", "0"}, "max-body"},
		{[]string{"serve", "-tz", "Mars/Olympus"}, "-tz"},
	} {
		_, stderr, rc := runCmd(t, nil, c.args...)
		if rc != 2 || !strings.Contains(stderr, c.says) {
			t.Errorf("%v: rc %d, stderr %q", c.args, rc, stderr)
		}
	}
	// An address that cannot be listened on is a runtime error.
	_, stderr, rc := runCmd(t, nil, "serve", "-addr", "256.0.0.1:http")
	if rc != 1 || !strings.HasPrefix(stderr, "arnews serve: ") {
		t.Errorf("bad -addr: rc %d, stderr %q", rc, stderr)
	}
	out, _, rc := runCmd(t, nil, "serve", "-h")
	if rc != 0 || !strings.Contains(out, "/v1/analyze") || !strings.Contains(out, "-max-body") {
		t.Errorf("serve -h: rc %d: %s", rc, out)
	}
}

func TestByteSizeFlag(t *testing.T) {
	for in, want := range map[string]int64{"8MB": 8 << 20, "512kb": 512 << 10, "1G": 1 << 30, "1000": 1000, " 2 MB ": 2 << 20} {
		var b byteSize
		if err := b.Set(in); err != nil || int64(b) != want {
			t.Errorf("%q: %d, %v", in, b, err)
		}
	}
	for _, in := range []string{"", "MB", "-1", "0", "1.5MB", "9999999999GB"} {
		var b byteSize
		if err := b.Set(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
	b := byteSize(8 << 20)
	if b.String() != "8MB" {
		t.Errorf("String: %s", b.String())
	}
}

// TestAnnotateHTML writes the page of an article whose text and gazetteer
// hold markup: it shows as text, and the file needs no network.
func TestAnnotateHTML(t *testing.T) {
	gz := writeFile(t, "gz.tsv", "id\ttype\tnames\no-script\torganization\tشركة <script>alert(1)</script>|شركة النفط الكبرى\n")
	art := writeFile(t, "a.txt", "أعلنت شركة النفط الكبرى اليوم الثلاثاء أن <script>alert(2)</script> ظريف وصل أمس الأحد إلى طهران")
	out, stderr, rc := runCmd(t, nil, "annotate", "-html", "-date", "2020-10-06", "-tz", "Asia/Beirut", "-gazetteer", gz, art)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr)
	}
	for _, want := range []string{
		`<html lang="ar" dir="rtl">`,
		`<mark class="ent organization" data-id="o-script" title="منظمة · شركة &lt;script&gt;alert(1)&lt;/script&gt; · o-script">شركة النفط الكبرى</mark>`,
		// The markup in the text shows as text (ظريف after it may be
		// marked: it depends on the recognizer, not on the escaping).
		`أن &lt;script&gt;alert(2)&lt;/script&gt; `,
		`<span class="date warn" title="2020-10-04 (day)`,
		`<bdi class="name">شركة &lt;script&gt;alert(1)&lt;/script&gt;</bdi><span class="count">1</span>`,
		`default-src 'none'`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, bad := range []string{"<script", "http://", "https://", "<link", "@import", "src="} {
		if strings.Contains(out, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	// -html and -json are two outputs.
	if _, stderr, rc := runCmd(t, nil, "annotate", "-html", "-json", art); rc != 2 || !strings.Contains(stderr, "choose one output") {
		t.Errorf("-html -json: rc %d %s", rc, stderr)
	}
}
