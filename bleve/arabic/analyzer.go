package arabic

import (
	"hash/maphash"
	"strings"
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
	ts := Tokenizer{}.Tokenize(input)
	out := ts[:0]
	var buf []byte // the terms, one after the other
	for _, t := range ts {
		term, drop := a.cache.get(t.Term, a.term)
		if drop {
			continue
		}
		if len(term) == len(t.Term) && term == string(t.Term) {
			out = append(out, t) // the word is its own term
			continue
		}
		if cap(buf)-len(buf) < len(term) {
			buf = make([]byte, 0, max(4096, 2*len(term)))
		}
		start := len(buf)
		buf = append(buf, term...)
		t.Term = buf[start:len(buf):len(buf)]
		out = append(out, t)
	}
	clear(ts[len(out):])
	return out
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

// termCache remembers the term of each word as written. It is an
// open-addressing table of immutable entries that goroutines read without
// locks and fill with compare-and-swap; once three quarters full it stops
// learning, and new words are computed each time.
type termCache struct {
	seed  maphash.Seed
	slots []atomic.Pointer[termEntry]
	n     atomic.Int64
}

type termEntry struct {
	hash       uint64
	word, term string
	drop       bool
}

const (
	termSlots   = 1 << 17
	termMaxWord = 64 // longer words are not remembered
	termProbes  = 8
	termLimit   = termSlots * 3 / 4
)

func newTermCache() *termCache {
	return &termCache{seed: maphash.MakeSeed(), slots: make([]atomic.Pointer[termEntry], termSlots)}
}

// get returns the term of word, computing it with f when it is not known.
func (c *termCache) get(word []byte, f func([]byte) (string, bool)) (string, bool) {
	if len(word) > termMaxWord {
		return f(word)
	}
	h := maphash.Bytes(c.seed, word)
	i := h & (termSlots - 1)
	for range termProbes {
		e := c.slots[i].Load()
		if e == nil {
			term, drop := f(word)
			if c.n.Load() < termLimit {
				if c.n.Add(1) > termLimit {
					c.n.Add(-1)
				} else if ne := (&termEntry{hash: h, word: string(word), term: strings.Clone(term), drop: drop}); !c.slots[i].CompareAndSwap(nil, ne) {
					c.n.Add(-1)
				}
			}
			return term, drop
		}
		if e.hash == h && e.word == string(word) {
			return e.term, e.drop
		}
		i = (i + 1) & (termSlots - 1)
	}
	return f(word)
}
