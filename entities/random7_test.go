package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom7Drawn checks the seventh random sample's draw: random7PerFile
// articles from each corpus file, no two with the same text, and none
// that is (by id or by text) an article of another evaluation sample or
// of the first random7Draws news training draws.
func TestRandom7Drawn(t *testing.T) {
	if testing.Short() {
		t.Skip("draws the evaluation samples from the corpus; runs without -short")
	}
	ids, sums := map[string]string{}, map[int64]string{}
	other := func(name string) func(string, shared.Article) {
		return func(_ string, a shared.Article) { ids[a.ID] = name; sums[textSum(a.Text)] = name }
	}
	sampleArticles(t, devStride, samplePerFile, other("dev"))
	sampleArticles(t, heldOutStride, heldOutPerFile, other("heldout"))
	sampleArticles(t, blindStride, blindPerFile, other("blind"))
	randomArticles(t, other("random"))
	random2Articles(t, other("random2"))
	random3Articles(t, other("random3"))
	random4Articles(t, other("random4"))
	random5Articles(t, other("random5"))
	random6Articles(t, other("random6"))
	for k := range random7Draws {
		for _, d := range newsTrainDraw(t, k) {
			other(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
		}
	}
	perFile := map[string]int{}
	mine := map[int64]string{}
	random7Articles(t, func(file string, a shared.Article) {
		perFile[file]++
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
		if perFile[rel] != random7PerFile {
			t.Errorf("%s: %d articles drawn, want %d", rel, perFile[rel], random7PerFile)
		}
	}
}
