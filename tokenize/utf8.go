package tokenize

import "unicode/utf8"

// text is the input of the scanner: a string or a byte slice. The scanner is
// written once and instantiated for both.
type text interface{ ~string | ~[]byte }

// decode returns the rune at s[i] and its width, like utf8.DecodeRuneInString:
// an invalid or truncated sequence gives (utf8.RuneError, 1). i < len(s).
func decode[T text](s T, i int) (rune, int) {
	b := s[i]
	if b < 0x80 {
		return rune(b), 1
	}
	n := len(s) - i
	switch {
	case b < 0xC2:
		return utf8.RuneError, 1
	case b < 0xE0:
		if n < 2 || s[i+1]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case b < 0xF0:
		if n < 3 {
			return utf8.RuneError, 1
		}
		c1 := s[i+1]
		lo, hi := byte(0x80), byte(0xBF)
		if b == 0xE0 {
			lo = 0xA0
		} else if b == 0xED {
			hi = 0x9F
		}
		if c1 < lo || c1 > hi || s[i+2]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(b&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	case b < 0xF5:
		if n < 4 {
			return utf8.RuneError, 1
		}
		c1 := s[i+1]
		lo, hi := byte(0x80), byte(0xBF)
		if b == 0xF0 {
			lo = 0x90
		} else if b == 0xF4 {
			hi = 0x8F
		}
		if c1 < lo || c1 > hi || s[i+2]&0xC0 != 0x80 || s[i+3]&0xC0 != 0x80 {
			return utf8.RuneError, 1
		}
		return rune(b&0x07)<<18 | rune(c1&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
	}
	return utf8.RuneError, 1
}

// decodeLast returns the rune that ends at s[i] (exclusive) and its width,
// like utf8.DecodeLastRuneInString(s[:i]); (utf8.RuneError, 0) when i == 0.
func decodeLast[T text](s T, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	if s[i-1] < 0x80 {
		return rune(s[i-1]), 1
	}
	lim := max(i-utf8.UTFMax, 0)
	j := i - 1
	for j > lim && s[j]&0xC0 == 0x80 {
		j--
	}
	r, w := decode(s[:i], j)
	if j+w != i {
		return utf8.RuneError, 1
	}
	return r, w
}

// at returns the rune at i, its width and its class. An invalid byte has
// width 1 and class cSpace: it separates tokens and is never inside one.
func at[T text](s T, i int) (rune, int, class) {
	b := s[i]
	if b < 0x80 {
		return rune(b), 1, ascii[b]
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 { // Arabic letters and marks
		r := rune(b&0x1F)<<6 | rune(s[i+1]&0x3F)
		return r, 2, bmp[r]
	}
	r, w := decode(s, i)
	if w == 1 {
		return r, 1, cSpace
	}
	return r, w, classOf(r)
}

// ascii is the class of each ASCII byte (a copy of bmp[0:128], kept apart so
// that the hot path touches one small table).
var ascii [128]class
