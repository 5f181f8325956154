package normalize

import (
	"sort"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Text is a text together with its normalized form and the mapping between
// their byte offsets. Make one with Form.Text; the zero Text is an empty
// text. A Text is immutable and safe for concurrent use.
type Text struct {
	// Orig is the text as given.
	Orig string
	// Norm is Orig normalized.
	Norm string

	// edits lists, in order, every input rune that changed: Orig[o0:o1]
	// became Norm[n0:n1]. Text between edits is the same in both.
	edits []edit
}

// Text normalizes s and keeps the offset mapping. Its Norm equals
// f.String(s); when nothing changes, Norm is s itself and the mapping is
// the identity, with no allocation.
func (f Form) Text(s string) Text {
	var ed []edit
	out, changed := appendForm(f, nil, s, &ed)
	if !changed {
		return Text{Orig: s, Norm: s}
	}
	return Text{Orig: s, Norm: unsafe.String(unsafe.SliceData(out), len(out)), edits: ed}
}

func clampSpan(i, j, n int) (int, int) {
	i = max(0, min(i, n))
	j = max(i, min(j, n))
	return i, j
}

// Original maps the byte span Norm[i:j] to the smallest span Orig[a:b] that
// normalizes to it. A character that normalized to several (ﻻ → لا,
// ﷲ → الله) maps as a whole when the span cuts into its output. Removed
// characters at the edges of the span are left out, except combining marks
// right after its end: a span never ends between a letter and its removed
// diacritics, so "كتب" in the normalized text maps back to "كتبَ". Offsets
// out of range are clamped to [0, len(Norm)], and j to at least i.
func (t Text) Original(i, j int) (int, int) {
	i, j = clampSpan(i, j, len(t.Norm))
	if len(t.edits) == 0 {
		return i, j
	}
	return t.origStart(i), max(t.origStart(i), t.origEnd(j))
}

// before returns the number of edits that lie entirely at or before the
// normalized offset x (n1 <= x), so that edits[k], if any, either contains
// x strictly or starts after it.
func (t Text) before(x int) int {
	return sort.Search(len(t.edits), func(k int) bool { return t.edits[k].n1 > x })
}

// origAfter is the original offset of the normalized offset x, taken after
// the first k edits.
func (t Text) origAfter(k, x int) int {
	if k == 0 {
		return x
	}
	e := t.edits[k-1]
	return e.o1 + x - e.n1
}

func (t Text) origStart(x int) int {
	k := t.before(x)
	if k < len(t.edits) && t.edits[k].n0 < x {
		return t.edits[k].o0
	}
	return t.origAfter(k, x)
}

func (t Text) origEnd(x int) int {
	k := t.before(x)
	if k < len(t.edits) && t.edits[k].n0 < x {
		return t.edits[k].o1
	}
	// Edits k0..k-1 are removals at x; keep the leading combining marks.
	k0 := k
	for k0 > 0 && t.edits[k0-1].n0 == x && t.edits[k0-1].n1 == x {
		k0--
	}
	if k0 == k {
		return t.origAfter(k, x)
	}
	end := t.edits[k0].o0
	for _, e := range t.edits[k0:k] {
		if e.o0 != end {
			break
		}
		r, _ := utf8.DecodeRuneInString(t.Orig[e.o0:e.o1])
		if !unicode.Is(unicode.Mn, r) {
			break
		}
		end = e.o1
	}
	return end
}

// Normalized maps the byte span Orig[i:j] to the span of Norm that it
// became. A span that cuts into a changed character takes in all of its
// output. Offsets out of range are clamped to [0, len(Orig)], and j to at
// least i.
func (t Text) Normalized(i, j int) (int, int) {
	i, j = clampSpan(i, j, len(t.Orig))
	if len(t.edits) == 0 {
		return i, j
	}
	return t.normAt(i, false), t.normAt(j, true)
}

// normAt maps the original offset x; end says whether it ends a span.
func (t Text) normAt(x int, end bool) int {
	// First edit whose original range ends after x.
	k := sort.Search(len(t.edits), func(k int) bool { return t.edits[k].o1 > x })
	if k < len(t.edits) && t.edits[k].o0 < x {
		if end {
			return t.edits[k].n1
		}
		return t.edits[k].n0
	}
	if k == 0 {
		return x
	}
	e := t.edits[k-1]
	return e.n1 + x - e.o1
}
