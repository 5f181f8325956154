package arnews

import (
	"hash/maphash"
	"strings"
	"sync"
)

// wordCache remembers the normalized form and stem of the words an Analyzer
// has seen, so that the frequent words of news (most tokens of an article)
// are normalized and stemmed once per process, not once per occurrence. It
// is bounded: once full it stops learning and falls back to computing.
// Keys and values are copied, so a cached entry never keeps a caller's
// document alive.
type wordCache struct {
	seed   maphash.Seed
	shards [cacheShards]cacheShard
}

const (
	cacheShards   = 64
	cachePerShard = 4096 // 256k words in all, a few tens of MB at most
	cacheMaxWord  = 64   // longer words are not cached
)

type cacheShard struct {
	mu sync.RWMutex
	m  map[string]normStem
}

type normStem struct{ norm, stem string }

func newWordCache() *wordCache {
	c := &wordCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[string]normStem, 256)
	}
	return c
}

// get returns the cached forms of w, or computes them with f and caches them
// while there is room.
func (c *wordCache) get(w string, f func(string) (norm, stem string)) (string, string) {
	if len(w) > cacheMaxWord {
		return f(w)
	}
	sh := &c.shards[maphash.String(c.seed, w)%cacheShards]
	sh.mu.RLock()
	v, ok := sh.m[w]
	full := len(sh.m) >= cachePerShard
	sh.mu.RUnlock()
	if ok {
		return v.norm, v.stem
	}
	norm, stem := f(w)
	if !full {
		v = normStem{strings.Clone(norm), strings.Clone(stem)}
		sh.mu.Lock()
		if len(sh.m) < cachePerShard {
			sh.m[strings.Clone(w)] = v
		}
		sh.mu.Unlock()
	}
	return norm, stem
}
