// Package shared locates the project's reference data (the seed article, the
// Snowball vocabulary, the news corpus) for tests and benchmarks.
//
// The data lives outside the repository, in a folder named shared beside the
// repository root (or wherever $SHARED_DIR points). A plain clone has no such
// folder: every helper here then skips the calling test with a message that
// says so, so `go test ./...` passes on a fresh machine.
package shared

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	dirOnce sync.Once
	dir     string
)

// Dir returns the shared data folder, or "" when there is none. It honours
// $SHARED_DIR, then looks for ../shared beside every parent folder that
// holds a go.mod (so it works from any package of the main module and from
// the bench and beam modules).
func Dir() string {
	dirOnce.Do(func() {
		if d := os.Getenv("SHARED_DIR"); d != "" {
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				dir = d
				return
			}
		}
		wd, err := os.Getwd()
		if err != nil {
			return
		}
		for d := wd; ; {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				c := filepath.Join(filepath.Dir(d), "shared")
				if st, err := os.Stat(filepath.Join(c, "seed")); err == nil && st.IsDir() {
					dir = c
					return
				}
			}
			p := filepath.Dir(d)
			if p == d {
				return
			}
			d = p
		}
	})
	return dir
}

// Path returns the path of rel inside the shared folder, or skips tb with a
// clear message when the folder or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skipf("skipping: needs the shared data folder (../shared beside the repository, or $SHARED_DIR) for %s", rel)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s is not in the shared data folder %s", rel, d)
	}
	return p
}

// SeedPath is the reference article, relative to the shared folder.
const SeedPath = "seed/article-2020-10-06.txt"

// Seed returns the reference article (Al Mayadeen, 2020-10-06) or skips tb.
func Seed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, SeedPath))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// Article is one line of the news corpus.
type Article struct {
	ID     string `json:"id"`     // the corpus's identifier of the article
	Outlet string `json:"outlet"` // who published it
	Date   string `json:"date"`   // publication day as written (YYYY-MM-DD in the corpus)
	Title  string `json:"title"`  // headline
	Text   string `json:"text"`   // body text
}

// CorpusFiles are the corpus files, relative to the shared folder.
var CorpusFiles = []string{
	"corpus/ant-v1.1-jawhara.jsonl.gz",
	"corpus/ant-v2.1-multisource.jsonl.gz",
}

// Articles calls fn for each article of the corpus file rel (one of
// CorpusFiles) until fn returns false, or skips tb when the file is absent.
// A file is decompressed and parsed once per process, only as far as the
// callers have read it: later passes read the articles kept in memory (the
// entities tests draw dozens of samples, each a pass over the corpus, and
// spent most of their time parsing the same JSON again).
func Articles(tb testing.TB, rel string, fn func(Article) bool) {
	tb.Helper()
	path := Path(tb, rel)
	corpusMu.Lock()
	c := corpusFiles[path]
	if c == nil {
		c = &corpusFile{path: path}
		corpusFiles[path] = c
	}
	corpusMu.Unlock()
	for i := 0; ; i++ {
		a, ok, err := c.at(i)
		if err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		if !ok || !fn(a) {
			return
		}
	}
}

// corpusFile is a corpus file read once per process: the articles parsed so
// far, and the scanner positioned after them while the file is not done.
type corpusFile struct {
	path     string
	mu       sync.Mutex
	articles []Article
	f        *os.File
	sc       *bufio.Scanner
	done     bool
	err      error // the first error reading the file, returned to every later reader
}

var (
	corpusMu    sync.Mutex
	corpusFiles = map[string]*corpusFile{}
)

// at returns the i-th article of the file (from 0), reading on as far as
// it when needed; ok is false past the last article.
func (c *corpusFile) at(i int) (a Article, ok bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i >= len(c.articles) {
		if c.err != nil || c.done {
			return Article{}, false, c.err
		}
		c.next()
	}
	return c.articles[i], true, nil
}

// next parses one more line of the file (c.mu held), or records the end
// or an error.
func (c *corpusFile) next() {
	if c.sc == nil {
		f, err := os.Open(c.path)
		if err != nil {
			c.err = err
			return
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			c.err = err
			return
		}
		c.f, c.sc = f, bufio.NewScanner(zr)
		c.sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	}
	if !c.sc.Scan() {
		c.err, c.done = c.sc.Err(), true
		c.f.Close()
		c.f, c.sc = nil, nil
		return
	}
	var a Article
	if err := json.Unmarshal(c.sc.Bytes(), &a); err != nil {
		c.err = err
		c.f.Close()
		c.f, c.sc = nil, nil
		return
	}
	c.articles = append(c.articles, a)
}

var (
	newsMu    sync.Mutex
	newsCache = map[int]string{}
)

// News returns about n bytes of real news text: whole article texts from the
// multisource corpus, joined by blank lines (paragraph breaks). The result is
// cached per n. It skips tb when the corpus is absent.
func News(tb testing.TB, n int) string {
	tb.Helper()
	newsMu.Lock()
	defer newsMu.Unlock()
	if s, ok := newsCache[n]; ok {
		return s
	}
	buf := make([]byte, 0, n+64<<10)
	Articles(tb, CorpusFiles[1], func(a Article) bool {
		if len(buf) > 0 {
			buf = append(buf, "\n\n"...)
		}
		buf = append(buf, a.Text...)
		return len(buf) < n
	})
	s := string(buf)
	newsCache[n] = s
	return s
}
