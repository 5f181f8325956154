// Package alphabet holds the only definitions of the Arabic script that the
// packages of this module share: the class of every rune (letters, marks,
// digits, spaces, invisible controls), the diacritics and invisibles that
// folding drops, the folding of a word into its search key, the runes that
// end a sentence or a clause, and the clitic word lists.
//
// normalize, tokenize, stem, dates and entities all read these tables, so
// that a rune is a letter, a mark or a separator for every one of them
// alike. Tests check it for every rune: this package's tests against
// normalize and tokenize, and TestRunesAgreeWithAlphabet in package dates
// and in entities/internal/index.
//
// Everything here is read-only after package initialisation (the
// presentation-form keys are built once, on first use, under a sync.Once)
// and safe for concurrent use; callers must not modify the exported lists.
package alphabet

import "unicode"

// Class is the class of one rune, the tokenizer's view of it.
type Class uint8

// The classes. Words are runs of Letter and Arabic runes with the Mark,
// Invis and Join runes inside them; Space and Break separate words.
const (
	Other    Class = iota // unassigned, private use: a symbol of its own
	Space                 // white space and C0/C1 controls: separates tokens
	Break                 // ZWSP and the bidi controls (LRM, RLM, ALM, embeddings, isolates): invisible separators
	Invis                 // other format controls (BOM, soft hyphen, word joiner): transparent inside a word, never a token's edge
	Join                  // ZWNJ and ZWJ: like Invis, and ZWJ also glues emoji
	Letter                // letters of every script but Arabic
	Arabic                // letters of the Arabic script, tatweel included
	Mark                  // combining marks: part of the letter before them, skipped when alone
	Digit                 // decimal digits of every script
	Punct                 // punctuation
	Symbol                // currency, math, other symbols, %, ٪, ‰
	Emoji                 // an emoji that can start a sequence (Extended_Pictographic)
	Regional              // regional indicator letters (flags come in pairs)
	EmojiMod              // emoji skin-tone modifiers
	Tag                   // emoji tag characters (subdivision flags)
)

// bmp holds the class of every rune below U+10000.
var bmp [0x10000]Class

// Table returns the class of every rune below U+10000, indexed by the
// rune. Callers copy it into their own hot-path table; it never changes.
func Table() *[0x10000]Class { return &bmp }

func fill(t *unicode.RangeTable, c Class) {
	for _, r := range t.R16 {
		for x := uint32(r.Lo); x <= uint32(r.Hi); x += uint32(r.Stride) {
			bmp[x] = c
		}
	}
}

func init() {
	// General categories first, in order of precedence (later wins).
	fill(unicode.S, Symbol)
	fill(unicode.P, Punct)
	fill(unicode.L, Letter)
	fill(unicode.M, Mark)
	fill(unicode.Nd, Digit)
	fill(unicode.Cf, Invis)
	fill(unicode.Cc, Space)
	fill(unicode.White_Space, Space)
	for r := rune(0); r < 0x10000; r++ {
		switch {
		case IsInvisible(r):
			bmp[r] = Invis
		case IsDiacritic(r):
			bmp[r] = Mark
		}
	}
	for _, r := range "%٪‰‱؉؊" { // per cent and per mille: symbols, not punctuation
		bmp[r] = Symbol
	}
	for _, r := range "\u0600\u0601\u0602\u0603\u0604\u0605\u06DD\u08E2" { // Arabic number signs (Cf) are visible
		bmp[r] = Symbol
	}
	for _, rg := range arabicBlocks {
		for r := rg[0]; r <= rg[1]; r++ {
			if bmp[r] == Letter {
				bmp[r] = Arabic
			}
		}
	}
	bmp[Tatweel] = Arabic // tatweel stretches a word: "العـــربية"
	for _, r := range breaks {
		bmp[r] = Break
	}
	bmp[ZWNJ] = Join
	bmp[ZWJ] = Join
	for _, rg := range bmpEmoji {
		for r := rg[0]; r <= rg[1]; r++ {
			if bmp[r] == Symbol {
				bmp[r] = Emoji
			}
		}
	}
}

// Runes named by the rules.
const (
	Tatweel = '\u0640' // ARABIC TATWEEL, the kashida
	ZWNJ    = '\u200C' // ZERO WIDTH NON-JOINER
	ZWJ     = '\u200D' // ZERO WIDTH JOINER
)

