package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom15Drawn checks the fifteenth random sample's draw:
// random15PerFile articles from each corpus file, none of another
// evaluation sample (random10 to random14 included) or of the first
// random15Draws news training draws (see checkBlindDraw).
func TestRandom15Drawn(t *testing.T) {
	checkBlindDraw(t, random15PerFile, random15Articles, func(mark func(string) func(string, shared.Article)) {
		samplesAndDrawsBefore(t, mark, "random15", random15Draws)
	})
}
