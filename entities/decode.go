package entities

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/arnews/arnews/entities/internal/index"
)

// allowed reports whether label cur may follow label prev (nLabels: the
// start of a sentence) under BIO: I-X only after B-X or I-X.
func allowed(prev, cur int) bool {
	if !isInside(cur) {
		return true
	}
	return prev != nLabels && prev != lblO && labelType(prev) == labelType(cur)
}

const negInf = math.MinInt64 / 4

// viterbi writes into tags the best label sequence for the emission
// scores em, with transition scores trans (trans[nLabels] is the start);
// a transition that BIO does not allow is never taken.
func viterbi(em [][labelPad]int64, trans *[nLabels + 1][labelPad]int64, back [][labelPad]uint8, tags []uint8) {
	if len(em) == 0 {
		return
	}
	tr := bioTrans(trans)
	decodeBIO(em, &tr, back, tags, nil)
}

// bioTrans returns trans with the transitions BIO does not allow set to
// negInf.
func bioTrans(trans *[nLabels + 1][labelPad]int64) [nLabels + 1][labelPad]int64 {
	var tr [nLabels + 1][labelPad]int64
	for p := range tr {
		for l := range nLabels {
			if allowed(p, l) {
				tr[p][l] = trans[p][l]
			} else {
				tr[p][l] = negInf
			}
		}
	}
	return tr
}

// recState holds the buffers of one recognition; pooled.
type recState struct {
	owner *recognizer // whose weights the cache holds
	cache []cacheEntry
	loc   [][5]sums  // per word of the chunk: its wordFeatures sums
	locp  []*[5]sums // where they are (word k's at k+2, see tag): in loc, or the model's vocabulary
	ws    []mword
	wf    []wfeat // the words' wfeats, for training's chunks (see chunks)
	em    [][labelPad]int64
	back  [][labelPad]uint8
	tags  []uint8
	spans []candidate
	out   []candidate
	feats [maxFeatures]uint64
	batch wordBatch // vocabulary entries of the next kept words
	sense senseBuf  // oneSense's buffers
	made  madeSet   // the entities made for the text
}

var recPool = sync.Pool{New: func() any {
	return &recState{
		ws: make([]mword, 0, maxChunk), em: make([][labelPad]int64, maxChunk),
		back: make([][labelPad]uint8, maxChunk), tags: make([]uint8, maxChunk),
		loc: make([][5]sums, maxChunk), locp: make([]*[5]sums, maxChunk+4),
	}
}}

// cacheSize is the number of words whose features the recognizer keeps
// between words and calls (a direct-mapped cache, by word hash).
const cacheSize = 1024

// cacheEntry is what the recognizer keeps of a word: its feature sums
// and what the context features and mentions need. It is 192 bytes,
// three cache lines: the vocabulary's entries are one array, which
// starts on a page, so no entry spans a fourth line (a test checks the
// size).
type cacheEntry struct {
	// What chunks reads, then the sums that tag reads.
	key  uint64
	core uint64
	bare uint64 // bareHash of the word and kout
	lex  uint8
	ncl  uint8 // mword.nClitic
	kout uint8 // cliticsBefore
	// flag: entOK (the entry is filled), entHead (the word is a place
	// head, placeHeads, which chunksKept notes for headPlaces).
	flag uint8
	// Of a vocabulary entry: 0 not made, 1 being made, 2 made (in the
	// entry's first line, which lookAhead reads anyway).
	made atomic.Uint32
	loc  [5]sums
}

// Bits of cacheEntry.flag.
const (
	entOK   = 1 << iota // the entry is filled
	entHead             // its word is a place head
)

// recognizer is a model attached to a gazetteer, with the gazetteer's
// name lists that the features use.
type recognizer struct {
	m     *Model
	trans [nLabels + 1][labelPad]int64
	tr    [nLabels + 1][labelPad]int64 // trans masked by bioTrans
	sprd  int64                        // bioSpread of tr
	bloc  [5]sums                      // wordSums of the boundary
	ctx   *ctxTables
	once  sync.Once
	lex   map[uint64]uint8
	stop  map[uint64]bool
	env   featEnv
	vt    *vocabTable  // the model's vocabulary
	vocab []cacheEntry // its entries, by rank (most frequent first), made on first use
	more  more         // entries of words out of the vocabulary, ranked after it (see moreRank)
	prow  [][2]uint64  // the model's rows for wordSums (see packedRows)
}

