package entities

import (
	"github.com/arnews/arnews/entities/internal/index"
)

// The recognizer's labels: O, then B and I of each type. Label l > 0 is
// of Type (l+1)/2 (Person, Place, Organization) and is a B when odd.
const (
	lblO     = 0
	nLabels  = 7
	labelPad = 8 // weights are stored 8 to a feature, the last unused
)

func labelType(l int) Type { return Type((l + 1) / 2) }
func labelB(t Type) int    { return int(t)*2 - 1 }
func labelI(t Type) int    { return int(t) * 2 }
func isInside(l int) bool  { return l > 0 && l%2 == 0 }

// featureVersion names the feature set below; a model records the
// version it was trained with and LoadModel refuses another one. Bump it
// whenever a feature changes.
const featureVersion = 5

// maxChunk is the most words the recognizer decodes at once; a longer
// sentence is cut.
const maxChunk = 200

// Templates of the features (mixed into every feature's hash).
const (
	tBias = iota + 1
	tWord
	tCore
	tBigramL
	tBigramR
	tSuf1
	tSuf2
	tSuf3
	tPre1
	tPre2
	tShape
	tJoin
	tGaz
	tLex
	tLexPair
	tGazWord
	tCoreSuf
	tFirst
	tCue
	tClusC    // coarse word cluster (clusters.go)
	tClusF    // fine word cluster
	tClusCore // fine cluster of the word without proclitics and article
)

// Words of a chunk, with what the tagger, the decoder and the rules on
// spans read (48 bytes). The features of a word alone that only its
// sums need (wordSums, made once per word of the vocabulary or the
// cache) are apart, in a wfeat, so that a chunk's words take fewer cache
// lines.
type mword struct {
	start, end int
	h, core    uint64 // hash of the folded word; of the word without proclitics and article
	shape      uint8
	lex        uint8 // lexBit* of the word in the gazetteer's names
	gaz        uint8 // the gazetteer's reading: 0 none, else 1 + 2*(type-1) + inside, 9 weak
	joined     bool  // only space since the previous word
	first      bool  // first word of a sentence
	nClitic    uint8 // bytes of the folded word taken as proclitics (و ف, then ب ل ك)
	ostart     int   // where a mention starting at this word starts: after its proclitics
}

// wfeat is the rest of a word's features (see mword), which setFold
// writes and wordFeatures reads.
type wfeat struct {
	suf   [3]uint64
	pre   [2]uint64
	clus  uint32 // cluster value of the word (clusters.go), 0 none
	cclus uint32 // of its core
	cue   uint8  // cue* class of the word (see cues.go)
}

// Bits of mword.lex: where a word occurs in the gazetteer's names.
const (
	lexFirst  = 1 << iota // first word of a person's name
	lexPerson             // another word of a person's name
	lexPlace              // a word of a place's name
	lexOrg                // a word of an organization's name
	lexAdj                // a nationality adjective
)

func mix(t, p, v uint64) uint64 {
	x := v ^ (t*0x9E3779B97F4A7C15 + p*0xC2B2AE3D27D4EB4F)
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	return x
}

// stripClitics returns how many leading bytes of the folded word fw are
// proclitics: و or ف, then ب ل or ك when an article (ال) or at least
// three letters follow. It is a guess from the letters alone; features
// use both the word and its core.
func stripClitics(fw []byte) int {
	i := 0
	if len(fw)-i > 3 && (fw[i] == index.CodeWaw || fw[i] == index.CodeFeh) {
		i++
	}
	if len(fw)-i > 4 && (fw[i] == index.CodeBeh || fw[i] == index.CodeKaf) && fw[i+1] == index.CodeAlef && fw[i+2] == index.CodeLam {
		i++
	} else if len(fw)-i > 4 && fw[i] == index.CodeLam && fw[i+1] == index.CodeLam {
		i++
	}
	return i
}

