package arnews

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
)

// wordCache remembers the search form and stem of the words an Analyzer has
// seen, so that the frequent words of news (most tokens of an article) are
// normalized and stemmed once per process, not once per occurrence.
//
// It is flat, to cost one memory read per word: an open-addressing table of
// 64-byte buckets (one cache line each), in which a bucket holds a header
// word (how many records, how many bytes they take, a 12-bit tag of each
// record's hash) and up to four records, each the word, its search form,
// its stem and its id: the word's number in the table, which indexes the
// table's side record of the word (a wordclass.Word: dates' class and
// entities' hash, vocabulary rank and fold length, computed once per word
// when its record is made, and handed to dates and entities with the
// tokens, so that they do not fold, hash and look up the word again). The
// side records are apart, dense by id, rather than in the bucket records,
// which they would make too long for four to a bucket; the words met
// first, the frequent ones, have the small ids and share cache lines. A
// hit reads the header and compares the word in the same line. Records too long for a
// bucket (rare: a long word whose search form differs) live in an arena of
// byte chunks and the bucket holds their offset. Records are written once, under a mutex, in the free part of a
// bucket (or the arena) before the bucket's header is published with an
// atomic store (the side record too, before); readers take no lock and read only the records the header
// they loaded counts. Records hold copies, so the cache never keeps a
// caller's text alive, and the strings it returns point into buckets and
// chunks whose published bytes never change.
//
// A table holds at most cacheLimit words. When the current one is full it
// becomes the previous one and a fresh table starts: a word found only in
// the previous table is copied into the current one, so the words that
// keep coming (most tokens) survive the change, and the words of a stream
// of news that drifts from the first ones it saw keep being learnt. A
// previous table is dropped at the next change (the strings handed out
// from it keep its memory alive while they live).
type wordCache struct {
	seed maphash.Seed
	keys [4]uint64 // the random keys of hash
	// word fills entities' part of the side record of a Word
	// (wordclass.EntitiesWords of the Analyzer's gazetteer; nil: dates'
	// class alone); set once, before the cache is used
	word func(w string, x wordclass.Word) wordclass.Word
	cur  atomic.Pointer[cacheTable]
	prev atomic.Pointer[cacheTable] // nil until the first table is full
	mu   sync.Mutex                 // held to add a record or change tables
	off  int                        // the current table's arena's next free offset, under mu
	n    atomic.Int64               // the words of the current table: the next id
}

// A cacheTable is one generation of the word cache.
type cacheTable struct {
	headers []atomic.Uint64 // cacheBuckets buckets of 8 words; word 0 of each is its header
	mem     []byte          // the same memory as bytes: the records
	chunks  [arenaChunks]atomic.Pointer[[chunkSize]byte]
	side    []wordclass.Word // by record id (cacheLimit), written before the record is published
}

const (
	cacheBuckets = 1 << 15          // 2 MB of buckets
	cacheSlots   = 2 * cacheBuckets // the records the table is sized for
	cacheMaxWord = 64               // longer words are not cached
	cacheProbes  = 8                // buckets a word may be placed in from its own
	cacheLimit   = cacheSlots * 3 / 4
	bucketSize   = 64
	chunkBits    = 16
	chunkSize    = 1 << chunkBits
	arenaChunks  = 64   // 4 MB of long records at most
	sameNorm     = 0xFF // in a record: the search form is the word
	stemAfter    = 0xFF // in a record: the stem is stored after the forms
	arenaRef     = 0xFF // a bucket record's first byte: the record is in the arena
	arenaRefSize = 5
	recordHead   = 6 // the bytes of a record before its word

	// the header of a bucket
	hdrCount    = 7      // bits 0-2: the number of records (at most 4)
	hdrUsed     = 3      // bits 3-8: the bytes they take
	hdrOverflow = 1 << 9 // a record whose home this is lives in a later bucket
	hdrTags     = 16     // bits 16-63: the records' tags, 12 bits each
	maxRecords  = 4
)

