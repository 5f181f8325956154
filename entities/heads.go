package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// Places named after a head word: في منطقة الرمادة, بمديرية حيس, قرب بلدية
// أزفون. Small places (villages, districts, quarters) are in no
// gazetteer and rarely in the 2000s newswire the model learnt from, but
// news names them after such a head. A rare word right after an
// indefinite place head, with nothing found there, is a place; the head
// stays out of the name, as in the labels (مدينة غدامس is غدامس).

// placeHeads are the heads, with their proclitics (not جهة: وجهة نظر;
// not قضاء: قضاء عمري; not the plurals, which an adjective follows).
var placeHeads = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`مدينة منطقة قرية بلدة دائرة ولاية محافظة مقاطعة إقليم بلدية معتمدية مديرية
		ضاحية مخيم حي ناحية شاطئ`) {
		for _, p := range headProclitics {
			m[hashOf(p+w)] = true
		}
	}
	return m
}()

// headBits is a bit filter of placeHeads' hashes (bit h&63 of word
// h>>57), so that a cache miss's entry (entHead) mostly needs no
// map read.
var headBits = func() (f [128]uint64) {
	for h := range placeHeads {
		f[h>>57] |= 1 << (h & 63)
	}
	return f
}()

// headPlaces adds to out (the merged mentions, in text order) the places
// named after a place head (see placeHeads) where nothing was found; it
// reads the words the gazetteer's scan kept, and does nothing when the
// text was too long to keep them. It applies the rules of facilities.go
// first.
func (r *recognizer) headPlaces(f *finder, out []candidate, made *madeSet) []candidate {
	out = facilities(f.text, out, made)
	if !f.keep {
		return out
	}
	s := f.text
	var extra []candidate
	oi := 0
	ks := f.kept
	// The place heads, noted by chunksKept from the words' entries
	// (entHead), in text order.
	next := 0 // the first word that may be a head (not the name after one)
	for _, i32 := range f.heads {
		i := int(i32)
		if i+1 >= len(ks) {
			break
		}
		if i < next {
			continue
		}
		x := &ks[i+1]
		if !x.joined {
			continue
		}
		start, end := int(x.start), int(x.end)
		if !r.rareName(s[start:end], x.h) {
			continue
		}
		for oi < len(out) && out[oi].end <= start {
			oi++
		}
		if oi < len(out) && out[oi].start < end {
			continue // something was found there
		}
		extra = append(extra, candidate{start: start, end: end, typ: Place})
		next = i + 2
	}
	if len(extra) == 0 {
		return out
	}
	for i := range extra {
		extra[i].ent = madeEntity(made, s[extra[i].start:extra[i].end], Place)
	}
	return mergeCandidates(out, extra)
}

// rareName reports whether the word w (folded hash h) may be a small
// place's name: an Arabic word of at least three letters, not among the
// placeRank most frequent words of news, no stop word or cue, in no
// gazetteer name but places', starting with no proclitic's letter but
// in ال (لأخرى), with no tanween (يميناً), and no adjective: a word in ة
// or ي whose masculine or feminine form is a frequent word (منطقة بعيدة,
// مدينة تاريخية, حي شعبي).
func (r *recognizer) rareName(w string, h uint64) bool {
	if len(w) < 6 || w[0] < 0x80 || r.stop[h] || cueClass[h] != cueNone || strings.Contains(w, "\u064b") {
		return false
	}
	if l := r.lex[h]; l != 0 && l&lexPlace == 0 {
		return false
	}
	if k := r.vt.find(h); k >= 0 && k < placeRank {
		return false
	}
	var buf [64]byte
	fw := index.AppendFold(buf[:0], w)
	n := len(fw)
	if n < 3 {
		return false
	}
	def := fw[0] == index.CodeAlef && fw[1] == index.CodeLam
	switch fw[0] {
	case index.CodeWaw, index.CodeFeh, index.CodeLam, index.CodeBeh, index.CodeKaf:
		if !def {
			return false
		}
	}
	frequent := func(f []byte) bool {
		k := r.vt.find(index.HashWord(f))
		return k >= 0 && k < commonRank
	}
	switch fw[n-1] {
	case index.CodeHeh: // ة
		if frequent(fw[:n-1]) || n > 3 && fw[n-2] == index.CodeYeh && frequent(fw[:n-2]) {
			return false
		}
	case index.CodeYeh:
		if frequent(append(fw[:n:n], index.CodeHeh)) || frequent(fw[:n-1]) {
			return false
		}
	}
	return true
}

// placeRank is the rank in the model's vocabulary from which a word after
// a place head may be a place's name (lower than commonRank: the
// vocabulary is Tunisian news, where أكودة is the 4,662nd word).
const placeRank = 5000
