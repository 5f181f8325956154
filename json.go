package arnews

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/tokenize"
)

// JSONOptions selects optional parts of a Document's JSON.
type JSONOptions struct {
	// OmitText leaves out the "text" field of the document.
	OmitText bool
	// OmitTokens leaves out the "tokens" array, which is by far the largest
	// part of the output.
	OmitTokens bool
}

// MarshalJSON implements json.Marshaler with the layout described in the
// package documentation. It has a value receiver, so that json.Marshal of
// a Document, of a *Document and of a struct that holds either gives the
// same JSON.
func (d Document) MarshalJSON() ([]byte, error) {
	return d.AppendJSON(nil, JSONOptions{}), nil
}

// jsonSize estimates the length of the document's JSON, a little above what
// real news gives.
func (d *Document) jsonSize(opt JSONOptions) int {
	n := 256 + 56*len(d.Sentences) + 240*len(d.Dates) + 190*len(d.Mentions) + 110*len(d.Entities)
	if !opt.OmitText {
		n += len(d.Text) + len(d.Text)/16
	}
	if !opt.OmitTokens {
		// the keys and four offsets, the text, and about as much again
		// for the normalized form and the stem
		n += 110*len(d.Tokens) + 3*len(d.Text)
	}
	return n
}

// AppendJSON appends the document's JSON (without a trailing newline) to dst
// and returns the extended buffer.
func (d *Document) AppendJSON(dst []byte, opt JSONOptions) []byte {
	// Spans of a valid text, normalized forms and stems are valid UTF-8:
	// their strings take the fast paths.
	valid := validText(d.Text)
	u := newUTF16Index(d.Text, valid)
	// Room for the whole object at once: growing a buffer of hundreds of
	// megabytes a quarter at a time copies it over and over.
	if hint := d.jsonSize(opt); cap(dst)-len(dst) < hint {
		dst = slices.Grow(dst, hint)
	}
	dst = append(dst, '{')
	if !opt.OmitText {
		dst = append(dst, `"text":`...)
		dst = appendString(dst, d.Text, valid)
		dst = append(dst, ',')
	}
	dst = append(dst, `"published":`...)
	dst = appendTime(dst, d.Published)
	dst = append(dst, `,"written":`...)
	dst = appendTime(dst, d.Written)
	dst = append(dst, `,"bytes":`...)
	dst = appendInt(dst, len(d.Text))
	dst = append(dst, `,"utf16":`...)
	dst = appendInt(dst, u.total)

	dst = append(dst, `,"sentences":[`...)
	for i, s := range d.Sentences {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '{')
		dst = appendSpan(dst, &u, s.Start, s.End)
		dst = append(dst, '}')
	}
	dst = append(dst, ']')

	if !opt.OmitTokens {
		dst = append(dst, `,"tokens":[`...)
		for i := range d.Tokens {
			t := &d.Tokens[i]
			if i > 0 {
				dst = append(dst, ',')
			}
			// the text's JSON string is dst[q:r]
			dst = append(dst, `{"text":`...)
			q := len(dst)
			dst = appendString(dst, t.Text, valid)
			r := len(dst)
			dst = append(dst, ',')
			dst = appendSpan(dst, &u, t.Start, t.End)
			switch t.Kind { // the commonest kinds in one append of a constant
			case tokenize.Word:
				dst = append(dst, `,"kind":"word"`...)
			case tokenize.Punct:
				dst = append(dst, `,"kind":"punct"`...)
			default:
				dst = append(dst, `,"kind":"`...)
				dst = append(dst, kindName(t.Kind)...)
				dst = append(dst, '"')
			}
			if t.Norm != "" {
				dst = append(dst, `,"norm":`...)
				if valid && t.Norm == t.Text {
					// most words: the string written for the text,
					// copied (of a valid text it is the same)
					dst = append(dst, dst[q:r]...)
				} else {
					dst = appendString(dst, t.Norm, true)
				}
			}
			if t.Stem != "" {
				dst = append(dst, `,"stem":`...)
				dst = appendString(dst, t.Stem, true)
			}
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}

	dst = append(dst, `,"dates":[`...)
	for i := range d.Dates {
		e := &d.Dates[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendTextSpan(dst, &u, e.Text, e.Start, e.End, valid)
		dst = append(dst, `,"from":`...)
		dst = appendTime(dst, e.From)
		dst = append(dst, `,"to":`...)
		dst = appendTime(dst, e.To)
		dst = append(dst, `,"grain":`...)
		dst = appendString(dst, e.Grain.String(), true)
		dst = append(dst, `,"kind":`...)
		dst = appendString(dst, e.Kind.String(), true)
		if e.Approx {
			dst = append(dst, `,"approx":true`...)
		}
		if e.Hijri != (dates.Hijri{}) {
			dst = append(dst, `,"hijri":{"year":`...)
			dst = appendInt(dst, e.Hijri.Year)
			dst = append(dst, `,"month":`...)
			dst = appendInt(dst, e.Hijri.Month)
			dst = append(dst, `,"day":`...)
			dst = appendInt(dst, e.Hijri.Day)
			dst = append(dst, '}')
		}
		if e.Warning != "" {
			dst = append(dst, `,"warning":`...)
			dst = appendString(dst, e.Warning, false)
		}
		dst = append(dst, '}')
	}
	dst = append(dst, ']')

	dst = append(dst, `,"mentions":[`...)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendTextSpan(dst, &u, m.Text, m.Start, m.End, valid)
		dst = append(dst, `,"type":"`...)
		dst = append(dst, typeName(m.Type)...)
		dst = append(dst, '"')
		if m.Entity != nil {
			dst = append(dst, `,"entity":{"id":`...)
			dst = appendString(dst, m.Entity.ID, false)
			dst = append(dst, `,"name":`...)
			dst = appendString(dst, m.Entity.Name, false)
			dst = append(dst, `,"type":"`...)
			dst = append(dst, typeName(m.Entity.Type)...)
			dst = append(dst, `"}`...)
		}
		dst = append(dst, '}')
	}
	dst = append(dst, ']')

	dst = append(dst, `,"entities":[`...)
	for i, ec := range d.Entities {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"id":`...)
		dst = appendString(dst, ec.Entity.ID, false)
		dst = append(dst, `,"name":`...)
		dst = appendString(dst, ec.Entity.Name, false)
		dst = append(dst, `,"type":"`...)
		dst = append(dst, typeName(ec.Entity.Type)...)
		dst = append(dst, '"')
		if ec.Entity.Country != "" {
			dst = append(dst, `,"country":`...)
			dst = appendString(dst, ec.Entity.Country, false)
		}
		dst = append(dst, `,"count":`...)
		dst = appendInt(dst, ec.Count)
		dst = append(dst, '}')
	}
	dst = append(dst, "]}"...)
	return dst
}

