package dates

import (
	"flag"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/internal/wordclass"
	tkz "github.com/arnews/arnews/tokenize"
)

var wordClassAll = flag.Bool("wordclassall", false, "TestFindClassed: every article of both corpus files, and long texts made of them")

// checkClasses checks that the class of every Plain word of st, as
// wordClass gives it from the word's text (the arnews word cache's way),
// names the surface that dates' own look-up of its key finds, and returns
// how many words have a surface.
func checkClasses(t *testing.T, st *tkz.Stream) (found int) {
	t.Helper()
	x := &lexTable().idx
	for k, tk := range st.Tokens() {
		if tk.Kind != tkz.Word || !st.Plain(k) {
			continue
		}
		key := st.Key(k)
		var want *surface
		if len(key) > 0 && len(key) <= maxKey && key[0] >= 0xD8 {
			want = x.find(key)
		}
		c := wordClass(tk.Text)
		if kc := keyClass(key); kc != c {
			t.Fatalf("%q: class %d from its text, %d from its key %q", tk.Text, c, kc, key)
		}
		var got *surface
		switch {
		case c == wordclass.Unknown:
			t.Fatalf("%q: class Unknown", tk.Text)
		case c > 0:
			got = &x.slots[c-1].sf
		}
		if got != want {
			t.Fatalf("%q (key %q): class %d names %v, the look-up finds %v", tk.Text, key, c, got, want)
		}
		if got != nil {
			found++
		}
	}
	return found
}

// The class that the word cache keeps for a word names the surface that
// dates finds for it, on every word of real articles.
func TestWordClass(t *testing.T) {
	if wordclass.DatesClass == nil || wordclass.DatesFind == nil {
		t.Fatal("dates registered no class functions")
	}
	st := tkz.NewStream(shared.Seed(t))
	if n := checkClasses(t, st); n < 10 {
		t.Errorf("seed article: %d words with a surface", n)
	}
	words, found := 0, 0
	seen := 0
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		st.Reset(a.Text)
		found += checkClasses(t, st)
		words += st.Len()
		seen++
		return seen < 200
	})
	t.Logf("%d articles, %d tokens, %d words with a surface", seen, words, found)
	if found < words/100 {
		t.Errorf("%d of %d tokens have a surface", found, words)
	}
	// words the stream folds: presentation forms, diacritics, tatweel;
	// and words no surface can be
	for _, w := range []string{"ﺍﻷﺣﺪ", "الأَحَد", "الاحـد", "يناير", "G20", "abc", "", strings.Repeat("ب", 41), "الأحد\u200c"} {
		key := appendKeyOf(w)
		want := uint16(0)
		if len(key) > 0 && len(key) <= maxKey && key[0] >= 0xD8 {
			want = keyClass(key)
		}
		if c := wordClass(w); c != want {
			t.Errorf("wordClass(%q) = %d, want %d", w, c, want)
		}
	}
	if wordClass("ﺍﻷﺣﺪ") == 0 || wordClass("ﺍﻷﺣﺪ") != wordClass("الاحد") {
		t.Errorf("الأحد in presentation forms: class %d, plain %d", wordClass("ﺍﻷﺣﺪ"), wordClass("الاحد"))
	}
}

// appendKeyOf is the stream's key of the one word w.
func appendKeyOf(w string) []byte {
	st := tkz.NewStream(w)
	if st.Len() != 1 {
		return nil
	}
	return st.Key(0)
}

// classesOf returns the classes of st's tokens as the word cache hands
// them over: wordClass of each Word's text, and for the other kinds a
// value dates must not read. unknown > 0 leaves every unknown-th word's
// class Unknown, for dates to look up.
func classesOf(st *tkz.Stream, unknown int) []uint16 {
	cls := make([]uint16, st.Len())
	for k, tk := range st.Tokens() {
		switch {
		case tk.Kind != tkz.Word:
			cls[k] = 1 // read, it would make the token a surface
		case unknown > 0 && k%unknown == 0:
			cls[k] = wordclass.Unknown
		default:
			cls[k] = wordClass(tk.Text)
		}
	}
	return cls
}

// Reading the classes handed over gives what the look-ups give: findClassed
// against FindWrittenStream and FindStream, with two configurations, on
// real articles and on a long text read in chunks (every article of both
// corpus files and long texts made of them with -wordclassall).
func TestFindClassed(t *testing.T) {
	r0, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r1, err := New(Location(time.FixedZone("-05", -5*3600)), WeekStart(time.Monday))
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2018, 2, 18, 13, 0, 0, 0, time.UTC)
	exprs := 0
	check := func(name, text string, stamp time.Time) {
		t.Helper()
		st := tkz.NewStream(text)
		for ui, unknown := range []int{0, 3} {
			cls := classesOf(st, unknown)
			for _, r := range []*Resolver{r0, r1, nil} {
				we, ww, wok := r.FindWrittenStream(st, stamp)
				ge, gw, gok := findClassed(r, st, cls, stamp, true)
				if !reflect.DeepEqual(ge, we) || !gw.Equal(ww) || gok != wok || gw.Location() != ww.Location() {
					t.Fatalf("%s (unknown %d): findClassed written gave %d expressions %v %v, FindWrittenStream %d %v %v", name, ui, len(ge), gw, gok, len(we), ww, wok)
				}
				exprs += len(we)
				fe := r.FindStream(st, stamp)
				ge, gw, gok = findClassed(r, st, cls, stamp, false)
				if !reflect.DeepEqual(ge, fe) || !gw.Equal(stamp) || gok {
					t.Fatalf("%s (unknown %d): findClassed gave %d expressions, FindStream %d", name, ui, len(ge), len(fe))
				}
			}
			// a cls not as long as the stream is not read
			we, _, _ := r0.FindWrittenStream(st, stamp)
			if ge, _, _ := findClassed(r0, st, cls[:len(cls)/2], stamp, true); !reflect.DeepEqual(ge, we) {
				t.Fatalf("%s: a short cls changed the expressions", name)
			}
		}
	}
	check("news", shared.News(t, 64<<10), stamp)
	n := 150
	if *wordClassAll {
		n = 1 << 30
	}
	articles, long := 0, 0
	for _, f := range shared.CorpusFiles {
		var texts []string
		seen := 0
		shared.Articles(t, f, func(a shared.Article) bool {
			pub, err := time.Parse("2006-01-02", a.Date)
			if err != nil {
				pub = stamp
			} else {
				pub = pub.Add(13 * time.Hour)
			}
			check(a.ID, a.Text, pub)
			articles++
			seen++
			if *wordClassAll {
				texts = append(texts, a.Text)
				if len(texts) == 13 {
					check("long "+a.ID, strings.Join(texts, "\n"), pub)
					check("long line "+a.ID, strings.Join(texts, " "), pub)
					texts, long = texts[:0], long+2
				}
			}
			return seen < n
		})
	}
	t.Logf("%d articles, %d long texts, %d expressions", articles, long, exprs)
	if ge, _, _ := findClassed(r0, nil, nil, stamp, true); ge != nil {
		t.Error("a nil stream gave expressions")
	}
}
