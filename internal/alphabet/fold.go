package alphabet

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the rune r stands for in a search key, or -1 when folding
// drops it. It folds what normalize.Search folds, rune by rune: the hamza
// forms of alef (أ إ آ ٱ ٲ ٳ) to ا, the hamza seats ؤ ئ (and ۓ) to ء, ى and
// the Persian yeh forms ی ے to ي, ة and the heh forms ۀ ھ ہ ۂ ە ۃ to ه, ک ڪ
// to ك, Arabic-Indic digits to ASCII; it drops diacritics (see
// IsDiacritic), tatweel, every other combining mark and every invisible
// control (ZWNJ and ZWJ included). Unlike normalize.Search it lower-cases
// ASCII letters. Presentation forms are more than one rune: see
// Presentation.
func Fold(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0x600 && r <= 0x6FF {
		switch r {
		case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
			return 'ا'
		case 0x0624, 0x0626, 0x06D3:
			return 'ء'
		case 0x0649, 0x06CC, 0x06D2:
			return 'ي'
		case 0x0629, 0x06C0, 0x06C1, 0x06C2, 0x06BE, 0x06D5, 0x06C3:
			return 'ه'
		case 0x06A9, 0x06AA:
			return 'ك'
		case Tatweel:
			return -1
		}
		if IsDiacritic(r) {
			return -1
		}
		if d := DigitValue(r); d >= 0 {
			return '0' + rune(d)
		}
	}
	switch Of(r) {
	case Mark, Invis, Join, Break:
		return -1
	}
	return r
}

// presentation holds the folded key of each Arabic presentation form
// (U+FB50..U+FDFF, U+FE70..U+FEFF), its NFKC form folded: ﻻ → لا,
// ﷲ → الله. Index r-0xFB50; "" for a rune that is no Arabic letter form.
var (
	presentation     [0xFF00 - 0xFB50]string
	presentationOnce sync.Once
)

// Presentation returns the folded key of an Arabic presentation form or
// ligature (ﻻ → لا, ﺃ → ا), or "" for any other rune.
func Presentation(r rune) string {
	if r < 0xFB50 || r >= 0xFF00 {
		return ""
	}
	presentationOnce.Do(buildPresentation)
	return presentation[r-0xFB50]
}

func buildPresentation() {
	for r := rune(0xFB50); r < 0xFF00; r++ {
		if r >= 0xFE00 && r < 0xFE70 || !unicode.Is(unicode.Arabic, r) || !unicode.IsLetter(r) {
			continue
		}
		var f []byte
		for _, x := range norm.NFKC.String(string(r)) {
			if x >= 0x600 && x <= 0x6FF {
				if y := Fold(x); y >= 0 && Of(x) == Arabic {
					f = utf8.AppendRune(f, y)
				}
			}
		}
		presentation[r-0xFB50] = string(f)
	}
}

// AppendKey appends the search key of the word w to dst: every rune
// folded (see Fold), presentation forms by their folded NFKC form, invalid
// bytes dropped.
func AppendKey(dst []byte, w string) []byte {
	for _, r := range w {
		dst = AppendRune(dst, r)
	}
	return dst
}

// AppendRune appends the folded form of r to dst: nothing when folding
// drops it or r is utf8.RuneError or no valid rune (a surrogate, negative or
// beyond U+10FFFF), several runes for a ligature.
func AppendRune(dst []byte, r rune) []byte {
	if r >= 0xFB50 && r < 0xFF00 {
		if p := Presentation(r); p != "" {
			return append(dst, p...)
		}
	}
	if f := Fold(r); f != utf8.RuneError && utf8.ValidRune(f) {
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// AppendKeyOffsets is AppendKey that also appends, for every byte it
// appends to dst, the offset in w of the rune that byte comes from, plus
// base: the key's offsets back into the caller's text.
func AppendKeyOffsets(dst []byte, offs []int, w string, base int) ([]byte, []int) {
	for i, r := range w {
		n := len(dst)
		dst = AppendRune(dst, r)
		for range len(dst) - n {
			offs = append(offs, base+i)
		}
	}
	return dst, offs
}