// coreOf is the word without proclitics and article.
func coreOf(fw []byte) []byte {
	fw = fw[stripClitics(fw):]
	if len(fw) > 4 && fw[0] == index.CodeAlef && fw[1] == index.CodeLam {
		fw = fw[2:]
	} else if len(fw) > 3 && fw[0] == index.CodeLam && fw[1] == index.CodeLam {
		fw = fw[1:]
	}
	return fw
}

func shapeOf(s string, w *word) uint8 {
	fw := w.folded()
	if len(fw) == 0 {
		return 1
	}
	c := s[w.start]
	var sh uint8
	switch {
	case c >= '0' && c <= '9' || fw[0] >= '0' && fw[0] <= '9':
		sh = 2
	case c >= 'A' && c <= 'Z':
		sh = 3
	case c >= 'a' && c <= 'z':
		sh = 4
	case fw[0] >= 0x80:
		sh = 5 // other script
	default:
		sh = 6
	}
	n := len(fw)
	if n > 7 {
		n = 7
	}
	return sh<<3 | uint8(n)
}

// set sets the features of a scanned word that depend on it alone, in m
// and f.
func (m *mword) set(s string, w *word, env *featEnv, f *wfeat) {
	m.start, m.end, m.joined = w.start, w.end, w.joined
	m.shape = shapeOf(s, w)
	m.gaz = 0
	m.setFold(w.folded(), w.h, env, f)
}

// featEnv is what word features are computed against: the gazetteer's
// name lists and the model's vocabulary.
type featEnv struct {
	lex   map[uint64]uint8
	vocab *vocabTable
	clus  *clusterTable
}

// vocabTable maps the hashes of the vocabulary's folded words to their
// rank: an open addressing table of slots holding the hash's top 40 bits
// and the rank (24 bits), found by the hash's low bits; 0 is empty.
type vocabTable struct {
	slots []uint64
}

const vocabRankBits = 24

func vocabSlot(h uint64, rank int) uint64 { return h&^(1<<vocabRankBits-1) | uint64(rank) }

