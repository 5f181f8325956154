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

// foldBefore is AppendFold as it was written before it was defined by
// alphabet's key (its own walk over the index's tables): the gazetteer's
// index and the trained model are keyed on its output, so the new
// definition must give the same bytes for every rune.
func foldBefore(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		r, n := decode(w, i)
		i += n
		switch {
		case r < 0x80:
			if f := ASCIIFold[r]; f != 0 {
				dst = append(dst, f)
			}
		case r >= 0x600 && r <= 0x6FF:
			switch f := ArabicFold[r-0x600]; f {
			case 0:
			case 0xFF:
				dst = utf8.AppendRune(dst, r)
			default:
				if c := ArabicClass[r-0x600]; c == ClassLetter || c == ClassDigit {
					dst = append(dst, f)
				}
			}
		case r == utf8.RuneError:
		case Presentation(r) != nil:
			dst = append(dst, Presentation(r)...)
		default:
			if f := alphabet.Fold(r); f >= 0 {
				dst = utf8.AppendRune(dst, f)
			}
		}
	}
	return dst
}

// AppendFold (alphabet's key in the index's codes) gives the bytes the
// index's own fold gave, for every rune alone and inside and after words
// of three scripts, and for invalid bytes; AppendCodes and HashKey write
// and hash alphabet's key of every rune as codes() does, and HashFold
// hashes AppendFold's bytes.
func TestFoldIsAlphabetKey(t *testing.T) {
	bad := 0
	check := func(w string) {
		if got, want := AppendFold(nil, w), foldBefore(nil, w); !bytes.Equal(got, want) && bad < 20 {
			bad++
			t.Errorf("%q: fold %q, before %q", w, got, want)
		}
		key := alphabet.AppendKey(nil, w)
		got := AppendCodes([]byte("x"), key)
		if want := append([]byte("x"), codes(key)...); !bytes.Equal(got, want) && bad < 20 {
			bad++
			t.Errorf("%q: codes %q, want %q", w, got, want)
		}
		if HashKey(key) != HashWord(got[1:]) && bad < 20 {
			bad++
			t.Errorf("%q: HashKey differs from HashWord of the codes", w)
		}
		if HashFold(w) != HashWord(AppendFold(nil, w)) && bad < 20 {
			bad++
			t.Errorf("%q: HashFold differs from HashWord of AppendFold", w)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if r > 0x10000 {
			r += 96 // one rune in 97 above the BMP
		}
		s := string(r)
		for _, w := range []string{s, "ك" + s + "ك", "ب" + s, s + "ة", "ab" + s + "C", "é" + s, "٣" + s + "1"} {
			check(w)
		}
	}
	for _, w := range []string{"\xff", "ك\xd9", "\xd9\x8bك", "ﻻ\xefإ", "ﷺ ﷲ،ﻷ", "Ab؟c"} {
		check(w)
	}
}
