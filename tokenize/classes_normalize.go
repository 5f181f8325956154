package tokenize

import "github.com/arnews/arnews/normalize"

// isInvisible and isDiacritic are the character classes of package
// normalize (the sets its Invisible and Diacritics flags remove). They are
// consulted once, at initialisation, to build the rune tables of the hot
// path: a diacritic is a combining mark (inside a word, never a token of its
// own), an invisible control is never a token nor a token's edge.
func isInvisible(r rune) bool { return normalize.IsInvisible(r) }

func isDiacritic(r rune) bool { return normalize.IsDiacritic(r) }
