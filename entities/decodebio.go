package entities

// decodeBIO is viterbi with the transitions already masked by bioTrans
// (the recognizer masks its transitions once, not per sentence). It is
// written out for the seven labels, the scores of the previous word in
// variables: for O and B-X every label may come before (seven sums), for
// I-X only B-X and I-X (the others score about negInf, far below B-X,
// so the best of these two is the best of all). Ties keep the first
// predecessor in label order, as the plain decoder does (see
// TestDecodeBIOMatchesFull). When alpha is not nil, alpha[i][l] is set to
// the best score of words 0..i with label l at i (the margins of
// precision.go read it).
func decodeBIO(em [][labelPad]int64, tr *[nLabels + 1][labelPad]int64, back [][labelPad]uint8, tags []uint8, alpha [][labelPad]int64) {
	decodeSpread(em, tr, bioSpread(tr), back, tags, alpha)
}

// bioSpread is how much more any label's transition into O or a B-X
// scores than O's own, at least 0 (see decodeSpread); the recognizer
// keeps it with its transitions.
func bioSpread(tr *[nLabels + 1][labelPad]int64) int64 {
	spread := int64(0)
	for _, l := range [...]int{0, 1, 3, 5} {
		for p := 1; p < nLabels; p++ {
			spread = max(spread, tr[p][l]-tr[0][l])
		}
	}
	return spread
}

// decodeSpread is decodeBIO with tr's bioSpread given.
func decodeSpread(em [][labelPad]int64, tr *[nLabels + 1][labelPad]int64, spread int64, back [][labelPad]uint8, tags []uint8, alpha [][labelPad]int64) {
	n := len(em)
	if n == 0 {
		return
	}
	back = back[:n]
	s := &tr[nLabels]
	c0, c1, c2, c3, c4, c5, c6 := em[0][0]+s[0], em[0][1]+s[1], em[0][2]+s[2], em[0][3]+s[3], em[0][4]+s[4], em[0][5]+s[5], em[0][6]+s[6]
	t0 := &tr[0]
	if alpha != nil {
		alpha = alpha[:n]
		alpha[0] = [labelPad]int64{c0, c1, c2, c3, c4, c5, c6}
	}
	// (spread: how much more any label's transition into O or a B-X
	// scores than O's own; see below.)
	for i := 1; i < n; i++ {
		e, b := &em[i], &back[i]
		var n0, n1, n3, n5 int64
		if c0-max(c1, c2, c3, c4, c5, c6) > spread {
			// O leads every other label p by more than spread:
			// c[p] + tr[p][l] < c0 + tr[0][l] for O and every B-X l, so
			// O is their best predecessor, alone (no tie), as the search
			// below would find. So it is on most words.
			n0, n1, n3, n5 = c0+t0[0]+e[0], c0+t0[1]+e[1], c0+t0[3]+e[3], c0+t0[5]+e[5]
			b[0], b[1], b[3], b[5] = 0, 0, 0, 0
		} else {
			c := [nLabels]int64{c0, c1, c2, c3, c4, c5, c6}
			n0, n1, n3, n5 = decodeOB(&c, tr, e, b)
		}
		best, arg := c1+tr[1][2], uint8(1)
		if x := c2 + tr[2][2]; x > best {
			best, arg = x, 2
		}
		n2 := best + e[2]
		b[2] = arg
		best, arg = c3+tr[3][4], 3
		if x := c4 + tr[4][4]; x > best {
			best, arg = x, 4
		}
		n4 := best + e[4]
		b[4] = arg
		best, arg = c5+tr[5][6], 5
		if x := c6 + tr[6][6]; x > best {
			best, arg = x, 6
		}
		n6 := best + e[6]
		b[6] = arg
		c0, c1, c2, c3, c4, c5, c6 = n0, n1, n2, n3, n4, n5, n6
		if alpha != nil {
			a := &alpha[i]
			a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7] = c0, c1, c2, c3, c4, c5, c6, 0
		}
	}
	cur := [nLabels]int64{c0, c1, c2, c3, c4, c5, c6}
	best, arg := cur[0], 0
	for l := 1; l < nLabels; l++ {
		if cur[l] > best {
			best, arg = cur[l], l
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = uint8(arg)
		arg = int(back[i][arg])
	}
}

// The decoder above is written for these labels.
var _ = [1]struct{}{}[nLabels-7]

// decodeOB is decodeBIO's search of the best predecessor of O and of each
// B-X, in which every label may come before: it returns the new scores of
// labels 0, 1, 3 and 5 (with e's) and sets their back pointers in b.
func decodeOB(c *[nLabels]int64, tr *[nLabels + 1][labelPad]int64, e *[labelPad]int64, b *[labelPad]uint8) (n0, n1, n3, n5 int64) {
	var n [4]int64
	for k, l := range [4]int{0, 1, 3, 5} {
		best, arg := c[0]+tr[0][l], uint8(0)
		for p := 1; p < nLabels; p++ {
			if x := c[p] + tr[p][l]; x > best { // strictly: ties keep the first
				best, arg = x, uint8(p)
			}
		}
		n[k] = best + e[l]
		b[l] = arg
	}
	return n[0], n[1], n[2], n[3]
}
