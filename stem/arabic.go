package stem

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Arabic letters as the big-endian pair of their two UTF-8 bytes. Every
// letter the Snowball algorithm names lies in U+0621..U+064A, whose UTF-8
// form is 0xD8 or 0xD9 followed by one continuation byte. In valid UTF-8 the
// bytes 0xD8 and 0xD9 only ever start a character, so comparing two bytes at
// any offset compares whole characters.
const (
	hamza          = 0xD8A1 // ء U+0621
	alefMadda      = 0xD8A2 // آ U+0622
	alefHamzaAbove = 0xD8A3 // أ U+0623
	wawHamza       = 0xD8A4 // ؤ U+0624
	alefHamzaBelow = 0xD8A5 // إ U+0625
	yehHamza       = 0xD8A6 // ئ U+0626
	alef           = 0xD8A7 // ا U+0627
	beh            = 0xD8A8 // ب U+0628
	tehMarbuta     = 0xD8A9 // ة U+0629
	teh            = 0xD8AA // ت U+062A
	seen           = 0xD8B3 // س U+0633
	feh            = 0xD981 // ف U+0641
	kaf            = 0xD983 // ك U+0643
	lam            = 0xD984 // ل U+0644
	meem           = 0xD985 // م U+0645
	noon           = 0xD986 // ن U+0646
	heh            = 0xD987 // ه U+0647
	waw            = 0xD988 // و U+0648
	alefMaksura    = 0xD989 // ى U+0649
	yeh            = 0xD98A // ي U+064A
)

// at returns the two bytes of b at i as a letter code, or 0 when fewer than
// two bytes remain. A code only equals one of the letter constants when a
// whole Arabic letter starts at i.
func at(b []byte, i int) uint16 {
	if i < 0 || i+1 >= len(b) {
		return 0
	}
	return uint16(b[i])<<8 | uint16(b[i+1])
}

// bufSize is the stack buffer for words whose letters change; longer words
// spill to the heap.
const bufSize = 128

// Arabic returns the stem of word by the Snowball Arabic algorithm
// (snowballstem.org, algorithms/arabic.sbl), byte for byte what the
// reference implementation returns for valid UTF-8 input.
//
// The algorithm does its own normalization: it strips vowel marks and
// tatweel, maps Arabic-Indic digits to ASCII digits and presentation forms
// to base letters (before stemming), and maps hamza carriers to bare
// letters (after stemming). The caller need not normalize first.
//
// Invalid UTF-8 bytes are dropped before stemming (the reference would
// carry them through), so the result is always valid UTF-8. The result
// is never longer than word, except that each lam-alef ligature
// (U+FEF5..U+FEFC, three bytes) becomes two letters (four bytes), exactly
// as the reference does.
//
// When the stem is a substring of word (no letter changed, only prefixes
// and suffixes removed), the result shares word's memory and Arabic does
// not allocate. Arabic is safe for concurrent use.
func Arabic(word string) string {
	n, pre, ok := scan(word)
	if !ok {
		return Arabic(strings.ToValidUTF8(word, ""))
	}
	if n == 0 {
		return word
	}

	// The routines below decide; Arabic edits. b is a window on word's
	// bytes, read-only until owned: then it is a copy in buf (on the
	// stack), which may be changed.
	var buf [bufSize]byte
	b := unsafe.Slice(unsafe.StringData(word), len(word))
	owned := false
	own := func() {
		if !owned {
			b, owned = append(buf[:0], b...), true
		}
	}

	isNoun, isVerb, isDefined := checks1(b, n)
	if pre {
		b, n = normalizePre(buf[:0], word)
		owned = true
	}

	// Suffixes (Snowball's backwards mode: every step matches at the end).
	done := false
	if isVerb {
		b, n, done = suffixVerb(b, n)
	}
	if !done && isNoun {
		var cur int
		b, n, cur = suffixNoun(b, n, isDefined)
		if y := nounStep3(b, n, cur); y >= 0 {
			if y+2 < len(b) { // before the cursor: not the last letter
				own()
				copy(b[y:], b[y+2:])
			}
			b, n, done = b[:len(b)-2], n-1, true
		}
	}
	if !done && suffixAllAlefMaqsura(b) {
		own()
		b[len(b)-1] = 0x8A // ى -> ي
	}

	// Prefixes (forward mode from the start, with a cursor pos).
	pos := 0
	switch prefixStep1(b, n) {
	case 1: // أأ أآ أا أإ: the first alef goes
		b, n, pos = b[2:], n-1, 2
	case 2: // أؤ becomes أ
		own()
		b, n, pos = b[2:], n-1, 2
		b[1] = 0xA3
	}
	if prefixStep2(b, n, pos) {
		b, owned = cut(b, &buf, owned, pos, 1)
		n--
	}
	k, step3 := prefixStep3Noun(b, n, pos, isNoun)
	if k > 0 {
		b, owned = cut(b, &buf, owned, pos, k)
		n -= k
	}
	if !step3 && isVerb {
		if prefixStep3Verb(b, n, pos) {
			b, owned = cut(b, &buf, owned, pos, 1)
			n--
			pos += 2
		}
		if prefixStep4Verb(b, n, pos) {
			own()
			b[pos], b[pos+1] = 0xD8, 0xA7 // يست، نست، تست -> است
		}
	}

	// Normalize_post: a final hamza carrier becomes hamza, other carriers
	// their bare letter.
	if postLast(b) {
		own()
		b[len(b)-1] = 0xA1
	}
	for i := postOther(b, 0); i >= 0; i = postOther(b, i+2) {
		own()
		switch b[i+1] {
		case 0xA4: // ؤ -> و
			b[i], b[i+1] = 0xD9, 0x88
		case 0xA6: // ئ -> ي
			b[i], b[i+1] = 0xD9, 0x8A
		default: // آ أ إ -> ا
			b[i+1] = 0xA7
		}
	}

	if owned {
		return string(b)
	}
	if len(b) == 0 {
		return ""
	}
	// b is a window on word's bytes: return the same window of word itself
	// (going through the pointer would make buf escape to the heap).
	off := int(uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(unsafe.Pointer(unsafe.StringData(word))))
	return word[off : off+len(b)]
}

