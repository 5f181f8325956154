package tokenize

// isInvisible and isDiacritic mirror the character classes of package
// normalize (its Invisible and Diacritics sets). They are consulted once, at
// initialisation, to build the byte and rune tables of the hot path.
func isInvisible(r rune) bool {
	switch r {
	case '\u061C', '\u200E', '\u200F', '\uFEFF', '\u00AD', '\u2060', '\u180E':
		return true
	}
	return r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}

func isDiacritic(r rune) bool {
	return r >= '\u064B' && r <= '\u065F' || r == '\u0670' || r >= '\u06D6' && r <= '\u06ED' && r != '\u06DD' && r != '\u06DE' && r != '\u06E5' && r != '\u06E6' && r != '\u06E9'
}
