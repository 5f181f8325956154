package dates

import (
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
)

// Every word of a text is looked up in the lexicon's surfaces (every key
// with every clitic combination): by Find's lexer and by the stream
// reader alike, so the lookup is one of dates' hot paths, and most words
// of news are no surface. Inside the arnews Analyzer the tables are cold
// (the recognizer's tables pass through the cache between two articles),
// so what a lookup costs is mostly how many cache lines it touches:
//
//   - a filter of 16 KB (a blocked Bloom filter: two bits of one 64-bit
//     word, both chosen by bits of the key's hash, keyHash), set for the
//     surfaces: about 24 words in 25 that are no surface stop here;
//   - a table of places (open addressing by the hash's low bits, linear
//     probing, under half full), each the number of its surface's slot and
//     a fingerprint of the hash, in 4 bytes;
//   - the slots: a surface's key and what it reads as, ordered by key
//     length, so that the short keys, which are the frequent words (في،
//     من، على، أن، الذي), share a few cache lines.

// keyHash is a hash of every byte of w: a key of up to 16 bytes (most
// words) is read as two overlapping 8-byte (or 4-byte) words, multiplied
// into 128 bits; a longer one folds 16 bytes at a time (keyHashLong).
func keyHash(w []byte) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n > 16:
		return keyHashLong(w)
	case n > 0:
		a, b, _ = shortKeyWords(w)
	}
	return hashWords(a, b, n)
}

// shortKeyWords reads a key w of 1 to 16 bytes as two words: its first and
// last 8 bytes (overlapping), or 4, or its first, middle and last byte.
func shortKeyWords(w []byte) (a, b uint64, n int) {
	n = len(w)
	switch {
	case n >= 8:
		return binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[n-8:]), n
	case n >= 4:
		return uint64(binary.LittleEndian.Uint32(w)), uint64(binary.LittleEndian.Uint32(w[n-4:])), n
	}
	return uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1]), 0, n
}

// firstByte returns the first byte of the key that shortKeyWords read as
// a (of n bytes).
func firstByte(a uint64, n int) byte {
	if n >= 4 {
		return byte(a)
	}
	return byte(a >> 16)
}

// hashWords is keyHash of a key of n <= 16 bytes read as the words a, b.
func hashWords(a, b uint64, n int) uint64 {
	hi, lo := bits.Mul64(a^hashK1, b^hashK2^uint64(n))
	return hi ^ lo
}

// The odd constants of keyHash.
const (
	hashK1 = 0x9E3779B97F4A7C15
	hashK2 = 0xD6E8FEB86659FD93
)

// keyHashLong is keyHash of a key longer than 16 bytes.
func keyHashLong(w []byte) uint64 {
	n := len(w)
	h := uint64(n)
	for i := 0; i+16 < n; i += 16 {
		hi, lo := bits.Mul64(binary.LittleEndian.Uint64(w[i:])^hashK1^h, binary.LittleEndian.Uint64(w[i+8:])^hashK2)
		h = hi ^ lo
	}
	hi, lo := bits.Mul64(binary.LittleEndian.Uint64(w[n-16:])^hashK1^h, binary.LittleEndian.Uint64(w[n-8:])^hashK2^uint64(n))
	return hi ^ lo
}

// surfKeyMax is the longest key a slot of the table holds; longer
// surfaces (none today: they are at most 26 bytes) are kept in a map.
const surfKeyMax = 28

// surfSlot is a surface in the flat table: its key and what it reads as.
type surfSlot struct {
	key [surfKeyMax]byte
	n   uint8 // len of the key
	sf  surface
}

// surfIndex is the lexicon's surfaces: the filter, the places and the
// slots (see above).
type surfIndex struct {
	filter [1 << 11]uint64
	place  []uint32 // slot number + 1 << 8 | keyFP; 0: an empty place
	slots  []surfSlot
	mask   uint32
	long   map[string]*surface // surfaces longer than surfKeyMax
}

// keyFP is the fingerprint of a key of hash g in its place (bits of g
// that neither the filter nor the place number use).
func keyFP(g uint64) uint32 { return uint32(g>>32) & 0xFF }

// filterBits returns the filter's word and bits for a key of hash g: the
// word by the top 11 bits, two bits of it by bits 40-45 and 46-51.
func filterBits(g uint64) (uint64, uint64) {
	return g >> (64 - 11), 1<<(g>>40&63) | 1<<(g>>46&63)
}

// filterHas reports whether the filter lets a key of hash g through.
func (x *surfIndex) filterHas(g uint64) bool {
	w, b := filterBits(g)
	return x.filter[w]&b == b
}

// newSurfIndex builds the table of the surfaces surf.
func newSurfIndex(surf map[string]surface) surfIndex {
	x := surfIndex{long: map[string]*surface{}}
	keys := make([]string, 0, len(surf))
	for w := range surf {
		if len(w) > surfKeyMax {
			sf := surf[w]
			x.long[w] = &sf
		} else {
			keys = append(keys, w)
		}
		g := keyHash([]byte(w))
		fw, fb := filterBits(g)
		x.filter[fw] |= fb
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	size := 1024
	for size < 2*len(keys) {
		size *= 2
	}
	x.place, x.mask = make([]uint32, size), uint32(size-1)
	x.slots = make([]surfSlot, len(keys))
	for n, w := range keys {
		g := keyHash([]byte(w))
		i := uint32(g) & x.mask
		for x.place[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.place[i] = uint32(n+1)<<8 | keyFP(g)
		s := &x.slots[n]
		copy(s.key[:], w)
		s.n, s.sf = uint8(len(w)), surf[w]
	}
	return x
}

// find returns the surface of key w, or nil.
func (x *surfIndex) find(w []byte) *surface {
	g := keyHash(w)
	if !x.filterHas(g) {
		return nil // most words that are no surface
	}
	if len(w) > surfKeyMax {
		return x.findLong(w)
	}
	return x.probe(w, g)
}

// probe returns the surface of key w, of hash g, from the places; or nil.
func (x *surfIndex) probe(w []byte, g uint64) *surface {
	f := keyFP(g)
	for i := uint32(g) & x.mask; ; i = (i + 1) & x.mask {
		v := x.place[i]
		if v == 0 {
			return nil
		}
		if v&0xFF == f {
			if s := &x.slots[v>>8-1]; int(s.n) == len(w) && string(s.key[:len(w)]) == string(w) {
				return &s.sf
			}
		}
	}
}

// slotOf is probe giving the surface's slot number, or -1.
func (x *surfIndex) slotOf(w []byte, g uint64) int {
	f := keyFP(g)
	for i := uint32(g) & x.mask; ; i = (i + 1) & x.mask {
		v := x.place[i]
		if v == 0 {
			return -1
		}
		if v&0xFF == f {
			if n := int(v>>8 - 1); int(x.slots[n].n) == len(w) && string(x.slots[n].key[:len(w)]) == string(w) {
				return n
			}
		}
	}
}

// findLong is find for a key longer than surfKeyMax.
func (x *surfIndex) findLong(w []byte) *surface {
	if len(x.long) == 0 {
		return nil
	}
	return x.long[string(w)]
}
