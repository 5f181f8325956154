package entities

import (
	"encoding/binary"
	"hash/fnv"
	"testing"

	"github.com/arnews/arnews/entities/internal/index"
)

// foldPrints records, per featureVersion, the fingerprint of everything
// the recognizer's features read the text through (foldPrint). A model
// is trained on features of folded words; if the folding, the word
// boundaries, the word hash or the proclitic guess change, an old model
// still loads but reads other features than it learnt and silently
// degrades. So a change there must bump featureVersion (LoadModel then
// refuses the old model), retrain the embedded model (go generate
// ./entities/) and record the new fingerprint here.
var foldPrints = map[int]uint64{
	4: 0xafa2c741d78aafb9,
	5: 0xafa2c741d78aafb9, // word clusters (no change of folding)
}

// foldPrint hashes, for every rune of the Basic Multilingual Plane and of
// the Arabic blocks beyond it: its folded form, the hash of the fold, the
// words NextWord finds around it, and the proclitics and core of a few
// words made with it.
func foldPrint() uint64 {
	h := fnv.New64a()
	var b [8]byte
	put := func(v uint64) {
		binary.LittleEndian.PutUint64(b[:], v)
		h.Write(b[:])
	}
	var buf []byte
	do := func(r rune) {
		s := string(r)
		buf = index.AppendFold(buf[:0], s)
		h.Write(buf)
		put(index.HashWord(buf))
		// Word boundaries around the rune, and with letters on each side.
		ctx := "وبال" + s + "كتاب " + s + " ل" + s
		for i := 0; ; {
			st, e, ok := index.NextWord(ctx, i)
			if !ok {
				break
			}
			put(uint64(st)<<32 | uint64(e))
			fw := index.AppendFold(nil, ctx[st:e])
			put(uint64(stripClitics(fw)))
			put(index.HashWord(coreOf(fw)))
			i = e
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		do(r)
	}
	for r := rune(0x1EE00); r < 0x1EF00; r++ {
		do(r)
	}
	return h.Sum64()
}

// TestFoldPrint fails when the folding the features read changes without
// a new featureVersion (see foldPrints).
func TestFoldPrint(t *testing.T) {
	got := foldPrint()
	want, ok := foldPrints[featureVersion]
	if !ok {
		t.Fatalf("featureVersion %d has no fold fingerprint: record %#x in foldPrints", featureVersion, got)
	}
	if got != want {
		t.Fatalf("the folding, word boundaries, word hash or proclitic guess changed (fingerprint %#x, recorded %#x for featureVersion %d): bump featureVersion, retrain the model (go generate ./entities/) and record the new fingerprint", got, want, featureVersion)
	}
}
