package jsonl

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/arnews/arnews"
)

// Config says how to annotate JSON lines. Its zero value annotates with
// the default Analyzer on every core, and makes a line without a date an
// error line.
type Config struct {
	// Analyzer analyzes the texts; nil means the one arnews.New() returns.
	Analyzer *arnews.Analyzer
	// Workers is the number of goroutines that analyze; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// JSON selects optional parts of each Document's JSON.
	JSON arnews.JSONOptions
	// Date is the publication time of lines without a "date" field; when
	// it is zero such a line is an error line.
	Date time.Time
	// MaxLine is the longest input line, newline excluded; a longer line
	// is an error line, and reading goes on after it. 0 means
	// DefaultMaxLine.
	MaxLine int
	// Stdin is what Run reads when it is given no files; nil means
	// os.Stdin.
	Stdin io.Reader
	// Progress, when not nil, receives a progress line about once a second
	// during Run: documents, error lines, MB of input, MB/s and, when the
	// input's size is known, an ETA. The line is rewritten in place with a
	// carriage return when Progress is a terminal, and ends with a newline
	// otherwise.
	Progress io.Writer
}

// DefaultMaxLine is the longest line a Config with MaxLine 0 accepts.
const DefaultMaxLine = 64 << 20

var defaultAnalyzer = sync.OnceValues(func() (*arnews.Analyzer, error) { return arnews.New() })

func (c *Config) analyzer() (*arnews.Analyzer, error) {
	if c.Analyzer != nil {
		return c.Analyzer, nil
	}
	return defaultAnalyzer()
}

func (c *Config) maxLine() int {
	if c.MaxLine > 0 {
		return c.MaxLine
	}
	return DefaultMaxLine
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
	// Err says why the line could not be annotated. It is a *ReadError
	// when the line stands for damage in the input.
	Err error
	// Size is the input line's length in bytes, newline included (0 for
	// damage).
	Size int
}

// A ReadError is damage in the input: a gzip stream cut short or corrupt,
// a read error, or a line longer than the limit. Every complete line
// before it was read.
type ReadError struct {
	// Line is the number of the line the damage made unreadable.
	Line int
	// Err is what went wrong.
	Err error
}