// known returns the precomputed entry of the word with hash h, or nil.
func (r *recognizer) known(h uint64) *cacheEntry {
	k := r.vt.find(h)
	if k < 0 || k >= len(r.vocab) {
		return nil
	}
	own := &r.vocab[k]
	if own.made.Load() == 2 {
		return own
	}
	// The first time: compute the entry. The goroutine that claims it
	// writes it in place; another one meanwhile makes its own copy.
	e := own
	mine := own.made.CompareAndSwap(0, 1)
	if !mine {
		e = new(cacheEntry)
	}
	r.makeEntry(e, r.m.vocab[k], h)
	if mine {
		own.made.Store(2)
	}
	return e
}

// makeEntry fills e, but for its made field, with what the recognizer
// keeps of the folded word fw, whose hash is h: what cacheEntry.fill
// computes for a word out of the vocabulary (the entry depends on the
// fold alone).
func (r *recognizer) makeEntry(e *cacheEntry, fw []byte, h uint64) {
	var m mword
	var wf wfeat
	m.setFold(fw, h, &r.env, &wf)
	e.key, e.flag, e.core, e.lex, e.ncl = h, entOK, m.core, m.lex, m.nClitic
	if placeHeads[h] {
		e.flag |= entHead
	}
	e.kout = uint8(cliticsBefore(fw, &r.env, m.nClitic))
	e.bare = bareHash(fw, int(e.kout))
	r.wordSums(&m, &wf, &e.loc)
}

// The entries of words out of the vocabulary that the root's word cache
// meets (see moreRank): the first moreChunks*moreChunk distinct ones of a
// recognizer's life (12 MB at most), kept in chunks made as they fill.
const (
	moreChunk  = 512
	moreChunks = 128
)

// more is what a recognizer keeps of the words out of its model's
// vocabulary that Analyze's word cache met: their entries, numbered in
// the order they came, under ranks that follow the vocabulary's.
type more struct {
	chunks [moreChunks]atomic.Pointer[[moreChunk]cacheEntry]
	mu     sync.Mutex       // held to add an entry
	of     map[uint64]int32 // the number of each word's entry, by hash, under mu
}

// moreRank returns the rank that stands, in a wordclass.Word, for the
// entry of the folded word fw (hash h) that is not in the vocabulary:
// len(r.m.vocab) + the number of its entry in r.more, made the first
// time (so that a word out of the vocabulary has its features and sums
// computed once, not at every occurrence the per-call cache misses), or
// -1 when r.more is full. The same word always gets the same rank. g is
// the gazetteer r is attached to.
func (r *recognizer) moreRank(g *Gazetteer, fw []byte, h uint64) int32 {
	r.lexicon(g)
	mr := &r.more
	mr.mu.Lock()
	k, ok := mr.of[h]
	mr.mu.Unlock()
	if ok {
		return int32(len(r.m.vocab)) + k
	}
	var e cacheEntry
	r.makeEntry(&e, fw, h) // (outside the lock: another word's entry may be made meanwhile)
	mr.mu.Lock()
	defer mr.mu.Unlock()
	if k, ok := mr.of[h]; ok {
		return int32(len(r.m.vocab)) + k
	}
	k = int32(len(mr.of))
	if k >= moreChunks*moreChunk {
		return -1
	}
	ch := mr.chunks[k/moreChunk].Load()
	if ch == nil {
		ch = new([moreChunk]cacheEntry)
		mr.chunks[k/moreChunk].Store(ch)
	}
	d := &ch[k%moreChunk]
	d.key, d.core, d.bare, d.lex, d.ncl, d.kout, d.flag, d.loc = e.key, e.core, e.bare, e.lex, e.ncl, e.kout, e.flag, e.loc
	d.made.Store(2)
	if mr.of == nil {
		mr.of = map[uint64]int32{}
	}
	mr.of[h] = k // (published under mu, with the entry: the rank is read only after)
	return int32(len(r.m.vocab)) + k
}

// moreAt returns entry k of r.more (a rank moreRank gave, less the
// vocabulary's length), or nil when there is none.
func (r *recognizer) moreAt(k int) *cacheEntry {
	if k < 0 || k >= moreChunks*moreChunk {
		return nil
	}
	ch := r.more.chunks[k/moreChunk].Load()
	if ch == nil {
		return nil
	}
	return &ch[k%moreChunk]
}

func newRecognizer(m *Model) *recognizer {
	r := &recognizer{m: m}
	for p := range m.trans {
		for l := range nLabels {
			r.trans[p][l] = int64(m.trans[p][l])
		}
	}
	r.tr = bioTrans(&r.trans)
	r.sprd = bioSpread(&r.tr)
	r.vt = newVocabTable(m.vocab)
	r.prow = packedRows(m)
	r.wordSums(&boundary, &noFeat, &r.bloc)
	r.ctx = r.buildCtx()
	return r
}

