package entities

import (
	"math/rand/v2"
	"testing"
)

// TestWordSumsPacked checks wordSums, which adds four weights at once
// (see packedRows), against adding each label's weights one by one, on
// a model whose every row is kept and holds the extreme weights (-32768,
// 32767) as well as random ones, so that every feature of a word hits a
// row.
func TestWordSumsPacked(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 20 {
		m := &Model{bits: 8}
		for i := range 1 << m.bits {
			var w [labelPad]int16
			for l := range nLabels {
				switch x := rng.IntN(4); {
				case round%2 == 0 && x == 0:
					w[l] = -32768
				case round%2 == 0 && x == 1:
					w[l] = 32767
				case x < 3:
					w[l] = int16(rng.IntN(65536) - 32768)
				}
			}
			m.keepRow(i, w[:])
		}
		m.countRows()
		r := &recognizer{m: m, prow: packedRows(m)}
		for range 200 {
			mw := mword{h: rng.Uint64(), core: rng.Uint64(), lex: uint8(rng.IntN(32))}
			wf := wfeat{cue: uint8(rng.IntN(4)), clus: rng.Uint32(), cclus: rng.Uint32(),
				suf: [3]uint64{rng.Uint64(), rng.Uint64(), rng.Uint64()}, pre: [2]uint64{rng.Uint64(), rng.Uint64()}}
			var got [5]sums
			r.wordSums(&mw, &wf, &got)
			var buf [16]uint64
			for p := -2; p <= 2; p++ {
				var e [labelPad]int32
				for _, f := range buf[:wordFeatures(&mw, &wf, p, buf[:])] {
					for l := range nLabels {
						e[l] += int32(m.weight(f>>(64-uint(m.bits)), l))
					}
				}
				if want := packSums(&e); got[p+2] != want {
					t.Fatalf("round %d, position %d: wordSums %x, one by one %x", round, p, got[p+2], want)
				}
			}
		}
	}
}