// A record is [len(word)][len(norm) or sameNorm][len(stem)][where the stem
// is or stemAfter][id: 2 bytes, little-endian] word norm [stem]. The id
// (below cacheLimit, which fits) indexes the table's side records: the
// word's wordclass.Word (the zero Word in the records of other kinds).
// norm is left out when it is the word itself, and the stem, which is
// nearly always part of the word or of its search form (الحكومة: حكوم), is
// where it is in word+norm, stored after them only when it is not there.
// In a bucket, records follow each other from byte 8; a bucket record whose first byte is arenaRef holds instead,
// at its bytes 1-4, the offset of the record in the arena (little-endian).

func newWordCache() *wordCache {
	c := &wordCache{seed: maphash.MakeSeed()}
	for i := range c.keys {
		c.keys[i] = rand.Uint64() | 1
	}
	c.cur.Store(newCacheTable())
	return c
}

func newCacheTable() *cacheTable {
	h := make([]atomic.Uint64, cacheBuckets*bucketSize/8)
	// A large allocation starts on a page: every bucket is one cache line.
	mem := unsafe.Slice((*byte)(unsafe.Pointer(&h[0])), len(h)*8)
	return &cacheTable{headers: h, mem: mem, side: make([]wordclass.Word, cacheLimit)}
}

// hash returns a hash of w, keyed by the cache's random keys so that no text
// can be written to make words collide: for a word of at most shortWord
// bytes (most words of news) its two numbers of short mixed by two 128-bit
// multiplications, cheaper than maphash.String, which longer words take.
func (c *wordCache) hash(w string) uint64 {
	if len(w) > shortWord {
		return maphash.String(c.seed, w)
	}
	x, y := short(unsafe.Slice(unsafe.StringData(w), len(w)))
	return c.mix(x, y, len(w))
}

// mix returns the hash of the word of n bytes whose numbers are x and y.
func (c *wordCache) mix(x, y uint64, n int) uint64 {
	hi, lo := bits.Mul64(x^c.keys[0], y^c.keys[1])
	hi, lo = bits.Mul64(hi^lo^c.keys[2], uint64(n)^c.keys[3])
	return hi ^ lo
}

// shortWord is the longest word that short describes.
const shortWord = 16

// short returns two numbers that, with its length, tell b (at most
// shortWord bytes) from every other string of at most shortWord bytes: its
// first and last 8 bytes (4 when shorter than 8; the first, middle and last
// byte when shorter than 4), which between them hold all of b.
func short(b []byte) (x, y uint64) {
	n := len(b)
	switch {
	case n >= 8:
		return binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[n-8:])
	case n >= 4:
		return uint64(binary.LittleEndian.Uint32(b)), uint64(binary.LittleEndian.Uint32(b[n-4:]))
	case n > 0:
		return uint64(b[0])<<16 | uint64(b[n>>1])<<8 | uint64(b[n-1]), 0
	}
	return 0, 0
}

// get returns the cached forms of w, or computes them with f and caches them
// while there is room.
func (c *wordCache) get(w string, f func(string) (norm, stem string)) (string, string) {
	norm, stem, _ := c.getWord(w, f)
	return norm, stem
}

// getWord is get that also returns the side record of the word w (see
// wordOf), kept with its record.
func (c *wordCache) getWord(w string, f func(string) (norm, stem string)) (norm, stem string, x wordclass.Word) {
	if len(w) > cacheMaxWord {
		norm, stem = f(w)
		return norm, stem, c.wordOf(w)
	}
	return c.getHash(w, c.hash(w), f, true)
}

// wordOf returns the side record of the Word w: its class for dates
// (wordClass) and, when the cache was given entities' function (word),
// what entities reads of it.
func (c *wordCache) wordOf(w string) wordclass.Word {
	x := wordclass.Word{Class: wordClass(w)}
	if c.word != nil {
		x = c.word(w, x)
	}
	return x
}

// wordClass is dates' class of the word w (internal/wordclass), or
// wordclass.Unknown when dates gave no classes.
func wordClass(w string) uint16 {
	if wordclass.DatesClass == nil {
		return wordclass.Unknown
	}
	return wordclass.DatesClass(w)
}