// buildLexicon returns where each folded word occurs in the names of g's
// entities (lex* bits).
func buildLexicon(g *Gazetteer) map[uint64]uint8 {
	lex := map[uint64]uint8{}
	var buf []byte
	for e := range g.Entities() {
		add := func(name string, first, other uint8) {
			k := 0
			for i := 0; ; k++ {
				s, e, ok := index.NextWord(name, i)
				if !ok {
					return
				}
				i = e
				buf = index.AppendFold(buf[:0], name[s:e])
				if len(buf) == 0 {
					continue
				}
				bit := other
				if k == 0 {
					bit = first
				}
				lex[index.HashWord(buf)] |= bit
			}
		}
		switch e.Type {
		case Person:
			for _, n := range e.Names {
				add(n, lexFirst, lexPerson)
			}
			for _, n := range e.Surnames {
				add(n, lexPerson, lexPerson)
			}
		case Place:
			for _, n := range e.Names {
				add(n, lexPlace, lexPlace)
			}
		case Organization:
			for _, n := range e.Names {
				add(n, lexOrg, lexOrg)
			}
		}
		for _, a := range e.Adjectives {
			add(a, lexAdj, lexAdj)
		}
	}
	return lex
}

// defaultLexicon is the lexicon of the embedded gazetteer, built once:
// every model attached to the embedded names (Default, and
// Default().WithModel(m) for a user's model) shares it instead of
// folding the whole gazetteer again (~30 ms a model).
var defaultLexicon = sync.OnceValue(func() map[uint64]uint8 {
	return buildLexicon(&Gazetteer{layers: defaultLookup().layers})
})

// lexiconOf returns the lexicon of g's names; it is read only once built.
func lexiconOf(g *Gazetteer) map[uint64]uint8 {
	if d := defaultLookup(); len(g.layers) == len(d.layers) && len(g.layers) == 1 && g.layers[0] == d.layers[0] {
		return defaultLexicon()
	}
	return buildLexicon(&Gazetteer{layers: g.layers})
}

func (r *recognizer) lexicon(g *Gazetteer) map[uint64]uint8 {
	r.once.Do(func() {
		r.lex = lexiconOf(g)
		r.stop = stopHashes()
		r.env = featEnv{lex: r.lex, vocab: r.vt, clus: defaultClusters()}
		r.vocab = make([]cacheEntry, len(r.m.vocab))
	})
	return r.lex
}

//go:embed data/stopwords.txt
var embeddedStopwords string

// stopHashes are the folded stop words of the embedded data: never a
// name alone.
func stopHashes() map[uint64]bool {
	m := map[uint64]bool{}
	for _, line := range strings.Split(embeddedStopwords, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[hashOf(w)] = true
		}
	}
	// Month names, which the recognizer may take for names (جوان is June
	// in the Maghreb).
	for _, w := range strings.Fields(`يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
		جانفي فيفري أفريل ماي جوان جويلية أوت كانون تشرين شباط آذار نيسان أيار حزيران تموز آب أيلول`) {
		m[hashOf(w)] = true
	}
	return m
}

// gazTag is the gazetteer's reading of a word for the features.
func gazTag(c *candidate, w *word) uint8 {
	if c.ent == nil {
		return 9
	}
	t := uint8(c.typ-1) * 2
	if c.start >= w.start {
		return 1 + t
	}
	return 2 + t
}

