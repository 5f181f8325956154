package jsonl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/arnews/arnews"
)

// Config controls Run.
type Config struct {
	// Workers is the number of goroutines that analyze; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Progress, when not nil, receives a progress line about once a second
	// (documents, MB, MB/s, and an ETA when the input size is known) and a
	// final summary line.
	Progress io.Writer
	// JSON selects optional parts of each Document's JSON.
	JSON arnews.JSONOptions
}

// An Output is the result of annotating one input line.
type Output struct {
	Position
	// JSON is the output line, without newline: a document line, or an
	// error line when Err is not nil.
	JSON []byte
	// Record is the parsed input (partial, or nil, for an error line).
	Record *Record
	// Document is the analysis, nil for an error line.
	Document *arnews.Document
	// Err says why the line could not be annotated.
	Err error
	// Size is the input line's length in bytes, newline included.
	Size int
}

// A batch is a run of consecutive input lines, annotated by one worker.
type batch struct {
	first int // line number of lines[0], from 1
	lines [][]byte
	size  int
	out   chan []Output
}

const batchBytes = 256 << 10

// AnnotateEach reads the lines of r (plain or gzip), annotates them on
// workers goroutines (0: runtime.GOMAXPROCS(0)) and calls fn with each
// line's Output in input order, from the calling goroutine. file names the
// input in positions and error lines ("" for standard input). It stops at
// the first error of reading or of fn.
func AnnotateEach(an *arnews.Analyzer, r io.Reader, file string, workers int, opt arnews.JSONOptions, fn func(Output) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan *batch, workers*2)
	order := make(chan *batch, workers*4)
	stop := make(chan struct{})
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		cur := &batch{}
		send := func() bool {
			cur.out = make(chan []Output, 1)
			select {
			case order <- cur:
			case <-stop:
				return false
			}
			jobs <- cur
			cur = &batch{}
			return true
		}
		err := EachLine(r, func(lineNo int, line []byte) error {
			if len(cur.lines) == 0 {
				cur.first = lineNo
			}
			cur.lines = append(cur.lines, bytes.Clone(line))
			cur.size += len(line) + 1
			if cur.size >= batchBytes && !send() {
				return errStopped
			}
			return nil
		})
		if err == nil && len(cur.lines) > 0 {
			send()
		}
		if err != nil && file != "" {
			err = fmt.Errorf("%s: %v", file, err)
		}
		readErr <- err
	}()
	for i := 0; i < workers; i++ {
		go func() {
			for b := range jobs {
				outs := make([]Output, len(b.lines))
				for i, line := range b.lines {
					o := &outs[i]
					o.Position = Position{File: file, Line: b.first + i}
					o.Size = len(line) + 1
					// The JSON of an article with its tokens is about 11 times the
					// input line: allocate once.
					o.JSON, o.Record, o.Document, o.Err = Annotate(make([]byte, 0, len(line)*12+256), an, o.Position, line, opt)
				}
				b.out <- outs
			}
		}()
	}
	var fnErr error
	for b := range order {
		outs := <-b.out
		for _, o := range outs {
			if fnErr == nil {
				fnErr = fn(o)
			}
		}
		if fnErr != nil {
			break
		}
	}
	if fnErr != nil {
		close(stop)
		go func() { // let the reader and the workers finish
			for b := range order {
				<-b.out
			}
		}()
		return fnErr
	}
	if err := <-readErr; err != nil && err != errStopped {
		return err
	}
	return nil
}

var errStopped = fmt.Errorf("jsonl: stopped")

// Run annotates JSON lines from files (standard input when there are none),
// plain or gzip, and writes one output line per input line to w, in input
// order, analyzing on cfg.Workers goroutines. It returns an error only when
// the input cannot be read or the output written; bad lines become error
// lines.
func Run(an *arnews.Analyzer, files []string, w io.Writer, cfg Config) error {
	var total int64 // bytes of all input files, for the ETA; 0 when unknown
	if len(files) == 0 {
		if st, err := os.Stdin.Stat(); err == nil && st.Mode().IsRegular() {
			total = st.Size()
		}
	}
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			return err
		}
		total += st.Size()
	}

	var rawRead atomic.Int64 // bytes read from the files (compressed when gzip)
	bw := bufio.NewWriterSize(w, 1<<20)
	start := time.Now()
	lastReport := start
	var docs, inBytes int64
	progress := func(final bool) {
		el := time.Since(start).Seconds()
		mb := float64(inBytes) / 1e6
		line := fmt.Sprintf("\r%d documents, %.1f MB, %.1f MB/s", docs, mb, mb/max(el, 1e-9))
		if total > 0 && !final {
			done := float64(rawRead.Load()) / float64(total)
			if done > 0.01 {
				line += fmt.Sprintf(", ETA %s", (time.Duration(el/done*(1-done)) * time.Second).Round(time.Second))
			}
		}
		if final {
			line += fmt.Sprintf(" in %s\n", time.Since(start).Round(time.Millisecond))
		} else {
			line += "   " // covers the tail of a longer previous line
		}
		fmt.Fprint(cfg.Progress, line)
	}
	write := func(o Output) error {
		bw.Write(o.JSON)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
		docs++
		inBytes += int64(o.Size)
		if cfg.Progress != nil && time.Since(lastReport) > time.Second {
			lastReport = time.Now()
			progress(false)
		}
		return nil
	}
	each := func(r io.Reader, name string) error {
		return AnnotateEach(an, &countingReader{r: r, n: &rawRead}, name, cfg.Workers, cfg.JSON, write)
	}
	if len(files) == 0 {
		if err := each(os.Stdin, ""); err != nil {
			bw.Flush()
			return err
		}
	}
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			bw.Flush()
			return err
		}
		err = each(r, f)
		r.Close()
		if err != nil {
			bw.Flush()
			return err
		}
	}
	if cfg.Progress != nil {
		progress(true)
	}
	return bw.Flush()
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// NewReader returns a reader of r's content, decompressed when r starts
// with the gzip magic bytes (a concatenation of gzip members is read
// whole).
func NewReader(r io.Reader) (io.ReadCloser, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		return zr, nil
	}
	return io.NopCloser(br), nil
}

// EachLine calls fn with every line of r (plain or gzip) and its number,
// from 1, without the line ending. A final line without a newline counts.
// The line's bytes are only valid during the call. It stops at the first
// error of fn or of reading; a gzip stream that is cut short is an error,
// never a silent early end.
func EachLine(r io.Reader, fn func(lineNo int, line []byte) error) error {
	rc, err := NewReader(r)
	if err != nil {
		return err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 1<<20)
	lineNo := 0
	var long []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long, chunk...)
			continue
		}
		line := chunk
		if long != nil {
			line = append(long, chunk...)
			long = nil
		}
		if len(line) > 0 {
			lineNo++
			if ferr := fn(lineNo, bytes.TrimRight(line, "\r\n")); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %v", lineNo+1, err)
		}
	}
}