// getOther is get for the tokens that are no words (numbers, hashtags,
// mentions): their records are told from a word's of the same text by
// their tag (the hash's top bit flipped), so that a text is never given
// the forms computed for it as another kind.
func (c *wordCache) getOther(w string, f func(string) (norm, stem string)) (string, string) {
	if len(w) > cacheMaxWord {
		return f(w)
	}
	norm, stem, _ := c.getHash(w, c.hash(w)^otherKind, f, false)
	return norm, stem
}

// otherKind flips the top bit of a hash, which is in its tag.
const otherKind = 1 << 63

// bucketOf returns the index of word 0 of the home bucket of hash h.
func bucketOf(h uint64) int { return int(h&(cacheBuckets-1)) * (bucketSize / 8) }

// tagOf returns the 12-bit tag of hash h.
func tagOf(h uint64) uint64 { return h >> 52 }

// getHash is getWord of a text of at most cacheMaxWord bytes whose hash is
// h: a Word when word is set (its record gets its side record, wordOf),
// another kind else (the zero Word).
func (c *wordCache) getHash(w string, h uint64, f func(string) (norm, stem string), word bool) (string, string, wordclass.Word) {
	t := c.cur.Load()
	if norm, stem, id, ok := t.lookup(w, h); ok {
		return norm, stem, t.side[id]
	}
	if p := c.prev.Load(); p != nil {
		if norm, stem, id, ok := p.lookup(w, h); ok {
			return c.add(w, h, norm, stem, p.side[id]) // into the current table
		}
	}
	norm, stem := f(w)
	var x wordclass.Word
	if word {
		x = c.wordOf(w)
	}
	return c.add(w, h, norm, stem, x)
}

// lookup returns the forms and id of w, whose hash is h, when t holds
// them.
func (t *cacheTable) lookup(w string, h uint64) (norm, stem string, id int, ok bool) {
	b, tag := bucketOf(h), tagOf(h)
	for p := 0; p < cacheProbes; p++ {
		hd := t.headers[b].Load()
		if norm, stem, id, ok := t.inBucket(hd, b, w, tag); ok {
			return norm, stem, id, true
		}
		if hd&hdrOverflow == 0 {
			break
		}
		b = (b + bucketSize/8) & (len(t.headers) - 1)
	}
	return "", "", 0, false
}

