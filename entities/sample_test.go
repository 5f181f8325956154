package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// The hand-labelled samples: from each corpus file, every stride-th
// article whose text is 400 to 2,500 bytes long, up to perFile of them.
// The development sample (stride 997) was used while tuning the stop list
// and the rules; the held-out sample (stride 1499) was labelled after, and
// the blind sample (stride 1999) last, with no change made after it.
const (
	devStride      = 997
	heldOutStride  = 1499
	blindStride    = 1999
	samplePerFile  = 12
	heldOutPerFile = 8
	blindPerFile   = 6
)

func sampleArticles(tb testing.TB, stride, perFile int, fn func(file string, a shared.Article)) {
	for _, rel := range shared.CorpusFiles {
		i, n := 0, 0
		shared.Articles(tb, rel, func(a shared.Article) bool {
			i++
			if i%stride != 0 || len(a.Text) < 400 || len(a.Text) > 2500 {
				return true
			}
			fn(rel, a)
			n++
			return n < perFile
		})
	}
}
