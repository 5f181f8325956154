package entities

import (
	"math/rand/v2"
	"testing"
	"unsafe"
)

// TestSums checks that nine packed sums added together unpack to the
// scores added one by one, at the extremes of the range a stored sum can
// take (16 int16 weights).
func TestSums(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const lim = 16 * 32768
	for round := range 20000 {
		var want [labelPad]int64
		var a0, a1, a2, a3 uint64
		for range 9 {
			var e [labelPad]int32
			for l := range nLabels {
				switch round % 4 {
				case 0:
					e[l] = -lim
				case 1:
					e[l] = lim - 1
				default:
					e[l] = int32(r.IntN(2*lim) - lim)
				}
				want[l] += int64(e[l])
			}
			s := packSums(&e)
			a0, a1, a2, a3 = a0+s[0], a1+s[1], a2+s[2], a3+s[3]
		}
		var got [labelPad]int64
		unpackSums(a0, a1, a2, a3, 9, &got)
		if got != want {
			t.Fatalf("round %d: %v, want %v", round, got, want)
		}
	}
}

// TestCacheEntrySize: three cache lines (see cacheEntry and lookAhead). On
// a 32-bit platform a uint64 aligns to 4 bytes, so the entry may be
// smaller there, but not larger.
func TestCacheEntrySize(t *testing.T) {
	n := unsafe.Sizeof(cacheEntry{})
	if n != 192 && !(unsafe.Sizeof(uintptr(0)) == 4 && n < 192) {
		t.Fatalf("cacheEntry is %d bytes, want 192", n)
	}
}

// TestMwordSize: a chunk's word stays 48 bytes on a 64-bit platform (see
// mword: what only the word's sums need is in its wfeat).
func TestMwordSize(t *testing.T) {
	if n := unsafe.Sizeof(mword{}); n > 48 {
		t.Fatalf("mword is %d bytes, want 48 at most", n)
	}
}
