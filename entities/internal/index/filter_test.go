package index

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLookupFilter checks Lookup, with its filter in front, against a
// map: every key of indexes of several sizes (up to 2 per filter bit on
// average) is found with its val, and random absent keys, keys that
// differ from a present one in one bit, and keys that share a present
// one's filter bits are not found.
func TestLookupFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 17))
	for _, n := range []int{1, 100, 40_000, 1 << 20} {
		want := map[uint64]uint32{}
		x := &Index{}
		for len(want) < n {
			k := rng.Uint64()
			if _, ok := want[k]; ok {
				continue
			}
			want[k] = uint32(len(want))
			x.Keys = append(x.Keys, k)
		}
		slices.Sort(x.Keys)
		x.Vals = make([]uint32, len(x.Keys))
		for i, k := range x.Keys {
			x.Vals[i] = want[k]
		}
		x.Prepare()
		for k, v := range want {
			if got, ok := x.Lookup(k); !ok || got != v {
				t.Fatalf("n=%d: key %x: got %d %v, want %d", n, k, got, ok, v)
			}
		}
		absent := 0
		for i := 0; i < 60_000; i++ {
			var k uint64
			switch i % 3 {
			case 0:
				k = rng.Uint64()
			case 1:
				k = x.Keys[rng.IntN(len(x.Keys))] ^ 1<<rng.IntN(64)
			default: // same top bits as a present key
				k = x.Keys[rng.IntN(len(x.Keys))] ^ rng.Uint64()>>filterBits
			}
			v, inMap := want[k]
			got, ok := x.Lookup(k)
			if ok != inMap || ok && got != v {
				t.Fatalf("n=%d: key %x: got %d %v, want %d %v", n, k, got, ok, v, inMap)
			}
			if !inMap {
				absent++
			}
		}
		if absent < 55_000 {
			t.Fatalf("n=%d: only %d absent keys tried", n, absent)
		}
	}
}
