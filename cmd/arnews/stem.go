package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/arnews/arnews/stem"
)

// chunkSize is how much input one worker stems at a time.
const chunkSize = 1 << 20

type stemConfig struct {
	snowball bool
	pretty   bool
	latin    *stem.Stemmer // nil: leave words without Arabic letters alone
	news     *stem.Stemmer
}

func init() {
	register(&command{
		name:  "stem",
		args:  "[FILE]",
		short: "stem words, one a line, like Snowball's stemwords",
		long: `It reads one word a line from FILE (or -i FILE, or standard input) and writes one
stem a line to -o (standard output by default), in the same order. By default it uses
the news stemmer stem.Word; -snowball uses stem.Arabic, the exact Snowball Arabic
algorithm, and then, like stemwords, maps ASCII A-Z to a-z first, so that

	arnews stem -snowball -i voc.txt -o out.txt

writes what 'stemwords -l arabic -i voc.txt -o out.txt' writes. -l LANG sends words
without Arabic letters to the Snowball stemmer of github.com/kljensen/snowball for that
language (english, french, spanish, russian, swedish, norwegian, hungarian); -l arabic
leaves them alone. Without -l the news stemmer stems them as English and -snowball
leaves them alone. -p writes "word -> stem". Like stemwords, -snowball keeps a carriage
return as part of the word; the news stemmer drops one at the end of a line. Large
inputs are stemmed on every core and written back in input order.`,
		uses: useQuiet,
		setup: func(fs *flag.FlagSet) func(*env) error {
			in := fs.String("i", "", "input `file`, one word a line (default: FILE, or standard input)")
			out := fs.String("o", "", "output `file`, one stem a line (default standard output)")
			snowball := fs.Bool("snowball", false, "use the exact Snowball Arabic algorithm instead of the news stemmer")
			lang := fs.String("l", "", "language for words without Arabic letters (english, french, ...; arabic: leave them)")
			pretty := fs.Bool("p", false, `write "word -> stem"`)
			enc := fs.String("c", "UTF_8", "character encoding (only UTF-8 is supported)")
			return func(e *env) error {
				if len(e.args) > 1 || len(e.args) == 1 && *in != "" {
					return usagef("one input at most: FILE or -i FILE")
				}
				if len(e.args) == 1 {
					*in = e.args[0]
				}
				if x := strings.ToUpper(strings.ReplaceAll(*enc, "-", "_")); x != "UTF_8" && x != "UTF8" {
					return usagef("-c: encoding %q not supported: only UTF-8", *enc)
				}
				cfg := stemConfig{snowball: *snowball, pretty: *pretty}
				l := strings.ToLower(*lang)
				switch {
				case l == "arabic" || l == "ar":
					if !cfg.snowball {
						cfg.news = stem.New(stem.Latin("none"))
					}
				case l != "":
					s, err := stem.NewChecked(stem.Latin(l))
					if err != nil {
						return usagef("-l: %v", err)
					}
					cfg.latin = s
					cfg.news = s
				}
				if cfg.news == nil {
					cfg.news = stem.New()
				}
				var r io.Reader = e.stdin
				if *in != "" {
					f, err := os.Open(*in)
					if err != nil {
						return fmt.Errorf("reading %s", trimPathErr(err))
					}
					defer f.Close()
					r = f
				}
				var w io.Writer = e.stdout
				var outFile *os.File
				if *out != "" {
					f, err := os.Create(*out)
					if err != nil {
						return fmt.Errorf("-o: %s", trimPathErr(err))
					}
					outFile = f
					w = f
				}
				err := stemAll(r, w, &cfg, runtime.GOMAXPROCS(0))
				if outFile != nil {
					if cerr := outFile.Close(); err == nil {
						err = cerr
					}
				}
				return err
			}
		},
	})
}

// job is one chunk of whole lines and, once stemmed, its output.
type job struct {
	in   []byte
	out  []byte
	done chan struct{}
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, chunkSize+chunkSize/2); return &b }}

func getBuf() []byte  { return (*bufPool.Get().(*[]byte))[:0] }
func putBuf(b []byte) { bufPool.Put(&b) }

// stemAll stems every line of r to w: the reader cuts chunks at line
// ends, workers stem them concurrently, and the writer writes them in
// input order.
func stemAll(r io.Reader, w io.Writer, cfg *stemConfig, workers int) error {
	workers = max(workers, 1)
	jobs := make(chan *job, 2*workers)
	order := make(chan *job, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out = stemChunk(getBuf(), j.in, cfg)
				close(j.done)
			}
		})
	}

	writeErr := make(chan error, 1)
	go func() {
		var err error
		for j := range order {
			<-j.done
			if err == nil {
				_, err = w.Write(j.out)
			}
			putBuf(j.in)
			putBuf(j.out)
		}
		writeErr <- err
	}()

	readErr := readChunks(r, func(chunk []byte) {
		j := &job{in: chunk, done: make(chan struct{})}
		order <- j
		jobs <- j
	})
	close(jobs)
	close(order)
	wg.Wait()
	err := <-writeErr
	if readErr != nil {
		return readErr
	}
	return err
}

// readChunks calls emit with buffers of whole lines (the last may lack
// its newline) of about chunkSize bytes or more.
func readChunks(r io.Reader, emit func([]byte)) error {
	buf := getBuf()
	lineless := 0 // buf[:lineless] is known to hold no line end
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, cap(buf)) // a line longer than the buffer
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err != nil {
			if !errors.Is(err, io.EOF) {
				return err
			}
			if len(buf) > 0 {
				emit(buf)
			}
			return nil
		}
		if len(buf) < chunkSize {
			continue
		}
		// Search only the bytes read since the last search, so that a
		// long line read in small pieces is scanned once, not once a read.
		cut := bytes.LastIndexByte(buf[lineless:], '\n')
		if cut < 0 {
			lineless = len(buf)
			continue // no line end yet
		}
		cut += lineless
		next := append(getBuf(), buf[cut+1:]...)
		emit(buf[:cut+1])
		buf, lineless = next, 0
	}
}

// stemChunk appends the stem of every line of in to out.
func stemChunk(out, in []byte, cfg *stemConfig) []byte {
	var lower []byte
	for len(in) > 0 {
		i := bytes.IndexByte(in, '\n')
		var line []byte
		if i < 0 {
			line, in = in, nil
		} else {
			line, in = in[:i], in[i+1:]
		}
		if !cfg.snowball && len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1] // CRLF files, for the news stemmer
		}
		if cfg.snowball && hasUpperASCII(line) {
			lower = append(lower[:0], line...)
			for k, c := range lower {
				if c >= 'A' && c <= 'Z' {
					lower[k] = c + 'a' - 'A'
				}
			}
			line = lower
		}
		// The chunk is not modified while its lines are stemmed, and no
		// stem outlives this loop.
		word := unsafe.String(unsafe.SliceData(line), len(line))
		if cfg.pretty {
			out = append(out, line...)
			out = append(out, " -> "...)
		}
		out = append(out, stemWord(word, cfg)...)
		out = append(out, '\n')
	}
	return out
}

func stemWord(word string, cfg *stemConfig) string {
	if !cfg.snowball {
		return cfg.news.Stem(word)
	}
	if cfg.latin != nil && !hasArabic(word) {
		return cfg.latin.Stem(word)
	}
	return stem.Arabic(word)
}

func hasUpperASCII(b []byte) bool {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

func hasArabic(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}
