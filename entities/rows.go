package entities

import "math/bits"

// The model's feature table keeps only its rows with a weight: a trained
// model fills some 45,000 of its 1<<19 rows, and a dense table (8 MB)
// would cost the recognizer a cache miss for nearly every feature it
// looks up. A bitmap says which rows are kept (64 KB at 19 bits, with a
// running count per 64 rows) and the kept rows follow one another in
// row order (about 0.7 MB): both stay in the processor's caches, and a
// feature on an empty row (most features of a word the training data
// never saw) costs one bit test.

// occWord covers 64 rows of the table: which of them are kept, and how
// many rows before them are.
type occWord struct {
	bits uint64
	base uint32
}

// rowAt returns the weights of row i (i < 1<<m.bits), or nil when the
// row has none.
func (m *Model) rowAt(i uint64) *[labelPad]int16 {
	o := &m.occ[i>>6]
	bit := uint64(1) << (i & 63)
	if o.bits&bit == 0 {
		return nil
	}
	k := int(o.base) + bits.OnesCount64(o.bits&(bit-1))
	return (*[labelPad]int16)(m.rows[k*labelPad : k*labelPad+labelPad])
}

// weight returns the weight of label l in row i.
func (m *Model) weight(i uint64, l int) int16 {
	if r := m.rowAt(i); r != nil {
		return r[l]
	}
	return 0
}

// keepRow adds row i, which must come after every row kept so far, with
// the weights w (nLabels of them).
func (m *Model) keepRow(i int, w []int16) {
	if m.occ == nil {
		m.occ = make([]occWord, max(1, (1<<m.bits)/64))
	}
	m.occ[i>>6].bits |= 1 << (i & 63)
	m.rows = append(m.rows, w[:nLabels]...)
	m.rows = append(m.rows, 0) // labelPad
}

// countRows sets the running counts of the bitmap once every row is
// kept.
func (m *Model) countRows() {
	if m.occ == nil {
		m.occ = make([]occWord, max(1, (1<<m.bits)/64))
	}
	n := 0
	for j := range m.occ {
		m.occ[j].base = uint32(n)
		n += bits.OnesCount64(m.occ[j].bits)
	}
}

// packRows keeps the rows of the dense table w (1<<m.bits rows of
// labelPad weights) that have a weight.
func (m *Model) packRows(w []int16) {
	m.occ, m.rows = nil, nil
	for r := 0; r*labelPad < len(w); r++ {
		if row := w[r*labelPad : r*labelPad+nLabels]; rowNonzero(row) {
			m.keepRow(r, row)
		}
	}
	m.countRows()
}

// eachRow calls fn with the index and weights of every kept row, in
// order.
func (m *Model) eachRow(fn func(i int, w []int16)) {
	for j, o := range m.occ {
		for b := o.bits; b != 0; b &= b - 1 {
			i := j*64 + bits.TrailingZeros64(b)
			fn(i, m.rowAt(uint64(i))[:nLabels])
		}
	}
}
