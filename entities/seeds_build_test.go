package entities_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

var (
	modelSeeds      = flag.String("modelseeds", "", "train on 90% of ANERcorp and the news training articles once per seed (comma-separated) and report the development figures and their mean")
	modelSave       = flag.String("modelsave", "", "with -modelseeds: write each seed's model to this prefix + the seed + .bin")
	modelLoad       = flag.String("modelload", "", "with -modelseeds: read each seed's model from this prefix + the seed + .bin (written by -modelsave) instead of training it, to measure a change of the rules alone")
	aneMisses       = flag.Bool("anermisses", false, "with -modelseeds: print the names of type -missestype missed and falsely found on ANERcorp's development split and the held-out news (first seed)")
	missesType      = flag.String("missestype", "ORG", "with -anermisses: the type whose misses to print (PERS, LOC or ORG)")
	modelSelf       = flag.Int("modelselftrain", 0, "with -modelseeds: add to the training data the confident lines of every N-th corpus article longer than 3,000 bytes, labelled by the embedded model and rules (selfTrainCoNLL)")
	modelSelfWindow = flag.Int("modelselfwindow", 0, "with -modelselftrain: keep only the tokens within this many of a name (0: whole lines)")
	modelSelfRepeat = flag.Int("modelselfrepeat", 2, "with -modelselftrain: how often a made name must be found in its article to be confident")
	modelEns        = flag.Int("modelensemble", 1, "with -modelseeds: train each seed's model as the average of this many models (Ensemble), with the seeds seed, seed+1 ...")
)

// TestModelSeeds trains the development model (90% of ANERcorp and the
// news training articles outside the held-out fifth, as TestBuildModel)
// once per training seed and reports ANERcorp dev and the held-out news,
// per seed and averaged, so that a change to the features or the training
// is judged over seeds, not on one. Run:
//
//	go test -count=1 -run '^TestModelSeeds$' . -modelseeds 1,2,3 -v
func TestModelSeeds(t *testing.T) {
	if *modelSeeds == "" {
		t.Skip("run with -modelseeds 1,2,3 to compare training seeds")
	}
	var seeds []uint64
	for _, s := range strings.Split(*modelSeeds, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			t.Fatalf("-modelseeds: %v", err)
		}
		seeds = append(seeds, v)
	}
	_, train, dev := aner(t)
	news, newsDev, _, _ := newsTrain(t)
	news = strings.Repeat(news, newsRepeat)
	if *modelSelf > 0 {
		self, _ := selfTrainCoNLL(t, entities.Default(), *modelSelf, 0, *modelSelfRepeat, *modelSelfWindow)
		news += "\n" + self
	}
	var vocab []string
	if *modelLoad == "" {
		vocab = modelVocabulary(t)
	}
	type sum struct{ p, r, f float64 }
	sums := map[string]*sum{}
	var keys []string
	for i, seed := range seeds {
		var m *entities.Model
		var err error
		if *modelLoad != "" {
			f, err := os.Open(fmt.Sprintf("%s%d.bin", *modelLoad, seed))
			if err != nil {
				t.Fatal(err)
			}
			m, err = entities.LoadModel(f)
			f.Close()
		} else {
			m, err = entities.TrainModel(strings.NewReader(train+"\n"+news), entities.Vocabulary(vocab), entities.TrainSeed(seed), entities.Ensemble(*modelEns))
		}
		if err != nil {
			t.Fatal(err)
		}
		if *modelSave != "" {
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(fmt.Sprintf("%s%d.bin", *modelSave, seed), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		g := entities.Default().WithModel(m)
		for _, d := range []struct{ n, data string }{{"dev", dev}, {"news dev", newsDev}} {
			ev, err := g.Evaluate(strings.NewReader(d.data))
			if err != nil {
				t.Fatal(err)
			}
			report(t, fmt.Sprintf("seed %d %s", seed, d.n), ev)
			for _, r := range []struct {
				n string
				s entities.Score
			}{{"person", ev.Person}, {"place", ev.Place}, {"organization", ev.Organization}, {"all", ev.All}} {
				k := d.n + " " + r.n
				if sums[k] == nil {
					sums[k] = &sum{}
					keys = append(keys, k)
				}
				sums[k].p += r.s.Precision()
				sums[k].r += r.s.Recall()
				sums[k].f += r.s.F1()
			}
		}
		if i == 0 && *aneMisses {
			typeMisses(t, g, dev, *missesType)
			t.Log("held-out news:")
			typeMisses(t, g, newsDev, *missesType)
		}
	}
	n := float64(len(seeds))
	for _, k := range keys {
		s := sums[k]
		t.Logf("mean over %d seeds %-22s P %.4f R %.4f F1 %.4f", len(seeds), k, s.p/n, s.r/n, s.f/n)
	}
}

// typeMisses prints, sentence by sentence, the names of type want (PERS,
// LOC or ORG) of CoNLL data that g misses and those of that type it finds
// that the data does not have.
func typeMisses(t *testing.T, g *entities.Gazetteer, data, want string) {
	for _, s := range strings.Split(strings.TrimSpace(data), "\n\n") {
		var toks, tags []string
		for _, l := range strings.Split(s, "\n") {
			fs := strings.Fields(l)
			if len(fs) != 2 {
				continue
			}
			toks = append(toks, fs[0])
			tags = append(tags, fs[1])
		}
		var b strings.Builder
		var starts []int
		for i, tok := range toks {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			b.WriteString(tok)
		}
		text := b.String()
		at := func(i int) int {
			k := 0
			for k+1 < len(starts) && starts[k+1] <= i {
				k++
			}
			return k
		}
		gold := map[[2]int]string{}
		for i := 0; i < len(tags); i++ {
			if !strings.HasPrefix(tags[i], "B-") && !strings.HasPrefix(tags[i], "I-") {
				continue
			}
			ty := tags[i][2:]
			if v, ok := map[string]string{"organization": "ORG", "person": "PERS", "place": "LOC"}[ty]; ok {
				ty = v
			}
			j := i + 1
			for j < len(tags) && tags[j] == "I-"+tags[i][2:] {
				j++
			}
			gold[[2]int{i, j}] = ty
			i = j - 1
		}
		found := map[[2]int]string{}
		for _, m := range g.Find(text) {
			ty := map[entities.Type]string{entities.Person: "PERS", entities.Place: "LOC", entities.Organization: "ORG"}[m.Type]
			if ty == "" {
				continue
			}
			found[[2]int{at(m.Start), at(m.End-1) + 1}] = ty
		}
		span := func(k [2]int) string { return strings.Join(toks[k[0]:k[1]], " ") }
		ctx := func(k [2]int) string {
			a, b := max(0, k[0]-4), min(len(toks), k[1]+4)
			return strings.Join(toks[a:b], " ")
		}
		for k, ty := range gold {
			if ty == want && found[k] != want {
				t.Logf("missed %s %q (found %q) | %s", want, span(k), found[k], ctx(k))
			}
		}
		for k, ty := range found {
			if ty == want && gold[k] != want {
				t.Logf("false %s %q (gold %q) | %s", want, span(k), gold[k], ctx(k))
			}
		}
	}
}