// chunks scans the text of f and calls fn with the words of each
// sentence (at most maxChunk words), with the gazetteer's readings of f's
// candidates; and, when r is nil (training), with the words' wfeats (wf,
// else nil: the recognizer reads its words' sums instead).
func (f *finder) chunks(st *recState, r *recognizer, env *featEnv, fn func(ws []mword, wf []wfeat)) {
	if r != nil && st.owner != r {
		if st.cache == nil {
			st.cache = make([]cacheEntry, cacheSize)
		} else {
			clear(st.cache)
		}
		st.owner = r
	}
	// The words: those the gazetteer's scan kept, or a new scan.
	st.batch.reset()
	if r != nil && f.keep {
		f.chunksKept(st, r, env, fn)
		return
	}
	s := f.text
	f.pos = 0
	var w word
	ci := 0
	prevEnd := 0
	ws := st.ws[:0]  // (st.ws again at the end)
	var wf []wfeat   // (r nil: st.wf, again at the end)
	cands := f.cands // (the gazetteer's; chunks and fn leave them as they are)
	if r == nil {
		wf = st.wf[:0]
	}
	var scratch wfeat // a word's wfeat, when r is not nil
	for f.scan(&w) {
		if len(ws) > 0 && (len(ws) == maxChunk || !w.joined && hasTerminator(s[prevEnd:w.start])) {
			fn(ws, wf)
			ws = ws[:0]
			if r == nil {
				wf = wf[:0]
			}
		}
		ws = append(ws, mword{})
		m := &ws[len(ws)-1]
		wp := &scratch
		if r == nil {
			wf = append(wf, wfeat{})
			wp = &wf[len(wf)-1]
		}
		var kout int
		i := len(ws) - 1
		if r != nil && w.h != 0 {
			e := r.known(w.h)
			if e == nil {
				e = &st.cache[w.h%cacheSize]
				if e.flag&entOK == 0 || e.key != w.h {
					e.fill(w.h, r, m, s, &w, env)
				}
				// A copy: the cache slot may be taken by a later word.
				st.loc[i] = e.loc
				st.locp[i+2] = &st.loc[i]
			} else {
				st.locp[i+2] = &e.loc
			}
			m.start, m.end, m.h, m.joined = w.start, w.end, w.h, w.joined
			m.shape = wordShape(s[w.start], w.fold[0], w.n)
			m.gaz = 0
			m.core, m.lex, m.nClitic = e.core, e.lex, e.ncl
			kout = int(e.kout)
		} else {
			m.set(s, &w, env, wp)
			kout = cliticsBefore(w.folded(), env, m.nClitic)
			if r != nil {
				r.wordSums(m, wp, &st.loc[i])
				st.locp[i+2] = &st.loc[i]
			}
		}
		m.first = i == 0
		for ci < len(cands) && cands[ci].end <= w.start {
			ci++
		}
		if ci < len(cands) && cands[ci].start < w.end {
			m.gaz = gazTag(&cands[ci], &w)
		}
		// Where a mention of this word would start: after the proclitics
		// when what follows is a known name or the guess of stripClitics
		// holds and the whole word is not a known name.
		m.ostart = w.start
		if kout > 0 && kout < 4 {
			m.ostart = w.offs[kout]
		}
		prevEnd = w.end
	}
	if len(ws) > 0 {
		fn(ws, wf)
	}
	st.ws = ws[:0]
	if r == nil {
		st.wf = wf[:0]
	}
}

// chunksKept is chunks over the words the gazetteer's scan kept (r not
// nil, f.keep): it reads each kept record once and writes its mword
// directly; the text is scanned again only for a word whose fold it
// needs (a word out of the vocabulary and the cache, a word too long to
// hash, or one whose offsets did not fit the record: far). The words,
// their features and the records' bare and kout are those of chunks'
// general loop.
func (f *finder) chunksKept(st *recState, r *recognizer, env *featEnv, fn func(ws []mword, wf []wfeat)) {
	s := f.text
	var w word // the word scanned again, when it is
	ci := 0
	prevEnd := 0
	ws := st.ws[:0]  // (st.ws again at the end)
	cands := f.cands // (the gazetteer's; chunks and fn leave them as they are)
	ks := f.kept
	f.heads = f.heads[:0]
	scanned := false
	rescan := func(x *kept) {
		if !scanned {
			f.pos = int(x.start)
			f.scan(&w)
			w.joined = x.joined
			scanned = true
		}
	}
	for j := range ks {
		x := &ks[j]
		start, end := int(x.start), int(x.end)
		if len(ws) > 0 && (len(ws) == maxChunk || !x.joined && hasTerminator(s[prevEnd:start])) {
			fn(ws, nil)
			ws = ws[:0]
		}
		scanned = false
		if x.far {
			rescan(x)
		}
		i := len(ws)
		ws = append(ws, mword{})
		m := &ws[i]
		var kout int
		var bare uint64
		var e *cacheEntry
		if x.h != 0 {
			if e = st.batch.hit(j); e == nil {
				e = st.batch.entryOf(r, ks, j)
			}
		}
		if e != nil {
			st.locp[i+2] = &e.loc
			m.start, m.end, m.h, m.joined = start, end, x.h, x.joined
			m.shape = wordShape(s[start], x.f0, x.n)
			m.core, m.lex, m.nClitic = e.core, e.lex, e.ncl
			kout, bare = int(e.kout), e.bare
		} else if x.h != 0 {
			e = &st.cache[x.h%cacheSize]
			if e.flag&entOK == 0 || e.key != x.h {
				rescan(x)
				e.fill(x.h, r, m, s, &w, env)
			}
			// A copy: the cache slot may be taken by a later word.
			st.loc[i] = e.loc
			st.locp[i+2] = &st.loc[i]
			m.start, m.end, m.h, m.joined = start, end, x.h, x.joined
			m.shape = wordShape(s[start], x.f0, x.n)
			m.gaz = 0
			m.core, m.lex, m.nClitic = e.core, e.lex, e.ncl
			kout, bare = int(e.kout), e.bare
		} else {
			rescan(x)
			var wf wfeat
			m.set(s, &w, env, &wf)
			kout = cliticsBefore(w.folded(), env, m.nClitic)
			bare = bareHash(w.folded(), kout)
			r.wordSums(m, &wf, &st.loc[i])
			st.locp[i+2] = &st.loc[i]
		}
		x.bare, x.kout = bare, uint8(kout)
		if e != nil && e.flag&entHead != 0 {
			f.heads = append(f.heads, int32(j)) // (f's: a local would hold registers the loop needs)
		}
		m.first = i == 0
		for ci < len(cands) && cands[ci].end <= start {
			ci++
		}
		if ci < len(cands) && cands[ci].start < end {
			m.gaz = gazTagAt(&cands[ci], start)
		}
		// Where a mention of this word would start: see chunks.
		m.ostart = start
		if kout > 0 && kout < 4 {
			if !x.far {
				m.ostart = start + int(x.offs[kout-1])
			} else {
				m.ostart = w.offs[kout]
			}
		}
		prevEnd = end
	}
	if len(ws) > 0 {
		fn(ws, nil)
	}
	st.ws = ws[:0]
}

