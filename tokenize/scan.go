package tokenize

// next finds the first token that starts at or after byte i of s and returns
// its span and kind; start is -1 when no token is left. It never allocates.
// noAddr carries what earlier calls on the same s learnt: no URL or e-mail
// address starts before it (see latin). Callers start it at 0 and pass on
// the na that each call returns. (A value, not a pointer: a pointer into
// the caller's frame escapes to the heap when the generic scanner is
// instantiated in another package.)
func next[T text](s T, i, noAddr int) (start, end int, k Kind, na int) {
	n := len(s)
	for i < n {
		b := s[i]
		var (
			r rune
			w int
			c class
		)
		if b < 0x80 {
			r, w, c = rune(b), 1, ascii[b]
		} else {
			r, w, c = at(s, i)
		}
		switch c {
		case cLetter, cArabic:
			if b < 0x80 {
				e, k, ok, na := latin(s, i, noAddr)
				if ok {
					return i, e, k, na
				}
				noAddr = na
			}
			return i, word(s, i), Word, noAddr
		case cDigit:
			if b < 0x80 {
				if e := keycap(s, i+1); e > 0 {
					return i, e, Emoji, noAddr
				}
				e, k, ok, na := latin(s, i, noAddr)
				if ok {
					return i, e, k, na
				}
				noAddr = na
			}
			return i, number(s, i), Number, noAddr
		case cPunct, cSymbol:
			switch r {
			case '.':
				j := i + 1
				for j < n && s[j] == '.' {
					j++
				}
				return i, j, Punct, noAddr
			case '*':
				if e := keycap(s, i+1); e > 0 {
					return i, e, Emoji, noAddr
				}
			case '#':
				if e := keycap(s, i+1); e > 0 {
					return i, e, Emoji, noAddr
				}
				if e := tag(s, skipMarks(s, i+1)); e > 0 {
					return i, e, Hashtag, noAddr
				}
			case '@':
				if e := tag(s, skipMarks(s, i+1)); e > 0 && (!glued(s, i) || afterConjunction(s, i)) {
					return i, e, Mention, noAddr
				}
			case '-', '+', '\u2212':
				if i+w < n && !glued(s, i) {
					if _, _, c2 := at(s, i+w); c2 == cDigit {
						return i, number(s, i+w), Number, noAddr
					}
				}
			}
			if c == cPunct {
				return i, i + w, Punct, noAddr
			}
			return i, i + w, Symbol, noAddr
		case cEmoji, cRegional, cEmojiMod:
			return i, emoji(s, i), Emoji, noAddr
		case cOther:
			return i, i + w, Symbol, noAddr
		}
		// white space, controls, invalid bytes, lone marks: not tokens
		i += w
	}
	return -1, -1, 0, noAddr
}

// skipMarks returns the offset after the direction marks (LRM, RLM, ALM)
// at s[i:], which copied right-to-left tags often carry between # or @ and
// the name ("#\u200eاليمن" is one Hashtag).
func skipMarks[T text](s T, i int) int {
	for {
		switch {
		case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x8E || s[i+2] == 0x8F): // U+200E, U+200F
			i += 3
		case i+1 < len(s) && s[i] == 0xD8 && s[i+1] == 0x9C: // U+061C
			i += 2
		default:
			return i
		}
	}
}

// glued reports whether the rune before s[i] is a letter, digit, mark or
// closing bracket, so that a sign or an @ at i belongs to no number or
// mention ("COVID-19", "a@b").
func glued[T text](s T, i int) bool {
	r, w := decodeLast(s, i)
	if w == 0 {
		return false
	}
	switch r {
	case ')', ']', '}', '»':
		return true
	}
	c := classOf(r)
	if w == 1 && r >= 0x80 {
		c = cSpace // an invalid byte
	}
	return isLetter(c) || c == cDigit || c == cMark
}

