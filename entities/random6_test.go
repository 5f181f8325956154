package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom6Drawn checks the sixth random sample's draw: random6PerFile
// articles from each corpus file, no two with the same text, and none
// that is (by id or by text) an article of another evaluation sample or
// of the news training draw.
func TestRandom6Drawn(t *testing.T) {
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
	newsTrainArticles(t, other("the news training draw"))
	perFile := map[string]int{}
	mine := map[int64]string{}
	random6Articles(t, func(file string, a shared.Article) {
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
		if perFile[rel] != random6PerFile {
			t.Errorf("%s: %d articles drawn, want %d", rel, perFile[rel], random6PerFile)
		}
	}
}
