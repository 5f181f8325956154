package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom10Drawn checks the tenth random sample's draw: random10PerFile
// articles from each corpus file, none of another evaluation sample
// (random9 included) or of the first random10Draws news training draws
// (see checkBlindDraw).
func TestRandom10Drawn(t *testing.T) {
	checkBlindDraw(t, random10PerFile, random10Articles, func(mark func(string) func(string, shared.Article)) {
		samplesAndDrawsBefore(t, mark, "random10", random10Draws)
	})
}