// scan makes one pass over word: its length in characters (Snowball's
// len), whether Normalize_pre has work to do (vowel marks, tatweel,
// Arabic-Indic digits, presentation forms), and whether word is valid
// UTF-8.
func scan(word string) (n int, pre, ok bool) {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		if (c == 0xD8 || c == 0xD9) && i+1 < len(word) && word[i+1]&0xC0 == 0x80 {
			if c == 0xD9 {
				if t := word[i+1]; t == 0x80 || (t >= 0x8B && t <= 0x92) || (t >= 0xA0 && t <= 0xA9) {
					pre = true
				}
			}
			n++
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if r == utf8.RuneError && size == 1 {
			return 0, false, false
		}
		if r >= 0xFE80 && r <= 0xFEFC {
			pre = true
		}
		n++
		i += size
	}
	return n, pre, true
}

// checks1 is Checks1: it looks at the word as given, before
// normalization. A word with the article (بال، كال، ال، لل) and enough
// letters is a defined noun, not a verb.
func checks1(b []byte, n int) (isNoun, isVerb, isDefined bool) {
	isNoun, isVerb = true, true
	c1, c2, c3 := at(b, 0), at(b, 2), at(b, 4)
	if (c1 == beh || c1 == kaf) && c2 == alef && c3 == lam {
		if n > 4 {
			isVerb, isDefined = false, true
		}
		if tracing {
			traceRule("checks1.bal", n > 4)
		}
	} else if (c1 == lam || c1 == alef) && c2 == lam {
		if n > 3 {
			isVerb, isDefined = false, true
		}
		if tracing {
			traceRule("checks1.al", n > 3)
		}
	}
	return isNoun, isVerb, isDefined
}

// suffixVerb is the verb branch of the suffix steps: Suffix_Verb_Step1
// repeated, then Suffix_Verb_Step2a or Suffix_Verb_Step2c or next; or else
// Suffix_Verb_Step2b; or else Suffix_Verb_Step2a. It returns the word
// without the suffixes, and whether a step applied (the noun steps are
// then skipped).
func suffixVerb(b []byte, n int) ([]byte, int, bool) {
	if k := verbStep1(b, n); k > 0 {
		b, n = b[:len(b)-2*k], n-k
		for k = verbStep1(b, n); k > 0; k = verbStep1(b, n) {
			b, n = b[:len(b)-2*k], n-k
			if tracing {
				traceRule("verb.step1again", true)
			}
		}
		if k = verbStep2a(b, n); k == 0 {
			k = verbStep2c(b, n)
		}
		if tracing && k == 0 {
			traceRule("verb.next", true)
		}
		// the "or next" alternative only moves the cursor, which the
		// verb branch never reads again.
		return b[:len(b)-2*k], n - k, true
	}
	if k := verbStep2b(b, n); k > 0 {
		return b[:len(b)-2*k], n - k, true
	}
	if k := verbStep2a(b, n); k > 0 {
		return b[:len(b)-2*k], n - k, true
	}
	return b, n, false
}

