package entities

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/tokenize"
)

// wordFromStream reads into w the word of f.text that starts at byte i, a
// rune of the Arabic block, from the word stream f.st, when the stream has
// it whole: a Plain Word token starts at i, its key is made of the letters
// U+0621..U+064A only (what index.AppendCodes writes as one byte each), and
// the rune after it ends a word of Arabic letters for scan too (a space,
// punctuation, a digit, an ASCII letter, an invalid byte, the end of the
// text). That word is then exactly the one scan reads there, and its fold
// is its key in the index's codes (index.AppendFold is alphabet's key), so
// the text is not folded again: only the first four folded letters' offsets
// are looked up in it. It reports false, leaving w to scan, for any other
// word (2.6% of the words of 1 MB of news: digits, joiners, hashtags, Latin
// or Persian letters, a presentation form first, a word glued to another
// script).
//
// w.tanween is left unknown (see hasTanween): it matters only for names
// found, not for every word.
func (f *finder) wordFromStream(w *word, i int) bool {
	toks := f.st.Tokens()
	t := f.ti
	// The cursor moves on with the scan, and back when a caller scans a
	// part of the text again (the recognizer, the sports context).
	for t < len(toks) && toks[t].Start < i {
		t++
	}
	for back := 0; t > 0 && toks[t-1].Start >= i; back++ {
		if back == 8 { // far back: search
			t = sort.Search(t, func(k int) bool { return toks[k].Start >= i })
			break
		}
		t--
	}
	f.ti = t
	if t == len(toks) || toks[t].Start != i || toks[t].Kind != tokenize.Word || !f.st.Plain(t) {
		return false
	}
	s := f.text
	end := toks[t].End
	if end < len(s) && s[end] >= utf8.RuneSelf {
		// scan ends a word begun with an Arabic letter at a separator or
		// a digit; marks, joiners and other letters would go on.
		var cl uint8
		if b := s[end]; b >= 0xD8 && b <= 0xDB && end+1 < len(s) && s[end+1]&0xC0 == 0x80 {
			cl = index.ArabicClass[int(b&0x1F)<<6|int(s[end+1]&0x3F)-0x600]
		} else if r, n := utf8.DecodeRuneInString(s[end:]); r == utf8.RuneError && n == 1 {
			cl = index.ClassSep
		} else {
			cl = index.Class(r)
		}
		if cl != index.ClassSep && cl != index.ClassDigit {
			return false
		}
	}
	key := f.st.Key(t)
	if len(key) == 0 || len(key)%2 != 0 {
		return false
	}
	h := uint64(14695981039346656037)
	nf := 0
	for k := 0; k < len(key); k += 2 {
		b := key[k]
		if b&^1 != 0xD8 {
			return false
		}
		c := keyCodes[int(b&1)<<6|int(key[k+1]&0x3F)]
		if c == 0 {
			return false
		}
		if nf < maxFold {
			w.fold[nf] = c
		}
		h ^= uint64(c)
		h *= 1099511628211
		nf++
	}
	// The offsets of the first four folded letters: the runes that fold
	// to nothing (marks, tatweel) are passed over.
	j := i
	for k := 0; k < 4 && k < nf && j < end; {
		if b := s[j]; b >= 0xD8 && b <= 0xDB && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			if index.ArabicFold[int(b&0x1F)<<6|int(s[j+1]&0x3F)-0x600] != 0 {
				w.offs[k] = j
				k++
			}
			j += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		for range index.Presentation(r) { // a presentation form: its letters
			if k < 4 {
				w.offs[k] = j
				k++
			}
		}
		j += n
	}
	w.tanKnown = false
	f.endWord(w, end, nf, h)
	return true
}

// keyCodes holds the index code of each letter U+0621..U+064A of a key,
// by the low bit of its UTF-8 lead byte (D8, D9) and the low six bits of
// the second: U+0600 + index; 0 for the other runes of U+0600..U+067F.
var keyCodes = func() (t [128]byte) {
	for r := 0x621; r <= 0x64A; r++ {
		t[r-0x600] = byte(r - 0x620)
	}
	return t
}()

// hasTanween reports whether the word w carries fathatan (U+064B), as scan
// finds it.
func (f *finder) hasTanween(w *word) bool {
	if !w.tanKnown {
		w.tanween = strings.Contains(f.text[w.start:w.end], "\u064B")
		w.tanKnown = true
	}
	return w.tanween
}
