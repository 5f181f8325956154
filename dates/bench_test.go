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
