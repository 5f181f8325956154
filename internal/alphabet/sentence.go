package alphabet

// IsTerminator reports whether r ends a sentence on its own: . ! ? ؟ …
// ‼ ⁉ 。 and the Urdu full stop ۔. (A run of dots is a terminator too; a
// tokenizer sees it as one token that starts with '.'.)
func IsTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '…', '‼', '⁉', '。', '۔':
		return true
	}
	return false
}

// IsLineBreak reports whether r breaks a line: LF, CR, U+2028 LINE
// SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
func IsLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029
}

// IsClauseEnd reports whether r closes the clause a word belongs to, for
// rules that look at the words around one (the tense of a date, the topic
// of a name): a terminator, a line break or a semicolon (; ؛). A colon
// does not: the words after it (a quotation, a list) are still about what
// comes before it, though a quotation has a tense of its own.
func IsClauseEnd(r rune) bool {
	switch r {
	case ';', '؛':
		return true
	}
	return IsTerminator(r) || IsLineBreak(r)
}
