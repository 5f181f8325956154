package entities_test

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/shared"
)

// The word clusters data/clusters.txt are rebuilt by
//
//	go test -run '^TestBuildClusters$' ./entities/ -buildclusters
//
// (then rebuild the model: go generate ./entities/). They are learnt from
// the unlabelled news of ../shared/corpus (both files): each of the
// clusterWords most frequent folded words is described by the words
// right before and after it (among the clusterContexts most frequent, and
// the start or end of a sentence), weighted by positive pointwise mutual
// information; spherical k-means puts the words into clusterFine
// clusters, and k-means over those clusters' centres groups them into
// clusterCoarse. Words that occur in the same contexts share a cluster
// (towns with towns, first names with first names, verbs of saying with
// each other), which tells the recognizer about words its labelled data
// never shows. Deterministic: the same corpus gives the same file.
const (
	clusterWords    = 60000
	clusterMinCount = 10
	clusterContexts = 3000
	clusterFine     = 2048
	clusterCoarse   = 256
	clusterIters    = 12
	clusterSeed     = 20261207
)

var buildClusters = flag.Bool("buildclusters", false, "learn the word clusters (data/clusters.txt) from ../shared/corpus")

func TestBuildClusters(t *testing.T) {
	if !*buildClusters {
		t.Skip("run with -buildclusters to relearn data/clusters.txt")
	}
	t0 := time.Now()
	// The corpus as word ids, -1 between sentences.
	ids := map[string]int32{}
	var surface []string
	var count []int64
	var toks []int32
	var buf []byte
	for _, file := range shared.CorpusFiles {
		shared.Articles(t, file, func(a shared.Article) bool {
			toks = append(toks, -1)
			prev := 0
			for i := 0; ; {
				s, e, ok := index.NextWord(a.Text, i)
				if !ok {
					break
				}
				i = e
				if strings.ContainsAny(a.Text[prev:s], ".!?؟\n") {
					toks = append(toks, -1)
				}
				prev = e
				buf = index.AppendFold(buf[:0], a.Text[s:e])
				if len(buf) == 0 {
					continue
				}
				id, ok := ids[string(buf)]
				if !ok {
					id = int32(len(surface))
					ids[string(buf)] = id
					surface = append(surface, a.Text[s:e])
					count = append(count, 0)
				}
				count[id]++
				toks = append(toks, id)
			}
			return true
		})
	}
	toks = append(toks, -1)
	t.Logf("%d tokens, %d folded words, read in %v", len(toks), len(surface), time.Since(t0))
	// Ranks by frequency (ties by the folded word, for determinism).
	keys := make([]string, len(surface))
	for k, id := range ids {
		keys[id] = k
	}
	order := make([]int32, len(surface))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(keys[a], keys[b])
	})
	rank := make([]int32, len(surface))
	for r, id := range order {
		rank[id] = int32(r)
	}
	nw := 0
	for nw < clusterWords && nw < len(order) && count[order[nw]] >= clusterMinCount {
		nw++
	}
	nc := min(clusterContexts, len(order))
	dims := 2*nc + 2 // left word, right word, sentence start, sentence end
	// Context counts: pairs (word rank, dim) sorted and counted.
	var pairs []uint64
	ctx := func(id int32, left bool) int {
		switch {
		case id < 0 && left:
			return 2 * nc
		case id < 0:
			return 2*nc + 1
		case rank[id] >= int32(nc):
			return -1
		case left:
			return int(rank[id])
		default:
			return nc + int(rank[id])
		}
	}
	for i, id := range toks {
		if id < 0 || rank[id] >= int32(nw) {
			continue
		}
		w := uint64(rank[id]) << 32
		if i > 0 {
			if d := ctx(toks[i-1], true); d >= 0 {
				pairs = append(pairs, w|uint64(d))
			}
		}
		if i+1 < len(toks) {
			if d := ctx(toks[i+1], false); d >= 0 {
				pairs = append(pairs, w|uint64(d))
			}
		}
	}
	toks = nil
	slices.Sort(pairs)
	type cell struct {
		d int32
		v float32
	}
	vecs := make([][]cell, nw)
	dimCount := make([]float64, dims)
	var total float64
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w, d := int(pairs[i]>>32), int32(pairs[i]&0xFFFFFFFF)
		vecs[w] = append(vecs[w], cell{d, float32(j - i)})
		dimCount[d] += float64(j - i)
		total += float64(j - i)
		i = j
	}
	pairs = nil
	// PPMI with context distribution smoothing (counts^0.75), then unit length.
	var smooth float64
	ds := make([]float64, dims)
	for d := range dims {
		ds[d] = math.Pow(dimCount[d], 0.75)
		smooth += ds[d]
	}
	nnz := 0
	for w := range vecs {
		var wc float64
		for _, c := range vecs[w] {
			wc += float64(c.v)
		}
		out := vecs[w][:0]
		var norm float64
		for _, c := range vecs[w] {
			pmi := math.Log(float64(c.v) / wc / (ds[c.d] / smooth))
			if pmi > 0 {
				out = append(out, cell{c.d, float32(pmi)})
				norm += pmi * pmi
			}
		}
		norm = math.Sqrt(norm)
		for k := range out {
			out[k].v = float32(float64(out[k].v) / norm)
		}
		vecs[w] = out
		nnz += len(out)
	}
	t.Logf("%d words to cluster (count >= %d), %d contexts, %d nonzero cells, %v", nw, clusterMinCount, nc, nnz, time.Since(t0))
	// Spherical k-means, centres initialised on words drawn among the
	// frequent ones.
	rng := rand.New(rand.NewPCG(clusterSeed, 1))
	k := clusterFine
	cent := make([]float32, dims*k) // transposed: cent[d*k+c]
	perm := rng.Perm(min(nw, 20000))
	for c := range k {
		for _, x := range vecs[perm[c]] {
			cent[int(x.d)*k+c] = x.v
		}
	}
	assign := make([]int32, nw)
	workers := runtime.GOMAXPROCS(0)
	for it := range clusterIters {
		var wg sync.WaitGroup
		changed := make([]int, workers)
		for g := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sc := make([]float32, k)
				for w := g; w < nw; w += workers {
					clear(sc)
					for _, x := range vecs[w] {
						row := cent[int(x.d)*k : int(x.d)*k+k]
						for c, v := range row {
							sc[c] += x.v * v
						}
					}
					best := int32(0)
					for c := 1; c < k; c++ {
						if sc[c] > sc[best] {
							best = int32(c)
						}
					}
					if assign[w] != best || it == 0 {
						changed[g]++
					}
					assign[w] = best
				}
			}()
		}
		wg.Wait()
		// New centres: the normalised sums of their words.
		clear(cent)
		for w := range nw {
			c := int(assign[w])
			for _, x := range vecs[w] {
				cent[int(x.d)*k+c] += x.v
			}
		}
		norms := make([]float64, k)
		for d := range dims {
			for c := range k {
				v := float64(cent[d*k+c])
				norms[c] += v * v
			}
		}
		for d := range dims {
			for c := range k {
				if norms[c] > 0 {
					cent[d*k+c] = float32(float64(cent[d*k+c]) / math.Sqrt(norms[c]))
				}
			}
		}
		n := 0
		for _, x := range changed {
			n += x
		}
		t.Logf("iteration %d: %d words moved, %v", it, n, time.Since(t0))
	}
	// Coarse clusters: k-means over the fine centres.
	kc := clusterCoarse
	size := make([]float64, k)
	for _, c := range assign {
		size[c]++
	}
	fc := make([][]float64, k) // the fine centres, dense
	for c := range k {
		fc[c] = make([]float64, dims)
		for d := range dims {
			fc[c][d] = float64(cent[d*k+c])
		}
	}
	big := make([]int, k)
	for i := range big {
		big[i] = i
	}
	slices.SortStableFunc(big, func(a, b int) int { return cmp.Compare(size[b], size[a]) })
	cc := make([][]float64, kc)
	for c := range kc {
		cc[c] = slices.Clone(fc[big[c]])
	}
	// The fine centres' nonzero dimensions (skipping zeros changes no sum).
	type nz struct {
		d int
		v float64
	}
	fz := make([][]nz, k)
	for f := range k {
		for d, v := range fc[f] {
			if v != 0 {
				fz[f] = append(fz[f], nz{d, v})
			}
		}
	}
	coarse := make([]int, k)
	for range 20 {
		var wg sync.WaitGroup
		for g := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for f := g; f < k; f += workers {
					best, bs := 0, math.Inf(-1)
					for c := range kc {
						var s float64
						for _, x := range fz[f] {
							s += x.v * cc[c][x.d]
						}
						if s > bs {
							best, bs = c, s
						}
					}
					coarse[f] = best
				}
			}()
		}
		wg.Wait()
		for c := range kc {
			clear(cc[c])
		}
		for f := range k {
			for _, x := range fz[f] {
				cc[coarse[f]][x.d] += x.v * size[f]
			}
		}
		for c := range kc {
			var n float64
			for _, v := range cc[c] {
				n += v * v
			}
			if n > 0 {
				for d := range cc[c] {
					cc[c][d] /= math.Sqrt(n)
				}
			}
		}
	}
	// Number the fine clusters coarse cluster by coarse cluster, and write
	// one line per fine cluster: coarse, fine, its words by frequency.
	members := make([][]int, k)
	for w := range nw {
		if len(vecs[w]) > 0 {
			members[assign[w]] = append(members[assign[w]], w)
		}
	}
	fineOrder := make([]int, k)
	for i := range fineOrder {
		fineOrder[i] = i
	}
	slices.SortStableFunc(fineOrder, func(a, b int) int { return cmp.Compare(coarse[a], coarse[b]) })
	f, err := os.Create("data/clusters.txt")
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# Word clusters learnt from the unlabelled news of the ANT corpus by TestBuildClusters\n")
	fmt.Fprintf(bw, "# (clusters_build_test.go): %d words, %d fine clusters in %d coarse ones.\n", nw, k, kc)
	fmt.Fprintf(bw, "# One line per fine cluster: coarse id, fine id, its words (most frequent first).\n")
	words := 0
	for fi, c := range fineOrder {
		if len(members[c]) == 0 {
			continue
		}
		fmt.Fprintf(bw, "%d %d", coarse[c], fi)
		for _, w := range members[c] {
			fmt.Fprintf(bw, " %s", surface[order[w]])
			words++
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote data/clusters.txt: %d words in %v", words, time.Since(t0))
}
