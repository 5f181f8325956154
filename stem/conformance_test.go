package stem

import (
	"bufio"
	"compress/gzip"
	"os"
	"runtime"
	"sync"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// vocabSize is the number of words in Snowball's Arabic sample vocabulary.
const vocabSize = 9196214

// readLines returns the lines of a gzip-compressed text file.
func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	lines := make([]string, 0, vocabSize)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

// batchLines streams the lines of a gzip-compressed file in batches of n.
func batchLines(path string, n int, out chan<- []string, errc chan<- error) {
	defer close(out)
	f, err := os.Open(path)
	if err != nil {
		errc <- err
		return
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		errc <- err
		return
	}
	sc := bufio.NewScanner(zr)
	batch := make([]string, 0, n)
	for sc.Scan() {
		batch = append(batch, sc.Text())
		if len(batch) == n {
			out <- batch
			batch = make([]string, 0, n)
		}
	}
	if len(batch) > 0 {
		out <- batch
	}
	errc <- sc.Err()
}

// TestArabicVocabulary stems every word of Snowball's Arabic vocabulary and
// compares with Snowball's published output, line by line. Both files are
// streamed in batches, so memory stays small, and batches are stemmed on
// every core.
func TestArabicVocabulary(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the whole-vocabulary conformance test in -short mode")
	}
	vocPath := shared.Path(t, "snowball-arabic/voc.txt.gz")
	outPath := shared.Path(t, "snowball-arabic/output.txt.gz")

	const batch = 1 << 16
	words, stems := make(chan []string, 4), make(chan []string, 4)
	errc := make(chan error, 2)
	go batchLines(vocPath, batch, words, errc)
	go batchLines(outPath, batch, stems, errc)

	type job struct {
		first        int // line index of the batch's first line
		words, stems []string
	}
	type mismatch struct {
		line            int
		word, got, stem string
	}
	jobs := make(chan job, 4)
	var (
		mu      sync.Mutex
		bad     int
		samples []mismatch
		wg      sync.WaitGroup
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range jobs {
				for i, w := range j.words {
					if got := Arabic(w); got != j.stems[i] {
						mu.Lock()
						bad++
						if len(samples) < 30 {
							samples = append(samples, mismatch{j.first + i + 1, w, got, j.stems[i]})
						}
						mu.Unlock()
					}
				}
			}
		})
	}
	total := 0
	for ws := range words {
		ss, ok := <-stems
		if !ok || len(ss) != len(ws) {
			t.Errorf("output.txt.gz has fewer lines than voc.txt.gz (at line %d)", total+len(ss))
			break
		}
		jobs <- job{total, ws, ss}
		total += len(ws)
	}
	close(jobs)
	wg.Wait()
	for range words {
	}
	for range stems {
		t.Errorf("output.txt.gz has more lines than voc.txt.gz")
	}
	for range 2 {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	if total != vocabSize {
		t.Errorf("read %d words; want %d", total, vocabSize)
	}
	for _, m := range samples {
		t.Errorf("line %d: Arabic(%q) = %q; reference %q", m.line, m.word, m.got, m.stem)
	}
	t.Logf("%d of %d stems agree with the Snowball reference (%d differ)", total-bad, total, bad)
}
