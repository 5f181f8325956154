package index

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// codes writes a search key of package alphabet in the index's codes: a
// folded Arabic letter U+0621..U+064A as one byte, anything else in UTF-8.
func codes(key []byte) []byte {
	var out []byte
	for _, r := range string(key) {
		if r >= 0x621 && r <= 0x64A {
			out = append(out, byte(r-0x620))
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// For every rune, the scanner's class and the fold are alphabet's: letters
// start words, marks and the joiners continue them, spaces, ZWSP and the
// bidi controls separate them, and the key of a word is alphabet's key.
func TestRunesAgreeWithAlphabet(t *testing.T) {
	bad := 0
	for r := rune(0); r <= unicode.MaxRune && bad < 20; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r == utf8.RuneError {
			continue
		}
		if testing.Short() && r > 0x10000 {
			r += 96 // one rune in 97 above the BMP
		}
		c := alphabet.Of(r)
		var want uint8
		switch {
		case c.IsLetter():
			want = ClassLetter
		case c == alphabet.Mark || c == alphabet.Invis || c == alphabet.Join:
			want = ClassInWord
		case alphabet.DigitValue(r) >= 0:
			want = ClassDigit
		}
		if got := Class(r); got != want {
			bad++
			t.Errorf("%U: class %d, alphabet %d", r, got, c)
		}
		if want == ClassInWord && IsDiacritic(r) != alphabet.IsDiacritic(r) {
			bad++
			t.Errorf("%U: diacritic %v", r, IsDiacritic(r))
		}
		w := "ك" + string(r) + "ك"
		if got, key := AppendFold(nil, w), codes(alphabet.AppendKey(nil, w)); want != ClassSep && !bytes.Equal(got, key) {
			bad++
			t.Errorf("%U: key %q, alphabet %q", r, got, key)
		}
		if want == ClassInWord {
			if s, e, ok := NextWord(w, 0); !ok || s != 0 || e != len(w) {
				bad++
				t.Errorf("%U: word %d-%d of %d", r, s, e, len(w))
			}
		}
	}
}
