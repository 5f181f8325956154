package shared

import (
	"sync"
	"testing"
)

// TestArticlesKept checks the per-process copy of a corpus file: a reader
// that stops early, then readers in parallel that read the whole file,
// see the same articles in the same order as the first full pass.
func TestArticlesKept(t *testing.T) {
	rel := CorpusFiles[0]
	var first []string
	Articles(t, rel, func(a Article) bool {
		first = append(first, a.ID)
		return len(first) < 3
	})
	if len(first) != 3 {
		t.Fatalf("stopped after %d articles, want 3", len(first))
	}
	var wg sync.WaitGroup
	ids := make([][]string, 4)
	for k := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Articles(t, rel, func(a Article) bool {
				if a.ID == "" || a.Text == "" {
					t.Errorf("article %d has no id or text", len(ids[k]))
				}
				ids[k] = append(ids[k], a.ID)
				return true
			})
		}()
	}
	wg.Wait()
	if len(ids[0]) < 1000 {
		t.Fatalf("%s: %d articles, want the whole file", rel, len(ids[0]))
	}
	for k := range ids {
		if len(ids[k]) != len(ids[0]) {
			t.Fatalf("reader %d read %d articles, reader 0 %d", k, len(ids[k]), len(ids[0]))
		}
		for i := range ids[k] {
			if ids[k][i] != ids[0][i] || i < len(first) && ids[k][i] != first[i] {
				t.Fatalf("reader %d: article %d is %s, want %s", k, i, ids[k][i], ids[0][i])
			}
		}
	}
}
