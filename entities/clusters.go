package entities

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/arnews/arnews/entities/internal/index"
)

// Word clusters: the frequent words of unlabelled news grouped by the
// words seen around them (learnt offline by TestBuildClusters in
// clusters_build_test.go; regenerate the model after them). A word's fine
// cluster and its coarse cluster (a group of fine ones) are features of
// the recognizer, so what it learns about a word of its labelled data
// carries to the words that keep the same company in news: a town the
// training data never names shares the cluster of the towns it does.
//
//go:embed data/clusters.txt
var embeddedClusters string

// A cluster value: (coarse+1)<<clusterShift | (fine+1); 0 is no cluster.
const clusterShift = 12

func clusterFine(v uint32) uint32   { return v & (1<<clusterShift - 1) }
func clusterCoarse(v uint32) uint32 { return v >> clusterShift }

// clusterTable maps the hashes of folded words to their cluster value,
// in the layout of vocabTable (the value in place of the rank).
type clusterTable struct {
	vocabTable
}

// find returns the cluster value of the word with hash h, or 0.
func (t *clusterTable) find(h uint64) uint32 {
	if t == nil {
		return 0
	}
	v := t.vocabTable.find(h)
	if v < 0 {
		return 0
	}
	return uint32(v)
}

// parseClusters reads the clusters file: "#" comment lines, then one
// line per fine cluster: its coarse id, its fine id and its words. Words
// are folded here, so a change of folding needs no new file (two words
// that come to fold alike keep the first one's cluster). A malformed line
// is skipped.
func parseClusters(s string) *clusterTable {
	type entry struct {
		h uint64
		v uint32
	}
	var es []entry
	var buf []byte
	for line := range strings.SplitSeq(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) < 3 {
			continue
		}
		c, err1 := strconv.Atoi(fs[0])
		f, err2 := strconv.Atoi(fs[1])
		if err1 != nil || err2 != nil || c < 0 || f < 0 || c >= 1<<(vocabRankBits-clusterShift)-1 || f >= 1<<clusterShift-1 {
			continue
		}
		v := uint32(c+1)<<clusterShift | uint32(f+1)
		for _, w := range fs[2:] {
			buf = index.AppendFold(buf[:0], w)
			if len(buf) == 0 || len(buf) > maxFold {
				continue
			}
			es = append(es, entry{index.HashWord(buf), v})
		}
	}
	size := 1
	for size < 2*len(es) {
		size *= 2
	}
	t := &clusterTable{vocabTable{slots: make([]uint64, size)}}
	for _, e := range es {
		if e.h>>vocabRankBits == 0 || t.vocabTable.find(e.h) >= 0 {
			continue
		}
		j := e.h & uint64(size-1)
		for t.slots[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		t.slots[j] = vocabSlot(e.h, int(e.v))
	}
	return t
}

// defaultClusters is the embedded clusters' table, made on first use.
var defaultClusters = sync.OnceValue(func() *clusterTable { return parseClusters(embeddedClusters) })
