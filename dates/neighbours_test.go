package dates

import (
	"bytes"
	"math/rand"
	"sort"
	"strings"
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

// TestFoldAtKey checks what foldAt relies on: for a Plain word token whose
// key is Arabic letters only, the stream's key is foldWord of the token's
// text. It reads 1 MB of news and words made of every rune up to U+FFFF
// alone, between two letters and after ال.
func TestFoldAtKey(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(shared.News(t, 1<<20))
	sb.WriteString(" كتب سيعقد الإثنين غدا.")
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		sb.WriteString(" " + string(r) + " ب" + string(r) + "ت ال" + string(r) + "،")
	}
	text := sb.String()
	st := tkz.NewStream(text)
	n := 0
	for k, tk := range st.Tokens() {
		key := st.Key(k)
		if tk.Kind != tkz.Word || !st.Plain(k) || len(key) > 64 || !arabicKey(key) {
			continue
		}
		n++
		var buf [64]byte
		if f := foldWord(&buf, text[tk.Start:tk.End]); !bytes.Equal(f, key) {
			t.Fatalf("%q: foldWord %q, stream key %q", text[tk.Start:tk.End], f, key)
		}
	}
	if n < 100000 {
		t.Fatalf("only %d words checked", n)
	}
	// foldAt takes the key only for the token prevWord gave
	p := &parser{text: text, st: st, nbTok: -1}
	for _, w := range []string{"سيعقد", "الإثنين"} {
		i := strings.Index(text, " كتب سيعقد الإثنين ") + len(" كتب ")
		if w == "الإثنين" {
			i += len("سيعقد ")
		}
		s, e, ok := p.prevWord(i + len(w) + 1)
		var buf [64]byte
		if got := p.foldAt(&buf, s, e); !ok || text[s:e] != w || &got[0] == &buf[0] || !bytes.Equal(got, foldWord(&buf, w)) {
			t.Fatalf("%s: prevWord %q %v, foldAt %q", w, text[s:e], ok, got)
		}
		if got := p.foldAt(&buf, s+2, e); !bytes.Equal(got, foldWord(new([64]byte), text[s+2:e])) {
			t.Fatalf("%s: foldAt of a part %q", w, got)
		}
	}
}
