package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// gzipCopy writes a gzip copy of the file src into dir.
func gzipCopy(t *testing.T, src, dir string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	p := filepath.Join(dir, filepath.Base(src)+".gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func ids(t *testing.T, idx bleve.Index, q query.Query) string {
	t.Helper()
	res, err := idx.Search(bleve.NewSearchRequest(q))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	plain := "../testdata/articles.jsonl"
	gz := gzipCopy(t, plain, dir)
	var log bytes.Buffer
	cfg := config{index: filepath.Join(dir, "idx"), analyzer: arabic.AnalyzerName, workers: 2, batch: 2, progress: time.Nanosecond, maxErrors: 2}
	st, err := run(cfg, []string{plain, gz}, nil, &log)
	if err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	// Three articles and one bad line in each file.
	if st.articles != 6 || st.errors != 2 {
		t.Errorf("%d articles, %d errors; want 6 and 2", st.articles, st.errors)
	}
	if !strings.Contains(log.String(), "articles.jsonl:4:") || !strings.Contains(log.String(), "peak RSS") {
		t.Errorf("log:\n%s", log.String())
	}
	idx, err := bleve.Open(cfg.index)
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			idx.Close()
		}
	}()
	if n, _ := idx.DocCount(); n != 3 {
		t.Errorf("%d documents, want 3 (the gzip copy has the same IDs)", n)
	}
	april, may, _ := arabic.ParsePeriod("2021-04")
	if got := ids(t, idx, arabic.EntityQuery("p-sameh-shoukry")); got != "a1 a2" {
		t.Errorf("naming Shoukry: %q", got)
	}
	if got := ids(t, idx, arabic.DaysQuery(april, may)); got != "a1 a3" {
		t.Errorf("speaking of April 2021: %q", got)
	}
	if got := ids(t, idx, bleve.NewConjunctionQuery(arabic.EntityQuery("p-sameh-shoukry"), arabic.DaysQuery(april, may))); got != "a1" {
		t.Errorf("both: %q", got)
	}
	if got := ids(t, idx, bleve.NewQueryStringQuery("الحكومة")); got != "a3" {
		t.Errorf("query string: %q", got)
	}

	// Added to the existing index (once this handle lets go of it), with
	// no bad line allowed.
	idx.Close()
	closed = true
	cfg.maxErrors = 0
	if _, err := run(cfg, []string{plain}, nil, &log); err == nil {
		t.Error("no error with -max-errors 0 and a bad line")
	}
}

func TestRunPlain(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	f, err := os.Open("../testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg := config{index: filepath.Join(dir, "idx"), analyzer: "ar", plain: true, workers: 1, batch: 10, maxErrors: -1}
	st, err := run(cfg, []string{"-"}, f, &log)
	if err != nil || st.articles != 3 {
		t.Fatalf("%d articles, %v", st.articles, err)
	}
	idx, err := bleve.Open(cfg.index)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if got := ids(t, idx, arabic.EntityQuery("p-sameh-shoukry")); got != "" {
		t.Errorf("-plain found entities: %q", got)
	}
	if got := ids(t, idx, bleve.NewQueryStringQuery("الحكومة")); got != "a3" {
		t.Errorf("query string with ar: %q", got)
	}
}