// Error returns "line N: what went wrong".
func (e *ReadError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the error of reading.
func (e *ReadError) Unwrap() error { return e.Err }

// ErrLineTooLong is the error of a line longer than the limit.
var ErrLineTooLong = errors.New("line too long")

// A batch is a run of consecutive input lines, annotated by one worker.
type batch struct {
	first  int // line number of lines[0], from 1
	lines  [][]byte
	damage error // when not nil, the line after lines
	size   int
	out    chan []Output
}

const batchBytes = 256 << 10

// AnnotateEach reads the lines of r (plain or gzip), annotates them on
// cfg.Workers goroutines and calls fn with each line's Output in input
// order, from the calling goroutine. file names the input in positions and
// error lines ("" for standard input). Damage in the input is the Output
// of one more line, with a *ReadError, after every complete line before
// it; a line longer than cfg.MaxLine is an error Output and reading goes
// on. AnnotateEach stops at the first error of fn, which it returns, and
// otherwise returns nil. cfg.Progress is not used.
func AnnotateEach(r io.Reader, file string, cfg Config, fn func(Output) error) error {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan *batch, workers*2)
	order := make(chan *batch, workers*4)
	stop := make(chan struct{})
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
		eachLine(r, cfg.maxLine(), func(lineNo int, line []byte, damage error) bool {
			if len(cur.lines) == 0 && cur.damage == nil {
				cur.first = lineNo
			}
			if damage != nil && !errors.Is(damage, ErrLineTooLong) {
				cur.damage = damage
				return send()
			}
			if damage != nil {
				cur.lines = append(cur.lines, nil) // a nil line stands for one too long
			} else {
				cur.lines = append(cur.lines, bytes.Clone(line))
			}
			cur.size += len(line) + 1
			if cur.size >= batchBytes {
				return send()
			}
			return true
		})
		if len(cur.lines) > 0 || cur.damage != nil {
			send()
		}
	}()
	for i := 0; i < workers; i++ {
		go func() {
			for b := range jobs {
				b.out <- annotateBatch(b, file, cfg)
			}
		}()
	}
	var fnErr error
	for b := range order {
		for _, o := range <-b.out {
			if fnErr = fn(o); fnErr != nil {
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
	}
	return nil
}

func annotateBatch(b *batch, file string, cfg Config) []Output {
	outs := make([]Output, len(b.lines), len(b.lines)+1)
	for i, line := range b.lines {
		o := &outs[i]
		o.Position = Position{File: file, Line: b.first + i}
		if line == nil {
			err := fmt.Errorf("%w: longer than %d bytes", ErrLineTooLong, cfg.maxLine())
			o.Err = &ReadError{Line: o.Line, Err: err}
			o.JSON = AppendError(nil, o.Position, nil, err)
			continue
		}
		o.Size = len(line) + 1
		// The JSON of an article with its tokens is about 11 times the
		// input line: allocate once.
		o.JSON, o.Record, o.Document, o.Err = Annotate(make([]byte, 0, len(line)*12+256), o.Position, line, cfg)
	}
	if b.damage != nil {
		pos := Position{File: file, Line: b.first + len(b.lines)}
		err := &ReadError{Line: pos.Line, Err: b.damage}
		outs = append(outs, Output{Position: pos, Err: err, JSON: AppendError(nil, pos, nil, b.damage)})
	}
	return outs
}

// A Summary counts what Run did.
type Summary struct {
	// Documents is the number of lines annotated.
	Documents int
	// Errors is the number of error lines: bad lines and damage.
	Errors int
	// Bytes is the length of the input lines, uncompressed, newlines
	// included.
	Bytes int64
	// TextBytes is the length of the documents' texts.
	TextBytes int64
	// Elapsed is the time Run took.
	Elapsed time.Duration
}

// String returns a one-line summary: documents and error lines counted
// apart, and the speed in MB of text per second.
func (s Summary) String() string {
	sec := max(s.Elapsed.Seconds(), 1e-9)
	return fmt.Sprintf("%d documents, %d error %s; %.1f MB of text in %s (%.1f MB/s)",
		s.Documents, s.Errors, plural(s.Errors, "line", "lines"), float64(s.TextBytes)/1e6, s.Elapsed.Round(time.Millisecond), float64(s.TextBytes)/1e6/sec)
}

// Run annotates JSON lines from files (standard input when there are none),
// plain or gzip, and writes one output line per input line to w, in input
// order, analyzing on cfg.Workers goroutines. Bad lines and damage in the
// input become error lines (see the package documentation), counted in the
// Summary; Run returns an error only when a file cannot be opened (before
// anything is written) or the output cannot be written.
func Run(files []string, w io.Writer, cfg Config) (Summary, error) {
	start := time.Now()
	var sum Summary
	var total int64 // uncompressed size of all inputs, for the ETA; 0 when unknown
	stdin := cfg.Stdin
	if stdin == nil {
		stdin = os.Stdin
	}
	if f, ok := stdin.(*os.File); ok && len(files) == 0 {
		total = inputSize(f)
	}
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			return sum, err
		}
		if total >= 0 {
			if n := inputSize(r); n > 0 {
				total += n
			} else {
				total = -1
			}
		}
		r.Close()
	}
	p := newProgress(cfg.Progress, total, start)
	bw := bufio.NewWriterSize(w, 1<<20)
	write := func(o Output) error {
		bw.Write(o.JSON)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
		if o.Err != nil {
			sum.Errors++
		} else {
			sum.Documents++
			sum.TextBytes += int64(len(o.Record.Text))
		}
		sum.Bytes += int64(o.Size)
		p.update(&sum)
		return nil
	}
	each := func(r io.Reader, name string) error {
		return AnnotateEach(r, name, cfg, write)
	}
	var err error
	if len(files) == 0 {
		err = each(stdin, "")
	}
	for _, f := range files {
		if err != nil {
			break
		}
		var r *os.File
		if r, err = os.Open(f); err != nil {
			break
		}
		err = each(r, f)
		r.Close()
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	sum.Elapsed = time.Since(start)
	p.done()
	return sum, err
}

