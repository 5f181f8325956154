package index

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeIsUTF8 checks decode against utf8.DecodeRuneInString on every
// pair of bytes, alone, followed by a continuation byte and by an ASCII
// one, and at every position of a mixed text: the same rune and size.
func TestDecodeIsUTF8(t *testing.T) {
	check := func(s string, i int) {
		t.Helper()
		r, n := decode(s, i)
		wr, wn := utf8.DecodeRuneInString(s[i:])
		if r != wr || n != wn {
			t.Fatalf("decode(%q, %d) = %U %d, want %U %d", s, i, r, n, wr, wn)
		}
	}
	for a := range 256 {
		check(string([]byte{byte(a)}), 0)
		for b := range 256 {
			for _, tail := range []string{"", "\x80", "a", "\xbf\xbf"} {
				s := string([]byte{byte(a), byte(b)}) + tail
				check(s, 0)
				check(s, 1)
			}
		}
	}
	s := "قال الرئيس محمود عباس، Abbas ﻻ 🙂 \xd8 \xc0\x80 ١٢٣ x"
	for i := range len(s) {
		check(s, i)
	}
}
