package dates

import (
	"time"

	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/internal/wordclass"
	tkz "github.com/arnews/arnews/tokenize"
)

// A word's class (internal/wordclass) is the slot of its surface in the
// lexicon's table plus one, or 0 when its key is no surface: the lexicon is
// built once per process, so the slot numbers hold for the process. The
// arnews Analyzer keeps each word's class in its word cache and hands the
// classes of a text's tokens to dates (findClassed), which then reads a
// word's surface from its class instead of folding and looking it up.

func init() {
	wordclass.DatesClass = wordClass
	wordclass.DatesFind = findClassed
}

// wordClass returns the class of the Word w: that of its key, w folded as
// the stream folds it (alphabet.AppendKey).
func wordClass(w string) uint16 {
	var buf [maxKey + 24]byte
	key := buf[:0]
	for _, r := range w {
		if key = alphabet.AppendRune(key, r); len(key) > maxKey {
			return 0 // (too long to be read as a surface)
		}
	}
	return keyClass(key)
}

// keyClass returns the class of a Plain word whose key is key: the slot of
// the surface that streamToks finds for it, plus one, or 0; Unknown for a
// surface kept outside the slots (longer than surfKeyMax: none today), or
// a slot number too large for a class.
func keyClass(key []byte) uint16 {
	if len(key) == 0 || len(key) > maxKey || key[0] < 0xD8 { // Arabic letters only, as streamToks
		return 0
	}
	x := &lexTable().idx
	g := keyHash(key)
	if !x.filterHas(g) {
		return 0
	}
	if len(key) > surfKeyMax {
		if x.findLong(key) != nil {
			return wordclass.Unknown
		}
		return 0
	}
	n := x.slotOf(key, g)
	if n+1 >= wordclass.Unknown {
		return wordclass.Unknown
	}
	return uint16(n + 1)
}

// findClassed is (*Resolver).FindStream (written false) or
// FindWrittenStream (written true) of st, reading the class of token i of
// st from cls[i] (see wordclass.DatesFind).
func findClassed(r *Resolver, st *tkz.Stream, cls []uint16, stamp time.Time, written bool) ([]Expression, time.Time, bool) {
	if st == nil {
		return nil, stamp, false
	}
	if len(cls) != st.Len() {
		cls = nil
	}
	if written {
		return r.findWritten(st.Text(), st, cls, stamp)
	}
	cfg := defaultConfig()
	if r != nil {
		cfg = r.cfg
	}
	return findStream(st.Text(), st, cls, stamp, cfg), stamp, false
}
