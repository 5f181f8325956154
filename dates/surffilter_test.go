package dates

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// TestSurfFilter checks that the stream reader's second filter and flat
// table turn no surface away and find nothing else: findSurfaceFiltered
// gives what findSurface gives for every
// surface, every surface less its last byte or with a letter more, and
// every key of 1 MB of news; and that it turns most non-surfaces away.
func TestSurfFilter(t *testing.T) {
	lex, f := lexTable(), surfFilter()
	same := func(w []byte) bool {
		t.Helper()
		want, got := lex.findSurface(w), findSurfaceFiltered(lex, f, w)
		if (want == nil) != (got == nil) || want != nil && *want != *got {
			t.Fatalf("%q: filtered lookup gives %v, findSurface %v", w, got, want)
		}
		return want != nil
	}
	for w := range lex.surf {
		if !same([]byte(w)) {
			t.Fatalf("surface %q not found", w)
		}
		same([]byte(w[:len(w)-1]))
		same(append([]byte(w), "ة"...))
	}
	n, pass1, pass2, found := 0, 0, 0, 0
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		st := tkz.NewStream(a.Text)
		for k := range st.Tokens() {
			key := st.Key(k)
			if len(key) == 0 {
				continue
			}
			if same(key) {
				found++
			}
			if h := sig(key); lex.sbits[h/64]&(1<<(h%64)) != 0 {
				pass1++
				if g := keyHash(key) >> (32 - 18); f.bits[g/64]&(1<<(g%64)) != 0 {
					pass2++
				}
			}
		}
		n += len(a.Text)
		return n < 1<<20
	})
	t.Logf("1 MB of news: %d keys found, %d pass the signature filter, %d both filters", found, pass1, pass2)
	if pass2-found > (pass1-found)/2 {
		t.Errorf("the second filter lets %d of %d non-surfaces through", pass2-found, pass1-found)
	}
}
