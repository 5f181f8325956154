// Package dates compares arnews/dates with a peer date finder,
// github.com/markusmobius/go-dateparser (a Go port of Python's dateparser),
// using its Search with Languages ["ar"] on the same real news paragraphs.
//
// The peer is two orders of magnitude slower, so both run on the same
// smaller slice ("para20k": shared.News(20 KB), whole articles, about 30 KB
// of paragraphs); arnews also runs on 200 KB ("para200k") to show its
// throughput does not depend on the slice. Compare the MB/s columns.
package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/internal/shared"
	dps "github.com/markusmobius/go-dateparser"
)

var anchor = time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("+03", 3*3600))

func paragraphs(s string) ([]string, int) {
	var out []string
	n := 0
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
			n += len(p)
		}
	}
	return out, n
}

func BenchmarkSearch(b *testing.B) {
	big, bigN := paragraphs(shared.News(b, 200<<10))
	small, smallN := paragraphs(shared.News(b, 20<<10))
	b.Run("arnews/para200k", func(b *testing.B) {
		b.SetBytes(int64(bigN))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range big {
				dates.Find(p, anchor)
			}
		}
	})
	b.Run("arnews/para20k", func(b *testing.B) {
		b.SetBytes(int64(smallN))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			for _, p := range small {
				n += len(dates.Find(p, anchor))
			}
		}
		b.ReportMetric(float64(n), "found/op")
	})
	b.Run("dateparser/para20k", func(b *testing.B) {
		cfg := &dps.Configuration{Languages: []string{"ar"}, CurrentTime: anchor}
		p := &dps.Parser{}
		b.SetBytes(int64(smallN))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			for _, s := range small {
				_, res, err := p.Search(cfg, s)
				if err == nil {
					n += len(res)
				}
			}
		}
		b.ReportMetric(float64(n), "found/op")
	})
}
