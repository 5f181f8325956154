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

// TestArabicVocabulary stems every word of Snowball's Arabic vocabulary and
// compares with Snowball's published output, line by line.
func TestArabicVocabulary(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the whole-vocabulary conformance test in -short mode")
	}
	vocPath := shared.Path(t, "snowball-arabic/voc.txt.gz")
	outPath := shared.Path(t, "snowball-arabic/output.txt.gz")
	var words, stems []string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); words = readLines(t, vocPath) }()
	go func() { defer wg.Done(); stems = readLines(t, outPath) }()
	wg.Wait()
	if len(words) != vocabSize || len(stems) != vocabSize {
		t.Fatalf("read %d words and %d stems; want %d of each", len(words), len(stems), vocabSize)
	}

	workers := runtime.GOMAXPROCS(0)
	bad := make([][]int, workers) // indexes of mismatches, per worker
	chunk := (len(words) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(words))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				if Arabic(words[i]) != stems[i] {
					bad[w] = append(bad[w], i)
				}
			}
		}()
	}
	wg.Wait()
	mismatches := 0
	shown := 0
	for _, idx := range bad {
		mismatches += len(idx)
		for _, i := range idx {
			if shown < 30 {
				t.Errorf("line %d: Arabic(%q) = %q; reference %q", i+1, words[i], Arabic(words[i]), stems[i])
				shown++
			}
		}
	}
	t.Logf("%d of %d stems agree with the Snowball reference (%d differ)", len(words)-mismatches, len(words), mismatches)
}
