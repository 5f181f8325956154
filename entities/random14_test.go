package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom14Drawn checks the fourteenth random sample's draw:
// random14PerFile articles from each corpus file, none of another
// evaluation sample (random10 to random13 included) or of the first
// random14Draws news training draws (see checkBlindDraw).
func TestRandom14Drawn(t *testing.T) {
	checkBlindDraw(t, random14PerFile, random14Articles, func(mark func(string) func(string, shared.Article)) {
		samplesAndDrawsBefore(t, mark, "random14", random14Draws)
	})
}