// word returns the end of the word that starts with the letter at s[i].
// A word is a run of letters with their combining marks; invisible controls,
// ZWNJ and ZWJ are kept inside it but never at its edges. Arabic and ASCII
// letters glued together make two words ("التاليwww"). ASCII words may carry
// digits ("G20") and inner apostrophes ("O'Brien"); single letters joined by
// dots make one abbreviation ("أ.ف.ب", "د.", "U.S.").
func word[T text](s T, i int) int {
	n := len(s)
	end := i
	piece := i      // where the piece since the last dot starts
	letters := 0    // letters since the start or the last abbreviation dot
	digits := false // the piece since the start or the last abbreviation dot has digits ("G20")
	latin := true   // every letter so far is ASCII
	arabic := false
	j := i
loop:
	for j < n {
		b := s[j]
		if b < 0x80 {
			switch c := ascii[b]; {
			case c == cLetter:
				if arabic {
					break loop
				}
				letters++
				j++
				end = j
				continue
			case c == cDigit && latin:
				digits = true
				j++
				end = j
				continue
			case b == '\'' && latin && end == j && j+1 < n && isASCIILetter(s[j+1]):
				j++
				continue
			case b == '.' && arabic && letters > 1 && end == j && dottedPiece(s, piece, j, letters):
				// an acronym spelled in Arabic letter names or a site
				// name: "سي.إن.إن", "بي.بي.سي", "العربية.نت", "بيت.كوم"
				j++
				letters, piece = 0, j
				continue
			case b == '.' && letters == 1 && !digits && end == j: // "G20." ends a sentence
				if abbrevNext(s, j+1) {
					j++
					end = j
					letters = 0
					continue
				}
				if !afterDigit(s, i) { // "2017م." ends a sentence: the era letter keeps no dot
					end = j + 1
				}
			}
			break
		}
		r, w, c := at(s, j)
		if isLetter(c) {
			if c == cArabic {
				if latin && letters > 0 && end > i {
					break
				}
				arabic = true
			}
			letters++
			latin = false
			j += w
			end = j
			continue
		}
		if c == cMark {
			if end == j { // a mark right after the word's last letter
				end = j + w
			}
			j += w
			continue
		}
		if c == cInvis || c == cJoin {
			j += w
			continue
		}
		if r == '’' && latin && end == j && j+w < n && isASCIILetter(s[j+w]) {
			j += w
			continue
		}
		break
	}
	return end
}

// dottedPiece reports whether the dot at s[dot], glued between Arabic
// letters, joins the piece s[piece:dot] (of prev letters) and the piece
// after it into one word: an acronym spelled in the Arabic names of Latin
// letters ("سي.إن.إن", "بي.بي.سي", "الإف.بي.آي"), or a site name ending in
// نت or كوم ("العربية.نت", "بيت.كوم"). Anything else ("الماضي.وقال",
// "ذلك.ثم") is the next sentence with its space missing. The names that
// are also common words (إن أن أو في ال أم اي) join only a piece that
// ends in a letter name ("سي.إن" but not "له.في").
func dottedPiece[T text](s T, piece, dot, prev int) bool {
	var buf [12]byte
	k := 0
	for j := dot + 1; j < len(s); {
		_, w, c := at(s, j)
		if c != cArabic {
			if c == cLetter || c == cDigit || c == cMark || c == cInvis || c == cJoin {
				return false
			}
			break
		}
		if k+w > len(buf) {
			return false
		}
		for x := range w {
			buf[k+x] = s[j+x]
		}
		k += w
		j += w
	}
	switch string(buf[:k]) {
	case "نت", "كوم":
		return true
	case "إن", "أن", "ان", "أو", "او", "في", "ال", "أم", "ام", "اي":
		if prev > 5 {
			return false
		}
		// the piece before must end in a letter name: "سي", "والسي"
		for p := dot - 2; p >= piece; p-- {
			if s[p]&0xC0 == 0x80 {
				continue
			}
			k := 0
			for x := p; x < dot; x++ {
				if k == len(buf) {
					return false
				}
				buf[k] = s[x]
				k++
			}
			if letterName(string(buf[:k])) {
				return true
			}
		}
		return false
	}
	return prev <= 5 && letterName(string(buf[:k]))
}

// letterName reports whether w is the Arabic name of a Latin letter, as
// acronyms are spelled in the news ("سي", "إن", "إن" → CNN).
func letterName(w string) bool {
	switch w {
	case "إيه", "ايه", "أيه", "آيه", "بي", "بى", "سي", "سى", "دي", "دى", "إي", "أي", "ئي",
		"إف", "اف", "أف", "آف", "جي", "جى", "إتش", "اتش", "آي", "آى", "جيه", "كيه", "كاي", "إل",
		"إم", "ام", "أم", "آم", "إن", "ان", "أن", "أو", "او", "ال", "أل", "اي", "كيو", "آر", "ار",
		"أر", "إر", "إس", "اس", "أس", "آس", "تي", "تى", "يو", "في", "دبليو", "إكس", "اكس", "واي",
		"زد", "زي":
		return true
	}
	return false
}

