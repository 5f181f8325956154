// Package tokenize compares arnews/tokenize with a peer word segmenter,
// github.com/clipperhouse/uax29/v2/words (Unicode UAX #29 word boundaries),
// on the same 4 MB of real Arabic news. The peer does less: it only cuts the
// text at word boundaries (spaces and punctuation included as segments); it
// has no kinds for numbers, URLs, e-mails, hashtags, mentions or emoji, and
// no Arabic rules.
package tokenize

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/tokenize"
	"github.com/clipperhouse/uax29/v2/words"
)

func BenchmarkWords(b *testing.B) {
	s := shared.News(b, 4<<20)
	bs := []byte(s)
	b.Run("arnews-All", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			for range tokenize.All(s) {
				n++
			}
		}
		b.ReportMetric(float64(n), "tok/op")
	})
	b.Run("arnews-AllBytes", func(b *testing.B) {
		b.SetBytes(int64(len(bs)))
		b.ReportAllocs()
		for b.Loop() {
			for range tokenize.AllBytes(bs) {
			}
		}
	})
	b.Run("uax29-FromString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			it := words.FromString(s)
			for it.Next() {
				n++
			}
		}
		b.ReportMetric(float64(n), "seg/op")
	})
	b.Run("uax29-FromBytes", func(b *testing.B) {
		b.SetBytes(int64(len(bs)))
		b.ReportAllocs()
		for b.Loop() {
			it := words.FromBytes(bs)
			for it.Next() {
			}
		}
	})
}
