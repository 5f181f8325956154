package arabic

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/stem"
	"github.com/blevesearch/bleve/v2/analysis"
)

// Analyzer is the registered analyzers' implementation: Tokenizer, then
// NormalizeFilter, StopFilter and a stemmer on each token, in one pass,
// with the result for each word as written remembered (up to about 49,000
// words per analyzer, shared by all its users), so that the frequent words
// of news, most of a text, are normalized and stemmed once per process.
// It gives exactly the tokens of the chain of those filters.
//
// An Analyzer is safe for concurrent use.
type Analyzer struct {
	stem  func(string) string
	cache *termCache
}

var (
	defaultAnalyzer  = sync.OnceValue(func() *Analyzer { return &Analyzer{stem: stem.Word, cache: newTermCache()} })
	snowballAnalyzer = sync.OnceValue(func() *Analyzer { return &Analyzer{stem: stem.Arabic, cache: newTermCache()} })
)

// NewAnalyzer returns the analyzer registered as AnalyzerName: Tokenizer,
// NormalizeFilter, StopFilter and StemFilter. All calls return the same
// Analyzer.
func NewAnalyzer() *Analyzer { return defaultAnalyzer() }

// NewSnowballAnalyzer returns the analyzer registered as
// SnowballAnalyzerName: Tokenizer, NormalizeFilter, StopFilter and
// SnowballFilter. All calls return the same Analyzer.
func NewSnowballAnalyzer() *Analyzer { return snowballAnalyzer() }

// Analyze returns the tokens of input: their terms are stems of the
// search forms, their offsets those of the words in input.
func (a *Analyzer) Analyze(input []byte) analysis.TokenStream {
	tb := newTokenBuilder(input)
	var buf []byte // the terms that are not the word itself, one after the other
	for sp := range spans(input) {
		word := input[sp.start:sp.end:sp.end]
		term, drop := a.cache.get(word, a.term)
		if drop {
			tb.skip()
			continue
		}
		if string(term) == string(word) {
			tb.add(sp.start, sp.end, sp.typ, word)
			continue
		}
		if cap(buf)-len(buf) < len(term) {
			buf = make([]byte, 0, max(len(input)/4, 2*len(term), 64))
		}
		start := len(buf)
		buf = append(buf, term...)
		tb.add(sp.start, sp.end, sp.typ, buf[start:len(buf):len(buf)])
	}
	return tb.out
}

// term computes the term of word, or reports that the word is dropped (a
// function word, or nothing once normalized).
func (a *Analyzer) term(word []byte) (string, bool) {
	n := normalize.Search.Append(nil, word)
	for i, c := range n {
		if 'A' <= c && c <= 'Z' {
			n[i] = c + 'a' - 'A'
		}
	}
	if len(n) == 0 || stopWords[string(n)] {
		return "", true
	}
	s := unsafe.String(unsafe.SliceData(n), len(n))
	if !hasArabic(n) {
		return s, false
	}
	return a.stem(s), false
}

// termCache remembers the term of each word as written, in one flat
// open-addressing table whose slots hold the word and its term inline, so
// that a look-up reads one place in memory. Goroutines read it without
// locks: a writer claims an empty slot by setting its hash to claimed with
// compare-and-swap, writes the entry, then publishes it by storing its
// hash; a reader reads an entry only after loading its published hash.
// Once three quarters full the table stops learning, and new words are
// computed each time.
type termCache struct {
	seed  maphash.Seed
	slots []termSlot
	n     atomic.Int64
}

type termSlot struct {
	hash       atomic.Uint64 // 0: empty; claimed: being written
	wlen, tlen uint8
	drop       bool
	data       [2 * termMaxWord]byte // the word, then the term
}

// claimed marks a slot being written; published hashes are odd.
const claimed = 2

func (e *termSlot) word() []byte { return e.data[:e.wlen] }
func (e *termSlot) term() []byte { return e.data[e.wlen : int(e.wlen)+int(e.tlen)] }

const (
	termSlots   = 1 << 16
	termMaxWord = 48 // longer words, and words with longer terms, are not remembered
	termProbes  = 8
	termLimit   = termSlots * 3 / 4
)

func newTermCache() *termCache {
	return &termCache{seed: maphash.MakeSeed(), slots: make([]termSlot, termSlots)}
}

// get returns the term of word, computing it with f when it is not known.
// The term may be the cache's memory: the caller copies it.
func (c *termCache) get(word []byte, f func([]byte) (string, bool)) ([]byte, bool) {
	if len(word) > termMaxWord {
		t, drop := f(word)
		return []byte(t), drop
	}
	h := maphash.Bytes(c.seed, word) | 1 // odd: never 0 nor claimed
	i := h & (termSlots - 1)
	for range termProbes {
		sl := &c.slots[i]
		switch sl.hash.Load() {
		case h:
			if string(sl.word()) == string(word) {
				return sl.term(), sl.drop
			}
		case 0:
			return c.add(sl, h, word, f)
		}
		i = (i + 1) & (termSlots - 1)
	}
	t, drop := f(word)
	return []byte(t), drop
}

// add computes the term of word and stores it in the empty slot sl while
// the table has room.
func (c *termCache) add(sl *termSlot, h uint64, word []byte, f func([]byte) (string, bool)) ([]byte, bool) {
	term, drop := f(word)
	if len(term) > termMaxWord || c.n.Load() >= termLimit {
		return []byte(term), drop
	}
	if c.n.Add(1) > termLimit {
		c.n.Add(-1)
		return []byte(term), drop
	}
	if !sl.hash.CompareAndSwap(0, claimed) {
		c.n.Add(-1) // another goroutine took the slot
		return []byte(term), drop
	}
	sl.wlen, sl.tlen, sl.drop = uint8(len(word)), uint8(len(term)), drop
	copy(sl.data[copy(sl.data[:], word):], term)
	sl.hash.Store(h)
	return []byte(term), drop
}
