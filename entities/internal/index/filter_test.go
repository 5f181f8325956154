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
			if !x.MayHave(k) {
				t.Fatalf("n=%d: key %x present, MayHave false", n, k)
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

// TestLookupProbing checks the look-up table where keys crowd: key 0 (the
// table's empty mark), runs of keys with the same first slot at the end
// of the table (their probes wrap around to its start) and at its start,
// and absent keys with the same first slots.
func TestLookupProbing(t *testing.T) {
	want := map[uint64]uint32{0: 7}
	for i := range uint64(40) {
		want[^uint64(0)-i] = uint32(100 + i) // the last slot's run
		want[1+i] = uint32(200 + i)          // the first slot's run
	}
	x := &Index{}
	for k := range want {
		x.Keys = append(x.Keys, k)
	}
	slices.Sort(x.Keys)
	for _, k := range x.Keys {
		x.Vals = append(x.Vals, want[k])
	}
	x.Prepare()
	for k, v := range want {
		if got, ok := x.Lookup(k); !ok || got != v {
			t.Fatalf("key %x: got %d %v, want %d", k, got, ok, v)
		}
	}
	for _, k := range []uint64{^uint64(0) - 40, ^uint64(0) - 100, 41, 1000} {
		if got, ok := x.Lookup(k); ok {
			t.Fatalf("absent key %x: got %d", k, got)
		}
	}
	var empty Index // not prepared: nothing is found
	if _, ok := empty.Lookup(5); ok || empty.MayHave(5) {
		t.Fatal("a key found in an index not prepared")
	}
	x = &Index{Keys: []uint64{5}, Vals: []uint32{3}}
	x.Prepare()
	if _, ok := x.Lookup(0); ok {
		t.Fatal("key 0 found in an index without it")
	}
}
