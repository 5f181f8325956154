// Package entities compares arnews/entities with the obvious way to find
// gazetteer names in Arabic news built from a peer word segmenter,
// github.com/clipperhouse/uax29/v2/words: segment the text, fold each word
// with normalize.Search, and look up every window of one to four words in a
// Go map of the default gazetteer's folded names. The peer finds less (no
// clitics, no nationality forms, no surname or context rules) and is the
// yardstick; uax29 segmentation alone is the floor.
package entities

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
	"github.com/clipperhouse/uax29/v2/words"
)

func BenchmarkFindNames(b *testing.B) {
	s := shared.News(b, 4<<20)
	g := entities.Default()
	b.Run("arnews-Find", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = len(g.Find(s))
		}
		b.ReportMetric(float64(n), "mentions/op")
	})
	b.Run("uax29-map-lookup", func(b *testing.B) {
		names := map[string]bool{}
		for e := range g.Entities() {
			for _, n := range e.Names {
				names[strings.Join(strings.Fields(normalize.Search.String(n)), " ")] = true
			}
		}
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		n := 0
		var ws []string
		var sb strings.Builder
		for b.Loop() {
			n = 0
			ws = ws[:0]
			it := words.FromString(s)
			for it.Next() {
				w := it.Value()
				if w == " " || w == "\n" {
					continue
				}
				ws = append(ws, normalize.Search.String(w))
			}
			for i := range ws {
				for k := 4; k >= 1; k-- {
					if i+k > len(ws) {
						continue
					}
					sb.Reset()
					for j := i; j < i+k; j++ {
						if j > i {
							sb.WriteByte(' ')
						}
						sb.WriteString(ws[j])
					}
					if names[sb.String()] {
						n++
						break
					}
				}
			}
		}
		b.ReportMetric(float64(n), "mentions/op")
	})
	b.Run("uax29-segment-only", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			it := words.FromString(s)
			for it.Next() {
			}
		}
	})
}
