package entities

import (
	"testing"

	"github.com/arnews/arnews/entities/internal/index"
)

func TestParseClusters(t *testing.T) {
	tab := parseClusters("# comment\n3 7 بغداد بيروت\n\n0 1 قال\nbad line here\n5 x أعلن\n4 2\n")
	for _, c := range []struct {
		w            string
		coarse, fine uint32
	}{{"بغداد", 4, 8}, {"بيروت", 4, 8}, {"قال", 1, 2}, {"أعلن", 0, 0}, {"الرياض", 0, 0}, {"here", 0, 0}} {
		v := tab.find(hashOf(c.w))
		if clusterCoarse(v) != c.coarse || clusterFine(v) != c.fine {
			t.Errorf("%s: coarse %d fine %d, want %d %d", c.w, clusterCoarse(v), clusterFine(v), c.coarse, c.fine)
		}
	}
	// Words are folded when read: another spelling of the same folded word
	// finds the cluster.
	if a, b := tab.find(hashOf("قال")), tab.find(hashOf("قالَ")); a == 0 || a != b {
		t.Errorf("قال %#x, قالَ %#x: want the same cluster", a, b)
	}
	if v := parseClusters("").find(hashOf("قال")); v != 0 {
		t.Errorf("empty table: %#x", v)
	}
}

// TestEmbeddedClusters checks the embedded clusters on words whose
// company in news is clear, and the cluster features of a word with
// proclitics.
func TestEmbeddedClusters(t *testing.T) {
	tab := defaultClusters()
	n := 0
	for _, s := range tab.slots {
		if s != 0 {
			n++
		}
	}
	if n < 30000 {
		t.Fatalf("%d words in the embedded clusters, want at least 30,000", n)
	}
	same := func(a, b string) {
		t.Helper()
		va, vb := tab.find(hashOf(a)), tab.find(hashOf(b))
		if va == 0 || clusterCoarse(va) != clusterCoarse(vb) {
			t.Errorf("%s (%#x) and %s (%#x): want the same coarse cluster", a, va, b, vb)
		}
	}
	same("بغداد", "القاهرة")
	same("دمشق", "القاهرة")
	same("محمد", "أحمد")
	same("قال", "أعلن")
	if a, b := tab.find(hashOf("محمد")), tab.find(hashOf("بغداد")); clusterCoarse(a) == clusterCoarse(b) {
		t.Errorf("محمد and بغداد share coarse cluster %d", clusterCoarse(a))
	}
	// A word with a proclitic: its core's cluster is a feature.
	env := &featEnv{lex: map[uint64]uint8{}, clus: tab}
	var m mword
	var wf wfeat
	fw := index.AppendFold(nil, "وبغداد")
	m.setFold(fw, index.HashWord(fw), env, &wf)
	if want := tab.find(hashOf("بغداد")); wf.cclus != want {
		t.Errorf("وبغداد: core cluster %#x, want بغداد's %#x", wf.cclus, want)
	}
}
