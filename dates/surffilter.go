package dates

import "sync"

// The stream reader looks up every plain Arabic word of a text in the
// lexicon's surfaces (lexTab.findSurface). The signature filter there
// (sig: a word's length and a few of its letters) lets through many words
// that share those letters with a surface (a third of news words pass, a
// fifth are surfaces); a second filter over a hash of every byte of the
// key turns most of the others away before the map is read.

// fullSig is a hash of every byte of w (FNV-1a), reduced to a bit index.
func fullSig(w []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range w {
		h ^= uint32(b)
		h *= 16777619
	}
	return h >> (32 - 18) // surfBits = 1<<18
}

// surfFilter is the second filter: the fullSig bits of every surface.
var surfFilter = sync.OnceValue(func() *[surfBits / 64]uint64 {
	f := new([surfBits / 64]uint64)
	for w := range lexTable().surf {
		h := fullSig([]byte(w))
		f[h/64] |= 1 << (h % 64)
	}
	return f
})

// findSurfaceFiltered is lex.findSurface(w) with the second filter before
// the map; f is surfFilter().
func findSurfaceFiltered(lex *lexTab, f *[surfBits / 64]uint64, w []byte) *surface {
	h := sig(w)
	if lex.sbits[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	g := fullSig(w)
	if f[g/64]&(1<<(g%64)) == 0 {
		return nil
	}
	return lex.surfPtr[string(w)]
}
