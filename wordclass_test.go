package arnews

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
)

// The word cache hands over, for every token of real articles, the class
// that dates gives the word (dates' own tests check that this class names
// the surface its look-up finds): read cold, then from the cache; and a
// record copied from the previous table keeps its class.
func TestWordCacheClasses(t *testing.T) {
	if wordclass.DatesClass == nil {
		t.Fatal("dates registered no class function")
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := newsArticles(t, 0, 40<<10)
	c := newWordCache()
	words, found := 0, 0
	for pass := 0; pass < 2; pass++ {
		for _, d := range docs {
			src := tokenize.Tokens(d)
			toks := make([]Token, len(src))
			cls := make([]uint16, len(src))
			for i := range cls {
				cls[i] = 0xAAAA // all overwritten
			}
			c.fill(toks, src, cls, a.normStem)
			for i, tk := range src {
				want := uint16(0)
				if tk.Kind == tokenize.Word {
					want = wordclass.DatesClass(tk.Text)
					words++
				}
				if cls[i] != want {
					t.Fatalf("pass %d: %q (%v): class %d, dates gives %d", pass, tk.Text, tk.Kind, cls[i], want)
				}
				if want != 0 {
					found++
				}
			}
		}
	}
	t.Logf("%d articles, %d words, %d with a class", len(docs), words, found)
	if found < words/100 {
		t.Errorf("%d of %d words have a class", found, words)
	}
	// الأحد's record, made before the table changes, is copied into the new
	// table with its class
	f := func(w string) (string, string) { return w, "" }
	_, _, want := c.getWord("الأحد", f)
	if want == 0 || want == wordclass.Unknown {
		t.Fatalf("الأحد: class %d", want)
	}
	c.n.Store(cacheLimit)
	c.getWord("كلمة", f) // a new table
	if c.prev.Load() == nil {
		t.Fatal("no table change")
	}
	for range 2 {
		_, _, got := c.getWord("الأحد", func(w string) (string, string) { t.Fatalf("%q computed again", w); return "", "" })
		if got != want {
			t.Fatalf("الأحد from the previous table: class %d, want %d", got, want)
		}
	}
}

// The dates of Analyze, read with the classes the word cache hands over,
// are the Resolver's own, from a cold cache filled by many goroutines at
// once (run with -race): FindWritten's, and Find's with TrustStamp.
func TestAnalyzeDatesClassed(t *testing.T) {
	docs, _ := newsArticles(t, 1, 120<<10)
	anchor := time.Date(2018, 2, 18, 13, 0, 0, 0, time.UTC)
	for _, trust := range []bool{false, true} {
		opts := []Option{WeekStart(time.Monday)}
		if trust {
			opts = append(opts, TrustStamp())
		}
		a, err := New(opts...)
		if err != nil {
			t.Fatal(err)
		}
		type want struct {
			dates   []dates.Expression
			written time.Time
		}
		wants := make([]want, len(docs))
		n := 0
		for i, d := range docs {
			if trust {
				wants[i] = want{a.dates.Find(d, anchor), anchor}
			} else {
				ds, w, ok := a.dates.FindWritten(d, anchor)
				if !ok {
					w = anchor
				}
				wants[i] = want{ds, w}
			}
			n += len(wants[i].dates)
		}
		if n < 100 {
			t.Fatalf("%d articles: %d dates", len(docs), n)
		}
		analyzeConcurrently(t, len(docs), func(i int) string {
			d := a.Analyze(docs[i], anchor)
			if !reflect.DeepEqual(d.Dates, wants[i].dates) || !d.Written.Equal(wants[i].written) {
				return "article " + strconv.Itoa(i) + " (trust " + strconv.FormatBool(trust) + "): dates differ"
			}
			return ""
		})
	}
}