// fill sets each token of dst from the stream token of src at the same
// index (dst is as long as src): its text, span and kind, and its forms: for
// a Word its Norm and Stem from the cache, with f for the words it does not
// hold, in ws (as long as src) its side record, and in cls (as long as src)
// its class for dates (0 for the other kinds, whose ws entries are left as
// they are); for a Hashtag, Mention or Number its search form (cached as
// another kind, see getOther); for the other kinds its text as Norm. The
// copy is made in the same pass as the look-ups, so that dst is written
// once and not read back. It looks words up in blocks: the headers
// of a block's buckets are read first, then the records compared, so that
// the memory reads of many words are in flight at once rather than one word
// after the other (the hashes first, so that the loop of header reads is
// short enough for the processor to run many of its iterations ahead).
// Words of at most shortWord bytes, nearly all, are compared by their
// numbers from short, kept from hashing them.
func (c *wordCache) fill(dst []Token, src []tokenize.Token, cls []uint16, ws []wordclass.Word, f func(string) (norm, stem string)) {
	const block = 32
	var (
		idx    [block]int32
		hs     [block]uint64
		hds    [block]uint64
		xs, ys [block]uint64
	)
	tab := c.cur.Load() // a table is never changed once replaced: it stays readable
	dst, cls, ws = dst[:len(src)], cls[:len(src)], ws[:len(src)]
	// cls[i] is at cp + 2i, ws[i] at wp + 16i, side record k at sdp +
	// 16k: idx holds indices of src, as long; a published record's id is
	// below cacheLimit, the side records' number
	cp := unsafe.Pointer(unsafe.SliceData(cls))
	wp := unsafe.Pointer(unsafe.SliceData(ws))
	sdp := unsafe.Pointer(unsafe.SliceData(tab.side))
	for i := 0; i < len(src); {
		n := 0
		for ; i < len(src) && n < block; i++ {
			s, t := &src[i], &dst[i]
			w := s.Text
			t.Text, t.Start, t.End, t.Kind = w, s.Start, s.End, s.Kind
			switch s.Kind { // (a Word's class is written below)
			case tokenize.Word:
			case tokenize.Hashtag, tokenize.Mention, tokenize.Number:
				t.Norm, t.Stem = c.getOther(w, searchForm) // (no stem)
				cls[i] = 0
				continue
			default:
				t.Norm, t.Stem, cls[i] = w, "", 0
				continue
			}
			if len(w) > shortWord {
				t.Norm, t.Stem, ws[i] = c.getWord(w, f)
				cls[i] = ws[i].Class
				continue
			}
			x, y := short(unsafe.Slice(unsafe.StringData(w), len(w)))
			h := c.mix(x, y, len(w))
			// the header is not used before the block is read: its
			// load, a likely cache miss, overlaps the next words'
			idx[n], hs[n], xs[n], ys[n], hds[n] = int32(i), h, x, y, tab.headers[bucketOf(h)].Load()
			n++
		}
	words:
		for j := 0; j < n; j++ {
			t := &dst[idx[j]]
			hd, h, lw := hds[j], hs[j], len(t.Text)
			b := bucketOf(h)
			bk := (*[bucketSize]byte)(tab.mem[b*8 : b*8+bucketSize])
			p := 8
			for r := 0; r < int(hd&hdrCount); r++ {
				q := p & (bucketSize - 1)
				rw := int(bk[q])
				if rw == lw && hd>>(hdrTags+12*r)&0xFFF == tagOf(h) && q+recordHead+lw <= bucketSize {
					if x, y := short(bk[q+recordHead : q+recordHead+lw]); x == xs[j] && y == ys[j] {
						// bucketForms, written out here: the call cost
						// more than the rest of a hit
						d := unsafe.Add(unsafe.Pointer(bk), q+recordHead)
						ln, ls, sp := int(bk[(q+1)&(bucketSize-1)]), int(bk[(q+2)&(bucketSize-1)]), int(bk[(q+3)&(bucketSize-1)])
						word := unsafe.String((*byte)(d), lw)
						norm, e := word, lw
						if ln != sameNorm {
							norm, e = "", lw+ln
							if ln > 0 {
								norm = unsafe.String((*byte)(unsafe.Add(d, lw)), ln)
							}
						}
						stem := ""
						if ls > 0 {
							if sp != stemAfter {
								e = sp
							}
							stem = unsafe.String((*byte)(unsafe.Add(d, e)), ls)
						}
						t.Norm, t.Stem = norm, stem
						// the id, bytes 4-5 of the record, and its side record
						id := int(*(*byte)(unsafe.Add(d, -2))) | int(*(*byte)(unsafe.Add(d, -1)))<<8
						sw := (*wordclass.Word)(unsafe.Add(sdp, 16*id))
						*(*wordclass.Word)(unsafe.Add(wp, 16*int(idx[j]))) = *sw
						*(*uint16)(unsafe.Add(cp, 2*int(idx[j]))) = sw.Class
						continue words
					}
				}
				if rw == arenaRef {
					p += arenaRefSize
				} else {
					p += recordSize(rw, int(bk[(q+1)&(bucketSize-1)]), int(bk[(q+2)&(bucketSize-1)]), bk[(q+3)&(bucketSize-1)])
				}
			}
			k := idx[j]
			t.Norm, t.Stem, ws[k] = c.getHash(t.Text, h, f, true)
			cls[k] = ws[k].Class
		}
	}
}

// A side record is 16 bytes (fill copies it so).
var _ [16 - unsafe.Sizeof(wordclass.Word{})]struct{}
var _ [unsafe.Sizeof(wordclass.Word{}) - 16]struct{}

// A record's id fits its two bytes.
var _ [1<<16 - cacheLimit]struct{}

