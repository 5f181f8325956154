package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom13Drawn checks the thirteenth random sample's draw:
// random13PerFile articles from each corpus file, none of another
// evaluation sample (random10 to random12 included) or of the first
// random13Draws news training draws (see checkBlindDraw).
func TestRandom13Drawn(t *testing.T) {
	checkBlindDraw(t, random13PerFile, random13Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		random6Articles(t, mark("random6"))
		random7Articles(t, mark("random7"))
		random8Articles(t, mark("random8"))
		random9Articles(t, mark("random9"))
		random10Articles(t, mark("random10"))
		random11Articles(t, mark("random11"))
		random12Articles(t, mark("random12"))
		for k := range random13Draws {
			for _, d := range newsTrainDraw(t, k) {
				mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
			}
		}
	})
}
