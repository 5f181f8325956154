package arnews

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// wordCache remembers the search form and stem of the words an Analyzer has
// seen, so that the frequent words of news (most tokens of an article) are
// normalized and stemmed once per process, not once per occurrence.
//
// It is an open-addressing hash table of immutable entries that goroutines
// read without locks and fill with compare-and-swap. It is bounded: once
// three quarters full it stops learning and new words are computed each
// time. Entries hold copies, so the cache never keeps a caller's text
// alive.
type wordCache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[cacheEntry]
	n     atomic.Int64
}

type cacheEntry struct {
	hash             uint64
	word, norm, stem string
}

const (
	cacheSlots   = 1 << 16 // 512 KB of slots; up to 49k words
	cacheMaxWord = 64      // longer words are not cached
	cacheProbes  = 8
	cacheLimit   = cacheSlots * 3 / 4
)

func newWordCache() *wordCache {
	return &wordCache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[cacheEntry], cacheSlots)}
}

// get returns the cached forms of w, or computes them with f and caches them
// while there is room.
func (c *wordCache) get(w string, f func(string) (norm, stem string)) (string, string) {
	if len(w) > cacheMaxWord {
		return f(w)
	}
	h := maphash.String(c.seed, w)
	i := h & (cacheSlots - 1)
	for p := 0; p < cacheProbes; p++ {
		e := c.slots[i].Load()
		if e == nil {
			norm, stem := f(w)
			// Reserve room first, so that the bound holds with many writers.
			if c.n.Load() < cacheLimit {
				if c.n.Add(1) > cacheLimit {
					c.n.Add(-1)
				} else if ne := (&cacheEntry{hash: h, word: strings.Clone(w), norm: strings.Clone(norm), stem: strings.Clone(stem)}); !c.slots[i].CompareAndSwap(nil, ne) {
					c.n.Add(-1)
				}
			}
			return norm, stem
		}
		if e.hash == h && e.word == w {
			return e.norm, e.stem
		}
		i = (i + 1) & (cacheSlots - 1)
	}
	return f(w)
}
