package arnews

import (
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
)

// newsArticles returns whole articles of real news from the given corpus
// file (an index into shared.CorpusFiles), about limit bytes in all, and
// their total size.
func newsArticles(tb testing.TB, file, limit int) ([]string, int) {
	var docs []string
	n := 0
	shared.Articles(tb, shared.CorpusFiles[file], func(a shared.Article) bool {
		docs = append(docs, a.Text)
		n += len(a.Text)
		return n < limit
	})
	return docs, n
}

// BenchmarkAnalyze runs the whole pipeline over about 1 MB of real news,
// one article at a time as a user would.
func BenchmarkAnalyze(b *testing.B) {
	docs, n := newsArticles(b, 1, 1<<20)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	anchor := time.Date(2018, 2, 18, 12, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			a.Analyze(d, anchor)
		}
	}
}

// BenchmarkAnalyzeJSON adds the JSON encoding of each Document.
func BenchmarkAnalyzeJSON(b *testing.B) {
	docs, n := newsArticles(b, 1, 1<<20)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	anchor := time.Date(2018, 2, 18, 12, 0, 0, 0, time.UTC)
	var buf []byte
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			buf = a.Analyze(d, anchor).AppendJSON(buf[:0], JSONOptions{})
		}
	}
}

// BenchmarkJSON encodes Documents already analyzed: the cost of the JSON
// alone.
func BenchmarkJSON(b *testing.B) {
	texts, n := newsArticles(b, 1, 1<<20)
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	anchor := time.Date(2018, 2, 18, 12, 0, 0, 0, time.UTC)
	docs := make([]*Document, len(texts))
	for i, t := range texts {
		docs[i] = a.Analyze(t, anchor)
	}
	var buf []byte
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			buf = d.AppendJSON(buf[:0], JSONOptions{})
		}
	}
}
