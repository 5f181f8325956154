// Package index holds what the entities engine and its generator share: the
// word scanner, the folding of a word into its search key, the hashing of a
// name into a path of token keys, and the packed index format that the
// generator writes and the engine reads.
//
// Both sides must agree byte for byte: the generator folds and hashes the
// names of the gazetteer with these functions, and the engine folds and
// hashes the words of a text with the same tables.
package index

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Rune classes of the word scanner.
const (
	ClassSep    = 0 // separates words: space, punctuation, digits, symbols, invalid bytes
	ClassLetter = 1 // starts or continues a word
	ClassInWord = 2 // continues a word but never starts one (marks, tatweel, ZWNJ, invisible controls)
	ClassDigit  = 3 // a run of decimal digits is a token of its own ("فرانس24" is فرانس and 24)
)

// Folded codes of the Arabic letters the engine tests for clitics.
const (
	CodeAlef = 0x27 - 0x20 // ا
	CodeBeh  = 0x28 - 0x20 // ب
	CodeFeh  = 0x41 - 0x20 // ف
	CodeKaf  = 0x43 - 0x20 // ك
	CodeLam  = 0x44 - 0x20 // ل
	CodeWaw  = 0x48 - 0x20 // و
	CodeHeh  = 0x47 - 0x20 // ه
	CodeYeh  = 0x4A - 0x20 // ي
)

// ArabicClass is the class of each rune of U+0600..U+06FF, ArabicFold its
// folded code (0 = dropped inside a word, 0xFF = not folded to one byte:
// keep the UTF-8 bytes).
var (
	ArabicClass [256]uint8
	ArabicFold  [256]uint8
	// ASCIIClass and ASCIIFold do the same for bytes below 0x80.
	ASCIIClass [128]uint8
	ASCIIFold  [128]uint8
)

func init() {
	for i := range 256 {
		r := rune(0x600 + i)
		switch {
		case r >= '\u0660' && r <= '\u0669' || r >= '\u06F0' && r <= '\u06F9':
			ArabicClass[i] = ClassDigit
			ArabicFold[i] = uint8('0' + (r-0x660)%0x90)
		case r == '\u0640': // tatweel: a letter, as for package tokenize, folded away
			ArabicClass[i] = ClassLetter
			ArabicFold[i] = 0
		case IsDiacritic(r):
			ArabicClass[i] = ClassInWord
			ArabicFold[i] = 0
		case unicode.IsLetter(r):
			ArabicClass[i] = ClassLetter
			if r >= '\u0621' && r <= '\u064A' {
				ArabicFold[i] = uint8(r - 0x620)
			} else {
				ArabicFold[i] = 0xFF
			}
		case unicode.IsMark(r):
			ArabicClass[i] = ClassInWord
			ArabicFold[i] = 0
		default:
			ArabicClass[i] = ClassSep
		}
	}
	for _, p := range [][2]rune{
		{'\u0622', 'ا'}, {'\u0623', 'ا'}, {'\u0625', 'ا'}, {'\u0671', 'ا'},
		{'\u0649', 'ي'}, {'\u06CC', 'ي'}, {'\u06D2', 'ي'}, {'\u06A9', 'ك'}, {'\u06AA', 'ك'},
		{'\u0629', 'ه'}, {'\u06C0', 'ه'}, {'\u06BE', 'ه'}, {'\u06C1', 'ه'}, {'\u06C2', 'ه'},
		{'\u06D5', 'ه'}, {'\u06C3', 'ه'}, {'\u0624', 'ء'}, {'\u0626', 'ء'},
	} {
		ArabicFold[p[0]-0x600] = uint8(p[1] - 0x620)
	}
	for b := range 128 {
		switch {
		case b >= 'a' && b <= 'z':
			ASCIIClass[b], ASCIIFold[b] = ClassLetter, uint8(b)
		case b >= 'A' && b <= 'Z':
			ASCIIClass[b], ASCIIFold[b] = ClassLetter, uint8(b+'a'-'A')
		case b >= '0' && b <= '9':
			ASCIIClass[b], ASCIIFold[b] = ClassDigit, uint8(b)
		}
	}
}

// presentation holds the folded key of each Arabic presentation form
// (U+FB50..U+FDFF, U+FE70..U+FEFF), from its NFKC form as
// normalize.Search computes it: ﻻ → لا, ﷲ → الله. Index r-0xFB50; nil
// for a rune that is no Arabic letter form. Built on first use.
var (
	presentation     [0xFF00 - 0xFB50][]byte
	presentationOnce sync.Once
)