// suffixNoun is the noun branch of the suffix steps before Step3:
// Suffix_Noun_Step2c2, or (unless defined) Suffix_Noun_Step1a then
// Step2a/2b/2c1 or next, or Suffix_Noun_Step1b then Step2a/2b/2c1, or
// (unless defined) Suffix_Noun_Step2a, or Suffix_Noun_Step2b. It returns
// the word without the suffixes and the cursor for Step3: -1 for the end,
// or the byte offset of the last character after "or next".
func suffixNoun(b []byte, n int, isDefined bool) ([]byte, int, int) {
	cur := -1
	if k := nounStep2c2(b, n); k > 0 {
		b, n = b[:len(b)-2*k], n-k
	} else if k := unlessDefined(isDefined, nounStep1a, b, n); k > 0 {
		b, n = b[:len(b)-2*k], n-k
		if k = nounStep2(b, n); k > 0 {
			b, n = b[:len(b)-2*k], n-k
		} else {
			// "or next": the cursor steps back over the last
			// character, so Step3 looks one character earlier.
			cur = len(b) - 1
			for cur > 0 && b[cur]&0xC0 == 0x80 {
				cur--
			}
			if tracing {
				traceRule("noun.next", true)
			}
		}
	} else if k := nounStep1b(b, n); k > 0 {
		b, n = b[:len(b)-2*k], n-k
		// When none of Step2a/2b/2c1 applies the alternative fails,
		// but the deleted noon stays deleted and the remaining
		// alternatives (Step2a, Step2b) have already failed here.
		k = nounStep2(b, n)
		b, n = b[:len(b)-2*k], n-k
		if tracing {
			traceRule("noun.step1b.step2", k > 0)
		}
	} else if k := unlessDefined(isDefined, nounStep2a, b, n); k > 0 {
		b, n = b[:len(b)-2*k], n-k
	} else if k := nounStep2b(b, n); k > 0 {
		b, n = b[:len(b)-2*k], n-k
	}
	return b, n, cur
}

// nounStep3 is Suffix_Noun_Step3, the yeh of relation, at the end of b
// (cur < 0) or before the character at byte cur. It returns the byte
// offset of the yeh to delete, or -1.
func nounStep3(b []byte, n, cur int) int {
	if cur < 0 {
		y := len(b) - 2
		ok := at(b, y) == yeh && n >= 3
		if tracing && at(b, y) == yeh {
			traceRule("noun.step3", ok)
		}
		if ok {
			return y
		}
		return -1
	}
	if at(b, cur-2) == yeh && n >= 3 {
		if tracing {
			traceRule("noun.step3.afternext", true)
		}
		return cur - 2
	}
	return -1
}

// suffixAllAlefMaqsura is Suffix_All_alef_maqsura: it reports whether b
// ends with ى, which becomes ي.
func suffixAllAlefMaqsura(b []byte) bool {
	ok := at(b, len(b)-2) == alefMaksura
	if tracing && ok {
		traceRule("alefMaksura", true)
	}
	return ok
}

// prefixStep1 is Prefix_Step1: it returns 1 when b starts with أ before
// another alef form (أأ أآ أا أإ; the first letter goes), 2 when it starts
// with أؤ (which becomes أ), else 0.
func prefixStep1(b []byte, n int) int {
	if n <= 3 || at(b, 0) != alefHamzaAbove {
		return 0
	}
	switch at(b, 2) {
	case alefHamzaAbove, alefMadda, alef, alefHamzaBelow:
		if tracing {
			traceRule("prefix1.alef", true)
		}
		return 1
	case wawHamza:
		if tracing {
			traceRule("prefix1.waw", true)
		}
		return 2
	}
	return 0
}

