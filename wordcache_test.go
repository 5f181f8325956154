package arnews

import (
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
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
	// Bounded: a full table gives way to a new one, and the cache still answers.
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

// TestWordCacheRecords stores words of every length the cache takes, with
// search forms longer, shorter and equal to the word and empty stems, more
// than one arena chunk of them, and reads each back exactly.
func TestWordCacheRecords(t *testing.T) {
	c := newWordCache()
	forms := func(w string) (string, string) {
		switch len(w) % 4 {
		case 0:
			return w, ""
		case 1:
			return w + w + w, w[:len(w)/2] // longer than the word
		case 2:
			return w[1:], w
		}
		return "", w + "x"
	}
	var words []string
	for i := 0; i < 30000; i++ {
		n := 1 + i%cacheMaxWord
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + (i*7+j*13+j*i)%26)
		}
		b[0] = byte('A' + i%26)
		words = append(words, string(b)+string(rune(0x4e00+i)))
	}
	for pass := 0; pass < 2; pass++ {
		for _, w := range words {
			wn, ws := forms(w)
			n, s := c.get(w, forms)
			if n != wn || s != ws {
				t.Fatalf("pass %d: %q gave %q %q, want %q %q", pass, w, n, s, wn, ws)
			}
		}
	}
	if c.n.Load() < 10000 || c.off <= chunkSize {
		t.Errorf("stored %d words in %d bytes: the test should fill more than one chunk", c.n.Load(), c.off)
	}
	// A hit computes nothing.
	for _, w := range words[:1000] {
		if len(w) > cacheMaxWord {
			continue
		}
		c.get(w, func(string) (string, string) { t.Fatalf("%q computed again", w); return "", "" })
	}
}

// TestWordCacheFill checks fill, the block lookup of Analyze, against the
// forms computed directly, on real text (with words longer than the cache
// takes and more tokens than a block) read twice: cold, then from the cache.
func TestWordCacheFill(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "أعلنت وزارة الخارجية الإثنين أنّ الوفد سيصل إلى القاهرة غداً، " +
		strings.Repeat("ب", cacheMaxWord) + " و" + strings.Repeat("ـ", 40) + "مستشفى 2024 #مصر @arnews "
	text = strings.Repeat(text, 5)
	c := newWordCache()
	for pass := 0; pass < 2; pass++ {
		src := tokenize.Tokens(text)
		if len(src) < 64 {
			t.Fatalf("%d tokens: want more than a block", len(src))
		}
		kinds := map[tokenize.Kind]bool{}
		for _, tk := range src {
			kinds[tk.Kind] = true
		}
		if len(kinds) < 5 {
			t.Fatalf("%d kinds of tokens: want words, numbers, hashtags, mentions and punctuation", len(kinds))
		}
		toks := make([]Token, len(src))
		for i := range toks {
			toks[i] = Token{Text: "x", Start: -1, End: -1, Kind: 99, Norm: "n", Stem: "s"} // all overwritten
		}
		c.fill(toks, src, make([]uint16, len(src)), make([]wordclass.Word, len(src)), a.normStem)
		for i, tk := range toks {
			want := Token{Text: src[i].Text, Start: src[i].Start, End: src[i].End, Kind: src[i].Kind, Norm: src[i].Text}
			switch tk.Kind {
			case tokenize.Word:
				want.Norm, want.Stem = a.normStem(tk.Text)
			case tokenize.Hashtag, tokenize.Mention, tokenize.Number:
				want.Norm, want.Stem = searchForm(tk.Text)
			}
			if tk != want {
				t.Fatalf("pass %d: token %d: got %+v, want %+v", pass, i, tk, want)
			}
		}
	}
}

// TestWordCacheConcurrentFill runs Analyze on many goroutines from a cold
// cache, so that words are stored while others read them (run it with
// -race), and checks every Document against a separate Analyzer's.
func TestWordCacheConcurrentFill(t *testing.T) {
	docs, _ := newsArticles(t, 0, 100<<10)
	anchor := time.Date(2018, 2, 18, 12, 0, 0, 0, time.UTC)
	ref, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		b, _ := json.Marshal(ref.Analyze(d, anchor))
		want[i] = string(b)
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	analyzeConcurrently(t, len(docs), func(i int) string {
		if b, _ := json.Marshal(a.Analyze(docs[i], anchor)); string(b) != want[i] {
			return "article " + strconv.Itoa(i) + " differs"
		}
		return ""
	})
	if a.cache.n.Load() < 1000 {
		t.Errorf("the cache learnt %d words from %d articles", a.cache.n.Load(), len(docs))
	}
}

