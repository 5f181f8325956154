package entities

import (
	"math/rand/v2"
	"testing"
)

// fullViterbi is the plain decoder: every predecessor of every label,
// with BIO's forbidden transitions at negInf.
func fullViterbi(em [][labelPad]int64, tr *[nLabels + 1][labelPad]int64) ([]uint8, [][labelPad]int64) {
	n := len(em)
	alpha := make([][labelPad]int64, n)
	back := make([][labelPad]uint8, n)
	var cur, nxt [labelPad]int64
	for l := range nLabels {
		cur[l] = em[0][l] + tr[nLabels][l]
	}
	alpha[0] = cur
	for i := 1; i < n; i++ {
		for l := range nLabels {
			best, arg := cur[0]+tr[0][l], 0
			for p := 1; p < nLabels; p++ {
				if s := cur[p] + tr[p][l]; s > best {
					best, arg = s, p
				}
			}
			nxt[l] = best + em[i][l]
			back[i][l] = uint8(arg)
		}
		cur = nxt
		alpha[i] = cur
	}
	best, arg := cur[0], 0
	for l := 1; l < nLabels; l++ {
		if cur[l] > best {
			best, arg = cur[l], l
		}
	}
	tags := make([]uint8, n)
	for i := n - 1; i >= 0; i-- {
		tags[i] = uint8(arg)
		arg = int(back[i][arg])
	}
	return tags, alpha
}

// TestDecodeBIOMatchesFull checks that the decoder, which looks only at
// B-X and I-X before I-X, picks the same labels as the plain decoder, on
// the real model's transitions and on random ones, with scores from a
// small range (many ties) and the range of real emissions, and that it
// never outputs I-X after anything but B-X or I-X.
func TestDecodeBIOMatchesFull(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	real := newRecognizer(DefaultModel()).trans
	for round := range 3000 {
		var trans [nLabels + 1][labelPad]int64
		span := int64(3)
		if round%2 == 1 {
			span = 2_000_000
		}
		if round%3 == 0 {
			trans = real
		} else {
			for p := range trans {
				for l := range nLabels {
					trans[p][l] = rng.Int64N(2*span+1) - span
				}
			}
		}
		tr := bioTrans(&trans)
		n := 1 + rng.IntN(40)
		em := make([][labelPad]int64, n)
		for i := range em {
			for l := range nLabels {
				em[i][l] = rng.Int64N(2*span+1) - span
			}
		}
		if round%5 == 4 {
			// One label far ahead, as on most words of real text, O
			// most often: the fast path of decodeBIO.
			for i := range em {
				l := rng.IntN(nLabels)
				if rng.IntN(2) == 0 {
					l = lblO
				}
				em[i][l] += 100 * span
			}
		}
		want, wantAlpha := fullViterbi(em, &tr)
		got := make([]uint8, n)
		alpha := make([][labelPad]int64, n)
		decodeBIO(em, &tr, make([][labelPad]uint8, n), got, alpha)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("round %d: decodeBIO %v, full decoder %v", round, got, want)
			}
			if alpha[i] != wantAlpha[i] {
				t.Fatalf("round %d: word %d: decodeBIO's forward scores %v, full decoder's %v", round, i, alpha[i], wantAlpha[i])
			}
			prev := nLabels
			if i > 0 {
				prev = int(got[i-1])
			}
			if !allowed(prev, int(got[i])) {
				t.Fatalf("round %d: label %d after %d: %v", round, got[i], prev, got)
			}
		}
	}
}

// TestWordShape checks that wordShape, which chunks inlines, is shapeOf
// for every first byte of the text, every first folded byte and every
// folded length.
func TestWordShape(t *testing.T) {
	for c := range 256 {
		s := string([]byte{byte(c), 'x'})
		for f0 := range 256 {
			for _, n := range []uint8{0, 1, 2, 6, 7, 8, maxFold, maxFold + 1, 255} {
				w := word{start: 0, end: 2, n: n}
				w.fold[0] = byte(f0)
				if got, want := wordShape(byte(c), byte(f0), n), shapeOf(s, &w); got != want {
					t.Fatalf("c %#x, f0 %#x, n %d: wordShape %d, shapeOf %d", c, f0, n, got, want)
				}
			}
		}
	}
}
