package dates

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// TestSurfIndex checks that the flat table of surfaces finds what the
// lexicon's map of surfaces holds and nothing else: for every surface,
// every surface less its last byte or with a letter more, and every key of
// 1 MB of news; and that the fingerprints spare the slot reads of nearly
// every word that is no surface.
func TestSurfIndex(t *testing.T) {
	lex := lexTable()
	x := &lex.idx
	if len(x.slots) >= 1<<16 {
		t.Fatalf("%d surfaces: slot numbers are 16 bits", len(x.slots))
	}
	same := func(w []byte) bool {
		t.Helper()
		want, ok := lex.surf[string(w)]
		got := x.find(w)
		if ok != (got != nil) || ok && want != *got {
			t.Fatalf("%q: the table gives %v, the map %v (%v)", w, got, want, ok)
		}
		return ok
	}
	for w := range lex.surf {
		if !same([]byte(w)) {
			t.Fatalf("surface %q not found", w)
		}
		same([]byte(w[:len(w)-1]))
		same(append([]byte(w), "ة"...))
	}
	same(nil)
	same([]byte("abcdefghijklmnopqrstuvwxyz0123456789")) // longer than a slot's key
	n, found, other, pass, reads := 0, 0, 0, 0, 0
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		st := tkz.NewStream(a.Text)
		for k := range st.Tokens() {
			key := st.Key(k)
			if len(key) == 0 {
				continue
			}
			if same(key) {
				found++
				continue
			}
			other++
			g := keyHash(key)
			if !x.filterHas(g) {
				continue
			}
			pass++
			for i := uint32(g) & x.mask; x.place[i] != 0; i = (i + 1) & x.mask {
				if x.place[i]&0xFF == keyFP(g) {
					reads++
				}
			}
		}
		n += len(a.Text)
		return n < 1<<20
	})
	t.Logf("1 MB of news: %d keys are surfaces; %d are not: %d pass the filter, %d slots read", found, other, pass, reads)
	if found == 0 || pass > other/10 || reads > other/20 {
		t.Errorf("of %d keys that are no surface, %d pass the filter and %d slots are read", other, pass, reads)
	}
}
