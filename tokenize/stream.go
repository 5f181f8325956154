package tokenize

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/arnews/arnews/internal/alphabet"
)

// Stream is one text cut into tokens once, for several readers: the tokens
// that Tokens gives, and for every Word, Number, Hashtag and Mention its
// search key (the runes of the token folded as normalize.Search folds
// them, ASCII lower-cased: see Key). Readers of a text after tokenize take
// a Stream so that a text is scanned and folded once, not once per package:
// the arnews Analyzer, dates (Resolver.FindStream) and entities
// (Gazetteer.FindStream).
//
// The zero Stream is empty and ready: Reset fills it with a text, reusing
// the memory of the text before, so one Stream serves many texts without
// allocating per token. A Stream is not safe for concurrent use while it is
// Reset; once filled, any number of goroutines may read it. Key, Plain and
// KeyOffset take a token index i with 0 <= i < Len(), as indexing Tokens()
// does, and panic outside it, as a slice index does.
type Stream struct {
	text string
	toks []Token
	meta []meta
	keys []byte // the keys of all tokens, one after the other
	// codes holds the letter codes of the Plain words' keys (see
	// LetterCodes): the code of the key's rune at keys[k:k+2] is at
	// codes[k>>1], so that arabicRun writes it as it writes the key.
	// It has at least cap(keys)/2+1 bytes.
	codes []byte
	// aligned[i] tells whether token i is KeyAligned; it is at least as
	// long as toks' capacity (see roomAligned).
	aligned []bool
}

// meta is what a Stream keeps about one token besides its span and kind:
// its key is keys[start:keyEnd], where start is keyStart, or ^keyStart
// when keyStart < 0, which marks a Plain word (a Word of letters and
// marks only). Key and Plain read one meta, with no branch.
type meta struct {
	keyStart, keyEnd int
}

// start returns the start of the key, the plain mark dropped.
func (m *meta) start() int { return m.keyStart ^ m.keyStart>>(bits.UintSize-1) }

// set records the token's key, keys[start:end], and whether it is plain.
func (m *meta) set(start, end int, plain bool) {
	if plain {
		start = ^start
	}
	m.keyStart, m.keyEnd = start, end
}

// NewStream returns a Stream filled with the tokens of text.
func NewStream(text string) *Stream {
	s := new(Stream)
	s.Reset(text)
	return s
}

// Reset fills s with the tokens of text, forgetting the text before.
// Reset("") also drops every reference to the text before, so that a Stream
// kept in a pool holds no caller's text alive.
func (s *Stream) Reset(text string) {
	if text == "" {
		clear(s.toks)
	}
	s.text = text
	if cap(s.toks) == 0 {
		n := len(text)/8 + 4
		s.toks = make([]Token, 0, n)
		s.meta = make([]meta, 0, n)
		s.keys = make([]byte, 0, len(text)/2+16)
	}
	s.toks, s.meta, s.keys = s.toks[:0], s.meta[:0], s.keys[:0]
	s.roomCodes()
	s.roomAligned()
	noAddr := 0
	for i := 0; ; {
		// Most tokens of Arabic news are a space and a word of Arabic
		// letters: arabicRun reads and folds a run of those in one pass.
		i = s.arabicRun(text, i)
		st, en, k, na := next(text, i, noAddr)
		noAddr = na
		if st < 0 {
			break
		}
		var m meta
		start, plain := len(s.keys), false
		switch k {
		case Word, Number, Hashtag, Mention:
			s.keys, plain = appendKey(s.keys, text[st:en])
			plain = plain && k == Word
			s.roomCodes() // (keys may have grown: arabicRun writes codes up to its capacity)
			if plain {
				s.setCodes(start, len(s.keys))
			}
		}
		m.set(start, len(s.keys), plain)
		if n := len(s.toks); n == cap(s.toks) || n == cap(s.meta) {
			s.grow() // (and aligned with them)
		}
		s.aligned[len(s.toks)] = plain && keyAligned(text[st:en])
		s.toks = append(s.toks, Token{Text: text[st:en], Start: st, End: en, Kind: k})
		s.meta = append(s.meta, m)
		i = en
	}
}

