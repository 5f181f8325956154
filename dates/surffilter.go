package dates

import (
	"encoding/binary"
	"sync"
)

// The stream reader looks up every plain Arabic word of a text in the
// lexicon's surfaces. The signature filter of lexTab (sig: a word's length
// and a few of its letters) lets through many words that share those
// letters with a surface (a third of news words pass, a fifth are
// surfaces); a second filter over a hash of every byte of the key turns
// most of the others away, and the same hash then finds the surface in a
// flat table whose slot holds the key and its surface side by side: one
// memory read for a hit, where the lexicon's map (a string key behind a
// pointer, a pointer to the surface) takes several.

// keyHash is a hash of every byte of w, read 8 bytes at a time (the
// last 8, or two overlapping halves of a short key, read whole).
func keyHash(w []byte) uint32 {
	const m = 0x9E3779B97F4A7C15
	n := len(w)
	h := uint64(n) * m
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			h = (h ^ binary.LittleEndian.Uint64(w[i:])) * m
			h ^= h >> 29
		}
		h ^= binary.LittleEndian.Uint64(w[n-8:]) // the last 8 bytes, overlapping
	case n >= 4:
		h ^= uint64(binary.LittleEndian.Uint32(w)) | uint64(binary.LittleEndian.Uint32(w[n-4:]))<<32
	default:
		for i, b := range w {
			h ^= uint64(b) << (8 * i)
		}
	}
	h *= m
	h ^= h >> 32
	return uint32(h * m >> 32)
}

// surfKeyMax is the longest key a slot of the table holds; longer
// surfaces (none today: they are at most 26 bytes) are kept in a map.
const surfKeyMax = 28

// surfSlot is a surface in the flat table: its key and what it reads as.
type surfSlot struct {
	key [surfKeyMax]byte
	n   uint8 // len of the key; 0: an empty slot
	sf  surface
}

// surfIndex is the second filter (a bit per keyHash's top bits) and the
// flat table (open addressing by keyHash's low bits, linear probing, at
// most half full).
type surfIndex struct {
	bits  [surfBits / 64]uint64
	slots []surfSlot
	mask  uint32
	long  map[string]*surface // surfaces longer than surfKeyMax
}

// surfFilter is the lexicon's surfaces for the stream reader.
var surfFilter = sync.OnceValue(func() *surfIndex {
	surf := lexTable().surf
	x := &surfIndex{long: map[string]*surface{}}
	size := 1024
	for size < 2*len(surf) {
		size *= 2
	}
	x.slots, x.mask = make([]surfSlot, size), uint32(size-1)
	for w, sf := range surf {
		g := keyHash([]byte(w))
		x.bits[g>>(32-18)/64] |= 1 << (g >> (32 - 18) % 64)
		if len(w) > surfKeyMax {
			x.long[w] = &sf
			continue
		}
		i := g & x.mask
		for x.slots[i].n != 0 {
			i = (i + 1) & x.mask
		}
		s := &x.slots[i]
		copy(s.key[:], w)
		s.n, s.sf = uint8(len(w)), sf
	}
	return x
})

// find returns the surface of key w, or nil.
func (x *surfIndex) find(w []byte) *surface {
	g := keyHash(w)
	if b := g >> (32 - 18); x.bits[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	if len(w) > surfKeyMax {
		return x.long[string(w)]
	}
	if len(w) == 0 {
		return nil // no surface is empty, and n == 0 marks an empty slot
	}
	for i := g & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.n == 0 {
			return nil
		}
		if int(s.n) == len(w) && string(s.key[:len(w)]) == string(w) {
			return &s.sf
		}
	}
}

// findSurfaceFiltered is lex.findSurface(w) through the second filter and
// the flat table of x (surfFilter()).
func findSurfaceFiltered(lex *lexTab, x *surfIndex, w []byte) *surface {
	h := sig(w)
	if lex.sbits[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	return x.find(w)
}
