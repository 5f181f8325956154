package tokenize

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// news is 4 MB of real news, the benchmarks' input.
func news(b *testing.B) string {
	b.Helper()
	return shared.News(b, 4<<20)
}

func BenchmarkAll(b *testing.B) {
	s := news(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for range All(s) {
			n++
		}
	}
	b.ReportMetric(float64(n), "tok/op")
}

func BenchmarkAllBytes(b *testing.B) {
	s := []byte(news(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for range AllBytes(s) {
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	s := news(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Tokens(s)
	}
}

func BenchmarkAppendTokens(b *testing.B) {
	s := news(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var buf []Token
	for b.Loop() {
		buf = AppendTokens(buf[:0], s)
	}
}

func BenchmarkAllSentences(b *testing.B) {
	s := news(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for range AllSentences(s) {
			n++
		}
	}
	b.ReportMetric(float64(n), "sent/op")
}

// BenchmarkClitics splits the first 100,000 Arabic words of the news.
func BenchmarkClitics(b *testing.B) {
	s := news(b)
	var words []string
	size := 0
	for t := range All(s) {
		if t.Kind == Word && len(t.Text) > 1 && t.Text[0] >= 0xD8 && t.Text[0] <= 0xDB {
			words = append(words, t.Text)
			size += len(t.Text)
			if len(words) == 100000 {
				break
			}
		}
	}
	b.Run("Clitics", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				_ = Clitics(w)
			}
		}
	})
	b.Run("Candidates", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				_ = Candidates(w)
			}
		}
	})
}

// BenchmarkStream is the word stream of a text: the tokens and every
// word's key, into a reused Stream.
func BenchmarkStream(b *testing.B) {
	s := news(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var st Stream
	for b.Loop() {
		st.Reset(s)
	}
}

// BenchmarkSplitter finds the sentences of news from tokens already made,
// as the arnews Analyzer does with its word stream: the Splitter alone.
func BenchmarkSplitter(b *testing.B) {
	s := news(b)
	toks := Tokens(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		sp := NewSplitter(s)
		for _, t := range toks {
			if _, ok := sp.Add(t); ok {
				n++
			}
		}
		if _, ok := sp.Flush(); ok {
			n++
		}
	}
	if n == 0 {
		b.Fatal("no sentences")
	}
}