// roomCodes makes codes as long as keys' capacity needs (see Stream),
// keeping what it holds.
func (s *Stream) roomCodes() {
	if n := cap(s.keys)/2 + 1; len(s.codes) < n {
		c := make([]byte, n+n/4)
		copy(c, s.codes)
		s.codes = c
	}
}

// roomAligned makes aligned as long as toks' capacity needs (see Stream),
// keeping what it holds.
func (s *Stream) roomAligned() {
	if n := cap(s.toks); len(s.aligned) < n {
		a := make([]bool, n)
		copy(a, s.aligned)
		s.aligned = a
	}
}

// keyAligned reports whether every rune of the Plain word w is one of
// U+0600..U+06FF that folding keeps as one rune of that block (see
// KeyAligned).
func keyAligned(w string) bool {
	if len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i]&0xFC != 0xD8 || w[i+1]&0xC0 != 0x80 || foldTab[int(w[i]&3)<<6|int(w[i+1]&0x3F)]&foldKeep == 0 {
			return false
		}
	}
	return true
}

// setCodes writes the letter codes of the key keys[k0:k1] (see
// LetterCodes), for a Plain word arabicRun did not read.
func (s *Stream) setCodes(k0, k1 int) {
	if (k1-k0)%2 != 0 {
		return // (LetterCodes gives nil)
	}
	c := s.codes[k0>>1 : k0>>1+(k1-k0)/2]
	for m := range c {
		c[m] = letterCode(s.keys[k0+2*m], s.keys[k0+2*m+1])
	}
}

// letterCode is the letter code of the two bytes b0 b1 of a key (see
// LetterCodes).
func letterCode(b0, b1 byte) byte {
	if b0 != 0xD8 && b0 != 0xD9 || b1&0xC0 != 0x80 {
		return 0
	}
	if r := rune(b0&1)<<6 | rune(b1&0x3F); r >= 0x21 && r <= 0x4A { // U+0621..U+064A
		return byte(r - 0x20)
	}
	return 0
}

// LetterCodes returns, for a Plain word whose key has an even length, one
// byte for each two bytes of its key: rune - 0x620 when they are one of
// the Arabic letters U+0621..U+064A (hamza 1, alef 7, ..., yeh 42), else
// 0; it returns nil for any other token (not Plain, or a key of odd
// length). A reader that keeps words as small letter codes reads them
// here rather than converting the key. The slice is the Stream's own:
// read it, do not change or keep it past the next Reset.
func (s *Stream) LetterCodes(i int) []byte {
	m := &s.meta[i]
	k0 := ^m.keyStart // a Plain word's key start (keyStart < 0)
	n := m.keyEnd - k0
	if k0 < 0 || n&1 != 0 {
		return nil
	}
	// The codes of keys[k0:k0+n] are codes[k0/2:][:n/2], which codes
	// holds (it has cap(keys)/2+1 bytes, see roomCodes): the slice is
	// made without the bounds checks, and the halving on non-negative
	// values without a signed division's fix-ups.
	return unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.codes)), k0>>1)), n>>1)
}

// KeyAligned reports whether token i is a Plain word whose every rune is
// one of U+0600..U+06FF that folding keeps as one rune of that block (no
// mark or tatweel dropped, no presentation form): its key is then as long
// as its text, and the two bytes of its key at 2m come from the rune of
// the text at Start+2m (KeyOffset(i, k) is Start+k-k%2). A reader that
// needs the offsets of a word's letters takes them so, without reading
// the text.
func (s *Stream) KeyAligned(i int) bool {
	_ = s.toks[i] // (the range of Key, Plain and KeyOffset)
	return s.aligned[i]
}

// Text returns the text s was filled with.
func (s *Stream) Text() string { return s.text }

// Len returns the number of tokens of s.
func (s *Stream) Len() int { return len(s.toks) }

// Tokens returns the tokens of s in order, as Tokens(s.Text()) gives them.
// The slice is the Stream's own: read it, do not change or keep it past the
// next Reset.
func (s *Stream) Tokens() []Token { return s.toks }

