package arnews

import (
	"testing"
	"time"
)

// TestAnalyzeAllocations checks the rule that hot paths do not allocate per
// token: over real news, once the word cache knows the words, Analyze
// allocates far fewer objects than it finds tokens (a Document, its token
// and sentence slices, the dates and mentions: a few per article and per
// mention, not one per word).
func TestAnalyzeAllocations(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := newsArticles(t, 1, 200<<10)
	anchor := time.Date(2018, 2, 18, 12, 0, 0, 0, time.UTC)
	tokens := 0
	for _, d := range docs { // fills the word cache
		tokens += len(a.Analyze(d, anchor).Tokens)
	}
	allocs := testing.AllocsPerRun(2, func() {
		for _, d := range docs {
			a.Analyze(d, anchor)
		}
	})
	t.Logf("%d articles, %d tokens: %.0f allocations (%.3f a token)", len(docs), tokens, allocs, allocs/float64(tokens))
	if allocs > float64(tokens)/4 {
		t.Errorf("Analyze allocates %.0f times for %d tokens: more than one allocation every 4 tokens", allocs, tokens)
	}
}
