package tokenize

import "github.com/arnews/arnews/internal/alphabet"

// class is the tokenizer's view of one rune: the class package
// internal/alphabet gives it, the one every package of the module shares.
// Every rune of the Basic Multilingual Plane has its class in the bmp
// table, a copy of alphabet's made once at initialisation so that the hot
// path indexes a table of this package; the planes above are classified by
// alphabet.Of.
type class = alphabet.Class

const (
	cOther    = alphabet.Other    // unassigned, private use: a Symbol of its own
	cSpace    = alphabet.Space    // white space and C0/C1 controls: separates tokens
	cBreak    = alphabet.Break    // ZWSP and the bidi controls: invisible separators
	cInvis    = alphabet.Invis    // other format controls: transparent inside a word, never a token's edge
	cJoin     = alphabet.Join     // ZWNJ and ZWJ: like cInvis, and ZWJ also glues emoji
	cLetter   = alphabet.Letter   // letters of every script but Arabic
	cArabic   = alphabet.Arabic   // letters of the Arabic script, tatweel included
	cMark     = alphabet.Mark     // combining marks: part of the letter before them, skipped when alone
	cDigit    = alphabet.Digit    // decimal digits of every script
	cPunct    = alphabet.Punct    // punctuation
	cSymbol   = alphabet.Symbol   // currency, math, other symbols, %, ٪, ‰
	cEmoji    = alphabet.Emoji    // an emoji that can start a sequence (Extended_Pictographic)
	cRegional = alphabet.Regional // regional indicator letters (flags come in pairs)
	cEmojiMod = alphabet.EmojiMod // emoji skin-tone modifiers
	cTag      = alphabet.Tag      // emoji tag characters (subdivision flags)
)

// bmp holds the class of every rune below U+10000.
var bmp [0x10000]class

func init() {
	bmp = *alphabet.Table()
	copy(ascii[:], bmp[:128])
}

// classOf returns the class of r.
func classOf(r rune) class {
	if r < 0x10000 {
		return bmp[r]
	}
	return alphabet.Of(r)
}

// isLetter reports whether c is a class of letters.
func isLetter(c class) bool { return c == cLetter || c == cArabic }
