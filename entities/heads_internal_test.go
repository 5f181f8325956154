package entities

import (
	"slices"
	"testing"

	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/tokenize"
)

// TestHeadsNoted checks that chunksKept notes in f.heads exactly the kept
// words that are place heads (placeHeads), which headPlaces reads instead
// of every kept word: through the vocabulary's entries and through the
// cache's fills (a head with clitics the vocabulary lacks), on the
// stream's words and on the scan's.
func TestHeadsNoted(t *testing.T) {
	texts := []string{
		"إثر عملية بحث قرب بلدية أزفون بولاية تيزي وزو، وفبمديرية حيس وكمنطقة الرمادة ولبلدية سيدي.",
		"مدينة",
	}
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		texts = append(texts, a.Text)
		return len(texts) < 150
	})
	g := Default()
	r := g.rec
	r.lexicon(g)
	noted, unknown := 0, 0
	for n, text := range texts {
		for _, st := range []*tokenize.Stream{nil, tokenize.NewStream(text)} {
			f := g.find(text, st)
			g.recognize(f)
			var want []int32
			for j := range f.kept {
				if h := f.kept[j].h; h != 0 && placeHeads[h] {
					want = append(want, int32(j))
					if r.vt.find(h) < 0 {
						unknown++
					}
				}
			}
			if !f.keep || !slices.Equal(f.heads, want) {
				t.Errorf("text %d: heads noted %v, want %v (keep %v)", n, f.heads, want, f.keep)
			}
			noted += len(want)
			f.release()
		}
	}
	if noted < 100 || unknown == 0 {
		t.Errorf("%d heads noted, %d out of the vocabulary: the texts do not test both ways", noted, unknown)
	}
	t.Logf("%d heads noted, %d out of the vocabulary", noted, unknown)
}
