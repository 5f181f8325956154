package arnews

import (
	"sync"
	"testing"
)

func TestWordCache(t *testing.T) {
	c := newWordCache()
	calls := 0
	f := func(w string) (string, string) { calls++; return w + "n", w + "s" }
	for i := 0; i < 3; i++ {
		n, s := c.get("كلمة", f)
		if n != "كلمةn" || s != "كلمةs" {
			t.Fatalf("got %q %q", n, s)
		}
	}
	if calls != 1 {
		t.Errorf("computed %d times, want once", calls)
	}
	// Bounded: the cache stops learning when full, and still answers.
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < cacheSlots/2; i++ {
				w := string(rune('a'+g)) + string(rune(0x600+i%200)) + string(rune(0x4e00+i/200))
				if n, _ := c.get(w, func(w string) (string, string) { return w + "n", "" }); n != w+"n" {
					t.Errorf("wrong answer for %q", w)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	if n := c.n.Load(); n > cacheLimit {
		t.Errorf("the cache holds %d words, more than its bound", n)
	}
}
