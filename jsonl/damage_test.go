package jsonl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/internal/shared"
)

// smallArchive returns n JSON lines of short articles, each different, so
// that the gzip stream has many blocks to cut.
func smallArchive(n int) []byte {
	var b bytes.Buffer
	places := []string{"القاهرة", "طهران", "بيروت", "الخرطوم", "موسكو", "عمان"}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `{"id":"a%d","date":"2021-04-%02d","text":"قال الوزير في %s أمس الإثنين إن العدد بلغ %d حالة، بعد %d في الأسبوع الماضي."}`+"\n",
			i, 1+i%28, places[i%len(places)], i*7919%100003, i*104729%1000)
	}
	return b.Bytes()
}

func gzipOf(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readable returns what gzip can give of gz before its damage: the number
// of complete lines, and whether there is damage (a read error).
// Input that does not start with the gzip magic bytes is plain text.
func readable(gz []byte) (complete int, damaged bool) {
	if len(gz) < 2 || gz[0] != 0x1f || gz[1] != 0x8b {
		for _, l := range bytes.SplitAfter(gz, []byte("\n")) {
			if len(l) > 0 {
				complete++
			}
		}
		return complete, false
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return 0, true
	}
	data, err := io.ReadAll(zr)
	complete = bytes.Count(data, []byte("\n"))
	if err == nil && len(data) > 0 && data[len(data)-1] != '\n' {
		complete++ // a last line without a newline, at a clean end
	}
	return complete, err != nil
}

// checkNothingLost annotates in and checks the count rule: the outputs are
// numbered 1..N in order, every complete line that could be read is
// annotated, and damage is one more error line, the last.
func checkNothingLost(t *testing.T, in []byte, cfg Config, what string) (docs, errs int) {
	t.Helper()
	want, damaged := readable(in)
	n := 0
	var last Output
	err := AnnotateEach(bytes.NewReader(in), "x.jsonl.gz", cfg, func(o Output) error {
		n++
		if o.Line != n {
			return fmt.Errorf("output %d has line %d", n, o.Line)
		}
		if o.Err != nil {
			errs++
		} else {
			docs++
		}
		last = o
		return nil
	})
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	wantOut := want
	if damaged {
		wantOut++
		var re *ReadError
		if !errors.As(last.Err, &re) || re.Line != want+1 {
			t.Fatalf("%s: the last output is not the damage at line %d: %+v", what, want+1, last.Err)
		}
	}
	if docs+errs != wantOut {
		t.Fatalf("%s: %d documents + %d error lines, want %d complete lines%s", what, docs, errs, want, map[bool]string{true: " + 1 for the damage"}[damaged])
	}
	return docs, errs
}

// Why, first bullet: a gzip file cut anywhere gives every complete line
// before the cut, annotated, and one error line for the cut.
func TestCutGzipNothingLost(t *testing.T) {
	n, parts := 1500, 29
	if testing.Short() { // CI's -race run
		n, parts = 300, 11
	}
	data := smallArchive(n)
	gz := gzipOf(t, data)
	cfg := Config{Workers: 2, JSON: arnews.JSONOptions{OmitTokens: true}}
	cuts, step := 0, len(gz)/parts+1
	for cut := 2; cut < len(gz); cut += step {
		docs, errs := checkNothingLost(t, gz[:cut], cfg, fmt.Sprintf("cut at %d of %d", cut, len(gz)))
		if want, _ := readable(gz[:cut]); docs != want || errs != 1 {
			t.Fatalf("cut at %d: %d documents, %d error lines; want %d and 1", cut, docs, errs, want)
		}
		cuts++
	}
	// Near the end: the trailer (checksum and size) cut off.
	for cut := len(gz) - 8; cut < len(gz); cut++ {
		docs, errs := checkNothingLost(t, gz[:cut], cfg, fmt.Sprintf("cut at %d of %d", cut, len(gz)))
		if docs != n || errs != 1 {
			t.Fatalf("trailer cut at %d: %d documents, %d error lines; want %d and 1", cut, docs, errs, n)
		}
	}
	if docs, errs := checkNothingLost(t, gz, cfg, "whole"); docs != n || errs != 0 {
		t.Fatalf("whole file: %d documents, %d error lines", docs, errs)
	}
	t.Logf("%d cuts", cuts)
}

// The same on the real corpus file, cut at ten points (most of them early,
// to keep the test short) and at 60%, the example.
func TestCutCorpusGzipNothingLost(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the corpus cuts in -short mode")
	}
	gz, err := os.ReadFile(shared.Path(t, shared.CorpusFiles[0]))
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{JSON: arnews.JSONOptions{OmitTokens: true}}
	for _, frac := range []float64{0.00001, 0.0001, 0.001, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.6} {
		cut := int(float64(len(gz)) * frac)
		docs, errs := checkNothingLost(t, gz[:cut], cfg, fmt.Sprintf("corpus cut at %.2f%%", frac*100))
		if want, _ := readable(gz[:cut]); docs != want || errs != 1 {
			t.Errorf("cut at %.2f%%: %d documents, %d error lines; want %d and 1", frac*100, docs, errs, want)
		}
	}
}

