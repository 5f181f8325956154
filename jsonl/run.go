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

// A batch is a run of consecutive input lines, annotated by one worker.
type batch struct {
	file  string
	first int // line number of lines[0], from 1
	lines [][]byte
	size  int
	out   chan []byte
}

const batchBytes = 256 << 10

// Run annotates JSON lines from files (standard input when there are none),
// plain or gzip, and writes one output line per input line to w, in input
// order, analyzing on cfg.Workers goroutines. It returns an error only when
// the input cannot be read or the output written; bad lines become error
// lines.
func Run(an *arnews.Analyzer, files []string, w io.Writer, cfg Config) error {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	type source struct {
		name string
		open func() (io.ReadCloser, int64, error)
	}
	var sources []source
	var total int64 // bytes of all input files, for the ETA; 0 when unknown
	if len(files) == 0 {
		size := int64(0)
		if st, err := os.Stdin.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
		total = size
		sources = append(sources, source{"", func() (io.ReadCloser, int64, error) { return io.NopCloser(os.Stdin), size, nil }})
	}
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			return err
		}
		total += st.Size()
		sources = append(sources, source{f, func() (io.ReadCloser, int64, error) {
			r, err := os.Open(f)
			return r, st.Size(), err
		}})
	}

	var rawRead atomic.Int64 // bytes read from the files (compressed when gzip)
	jobs := make(chan *batch, cfg.Workers*2)
	order := make(chan *batch, cfg.Workers*4)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		for _, src := range sources {
			rc, _, err := src.open()
			if err != nil {
				readErr <- err
				return
			}
			err = readLines(&countingReader{r: rc, n: &rawRead}, src.name, func(b *batch) {
				b.out = make(chan []byte, 1)
				order <- b
				jobs <- b
			})
			rc.Close()
			if err != nil {
				readErr <- err
				return
			}
		}
		readErr <- nil
	}()
	for i := 0; i < cfg.Workers; i++ {
		go func() {
			for b := range jobs {
				out := make([]byte, 0, b.size*8)
				for i, line := range b.lines {
					out, _, _, _ = Annotate(out, an, Position{File: b.file, Line: b.first + i}, line, cfg.JSON)
					out = append(out, '\n')
				}
				b.out <- out
			}
		}()
	}

	bw := bufio.NewWriterSize(w, 1<<20)
	start := time.Now()
	var docs, inBytes int64
	lastReport := start
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
	for b := range order {
		out := <-b.out
		if _, err := bw.Write(out); err != nil {
			go func() { // let the reader and the workers finish
				for b := range order {
					<-b.out
				}
			}()
			return err
		}
		docs += int64(len(b.lines))
		inBytes += int64(b.size)
		if cfg.Progress != nil && time.Since(lastReport) > time.Second {
			lastReport = time.Now()
			progress(false)
		}
	}
	if err := <-readErr; err != nil {
		bw.Flush()
		return err
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
// with the gzip magic bytes.
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
		}
		if len(line) > 0 {
			lineNo++
			line = bytes.TrimRight(line, "\r\n")
			if ferr := fn(lineNo, line); ferr != nil {
				return ferr
			}
		}
		long = nil
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %v", lineNo+1, err)
		}
	}
}

// readLines hands the lines of r to emit in batches of about batchBytes.
func readLines(r io.Reader, name string, emit func(*batch)) error {
	cur := &batch{file: name}
	err := EachLine(r, func(lineNo int, line []byte) error {
		if len(cur.lines) == 0 {
			cur.first = lineNo
		}
		cur.lines = append(cur.lines, bytes.Clone(line))
		cur.size += len(line) + 1
		if cur.size >= batchBytes {
			emit(cur)
			cur = &batch{file: name}
		}
		return nil
	})
	if len(cur.lines) > 0 {
		emit(cur)
	}
	if err != nil && name != "" {
		err = fmt.Errorf("%s: %v", name, err)
	}
	return err
}
