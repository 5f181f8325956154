package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
	"unsafe"
)

// decode is utf8.DecodeRune for strings and byte slices alike: it returns
// (utf8.RuneError, 1) for every byte that does not start a valid encoding.
func decode[T ~string | ~[]byte](s T, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	n := len(s) - i
	switch {
	case c < 0xC2:
	case c < 0xE0:
		if n >= 2 && s[i+1]&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
	case c < 0xF0:
		if n < 3 {
			break
		}
		lo, hi := byte(0x80), byte(0xBF)
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
		if c1 := s[i+1]; c1 >= lo && c1 <= hi && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	case c < 0xF5:
		if n < 4 {
			break
		}
		lo, hi := byte(0x80), byte(0xBF)
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
		if c1 := s[i+1]; c1 >= lo && c1 <= hi && s[i+2]&0xC0 == 0x80 && s[i+3]&0xC0 == 0x80 {
			return rune(c&0x07)<<18 | rune(c1&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
		}
	}
	return utf8.RuneError, 1
}

// lastRune returns the last rune of s[:i], which must end in a valid
// encoding, or -1 when i is 0.
func lastRune[T ~string | ~[]byte](s T, i int) rune {
	if i == 0 {
		return -1
	}
	j := i - 1
	for j > 0 && j > i-utf8.UTFMax && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decode(s, j)
	return r
}

// nextSuspectGo is nextSuspect in plain Go: it returns the first position at or after i, which must start a
// rune, where a rune starts that some Form might change, or len(s). It
// never returns the position of an ASCII byte.
//
// It passes over text eight bytes at a time (SWAR). A byte is plain when it
// is ASCII, a lead byte 0xD8 or 0xD9 followed by a continuation byte, or
// the continuation byte of such a lead that makes a rune in the set
// plainRune reports (U+0600–U+064A but for U+0610–U+061A, U+061C, U+0622–U+0626, U+0629,
// U+0640, U+0649 and a few rare ones left out to keep the test short:
// Arabic letters, the comma, ؟, ء). No Form changes those runes
// (TestPlainRunes). A block with any other byte stops the scan at the
// first such rune, which may turn out to be unchanged after all.
func nextSuspectGo[T ~string | ~[]byte](s T, i int) int {
	n := len(s)
	// pl and po hold, at bit 7, whether the byte before s[i] is a lead
	// byte 0xD8/0xD9, and whether it is 0xD9.
	var pl, po uint64
	for i+8 <= n {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&hb|pl == 0 {
			i += 8
			continue
		}
		hi := w & hb
		cont := w &^ (w << 1) & hb
		// Lanes 0xD8/0xD9 (or 'X'/'Y', which hi removes) have z == 0.
		z := (w | l1) ^ 0xD9*l1
		lead := hi &^ (z&(0x7F*l1) + 0x7F*l1)
		odd := lead & (w << 7)
		prevLead := lead<<8 | pl
		// The rune of each trail byte minus U+0600, in 0..0x7F.
		v := w&(0x3F*l1) | (odd<<8|po)>>1
		u := v & (0x1F * l1)
		// Plain: v < 0x4B, not in 0x22..0x26 or 0x10..0x1A (the marks
		// U+0610–U+061A), and v&0x1F not 0x00 (U+0640), 0x09 (U+0629,
		// U+0649) or 0x1C (U+061C).
		plain := ^(v + (0x80-0x4B)*l1) &
			(^(v + (0x80-0x22)*l1) | (v + (0x7F-0x26)*l1)) &
			(^(v + (0x80-0x10)*l1) | (v + (0x7F-0x1A)*l1)) &
			(u + 0x7F*l1) & ((u ^ 0x09*l1) + 0x7F*l1) & ((u ^ 0x1C*l1) + 0x7F*l1)
		// Bad: a continuation byte without a lead before it or a lead
		// without one after it, another non-ASCII byte, or a trail byte
		// of a rune that is not plain.
		if bad := (prevLead ^ cont) | (hi &^ cont &^ lead) | (cont &^ plain); bad != 0 {
			k := uint(bits.TrailingZeros64(bad)) &^ 7
			i += int(k >> 3)
			if prevLead>>k&0x80 != 0 {
				i-- // back to the lead byte
			}
			return i
		}
		i += 8
		pl, po = lead>>56, odd>>56
	}
	if pl != 0 {
		return i - 1
	}
	for i < n && s[i] < 0x80 {
		i++
	}
	return i
}

// Lane constants for the eight-byte scans.
const (
	l1 = 0x0101010101010101
	hb = 0x8080808080808080
)

// swarPatch lets scanCopy copy the text it passes over to an output, where
// s[i] goes to out[off+i] (it stops where i+8 > lim), and pass over the
// frequent same-length replacements (آ أ إ → ا, ؤ ئ → ء, ى → ي, ة → ه),
// writing them there.
type swarPatch struct {
	out      []byte
	off, lim int
	// Lane masks (hb or 0): whether the Form has Alef, Hamza,
	// AlefMaksura, TehMarbuta.
	alef, hamza, maksura, teh uint64
	anyFix                    uint64 // any of them
	// en holds the same four as 32-byte lane masks (at 0, 32, 64, 96),
	// for the SIMD scans.
	en *[128]byte
}

// swarEnables holds the lane masks of swarPatch.en for each set of the four
// flags (bit 0 Alef, 1 Hamza, 2 AlefMaksura, 3 TehMarbuta).
var swarEnables = func() (t [16][128]byte) {
	for k := range t {
		for j := range 4 {
			if k>>j&1 != 0 {
				for b := range 32 {
					t[k][32*j+b] = 0xFF
				}
			}
		}
	}
	return t
}()

func newSwarPatch(f Form) swarPatch {
	var g swarPatch
	if f&Alef != 0 {
		g.alef = hb
	}
	if f&Hamza != 0 {
		g.hamza = hb
	}
	if f&AlefMaksura != 0 {
		g.maksura = hb
	}
	if f&TehMarbuta != 0 {
		g.teh = hb
	}
	g.anyFix = g.alef | g.hamza | g.maksura | g.teh
	g.en = &swarEnables[g.alef>>7&1|g.hamza>>6&2|g.maksura>>5&4|g.teh>>4&8]
	return g
}

// scanCopyGo is scanCopy in plain Go: nextSuspect that also copies what it passes over to g's
// output and passes over the replacements of swarPatch. It stops before
// the last few bytes of s (fewer than 8, at a rune start, possibly an
// ASCII byte) for the caller to finish, or where g's output has no room.
func scanCopyGo[T ~string | ~[]byte](s T, i int, g *swarPatch) int {
	n := len(s)
	out, off, lim := g.out, g.off, g.lim
	keep := ^g.anyFix & hb
	// pl and po hold, at bit 7, whether the byte before s[i] is a lead
	// byte 0xD8/0xD9, and whether it is 0xD9.
	var pl, po uint64
	for i+8 <= n {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if i+8 > lim {
			return i - int(pl>>7) // no room: stop at a rune start
		}
		// Copy the block; a block with changes is stored again below.
		binary.LittleEndian.PutUint64(out[off+i:], w)
		if w&hb|pl == 0 {
			i += 8
			continue
		}
		hi := w & hb
		cont := w &^ (w << 1) & hb
		// Lanes 0xD8/0xD9 (or 'X'/'Y', which hi removes) have z == 0.
		z := (w | l1) ^ 0xD9*l1
		lead := hi &^ (z&(0x7F*l1) + 0x7F*l1)
		odd := lead & (w << 7)
		prevLead := lead<<8 | pl
		// The rune of each trail byte minus U+0600, in 0..0x7F.
		v := w&(0x3F*l1) | (odd<<8|po)>>1
		u := v & (0x1F * l1)
		// Plain: v < 0x4B, not in 0x10..0x1A (the marks U+0610–U+061A)
		// or 0x22..0x26, and v&0x1F not 0x00 (U+0640), 0x09 (U+0629,
		// U+0649) or 0x1C (U+061C); but for a
		// Form that changes none of آ أ ؤ إ ئ ة ى (keep), those too.
		plain := ^(v + (0x80-0x4B)*l1) & (u + 0x7F*l1) & ((u ^ 0x1C*l1) + 0x7F*l1) &
			(^(v + (0x80-0x10)*l1) | (v + (0x7F-0x1A)*l1)) &
			(keep | (^(v+(0x80-0x22)*l1)|(v+(0x7F-0x26)*l1))&((u^0x09*l1)+0x7F*l1))
		// Bad: a continuation byte without a lead before it or a lead
		// without one after it, another non-ASCII byte, or a trail byte
		// of a rune that is not plain.
		if bad := (prevLead ^ cont) | (hi &^ cont &^ lead) | (cont &^ plain); bad != 0 {
			{
				// Trail bytes of آ أ إ, ؤ ئ, ى, ة (exact lanes: only
				// trail bytes of plain-looking letters are tested).
				tr := cont & prevLead
				e24 := ^((v ^ 0x24*l1) + 0x7F*l1)
				alef := (v + (0x80-0x22)*l1) &^ (v + (0x7F-0x25)*l1) &^ e24 & tr & g.alef
				hamza := (e24 | ^((v ^ 0x26*l1) + 0x7F*l1)) & tr & g.hamza
				maksura := ^((v ^ 0x49*l1) + 0x7F*l1) & tr & g.maksura
				teh := ^((v ^ 0x29*l1) + 0x7F*l1) & tr & g.teh
				if fixed := alef | hamza | maksura | teh; fixed != 0 {
					// A2 A3 A5 → A7; A4 A6 → A1; 89 → 8A; A9 → 87 with
					// its lead D8 → D9.
					hm := hamza >> 7
					w |= alef >> 7 * 0x07
					w = w&^(hm*0x06) | hm
					w ^= maksura>>7*0x03 | teh>>7*0x2E | teh>>15
					binary.LittleEndian.PutUint64(out[off+i:], w)
					if teh&0x80 != 0 {
						out[off+i-1] |= 1 // the lead, one block back
					}
					if bad &^= fixed; bad == 0 {
						i += 8
						pl, po = lead>>56, odd>>56
						continue
					}
				}
			}
			k := uint(bits.TrailingZeros64(bad)) &^ 7
			i += int(k >> 3)
			if prevLead>>k&0x80 != 0 {
				i-- // back to the lead byte
			}
			return i
		}
		i += 8
		pl, po = lead>>56, odd>>56
	}
	if pl != 0 {
		return i - 1
	}
	return i // the caller copies the tail
}

// plainRune reports whether nextSuspect passes over r.
func plainRune(r rune) bool {
	v := r - 0x600
	u := v & 0x1F
	return v >= 0 && v < 0x4B && (v < 0x22 || v > 0x26) && (v < 0x10 || v > 0x1A) && u != 0 && u != 0x09 && u != 0x1C
}

// swarMin is the least length of text worth a block scan: shorter text,
// words in particular, goes faster one rune at a time.
const swarMin = 24

// skipUnchanged returns the first position at or after i that is not an
// ASCII byte or an Arabic-block rune that at leaves unchanged.
func skipUnchanged[T ~string | ~[]byte](s T, i int, at *arabicTable) int {
	n := len(s)
	for i+swarMin <= n {
		i = nextSuspect(s, i)
		if i >= n {
			return n
		}
		if c := s[i]; c-0xD8 < 4 && i+1 < n && at[c-0xD8][s[i+1]] == 0 {
			i += 2
			continue
		}
		return i
	}
	// The last few bytes (and short words), one rune at a time.
	for i < n {
		c := s[i]
		if c-0xD8 < 4 {
			if i+1 < n && at[c-0xD8][s[i+1]] == 0 {
				i += 2
				continue
			}
			return i
		}
		if c >= 0x80 {
			return i
		}
		i++
	}
	return i
}

// edit records that Orig[o0:o1] became Norm[n0:n1].
type edit struct {
	o0, o1, n0, n1 int
}

// appendRune appends the output of the input rune r to dst. m is the set of
// flags of f that may change r, invalid says r stands for an invalid byte,
// prev is the last output rune before it (-1 for none). It returns the new
// last output rune and whether the output differs from the input.
func (f Form) appendRune(t *tableSet, dst []byte, r rune, m Form, invalid bool, prev rune) ([]byte, rune, bool) {
	switch {
	case invalid:
		return utf8.AppendRune(dst, utf8.RuneError), utf8.RuneError, true
	case m&Compatibility != 0:
		for _, x := range t.compatString(r) {
			if y := f.mapContext(x, prev); y >= 0 {
				dst = utf8.AppendRune(dst, y)
				prev = y
			} else {
				prev = -1
			}
		}
		return dst, prev, true
	}
	y := f.mapContext(r, prev)
	if y == r {
		return dst, r, false
	}
	if y < 0 {
		return dst, -1, true
	}
	return utf8.AppendRune(dst, y), y, true
}

// maxRuneOut bounds the output of one input rune (the longest NFKC
// expansion, U+FDFA, is 33 bytes; TestCompatTables checks the bound).
const maxRuneOut = 80

// copyAhead is how far beyond the current position appendForm copies
// unchanged input at once.
const copyAhead = 512

// appendForm appends f applied to s to dst, but only if that changes
// anything: when it reports false, dst is returned as it came. When rec is
// not nil, every changed input rune is recorded there.
//
// Unchanged text is copied in bulk, ahead of the scan: the output position
// of input position i is i-delta, where delta changes only when a rune
// changes length. While it does not, a same-length replacement (أ → ا,
// ة → ه) is two byte stores into text already in place.
func appendForm[T ~string | ~[]byte](f Form, dst []byte, s T, rec *[]edit) ([]byte, bool) {
	f &= allForms
	t := tables()
	at := t.arabic(f)
	n := len(s)
	i := skipUnchanged(s, 0, at)
	if i >= n {
		return dst, false
	}
	p := placer[T]{s: s, dst: dst, base: len(dst)}
	if rec != nil {
		// Text scans without copying: copy unchanged text ahead.
		p.ahead = copyAhead
	}
	if rec != nil && *rec == nil {
		*rec = make([]edit, 0, n/32+8) // news has about one change in 30 bytes
	}
	ctxPos, ctxPrev := 0, rune(-1)
	for i < n {
		c := s[i]
		if c-0xD8 < 4 && i+1 < n {
			if y := at[c-0xD8][s[i+1]]; y != slowPath && y != 0 {
				w := i - p.delta
				if y >= 0x80 {
					if p.copied < i+2 {
						p.place(i+2, 0)
					}
					o := p.out[p.base+w : p.base+w+2]
					o[0], o[1] = byte(0xC0|y>>6), byte(0x80|y&0x3F)
					if rec != nil {
						*rec = append(*rec, edit{i, i + 2, w, w + 2})
					}
				} else {
					if p.copied < i || p.copied == i && p.base+w >= len(p.out) {
						p.place(i, 1)
					}
					if y >= 0 {
						p.out[p.base+w] = byte(y)
						p.delta++
					} else {
						p.delta += 2
					}
					p.copied = i + 2
					if rec != nil {
						*rec = append(*rec, edit{i, i + 2, w, i + 2 - p.delta})
					}
				}
				i += 2
				ctxPos, ctxPrev = i, y
				if rec == nil {
					i = p.patchSkip(i, at, f)
				} else {
					i = skipUnchanged(s, i, at)
				}
				continue
			}
		}
		var r rune
		var size int
		var m Form
		if c >= 0xC2 && c < 0xE0 && i+1 < n && s[i+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			m = t.bmp[r] & f
		} else {
			r, size = decode(s, i)
			if size == 1 {
				m = allForms
			} else {
				m = t.mask(r) & f
			}
		}
		if m == 0 {
			i = skipUnchanged(s, i+size, at)
			continue
		}
		prev := ctxPrev
		if ctxPos != i && (r == zwj || isAlefMark(r)) {
			// The rune before was kept or replaced in place.
			if p.out != nil && p.copied >= i {
				prev = lastRune(p.out[p.base:], i-p.delta)
			} else {
				prev = lastRune(s, i)
			}
		}
		if size == 1 || m&Compatibility != 0 {
			// Always a change.
		} else if y := f.mapContext(r, prev); y == r {
			i = skipUnchanged(s, i+size, at)
			continue
		}
		w := i - p.delta
		if p.copied < i || len(p.out)-(p.base+w) < maxRuneOut {
			p.place(i, maxRuneOut)
		}
		var o []byte
		o, ctxPrev, _ = f.appendRune(t, p.out[:p.base+w], r, m, size == 1, prev)
		nw := len(o) - p.base
		p.delta = i + size - nw
		i += size
		p.copied, ctxPos = i, i
		if rec != nil {
			*rec = append(*rec, edit{i - size, i, w, nw})
			i = skipUnchanged(s, i, at)
		} else {
			i = p.patchSkip(i, at, f)
		}
	}
	if p.out == nil {
		return dst, false
	}
	if p.copied < n {
		p.place(n, 0)
	}
	return p.out[:p.base+n-p.delta], true
}

// placer keeps the output of appendForm: out[:base] is what dst held, and
// s[:copied] is in place at out[base:base+copied-delta].
type placer[T ~string | ~[]byte] struct {
	s      T
	dst    []byte
	out    []byte // nil until the first change; its length is its capacity
	base   int
	delta  int
	copied int
	ahead  int // how far place copies beyond what it must
}

// patchSkip is skipUnchanged for when the output exists: it also copies
// what it passes over into place, and passes over the Arabic-block runes
// replaced by another two-byte rune, writing the replacement.
func (p *placer[T]) patchSkip(i int, at *arabicTable, f Form) int {
	if p.copied < i {
		p.place(i, 0)
	}
	if i+swarMin <= len(p.s) {
		return p.patchSkipLong(i, at, f)
	}
	return p.patchRunes(i, at)
}

// patchSkipLong is patchSkip with the block scan.
func (p *placer[T]) patchSkipLong(i int, at *arabicTable, f Form) int {
	s, out := p.s, p.out
	n, off := len(s), p.base-p.delta
	g := newSwarPatch(f)
	g.out, g.off, g.lim = out, off, len(out)-off
	for {
		if i+swarMin <= n {
			i = scanCopy(s, i, &g)
			p.copied = max(p.copied, i)
		} else {
			return p.patchRunes(i, at)
		}
		if i >= n {
			return i
		}
		if off+i+2 > len(out) {
			// Out of room: the caller grows out at the next change.
			return skipUnchanged(s, i, at)
		}
		c := s[i]
		if c < 0x80 {
			out[off+i] = c
			i++
			p.copied = max(p.copied, i)
			continue
		}
		if c-0xD8 >= 4 || i+1 >= n {
			return i
		}
		y := at[c-0xD8][s[i+1]]
		if y == 0 {
			out[off+i], out[off+i+1] = c, s[i+1]
		} else if y >= 0x80 {
			out[off+i], out[off+i+1] = byte(0xC0|y>>6), byte(0x80|y&0x3F)
		} else {
			return i
		}
		i += 2
		p.copied = max(p.copied, i)
	}
}

// patchRunes is patchSkip one rune at a time, for short text.
func (p *placer[T]) patchRunes(i int, at *arabicTable) int {
	s, out := p.s, p.out
	n, off := len(s), p.base-p.delta
	for i < n {
		c := s[i]
		if c < 0x80 {
			if off+i >= len(out) {
				break
			}
			out[off+i] = c
			i++
			continue
		}
		if c-0xD8 >= 4 || i+1 >= n || off+i+2 > len(out) {
			break
		}
		y := at[c-0xD8][s[i+1]]
		if y == 0 {
			out[off+i], out[off+i+1] = c, s[i+1]
		} else if y >= 0x80 {
			out[off+i], out[off+i+1] = byte(0xC0|y>>6), byte(0x80|y&0x3F)
		} else {
			break
		}
		i += 2
	}
	p.copied = max(p.copied, i)
	if i < n && s[i] < 0x80 {
		return skipUnchanged(s, i, at) // out of room: the caller grows out
	}
	return i
}

// place copies s[copied:end] into place, and up to copyAhead bytes more,
// growing out so that extra bytes fit after the output position of end.
func (p *placer[T]) place(end, extra int) {
	n := len(p.s)
	if p.out == nil {
		// The first change: reuse dst's spare room if it is ample.
		if cap(p.dst)-p.base >= n+n/16+8 {
			p.out = p.dst[:cap(p.dst)]
		} else {
			p.out = make([]byte, p.base+n+n/16+8)
			copy(p.out, p.dst)
		}
	}
	if need := p.base + end - p.delta + extra; need > len(p.out) {
		no := make([]byte, max(need+copyAhead, p.base+n-p.delta+n/16+8, 2*len(p.out)))
		copy(no, p.out[:p.base+p.copied-p.delta])
		p.out = no
	}
	ahead := min(n, max(end, p.copied+p.ahead), len(p.out)-p.base+p.delta)
	if ahead > p.copied {
		copy(p.out[p.base+p.copied-p.delta:], p.s[p.copied:ahead])
		p.copied = ahead
	}
}

// String returns s normalized by f. When nothing changes it returns s
// itself and allocates nothing.
func (f Form) String(s string) string {
	out, changed := appendForm(f, nil, s, nil)
	if !changed {
		return s
	}
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// Bytes returns b normalized by f. When nothing changes it returns b itself;
// otherwise it returns a new slice and leaves b untouched.
func (f Form) Bytes(b []byte) []byte {
	out, changed := appendForm(f, nil, b, nil)
	if !changed {
		return b
	}
	return out
}

// Append appends src normalized by f to dst and returns the extended
// slice. src and dst must not overlap.
func (f Form) Append(dst, src []byte) []byte {
	out, changed := appendForm(f, dst, src, nil)
	if !changed {
		return append(dst, src...)
	}
	return out
}
