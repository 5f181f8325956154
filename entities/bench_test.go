package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/tokenize"
)

const benchBytes = 4 << 20

// BenchmarkFind is the target: Find over 4 MB of real news.
func BenchmarkFind(b *testing.B) {
	text := shared.News(b, benchBytes)
	g := entities.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(g.Find(text))
	}
	b.ReportMetric(float64(n), "mentions/op")
}

// BenchmarkFindStream is Find over the same text read from its word
// stream, made beforehand as arnews.Analyze makes it for its tokens and
// dates (the stream's own cost is tokenize's BenchmarkStream).
func BenchmarkFindStream(b *testing.B) {
	text := shared.News(b, benchBytes)
	g := entities.Default()
	st := tokenize.NewStream(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(g.FindStream(st))
	}
	b.ReportMetric(float64(n), "mentions/op")
}

// BenchmarkAll iterates without building the result slice.
func BenchmarkAll(b *testing.B) {
	text := shared.News(b, benchBytes)
	g := entities.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range g.All(text) {
		}
	}
}

// BenchmarkBaselineTokenize is a floor: package tokenize alone over the
// same text, with no folding and no look-up.
func BenchmarkBaselineTokenize(b *testing.B) {
	text := shared.News(b, benchBytes)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range tokenize.All(text) {
		}
	}
}

// BenchmarkBaselineNaive is the obvious implementation: normalize the
// text with normalize.Search, split it into fields, and look up every
// 1..3-word window in a map of the default gazetteer's folded names. It
// finds less (no clitics, no offsets into the original) and is the
// yardstick for the engine's speed.
func BenchmarkBaselineNaive(b *testing.B) {
	text := shared.News(b, benchBytes)
	names := map[string]*entities.Entity{}
	for e := range entities.Default().Entities() {
		for _, n := range e.Names {
			names[normalize.Search.String(n)] = e
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		fs := strings.Fields(normalize.Search.String(text))
		hits := 0
		for i := range fs {
			for k := 3; k >= 1; k-- {
				if i+k <= len(fs) && names[strings.Join(fs[i:i+k], " ")] != nil {
					hits++
					break
				}
			}
		}
	}
}

func BenchmarkDefaultFirstUse(b *testing.B) {
	// Default() itself is a sync.OnceValue; BenchmarkDefaultLoad in
	// internal_test.go measures the unpacking it does once.
	b.ReportAllocs()
	for b.Loop() {
		_ = entities.Default()
	}
}

// BenchmarkFindLookup is Find without the recognizer, for comparison
// with BenchmarkFind (lookup and model).
func BenchmarkFindLookup(b *testing.B) {
	text := shared.News(b, benchBytes)
	g := entities.Default().WithModel(nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(g.Find(text))
	}
	b.ReportMetric(float64(n), "mentions/op")
}

// BenchmarkFindStreamArticles is FindStream as arnews.Analyze calls it:
// once an article, over the 1 MB of articles of BenchmarkAnalyze, each
// article's word stream made just before (as Analyze makes it; the
// stream's own cost is tokenize's BenchmarkStream). Unlike BenchmarkFind
// it pays Find's fixed costs once per article.
func BenchmarkFindStreamArticles(b *testing.B) {
	var texts []string
	n := 0
	shared.Articles(b, shared.CorpusFiles[1], func(a shared.Article) bool {
		texts = append(texts, a.Text)
		n += len(a.Text)
		return n < 1<<20
	})
	g := entities.Default()
	st := tokenize.NewStream("")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	m := 0
	for b.Loop() {
		m = 0
		for _, t := range texts {
			st.Reset(t)
			m += len(g.FindStream(st))
		}
	}
	b.ReportMetric(float64(m), "mentions/op")
}
