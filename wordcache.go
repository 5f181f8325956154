package arnews

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/arnews/arnews/tokenize"
)

// wordCache remembers the search form and stem of the words an Analyzer has
// seen, so that the frequent words of news (most tokens of an article) are
// normalized and stemmed once per process, not once per occurrence.
//
// It is flat, to cost few memory reads per word: an open-addressing table
// of 64-bit slots (a tag of the word's hash and where its record is) over an
// arena of byte chunks, in which a record holds the word, its search form
// and its stem one after the other (so that a hit reads one slot and,
// mostly, one cache line of the arena). Records are written once, under a
// mutex, before their slot is published with an atomic store; readers take
// no lock. The cache is bounded (cacheLimit words, arenaChunks chunks):
// once full it stops learning and new words are computed each time. Records
// hold copies, so the cache never keeps a caller's text alive, and the
// strings it returns point into chunks that never change.
type wordCache struct {
	seed   maphash.Seed
	slots  []atomic.Uint64 // hash>>32 << 32 | arena offset+1; 0: empty
	chunks [arenaChunks]atomic.Pointer[[chunkSize]byte]
	mu     sync.Mutex // held to add a record
	off    int        // the arena's next free offset, under mu
	n      atomic.Int64
}

const (
	cacheSlots   = 1 << 16 // 512 KB of slots
	cacheMaxWord = 64      // longer words are not cached
	cacheProbes  = 8
	cacheLimit   = cacheSlots * 3 / 4 // up to 49k words
	chunkBits    = 16
	chunkSize    = 1 << chunkBits
	arenaChunks  = 64 // 4 MB of records at most
	sameNorm     = 0xFF
)

// A record is [len(word)][len(norm) or sameNorm][len(stem)] word norm stem;
// norm is left out when it is the word itself.

func newWordCache() *wordCache {
	return &wordCache{seed: maphash.MakeSeed(), slots: make([]atomic.Uint64, cacheSlots)}
}

// get returns the cached forms of w, or computes them with f and caches them
// while there is room.
func (c *wordCache) get(w string, f func(string) (norm, stem string)) (string, string) {
	if len(w) > cacheMaxWord {
		return f(w)
	}
	return c.getHash(w, maphash.String(c.seed, w), f)
}

// getHash is get of a word of at most cacheMaxWord bytes whose hash is h.
func (c *wordCache) getHash(w string, h uint64, f func(string) (norm, stem string)) (string, string) {
	tag := h >> 32 << 32
	i := h & (cacheSlots - 1)
	for p := 0; p < cacheProbes; p++ {
		s := c.slots[i].Load()
		if s == 0 {
			return c.add(w, h, f)
		}
		if s&^(1<<32-1) == tag {
			if norm, stem, ok := c.record(uint32(s)-1, w); ok {
				return norm, stem
			}
		}
		i = (i + 1) & (cacheSlots - 1)
	}
	return f(w)
}

// fill sets Norm and Stem of the Word tokens of toks from the cache, with f
// for the words it does not hold. It looks words up in blocks: the slots
// of a block's words are read first, then their records, then compared, so
// that the memory reads of many words are in flight at once rather than one
// word after the other (the hashes first, so that the loop of slot reads is
// short enough for the processor to run many of its iterations ahead).
func (c *wordCache) fill(toks []Token, f func(string) (norm, stem string)) {
	const block = 32
	var (
		idx  [block]int32
		hs   [block]uint64
		ss   [block]uint64
		lens [block]byte
	)
	for i := 0; i < len(toks); {
		n := 0
		for ; i < len(toks) && n < block; i++ {
			if t := &toks[i]; t.Kind == tokenize.Word {
				if len(t.Text) > cacheMaxWord {
					t.Norm, t.Stem = f(t.Text)
					continue
				}
				idx[n], hs[n] = int32(i), maphash.String(c.seed, t.Text)
				n++
			}
		}
		for j := 0; j < n; j++ { // a tight loop: many loads in flight
			ss[j] = c.slots[hs[j]&(cacheSlots-1)].Load()
		}
		for j := 0; j < n; j++ { // the first byte of each record
			if s := ss[j]; s != 0 && s>>32 == hs[j]>>32 {
				off := uint32(s) - 1
				lens[j] = c.chunks[off>>chunkBits].Load()[off&(chunkSize-1)]
			}
		}
		for j := 0; j < n; j++ {
			t := &toks[idx[j]]
			if s := ss[j]; s != 0 && s>>32 == hs[j]>>32 && int(lens[j]) == len(t.Text) {
				if norm, stem, ok := c.record(uint32(s)-1, t.Text); ok {
					t.Norm, t.Stem = norm, stem
					continue
				}
			}
			t.Norm, t.Stem = c.getHash(t.Text, hs[j], f)
		}
	}
}

// record returns the forms in the record at arena offset off when its word
// is w.
func (c *wordCache) record(off uint32, w string) (norm, stem string, ok bool) {
	ch := c.chunks[off>>chunkBits].Load()
	r := ch[off&(chunkSize-1):]
	lw, ln, ls := int(r[0]), int(r[1]), int(r[2])
	if lw != len(w) || len(r) < 3+lw || string(r[3:3+lw]) != w {
		return "", "", false
	}
	word := bytesString(r[3 : 3+lw])
	r = r[3+lw:]
	if ln == sameNorm {
		norm = word
	} else {
		norm, r = bytesString(r[:ln]), r[ln:]
	}
	return norm, bytesString(r[:ls]), true
}

// bytesString returns b as a string without copying: b is part of a chunk
// that never changes once its record is published.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// add computes the forms of w and stores them while there is room.
func (c *wordCache) add(w string, h uint64, f func(string) (string, string)) (string, string) {
	norm, stem := f(w)
	ln := len(norm)
	if norm == w {
		ln = 0
	}
	size := 3 + len(w) + ln + len(stem)
	if c.n.Load() >= cacheLimit || ln >= sameNorm || len(stem) > 0xFF {
		return norm, stem
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	tag := h >> 32 << 32
	i := h & (cacheSlots - 1)
	for p := 0; ; p++ {
		if p == cacheProbes {
			return norm, stem
		}
		s := c.slots[i].Load()
		if s == 0 {
			break
		}
		if s&^(1<<32-1) == tag {
			if n, st, ok := c.record(uint32(s)-1, w); ok {
				return n, st // another goroutine stored it meanwhile
			}
		}
		i = (i + 1) & (cacheSlots - 1)
	}
	if c.n.Load() >= cacheLimit {
		return norm, stem
	}
	off := c.off
	if off&(chunkSize-1)+size > chunkSize { // records do not cross chunks
		off = (off>>chunkBits + 1) << chunkBits
	}
	k := off >> chunkBits
	if k >= arenaChunks {
		return norm, stem
	}
	ch := c.chunks[k].Load()
	if ch == nil {
		ch = new([chunkSize]byte)
		c.chunks[k].Store(ch)
	}
	r := ch[off&(chunkSize-1):]
	r[0], r[1], r[2] = byte(len(w)), byte(ln), byte(len(stem))
	if norm == w {
		r[1] = sameNorm
	}
	n := 3 + copy(r[3:], w)
	n += copy(r[n:], norm[:ln])
	copy(r[n:], stem)
	c.off = off + size
	c.n.Add(1)
	c.slots[i].Store(tag | uint64(off+1))
	return norm, stem
}