// analyzeConcurrently runs check(i) for every i < n on four goroutines at
// once, each starting at a different quarter of the range, and reports
// the first failure (a non-empty message) of each goroutine.
func analyzeConcurrently(t *testing.T, n int, check func(i int) string) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range n {
				if msg := check((k + g*n/4) % n); msg != "" {
					errs <- msg
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestWordCacheShortWords stores, for every length up to shortWord, words
// that differ in one byte only, at every position, and reads each back:
// words that short describes are compared by its two numbers alone, so
// these must tell every such pair apart.
func TestWordCacheShortWords(t *testing.T) {
	c := newWordCache()
	forms := func(w string) (string, string) { return "n" + w, w + "s" }
	var words []string
	for n := 1; n <= shortWord; n++ {
		for pos := 0; pos < n; pos++ {
			for _, b := range []byte{'a', 'b', 0xD8} {
				w := []byte(strings.Repeat("x", n))
				w[pos] = b
				words = append(words, string(w))
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		toks, src := make([]Token, len(words)), make([]tokenize.Token, len(words))
		for i, w := range words {
			src[i] = tokenize.Token{Text: w, Kind: tokenize.Word}
			if n, s := c.get(w, forms); n != "n"+w || s != w+"s" {
				t.Fatalf("pass %d: get(%q) = %q %q", pass, w, n, s)
			}
		}
		c.fill(toks, src, make([]uint16, len(src)), make([]wordclass.Word, len(src)), forms)
		for _, tk := range toks {
			if tk.Norm != "n"+tk.Text || tk.Stem != tk.Text+"s" {
				t.Fatalf("pass %d: fill gave %q %q for %q", pass, tk.Norm, tk.Stem, tk.Text)
			}
		}
	}
}

// TestWordCacheKinds caches one text as a word and as another kind of
// token with different forms: each kind gets its own.
func TestWordCacheKinds(t *testing.T) {
	c := newWordCache()
	word := func(w string) (string, string) { return w + "w", w + "s" }
	other := func(w string) (string, string) { return w + "o", "" }
	for pass := 0; pass < 2; pass++ {
		for _, w := range []string{"2024", "#مصر", "السلام", strings.Repeat("ب", 20)} {
			if n, s := c.get(w, word); n != w+"w" || s != w+"s" {
				t.Fatalf("word %q: %q %q", w, n, s)
			}
			if n, s := c.getOther(w, other); n != w+"o" || s != "" {
				t.Fatalf("other %q: %q %q", w, n, s)
			}
		}
	}
}

// TestWordCacheGenerations streams three times more new words than a
// table holds through the cache, with one word that keeps coming: the
// cache keeps answering right, changes tables, stays bounded, and never
// computes the frequent word again (it is copied into each new table).
func TestWordCacheGenerations(t *testing.T) {
	c := newWordCache()
	calls := 0
	// short records (the search form is the word, the stem part of it),
	// so that every word finds room in a table
	f := func(w string) (string, string) { calls++; return w, w[1:] }
	word := func(i int) string { return "w" + strconv.Itoa(i) }
	const hot = "الحكومة"
	c.get(hot, f)
	for i := 0; i < 3*cacheLimit; i++ {
		w := word(i)
		if n, s := c.get(w, f); n != w || s != w[1:] {
			t.Fatalf("%q: %q %q", w, n, s)
		}
		if i%1000 == 0 {
			before := calls
			if n, s := c.get(hot, f); n != hot || s != hot[1:] {
				t.Fatalf("after %d words the frequent word gave %q %q", i, n, s)
			}
			if calls != before {
				t.Fatalf("after %d words the frequent word was computed again", i)
			}
		}
	}
	if c.prev.Load() == nil {
		t.Fatal("the cache never started a new table")
	}
	if n := c.n.Load(); n > cacheLimit {
		t.Errorf("the current table holds %d words, more than its bound", n)
	}
	before := calls
	for i := 3*cacheLimit - 100; i < 3*cacheLimit; i++ {
		c.get(word(i), f)
	}
	if calls != before {
		t.Errorf("%d of the last 100 words were computed again", calls-before)
	}
}
