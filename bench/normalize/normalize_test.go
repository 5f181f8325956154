// Package normalize compares arnews/normalize with bleve's Arabic normalize
// token filter on the same real news text.
//
// bleve normalizes tokens, not text, so the text is first split on white
// space (strings.Fields) into an analysis.TokenStream of one *analysis.Token
// per field with its byte offsets, the way a whitespace tokenizer would; that
// split is done once, outside the timed loop. Each iteration restores every
// token's Term to its original bytes (the filter replaces Term with a new
// slice) and runs ArabicNormalizeFilter.Filter over the stream. Our side
// runs normalize.Search over the same text, once as a whole string and once
// token by token into a reused buffer. utf8.ValidString over the same text
// is the baseline.
package normalize

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

func tokens(s string) (analysis.TokenStream, [][]byte) {
	var ts analysis.TokenStream
	var terms [][]byte
	pos := 0
	for i, f := range strings.Fields(s) {
		start := strings.Index(s[pos:], f) + pos
		pos = start + len(f)
		term := []byte(f)
		ts = append(ts, &analysis.Token{Term: term, Start: start, End: pos, Position: i + 1, Type: analysis.AlphaNumeric})
		terms = append(terms, term)
	}
	return ts, terms
}

// reportCPU reports the process CPU time per operation since start as
// cpu-ns/op (garbage collection included), next to the wall time.
func reportCPU(b *testing.B, start int64) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cpuNanos()-start)/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := shared.News(b, 1<<20)
	b.Run("ValidString", func(b *testing.B) {
		runtime.GC()
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			if !utf8.ValidString(s) {
				b.Fatal("invalid")
			}
		}
	})
	b.Run("arnews-Search", func(b *testing.B) {
		runtime.GC()
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			_ = normalize.Search.String(s)
		}
	})
	b.Run("arnews-bleve-steps", func(b *testing.B) {
		// Only the steps bleve's filter takes (its alef variants, ى, ة,
		// tatweel, harakat), for a like-for-like figure.
		f := normalize.Alef | normalize.AlefMaksura | normalize.TehMarbuta | normalize.Tatweel | normalize.Diacritics
		runtime.GC()
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			_ = f.String(s)
		}
	})
	b.Run("arnews-Search-tokens", func(b *testing.B) {
		_, terms := tokens(s)
		runtime.GC()
		buf := make([]byte, 0, 1024)
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			for _, t := range terms {
				buf = normalize.Search.Append(buf[:0], t)
			}
		}
	})
	b.Run("bleve-ar-normalize", func(b *testing.B) {
		ts, terms := tokens(s)
		f := ar.NewArabicNormalizeFilter()
		runtime.GC()
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		defer reportCPU(b, cpuNanos())
		for b.Loop() {
			for i, t := range ts {
				t.Term = terms[i]
			}
			f.Filter(ts)
		}
	})
}

// TestSameJob checks that both sides do comparable work: on tokens that hold
// only the characters bleve handles, both give the same term.
func TestSameJob(t *testing.T) {
	f := ar.NewArabicNormalizeFilter()
	for _, w := range []string{"أَحْمَدُ", "مستشفى", "العـــربية", "إلى", "آمنة"} {
		ts := f.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(w)}})
		if got, want := normalize.Search.String(w), string(ts[0].Term); got != want {
			t.Errorf("%q: arnews %q, bleve %q", w, got, want)
		}
	}
}