// afterDigit reports whether the rune before s[i] is a digit.
func afterDigit[T text](s T, i int) bool {
	r, w := decodeLast(s, i)
	return w > 0 && classOf(r) == cDigit && !(w == 1 && r >= 0x80)
}

// abbrevNext reports whether s[j:] starts with a single letter (with its
// marks) that is followed by a dot or by something that is not a letter, a
// mark or a digit: the next piece of a dotted abbreviation.
func abbrevNext[T text](s T, j int) bool {
	if j >= len(s) {
		return false
	}
	_, w, c := at(s, j)
	if !isLetter(c) {
		return false
	}
	j += w
	for j < len(s) {
		_, w, c = at(s, j)
		if c != cMark {
			break
		}
		j += w
	}
	if j >= len(s) || s[j] == '.' {
		return true
	}
	_, _, c = at(s, j)
	return !isLetter(c) && c != cDigit && c != cInvis && c != cJoin
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// number returns the end of the number whose first digit is at s[i]: digits of
// any script, with single group, decimal, time and date separators between
// digits ("1,000.5", "١٬٠٠٠٫٥", "10:30", "2024-01-05", "٥/١/٢٠٢٤").
func number[T text](s T, i int) int {
	n := len(s)
	j := i
	for {
		for j < n {
			if b := s[j]; b < 0x80 {
				if !isASCIIDigit(b) {
					break
				}
				j++
				continue
			}
			_, w, c := at(s, j)
			if c != cDigit {
				break
			}
			j += w
		}
		if j >= n {
			return j
		}
		sep := 0
		switch b := s[j]; b {
		case ',', '.', ':', '/', '-':
			sep = 1
		case 0xD9: // U+066B ARABIC DECIMAL SEPARATOR, U+066C ARABIC THOUSANDS SEPARATOR
			if j+1 < n && (s[j+1] == 0xAB || s[j+1] == 0xAC) {
				sep = 2
			}
		}
		if sep == 0 || j+sep >= n {
			return j
		}
		if _, _, c := at(s, j+sep); c != cDigit {
			return j
		}
		j += sep
	}
}

// tag returns the end of the hashtag or mention body that starts at s[i]
// (letters, marks, digits and underscores, with at least one letter), or 0.
func tag[T text](s T, i int) int {
	n := len(s)
	end, letter := 0, false
	j := i
	for j < n {
		b := s[j]
		if b < 0x80 {
			c := ascii[b]
			if c == cLetter || c == cDigit || b == '_' {
				letter = letter || c == cLetter
				j++
				end = j
				continue
			}
			break
		}
		_, w, c := at(s, j)
		switch c {
		case cLetter, cArabic, cDigit:
			letter = letter || c != cDigit
			j += w
			end = j
			continue
		case cMark:
			j += w
			if end == j-w {
				end = j
			}
			continue
		case cInvis, cJoin:
			j += w
			continue
		}
		break
	}
	if !letter {
		return 0
	}
	return end
}

// emoji returns the end of the emoji sequence that starts at s[i]: emoji with
// their variation selectors, skin tones, tags and keycaps, flag pairs, and
// ZWJ sequences.
func emoji[T text](s T, i int) int {
	n := len(s)
	j := emojiElem(s, i)
	for j+3 < n && s[j] == 0xE2 && s[j+1] == 0x80 && s[j+2] == 0x8D { // U+200D ZWJ
		_, _, c := at(s, j+3)
		if c != cEmoji && c != cRegional && c != cEmojiMod {
			break
		}
		j = emojiElem(s, j+3)
	}
	return j
}

func emojiElem[T text](s T, i int) int {
	n := len(s)
	_, w, c := at(s, i)
	j := i + w
	if c == cRegional {
		if j < n {
			if _, w2, c2 := at(s, j); c2 == cRegional {
				return j + w2
			}
		}
		return j
	}
	for j < n {
		r, w, c := at(s, j)
		if r == '\uFE0F' || r == '\uFE0E' || r == '\u20E3' || c == cEmojiMod || c == cTag {
			j += w
			continue
		}
		break
	}
	return j
}

// keycap returns the end of a keycap emoji ("1️⃣", "#⃣") whose base is the
// byte before s[i]: an optional U+FE0F, then U+20E3. It returns 0 when none.
func keycap[T text](s T, i int) int {
	if i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xB8 && s[i+2] == 0x8F { // U+FE0F
		i += 3
	}
	if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x83 && s[i+2] == 0xA3 { // U+20E3
		return i + 3
	}
	return 0
}
