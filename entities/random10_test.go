package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom10Drawn checks the tenth random sample's draw: random10PerFile
// articles from each corpus file, none of another evaluation sample
// (random9 included) or of the first random10Draws news training draws
// (see checkBlindDraw).
func TestRandom10Drawn(t *testing.T) {
	checkBlindDraw(t, random10PerFile, random10Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		random6Articles(t, mark("random6"))
		random7Articles(t, mark("random7"))
		random8Articles(t, mark("random8"))
		random9Articles(t, mark("random9"))
		for k := range random10Draws {
			for _, d := range newsTrainDraw(t, k) {
				mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
			}
		}
	})
}