// prefixStep2 is Prefix_Step2: it reports whether the conjunction ف or و
// at the cursor, not before an alef, goes.
func prefixStep2(b []byte, n, pos int) bool {
	c := at(b, pos)
	ok := (c == feh || c == waw) && n > 3 && at(b, pos+2) != alef
	if tracing && ok {
		traceRule("prefix2", true)
		if pos != 0 {
			traceRule("prefix2.afterStep1", true)
		}
	}
	return ok
}

// prefixStep3Noun is Prefix_Step3a_Noun (the article بال، كال، ال، لل) or
// else, for a noun, Prefix_Step3b_Noun (a preposition ب or كك; با is no
// prefix). It returns how many letters go at the cursor and whether either
// step matched, in which case the verb prefix steps are skipped.
func prefixStep3Noun(b []byte, n, pos int, isNoun bool) (int, bool) {
	c1, c2, c3 := at(b, pos), at(b, pos+2), at(b, pos+4)
	if (c1 == beh || c1 == kaf) && c2 == alef && c3 == lam {
		if tracing {
			traceRule("prefix3a.bal", n > 5)
		}
		if n > 5 {
			return 3, true
		}
	} else if (c1 == lam || c1 == alef) && c2 == lam {
		if tracing {
			traceRule("prefix3a.al", n > 4)
		}
		if n > 4 {
			return 2, true
		}
	}
	if !isNoun {
		return 0, false
	}
	if c1 == beh && c2 == alef {
		if tracing {
			traceRule("prefix3b.ba", true)
		}
		return 0, true // exception: not a prefix, and no verb prefix starts so
	}
	if c1 == beh || (c1 == kaf && c2 == kaf) {
		if tracing {
			traceRule("prefix3b."+map[bool]string{true: "bb", false: "b"}[c2 == beh || c1 == kaf], n > 3)
		}
		if n > 3 {
			return 1, true
		}
	}
	return 0, false
}

// prefixStep3Verb is Prefix_Step3_Verb: it reports whether the future
// particle س at the cursor, before a person prefix (ي ت ن أ), goes.
func prefixStep3Verb(b []byte, n, pos int) bool {
	c2 := at(b, pos+2)
	ok := at(b, pos) == seen && n > 4 && (c2 == yeh || c2 == teh || c2 == noon || c2 == alefHamzaAbove)
	if tracing && ok {
		traceRule("prefix3verb", true)
	}
	return ok
}

// prefixStep4Verb is Prefix_Step4_Verb: it reports whether يست، نست or
// تست at the cursor becomes است.
func prefixStep4Verb(b []byte, n, pos int) bool {
	d := at(b, pos)
	ok := (d == yeh || d == noon || d == teh) && at(b, pos+2) == seen && at(b, pos+4) == teh && n > 4
	if tracing && ok {
		traceRule("prefix4verb", true)
		if pos != 0 {
			traceRule("prefix4verb.afterStep3", true)
		}
	}
	return ok
}

// postLast is the first half of Normalize_post: it reports whether b ends
// with a hamza carrier (آ أ ؤ إ ئ), which becomes ء.
func postLast(b []byte) bool {
	l := len(b)
	ok := l >= 2 && b[l-2] == 0xD8 && b[l-1] >= 0xA2 && b[l-1] <= 0xA6
	if tracing && ok {
		traceRule("post.last", true)
	}
	return ok
}

// postOther is the second half of Normalize_post: it returns the byte
// offset of the first hamza carrier at or after i (ؤ becomes و, ئ ي, the
// others ا), or -1.
func postOther(b []byte, i int) int {
	for ; i+1 < len(b); i++ {
		if b[i] == 0xD8 && b[i+1] >= 0xA2 && b[i+1] <= 0xA6 {
			if tracing {
				traceRule("post.other", true)
			}
			return i
		}
	}
	return -1
}

// unlessDefined is "not is_defined step".
func unlessDefined(isDefined bool, step func([]byte, int) int, b []byte, n int) int {
	if isDefined {
		return 0
	}
	return step(b, n)
}

// cut deletes k two-byte letters at byte offset i of b, copying b into buf
// first when the deletion is not at the front and b is not yet owned.
func cut(b []byte, buf *[bufSize]byte, owned bool, i, k int) ([]byte, bool) {
	if i == 0 {
		return b[2*k:], owned
	}
	if !owned {
		b, owned = append(buf[:0], b...), true
	}
	copy(b[i:], b[i+2*k:])
	return b[:len(b)-2*k], owned
}