// gazTagAt is gazTag for a word that starts at byte start.
func gazTagAt(c *candidate, start int) uint8 {
	if c.ent == nil {
		return 9
	}
	t := uint8(c.typ-1) * 2
	if c.start >= start {
		return 1 + t
	}
	return 2 + t
}

// wordShape is shapeOf of a word whose text starts with byte c, whose
// folded form starts with f0 and is n bytes long (maxFold+1 when
// longer), written to be inlined in chunks (TestWordShape compares the
// two on every c, f0 and length).
func wordShape(c, f0 byte, n uint8) uint8 {
	if n == 0 || n > maxFold {
		return 1
	}
	var sh uint8
	switch {
	case c-'0' < 10 || f0-'0' < 10:
		sh = 2
	case c-'A' < 26:
		sh = 3
	case c-'a' < 26:
		sh = 4
	case f0 >= 0x80:
		sh = 5
	default:
		sh = 6
	}
	return sh<<3 | min(n, 7)
}

// cliticsBefore returns how many leading bytes of fw to leave out of a
// mention: the proclitics stripClitics finds (k), or more when a known
// name follows ب ل or ك (لمحمد).
func cliticsBefore(fw []byte, env *featEnv, k uint8) int {
	if fw == nil {
		return 0
	}
	lex := env.lex
	whole := index.HashWord(fw)
	if lex[whole] != 0 {
		return 0
	}
	i := int(k)
	if i > 0 && (fw[0] == index.CodeWaw || fw[0] == index.CodeFeh) {
		// و or ف may be the name's own letter (وليد, فيشمان): keep it
		// when the whole word is more frequent in news than the rest,
		// and keep ف unless the rest is a known word.
		rw, rr := env.vocab.find(whole), env.vocab.find(index.HashWord(fw[1:]))
		if rw >= clitRank {
			rw = -1
		}
		if rr >= clitRank {
			rr = -1
		}
		known := rr >= 0 || lex[index.HashWord(fw[1:])] != 0
		if rw >= 0 && (rr < 0 || rw < rr) || fw[0] == index.CodeFeh && !known && i == 1 {
			return 0
		}
	}
	if i < len(fw)-3 && (fw[i] == index.CodeBeh || fw[i] == index.CodeLam || fw[i] == index.CodeKaf) && lex[index.HashWord(fw[i+1:])]&^lexAdj != 0 {
		return i + 1
	}
	return i
}

// clitRank is the rank in the model's vocabulary from which cliticsBefore
// takes a word for unknown: a vocabulary made larger for speed (the
// recognizer precomputes the features of its words) leaves how names
// lose their و and ف as it was with 100,000 words; past them, the rare
// words read as known took the ف off more names than they gave back
// (فوبكي هوكسترا, see the notes of issue 17).
const clitRank = 100000

func hasTerminator(s string) bool {
	for i := range len(s) {
		if isTerminator(s, i) {
			return true
		}
	}
	return false
}

// ctxTables hold the sums of the context features over small domains
// (see contextFeatures), so that tag adds a row instead of hashing and
// looking up each feature.
type ctxTables struct {
	js   [8][64]sums  // tJoin of j, tShape of the shape (index shape&63)
	gaz  [1024]sums   // tGaz of the previous, this and the next word's readings (a*100+b*10+c, see gazIndex), and the pair
	lexL [32][32]sums // tLexPair 0: the previous word's lex and this one's
	lexR [32][32]sums // tLexPair 1: this word's lex and the next one's
}

