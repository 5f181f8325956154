package jsonl

import (
	"io"
	"os"
	"testing"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/internal/shared"
)

// BenchmarkRun annotates the Jawhara corpus file (9,965 articles, gzip) to
// io.Discard on one worker; MB/s counts the uncompressed input.
func BenchmarkRun(b *testing.B) {
	p := shared.Path(b, shared.CorpusFiles[0])
	an, err := arnews.New()
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	EachLine(f, func(_ int, l []byte) error { size += len(l) + 1; return nil })
	f.Close()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run([]string{p}, io.Discard, Config{Analyzer: an, Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
