package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom12Drawn checks the twelfth random sample's draw:
// random12PerFile articles from each corpus file, none of another
// evaluation sample (random10 and random11 included) or of the first
// random12Draws news training draws (see checkBlindDraw).
func TestRandom12Drawn(t *testing.T) {
	checkBlindDraw(t, random12PerFile, random12Articles, func(mark func(string) func(string, shared.Article)) {
		samplesAndDrawsBefore(t, mark, "random12", random12Draws)
	})
}
