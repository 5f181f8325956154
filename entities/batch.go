package entities

// The recognizer looks up every word in the model's vocabulary and then
// reads the word's precomputed entry: two reads at random places of a
// few megabytes, each a likely cache miss. Done word by word, between
// the rest of the work, the misses come one after another. lookAhead
// does them for a batch of the gazetteer's kept words in two short
// loops whose iterations do not depend on one another, so that the
// processor has many misses in flight at once; chunks then finds the
// entries in cache.

// batchWords is how many kept words lookAhead reads at once.
const batchWords = 32

// wordBatch holds the vocabulary entries of kept words [base, end).
type wordBatch struct {
	base, end int
	rank      [batchWords]int32
	ent       [batchWords]*cacheEntry
	sink      uint64 // what the touching loop read, so that it is not left out
}

// hit returns the entry of kept word j when b holds it made, else nil
// (then entryOf). It is small enough to be inlined in chunks; b.ent is
// nil past end (see reset and lookAhead).
func (b *wordBatch) hit(j int) *cacheEntry {
	if k := uint(j - b.base); k < batchWords {
		return b.ent[k]
	}
	return nil
}

// entryOf returns the vocabulary entry of kept word j (see known), or
// nil when the word is not in the vocabulary.
func (b *wordBatch) entryOf(r *recognizer, kept []kept, j int) *cacheEntry {
	if j < b.base || j >= b.end {
		b.lookAhead(r, kept, j)
	}
	if e := b.ent[j-b.base]; e != nil || b.rank[j-b.base] < 0 {
		return e
	}
	return r.known(kept[j].h) // the first use of the word: make its entry
}

// reset empties b, for a new text.
func (b *wordBatch) reset() {
	b.base, b.end = 0, 0
	clear(b.ent[:])
}

// lookAhead fills b with kept words from j on.
func (b *wordBatch) lookAhead(r *recognizer, kept []kept, j int) {
	b.base, b.end = j, min(len(kept), j+batchWords)
	ks := kept[b.base:b.end]
	for i := range ks {
		k := -1
		if x := &ks[i]; x.bare != 0 {
			k = int(x.bare) - 2 // (the rank from the word's wordclass.Word: see kept)
		} else if h := x.h; h != 0 {
			k = r.vt.find(h)
		}
		b.rank[i] = int32(k)
	}
	var sink uint64
	for i := range ks {
		k := int(b.rank[i])
		var e *cacheEntry
		if k >= len(r.vocab) {
			// A word out of the vocabulary, whose entry the word
			// cache's record had made (see moreRank).
			e = r.moreAt(k - len(r.vocab))
		} else if k >= 0 {
			if e = &r.vocab[k]; e.made.Load() != 2 {
				e = nil // made by known, on first use
			}
		}
		b.ent[i] = e
		if e == nil {
			continue
		}
		// Touch the three cache lines of the entry that chunks and tag
		// read (entries are 192 bytes, in an array that starts on a
		// page: see cacheEntry).
		sink += e.key + e.loc[1][0] + e.loc[3][0]
	}
	clear(b.ent[len(ks):])
	b.sink += sink
}
