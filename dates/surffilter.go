package dates

import (
	"encoding/binary"
	"math/bits"
)

// Every word of a text is looked up in the lexicon's surfaces (every key
// with every clitic combination): by Find's lexer and by the stream
// reader alike, so the lookup is one of dates' hot paths, and most words
// of news are no surface. The surfaces sit in one flat table, open
// addressing by a hash of every byte of the key (keyHash), whose slot
// holds the key and its surface side by side; beside it a byte per slot
// holds a fingerprint of the hash (0: an empty slot). A word that is no
// surface costs the hash and a probe or two of the fingerprints, which
// are small enough (32 KB) to stay in cache; the slot itself is read only
// when its fingerprint matches.

// keyHash is a hash of every byte of w: a key of up to 16 bytes (most
// words) is read as two overlapping 8-byte (or 4-byte) words, multiplied
// into 128 bits; a longer one folds 16 bytes at a time (keyHashLong).
func keyHash(w []byte) uint32 {
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

// hashWords is keyHash of a key of n <= 16 bytes read as the words a, b.
func hashWords(a, b uint64, n int) uint32 {
	hi, lo := bits.Mul64(a^hashK1, b^hashK2^uint64(n))
	return uint32(hi ^ lo)
}

// The odd constants of keyHash.
const (
	hashK1 = 0x9E3779B97F4A7C15
	hashK2 = 0xD6E8FEB86659FD93
)

// keyHashLong is keyHash of a key longer than 16 bytes.
func keyHashLong(w []byte) uint32 {
	n := len(w)
	h := uint64(n)
	for i := 0; i+16 < n; i += 16 {
		hi, lo := bits.Mul64(binary.LittleEndian.Uint64(w[i:])^hashK1^h, binary.LittleEndian.Uint64(w[i+8:])^hashK2)
		h = hi ^ lo
	}
	hi, lo := bits.Mul64(binary.LittleEndian.Uint64(w[n-16:])^hashK1^h, binary.LittleEndian.Uint64(w[n-8:])^hashK2^uint64(n))
	return uint32(hi ^ lo)
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

// surfIndex is the lexicon's surfaces: a hash table (linear probing, at
// most a quarter full, so that most words that are no surface meet an
// empty place at once) of fingerprints and slot numbers, and the slots.
type surfIndex struct {
	fp    []uint8  // keyFP of the key at this place; 0: an empty place
	at    []uint16 // the key's slot (the lexicon has fewer than 1<<16: TestSurfIndex)
	slots []surfSlot
	mask  uint32
	long  map[string]*surface // surfaces longer than surfKeyMax
}

// keyFP is the fingerprint of a key of hash g: its top byte, never 0.
func keyFP(g uint32) uint8 { return uint8(g>>24) | 1 }

// newSurfIndex builds the table of the surfaces surf.
func newSurfIndex(surf map[string]surface) surfIndex {
	x := surfIndex{long: map[string]*surface{}, slots: make([]surfSlot, 0, len(surf))}
	size := 1024
	for size < 4*len(surf) {
		size *= 2
	}
	x.fp, x.at, x.mask = make([]uint8, size), make([]uint16, size), uint32(size-1)
	for w, sf := range surf {
		if len(w) > surfKeyMax {
			x.long[w] = &sf
			continue
		}
		g := keyHash([]byte(w))
		i := g & x.mask
		for x.fp[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.fp[i], x.at[i] = keyFP(g), uint16(len(x.slots))
		s := surfSlot{n: uint8(len(w)), sf: sf}
		copy(s.key[:], w)
		x.slots = append(x.slots, s)
	}
	return x
}

// find returns the surface of key w, or nil.
func (x *surfIndex) find(w []byte) *surface {
	if len(w) > surfKeyMax {
		return x.findLong(w)
	}
	g := keyHash(w)
	i := g & x.mask
	if x.fp[i] == 0 {
		return nil // most words that are no surface
	}
	return x.probe(w, i, keyFP(g))
}

// probe returns the surface of key w, whose slot is at or after i, of
// fingerprint f; or nil.
func (x *surfIndex) probe(w []byte, i uint32, f uint8) *surface {
	for ; ; i = (i + 1) & x.mask {
		switch x.fp[i] {
		case 0:
			return nil
		case f:
			if s := &x.slots[x.at[i]]; int(s.n) == len(w) && string(s.key[:len(w)]) == string(w) {
				return &s.sf
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
