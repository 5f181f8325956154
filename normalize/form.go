package normalize

import "github.com/arnews/arnews/internal/alphabet"

// Form is a set of normalization steps. Each flag below is itself a Form,
// and Forms combine with |:
//
//	f := normalize.Diacritics | normalize.Tatweel
//	s := f.String("العَـــرَبِيَّة") // "العربية"
//
// The zero Form changes nothing but invalid UTF-8 (see the package doc).
// A Form is a plain value: it is safe for concurrent use and every Form is a
// stateless transform.SpanningTransformer.
type Form uint16

// The individual steps. The package documentation describes how they
// combine.
const (
	// Diacritics removes harakat and tanween (U+064B–U+065F, which includes
	// the combining madda and hamza U+0653–U+0655), the superscript alef
	// U+0670, the Quranic annotation marks U+06D6–U+06ED and the honorific
	// signs, small high letters and small vowels U+0610–U+061A. See
	// IsDiacritic.
	Diacritics Form = 1 << iota

	// Tatweel removes the kashida U+0640 (ـ).
	Tatweel

	// Alef maps أ إ آ ٱ (and the rare ٲ ٳ) to a bare alef ا, and removes a
	// combining madda or hamza (U+0653–U+0655) that follows an alef.
	Alef

	// Hamza maps the hamza seats ؤ and ئ to a bare hamza ء.
	Hamza

	// AlefMaksura maps ى to ي.
	AlefMaksura

	// TehMarbuta maps ة to ه.
	TehMarbuta

	// Persian maps Persian and Urdu letter forms to their Arabic letters:
	// ک ڪ → ك; ی ے → ي; ۀ ھ ہ ۂ ە → ه; ۃ → ة; ۓ → ئ.
	Persian

	// Digits maps Arabic-Indic digits (U+0660–U+0669) and Extended
	// Arabic-Indic digits (U+06F0–U+06F9) to ASCII 0–9. The decimal and
	// thousands separators ٫ and ٬ are left alone.
	Digits

	// Compatibility replaces every character that Unicode NFKC changes by
	// its NFKC form, computed by golang.org/x/text/unicode/norm: Arabic
	// presentation forms (ﻣﺮﺣﺒﺎ → مرحبا), lam-alef ligatures with their
	// hamza or madda (ﻷ → لأ), ﷲ → الله, full-width Latin, ligatures and so
	// on. It works character by character: characters that NFKC leaves alone
	// on their own are never touched, so combining marks are not reordered
	// and ا followed by U+0654 is not composed into أ.
	Compatibility

	// Invisible removes bidi marks and controls (LRM, RLM, ALM, the
	// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069),
	// ZERO WIDTH SPACE, the byte order mark U+FEFF and the soft hyphen. It
	// removes ZERO WIDTH JOINER too, except directly after an emoji, where
	// it glues an emoji sequence (👨‍👩‍👧). See IsInvisible.
	Invisible

	// ZWNJ removes ZERO WIDTH NON-JOINER U+200C, which Persian and Urdu
	// words need for display (می‌خواهم), so it is a flag of its own.
	ZWNJ

	// Spaces maps every Unicode space separator (category Zs, including
	// NO-BREAK SPACE) to an ASCII space U+0020. Tabs and line breaks are
	// not space separators and are kept.
	Spaces
)

// Presets.
const (
	// Display is what a page should show: compatibility forms resolved,
	// kashida, invisible controls and odd spaces removed, while diacritics,
	// ى, ة, native digits, ZWNJ and emoji sequences are kept.
	Display = Compatibility | Tatweel | Invisible | Spaces

	// Search is every step: the form for indexing and matching.
	Search = Diacritics | Tatweel | Alef | Hamza | AlefMaksura | TehMarbuta |
		Persian | Digits | Compatibility | Invisible | ZWNJ | Spaces
)

// allForms is every defined flag.
const allForms = Search

// sensitive is the flags under which some runes depend on the rune before
// them (hamza/madda marks under Alef, ZWJ under Invisible).
func (f Form) alefMarks() bool { return f&(Alef|Diacritics) == Alef }

// IsDiacritic reports whether the Diacritics flag removes r: U+0610–U+061A,
// U+064B–U+065F, U+0670 and U+06D6–U+06ED.
func IsDiacritic(r rune) bool { return alphabet.IsDiacritic(r) }

