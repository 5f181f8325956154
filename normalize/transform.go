package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Reset implements transform.Transformer. A Form has no state, so it does
// nothing.
func (Form) Reset() {}

// scanFast returns the first position j >= i of src where a rune starts
// that f may change (or an invalid or incomplete encoding), or where the
// next rune would end beyond limit, or len(src).
func scanFast(t *tableSet, f Form, src []byte, i, limit int) int {
	n := len(src)
	at := t.arabic(f)
	for i < n {
		if i+swarMin <= n {
			// Pass over plain text eight bytes at a time, but not
			// beyond limit: stop at the last rune start at or before it.
			j := nextSuspect(src, i)
			if j > limit {
				j = max(i, limit)
				if j > i && src[j]&0xC0 == 0x80 {
					j-- // limit cuts a two-byte rune
				}
				return j
			}
			if i = j; i >= n {
				return n
			}
		}
		c := src[i]
		if c < 0x80 {
			if i >= limit {
				return i
			}
			i++
			continue
		}
		if c-0xD8 < 4 && i+1 < n {
			if at[c-0xD8][src[i+1]] != 0 || i+2 > limit {
				return i
			}
			i += 2
			continue
		}
		var r rune
		var size int
		if c >= 0xC2 && c < 0xE0 && i+1 < n && src[i+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(src[i+1]&0x3F), 2
			if t.bmp[r]&f != 0 {
				return i
			}
		} else {
			r, size = decode(src, i)
			if size == 1 || t.mask(r)&f != 0 {
				return i
			}
		}
		if i+size > limit {
			return i
		}
		i += size
	}
	return i
}

// stepper holds the state of one Transform or Span call.
type stepper struct {
	f       Form
	t       *tableSet
	src     []byte
	ctxPos  int  // ctxPrev is the last output rune before src[ctxPos:]
	ctxPrev rune // (-1: none)
}

// prevAt returns the last output rune before src[i:]. Runes not processed
// by the slow path were copied unchanged, so they are their own output; at
// the start of src the context is empty, which is why a transformer only
// stops where that gives the same result.
func (s *stepper) prevAt(i int) rune {
	if i == s.ctxPos {
		return s.ctxPrev
	}
	return lastRune(s.src, i)
}

// step evaluates the rune at i, which scanFast stopped at and which is
// complete. It appends its output to tmp and reports its size, whether it
// changed, and whether it is a kept rune whose output depends on the rune
// before it (no call may stop right before such a rune).
func (s *stepper) step(tmp []byte, i int) (out []byte, size int, changed, unsafe bool) {
	r, size := decode(s.src, i)
	var m Form
	if size > 1 {
		m = s.t.mask(r) & s.f
	}
	prev := s.prevAt(i)
	out, last, changed := s.f.appendRune(s.t, tmp, r, m, size == 1, prev)
	if changed {
		s.ctxPos, s.ctxPrev = i+size, last
	} else {
		unsafe = s.f.sensitiveKept(r, prev)
	}
	return out, size, changed, unsafe
}

// Transform implements transform.Transformer. It is stateless, so the same
// Form value may be used by many goroutines and readers at once. When src
// ends where the next bytes could change the result (a cut rune, or a rune
// after which a combining hamza or a ZWJ would be kept) and atEOF is false,
// it returns transform.ErrShortSrc and leaves those bytes unconsumed.
func (f Form) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	s := stepper{f: f & allForms, t: tables(), src: src, ctxPrev: -1}
	n := len(src)
	i, d := 0, 0
	safeSrc, safeDst := 0, 0
	var tmp [128]byte
	for i < n {
		j := scanFast(s.t, s.f, src, i, i+len(dst)-d)
		if j > i {
			copy(dst[d:], src[i:j])
			d += j - i
			i = j
			k := j - 1
			for k > 0 && src[k]&0xC0 == 0x80 && k > j-utf8.UTFMax {
				k--
			}
			safeSrc, safeDst = k, d-(j-k)
		}
		if i == n {
			break
		}
		if !atEOF && !utf8.FullRune(src[i:]) {
			if s.f.endUnsafe(s.prevAt(i)) {
				return safeDst, safeSrc, transform.ErrShortSrc
			}
			return d, i, transform.ErrShortSrc
		}
		if c := src[i]; c < 0x80 {
			// scanFast stopped for want of room.
			return d, i, transform.ErrShortDst
		} else if r, size := decode(src, i); size > 1 && s.t.mask(r)&s.f == 0 {
			return d, i, transform.ErrShortDst
		}
		out, size, changed, unsafe := s.step(tmp[:0], i)
		if !unsafe {
			safeSrc, safeDst = i, d
		}
		if !changed {
			out = src[i : i+size]
		}
		if len(out) > len(dst)-d {
			if unsafe {
				return safeDst, safeSrc, transform.ErrShortDst
			}
			return d, i, transform.ErrShortDst
		}
		d += copy(dst[d:], out)
		i += size
	}
	if !atEOF && s.f.endUnsafe(s.prevAt(n)) {
		return safeDst, safeSrc, transform.ErrShortSrc
	}
	return d, n, nil
}

// Span implements transform.SpanningTransformer: it returns the length of
// the longest prefix of src that f leaves unchanged.
func (f Form) Span(src []byte, atEOF bool) (n int, err error) {
	s := stepper{f: f & allForms, t: tables(), src: src, ctxPrev: -1}
	i, safe := 0, 0
	var tmp [128]byte
	for i < len(src) {
		j := scanFast(s.t, s.f, src, i, len(src))
		if j > i {
			k := j - 1
			for k > 0 && src[k]&0xC0 == 0x80 && k > j-utf8.UTFMax {
				k--
			}
			safe = k
			i = j
		}
		if i == len(src) {
			break
		}
		if !atEOF && !utf8.FullRune(src[i:]) {
			if s.f.endUnsafe(s.prevAt(i)) {
				return safe, transform.ErrShortSrc
			}
			return i, transform.ErrShortSrc
		}
		_, size, changed, unsafe := s.step(tmp[:0], i)
		if changed {
			return i, transform.ErrEndOfSpan
		}
		if !unsafe {
			safe = i
		}
		i += size
	}
	if !atEOF && s.f.endUnsafe(s.prevAt(len(src))) {
		return safe, transform.ErrShortSrc
	}
	return len(src), nil
}
