package tokenize

import "unicode"

// class is the tokenizer's view of one rune. Every rune of the Basic
// Multilingual Plane has its class in the bmp table, filled once at package
// initialisation from the Unicode tables of the standard library; the few
// planes above are classified by astralClass.
type class uint8

const (
	cOther    class = iota // unassigned, private use: a Symbol of its own
	cSpace                 // white space and C0/C1 controls: separates tokens
	cBreak                 // ZWSP and the bidi controls (LRM, RLM, ALM, embeddings, isolates): invisible separators
	cInvis                 // other format controls (BOM, soft hyphen, word joiner): transparent inside a word, never a token's edge
	cJoin                  // ZWNJ and ZWJ: like cInvis, and ZWJ also glues emoji
	cLetter                // letters of every script but Arabic
	cArabic                // letters of the Arabic script, tatweel included
	cMark                  // combining marks: part of the letter before them, skipped when alone
	cDigit                 // decimal digits of every script
	cPunct                 // punctuation
	cSymbol                // currency, math, other symbols, %, ٪, ‰
	cEmoji                 // an emoji that can start a sequence (Extended_Pictographic)
	cRegional              // regional indicator letters (flags come in pairs)
	cEmojiMod              // emoji skin-tone modifiers
	cTag                   // emoji tag characters (subdivision flags)
)

// bmp holds the class of every rune below U+10000.
var bmp [0x10000]class

func fill(t *unicode.RangeTable, c class) {
	for _, r := range t.R16 {
		for x := uint32(r.Lo); x <= uint32(r.Hi); x += uint32(r.Stride) {
			bmp[x] = c
		}
	}
}

func init() {
	// General categories first, in order of precedence (later wins).
	fill(unicode.S, cSymbol)
	fill(unicode.P, cPunct)
	fill(unicode.L, cLetter)
	fill(unicode.M, cMark)
	fill(unicode.Nd, cDigit)
	fill(unicode.Cf, cInvis)
	fill(unicode.Cc, cSpace)
	fill(unicode.White_Space, cSpace)
	for r := rune(0); r < 0x10000; r++ {
		switch {
		case isInvisible(r):
			bmp[r] = cInvis
		case isDiacritic(r):
			bmp[r] = cMark
		}
	}
	for _, r := range "%٪‰‱؉؊" { // per cent and per mille: symbols, not punctuation
		bmp[r] = cSymbol
	}
	for _, r := range "\u0600\u0601\u0602\u0603\u0604\u0605\u06DD\u08E2" { // Arabic number signs (Cf) are visible
		bmp[r] = cSymbol
	}
	for _, rg := range arabicBlocks {
		for r := rg[0]; r <= rg[1]; r++ {
			if bmp[r] == cLetter {
				bmp[r] = cArabic
			}
		}
	}
	bmp['\u0640'] = cArabic // tatweel stretches a word: "العـــربية"
	for _, r := range "\u200B\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069" {
		bmp[r] = cBreak
	}
	bmp['\u200C'] = cJoin
	bmp['\u200D'] = cJoin
	for _, rg := range bmpEmoji {
		for r := rg[0]; r <= rg[1]; r++ {
			if bmp[r] == cSymbol {
				bmp[r] = cEmoji
			}
		}
	}
	copy(ascii[:], bmp[:128])
}

// arabicBlocks are the Unicode blocks of the Arabic script: Arabic, Arabic
// Supplement, Arabic Extended-B and -A, and the presentation forms.
var arabicBlocks = [][2]rune{{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}

// bmpEmoji lists the Extended_Pictographic runes of the BMP that we treat as
// emoji (© ® ™ stay Symbols).
var bmpEmoji = [][2]rune{
	{0x231A, 0x231B}, {0x2328, 0x2328}, {0x23CF, 0x23CF}, {0x23E9, 0x23F3},
	{0x23F8, 0x23FA}, {0x24C2, 0x24C2}, {0x25AA, 0x25AB}, {0x25B6, 0x25B6},
	{0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x27BF}, {0x2934, 0x2935},
	{0x2B05, 0x2B07}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
	{0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297}, {0x3299, 0x3299},
}

// astralClass classifies runes above U+FFFF.
func astralClass(r rune) class {
	switch {
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return cRegional
	case r >= 0x1F3FB && r <= 0x1F3FF:
		return cEmojiMod
	case r >= 0x1F000 && r <= 0x1FAFF:
		return cEmoji
	case r >= 0xE0020 && r <= 0xE007F:
		return cTag
	case r > unicode.MaxRune:
		return cOther
	case unicode.IsLetter(r):
		return cLetter
	case unicode.IsMark(r):
		return cMark
	case unicode.Is(unicode.Nd, r):
		return cDigit
	case unicode.Is(unicode.Cf, r):
		return cInvis
	case unicode.IsPunct(r):
		return cPunct
	case unicode.IsSymbol(r):
		return cSymbol
	}
	return cOther
}

// classOf returns the class of r.
func classOf(r rune) class {
	if r < 0x10000 {
		return bmp[r]
	}
	return astralClass(r)
}

// isLetter reports whether c is a class of letters.
func isLetter(c class) bool { return c == cLetter || c == cArabic }
