package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom9Drawn checks the ninth random sample's draw: random9PerFile
// articles from each corpus file, none of another evaluation sample
// (random8 included) or of the first random9Draws news training draws
// (see checkBlindDraw).
func TestRandom9Drawn(t *testing.T) {
	checkBlindDraw(t, random9PerFile, random9Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		random6Articles(t, mark("random6"))
		random7Articles(t, mark("random7"))
		random8Articles(t, mark("random8"))
		for k := range random9Draws {
			for _, d := range newsTrainDraw(t, k) {
				mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
			}
		}
	})
}