func (r *recognizer) row(f uint64, e *[labelPad]int32) {
	row := r.m.rowAt(f >> (64 - uint(r.m.bits)))
	if row == nil {
		return
	}
	for l := range nLabels {
		e[l] += int32(row[l])
	}
}

// gazIndex is where ctxTables.gaz holds the readings a, b and c (each
// below 10).
func gazIndex(a, b, c int) int {
	return (a*100 + b*10 + c) & 1023
}

func (r *recognizer) buildCtx() *ctxTables {
	t := new(ctxTables)
	sum := func(fs ...uint64) sums {
		var e [labelPad]int32
		for _, f := range fs {
			r.row(f, &e)
		}
		return packSums(&e)
	}
	for j := range 8 {
		for sh := range 64 {
			t.js[j][sh] = sum(mix(tJoin, 0, uint64(j)), mix(tShape, 0, uint64(sh)))
		}
	}
	for a := range 10 {
		for b := range 10 {
			for c := range 10 {
				t.gaz[gazIndex(a, b, c)] = sum(mix(tGaz, 0, uint64(a)), mix(tGaz, 1, uint64(b)), mix(tGaz, 2, uint64(c)),
					mix(tGaz, 3, uint64(a)<<8|uint64(b)))
			}
		}
	}
	for a := range 32 {
		for b := range 32 {
			t.lexL[a][b] = sum(mix(tLexPair, 0, uint64(a)<<8|uint64(b)))
			t.lexR[a][b] = sum(mix(tLexPair, 1, uint64(a)<<8|uint64(b)))
		}
	}
	return t
}

// tag computes the emission scores of ws and decodes them into st.tags.
// It adds the same weights as features does, by other roads: the
// per-word sums (st.loc) and the context tables.
//
// When alpha is not nil it receives the decoder's forward scores (see
// margins).
func (r *recognizer) tag(st *recState, ws []mword, alpha [][labelPad]int64) []uint8 {
	t := r.ctx
	n := len(ws)
	// Word k's sums are at locp[k+2]; the boundary's stand around them,
	// so that every word adds its five neighbours' sums without a test.
	lp := st.locp[:n+4]
	lp[0], lp[1], lp[n+2], lp[n+3] = &r.bloc, &r.bloc, &r.bloc, &r.bloc
	ems := st.em[:n]
	for i := range ws {
		// Nine sums, added two labels at a time (see sums): the five
		// words' at their places, then the context tables' rows.
		l := lp[i : i+5 : i+5]
		s0, s1, s2, s3, s4 := &l[0][0], &l[1][1], &l[2][2], &l[3][3], &l[4][4]
		a0 := s0[0] + s1[0] + s2[0] + s3[0] + s4[0]
		a1 := s0[1] + s1[1] + s2[1] + s3[1] + s4[1]
		a2 := s0[2] + s1[2] + s2[2] + s3[2] + s4[2]
		a3 := s0[3] + s1[3] + s2[3] + s3[3] + s4[3]
		w := &ws[i]
		prev, next := &boundary, &boundary
		if i > 0 {
			prev = &ws[i-1]
		}
		if i+1 < n {
			next = &ws[i+1]
		}
		j := 0
		if w.joined {
			j |= 1
		}
		if next.joined {
			j |= 2
		}
		if w.first {
			j |= 4
		}
		// (Readings are below 10 and lex values below 32: the masks only
		// spare the bounds checks.)
		c0, c1, c2 := &t.js[j&7][w.shape&63], &t.gaz[gazIndex(int(prev.gaz), int(w.gaz), int(next.gaz))], &t.lexL[prev.lex&31][w.lex&31]
		c3 := &t.lexR[w.lex&31][next.lex&31]
		a0 += c0[0] + c1[0] + c2[0] + c3[0]
		a1 += c0[1] + c1[1] + c2[1] + c3[1]
		a2 += c0[2] + c1[2] + c2[2] + c3[2]
		a3 += c0[3] + c1[3] + c2[3] + c3[3]
		em := &ems[i]
		unpackSums(a0, a1, a2, a3, 9, em)
		if w.gaz != 0 {
			if row := r.m.rowAt(mix(tGazWord, 0, uint64(w.gaz)<<56^prev.core) >> (64 - uint(r.m.bits))); row != nil {
				for l := range nLabels {
					em[l] += int64(row[l])
				}
			}
		}
	}
	tags := st.tags[:len(ws)]
	decodeSpread(st.em[:len(ws)], &r.tr, r.sprd, st.back[:len(ws)], tags, alpha)
	return tags
}

