package normalize

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/shared"
	"golang.org/x/text/transform"
)

// benchNews is about 1 MB of real news text from the corpus.
func benchNews(b *testing.B) string {
	b.Helper()
	return shared.News(b, 1<<20)
}

// reportCPU reports the process CPU time per operation since start as
// cpu-ns/op, next to the wall time.
func reportCPU(b *testing.B, start int64) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cpuNanos()-start)/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkNews(b *testing.B) {
	s := benchNews(b)
	normal := Search.String(s)
	b.Run("ValidString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			if !utf8.ValidString(s) {
				b.Fatal("invalid")
			}
		}
	})
	b.Run("Search", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			_ = Search.String(s)
		}
	})
	b.Run("SearchNormal", func(b *testing.B) {
		b.SetBytes(int64(len(normal)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			_ = Search.String(normal)
		}
	})
	b.Run("Display", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			_ = Display.String(s)
		}
	})
	b.Run("SearchAppend", func(b *testing.B) {
		src := []byte(s)
		dst := make([]byte, 0, 2*len(s))
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			dst = Search.Append(dst[:0], src)
		}
	})
	b.Run("SearchText", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			_ = Search.Text(s)
		}
	})
	b.Run("SearchReader", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			io.Copy(io.Discard, transform.NewReader(strings.NewReader(s), Search))
		}
	})
	b.Run("SearchSpan", func(b *testing.B) {
		src := []byte(normal)
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			Search.Span(src, true)
		}
	})
}

// BenchmarkWords normalizes news word by word, the way tokenizers and
// stemmers call Search: per-call overhead shows here.
func BenchmarkWords(b *testing.B) {
	words := strings.Fields(benchNews(b))
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.Run("String", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			for _, w := range words {
				_ = Search.String(w)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
	})
	b.Run("Append", func(b *testing.B) {
		bw := make([][]byte, len(words))
		for i, w := range words {
			bw[i] = []byte(w)
		}
		buf := make([]byte, 0, 256)
		b.SetBytes(int64(n))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			for _, w := range bw {
				buf = Search.Append(buf[:0], w)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
	})
}