func kindName(k tokenize.Kind) string {
	switch k {
	case tokenize.Word:
		return "word"
	case tokenize.Number:
		return "number"
	case tokenize.Punct:
		return "punct"
	case tokenize.Symbol:
		return "symbol"
	case tokenize.URL:
		return "url"
	case tokenize.Email:
		return "email"
	case tokenize.Hashtag:
		return "hashtag"
	case tokenize.Mention:
		return "mention"
	case tokenize.Emoji:
		return "emoji"
	}
	return "other"
}

func typeName(t entities.Type) string {
	switch t {
	case entities.Person:
		return "person"
	case entities.Place:
		return "place"
	case entities.Organization:
		return "organization"
	case entities.Nationality:
		return "nationality"
	}
	return "other"
}

func appendTime(dst []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(dst, "null"...)
	}
	dst = append(dst, '"')
	dst = t.AppendFormat(dst, time.RFC3339)
	return append(dst, '"')
}

// appendTextSpan opens the object of a span: {"text":…,"start":…,…,"end16":…
func appendTextSpan(dst []byte, u *utf16Index, text string, start, end int, valid bool) []byte {
	dst = append(dst, `{"text":`...)
	dst = appendString(dst, text, valid)
	dst = append(dst, ',')
	return appendSpan(dst, u, start, end)
}

// appendInt appends n in decimal: strconv.AppendInt for the offsets and
// counts of a document, which are never negative and seldom long. A number
// below 10^8 is written with no loop and no branch on its digits (digits8).
func appendInt(dst []byte, n int) []byte {
	if uint(n) >= 1e8 {
		return strconv.AppendInt(dst, int64(n), 10)
	}
	w, k := ascii8(digits8(uint64(n)))
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], w)
	return append(dst, b[:k]...)
}

