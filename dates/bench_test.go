package dates

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// BenchmarkFind runs Find over about 200 KB of real news paragraphs.
func BenchmarkFind(b *testing.B) {
	s := shared.News(b, 200<<10)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Find(s, anchor))
	}
	b.ReportMetric(float64(n), "expr/op")
}

// BenchmarkFindParagraphs calls Find once per paragraph, as a pipeline
// that handles one paragraph at a time would.
func BenchmarkFindParagraphs(b *testing.B) {
	paras := paragraphs(shared.News(b, 200<<10))
	total := 0
	for _, p := range paras {
		total += len(p)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Find(p, anchor)
		}
	}
}

func paragraphs(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// BenchmarkFindStream is BenchmarkFind reading a word stream made once
// beforehand, as the arnews Analyzer hands it over: the cost of dates
// without its lexer.
func BenchmarkFindStream(b *testing.B) {
	s := shared.News(b, 200<<10)
	st := tkz.NewStream(s)
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(r.FindStream(st, anchor))
	}
	b.ReportMetric(float64(n), "expr/op")
}

// BenchmarkFindWrittenStream is what the arnews Analyzer asks of dates:
// FindWrittenStream over about 1 MB of news, one article at a time, each
// from its word stream made beforehand.
func BenchmarkFindWrittenStream(b *testing.B) {
	var sts []*tkz.Stream
	n := 0
	shared.Articles(b, shared.CorpusFiles[1], func(a shared.Article) bool {
		sts = append(sts, tkz.NewStream(a.Text))
		n += len(a.Text)
		return n < 1<<20
	})
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	r.FindWritten(sts[0].Text(), anchor) // the tables, built once
	b.SetBytes(int64(n))
	b.ReportAllocs()
	e := 0
	for b.Loop() {
		e = 0
		for _, st := range sts {
			es, _, _ := r.FindWrittenStream(st, anchor)
			e += len(es)
		}
	}
	b.ReportMetric(float64(e), "expr/op")
}

// BenchmarkFindWrittenStreamLong is FindWrittenStream on one long text
// (about 200 KB of news, read in chunks): the writing day and the
// expressions of a text longer than one chunk.
func BenchmarkFindWrittenStreamLong(b *testing.B) {
	s := shared.News(b, 200<<10)
	st := tkz.NewStream(s)
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		es, _, _ := r.FindWrittenStream(st, anchor)
		n = len(es)
	}
	b.ReportMetric(float64(n), "expr/op")
}