// The suffix steps return how many letters to delete at the end of b
// (0 when the step fails). Each finds the longest listed suffix first; when
// that suffix's length condition fails, the step fails (Snowball's among
// does not fall back to a shorter suffix). n is the word's length in
// characters.

// rule returns k when ok and 0 otherwise; under the stemtrace build tag it
// also records which listed suffix matched and whether its condition held.
func rule(name string, ok bool, k int) int {
	if tracing {
		traceRule(name, ok)
	}
	if ok {
		return k
	}
	return 0
}

// verbStep1 is Suffix_Verb_Step1: object pronouns.
func verbStep1(b []byte, n int) int {
	l := len(b)
	c2 := at(b, l-4)
	switch at(b, l-2) {
	case heh, kaf:
		return rule("verbStep1.1", n >= 4, 1)
	case yeh:
		if c2 == noon {
			return rule("verbStep1.2", n >= 5, 2)
		}
	case alef:
		if c2 == meem {
			if c3 := at(b, l-6); c3 == heh || c3 == kaf {
				return rule("verbStep1.3", n >= 6, 3)
			}
		} else if c2 == noon || c2 == heh {
			return rule("verbStep1.4", n >= 5, 2)
		}
	case meem, noon:
		if c2 == heh || c2 == kaf {
			return rule("verbStep1.5", n >= 5, 2)
		}
	case waw:
		if c2 == meem && at(b, l-6) == kaf {
			return rule("verbStep1.6", n >= 6, 3)
		}
	}
	return 0
}

// verbStep2a is Suffix_Verb_Step2a: subject endings.
func verbStep2a(b []byte, n int) int {
	l := len(b)
	c2 := at(b, l-4)
	switch at(b, l-2) {
	case teh, yeh:
		return rule("verbStep2a.1", n >= 4, 1)
	case alef:
		if c2 == meem && at(b, l-6) == teh {
			return rule("verbStep2a.2", n >= 6, 3)
		}
		if c2 == noon || c2 == teh {
			return rule("verbStep2a.3", n >= 5, 2)
		}
		return rule("verbStep2a.4", n >= 4, 1)
	case noon:
		switch c2 {
		case teh:
			return rule("verbStep2a.5", n >= 5, 2)
		case alef, waw, yeh:
			return rule("verbStep2a.6", n > 5, 2)
		}
		return rule("verbStep2a.7", n >= 4, 1)
	}
	return 0
}

// verbStep2b is Suffix_Verb_Step2b.
func verbStep2b(b []byte, n int) int {
	l := len(b)
	c1, c2 := at(b, l-2), at(b, l-4)
	if (c1 == alef && c2 == waw) || (c1 == meem && c2 == teh) {
		return rule("verbStep2b", n >= 5, 2)
	}
	return 0
}

// verbStep2c is Suffix_Verb_Step2c.
func verbStep2c(b []byte, n int) int {
	l := len(b)
	if at(b, l-2) != waw {
		return 0
	}
	if at(b, l-4) == meem && at(b, l-6) == teh {
		return rule("verbStep2c.1", n >= 6, 3)
	}
	return rule("verbStep2c.2", n >= 4, 1)
}

// nounStep1a is Suffix_Noun_Step1a: possessive pronouns.
func nounStep1a(b []byte, n int) int {
	l := len(b)
	c2 := at(b, l-4)
	switch at(b, l-2) {
	case yeh, kaf, heh:
		return rule("nounStep1a.1", n >= 4, 1)
	case alef:
		if c2 == meem {
			if c3 := at(b, l-6); c3 == kaf || c3 == heh {
				return rule("nounStep1a.2", n >= 6, 3)
			}
		} else if c2 == noon || c2 == heh {
			return rule("nounStep1a.3", n >= 5, 2)
		}
	case meem:
		if c2 == kaf || c2 == heh {
			return rule("nounStep1a.4", n >= 5, 2)
		}
	case noon:
		if c2 == heh {
			return rule("nounStep1a.5", n >= 5, 2)
		}
	}
	return 0
}

// nounStep1b is Suffix_Noun_Step1b: nunation written as noon.
func nounStep1b(b []byte, n int) int {
	if at(b, len(b)-2) != noon {
		return 0
	}
	return rule("nounStep1b", n > 5, 1)
}

