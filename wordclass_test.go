package arnews

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
)

// The word cache hands over, for every token of real articles, the class
// that dates gives the word (dates' own tests check that this class names
// the surface its look-up finds) and, for every Word, the Word that
// entities gives it (entities' tests check that it is what its scan
// computes): read cold, then from the cache; and a record copied from the
// previous table keeps its side record.
func TestWordCacheClasses(t *testing.T) {
	if wordclass.DatesClass == nil || wordclass.EntitiesWords == nil {
		t.Fatal("dates or entities registered no function")
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := newsArticles(t, 0, 40<<10)
	c := newWordCache()
	c.word = wordclass.EntitiesWords(a.gazetteer)
	words, found, folds := 0, 0, 0
	for pass := 0; pass < 2; pass++ {
		for _, d := range docs {
			src := tokenize.Tokens(d)
			toks := make([]Token, len(src))
			cls := make([]uint16, len(src))
			ws := make([]wordclass.Word, len(src))
			for i := range cls {
				cls[i] = 0xAAAA // all overwritten
				ws[i] = wordclass.Word{Hash: 1, Rank: 2, Class: 3, Fold: 4}
			}
			c.fill(toks, src, cls, ws, a.normStem)
			for i, tk := range src {
				want := uint16(0)
				if tk.Kind == tokenize.Word {
					want = wordclass.DatesClass(tk.Text)
					words++
					x := wordclass.Word{Class: want}
					x = c.word(tk.Text, x)
					if ws[i] != x {
						t.Fatalf("pass %d: %q: Word %+v, want %+v", pass, tk.Text, ws[i], x)
					}
					if x.Fold != 0 {
						folds++
					}
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
	t.Logf("%d articles, %d words, %d with a class, %d with a fold", len(docs), words, found, folds)
	if found < words/100 || folds < words*9/10 {
		t.Errorf("%d of %d words have a class, %d a fold", found, words, folds)
	}
	// الأحد's record, made before the table changes, is copied into the new
	// table with its side record
	f := func(w string) (string, string) { return w, "" }
	_, _, want := c.getWord("الأحد", f)
	if want.Class == 0 || want.Class == wordclass.Unknown || want.Fold != 5 || want.Rank < 0 {
		t.Fatalf("الأحد: %+v", want)
	}
	c.n.Store(cacheLimit)
	c.getWord("كلمة", f) // a new table
	if c.prev.Load() == nil {
		t.Fatal("no table change")
	}
	for range 2 {
		_, _, got := c.getWord("الأحد", func(w string) (string, string) { t.Fatalf("%q computed again", w); return "", "" })
		if got != want {
			t.Fatalf("الأحد from the previous table: %+v, want %+v", got, want)
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

// The mentions of Analyze, whose entities read the Words the word cache
// hands over, are the gazetteer's own (FindStream of the same text, and
// Find), from a cold cache filled by many goroutines at once (run with
// -race): with the default gazetteer, with a gazetteer without a model
// (no ranks) and with the default model attached again (a recognizer of
// its own).
func TestAnalyzeEntitiesWords(t *testing.T) {
	docs, _ := newsArticles(t, 1, 120<<10)
	anchor := time.Date(2018, 2, 18, 13, 0, 0, 0, time.UTC)
	for k, g := range []*entities.Gazetteer{entities.Default(), entities.Default().WithModel(nil), entities.Default().WithModel(entities.DefaultModel())} {
		a, err := New(WithGazetteer(g))
		if err != nil {
			t.Fatal(err)
		}
		wants := make([][]entities.Mention, len(docs))
		n := 0
		for i, d := range docs {
			wants[i] = g.FindStream(tokenize.NewStream(d))
			if !reflect.DeepEqual(wants[i], g.Find(d)) {
				t.Fatalf("gazetteer %d, article %d: FindStream and Find differ", k, i)
			}
			n += len(wants[i])
		}
		if n < 200 {
			t.Fatalf("%d articles: %d mentions", len(docs), n)
		}
		analyzeConcurrently(t, len(docs), func(i int) string {
			d := a.Analyze(docs[i], anchor)
			if !reflect.DeepEqual(d.Mentions, wants[i]) {
				return "gazetteer " + strconv.Itoa(k) + ", article " + strconv.Itoa(i) + ": mentions differ"
			}
			return ""
		})
	}
}
