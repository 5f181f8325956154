package alphabet_test

import (
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// The rune functions take any rune a decoder can give and more (negative,
// beyond U+10FFFF, surrogates): no panic, and what they give is a key that
// folds to itself; a valid rune folds to a valid rune or to nothing (-1).
func FuzzRune(f *testing.F) {
	for _, r := range []rune{-1, 0, 'a', 'Z', '٣', '۹', 'أ', 'ى', 'ة', '\u064B', '\u0640', '\u200C', '\uFEFB', '\uFEF5', '\uFDF2', 0xD800, utf8.RuneError, utf8.MaxRune, utf8.MaxRune + 1} {
		f.Add(int32(r))
	}
	f.Fuzz(func(t *testing.T, r int32) {
		_ = alphabet.Of(r)
		if d := alphabet.DigitValue(r); d < -1 || d > 9 {
			t.Fatalf("DigitValue(%U) = %d", r, d)
		}
		if fr := alphabet.Fold(r); utf8.ValidRune(r) && fr >= 0 && !utf8.ValidRune(fr) {
			t.Fatalf("Fold(%U) = %U", r, fr)
		}
		for _, key := range []string{string(alphabet.AppendRune(nil, r)), alphabet.Presentation(r)} {
			if !utf8.ValidString(key) {
				t.Fatalf("%U: key %q is not UTF-8", r, key)
			}
			if again := string(alphabet.AppendKey(nil, key)); again != key {
				t.Fatalf("%U: key %q folds again to %q", r, key, again)
			}
		}
	})
}
