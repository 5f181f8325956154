package dates

import (
	"bytes"
	"strings"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// foldWordSlow is foldWord without its table: every rune through its
// generic step.
func foldWordSlow(buf *[64]byte, w string) []byte {
	n := 0
	for _, r := range w {
		var ok bool
		if n, ok = foldRuneInto(buf, n, r); !ok {
			return nil
		}
	}
	return buf[:n]
}

// TestFoldWordTable checks foldWord's table against the rune-by-rune
// folding: every rune alone and between Arabic letters, invalid bytes,
// words that overflow the buffer, and every word of 400 KB of news.
func TestFoldWordTable(t *testing.T) {
	var b1, b2 [64]byte
	check := func(w string) {
		t.Helper()
		got, want := foldWord(&b1, w), foldWordSlow(&b2, w)
		if (got == nil) != (want == nil) || !bytes.Equal(got, want) {
			t.Fatalf("%q: foldWord %q, rune by rune %q", w, got, want)
		}
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r == 0x800 {
			r = 0xFB00 // the rest of the BMP below the presentation forms: one sample
			check(string(rune(0x4E00)))
		}
		check(string(r))
		check("ال" + string(r) + "يوم")
	}
	check("\xd8")
	check("ا\xd8")
	check("\xd8\xd8\xa7")
	check("أمس\xff")
	check(strings.Repeat("ب", 32))
	check(strings.Repeat("ب", 33))
	check(strings.Repeat("ب", 31) + "ﻻ")
	check(strings.Repeat("ب", 30) + "ﻻ")
	for _, w := range strings.Fields(shared.News(t, 400<<10)) {
		check(w)
	}
}
