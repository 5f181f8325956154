package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom11Drawn checks the eleventh random sample's draw:
// random11PerFile articles from each corpus file, none of another
// evaluation sample (random10 included) or of the first random11Draws news
// training draws (see checkBlindDraw).
func TestRandom11Drawn(t *testing.T) {
	checkBlindDraw(t, random11PerFile, random11Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		random6Articles(t, mark("random6"))
		random7Articles(t, mark("random7"))
		random8Articles(t, mark("random8"))
		random9Articles(t, mark("random9"))
		random10Articles(t, mark("random10"))
		for k := range random11Draws {
			for _, d := range newsTrainDraw(t, k) {
				mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
			}
		}
	})
}