// nounStep2a is Suffix_Noun_Step2a: dual and plural vowels.
func nounStep2a(b []byte, n int) int {
	switch at(b, len(b)-2) {
	case alef, yeh, waw:
		return rule("nounStep2a", n > 4, 1)
	}
	return 0
}

// nounStep2b is Suffix_Noun_Step2b: feminine plural -aat.
func nounStep2b(b []byte, n int) int {
	l := len(b)
	if at(b, l-2) != teh || at(b, l-4) != alef {
		return 0
	}
	return rule("nounStep2b", n >= 5, 2)
}

// nounStep2c1 is Suffix_Noun_Step2c1.
func nounStep2c1(b []byte, n int) int {
	if at(b, len(b)-2) != teh {
		return 0
	}
	return rule("nounStep2c1", n >= 4, 1)
}

// nounStep2c2 is Suffix_Noun_Step2c2: teh marbuta.
func nounStep2c2(b []byte, n int) int {
	if at(b, len(b)-2) != tehMarbuta {
		return 0
	}
	return rule("nounStep2c2", n >= 4, 1)
}

// nounStep2 is "Suffix_Noun_Step2a or Suffix_Noun_Step2b or
// Suffix_Noun_Step2c1".
func nounStep2(b []byte, n int) int {
	if k := nounStep2a(b, n); k > 0 {
		return k
	}
	if k := nounStep2b(b, n); k > 0 {
		return k
	}
	return nounStep2c1(b, n)
}

// normalizePre is Normalize_pre: it appends word to dst without vowel marks
// and tatweel, with Arabic-Indic digits as ASCII digits and presentation
// forms as base letters, and returns the result and its length in
// characters. word must be valid UTF-8.
func normalizePre(dst []byte, word string) ([]byte, int) {
	n := 0
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		switch {
		case r == 0x0640 || (r >= 0x064B && r <= 0x0652):
			continue // tatweel, vowel marks
		case r >= 0x0660 && r <= 0x0669:
			dst = append(dst, byte('0'+r-0x0660))
			n++
			continue
		case r >= 0xFE80 && r <= 0xFEFC:
			m := presentation[r-0xFE80]
			if m[0] != 0 {
				dst = utf8.AppendRune(dst, m[0])
				n++
			}
			dst = utf8.AppendRune(dst, m[1])
			n++
			continue
		}
		dst = append(dst, word[i-size:i]...)
		n++
	}
	return dst, n
}

// presentation maps U+FE80..U+FEFC (Arabic Presentation Forms-B, the
// range the Snowball algorithm lists) to one base letter, or to lam and a
// letter for the lam-alef ligatures (first element 0 when single).
var presentation = func() (t [0xFEFC - 0xFE80 + 1][2]rune) {
	// runs of consecutive shaped forms and their base letter
	runs := []struct {
		n    int
		base rune
	}{
		{1, 'ء'}, {2, 'آ'}, {2, 'أ'}, {2, 'ؤ'}, {2, 'إ'}, {4, 'ئ'}, {2, 'ا'},
		{4, 'ب'}, {2, 'ة'}, {4, 'ت'}, {4, 'ث'}, {4, 'ج'}, {4, 'ح'}, {4, 'خ'},
		{2, 'د'}, {2, 'ذ'}, {2, 'ر'}, {2, 'ز'}, {4, 'س'}, {4, 'ش'}, {4, 'ص'},
		{4, 'ض'}, {4, 'ط'}, {4, 'ظ'}, {4, 'ع'}, {4, 'غ'}, {4, 'ف'}, {4, 'ق'},
		{4, 'ك'}, {4, 'ل'}, {4, 'م'}, {4, 'ن'}, {4, 'ه'}, {2, 'و'}, {2, 'ى'},
		{4, 'ي'}, {2, 'آ'}, {2, 'أ'}, {2, 'إ'}, {2, 'ا'},
	}
	i := 0
	for k, r := range runs {
		for j := 0; j < r.n; j++ {
			if k >= len(runs)-4 { // the four lam-alef ligatures
				t[i] = [2]rune{'ل', r.base}
			} else {
				t[i] = [2]rune{0, r.base}
			}
			i++
		}
	}
	return t
}()
