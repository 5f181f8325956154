package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom8Drawn checks the eighth random sample's draw: random8PerFile
// articles from each corpus file, none of another evaluation sample
// (random7 included) or of the first random7Draws news training draws
// (see checkBlindDraw).
func TestRandom8Drawn(t *testing.T) {
	checkBlindDraw(t, random8PerFile, random8Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		random6Articles(t, mark("random6"))
		random7Articles(t, mark("random7"))
		for k := range random7Draws {
			for _, d := range newsTrainDraw(t, k) {
				mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
			}
		}
	})
}