// breaks are the invisible controls that separate words: ZERO WIDTH SPACE
// and the bidi marks, embeddings, overrides and isolates.
const breaks = "\u200B\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"

// arabicBlocks are the Unicode blocks of the Arabic script: Arabic, Arabic
// Supplement, Arabic Extended-B and -A, and the presentation forms.
var arabicBlocks = [][2]rune{{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}

// bmpEmoji lists the Extended_Pictographic runes of the BMP that count as
// emoji (© ® ™ stay symbols).
var bmpEmoji = [][2]rune{
	{0x231A, 0x231B}, {0x2328, 0x2328}, {0x23CF, 0x23CF}, {0x23E9, 0x23F3},
	{0x23F8, 0x23FA}, {0x24C2, 0x24C2}, {0x25AA, 0x25AB}, {0x25B6, 0x25B6},
	{0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x27BF}, {0x2934, 0x2935},
	{0x2B05, 0x2B07}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
	{0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297}, {0x3299, 0x3299},
}

// astral classifies runes above U+FFFF.
func astral(r rune) Class {
	switch {
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return Regional
	case r >= 0x1F3FB && r <= 0x1F3FF:
		return EmojiMod
	case r >= 0x1F000 && r <= 0x1FAFF:
		return Emoji
	case r >= 0xE0020 && r <= 0xE007F:
		return Tag
	case r > unicode.MaxRune:
		return Other
	case unicode.IsLetter(r):
		return Letter
	case unicode.IsMark(r):
		return Mark
	case unicode.Is(unicode.Nd, r):
		return Digit
	case unicode.Is(unicode.Cf, r):
		return Invis
	case unicode.IsPunct(r):
		return Punct
	case unicode.IsSymbol(r):
		return Symbol
	}
	return Other
}

// Of returns the class of r. A negative rune is Other.
func Of(r rune) Class {
	if r < 0 {
		return Other
	}
	if r < 0x10000 {
		return bmp[r]
	}
	return astral(r)
}

// IsLetter reports whether c is a class of letters (Letter or Arabic).
func (c Class) IsLetter() bool { return c == Letter || c == Arabic }

// InWord reports whether a rune of class c continues a word it is inside
// of: letters, marks, and the invisible controls that do not break words.
func (c Class) InWord() bool {
	return c == Letter || c == Arabic || c == Mark || c == Invis || c == Join
}

// IsSeparator reports whether a rune of class c separates words without
// being seen: white space, controls, ZWSP and the bidi controls.
func (c Class) IsSeparator() bool { return c == Space || c == Break }

// Invisible reports whether a rune of class c is white space or an
// invisible control (Space, Break, Invis or Join): nothing a reader sees.
func (c Class) Invisible() bool { return c == Space || c == Break || c == Invis || c == Join }

// IsArabicLetter reports whether r is a letter of the Arabic script (any
// of its blocks, presentation forms included) or tatweel.
func IsArabicLetter(r rune) bool { return Of(r) == Arabic }

// IsDiacritic reports whether r is an Arabic diacritic that folding drops
// and normalize.Diacritics removes: the honorific signs, small high letters
// and small vowels U+0610–U+061A (ؐ ... ؚ, combining marks of Quranic and
// honorific writing, never a letter of a word), harakat and tanween
// U+064B–U+065F (with the combining madda and hamza U+0653–U+0655), the
// superscript alef U+0670 and the Quranic annotation marks U+06D6–U+06ED.
func IsDiacritic(r rune) bool {
	return r >= 0x0610 && r <= 0x061A || r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED
}

// IsInvisible reports whether r is one of the invisible characters that
// normalize.Invisible removes: the bidi marks and controls U+200E, U+200F,
// U+061C, U+202A–U+202E and U+2066–U+2069, ZERO WIDTH SPACE U+200B, ZERO
// WIDTH JOINER U+200D, the byte order mark U+FEFF and the soft hyphen
// U+00AD. ZWNJ U+200C is not included (normalize has a flag of its own for
// it); folding drops both.
func IsInvisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F:
		return r != ZWNJ
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// DigitValue returns the value of a decimal digit in one of the three
// scripts news uses (ASCII, Arabic-Indic U+0660–U+0669, Extended
// Arabic-Indic U+06F0–U+06F9), or -1.
func DigitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}
