package entities_test

import (
	"fmt"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom7Drawn checks the seventh random sample's draw: random7PerFile
// articles from each corpus file, none of another evaluation sample or
// of the first random7Draws news training draws (see checkBlindDraw).
func TestRandom7Drawn(t *testing.T) {
	checkBlindDraw(t, random7PerFile, random7Articles, func(mark func(string) func(string, shared.Article)) {
		earlierSamples(t, mark)
		random6Articles(t, mark("random6"))
		for k := range random7Draws {
			for _, d := range newsTrainDraw(t, k) {
				mark(fmt.Sprintf("news training draw %d", k+1))(d.file, d.a)
			}
		}
	})
}