// recognize adds to f.cands the names the model finds, and merges them
// with the gazetteer's (see WithModel).
func (g *Gazetteer) recognize(f *finder) {
	r := g.rec
	r.lexicon(g)
	st := recPool.Get().(*recState)
	st.spans = st.spans[:0]
	mg := marginPool.Get().(*margins)
	f.chunks(st, r, &r.env, func(ws []mword, _ []wfeat) {
		tags := r.tag(st, ws, mg.alpha)
		mg.reset(st.em[:len(ws)], &r.tr, r.sprd)
		for i := 0; i < len(ws); i++ {
			if tags[i] == lblO || isInside(int(tags[i])) {
				continue
			}
			j := i + 1
			// (A name never spans punctuation or an invalid byte.)
			for j < len(ws) && isInside(int(tags[j])) && labelType(int(tags[j])) == labelType(int(tags[i])) && ws[j].joined {
				j++
			}
			t := labelType(int(tags[i]))
			t = r.retype(mg, f.text, ws, i, j, t) // see precision.go
			if r.unsure(mg, f.text, ws, i, j, t) {
				i = j - 1
				continue
			}
			if t == Person && supervised(f.text, ws, i, j) {
				i = j - 1
				continue
			}
			i, j = r.trim(mg, f.text, ws, i, j, t)
			if k := len(st.spans) - 1; t == Person && k >= 0 && st.spans[k].typ == Person && i > 0 &&
				st.spans[k].end == ws[i-1].end && ws[i].joined && tags[i-1] != lblO &&
				(ws[i].gaz == 0 || ws[i].gaz == 9) && ws[i-1].gaz == 0 &&
				(ws[i].ostart == ws[i].start || j == i+1 && (i < 2 || !isInside(int(tags[i-1]))) ||
					clitedAfterFirst(f.text, ws, i, st.spans[k].start)) {
				// Two names of people side by side are one (جافين |
				// وليامسون), unless the second is a longer name after و
				// (محمود الخطيب | ومرتضى منصور), or the gazetteer knows them
				// (a weak reading of the second, a surname alone, is no
				// knowing: فيكرام | باتيل, a surname of the gazetteer's Patels).
				st.spans[k].end = ws[j-1].end
			} else if k := len(st.spans) - 1; t == Person && k >= 0 && st.spans[k].typ == Person && i > 0 &&
				st.spans[k].end == ws[i-1].end && f.text[ws[i-1].end:ws[i].start] == "-" && tags[i-1] != lblO &&
				ws[i].ostart == ws[i].start && (ws[i].gaz == 0 || ws[i].gaz == 9) && ws[i-1].gaz == 0 {
				// A double name written with a hyphen (جان-بيير بارتولي,
				// كيم هاك-سونغ), which the model reads as two.
				st.spans[k].end = ws[j-1].end
			} else {
				start := ws[i].ostart
				if t == Person {
					start = r.personStart(f.text, &ws[i])
				}
				st.spans = append(st.spans, candidate{start: start, end: ws[j-1].end, typ: t})
			}
			i = j - 1
		}
	})
	if len(st.spans) > 0 || f.keep {
		g.merge(f, st, r) // (also with no span: see headPlaces)
	}
	marginPool.Put(mg)
	st.spans = st.spans[:0]
	st.out = st.out[:0]
	recPool.Put(st)
}

// isProclitic reports whether the folded byte c is one of the proclitic
// letters و ف ب ل ك (a bit test: it runs several times on every word).
func isProclitic(c byte) bool {
	return c < 64 && proclitics>>c&1 != 0
}

// proclitics has bit c set for the letter codes c of و ف ب ل ك.
const proclitics = uint64(1)<<index.CodeWaw | uint64(1)<<index.CodeFeh | uint64(1)<<index.CodeBeh | uint64(1)<<index.CodeLam | uint64(1)<<index.CodeKaf

var _ [64 - index.CodeWaw - 1]struct{} // (the codes fit the bits: they are below 64)
var _ [64 - index.CodeFeh - 1]struct{}
var _ [64 - index.CodeBeh - 1]struct{}
var _ [64 - index.CodeLam - 1]struct{}
var _ [64 - index.CodeKaf - 1]struct{}

// Recognized entities: made for names the gazetteer does not know.
const (
	// RecognizedSource is the Source of an entity that the model made
	// for a name the gazetteer does not know.
	RecognizedSource = "model"
	// RecognizedPrefix starts the ID of such an entity; no gazetteer ID
	// starts with it (user IDs start with a letter or digit).
	RecognizedPrefix = "~"
)