// digits8 returns the eight decimal digits of n < 10^8, the most
// significant first, as the bytes of a little-endian word (values 0-9):
// they are split in the lanes of one word, two halves of four digits, four
// pairs, eight digits, each quotient by a multiplication and a shift,
// exact in these ranges.
func digits8(n uint64) uint64 {
	// 10^4 * hi + lo, in lanes of 32 bits: hi first
	hi := n / 10000
	v := hi | (n-hi*10000)<<32
	// x / 100 = x * 5243 >> 19 for x < 43,699: lanes of 16 bits
	q := (v * 5243 >> 19) & 0x0000007F0000007F
	v = q | (v-q*100)<<16
	// x / 10 = x * 103 >> 10 for x < 179: lanes of 8 bits
	q = (v * 103 >> 10) & 0x000F000F000F000F
	return q | (v-q*10)<<8
}

// ascii8 returns the digits v of digits8 without their leading zeros (but
// the last, for 0), in ASCII from the first byte on, and how many there
// are; the bytes after them are '0'.
func ascii8(v uint64) (uint64, int) {
	k := 8 - bits.TrailingZeros64(v|1<<56)/8
	return v>>(64-8*k) | 0x3030303030303030, k
}

// spanRoom is the room appendSpan makes first: its four keys and four
// numbers of at most eight digits.
const spanRoom = len(`"start":,"end":,"start16":,"end16":`) + 4*8

