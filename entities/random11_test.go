package entities_test

import (
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// TestRandom11Drawn checks the eleventh random sample's draw:
// random11PerFile articles from each corpus file, none of another
// evaluation sample (random10 included) or of the first random11Draws news
// training draws (see checkBlindDraw).
func TestRandom11Drawn(t *testing.T) {
	checkBlindDraw(t, random11PerFile, random11Articles, func(mark func(string) func(string, shared.Article)) {
		samplesAndDrawsBefore(t, mark, "random11", random11Draws)
	})
}