// Recognized reports whether e was made by the recognizer for a name the
// gazetteer does not know (its ID starts with RecognizedPrefix and its
// Source is RecognizedSource), rather than taken from a gazetteer.
func (e *Entity) Recognized() bool {
	return e != nil && e.Source == RecognizedSource && strings.HasPrefix(e.ID, RecognizedPrefix)
}

// kept is what the gazetteer's scan keeps of a word for the recognizer,
// which then need not scan the text again.
type kept struct {
	// bare: see recWord, set by chunks. Before, and until lookAhead has
	// read it (chunks sets a word's after lookAhead has read the batch
	// that holds it), it is the word's vocabulary rank + 2 (-1: not in
	// it; a rank past the vocabulary's numbers the word's entry of
	// moreRank) when streamNext has it from the word's wordclass.Word,
	// else 0 (lookAhead looks the word up): the record stays 32 bytes.
	h, bare    uint64
	start, end int32
	offs       [3]uint8 // offsets of the 2nd to 4th folded bytes from start
	n          uint8
	f0         byte  // the first folded byte
	kout       uint8 // set by chunks: cliticsBefore
	joined     bool
	far        bool // an offset did not fit offs: rescan the word
}

// keepWord keeps the word w that the gazetteer's scan has just read (the
// scan reads every word once, in order, into its ring: fill; scan calls it
// while keepNow, and streamNext keeps its words itself, alike); past
// maxRecorded words it stops, and chunks scans the text again.
func (f *finder) keepWord(w *word) {
	if len(f.kept) >= maxRecorded {
		f.keep, f.keepNow, f.kept = false, false, f.kept[:0]
		return
	}
	x := kept{start: int32(w.start), end: int32(w.end), h: w.h, n: w.n, joined: w.joined}
	if w.n > 0 {
		// (A word of no folded letter has none: its fold[0] is the
		// ring's, left by an earlier word, and f0 stays 0.)
		x.f0 = w.fold[0]
	}
	if w.n > 0 && !isProclitic(w.fold[0]) {
		// (Such a word has no offsets, see word.offs: x.offs stays 0.)
	} else if w.n >= 4 && w.offs[3]-w.start < 256 {
		// (Offsets grow along the word: the last fits, so all do.)
		x.offs = [3]uint8{uint8(w.offs[1] - w.start), uint8(w.offs[2] - w.start), uint8(w.offs[3] - w.start)}
	} else {
		for j := 1; j < 4 && j < int(w.n); j++ {
			if d := w.offs[j] - w.start; d < 256 {
				x.offs[j-1] = uint8(d)
			} else {
				x.far = true
			}
		}
	}
	f.kept = append(f.kept, x)
}

// recWord is what one sense per text keeps of a word.
type recWord struct {
	start, end int
	h, bare    uint64 // the word; without its proclitics
	bareStart  int
	joined     bool
}

// maxRecorded is the most words the gazetteer's scan keeps for the
// recognizer (40 bytes each); a longer text is scanned again.
const maxRecorded = 1 << 20

// makeRecWord is the record of w, whose first k folded bytes are
// proclitics, and bare the hash of the rest.
func makeRecWord(w *word, k int, bare uint64) recWord {
	x := recWord{start: w.start, end: w.end, h: w.h, bare: w.h, bareStart: w.start, joined: w.joined}
	if k > 0 && k < 4 {
		x.bare, x.bareStart = bare, w.offs[k]
	}
	return x
}

// bareHash is the hash of the folded word fw without its first k bytes
// (k from cliticsBefore), or 0 when k is 0.
func bareHash(fw []byte, k int) uint64 {
	if k > 0 && k < 4 && k < len(fw) {
		return index.HashWord(fw[k:])
	}
	return 0
}

// fill makes e the cache entry, under key, of the word w, which is not in
// the vocabulary: its features into m, then the entry's copy of them, its
// proclitic count and bare hash, and its location sums. Both chunk loops
// (chunks and chunksKept) fill their cache misses through it.
func (e *cacheEntry) fill(key uint64, r *recognizer, m *mword, s string, w *word, env *featEnv) {
	var wf wfeat
	m.set(s, w, env, &wf)
	e.key, e.flag, e.core, e.lex, e.ncl = key, entOK, m.core, m.lex, m.nClitic
	if headBits[key>>57]&(1<<(key&63)) != 0 && placeHeads[key] {
		e.flag |= entHead
	}
	e.kout = uint8(cliticsBefore(w.folded(), env, m.nClitic))
	e.bare = bareHash(w.folded(), int(e.kout))
	r.wordSums(m, &wf, &e.loc)
}
