package arabic

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/stem"
	"github.com/arnews/arnews/tokenize"
	"github.com/blevesearch/bleve/v2/analysis"
)

// Analyzer is the registered analyzers' implementation: Tokenizer, then
// NormalizeFilter, StopFilter and a stemmer on each token, in one pass,
// with the result for each word as written remembered (up to about 49,000
// words per analyzer, shared by all its users), so that the frequent words
// of news, most of a text, are normalized and stemmed once per process.
// It gives exactly the tokens of the chain of those filters.
//
// An Analyzer is safe for concurrent use. The zero Analyzer is the one
// NewAnalyzer returns.
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
	if a == nil || a.cache == nil {
		a = defaultAnalyzer()
	}
	st := analysisState{tb: newTokenBuilder(input), input: input}
	for sp := range tokenize.AllBytes(input) {
		switch sp.Kind {
		case tokenize.Word, tokenize.URL, tokenize.Email:
			a.queue(&st, sp.Start, sp.End, analysis.AlphaNumeric)
		case tokenize.Number:
			a.queue(&st, sp.Start, sp.End, analysis.Numeric)
		case tokenize.Hashtag, tokenize.Mention:
			for w := range tagWords(input, sp.Start, sp.End) {
				a.queue(&st, w.start, w.end, w.typ)
			}
		}
	}
	a.flush(&st)
	return st.tb.out
}

// analysisState is what Analyze builds. Words wait in a small batch, so
// that the cache slots of a batch are read from memory together, not one
// after the other (most of a look-up is the wait for its slot).
type analysisState struct {
	tb    *tokenBuilder
	input []byte
	buf   []byte // the terms that are not the word itself, one after the other
	batch [analysisBatch]struct {
		span
		hash uint64
	}
	n int
}

const analysisBatch = 16

// queue adds the word input[start:end] to the batch.
func (a *Analyzer) queue(st *analysisState, start, end int, typ analysis.TokenType) {
	st.batch[st.n].span = span{start, end, typ}
	st.n++
	if st.n == analysisBatch {
		a.flush(st)
	}
}

// flush makes the tokens of the batch.
func (a *Analyzer) flush(st *analysisState) {
	b := st.batch[:st.n]
	st.n = 0
	var touch uint64
	for i := range b {
		b[i].hash = a.cache.hash(st.input[b[i].start:b[i].end])
		touch += a.cache.peek(b[i].hash) // independent loads: their waits overlap
	}
	_ = touch
	for i := range b {
		a.add(st, b[i].start, b[i].end, b[i].typ, b[i].hash)
	}
}

// add adds the token of the word input[start:end] whose cache hash is h,
// unless it is dropped.
func (a *Analyzer) add(st *analysisState, start, end int, typ analysis.TokenType, h uint64) {
	word := st.input[start:end:end]
	term, drop := a.cache.get(word, h, a.term)
	if drop {
		st.tb.skip()
		return
	}
	if string(term) == string(word) {
		st.tb.add(start, end, typ, word)
		return
	}
	if cap(st.buf)-len(st.buf) < len(term) {
		st.buf = make([]byte, 0, max(len(st.input)/4, 2*len(term), 64))
	}
	n := len(st.buf)
	st.buf = append(st.buf, term...)
	st.tb.add(start, end, typ, st.buf[n:len(st.buf):len(st.buf)])
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
// open-addressing table whose slots hold the word and its term inline in
// one cache line (words whose word and term take more than 53 bytes, a
// few in a thousand, are computed each time), so that a look-up reads one
// line of memory. Goroutines read it without
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
	data       [termData]byte // the word, then the term
}

// claimed marks a slot being written; published hashes are odd.
const claimed = 2

func (e *termSlot) word() []byte { return e.data[:e.wlen] }
func (e *termSlot) term() []byte { return e.data[e.wlen : int(e.wlen)+int(e.tlen)] }

const (
	termSlots  = 1 << 16
	termData   = 64 - 8 - 3 // a slot is one cache line
	termProbes = 8
	termLimit  = termSlots * 3 / 4
)

func newTermCache() *termCache {
	return &termCache{seed: maphash.MakeSeed(), slots: make([]termSlot, termSlots)}
}

// hash returns the cache hash of word: odd, so never 0 nor claimed; 0
// for a word too long to be remembered.
func (c *termCache) hash(word []byte) uint64 {
	if len(word) > termData {
		return 0
	}
	return maphash.Bytes(c.seed, word) | 1
}

// peek reads the first slot of hash h, to bring it from memory.
func (c *termCache) peek(h uint64) uint64 {
	return c.slots[h&(termSlots-1)].hash.Load()
}

// get returns the term of word, whose hash is h, computing it with f when
// it is not known. The term may be the cache's memory: the caller copies
// it.
func (c *termCache) get(word []byte, h uint64, f func([]byte) (string, bool)) ([]byte, bool) {
	if h == 0 {
		t, drop := f(word)
		return []byte(t), drop
	}
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
	if len(word)+len(term) > termData || c.n.Load() >= termLimit {
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
