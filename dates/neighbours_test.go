package dates

import (
	"math/rand"
	"sort"
	"testing"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// TestTokFrom checks the walk of tokFrom against sort.Search on the stream
// of 200 KB of news: every byte position in order, backwards (as the tense
// scan walks), and random positions, each from the hint the call before
// left, including hints that no longer fit the stream.
func TestTokFrom(t *testing.T) {
	text := shared.News(t, 200<<10)
	st := tkz.NewStream(text)
	ts := st.Tokens()
	if len(ts) < 10000 {
		t.Fatalf("%d tokens in %d bytes of news", len(ts), len(text))
	}
	want := func(pos int) int {
		return sort.Search(len(ts), func(j int) bool { return ts[j].Start >= pos })
	}
	p := &parser{st: st}
	check := func(how string, pos int) {
		t.Helper()
		hint := p.stHint
		if got, w := p.tokFrom(ts, pos), want(pos); got != w {
			t.Fatalf("%s: tokFrom(%d) from hint %d = %d, sort.Search %d", how, pos, hint, got, w)
		}
	}
	for pos := -1; pos <= len(text)+1; pos++ {
		check("forward", pos)
	}
	for pos := len(text) + 1; pos >= -1; pos-- {
		check("backward", pos)
	}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 200000; n++ {
		if n%1000 == 0 {
			p.stHint = rng.Intn(2*len(ts)+20) - 10 // stale hints
		}
		check("random", rng.Intn(len(text)+4)-2)
	}
}
