// Package stem_test compares stem.Arabic with the Snowball-generated Go
// stemmer in github.com/blevesearch/snowballstem/arabic on the same words.
//
//	cd bench && go test -run XXX -bench . -benchmem -count 6 ./stem/
package stem_test

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/stem"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
)

var (
	vocabOnce sync.Once
	vocab     []string
)

// vocabSample returns every 50th word of Snowball's Arabic vocabulary
// (about 184,000 words).
func vocabSample(b testing.TB) []string {
	path := shared.Path(b, "snowball-arabic/voc.txt.gz")
	vocabOnce.Do(func() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		for i := 0; sc.Scan(); i++ {
			if i%50 == 0 {
				vocab = append(vocab, sc.Text())
			}
		}
	})
	return vocab
}

// newsWords returns the Arabic words of about 1 MB of news text.
func newsWords(b testing.TB) []string {
	text := shared.News(b, 1<<20)
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.Is(unicode.Arabic, r) })
}

func totalBytes(words []string) int64 {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	return int64(n)
}

func bleveArabic(w string) string {
	env := snowballstem.NewEnv(w)
	arabic.Stem(env)
	return env.Current()
}

var sink string

func bench(b *testing.B, words []string, fn func(string) string) {
	b.SetBytes(totalBytes(words))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			sink = fn(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

func BenchmarkArabic(b *testing.B) {
	for _, set := range []struct {
		name  string
		words func(testing.TB) []string
	}{{"vocab", vocabSample}, {"news", newsWords}} {
		b.Run(set.name+"/arnews", func(b *testing.B) { bench(b, set.words(b), stem.Arabic) })
		b.Run(set.name+"/snowballstem", func(b *testing.B) { bench(b, set.words(b), bleveArabic) })
	}
}

// TestSameStems reports how often the peer agrees with stem.Arabic on the
// benchmark words, so the comparison is between stemmers doing the same work.
func TestSameStems(t *testing.T) {
	for _, set := range []struct {
		name  string
		words []string
	}{{"vocabulary sample", vocabSample(t)}, {"news", newsWords(t)}} {
		diff := 0
		for _, w := range set.words {
			if stem.Arabic(w) != bleveArabic(w) {
				diff++
			}
		}
		if diff != 0 {
			t.Errorf("%s: snowballstem/arabic differs from stem.Arabic on %d of %d words", set.name, diff, len(set.words))
		}
	}
}