// IsInvisible reports whether r is one of the characters the Invisible flag
// removes: the bidi marks and controls U+200E, U+200F, U+061C,
// U+202A–U+202E and U+2066–U+2069, ZERO WIDTH SPACE U+200B, ZERO WIDTH
// JOINER U+200D (which Invisible keeps only inside emoji sequences), the
// byte order mark U+FEFF and the soft hyphen U+00AD. ZWNJ (U+200C) is not
// included: it has a flag of its own.
func IsInvisible(r rune) bool { return alphabet.IsInvisible(r) }

// isSpace reports whether Spaces maps r to U+0020 (Zs other than U+0020).
func isSpace(r rune) bool {
	switch {
	case r == 0x00A0, r == 0x1680, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	return false
}

// isAlefMark reports whether r is a combining madda or hamza, the marks the
// Alef flag removes after an alef.
func isAlefMark(r rune) bool { return r >= 0x0653 && r <= 0x0655 }

const (
	alef = 0x0627
	zwj  = 0x200D
)

// isEmoji reports whether r can carry a ZERO WIDTH JOINER in an emoji
// sequence: pictographs, emoji modifiers, the emoji variation selector,
// tags and the keycap mark. It is a cheap superset of Extended_Pictographic.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2190 && r <= 0x2BFF:
		return true
	case r == 0xFE0F, r == 0x20E3, r == 0x00A9, r == 0x00AE, r == 0x203C, r == 0x2049,
		r == 0x2122, r == 0x2139, r == 0x3030, r == 0x303D, r == 0x3297, r == 0x3299:
		return true
	case r >= 0xE0020 && r <= 0xE007F:
		return true
	}
	return false
}

// mapAtomic applies every step but Compatibility and the two contextual
// rules to a single rune. It returns -1 when the rune is removed.
func (f Form) mapAtomic(r rune) rune {
	if r < 0x80 {
		return r
	}
	if f&Persian != 0 {
		switch r {
		case 0x06A9, 0x06AA:
			r = 0x0643
		case 0x06CC, 0x06D2:
			r = 0x064A
		case 0x06C0, 0x06C1, 0x06C2, 0x06BE, 0x06D5:
			r = 0x0647
		case 0x06C3:
			r = 0x0629
		case 0x06D3:
			r = 0x0626
		}
	}
	if f&Alef != 0 {
		switch r {
		case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
			r = alef
		}
	}
	if f&Hamza != 0 && (r == 0x0624 || r == 0x0626) {
		r = 0x0621
	}
	if f&AlefMaksura != 0 && r == 0x0649 {
		r = 0x064A
	}
	if f&TehMarbuta != 0 && r == 0x0629 {
		r = 0x0647
	}
	if f&Digits != 0 {
		if r >= 0x0660 && r <= 0x0669 {
			return '0' + r - 0x0660
		}
		if r >= 0x06F0 && r <= 0x06F9 {
			return '0' + r - 0x06F0
		}
	}
	if f&Diacritics != 0 && IsDiacritic(r) {
		return -1
	}
	if f&Tatweel != 0 && r == 0x0640 {
		return -1
	}
	if f&Invisible != 0 && r != zwj && IsInvisible(r) {
		return -1
	}
	if f&ZWNJ != 0 && r == 0x200C {
		return -1
	}
	if f&Spaces != 0 && isSpace(r) {
		return ' '
	}
	return r
}

// mapContext applies mapAtomic plus the contextual rules. prev is the last
// rune of the output of the rune before r, or -1 when that output was empty
// or r starts the text.
func (f Form) mapContext(r, prev rune) rune {
	if r == zwj && f&Invisible != 0 {
		if prev >= 0 && isEmoji(prev) {
			return r
		}
		return -1
	}
	if isAlefMark(r) && f.alefMarks() {
		if prev < 0 || prev == alef || isAlefMark(prev) {
			return -1
		}
		return r
	}
	return f.mapAtomic(r)
}

// sensitiveKept reports whether r, kept after prev, is a rune whose output
// depends on the rune before it and differs from what it would be at the
// start of a text. A transformer must never stop right before such a rune.
func (f Form) sensitiveKept(r, prev rune) bool {
	return (r == zwj && f&Invisible != 0 || isAlefMark(r) && f.alefMarks()) && f.mapContext(r, prev) >= 0
}

// endUnsafe reports whether a text that ends with output rune prev could be
// followed by a rune whose output depends on prev.
func (f Form) endUnsafe(prev rune) bool {
	if prev < 0 {
		return false
	}
	if f.alefMarks() && prev != alef && !isAlefMark(prev) {
		return true
	}
	return f&Invisible != 0 && isEmoji(prev)
}