// inBucket returns the forms and id of w from the bucket at b whose
// header is hd, when it holds w's record.
func (t *cacheTable) inBucket(hd uint64, b int, w string, tag uint64) (norm, stem string, id int, ok bool) {
	bk := (*[bucketSize]byte)(t.mem[b*8 : b*8+bucketSize])
	p := 8
	for r := 0; r < int(hd&hdrCount); r++ {
		lw := bk[p&(bucketSize-1)]
		if hd>>(hdrTags+12*r)&0xFFF == tag {
			if int(lw) == len(w) {
				if norm, stem, id, ok := bucketRecord(bk, p&(bucketSize-1), w); ok {
					return norm, stem, id, true
				}
			} else if lw == arenaRef {
				off := binary.LittleEndian.Uint32(bk[(p+1)&(bucketSize-1):])
				if norm, stem, id, ok := t.record(off, w); ok {
					return norm, stem, id, true
				}
			}
		}
		if lw == arenaRef {
			p += arenaRefSize
		} else {
			p += recordSize(int(lw), int(bk[(p+1)&(bucketSize-1)]), int(bk[(p+2)&(bucketSize-1)]), bk[(p+3)&(bucketSize-1)])
		}
	}
	return "", "", 0, false
}

// bucketRecord returns the forms and id in the record at bk[p] when its
// word is w; the caller has checked that the record's word has the length
// of w.
func bucketRecord(bk *[bucketSize]byte, p int, w string) (norm, stem string, id int, ok bool) {
	if p+recordHead+len(w) > bucketSize || string(bk[p+recordHead:p+recordHead+len(w)]) != w {
		return "", "", 0, false
	}
	norm, stem = bucketForms(bk, p, len(w))
	return norm, stem, int(binary.LittleEndian.Uint16(bk[p+4:])), true
}

// bucketForms returns the search form and stem of the record at bk[p]
// whose word has lw bytes. It is readRecord without bounds checks: a
// published record lies within its bucket.
func bucketForms(bk *[bucketSize]byte, p, lw int) (norm, stem string) {
	d := unsafe.Add(unsafe.Pointer(bk), p+recordHead)
	ln, ls, sp := int(bk[(p+1)&(bucketSize-1)]), int(bk[(p+2)&(bucketSize-1)]), int(bk[(p+3)&(bucketSize-1)])
	e := lw
	switch {
	case ln == sameNorm:
		norm = unsafe.String((*byte)(d), lw)
	case ln > 0:
		norm, e = unsafe.String((*byte)(unsafe.Add(d, lw)), ln), lw+ln
	}
	switch {
	case ls == 0:
	case sp == stemAfter:
		stem = unsafe.String((*byte)(unsafe.Add(d, e)), ls)
	default:
		stem = unsafe.String((*byte)(unsafe.Add(d, sp)), ls)
	}
	return norm, stem
}

// bucketRecordSize returns the bytes the bucket record starting at r[0]
// takes.
func bucketRecordSize(r []byte) int {
	if r[0] == arenaRef {
		return arenaRefSize
	}
	return recordSize(int(r[0]), int(r[1]), int(r[2]), r[3])
}

// recordSize returns the size of a record of the given lengths.
func recordSize(lw, ln, ls int, sp byte) int {
	n := recordHead + lw
	if ln != sameNorm {
		n += ln
	}
	if sp == stemAfter {
		n += ls
	}
	return n
}

// readRecord returns the forms and id in the record at the start of r
// when its word is w.
func readRecord(r []byte, w string) (norm, stem string, id int, ok bool) {
	lw, ln, ls, sp := int(r[0]), int(r[1]), int(r[2]), int(r[3])
	if lw != len(w) || len(r) < recordHead+lw || string(r[recordHead:recordHead+lw]) != w {
		return "", "", 0, false
	}
	id = int(binary.LittleEndian.Uint16(r[4:]))
	d := r[recordHead:]
	word := bytesString(d[:lw])
	e := lw
	if ln == sameNorm {
		norm = word
	} else {
		norm, e = bytesString(d[lw:lw+ln]), lw+ln
	}
	if sp == stemAfter {
		return norm, bytesString(d[e : e+ls]), id, true
	}
	return norm, bytesString(d[sp : sp+ls]), id, true
}

// record returns the forms and id in the arena record at offset off when
// its word is w.
func (t *cacheTable) record(off uint32, w string) (norm, stem string, id int, ok bool) {
	ch := t.chunks[off>>chunkBits].Load()
	return readRecord(ch[off&(chunkSize-1):], w)
}

