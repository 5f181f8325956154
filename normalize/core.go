package normalize

import (
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

// appendForm appends f applied to s to dst, but only if that changes
// anything: when it reports false, dst is returned as it came. When rec is
// not nil, every changed input rune is recorded there.
func appendForm[T ~string | ~[]byte](f Form, dst []byte, s T, rec *[]edit) ([]byte, bool) {
	f &= allForms
	t := tables()
	at := t.arabic(f)
	changed := false
	base := len(dst)
	last := 0                      // start of the input not yet copied
	ctxPos, ctxPrev := 0, rune(-1) // last output rune before s[ctxPos:]
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		if c-0xD8 < 4 && i+1 < n && s[i+1]&0xC0 == 0x80 {
			// The Arabic block: one table look-up decides.
			k := int(c-0xD8)<<6 | int(s[i+1]&0x3F)
			y := at[k]
			if y == rune(0x600+k) {
				i += 2
				continue
			}
			if y != slowPath {
				if !changed {
					changed = true
					dst = grow(dst, n)
				}
				dst = append(dst, s[last:i]...)
				n0 := len(dst) - base
				if y >= 0 {
					dst = utf8.AppendRune(dst, y)
				}
				i += 2
				last, ctxPos, ctxPrev = i, i, y
				if rec != nil {
					*rec = append(*rec, edit{i - 2, i, n0, len(dst) - base})
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
			i += size
			continue
		}
		prev := ctxPrev
		if ctxPos != i && (r == zwj || isAlefMark(r)) {
			prev = lastRune(s, i)
		}
		if size == 1 || m&Compatibility != 0 {
			// Always a change.
		} else if y := f.mapContext(r, prev); y == r {
			i += size
			continue
		}
		if !changed {
			changed = true
			dst = grow(dst, n)
		}
		dst = append(dst, s[last:i]...)
		n0 := len(dst) - base
		dst, ctxPrev, _ = f.appendRune(t, dst, r, m, size == 1, prev)
		i += size
		last, ctxPos = i, i
		if rec != nil {
			*rec = append(*rec, edit{i - size, i, n0, len(dst) - base})
		}
	}
	if changed {
		dst = append(dst, s[last:]...)
	}
	return dst, changed
}

// grow makes room in dst for about n more bytes.
func grow(dst []byte, n int) []byte {
	if cap(dst)-len(dst) >= n+16 {
		return dst
	}
	nd := make([]byte, len(dst), len(dst)+n+n/16+16)
	copy(nd, dst)
	return nd
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
