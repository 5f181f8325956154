package server

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// A small W3C WebDriver client over HTTP, enough to drive headless
// Chromium through chromedriver without a module dependency.

// browser is one WebDriver session.
type browser struct {
	t       testing.TB
	base    string // http://127.0.0.1:PORT/session/ID
	client  *http.Client
	timeout time.Duration
}

// chromePaths finds Debian's chromium and chromium-driver (or what
// $CHROMIUM and $CHROMEDRIVER name).
func chromePaths() (chrome, driver string) {
	chrome = os.Getenv("CHROMIUM")
	for _, c := range []string{"/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if chrome != "" {
			break
		}
		if p, err := exec.LookPath(c); err == nil {
			chrome = p
		}
	}
	driver = os.Getenv("CHROMEDRIVER")
	if driver == "" {
		driver, _ = exec.LookPath("chromedriver")
	}
	return chrome, driver
}

// newBrowser starts chromedriver and a headless Chromium session, or skips
// t when they are not installed.
func newBrowser(t testing.TB) *browser {
	t.Helper()
	chrome, driver := chromePaths()
	if chrome == "" || driver == "" {
		t.Skip("headless browser test skipped: chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver; .ci/run installs them)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(driver, "--port="+strconv.Itoa(port))
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", driver, err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	root := "http://127.0.0.1:" + strconv.Itoa(port)
	client := &http.Client{Timeout: 5 * time.Minute}
	for deadline := time.Now().Add(20 * time.Second); ; {
		res, err := client.Get(root + "/status")
		if err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chromedriver did not start: %v\n%s", err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{
			"binary": chrome,
			"args": []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=ar",
				"--user-data-dir=" + t.TempDir()},
		},
	}}}
	b := &browser{t: t, client: client, timeout: 2 * time.Minute}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	b.call("POST", root+"/session", caps, &sess)
	if sess.SessionID == "" {
		t.Fatalf("no WebDriver session:\n%s", logs.String())
	}
	b.base = root + "/session/" + sess.SessionID
	t.Cleanup(func() { b.call("DELETE", b.base, nil, nil) })
	return b
}

// call sends one WebDriver command and decodes its "value" into out.
func (b *browser) call(method, url string, body, out any) {
	b.t.Helper()
	var r io.Reader
	if body != nil {
		j, err := json.Marshal(body)
		if err != nil {
			b.t.Fatal(err)
		}
		r = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, url, r)
	if err != nil {
		b.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := b.client.Do(req)
	if err != nil {
		b.t.Fatalf("WebDriver %s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		b.t.Fatal(err)
	}
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		b.t.Fatalf("WebDriver %s %s: %d %.300s", method, url, res.StatusCode, raw)
	}
	if res.StatusCode != 200 {
		b.t.Fatalf("WebDriver %s %s: %d %.600s", method, url, res.StatusCode, raw)
	}
	if out != nil {
		if err := json.Unmarshal(env.Value, out); err != nil {
			b.t.Fatalf("WebDriver %s: decoding %.300s: %v", url, env.Value, err)
		}
	}
}

// open loads url.
func (b *browser) open(url string) {
	b.t.Helper()
	b.call("POST", b.base+"/url", map[string]any{"url": url}, nil)
}

// openPage opens the server's page at url and waits until its script has
// run (body data-state "ready"): the navigation can return before that on
// a slow machine (a race-detector build), and a test that reads or fills
// the page earlier sees a page without its handlers.
func (b *browser) openPage(url string) {
	b.t.Helper()
	b.open(url)
	b.waitFor("the page's script", `return document.body && document.body.dataset.state === 'ready'`)
}

// js runs script (a function body; its arguments are in `arguments`) and
// decodes what it returns into out.
func (b *browser) js(out any, script string, args ...any) {
	b.t.Helper()
	if args == nil {
		args = []any{}
	}
	b.call("POST", b.base+"/execute/sync", map[string]any{"script": script, "args": args}, out)
}

// click clicks the element that the CSS selector finds.
func (b *browser) click(selector string) {
	b.t.Helper()
	var el map[string]string
	b.call("POST", b.base+"/element", map[string]any{"using": "css selector", "value": selector}, &el)
	for _, id := range el { // the key is the W3C element identifier
		b.call("POST", b.base+"/element/"+id+"/click", map[string]any{}, nil)
		return
	}
	b.t.Fatalf("no element %s", selector)
}

// sendFile picks the local file path in the file input that the CSS
// selector finds.
func (b *browser) sendFile(selector, path string) {
	b.t.Helper()
	var el map[string]string
	b.call("POST", b.base+"/element", map[string]any{"using": "css selector", "value": selector}, &el)
	for _, id := range el {
		b.call("POST", b.base+"/element/"+id+"/value", map[string]any{"text": path}, nil)
		return
	}
	b.t.Fatalf("no element %s", selector)
}

// waitFor polls the script until it returns true.
func (b *browser) waitFor(what, script string) {
	b.t.Helper()
	deadline := time.Now().Add(b.timeout)
	for {
		var ok bool
		b.js(&ok, script)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			var state string
			b.js(&state, `return document.body.dataset.state + ' ' + document.getElementById('status').textContent`)
			b.t.Fatalf("waiting for %s: timed out (page: %s)", what, state)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// screenshot saves a PNG of the window as a test artifact and returns its
// path (kept with go test -artifacts).
func (b *browser) screenshot(t *testing.T, name string) string {
	t.Helper()
	var data string
	b.call("GET", b.base+"/screenshot", nil, &data)
	png, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", p, len(png))
	return p
}

func (b *browser) String() string { return fmt.Sprintf("browser %s", b.base) }