// bytesString returns b as a string without copying: b is part of a bucket
// or chunk whose bytes never change once its record is published.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// makeRecord returns the record header of w, norm and stem (same says that
// norm is w: it is then not stored), its id left 0, and the record's size.
func makeRecord(w, norm, stem string, same bool) (hdr [recordHead]byte, size int) {
	hdr = [recordHead]byte{byte(len(w)), byte(len(norm)), byte(len(stem)), stemAfter}
	if same {
		hdr[1] = sameNorm
	}
	if i := strings.Index(w, stem); i >= 0 && stem != "" {
		hdr[3] = byte(i)
	} else if i := strings.Index(norm, stem); i >= 0 && stem != "" && len(w)+i < stemAfter {
		hdr[3] = byte(len(w) + i)
	}
	return hdr, recordSize(int(hdr[0]), int(hdr[1]), int(hdr[2]), hdr[3])
}

// putRecord writes the record with header hdr of w, norm and stem at the
// start of r.
func putRecord(r []byte, hdr [recordHead]byte, w, norm, stem string) {
	copy(r, hdr[:])
	n := recordHead + copy(r[recordHead:], w)
	n += copy(r[n:], norm)
	if hdr[3] == stemAfter {
		copy(r[n:], stem)
	}
}

// add stores the forms and side record x of w, whose hash is h, in the
// current table when there is room, starting a new table when it is full,
// and returns them.
func (c *wordCache) add(w string, h uint64, norm, stem string, x wordclass.Word) (string, string, wordclass.Word) {
	rn, same := norm, norm == w // the norm the record holds
	if same {
		rn = ""
	}
	if len(rn) >= sameNorm || len(stem) > 0xFF {
		return norm, stem, x
	}
	hdr, size := makeRecord(w, rn, stem, same)
	need := size // in the bucket
	inline := size <= bucketSize-8
	if !inline {
		need = arenaRefSize
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n.Load() >= cacheLimit { // full: the next generation
		c.prev.Store(c.cur.Load())
		c.cur.Store(newCacheTable())
		c.n.Store(0)
		c.off = 0
	}
	t := c.cur.Load()
	b, tag := bucketOf(h), tagOf(h)
	for p := 0; ; p++ {
		if p == cacheProbes {
			return norm, stem, x
		}
		hd := t.headers[b].Load()
		if n, st, id, ok := t.inBucket(hd, b, w, tag); ok {
			return n, st, t.side[id] // another goroutine stored it meanwhile
		}
		if used := int(hd >> hdrUsed & 63); hd&hdrCount < maxRecords && 8+used+need <= bucketSize {
			break
		}
		// w goes to a later bucket: readers must look past this one
		t.headers[b].Store(hd | hdrOverflow)
		b = (b + bucketSize/8) & (len(t.headers) - 1)
	}
	id := int(c.n.Load()) // below cacheLimit (above)
	binary.LittleEndian.PutUint16(hdr[4:], uint16(id))
	hd := t.headers[b].Load()
	used := int(hd >> hdrUsed & 63)
	pos := b*8 + 8 + used
	if inline {
		putRecord(t.mem[pos:pos+need], hdr, w, rn, stem)
	} else {
		off := c.off
		if off&(chunkSize-1)+size > chunkSize { // records do not cross chunks
			off = (off>>chunkBits + 1) << chunkBits
		}
		k := off >> chunkBits
		if k >= arenaChunks {
			return norm, stem, x
		}
		ch := t.chunks[k].Load()
		if ch == nil {
			ch = new([chunkSize]byte)
			t.chunks[k].Store(ch)
		}
		putRecord(ch[off&(chunkSize-1):], hdr, w, rn, stem)
		c.off = off + size
		r := t.mem[pos : pos+arenaRefSize]
		r[0] = arenaRef
		binary.LittleEndian.PutUint32(r[1:], uint32(off))
	}
	t.side[id] = x // (before the header that publishes the record)
	k := hd & hdrCount
	hd = hd&^(hdrCount|63<<hdrUsed) | (k + 1) | uint64(used+need)<<hdrUsed | tag<<(hdrTags+12*k)
	c.n.Add(1)
	t.headers[b].Store(hd)
	return norm, stem, x
}