func newVocabTable(words [][]byte) *vocabTable {
	// At most three quarters full: a probe reads one slot, or a few in
	// the same cache line, and a smaller table stays more in cache (the
	// recognizer looks up every word).
	size := 1
	for size*3 < 4*len(words) {
		size *= 2
	}
	v := &vocabTable{slots: make([]uint64, size)}
	for i, fw := range words {
		h := index.HashWord(fw)
		if h>>vocabRankBits == 0 || i >= 1<<vocabRankBits {
			continue
		}
		if v.find(h) >= 0 {
			continue
		}
		j := h & uint64(size-1)
		for v.slots[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		v.slots[j] = vocabSlot(h, i)
	}
	return v
}

// find returns the rank of the word with hash h, or -1.
func (v *vocabTable) find(h uint64) int {
	if v == nil || len(v.slots) == 0 || h>>vocabRankBits == 0 {
		return -1
	}
	mask := uint64(len(v.slots) - 1)
	top := h &^ (1<<vocabRankBits - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		x := v.slots[j]
		if x == 0 {
			return -1
		}
		if x&^(1<<vocabRankBits-1) == top {
			return int(x & (1<<vocabRankBits - 1))
		}
	}
}

// setFold sets the features of the folded word fw, whose hash is h
// (0 when the word is too long to fold), in m and f.
func (m *mword) setFold(fw []byte, h uint64, env *featEnv, f *wfeat) {
	lex := env.lex
	m.h = h
	if len(fw) == 0 {
		m.core = 0
		m.lex = 0
		m.nClitic = 0
		*f = wfeat{}
		return
	}
	m.nClitic = uint8(stripClitics(fw))
	core := coreOf(fw)
	m.core = index.HashWord(core)
	for k := range 3 {
		if len(core) > k+1 {
			f.suf[k] = index.HashWord(core[len(core)-k-1:])
		} else {
			f.suf[k] = 0
		}
	}
	for k := range 2 {
		if len(fw) > k+2 {
			f.pre[k] = index.HashWord(fw[:k+1])
		} else {
			f.pre[k] = 0
		}
	}
	f.cue = cueClass[h]
	f.clus = env.clus.find(h)
	f.cclus = f.clus
	if m.core != h {
		f.cclus = env.clus.find(m.core)
	}
	m.lex = lex[m.h]
	if m.lex == 0 && m.core != m.h {
		m.lex = lex[index.HashWord(fw[m.nClitic:])]
	}
}

// maxFeatures is the number of features of one word (see features).
const maxFeatures = 48

var boundary = mword{h: 0x5EED, core: 0x5EED, shape: 0xFF}

// noFeat is the boundary's wfeat.
var noFeat wfeat

// wordFeatures writes the features that word w (its wfeat f)
// contributes to the word being labelled when w is p places after it (p
// from -2 to 2; -1 is the word before): they depend on w and p alone, so
// the recognizer caches their sum per word (see recognizer.tag).
func wordFeatures(w *mword, f *wfeat, p int, out []uint64) int {
	n := 0
	pp := uint64(p + 2)
	out[n] = mix(tWord, pp, w.h)
	n++
	if f.cue != 0 {
		out[n] = mix(tCue, pp, uint64(f.cue))
		n++
	}
	out[n] = mix(tClusC, pp, uint64(clusterCoarse(f.clus)))
	n++
	if p >= -1 && p <= 1 {
		out[n] = mix(tCore, pp, w.core)
		out[n+1] = mix(tLex, pp, uint64(w.lex))
		out[n+2] = mix(tClusF, pp, uint64(clusterFine(f.clus)))
		out[n+3] = mix(tClusCore, pp, uint64(clusterFine(f.cclus)))
		n += 4
	}
	if p == 0 {
		out[n] = mix(tSuf1, 0, f.suf[0])
		out[n+1] = mix(tSuf2, 0, f.suf[1])
		out[n+2] = mix(tSuf3, 0, f.suf[2])
		out[n+3] = mix(tPre1, 0, f.pre[0])
		out[n+4] = mix(tPre2, 0, f.pre[1])
		out[n+5] = mix(tBias, 0, 0)
		n += 6
	}
	return n
}

// contextFeatures writes the features of word i of ws that depend on
// more than one word, or on where the word is.
func contextFeatures(ws []mword, i int, out []uint64) int {
	at := func(k int) *mword {
		if k < 0 || k >= len(ws) {
			return &boundary
		}
		return &ws[k]
	}
	w := &ws[i]
	prev, next := at(i-1), at(i+1)
	n := 0
	add := func(t, p, v uint64) {
		out[n] = mix(t, p, v)
		n++
	}
	add(tShape, 0, uint64(w.shape))
	j := uint64(0)
	if w.joined {
		j |= 1
	}
	if next.joined {
		j |= 2
	}
	if w.first {
		j |= 4
	}
	add(tJoin, 0, j)
	for p := -1; p <= 1; p++ {
		add(tGaz, uint64(p+1), uint64(at(i+p).gaz))
	}
	add(tGaz, 3, uint64(prev.gaz)<<8|uint64(w.gaz))
	add(tLexPair, 0, uint64(prev.lex)<<8|uint64(w.lex))
	add(tLexPair, 1, uint64(w.lex)<<8|uint64(next.lex))
	if w.gaz != 0 {
		add(tGazWord, 0, uint64(w.gaz)<<56^prev.core)
	}
	return n
}

// features writes all the hashed features of word i of ws (wf their
// wfeats) into out and returns how many (training uses it;
// recognizer.tag sums the same).
func features(ws []mword, wf []wfeat, i int, out *[maxFeatures]uint64) int {
	n := 0
	for p := -2; p <= 2; p++ {
		if k := i + p; k >= 0 && k < len(ws) {
			n += wordFeatures(&ws[k], &wf[k], p, out[n:])
		} else {
			n += wordFeatures(&boundary, &noFeat, p, out[n:])
		}
	}
	return n + contextFeatures(ws, i, out[n:])
}
