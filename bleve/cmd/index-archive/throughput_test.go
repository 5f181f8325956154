package main

// The indexing throughput measurement: the corpus indexed with each
// analyzer, each run in a process of its own so that its peak memory is
// its own. By default (and in CI) it indexes the first 300 articles of the
// Jawhara file; the full measurement, all 40,008 articles of both corpus
// files, runs with
//
//	cd bleve && ARNEWS_BLEVE_FULL=1 nice go test -run TestThroughput -v -timeout 3h ./cmd/index-archive/
//
// ARNEWS_BLEVE_CONFIGS="ar,plain;arnews,plain" picks the runs (analyzer,
// plain or annotate).

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/jsonl"
)

// TestIndexChild is the child process of TestThroughput; it does nothing
// in a normal run.
func TestIndexChild(t *testing.T) {
	spec := os.Getenv("ARNEWS_BLEVE_CHILD")
	if spec == "" {
		t.Skip("runs as a child of TestThroughput")
	}
	analyzer, plain, _ := strings.Cut(spec, ",")
	cfg := config{index: filepath.Join(t.TempDir(), "idx"), analyzer: analyzer, plain: plain == "plain",
		workers: 2, batch: 256, maxErrors: 0}
	st, err := run(cfg, strings.Split(os.Getenv("ARNEWS_BLEVE_FILES"), string(os.PathListSeparator)), nil, os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("RESULT articles=%d\n", st.articles)
}

var summaryRE = regexp.MustCompile(`(\d+) articles \(([\d.]+) MB of text.* in ([^:]+): .* ([\d.]+) MB/s; (\S+) CPU \(([\d.]+) MB per CPU second\); (\d+) MB peak RSS`)

func TestThroughput(t *testing.T) {
	var files []string
	for _, f := range shared.CorpusFiles {
		files = append(files, shared.Path(t, f))
	}
	want := 40008
	if os.Getenv("ARNEWS_BLEVE_FULL") == "" {
		// A small file of the first 300 articles.
		want = 300
		sub := filepath.Join(t.TempDir(), "sub.jsonl")
		out, err := os.Create(sub)
		if err != nil {
			t.Fatal(err)
		}
		in, err := os.Open(files[0])
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(out)
		n := 0
		err = jsonl.EachLine(in, func(_ int, line []byte) error {
			if n < want {
				w.Write(line)
				w.WriteByte('\n')
			}
			n++
			return nil
		})
		in.Close()
		if err != nil || w.Flush() != nil || out.Close() != nil {
			t.Fatal(err)
		}
		files = []string{sub}
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n| analyzer | articles | MB of text | wall | MB/s | CPU | MB per CPU second | peak RSS |\n|---|---|---|---|---|---|---|---|\n")
	specs := []string{"standard,plain", "ar,plain", arabic.SnowballAnalyzerName + ",plain", arabic.AnalyzerName + ",plain", arabic.AnalyzerName + ",annotate"}
	if s := os.Getenv("ARNEWS_BLEVE_CONFIGS"); s != "" {
		specs = strings.Split(s, ";") // "ar,plain;arnews,plain"
	}
	for _, spec := range specs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIndexChild$", "-test.v")
		cmd.Env = append(os.Environ(), "ARNEWS_BLEVE_CHILD="+spec, "ARNEWS_BLEVE_FILES="+strings.Join(files, string(os.PathListSeparator)))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", spec, err, out)
		}
		if !strings.Contains(string(out), "RESULT articles="+strconv.Itoa(want)) {
			t.Fatalf("%s: not %d articles:\n%s", spec, want, out)
		}
		m := summaryRE.FindStringSubmatch(string(out))
		if m == nil {
			t.Fatalf("%s: no summary in\n%s", spec, out)
		}
		fmt.Fprintf(&table, "| %s | %s | %s | %s | %s | %s | %s | %s MB |\n", spec, m[1], m[2], m[3], m[4], m[5], m[6], m[7])
	}
	t.Log(table.String())
}
