package entities

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestCachedSums checks that the recognizer's emission scores, summed
// from its per-word cache, are those of the features that training uses.
func TestCachedSums(t *testing.T) {
	m := DefaultModel()
	if m == nil {
		t.Fatal("no embedded model")
	}
	g := defaultLookup().WithModel(m)
	text := shared.News(t, 64<<10)
	f := g.find(text, nil)
	defer f.release()
	st := recPool.Get().(*recState)
	defer recPool.Put(st)
	g.rec.lexicon(g)
	env := &g.rec.env
	shift := 64 - uint(m.bits)
	var cached [][labelPad]int64
	f.chunks(st, g.rec, env, func(ws []mword, _ []wfeat) {
		g.rec.tag(st, ws, nil)
		cached = append(cached, st.em[:len(ws)]...)
	})
	words := 0
	f.chunks(st, nil, env, func(ws []mword, wf []wfeat) {
		var feats [maxFeatures]uint64
		for i := range ws {
			n := features(ws, wf, i, &feats)
			var e [labelPad]int64
			for _, x := range feats[:n] {
				for l := range nLabels {
					e[l] += int64(m.weight(x>>shift, l))
				}
			}
			if e != cached[words] {
				t.Fatalf("word %q: cached %v, features %v", text[ws[i].start:ws[i].end], cached[words], e)
			}
			words++
		}
	})
	if words != len(cached) || words < 5000 {
		t.Fatalf("%d words, %d cached", words, len(cached))
	}
}