// Corrupt bytes inside the stream: the count rule still holds.
func TestCorruptGzipNothingLost(t *testing.T) {
	gz := gzipOf(t, smallArchive(500))
	for _, at := range []int{10, 11, 100, len(gz) / 3, len(gz) / 2, len(gz) - 12, len(gz) - 6, len(gz) - 1} {
		bad := bytes.Clone(gz)
		bad[at] ^= 0x5a
		checkNothingLost(t, bad, Config{Workers: 3, JSON: arnews.JSONOptions{OmitTokens: true}}, fmt.Sprintf("byte %d of %d changed", at, len(gz)))
	}
	// Other data after the gzip stream.
	checkNothingLost(t, append(bytes.Clone(gz), "not gzip"...), Config{JSON: arnews.JSONOptions{OmitTokens: true}}, "trailing garbage")
}

// A read error (a disk, a network) keeps the lines read before it.
func TestReadErrorNothingLost(t *testing.T) {
	data := smallArchive(500)
	half := bytes.LastIndexByte(data[:len(data)/2], '\n') + 1
	r := io.MultiReader(bytes.NewReader(data[:half+10]), iotest.ErrReader(errors.New("disk on fire")))
	var outs []Output
	err := AnnotateEach(r, "", Config{}, func(o Output) error { outs = append(outs, o); return nil })
	if err != nil {
		t.Fatal(err)
	}
	complete := bytes.Count(data[:half], []byte("\n"))
	if len(outs) != complete+1 {
		t.Fatalf("%d outputs, want %d lines + 1", len(outs), complete)
	}
	last := outs[len(outs)-1]
	if last.Line != complete+1 || last.Err == nil || !strings.Contains(last.Err.Error(), "disk on fire") || !bytes.Contains(last.JSON, []byte(`"error":"reading: disk on fire"`)) {
		t.Errorf("damage line %d: %v %s", last.Line, last.Err, last.JSON)
	}
}

