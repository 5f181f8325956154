package entities

import (
	"testing"
)

// BenchmarkLoadModel is the cost of DefaultModel's first call: reading
// the embedded model.
func BenchmarkLoadModel(b *testing.B) {
	b.SetBytes(int64(len(embeddedModel)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadModel(stringReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecognizerInit is the rest of the first Find with a model:
// the gazetteer's name lists and the vocabulary's feature sums.
func BenchmarkRecognizerInit(b *testing.B) {
	m := DefaultModel()
	g := defaultLookup()
	b.ReportAllocs()
	for b.Loop() {
		r := g.WithModel(m).rec
		r.lexicon(g)
	}
}
