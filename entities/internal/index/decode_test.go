package index

import (
	"math/rand/v2"
	"strings"
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

// nextWordBefore is NextWord as it was before its loop read the runes of
// the Arabic block inline: the reference for TestNextWordInline.
func nextWordBefore(s string, i int) (start, end int, ok bool) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if c := Class(r); c == ClassDigit {
			start = i
			i += n
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if Class(r) != ClassDigit {
					break
				}
				i += n
			}
			return start, i, true
		}
		if Class(r) == ClassLetter {
			start = i
			latin := r < 0x80
			arabic := IsArabicLetter(r)
			i += n
			end := i
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				c := Class(r)
				if c == ClassSep || c == ClassDigit && !latin {
					break
				}
				if c == ClassLetter {
					if r < 0x80 && arabic || latin && IsArabicLetter(r) {
						break
					}
					if r >= 0x80 {
						latin = false
						arabic = arabic || IsArabicLetter(r)
					}
				}
				i += n
				if !isInvisible(r) {
					end = i
				}
			}
			return start, end, true
		}
		i += n
	}
	return len(s), len(s), false
}

// TestNextWordInline checks NextWord against nextWordBefore on random
// strings of every rune of the Arabic block, ASCII letters and digits,
// spaces, invisible controls, other scripts' letters and marks, and bytes
// that are no UTF-8, from every starting byte.
func TestNextWordInline(t *testing.T) {
	var pieces []string
	for r := rune(0x600); r <= 0x6FF; r++ {
		pieces = append(pieces, string(r))
	}
	pieces = append(pieces, "a", "Z", "7", " ", ".", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff",
		"\u200f", "é", "\u0301", "ж", "ﻻ", "ﺏ", "۳", "\xd8", "\xd9\x20", "\xff", "\u08a0", "\u0750",
		"\t", "\x00", "\x1f", "\x7f", "-", "_", "#", "'", "\xdb\xbf", "\xdb")
	rng := rand.New(rand.NewPCG(3, 5))
	for range 20_000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for i := range len(s) {
			gs, ge, gok := NextWord(s, i)
			ws, we, wok := nextWordBefore(s, i)
			if gs != ws || ge != we || gok != wok {
				t.Fatalf("NextWord(%q, %d) = %d %d %v, before %d %d %v", s, i, gs, ge, gok, ws, we, wok)
			}
		}
	}
}
