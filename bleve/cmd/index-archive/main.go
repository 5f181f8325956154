// Command index-archive indexes a news archive stored as JSON lines (the
// corpus format: one article a line, {"id", "date", "title", "outlet",
// "text", …}, plain or gzip) into a bleve index, with the arnews analyzer,
// the entities each article names and the days its dates speak of.
//
// Usage:
//
//	index-archive -index news.bleve archive.jsonl.gz [more files…]
//
// A file named "-" is standard input. The index is created when it does not
// exist and added to when it does. Every few seconds a progress line goes to
// standard error; at the end, a summary with the throughput and the peak
// memory of the process. A line that cannot be read (not JSON, no text, a
// date that does not parse) is reported and skipped; the command fails when
// more than -max-errors lines were skipped.
//
// Flags:
//
//	-index DIR       the index (required)
//	-analyzer NAME   the analyzer of the text and title (default arnews;
//	                 arnews_snowball, or bleve's ar, standard …)
//	-plain           index text, title, outlet and publication time only,
//	                 without finding entities and dates
//	-workers N       analysis goroutines (default: the number of CPUs)
//	-batch N         articles per index batch (default 256)
//	-progress D      time between progress lines (default 5s; 0: none)
//	-max-errors N    lines that may be skipped (default 100; -1: any)
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/bleve/internal/procstat"
	"github.com/arnews/arnews/jsonl"
	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.index, "index", "", "the index `dir`ectory (created when absent)")
	flag.StringVar(&cfg.analyzer, "analyzer", arabic.AnalyzerName, "the `analyzer` of the text and the title")
	flag.BoolVar(&cfg.plain, "plain", false, "do not find entities and dates")
	flag.IntVar(&cfg.workers, "workers", runtime.NumCPU(), "analysis goroutines")
	flag.IntVar(&cfg.batch, "batch", 256, "articles per index batch")
	flag.DurationVar(&cfg.progress, "progress", 5*time.Second, "time between progress lines (0: none)")
	flag.IntVar(&cfg.maxErrors, "max-errors", 100, "lines that may be skipped (-1: any number)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: index-archive -index DIR [flags] file.jsonl[.gz]...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if cfg.index == "" || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if _, err := run(cfg, flag.Args(), os.Stdin, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "index-archive:", err)
		os.Exit(1)
	}
}

type config struct {
	index, analyzer string
	plain           bool
	workers, batch  int
	progress        time.Duration
	maxErrors       int
}

// stats is what a run did.
type stats struct {
	articles, errors int
	bytes            int64 // of article text
	elapsed, cpu     time.Duration
}

// line is one input line to analyze; article the result.
type line struct {
	file string
	no   int
	data []byte
}

type article struct {
	id  string
	doc arabic.Article
	err error
	pos string
}

// run indexes files (a "-" is stdin) into cfg.index, reporting to log.
func run(cfg config, files []string, stdin io.Reader, log io.Writer) (stats, error) {
	var st stats
	if cfg.workers < 1 {
		cfg.workers = 1
	}
	if cfg.batch < 1 {
		cfg.batch = 1
	}
	idx, err := bleve.Open(cfg.index)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		idx, err = bleve.New(cfg.index, arabic.NewIndexMapping(cfg.analyzer))
	}
	if err != nil {
		return st, err
	}
	defer idx.Close()

	an, err := arnews.New()
	if err != nil {
		return st, err
	}
	lines := make(chan line, 4*cfg.workers)
	results := make(chan article, 4*cfg.workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(lines)
		for _, f := range files {
			if err := readFile(f, stdin, lines); err != nil {
				readErr <- err
				return
			}
		}
		readErr <- nil
	}()
	done := make(chan struct{})
	for range cfg.workers {
		go func() {
			defer func() { done <- struct{}{} }()
			for l := range lines {
				results <- analyze(an, l, cfg.plain)
			}
		}()
	}
	go func() {
		for range cfg.workers {
			<-done
		}
		close(results)
	}()

	start, cpu0 := time.Now(), procstat.CPU()
	lastReport := start
	b := idx.NewBatch()
	flush := func() error {
		if b.Size() == 0 {
			return nil
		}
		err := idx.Batch(b)
		b.Reset()
		return err
	}
	var indexErr error
	for r := range results {
		if indexErr != nil {
			continue // drain
		}
		if r.err != nil {
			st.errors++
			if st.errors <= 10 {
				fmt.Fprintf(log, "%s: %v\n", r.pos, r.err)
			}
			if cfg.maxErrors >= 0 && st.errors > cfg.maxErrors {
				indexErr = fmt.Errorf("more than %d lines could not be read", cfg.maxErrors)
			}
			continue
		}
		if err := b.Index(r.id, r.doc); err != nil {
			indexErr = fmt.Errorf("%s: %w", r.pos, err)
			continue
		}
		st.articles++
		st.bytes += int64(len(r.doc.Text))
		if b.Size() >= cfg.batch {
			if err := flush(); err != nil {
				indexErr = err
			}
		}
		if cfg.progress > 0 && time.Since(lastReport) >= cfg.progress {
			lastReport = time.Now()
			fmt.Fprintf(log, "%s\n", progressLine(st, time.Since(start)))
		}
	}
	if err := <-readErr; err != nil && indexErr == nil {
		indexErr = err
	}
	if indexErr == nil {
		indexErr = flush()
	}
	st.elapsed = time.Since(start)
	st.cpu = procstat.CPU() - cpu0
	fmt.Fprintf(log, "%s; %s CPU (%.2f MB per CPU second); %s\n", progressLine(st, st.elapsed),
		st.cpu.Round(time.Millisecond), float64(st.bytes)/1e6/st.cpu.Seconds(), procstat.Peak())
	return st, indexErr
}

func progressLine(st stats, d time.Duration) string {
	mb := float64(st.bytes) / 1e6
	return fmt.Sprintf("%d articles (%.1f MB of text, %d lines skipped) in %s: %.0f articles/s, %.2f MB/s",
		st.articles, mb, st.errors, d.Round(time.Millisecond), float64(st.articles)/d.Seconds(), mb/d.Seconds())
}

// readFile sends the lines of the file named f (stdin for "-") to out.
func readFile(f string, stdin io.Reader, out chan<- line) error {
	var r io.Reader = stdin
	if f != "-" {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		defer fh.Close()
		r = fh
	}
	return jsonl.EachLine(r, func(no int, data []byte) error {
		if len(strings.TrimSpace(string(data))) == 0 {
			return nil
		}
		out <- line{file: f, no: no, data: append([]byte(nil), data...)}
		return nil
	})
}

// analyze reads one line and makes its Article.
func analyze(an *arnews.Analyzer, l line, plain bool) article {
	pos := fmt.Sprintf("%s:%d", l.file, l.no)
	rec, err := jsonl.Parse(l.data, time.Time{})
	if err != nil {
		return article{pos: pos, err: err}
	}
	id := rec.ID
	if id == "" {
		id = pos
	}
	title, outlet := rec.Field("title"), rec.Field("outlet")
	var a arabic.Article
	if plain {
		a = arabic.Article{Text: rec.Text, Title: title, Outlet: outlet, Published: rec.Published}
	} else {
		a = arabic.NewArticle(an.Analyze(rec.Text, rec.Published), title, outlet)
	}
	return article{id: id, doc: a, pos: pos}
}
