package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// A draw function of a random sample: it calls fn for each article.
type drawFunc func(tb testing.TB, fn func(file string, a shared.Article))

// checkBlindDraw checks a blind random sample's draw: perFile articles
// from each corpus file, no two with the same text, each of 400 to 2,500
// bytes, and none that is (by id or by text) an article that exclude
// lists: exclude calls its draws with mark(name) for each sample or
// training draw the sample must leave out.
func checkBlindDraw(t *testing.T, perFile int, draw drawFunc, exclude func(mark func(name string) func(string, shared.Article))) {
	t.Helper()
	if testing.Short() {
		t.Skip("draws the evaluation samples from the corpus; runs without -short")
	}
	ids, sums := map[string]string{}, map[int64]string{}
	exclude(func(name string) func(string, shared.Article) {
		return func(_ string, a shared.Article) { ids[a.ID] = name; sums[textSum(a.Text)] = name }
	})
	counts := map[string]int{}
	mine := map[int64]string{}
	draw(t, func(file string, a shared.Article) {
		counts[file]++
		if s := ids[a.ID]; s != "" {
			t.Errorf("%s is in %s too", a.ID, s)
		}
		sum := textSum(a.Text)
		if s := sums[sum]; s != "" {
			t.Errorf("%s has the text of an article of %s", a.ID, s)
		}
		if id := mine[sum]; id != "" {
			t.Errorf("%s has the text of %s, drawn before it", a.ID, id)
		}
		mine[sum] = a.ID
		if len(a.Text) < 400 || len(a.Text) > 2500 {
			t.Errorf("%s: %d bytes, want 400 to 2,500", a.ID, len(a.Text))
		}
	})
	for _, rel := range shared.CorpusFiles {
		if counts[rel] != perFile {
			t.Errorf("%s: %d articles drawn, want %d", rel, counts[rel], perFile)
		}
	}
}

// earlierSamples marks every evaluation sample drawn before random6.
func earlierSamples(t *testing.T, mark func(string) func(string, shared.Article)) {
	sampleArticles(t, devStride, samplePerFile, mark("dev"))
	sampleArticles(t, heldOutStride, heldOutPerFile, mark("heldout"))
	sampleArticles(t, blindStride, blindPerFile, mark("blind"))
	randomArticles(t, mark("random"))
	random2Articles(t, mark("random2"))
	random3Articles(t, mark("random3"))
	random4Articles(t, mark("random4"))
	random5Articles(t, mark("random5"))
}

// laterSamples are the random samples from random6 on, in the order they
// were drawn.
var laterSamples = []struct {
	name     string
	articles sampler
}{
	{"random6", random6Articles}, {"random7", random7Articles}, {"random8", random8Articles},
	{"random9", random9Articles}, {"random10", random10Articles}, {"random11", random11Articles},
	{"random12", random12Articles}, {"random13", random13Articles}, {"random14", random14Articles},
	{"random15", random15Articles},
}

// samplesAndDrawsBefore marks what the draw of the random sample name
// leaves out: every evaluation sample drawn before it and the first draws
// news training draws.
func samplesAndDrawsBefore(t *testing.T, mark func(string) func(string, shared.Article), name string, draws int) {
	earlierSamples(t, mark)
	found := false
	for _, s := range laterSamples {
		if s.name == name {
			found = true
			break
		}
		s.articles(t, mark(s.name))
	}
	if !found {
		t.Fatalf("%s is not in laterSamples", name)
	}
	for k := range draws {
		for _, d := range newsTrainDraw(t, k) {
			mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
		}
	}
}

// TestRandom6Drawn checks the sixth random sample's draw: random6PerFile
// articles from each corpus file, none of another evaluation sample or
// of the news training draw (see checkBlindDraw).
func TestRandom6Drawn(t *testing.T) {
	checkBlindDraw(t, random6PerFile, random6Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		newsTrainArticles(t, mark("the news training draw"))
	})
}