// A line over the limit is an error line, and the lines after it are read.
func TestLongLine(t *testing.T) {
	data := smallArchive(3)
	lines := bytes.SplitAfter(data, []byte("\n"))
	long := append([]byte(`{"id":"long","date":"2021-04-06","text":"`), bytes.Repeat([]byte("س"), 3<<20)...)
	long = append(long, "\"}\n"...)
	in := bytes.Join([][]byte{lines[0], long, lines[1], long, lines[2]}, nil)
	for _, gz := range []bool{false, true} {
		r := in
		if gz {
			r = gzipOf(t, in)
		}
		var got []string
		err := AnnotateEach(bytes.NewReader(r), "", Config{MaxLine: 1 << 20, JSON: arnews.JSONOptions{OmitTokens: true}}, func(o Output) error {
			if o.Err != nil {
				if !errors.Is(o.Err, ErrLineTooLong) {
					t.Errorf("line %d: %v", o.Line, o.Err)
				}
				got = append(got, fmt.Sprint(o.Line, ":long"))
			} else {
				got = append(got, fmt.Sprint(o.Line, ":", o.Record.ID))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := "[1:a1 2:long 3:a2 4:long 5:a3]"; fmt.Sprint(got) != want {
			t.Errorf("gzip %v: %v, want %s", gz, got, want)
		}
	}
}

// Why, fourth bullet: text that is not text is an error line.
func TestNotText(t *testing.T) {
	for _, tc := range []struct {
		line string
		bad  bool
	}{
		{`{"date":"2021-04-06","text":"قال\u0000الوزير"}`, true},
		{`{"date":"2021-04-06","text":"` + strings.Repeat("\xc7\xe1", 20) + ` news"}`, true}, // windows-1256 bytes
		{`{"date":"2021-04-06","text":"\ufffd\ufffd\ufffd ab"}`, true},
		{`{"date":"2021-04-06","text":"قال الوزير \xff أمس"}`, false}, // one stray byte is still text
		{`{"date":"2021-04-06","text":"قال الوزير أمس"}`, false},
	} {
		_, _, _, err := Annotate(nil, Position{Line: 1}, []byte(tc.line), Config{})
		if tc.bad != errors.Is(err, ErrNotText) {
			t.Errorf("%q: %v", tc.line, err)
		}
	}
}

// Config.Date dates the lines without a "date"; lines with one keep it.
func TestDateFallback(t *testing.T) {
	cfg := Config{Date: time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("", 3*3600))}
	out, rec, doc, err := Annotate(nil, Position{Line: 1}, []byte(`{"id":"x","text":"أمس"}`), cfg)
	if err != nil || !doc.Published.Equal(cfg.Date) || rec.Date != "" || bytes.Contains(out, []byte(`"date"`)) {
		t.Errorf("no date: %v %v %s", err, doc.Published, out)
	}
	if len(doc.Dates) != 1 || doc.Dates[0].From.Format("2006-01-02") != "2020-10-05" {
		t.Errorf("أمس against the fallback: %+v", doc.Dates)
	}
	_, _, doc, err = Annotate(nil, Position{Line: 1}, []byte(`{"id":"x","date":"2021-04-06","text":"أمس"}`), cfg)
	if err != nil || doc.Published.Format("2006-01-02") != "2021-04-06" {
		t.Errorf("own date: %v %v", err, doc.Published)
	}
}

// Why, fourth bullet: the ETA counts the uncompressed position (the gzip
// trailer gives the size), the progress line has no carriage return in a
// log file, and the summary counts errors apart.
func TestRunSummaryAndProgress(t *testing.T) {
	data := append(smallArchive(400), "not json\n"...)
	p := t.TempDir() + "/a.jsonl.gz"
	if err := os.WriteFile(p, gzipOf(t, data), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(p)
	if n := inputSize(f); n != int64(len(data)) {
		t.Errorf("inputSize = %d, want the uncompressed %d", n, len(data))
	}
	f.Close()
	var log bytes.Buffer
	pr := newProgress(&log, int64(len(data)), time.Now().Add(-10*time.Second))
	pr.last = time.Time{}
	pr.update(&Summary{Documents: 100, Bytes: int64(len(data) / 4)})
	if s := log.String(); strings.Contains(s, "\r") || !strings.HasSuffix(s, "\n") || !strings.Contains(s, "ETA 30s") {
		t.Errorf("progress line %q: want a line, no \\r, ETA 30s for a quarter done in 10s", s)
	}
	var out bytes.Buffer
	sum, err := Run([]string{p}, &out, Config{JSON: arnews.JSONOptions{OmitTokens: true}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 400 || sum.Errors != 1 || sum.Bytes != int64(len(data)) || sum.TextBytes == 0 {
		t.Errorf("summary %+v", sum)
	}
	if !strings.HasPrefix(sum.String(), "400 documents, 1 error line; ") {
		t.Errorf("summary %q", sum)
	}
	if n := bytes.Count(out.Bytes(), []byte("\n")); n != 401 {
		t.Errorf("%d output lines, want 401", n)
	}
}
