package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom13Drawn checks the thirteenth random sample's draw:
// random13PerFile articles from each corpus file, none of another
// evaluation sample (random10 to random12 included) or of the first
// random13Draws news training draws (see checkBlindDraw).
func TestRandom13Drawn(t *testing.T) {
	checkBlindDraw(t, random13PerFile, random13Articles, func(mark func(string) func(string, shared.Article)) {
		samplesAndDrawsBefore(t, mark, "random13", random13Draws)
	})
}
