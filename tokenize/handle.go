package tokenize

// afterConjunction reports whether s[:i] ends with the conjunction و or ف
// standing alone (at the start of s, or after a rune that is no letter,
// digit or mark), which a handle may follow without a space: و@user is و
// and the Mention @user, as و#وسم is و and the Hashtag #وسم.
func afterConjunction[T text](s T, i int) bool {
	r, w := decodeLast(s, i)
	if w == 0 || r != 'و' && r != 'ف' {
		return false
	}
	return !glued(s, i-w)
}
