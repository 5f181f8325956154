package entities_test

import (
	"github.com/arnews/arnews/internal/shared"
	"testing"
)

// sampleArticles picks the hand-labelled sample: from each corpus file,
// every 997th article whose text is 400 to 2,500 bytes long, 12 per file.
func sampleArticles(tb testing.TB, fn func(file string, a shared.Article)) {
	for _, rel := range shared.CorpusFiles {
		i, n := 0, 0
		shared.Articles(tb, rel, func(a shared.Article) bool {
			i++
			if i%997 != 0 || len(a.Text) < 400 || len(a.Text) > 2500 {
				return true
			}
			fn(rel, a)
			n++
			return n < 12
		})
	}
}
