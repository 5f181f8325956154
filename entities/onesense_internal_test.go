package entities

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortByLast checks sortByLast against slices.SortStableFunc (the
// order of names with the same last word is kept: it decides which name
// one sense per text tries first), for lists of every length up to 80,
// with few distinct last words so that ties are many.
func TestSortByLast(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= 80; n++ {
		for range 50 {
			all := make([]senseName, n)
			for i := range all {
				all[i] = senseName{last: uint64(rng.IntN(5)) << 60, after: i}
			}
			want := slices.Clone(all)
			slices.SortStableFunc(want, func(a, b senseName) int { return cmp.Compare(a.last, b.last) })
			sortByLast(all)
			for i := range all {
				if all[i].last != want[i].last || all[i].after != want[i].after {
					t.Fatalf("n=%d: at %d got (%x, %d), want (%x, %d)", n, i, all[i].last, all[i].after, want[i].last, want[i].after)
				}
			}
		}
	}
}