// inputSize returns the uncompressed size of a regular file, read from
// the gzip trailer for gzip (exact for one member under 4 GiB, the usual
// case), or 0 when it cannot be known. It does not move f's offset.
func inputSize(f *os.File) int64 {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	var head [2]byte
	if n, _ := f.ReadAt(head[:], 0); n < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return st.Size()
	}
	var tail [4]byte
	if st.Size() < 18 {
		return 0
	}
	if n, _ := f.ReadAt(tail[:], st.Size()-4); n < 4 {
		return 0
	}
	return int64(binary.LittleEndian.Uint32(tail[:]))
}

// progress writes Config.Progress's lines.
type progress struct {
	w        io.Writer
	terminal bool
	total    int64
	start    time.Time
	last     time.Time
	shown    bool
}

func newProgress(w io.Writer, total int64, start time.Time) *progress {
	p := &progress{w: w, total: total, start: start, last: start}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
		}
	}
	return p
}

func (p *progress) update(s *Summary) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < time.Second {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	mb := float64(s.Bytes) / 1e6
	line := fmt.Sprintf("%d documents, %d error lines, %.1f MB, %.1f MB/s", s.Documents, s.Errors, mb, mb/el)
	if p.total > 0 && s.Bytes <= p.total {
		done := float64(s.Bytes) / float64(p.total)
		if done > 0.01 {
			line += fmt.Sprintf(", ETA %s", (time.Duration(el/done*(1-done)) * time.Second).Round(time.Second))
		}
	}
	if p.terminal {
		fmt.Fprintf(p.w, "\r%s\033[K", line)
		p.shown = true
	} else {
		fmt.Fprintln(p.w, line)
	}
}

// done ends a progress line rewritten in place.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
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
// error of fn, which it returns, or of reading, which it returns as a
// *ReadError after every complete line before it: a gzip stream that is
// cut short is an error, never a silent early end, and the incomplete
// line at the cut is not passed to fn. A line longer than DefaultMaxLine
// is a *ReadError too.
func EachLine(r io.Reader, fn func(lineNo int, line []byte) error) error {
	var err error
	eachLine(r, DefaultMaxLine, func(lineNo int, line []byte, damage error) bool {
		if damage != nil {
			err = &ReadError{Line: lineNo, Err: damage}
			return false
		}
		err = fn(lineNo, line)
		return err == nil
	})
	return err
}

// eachLine calls fn with every complete line of r (plain or gzip), or
// with the damage that stops reading: fn(n, nil, err) where n is the line
// the damage made unreadable. A line longer than maxLine is
// fn(n, nil, error wrapping ErrLineTooLong), and reading goes on after it.
// Reading stops when fn returns false.
func eachLine(r io.Reader, maxLine int, fn func(lineNo int, line []byte, damage error) bool) {
	rc, err := NewReader(r)
	if err != nil {
		fn(1, nil, damageError(err))
		return
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 1<<20)
	lineNo := 0
	var long []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if !tooLong && len(long)+len(chunk) > maxLine {
				tooLong, long = true, nil
			}
			if !tooLong {
				long = append(long, chunk...)
			}
			continue
		}
		line := chunk
		if long != nil {
			line = append(long, chunk...)
			long = nil
		}
		switch {
		case err != nil && err != io.EOF:
			// The bytes read before the damage are no complete line.
			fn(lineNo+1, nil, damageError(err))
			return
		case tooLong || len(bytes.TrimRight(line, "\r\n")) > maxLine:
			tooLong = false
			lineNo++
			if !fn(lineNo, nil, fmt.Errorf("%w: longer than %d bytes", ErrLineTooLong, maxLine)) {
				return
			}
		case len(line) > 0:
			lineNo++
			if !fn(lineNo, bytes.TrimRight(line, "\r\n"), nil) {
				return
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// damageError says what a read error means for the user.
func damageError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("the input is cut short (a truncated gzip file?): %w; the lines before it are complete", err)
	case errors.Is(err, gzip.ErrChecksum):
		return fmt.Errorf("the gzip data is corrupt: %w", err)
	case errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("the gzip data is corrupt or followed by other data: %w", err)
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return fmt.Errorf("the gzip data is corrupt: %w", err)
	}
	return fmt.Errorf("reading: %w", err)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
