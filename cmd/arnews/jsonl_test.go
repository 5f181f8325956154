package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type outLine struct {
	Line     int    `json:"line"`
	ID       string `json:"id"`
	Error    string `json:"error"`
	Document struct {
		Published string `json:"published"`
	} `json:"document"`
}

func parseOut(t *testing.T, out string) []outLine {
	t.Helper()
	var lines []outLine
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var o outLine
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("output line is not JSON: %q", l)
		}
		lines = append(lines, o)
	}
	return lines
}

const archive = `{"id":"a","date":"2021-04-06","text":"قال الوزير أمس"}
{"id":"b","text":"قال الوزير أمس"}
`

// Why, second bullet: annotate -jsonl -date D dates the lines without one.
func TestJSONLDateFallback(t *testing.T) {
	out, errs, rc := runCmd(t, strings.NewReader(archive), "annotate", "-jsonl", "-date", "2020-10-06", "-tz", "UTC")
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	lines := parseOut(t, out)
	if len(lines) != 2 || !strings.HasPrefix(lines[0].Document.Published, "2021-04-06") || !strings.HasPrefix(lines[1].Document.Published, "2020-10-06T12:00:00") {
		t.Errorf("published: %+v", lines)
	}
	// Without -date a line without a date is an error line, and the run
	// exits 1 after writing every line, with documents and errors counted
	// apart.
	out, errs, rc = runCmd(t, strings.NewReader(archive), "annotate", "-jsonl")
	lines = parseOut(t, out)
	if rc != 1 || len(lines) != 2 || lines[0].Error != "" || lines[1].Error == "" {
		t.Errorf("rc %d, %+v", rc, lines)
	}
	if !strings.Contains(errs, "1 documents, 1 error line;") || !strings.HasSuffix(errs, "arnews annotate: 1 of 2 lines are error lines: their \"error\" field says why\n") {
		t.Errorf("stderr %q", errs)
	}
	// Progress only on a terminal or with -progress; never a \r in a log.
	if strings.Contains(errs, "MB/s,") || strings.Contains(errs, "\r") {
		t.Errorf("progress on a pipe: %q", errs)
	}
	_, errs, _ = runCmd(t, strings.NewReader(archive), "annotate", "-jsonl", "-q")
	if strings.Contains(errs, "documents") {
		t.Errorf("-q: %q", errs)
	}
}

// Why, first bullet, from the command: a cut gzip file gives every
// complete line and one error line for the cut, and exits 1.
func TestJSONLCutGzip(t *testing.T) {
	var plain strings.Builder
	for i := 0; i < 300; i++ {
		plain.WriteString(`{"id":"x","date":"2021-04-06","text":"قال الوزير في القاهرة أمس الإثنين إن العدد بلغ ` + strings.Repeat("مئة ", i%17) + `"}` + "\n")
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(plain.String()))
	zw.Close()
	cut := gz.Bytes()[:gz.Len()*6/10]
	zr, _ := gzip.NewReader(bytes.NewReader(cut))
	var readable bytes.Buffer
	readable.ReadFrom(zr)
	complete := bytes.Count(readable.Bytes(), []byte("\n"))
	p := writeFile(t, "cut.jsonl.gz", string(cut))
	out, errs, rc := runCmd(t, nil, "annotate", "-jsonl", p)
	lines := parseOut(t, out)
	if rc != 1 || len(lines) != complete+1 || lines[complete].Error == "" || lines[complete-1].Error != "" {
		t.Errorf("rc %d, %d lines for %d complete, stderr %q", rc, len(lines), complete, errs)
	}
}

// Why, fourth bullet: a binary given as input is not annotated.
func TestBinaryInput(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no executable path:", err)
	}
	for _, cmd := range []string{"annotate", "dates", "entities", "tokenize"} {
		out, errs, rc := runCmd(t, nil, cmd, exe)
		if rc != 1 || out != "" || !strings.Contains(errs, "not text") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s BINARY: rc %d, %d bytes out, stderr %q", cmd, rc, len(out), errs)
		}
	}
	// As an archive, every line of it is an error line, and none a document.
	out, errs, rc := runCmd(t, nil, "annotate", "-jsonl", exe)
	lines := parseOut(t, out)
	for _, l := range lines {
		if l.Error == "" {
			t.Fatalf("line %d of a binary is a document", l.Line)
		}
	}
	if rc != 1 || len(lines) == 0 || !strings.Contains(errs, " 0 documents, ") {
		t.Errorf("annotate -jsonl BINARY: rc %d, %d lines, stderr %q", rc, len(lines), errs)
	}
}