// Key returns the search key of token i: for a Word, a Number, a Hashtag or
// a Mention, its runes folded as normalize.Search folds them (hamza forms of
// alef to ا, ى to ي, ة to ه, diacritics, tatweel, invisible controls and
// other combining marks dropped, presentation forms by their letters,
// Arabic-Indic digits to ASCII), with ASCII letters lower-cased: "الإثنين" →
// "الاثنين", "G20" → "g20". It is empty for other kinds. The slice is the
// Stream's own: read it, do not change or keep it past the next Reset.
func (s *Stream) Key(i int) []byte {
	m := &s.meta[i]
	return s.keys[m.start():m.keyEnd:m.keyEnd]
}

// Plain reports whether token i is a Word made of letters and combining
// marks only: no invisible joiner, dot, apostrophe or digit inside it. A
// reader that splits words on its own terms can take a Plain word whole.
func (s *Stream) Plain(i int) bool { return s.meta[i].keyStart < 0 }

// KeyOffset returns the byte offset in the text of the rune that byte k of
// Key(i) comes from, so that a match found on keys maps back to the
// original text (a span ending with key byte k ends at the end of that
// rune). It returns the token's end when k is out of the key's range.
func (s *Stream) KeyOffset(i, k int) int {
	t := s.toks[i]
	if k < 0 || k >= len(s.Key(i)) {
		return t.End
	}
	var buf [utf8.UTFMax * 4]byte
	n := 0
	for j, r := range t.Text {
		n += len(alphabet.AppendRune(buf[:0], r))
		if k < n {
			return t.Start + j
		}
	}
	return t.End
}

// foldTab holds, for each rune U+0600..U+06FF, its folded form minus 0x600
// in the low byte with foldKeep set, or foldDrop when folding drops it;
// foldWord marks the letters and marks (a Plain word's runes).
const (
	foldKeep = 1 << 8
	foldDrop = 1 << 9
	foldWord = 1 << 10
)

var foldTab = func() (t [256]uint16) {
	for i := range t {
		r := rune(0x600 + i)
		if c := alphabet.Of(r); c.IsLetter() || c == alphabet.Mark {
			t[i] = foldWord
		}
		switch f := alphabet.Fold(r); {
		case f < 0:
			t[i] |= foldDrop
		case f >= 0x600 && f <= 0x6FF:
			t[i] |= foldKeep | uint16(f-0x600)
		}
		// runes folding outside the block (digits) take the slow path
	}
	return t
}()

// runTab holds what arabicRun needs of each rune U+0600..U+06FF, so that it
// reads one table: in the low 16 bits the two UTF-8 bytes of its folded form
// (first byte lowest) when runKeep is set; runDrop when folding drops it;
// runWord for the letters and marks, runLetter for the Arabic letters (a
// word of the block starts with one) and runInvis for the invisible
// controls and joiners (word() keeps them inside a word).
const (
	runKeep   = 1 << 16
	runDrop   = 1 << 17
	runWord   = 1 << 18
	runLetter = 1 << 19
	runInvis  = 1 << 20
)

var runTab = func() (t [256]uint32) {
	for i, f := range foldTab {
		r := rune(0x600 + i)
		if f&foldWord != 0 {
			t[i] |= runWord
		}
		switch f := f & 0xFF; {
		case foldTab[i]&foldKeep != 0:
			t[i] |= runKeep | uint32(0xD8+f>>6) | uint32(0x80|f&0x3F)<<8
		case foldTab[i]&foldDrop != 0:
			t[i] |= runDrop
		}
		switch alphabet.Of(r) { // bmp is not filled yet: package vars come before init
		case cArabic:
			t[i] |= runLetter
		case cInvis, cJoin:
			t[i] |= runInvis
		}
	}
	return t
}()

// runPair is runTab by the two bytes of a rune whose lead byte is D8..DB,
// first byte high, minus 0xD800 (ten bits: the lead byte's low two, then
// the second byte); runNone when the second byte is no continuation byte,
// runFast for the letters and marks kept by folding (runWord|runKeep).
const (
	runNone = 1 << 21
	runFast = 1 << 22
)

