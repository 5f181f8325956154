package entities

import (
	"math/rand/v2"
	"testing"
)

// TestPackedRows checks that the packed feature table gives every row of
// the dense table it was made from, empty rows included, and that
// eachRow visits exactly the rows with a weight, in order.
func TestPackedRows(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, bits := range []int{4, 6, 10, 12} {
		for _, fill := range []float64{0, 0.05, 0.5, 1} {
			rows := 1 << bits
			w := make([]int16, rows*labelPad)
			want := 0
			for i := range rows {
				if r.Float64() < fill {
					w[i*labelPad+r.IntN(nLabels)] = int16(r.IntN(65535)-32767) | 1
					want++
				}
			}
			m := &Model{bits: uint8(bits)}
			m.packRows(w)
			for i := range rows {
				for l := range nLabels {
					if got := m.weight(uint64(i), l); got != w[i*labelPad+l] {
						t.Fatalf("bits %d fill %v: row %d label %d: %d, want %d", bits, fill, i, l, got, w[i*labelPad+l])
					}
				}
			}
			last, n := -1, 0
			m.eachRow(func(i int, row []int16) {
				if i <= last || !rowNonzero(row) {
					t.Fatalf("bits %d fill %v: row %d after %d (%v)", bits, fill, i, last, row)
				}
				last = i
				n++
			})
			if n != want {
				t.Fatalf("bits %d fill %v: %d rows visited, want %d", bits, fill, n, want)
			}
		}
	}
}