// appendSpan appends the byte and UTF-16 offsets of a span:
// "start":…,"end":…,"start16":…,"end16":… The four numbers take one growth
// of dst and no call: each is stored as the eight bytes of ascii8 in the
// spare capacity, and the bytes after its digits are overwritten by what
// follows (the next key, or after the last number the bytes that follow a
// span in the document, never fewer than eight), so that dst's bytes
// past the document's end are left as they were, as append leaves them.
func appendSpan(dst []byte, u *utf16Index, start, end int) []byte {
	// A token's start, nothing or an ASCII space after the end of the one
	// before, is converted here, with no call: the cursor is an exact pair
	// (a valid text's or not), and one ASCII byte on is one unit more.
	var s16 int
	if c := u.curByte; start == c || start == c+1 && c < len(u.text) && u.text[c] < utf8.RuneSelf {
		u.curByte, u.curUnits = start, u.curUnits+start-c
		s16 = u.curUnits
	} else {
		s16 = u.at(start)
	}
	// Its end, at most 16 bytes on in a valid text and no rune's middle,
	// by counting the runes that start in the two words from the cursor
	// (the bytes that are no continuation byte, one more for the lead of
	// a four-byte rune), as unitsOf counts them.
	var e16 int
	if c, d := u.curByte, end-u.curByte; u.valid && d >= 0 && d <= 16 && c+16 < len(u.text) && u.text[end]&0xC0 != 0x80 {
		w1 := load64(u.text, c) & (1<<(8*min(d, 8)) - 1)
		w2 := load64(u.text, c+8) & (1<<(8*max(d-8, 0)) - 1)
		c1, f1 := w1&^(w1<<1)&lanesH, w1&(w1<<1)&(w1<<2)&(w1<<3)&lanesH
		c2, f2 := w2&^(w2<<1)&lanesH, w2&(w2<<1)&(w2<<2)&(w2<<3)&lanesH
		e16 = u.curUnits + d - bits.OnesCount64(c1) - bits.OnesCount64(c2) + bits.OnesCount64(f1) + bits.OnesCount64(f2)
		u.curByte, u.curUnits = end, e16
	} else {
		e16 = u.at(end)
	}
	if uint(start) >= 1e8 || uint(end) >= 1e8 || uint(s16) >= 1e8 || uint(e16) >= 1e8 {
		dst = append(dst, `"start":`...)
		dst = appendInt(dst, start)
		dst = append(dst, `,"end":`...)
		dst = appendInt(dst, end)
		dst = append(dst, `,"start16":`...)
		dst = appendInt(dst, s16)
		dst = append(dst, `,"end16":`...)
		return appendInt(dst, e16)
	}
	if cap(dst)-len(dst) < spanRoom {
		dst = slices.Grow(dst, spanRoom)
	}
	dst = append(dst, `"start":`...)
	w, k := ascii8(digits8(uint64(start)))
	l := len(dst)
	binary.LittleEndian.PutUint64(dst[l:l+8], w)
	dst = append(dst[:l+k], `,"end":`...)
	w, k = ascii8(digits8(uint64(end)))
	l = len(dst)
	binary.LittleEndian.PutUint64(dst[l:l+8], w)
	dst = append(dst[:l+k], `,"start16":`...)
	w, k = ascii8(digits8(uint64(s16)))
	l = len(dst)
	binary.LittleEndian.PutUint64(dst[l:l+8], w)
	dst = append(dst[:l+k], `,"end16":`...)
	w, k = ascii8(digits8(uint64(e16)))
	l = len(dst)
	binary.LittleEndian.PutUint64(dst[l:l+8], w)
	return dst[:l+k]
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the bytes that a JSON string of valid UTF-8 holds as they
// are: all but control characters, '"', '\\' and 0xE2, the lead byte of
// U+2028 and U+2029.
var jsonSafe = func() (t [256]bool) {
	for b := 0x20; b < 256; b++ {
		t[b] = b != '"' && b != '\\' && b != 0xE2
	}
	return t
}()

// Lane constants for the eight-byte tests.
const (
	lanes1 = 0x0101010101010101
	lanesH = 0x8080808080808080
)

// load64 returns the eight bytes s[i:i+8] as a little-endian word (the
// compiler makes it one load).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// jsonSpecial8 reports whether any of the eight bytes of w (little endian)
// is one that jsonSafe marks unsafe: below 0x20, '"', '\\' or 0xE2. (Each
// test is the exact "some byte is zero" test, applied to w, or to w XOR
// the byte.)
func jsonSpecial8(w uint64) bool {
	q, b, e := w^('"'*lanes1), w^('\\'*lanes1), w^(0xE2*lanes1)
	return ((w-0x20*lanes1)&^w|(q-lanes1)&^q|(b-lanes1)&^b|(e-lanes1)&^e)&lanesH != 0
}

// appendString appends s as a JSON string. Invalid UTF-8 bytes become
// \ufffd, as encoding/json writes them; U+2028 and U+2029 are escaped so the
// output is also valid JavaScript. valid says that s is known to be valid
// UTF-8, which lets it be copied without decoding: only ASCII specials and
// the lead byte 0xE2 (of U+2028 and U+2029, and of the quotes, dashes and
// direction marks that other 0xE2 runes are) are looked at.
func appendString(dst []byte, s string, valid bool) []byte {
	// A string the caller could not vouch for (an entity's name, a token
	// of a text with an invalid byte elsewhere) is most often valid: it
	// then takes the valid string's path, which writes the same bytes.
	valid = valid || validText(s)
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if valid {
			// Eight bytes at a time while none needs escaping.
			for i+8 <= len(s) && !jsonSpecial8(load64(s, i)) {
				i += 8
			}
			for i < len(s) && jsonSafe[s[i]] {
				i++
			}
			if i == len(s) {
				break
			}
		}
		b := s[i]
		if b < utf8.RuneSelf && jsonSafe[b] {
			i++
			continue
		}
		if b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		if valid {
			// 0xE2 starts a three-byte rune: U+2028 and U+2029 are
			// escaped, the others kept.
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&0xFE == 0xA8 {
				dst = append(dst, s[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
				i += 3
				start = i
				continue
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[min(start, len(s)):]...)
	return append(dst, '"')
}

// validText reports whether s is valid UTF-8, as utf8.ValidString does,
// eight bytes at a time while they are ASCII and two-byte runes (Arabic
// text): in the lanes of a word, a byte 11xxxxxx leads a two-byte rune and
// 10xxxxxx continues one, so the bytes are such runes exactly when the
// continuation lanes are the lead lanes moved one lane on (with a lead
// left open at the end of the last word), no lead has bit 5 set (a longer
// rune) and none is C0 or C1 (overlong). Where a word is not so, the rune
// there is decoded, and the word loop goes on after it.
func validText(s string) bool {
	const (
		lanes1E = 0x1E1E1E1E1E1E1E1E
		lanes7F = 0x7F7F7F7F7F7F7F7F
	)
	i, open := 0, uint64(0) // open: lanesH's lane-0 bit when s[i-1] leads a rune
	for i+8 <= len(s) {
		w := load64(s, i)
		b6, b5 := w<<1&lanesH, w<<2&lanesH
		lead, cont := w&b6, w&^b6&lanesH
		// lanes whose bits 4-1 are all zero: with bit 5 clear, C0 or C1
		low := w & lanes1E
		flat := lanesH &^ (low + lanes7F)
		if lead&(b5|flat) == 0 && lead<<8|open == cont {
			open = lead >> 56
			i += 8
			continue
		}
		// the rune there (the open one first), decoded
		if open != 0 {
			i--
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i, open = i+n, 0
	}
	if open != 0 {
		i--
	}
	return utf8.ValidString(s[i:])
}

// utf16Index converts byte offsets of a text to UTF-16 code unit offsets. It
// keeps a checkpoint every utf16Block bytes, so a conversion walks at most
// one block plus one rune.
type utf16Index struct {
	text string
	// valid says text is valid UTF-8: UTF-16 units are then counted from
	// the bytes alone, one per rune start and one more per 4-byte rune.
	valid bool
	// curByte, curUnits: the rune start the last conversion reached, so
	// that conversions in increasing order walk the text once.
	curByte, curUnits int
	cps               []int32 // cps[k]: UTF-16 offset of the first rune that starts at or after byte k*utf16Block
	byteo             []int32 // byteo[k]: that rune's byte offset
	total             int
}

// utf16Block is the distance between checkpoints: 64 bytes (8 bytes of
// checkpoint for each, 1/8 of the text, while AppendJSON runs) keep the
// walk to a span that does not follow the last one (a date, a mention, a
// sentence's end) under eight words of the text.
const utf16Block = 64

func newUTF16Index(s string, valid bool) utf16Index {
	u := utf16Index{text: s, valid: valid}
	n := len(s)/utf16Block + 1
	u.cps = make([]int32, 0, n)
	u.byteo = make([]int32, 0, n)
	units := 0
	next := 0
	if valid {
		// A checkpoint at the first rune start of each block; the units
		// in between counted eight bytes at a time.
		pos := 0
		for next < len(s) {
			j := next
			for j < len(s) && s[j]&0xC0 == 0x80 {
				j++
			}
			if j == len(s) {
				break
			}
			units += unitsOf(s, pos, j)
			pos = j
			u.cps = append(u.cps, int32(units))
			u.byteo = append(u.byteo, int32(j))
			next += utf16Block
		}
		units += unitsOf(s, pos, len(s))
	}
	for i := 0; !valid && i < len(s); {
		for i >= next {
			u.cps = append(u.cps, int32(units))
			u.byteo = append(u.byteo, int32(i))
			next += utf16Block
		}
		b := s[i]
		if b < utf8.RuneSelf {
			units++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	for next <= len(s) {
		u.cps = append(u.cps, int32(units))
		u.byteo = append(u.byteo, int32(len(s)))
		next += utf16Block
	}
	u.total = units
	return u
}

// unitsOf returns the number of UTF-16 code units of the runes that start
// in s[i:j], s being valid UTF-8: one per byte that is not a continuation
// byte, one more per lead byte of a four-byte rune.
func unitsOf(s string, i, j int) int {
	units := 0
	for ; i+8 <= j; i += 8 {
		w := load64(s, i)
		cont := w &^ (w << 1) & lanesH
		four := w & (w << 1) & (w << 2) & (w << 3) & lanesH
		units += 8 - bits.OnesCount64(cont) + bits.OnesCount64(four)
	}
	for ; i < j; i++ {
		if c := s[i]; c&0xC0 != 0x80 {
			units++
			if c >= 0xF0 {
				units++
			}
		}
	}
	return units
}

// at returns the UTF-16 offset of byte offset off. An offset inside a
// multi-byte rune counts that rune as not yet started.
func (u *utf16Index) at(off int) int {
	if off <= 0 {
		return 0
	}
	if off >= len(u.text) {
		return u.total
	}
	// Where the last conversion stopped is an exact pair of offsets, as a
	// checkpoint is: the spans of a document come in increasing order
	// (a token starts where the one before ended, or a byte on), so most
	// conversions walk on from there, without looking a checkpoint up.
	units, i := u.curUnits, u.curByte
	if !u.valid || i > off || off-i >= utf16Block {
		k := off / utf16Block
		if k >= len(u.cps) {
			k = len(u.cps) - 1
		}
		for k > 0 && int(u.byteo[k]) > off {
			k--
		}
		units, i = int(u.cps[k]), int(u.byteo[k])
		if u.curByte <= off && u.curByte > i {
			units, i = u.curUnits, u.curByte
		}
	}
	s := u.text
	if u.valid {
		if off-i >= 8 {
			units += unitsOf(s, i, off)
			i = off
		}
		for ; i < off; i++ { // the next token is usually a few bytes on
			if c := s[i]; c&0xC0 != 0x80 {
				units++
				if c >= 0xF0 {
					units++
				}
			}
		}
		if s[off]&0xC0 == 0x80 { // inside a rune: it has not started
			for i--; i > 0 && s[i]&0xC0 == 0x80; i-- {
			}
			units--
			if s[i] >= 0xF0 {
				units--
			}
		}
		u.curByte, u.curUnits = i, units
		return units
	}
	for i < off {
		b := s[i]
		if b < utf8.RuneSelf {
			units++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if i+size > off {
			break
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	u.curByte, u.curUnits = i, units
	return units
}
