package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPlainRunes checks that nextSuspect only passes over runes that no
// Form changes, and that it passes over the common Arabic letters.
func TestPlainRunes(t *testing.T) {
	tb := tables()
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !plainRune(r) {
			continue
		}
		n++
		if r < 0x600 || r > 0x67F || tb.bmp[r] != 0 {
			t.Errorf("plainRune(%U) but it is outside U+0600–U+067F or some Form changes it", r)
		}
	}
	for _, r := range "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي،؟" {
		if !plainRune(r) {
			t.Errorf("plainRune(%q) = false", r)
		}
	}
	if n < 50 { // 51: U+0600–U+064A less U+0610–U+061A (diacritics) and the runes Forms change
		t.Errorf("only %d plain runes", n)
	}
}

// suspectRef is nextSuspect done rune by rune: the first rune start at or
// after i that is not ASCII or a plain rune.
func suspectRef(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= utf8.RuneSelf && !(size == 2 && plainRune(r)) {
			return i
		}
		i += size
	}
	return i
}

// TestNextSuspect compares the eight-bytes-at-a-time scan with suspectRef
// on random mixtures of plain letters, changed letters, ASCII, other
// scripts and invalid bytes, from every rune start.
func TestNextSuspect(t *testing.T) {
	pieces := []string{
		"ا", "ب", "ل", "م", "ي", "ء", "،", "؟", "غ", "ف", "و", " ", "Reuters ", "a", "\n", "X", "Y", "9",
		"ة", "أ", "إ", "آ", "ى", "ئ", "ؤ", "ـ", "ً", "ّ", "٢", "ٱ", "\u061C", "ؼ", "ک", "ی", "ۀ",
		"\u00A0", "«", "é", "\u200F", "😀", "ﻻ",
		"\xd8", "\xd9", "\xda", "\x80", "\xa9", "\x89", "\xbf", "\xc2", "\xe2\x80", "\xff",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rounds := 3000
	if testing.Short() {
		rounds = 500
	}
	var texts []string
	for pad := range 17 {
		for _, odd := range []string{"\xd8", "\xd9", "\xd8\xd8", "\xd9\xd9\x81", "\x81", "ا\x81", "ة", "ى", "\xc2\xa0", "\xe2\x80\x8f"} {
			texts = append(texts, strings.Repeat("a", pad)+odd+"abcdefghijklmnopq", strings.Repeat("ب", pad)+odd+"ب ب ب ب ب ب ب ب")
		}
	}
	for range rounds {
		var b []byte
		for k := rng.IntN(40); k >= 0; k-- {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) > 0 {
				p = pieces[rng.IntN(13)] // mostly plain text
			}
			b = append(b, p...)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if i < len(s) && !utf8.RuneStart(s[i]) && i > 0 && utf8.FullRuneInString(s[i-1:]) && s[i-1] >= 0xC2 {
				continue // not a rune start
			}
			if i > 0 && i < len(s) {
				if _, size := utf8.DecodeRuneInString(s[i-1:]); size == 2 {
					continue // inside a two-byte rune
				}
			}
			want := suspectRef(s, i)
			got := nextSuspect(s, i)
			gotB := nextSuspect([]byte(s), i)
			if got != gotB {
				t.Fatalf("nextSuspect(%q, %d): string %d, bytes %d", s, i, got, gotB)
			}
			// The byte-wise tail may stop early at a plain rune; the
			// eight-byte blocks must be exact.
			if got < i || got > want || got < want && got+8 < len(s) {
				t.Fatalf("nextSuspect(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got < len(s) && s[got] < utf8.RuneSelf {
				t.Fatalf("nextSuspect(%q, %d) = %d: an ASCII byte", s, i, got)
			}
		}
	}
}

// TestSwarPatch checks the replacements written eight bytes at a time
// against the reference for every Form: each replaced letter at every
// offset within a block, next to plain letters, spaces and a change of
// length (a diacritic) that moves the output.
func TestSwarPatch(t *testing.T) {
	var b strings.Builder
	for _, x := range []string{"آ", "أ", "إ", "ؤ", "ئ", "ى", "ة"} {
		for pad := range 9 {
			b.WriteString(strings.Repeat("ب", pad/2) + strings.Repeat(" ", pad%2) + x + "ل" + x + x + " " + x + "مَ")
		}
	}
	b.WriteString("ة" + strings.Repeat("ة ", 20) + "ى")
	texts := []string{b.String()}
	// Expansions (ﷲ is 3 bytes in, 8 out) use up the room the output
	// starts with while plain text and replacements follow.
	for k := range 12 {
		texts = append(texts, strings.Repeat("ﷲ", k*3)+strings.Repeat("a", k)+strings.Repeat("بة ى", 20+k)+strings.Repeat("x", k))
	}
	for _, s := range texts {
		for _, f := range allFormValues() {
			want := reference(f, s)
			if got := f.String(s); got != want {
				t.Fatalf("%v.String(%q): got %q, want %q", f, s, got, want)
			}
			if got := f.Append([]byte("x"), []byte(s)); string(got) != "x"+want {
				t.Fatalf("%v.Append(%q): got %q, want %q", f, s, got, "x"+want)
			}
		}
	}
}

// TestPatchedRunes checks what scanCopy relies on for آ أ ؤ إ ئ ة ى: each
// is changed by exactly one flag, to what the block arithmetic writes, so
// a Form without that flag keeps it.
func TestPatchedRunes(t *testing.T) {
	for _, c := range []struct {
		r, y rune
		flag Form
	}{
		{'آ', 'ا', Alef}, {'أ', 'ا', Alef}, {'إ', 'ا', Alef},
		{'ؤ', 'ء', Hamza}, {'ئ', 'ء', Hamza},
		{'ى', 'ي', AlefMaksura}, {'ة', 'ه', TehMarbuta},
	} {
		if m := tables().bmp[c.r]; m != c.flag {
			t.Errorf("%q: flags %#x may change it, want only %#x", c.r, m, c.flag)
		}
		if got := c.flag.String(string(c.r)); got != string(c.y) {
			t.Errorf("%q: got %q, want %q", c.r, got, c.y)
		}
	}
}
