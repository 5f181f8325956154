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
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
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
		ArabicClass[i] = classOf(r)
		switch ArabicClass[i] {
		case ClassDigit:
			ArabicFold[i] = uint8('0' + alphabet.DigitValue(r))
		case ClassLetter:
			switch f := alphabet.Fold(r); {
			case f < 0: // tatweel: a letter, as for package tokenize, folded away
				ArabicFold[i] = 0
			case f >= '\u0621' && f <= '\u064A':
				ArabicFold[i] = uint8(f - 0x620)
			default:
				ArabicFold[i] = 0xFF
			}
		}
	}
	for b := range 128 {
		ASCIIClass[b] = classOf(rune(b))
		if ASCIIClass[b] != ClassSep {
			ASCIIFold[b] = uint8(alphabet.Fold(rune(b)))
		}
	}
}

// classOf maps the shared rune classes of package alphabet to the
// scanner's: letters start words, marks and the invisible controls that do
// not break words continue them, the digits of the three scripts news uses
// make numbers, and everything else (spaces, ZWSP and bidi controls,
// punctuation, symbols, other digits) separates words.
func classOf(r rune) uint8 {
	switch alphabet.Of(r) {
	case alphabet.Letter, alphabet.Arabic:
		return ClassLetter
	case alphabet.Mark, alphabet.Invis, alphabet.Join:
		return ClassInWord
	case alphabet.Digit:
		if alphabet.DigitValue(r) >= 0 {
			return ClassDigit
		}
	}
	return ClassSep
}

// Presentation returns the folded key of an Arabic presentation form or
// ligature (ﻻ → لا), or nil for any other rune.
func Presentation(r rune) []byte {
	if r < 0xFB50 || r >= 0xFF00 {
		return nil
	}
	presentationOnce.Do(buildPresentation)
	return presentation[r-0xFB50]
}

// presentation holds the key of each Arabic presentation form
// (U+FB50..U+FDFF, U+FE70..U+FEFF) in the codes of AppendFold, from
// alphabet.Presentation. Index r-0xFB50.
var (
	presentation     [0xFF00 - 0xFB50][]byte
	presentationOnce sync.Once
)

func buildPresentation() {
	for r := rune(0xFB50); r < 0xFF00; r++ {
		var f []byte
		for _, x := range alphabet.Presentation(r) { // folded letters of U+0621..U+064A, else kept
			if x >= 0x621 && x <= 0x64A {
				f = append(f, byte(x-0x620))
			} else {
				f = utf8.AppendRune(f, x)
			}
		}
		presentation[r-0xFB50] = f
	}
}

// IsDiacritic reports whether r is an Arabic diacritic that folding drops
// (alphabet.IsDiacritic: harakat, tanween, shadda, sukun, superscript
// alef, Quranic marks).
func IsDiacritic(r rune) bool { return alphabet.IsDiacritic(r) }

// IsInvisible reports the format controls that may sit inside a word
// (ZWNJ, ZWJ, BOM, soft hyphen, word joiner); a word never ends with one.
func IsInvisible(r rune) bool { return isInvisible(r) }

func isInvisible(r rune) bool {
	c := alphabet.Of(r)
	return c == alphabet.Invis || c == alphabet.Join
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
	}
	return classOf(r)
}