var runPair = func() (t [1024]uint32) {
	for i := range t {
		if b1 := i & 0xFF; b1&0xC0 != 0x80 {
			t[i] = runNone
		} else {
			t[i] = runTab[i>>8<<6|b1&0x3F]
			if t[i]&(runWord|runKeep) == runWord|runKeep {
				// and the key rune's letter code in the top byte
				t[i] |= runFast | uint32(letterCode(byte(t[i]), byte(t[i]>>8)))<<24
			}
		}
	}
	return t
}()

// arabicRun appends to s the Words that follow text[i], each after at most
// one space, while they are made of letters and marks of the Arabic block
// (two-byte runes, the first a letter) and end where word(text, j) ends
// them for sure: at the end of text, at an ASCII byte other than a dot, or
// at a rune of the block that is no letter, mark or invisible. With each
// it appends its key, folded in the same pass. It returns where the run
// stops: the offset after the last word it took (i when none), from which
// next reads the token that is no such word.
func (s *Stream) arabicRun(text string, i int) int {
	// Few values stay live across the rune loop (the slices are read
	// from s once per word): the loop keeps its variables in registers.
	n := len(text)
	tp := unsafe.Pointer(unsafe.StringData(text))
words:
	for {
		j := i
		if j < n && text[j] == ' ' {
			j++
		}
		if j >= n-1 {
			break
		}
		b0, b1 := text[j], text[j+1]
		if b0 < 0x80 || b0 == 0xD8 && b1 == 0x8C {
			// white space and controls, skipped as next skips them;
			// punctuation as next cuts it: a run of dots, the Arabic
			// comma, other ASCII punctuation that starts no longer token
			e := j + 1
			switch {
			case asciiGap[b0]:
				i = e
				continue
			case b0 == '.':
				for e < n && text[e] == '.' {
					e++
				}
			case b0 == 0xD8:
				e = j + 2
			case !asciiPunct[b0]:
				break words
			}
			s.addToken(text[j:e], j, Punct, false)
			i = e
			continue
		}
		// the first rune: a lead byte D8..DB, a continuation, and an
		// Arabic letter
		if b0&0xFC != 0xD8 || b1&0xC0 != 0x80 || runTab[b0<<6|b1&0x3F]&runLetter == 0 {
			break
		}
		// The key is written in the spare capacity of keys: a kept rune
		// writes the two bytes it reads, so the key never outgrows the
		// text read, and the loop below stops at lim, where the room
		// left could run out; a word that reaches it is left to the slow
		// path, whose append grows keys.
		k, room := len(s.keys), cap(s.keys)-len(s.keys)
		kp := unsafe.Pointer(unsafe.SliceData(s.keys[:cap(s.keys)]))
		cq := unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.codes)), k>>1) // (codes has cap(keys)/2+1 bytes: see roomCodes)
		lim := n - 1
		if r := j + room - 1; r < lim {
			lim = r
		}
		e := j
		for e < lim { // so that e+1 < n and k+2 <= cap(keys)
			// the two bytes, first byte high: a lead byte D8..DB
			// gives 0xD800..0xDBFF, looked up with its continuation
			w := uint16(*(*byte)(unsafe.Add(tp, e)))<<8 | uint16(*(*byte)(unsafe.Add(tp, e+1)))
			if w>>10 != 0xD800>>10 {
				break
			}
			f := runPair[w&0x3FF]
			if f&runFast != 0 { // most runes
				q := unsafe.Add(kp, k)
				*(*byte)(q) = byte(f)
				*(*byte)(unsafe.Add(q, 1)) = byte(f >> 8)
				*(*byte)(cq) = byte(f >> 24)
				cq = unsafe.Add(cq, 1)
				k += 2
				e += 2
				continue
			}
			if f&runNone != 0 { // no continuation byte
				break
			}
			if f&runWord == 0 {
				// a rune of the block that ends the word unless word()
				// keeps it inside (an invisible or joiner: none in the
				// block today)
				if f&runInvis != 0 {
					break words
				}
				goto word
			}
			if f&runDrop == 0 { // folds outside the block: the slow path
				break words
			}
			e += 2
		}
		if e >= lim && lim < n-1 {
			break // out of room for the key: the slow path
		}
		if e < n && (text[e] >= 0x80 || text[e] == '.' && !dotEnds(text, j, e)) {
			break // word() decides: dots, joiners, other scripts
		}
	word:
		k0 := len(s.keys) // the key's start
		s.keys = s.keys[:k]
		// append the token and its meta field by field (a composite
		// literal is built on the stack and copied); toks and meta
		// always have the same length
		nt := len(s.toks)
		if nt == cap(s.toks) || nt == cap(s.meta) {
			s.grow()
		}
		s.toks, s.meta = s.toks[:nt+1], s.meta[:nt+1]
		t, m := &s.toks[nt], &s.meta[nt]
		t.Text, t.Start, t.End, t.Kind = text[j:e], j, e, Word
		m.keyStart, m.keyEnd = ^k0, k // plain
		// Every rune of the word is of two bytes and a kept one writes
		// two: none was dropped when the lengths agree (KeyAligned).
		// (aligned is as long as toks' capacity: see roomAligned.)
		*(*bool)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.aligned)), nt)) = k-k0 == e-j
		i = e
	}
	return i
}

