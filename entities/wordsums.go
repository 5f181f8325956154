package entities

import "math/bits"

// The sums of a word's own features (wordSums) are made for every word
// the model's vocabulary does not hold, some 5% of the words of news, as
// it comes: some 33 rows a word. Rather than adding a row's seven weights
// one at a time, wordSums adds four at once: the recognizer keeps the
// model's rows again with each weight w as the 16-bit w + 32768, four to
// a uint64, and spreads labels 0 and 2, 1 and 3, 4 and 6, 5 and 7 into
// the two 32-bit halves of one sum each (at most 16 rows of at most
// 65535: no carry from one half into the other).

// packedRows returns m's kept rows as wordSums reads them: row k's
// weights in [k][0] (labels 0-3, label l in bits 16l) and [k][1] (labels
// 4-7), each weight w as uint16(w) ^ 0x8000.
func packedRows(m *Model) [][2]uint64 {
	p := make([][2]uint64, len(m.rows)/labelPad)
	for k := range p {
		for h := range 2 {
			var x uint64
			for j := 3; j >= 0; j-- {
				x = x<<16 | uint64(uint16(m.rows[labelPad*k+4*h+j])^0x8000)
			}
			p[k][h] = x
		}
	}
	return p
}

// halves keeps the low 16 bits of each 32-bit half.
const halves = 0x0000FFFF0000FFFF

// wordSums sums, for each position p, the weights of the features that
// word m (its wfeat f) contributes there (see wordFeatures).
func (r *recognizer) wordSums(m *mword, f *wfeat, loc *[5]sums) {
	var buf [16]uint64
	shift := (64 - uint(r.m.bits)) & 63 // (bits is 4 or more: the mask only spares the over-shift test)
	occ, pr := r.m.occ, r.prow
	for p := -2; p <= 2; p++ {
		n := wordFeatures(m, f, p, buf[:])
		var a02, a13, a46, a57, rows uint64
		for _, f := range buf[:n] {
			i := f >> shift
			o := &occ[i>>6]
			bit := uint64(1) << (i & 63)
			if o.bits&bit == 0 {
				continue
			}
			xy := &pr[int(o.base)+bits.OnesCount64(o.bits&(bit-1))]
			x, y := xy[0], xy[1]
			a02 += x & halves
			a13 += x >> 16 & halves
			a46 += y & halves
			a57 += y >> 16 & halves
			rows++
		}
		// Each half holds its label's sum + rows*32768; a sums' half
		// holds it + sumBias.
		adj := uint64(sumBias) - rows<<15
		adj |= adj << 32
		a02, a13, a46, a57 = a02+adj, a13+adj, a46+adj, a57+adj
		const lo = 0xFFFFFFFF
		loc[p+2] = sums{a02&lo | a13<<32, a02>>32 | a13&^lo, a46&lo | a57<<32, a46>>32 | a57&^lo}
	}
}