// Presentation returns the folded key of an Arabic presentation form or
// ligature (ﻻ → لا), or nil for any other rune.
func Presentation(r rune) []byte {
	if r < 0xFB50 || r >= 0xFF00 {
		return nil
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
				if c := ArabicFold[x-0x600]; c != 0 && c != 0xFF && ArabicClass[x-0x600] == ClassLetter {
					f = append(f, c)
				} else if c == 0xFF {
					f = utf8.AppendRune(f, x)
				}
			}
		}
		if len(f) > 0 {
			presentation[r-0xFB50] = f
		}
	}
}

// IsDiacritic reports whether r is an Arabic diacritic that folding drops
// (harakat, tanween, shadda, sukun, superscript alef, Quranic marks).
func IsDiacritic(r rune) bool {
	return r >= '\u064B' && r <= '\u065F' || r == '\u0670' || r >= '\u06D6' && r <= '\u06ED' && r != '\u06DD' && r != '\u06DE' && r != '\u06E5' && r != '\u06E6' && r != '\u06E9'
}

// IsInvisible reports the format controls that may sit inside a word
// (joiners, bidi marks, BOM, soft hyphen); a word never ends with one.
func IsInvisible(r rune) bool { return isInvisible(r) }

func isInvisible(r rune) bool {
	switch r {
	case '\u061C', '\u200C', '\u200D', '\u200E', '\u200F', '\uFEFF', '\u00AD', '\u2060':
		return true
	}
	return r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}

// Class returns the scanner class of r (any rune, including RuneError for an
// invalid byte, which separates words).
func Class(r rune) uint8 {
	switch {
	case r < 0x80:
		return ASCIIClass[r]
	case r >= 0x600 && r <= 0x6FF:
		return ArabicClass[r-0x600]
	case r == utf8.RuneError:
		return ClassSep
	case isInvisible(r) || unicode.IsMark(r):
		return ClassInWord
	case unicode.IsLetter(r):
		return ClassLetter
	}
	return ClassSep
}

// NextWord returns the next word of s at or after byte i: a run that starts
// with a letter and goes on over letters, marks, tatweel, joiners and
// invisible controls, or a run of decimal digits. Punctuation, symbols,
// spaces and invalid bytes end a word, and a digit ends a letter run.
// ok is false when no word is left.
func NextWord(s string, i int) (start, end int, ok bool) {
	for i < len(s) {
		r, n := decode(s, i)
		if c := Class(r); c == ClassDigit {
			start = i
			i += n
			for i < len(s) {
				r, n = decode(s, i)
				if Class(r) != ClassDigit {
					break
				}
				i += n
			}
			return start, i, true
		}
		if Class(r) == ClassLetter {
			start = i
			latin := r < 0x80 // every letter so far is ASCII: digits may follow (G20)
			arabic := IsArabicLetter(r)
			i += n
			end := i
			for i < len(s) {
				r, n = decode(s, i)
				c := Class(r)
				if c == ClassSep || c == ClassDigit && !latin {
					break
				}
				if c == ClassLetter {
					// Arabic and ASCII letters glued together are two words.
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
					end = i // a word never ends with an invisible control
				}
			}
			return start, end, true
		}
		i += n
	}
	return len(s), len(s), false
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	if r >= 0x600 && r <= 0x6FF {
		return ArabicClass[r-0x600] == ClassLetter
	}
	return r >= 0x750 && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// AppendFold appends the search key of the word w to dst. It folds what
// normalize.Search folds, so that two words with the same Search form have
// the same key: Arabic letters become one byte each (U+0621..U+064A minus
// 0x620) with the hamza forms of alef folded to bare alef, the hamza seats
// ؤ ئ to ء, alef maksura and Persian yeh to yeh, teh marbuta and the
// Persian heh forms to heh, keheh to kaf; diacritics, tatweel and
// invisible controls are dropped; Arabic-Indic digits become ASCII; ASCII letters are lower-cased; any other letter keeps its UTF-8
// bytes (all 0x80 or above, so no collision with the one-byte codes).
func AppendFold(dst []byte, w string) []byte {
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
		case r == utf8.RuneError || isInvisible(r) || unicode.IsMark(r):
		case Presentation(r) != nil:
			dst = append(dst, Presentation(r)...)
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// Words splits a name into its folded words, in order; the words are the
// ones NextWord finds.
func Words(name string) [][]byte {
	var out [][]byte
	for i := 0; ; {
		s, e, ok := NextWord(name, i)
		if !ok {
			return out
		}
		if f := AppendFold(nil, name[s:e]); len(f) > 0 {
			out = append(out, f)
		}
		i = e
	}
}