// dotEnds reports whether word() ends the word text[j:e] of arabicRun (letters
// and marks of the Arabic block) at the dot text[e], as it does when the
// word has more than one letter (one letter and a dot may be an
// abbreviation, "د.") and no Arabic letter follows the dot (which could
// make a site name or a spelled acronym: "العربية.نت").
func dotEnds(text string, j, e int) bool {
	if e+1 < len(text) && text[e+1] >= 0x80 {
		return false
	}
	letters := 0
	for ; j+1 < e; j += 2 {
		if runTab[text[j]<<6|text[j+1]&0x3F]&runLetter != 0 {
			letters++
		}
	}
	return letters > 1
}

// grow makes room for one more token in s.toks and s.meta.
func (s *Stream) grow() {
	s.toks, s.meta = slices.Grow(s.toks, 1), slices.Grow(s.meta, 1)
	s.roomAligned()
}

// addToken appends the token w at offset j of kind k, whose key is empty
// when it has none or ends at the end of s.keys.
func (s *Stream) addToken(w string, j int, k Kind, plain bool) {
	nt := len(s.toks)
	if nt == cap(s.toks) || nt == cap(s.meta) {
		s.grow()
	}
	s.toks, s.meta = s.toks[:nt+1], s.meta[:nt+1]
	t, m := &s.toks[nt], &s.meta[nt]
	t.Text, t.Start, t.End, t.Kind = w, j, j+len(w), k
	m.set(len(s.keys), len(s.keys), plain)
	s.aligned[nt] = false
}

// asciiGap marks the ASCII bytes next skips between tokens (white space
// and controls); asciiPunct the ASCII punctuation that next makes a token
// of one byte: every byte of class Punct but the dot (a run of dots is one
// token) and the bytes that may start a longer token (# @ * - +).
var asciiGap, asciiPunct = func() (gap, punct [256]bool) {
	for b := range 0x80 {
		switch alphabet.Of(rune(b)) {
		case cSpace:
			gap[b] = true
		case cPunct:
			punct[b] = !strings.ContainsRune(".#@*-+", rune(b))
		}
	}
	return
}()

// appendKey appends the key of the token w to dst (alphabet.AppendKey) and
// reports whether every rune of w is a letter or a combining mark.
func appendKey(dst []byte, w string) ([]byte, bool) {
	plain := true
	for i := 0; i < len(w); {
		b := w[i]
		if b < 0x80 {
			c := ascii[b]
			if c != cLetter {
				plain = false
			}
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			i++
			continue
		}
		if b >= 0xD8 && b <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			f := foldTab[int(b-0xD8)<<6|int(w[i+1]&0x3F)]
			if f&foldWord == 0 {
				plain = false
			}
			switch {
			case f&foldKeep != 0:
				f &= 0xFF
				dst = append(dst, byte(0xD8+f>>6), byte(0x80|f&0x3F))
				i += 2
				continue
			case f&foldDrop != 0:
				i += 2
				continue
			}
		}
		r, n := decode(w, i)
		if c := classOf(r); !(isLetter(c) || c == cMark) || r == utf8.RuneError && n == 1 {
			plain = false
		}
		dst = alphabet.AppendRune(dst, r)
		i += n
	}
	return dst, plain
}