// NextWord returns the next word of s at or after byte i: a run that starts
// with a letter and goes on over letters, marks, tatweel, joiners and
// invisible controls, or a run of decimal digits. Punctuation, symbols,
// spaces and invalid bytes end a word, and a digit ends a letter run.
// ok is false when no word is left.
func NextWord(s string, i int) (start, end int, ok bool) {
	for i < len(s) {
		// An ASCII byte and a rune of the Arabic block read inline, their
		// class from the tables (as Class).
		var r rune
		var n int
		var c uint8
		if b := s[i]; b < utf8.RuneSelf {
			r, n, c = rune(b), 1, ASCIIClass[b]
		} else if b >= 0xD8 && b <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			k := int(b&0x03)<<6 | int(s[i+1]&0x3F) // rune - 0x600
			r, n, c = rune(0x600+k), 2, ArabicClass[k]
		} else {
			r, n = decode(s, i)
			c = Class(r)
		}
		if c == ClassDigit {
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
		if c == ClassLetter {
			start = i
			latin := r < 0x80 // every letter so far is ASCII: digits may follow (G20)
			arabic := IsArabicLetter(r)
			i += n
			end := i
			for i < len(s) {
				// The runes of the Arabic block inline (as below, with
				// their class and invisibility from the tables).
				if c := s[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
					k := int(c&0x03)<<6 | int(s[i+1]&0x3F) // rune - 0x600
					cl := ArabicClass[k]
					if cl == ClassSep || cl == ClassDigit && !latin {
						break
					}
					if cl == ClassLetter {
						// An Arabic letter: it ends an ASCII word.
						if latin {
							break
						}
						arabic = true
					}
					i += 2
					if !arabicInvisible[k] {
						end = i
					}
					continue
				}
				if b := s[i]; b < utf8.RuneSelf {
					// ASCII inline, as below: a letter after an Arabic
					// one starts another word.
					cl := ASCIIClass[b]
					if cl == ClassSep || cl == ClassDigit && !latin || cl == ClassLetter && arabic {
						break
					}
					i++
					if !asciiInvisible[b] {
						end = i
					}
					continue
				}
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

// asciiInvisible is isInvisible of the ASCII runes.
var asciiInvisible = func() (t [128]bool) {
	for k := range t {
		t[k] = isInvisible(rune(k))
	}
	return t
}()

// arabicInvisible is isInvisible of the runes U+0600..U+06FF.
var arabicInvisible = func() (t [256]bool) {
	for k := range t {
		t[k] = isInvisible(rune(0x600 + k))
	}
	return t
}()

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	if r >= 0x600 && r <= 0x6FF {
		return ArabicClass[r-0x600] == ClassLetter
	}
	return alphabet.IsArabicLetter(r)
}

// decode returns the rune at s[i] and its size, as
// utf8.DecodeRuneInString(s[i:]) does, reading ASCII and the two-byte runes
// (Arabic's) inline: the standard decoder's out-of-line path for every
// rune above ASCII was ~1.3% of arnews.Analyze.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// A lead byte C2..DF and a continuation byte are a valid rune
	// U+0080..U+07FF (C0 and C1 would be overlong: the decoder says so).
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// AppendFold appends the search key of the word w to dst, in the index's
// codes: the key of package alphabet (alphabet.AppendKey: hamza forms of
// alef to bare alef, the hamza seats ؤ ئ to ء, alef maksura and Persian yeh
// to yeh, teh marbuta and the Persian heh forms to heh, keheh to kaf,
// diacritics, tatweel and invisible controls dropped, presentation forms by
// their letters, Arabic-Indic digits to ASCII, ASCII letters lower-cased)
// of the runes of w, written by AppendCodes; invalid bytes and the
// separators of ASCII and of the Arabic block (spaces, punctuation, ، ؛)
// are left out. So a word has the same fold here as its key in package
// tokenize's word stream (tokenize.Stream.Key), and a name is found however
// its hamza and diacritics are written.
func AppendFold(dst []byte, w string) []byte {
	var buf [16]byte
	for i := 0; i < len(w); {
		// The runes of the Arabic block (the lead bytes D8..DB) inline,
		// as the case below takes them.
		if c := w[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			k := int(c&0x03)<<6 | int(w[i+1]&0x3F) // rune - 0x600
			i += 2
			if ArabicClass[k] == ClassSep || ArabicFold[k] == 0 {
				continue
			}
			if f := ArabicFold[k]; f != 0xFF {
				dst = append(dst, f)
				continue
			}
			dst = AppendCodes(dst, alphabet.AppendRune(buf[:0], rune(0x600+k)))
			continue
		}
		r, n := decode(w, i)
		i += n
		// ASCII and the Arabic block by the tables made from alphabet.Fold
		// (the same bytes: TestFoldIsAlphabetKey), the rest by alphabet.
		switch {
		case r < 0x80:
			if ASCIIClass[r] != ClassSep {
				dst = append(dst, ASCIIFold[r])
			}
			continue
		case r >= 0x600 && r <= 0x6FF:
			c, f := ArabicClass[r-0x600], ArabicFold[r-0x600]
			if c == ClassSep || f == 0 {
				continue
			}
			if f != 0xFF {
				dst = append(dst, f)
				continue
			}
		}
		dst = AppendCodes(dst, alphabet.AppendRune(buf[:0], r))
	}
	return dst
}

// HashFold returns HashWord(AppendFold(nil, w)) without writing the folded
// word: the rules and the recognizer's merge fold the words of names and
// spans only to hash them. It takes the runes as AppendFold does.
func HashFold(w string) uint64 {
	h := uint64(14695981039346656037)
	var buf [16]byte
	for i := 0; i < len(w); {
		if c := w[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			k := int(c&0x03)<<6 | int(w[i+1]&0x3F) // rune - 0x600
			i += 2
			if ArabicClass[k] == ClassSep || ArabicFold[k] == 0 {
				continue
			}
			if f := ArabicFold[k]; f != 0xFF {
				h = (h ^ uint64(f)) * 1099511628211
				continue
			}
			h = hashCodes(h, alphabet.AppendRune(buf[:0], rune(0x600+k)))
			continue
		}
		r, n := decode(w, i)
		i += n
		switch {
		case r < 0x80:
			if ASCIIClass[r] != ClassSep {
				h = (h ^ uint64(ASCIIFold[r])) * 1099511628211
			}
			continue
		case r >= 0x600 && r <= 0x6FF:
			c, f := ArabicClass[r-0x600], ArabicFold[r-0x600]
			if c == ClassSep || f == 0 {
				continue
			}
			if f != 0xFF {
				h = (h ^ uint64(f)) * 1099511628211
				continue
			}
		}
		h = hashCodes(h, alphabet.AppendRune(buf[:0], r))
	}
	return h
}

// AppendCodes appends to dst the search key key of package alphabet
// (valid UTF-8, as alphabet.AppendKey and tokenize.Stream.Key give it)
// written in the index's codes: a folded Arabic letter U+0621..U+064A as
// one byte (the rune minus 0x620: 0x01..0x2A), every other rune in its
// UTF-8 bytes (ASCII letters and digits, all 0x30 or above, and multi-byte
// runes, all 0x80 or above, so no code collides with a letter's).
func AppendCodes(dst, key []byte) []byte {
	for i := 0; i < len(key); i++ {
		if c := arabicCode(key, i); c != 0 {
			dst = append(dst, c)
			i++
			continue
		}
		dst = append(dst, key[i])
	}
	return dst
}

// HashKey is HashWord of the search key key written by AppendCodes,
// without writing it.
func HashKey(key []byte) uint64 {
	return hashCodes(14695981039346656037, key)
}

// hashCodes goes on with the hash h over the search key key written by
// AppendCodes.
func hashCodes(h uint64, key []byte) uint64 {
	for i := 0; i < len(key); i++ {
		c := arabicCode(key, i)
		if c != 0 {
			i++
		} else {
			c = key[i]
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// arabicCode returns the code of the letter U+0621..U+064A whose UTF-8
// bytes start at key[i], or 0 when no such letter starts there.
func arabicCode(key []byte, i int) byte {
	if i+1 >= len(key) {
		return 0
	}
	switch b, c := key[i], key[i+1]; {
	case b == 0xD8 && c >= 0xA1 && c <= 0xBF:
		return c - 0xA0 // U+0621..U+063F
	case b == 0xD9 && c >= 0x80 && c <= 0x8A:
		return c - 0x80 + 0x20 // U+0640..U+064A
	}
	return 0
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
