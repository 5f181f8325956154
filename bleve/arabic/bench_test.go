package arabic_test

// The analyzer alone, text to tokens, against bleve's own analyzers on the
// same 4 MB of news, one article at a time as an index feeds it:
//
//	cd bleve && go test -run '^$' -bench Analyzer -count 6 ./arabic/ | benchstat -col /analyzer -
//
// On a shared machine compare cpu-ns/op (the process's CPU time, GC
// included), which does not count the time spent waiting for a core.

import (
	"testing"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/bleve/internal/procstat"
	"github.com/arnews/arnews/internal/shared"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// newsArticles returns about n bytes of news, article by article.
func newsArticles(b *testing.B, n int) (docs [][]byte, size int64) {
	b.Helper()
	shared.Articles(b, shared.CorpusFiles[1], func(a shared.Article) bool {
		docs = append(docs, []byte(a.Text))
		size += int64(len(a.Text))
		return size < int64(n)
	})
	return docs, size
}

func BenchmarkAnalyzer(b *testing.B) {
	docs, size := newsArticles(b, 4<<20)
	cache := registry.NewCache()
	for _, name := range []string{arabic.AnalyzerName, arabic.SnowballAnalyzerName, "ar", "standard"} {
		an, err := cache.AnalyzerNamed(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("analyzer="+name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			tokens := 0
			cpu := procstat.CPU()
			for b.Loop() {
				tokens = 0
				for _, d := range docs {
					tokens += len(an.Analyze(d))
				}
			}
			b.ReportMetric(float64(procstat.CPU()-cpu)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(tokens), "tokens")
		})
	}
}

// BenchmarkFilter is each part of our analyzer alone, on the tokens of the
// same text.
func BenchmarkFilter(b *testing.B) {
	docs, size := newsArticles(b, 4<<20)
	for _, c := range []struct {
		name   string
		filter analysis.TokenFilter
	}{{"tokenize", nil}, {"normalize", arabic.NormalizeFilter{}}, {"stop", arabic.StopFilter{}}, {"stem", arabic.StemFilter{}}, {"snowball", arabic.SnowballFilter{}}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			cpu := procstat.CPU()
			defer func() { b.ReportMetric(float64(procstat.CPU()-cpu)/float64(b.N), "cpu-ns/op") }()
			for b.Loop() {
				for _, d := range docs {
					ts := arabic.Tokenizer{}.Tokenize(d)
					if c.filter != nil {
						c.filter.Filter(ts)
					}
				}
			}
		})
	}
}
