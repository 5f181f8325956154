package entities_test

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/tokenize"
)

// checkFindStream checks that FindStream on s's word stream gives what
// Find gives, mention for mention (span, type, entity), with and without
// the model.
func checkFindStream(t *testing.T, s string, gs ...*entities.Gazetteer) {
	t.Helper()
	st := tokenize.NewStream(s)
	for _, g := range gs {
		want, got := g.Find(s), g.FindStream(st)
		if !reflect.DeepEqual(got, want) {
			for i := range max(len(got), len(want)) {
				var a, b entities.Mention
				if i < len(got) {
					a = got[i]
				}
				if i < len(want) {
					b = want[i]
				}
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("%+q: mention %d: FindStream %d:%d %s %q, Find %d:%d %s %q (of %d, %d)",
						s, i, a.Start, a.End, a.Type, a.Text, b.Start, b.End, b.Type, b.Text, len(got), len(want))
				}
			}
		}
	}
}

// Over corpus articles of both files, whole and cut at arbitrary rune
// boundaries, FindStream gives Find's mentions, with the model and with
// the gazetteer alone.
func TestFindStreamCorpus(t *testing.T) {
	g, lookup := entities.Default(), entities.Default().WithModel(nil)
	n := 1000
	if testing.Short() {
		n = 150
	}
	arts := 0
	for _, rel := range shared.CorpusFiles {
		k := 0
		shared.Articles(t, rel, func(a shared.Article) bool {
			checkFindStream(t, a.Text, g, lookup)
			if k%5 == 0 {
				for _, cut := range []int{len(a.Text) / 3, len(a.Text) / 2} {
					for cut < len(a.Text) && !utf8.RuneStart(a.Text[cut]) {
						cut++
					}
					checkFindStream(t, a.Text[cut:], g)
					checkFindStream(t, a.Text[:cut], g)
				}
			}
			k++
			arts++
			return k < n
		})
	}
	t.Logf("%d articles", arts)
	checkFindStream(t, shared.News(t, 1<<20), g)
}

// The seed's examples and the rules' contexts give the same mentions
// through the stream; a nil stream has none.
func TestFindStreamExamples(t *testing.T) {
	g := entities.Default()
	for _, s := range []string{"", paragraph, "مقاتلاً سوريّاً", "قاعدة جوية سورية", "بكل حماس", "حركة حماس", "للعراق",
		"فريق برشلونة", "مدينة برشلونة", "الرئيس الإيراني حسن روحاني. وقال روحاني", "#ثورة_يناير في مصر",
		"وزارة الخارجية الإيرانية\u200c", "ﻣﺼﺮ والعراق", "G20 في الرياض", "\xff\xd8إيران", "العـــراق"} {
		checkFindStream(t, s, g)
	}
	if ms := g.FindStream(nil); ms != nil {
		t.Errorf("nil stream: %v", ms)
	}
	var none *entities.Gazetteer
	if ms := none.FindStream(tokenize.NewStream(paragraph)); ms != nil {
		t.Errorf("nil gazetteer: %v", ms)
	}
}

// Several goroutines may read one filled stream at once.
func TestFindStreamConcurrent(t *testing.T) {
	g := entities.Default()
	text := shared.News(t, 1<<16)
	st := tokenize.NewStream(text)
	want := g.Find(text)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := g.FindStream(st); !reflect.DeepEqual(got, want) {
				errs <- fmt.Sprintf("%d mentions, want %d", len(got), len(want))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func FuzzFindStream(f *testing.F) {
	for _, s := range []string{"", "وإيران", "لأميركا و\"إسرائيل\"", "مقاتلاً سوريّاً", "للعراق", "\xff\xd8إيران",
		"#ثورة_يناير في مصر", "ﻣﺼﺮ والعراق", "G20 في الرياض", "وزارة\u200cالخارجية", paragraph} {
		f.Add(s)
	}
	g := entities.Default()
	f.Fuzz(func(t *testing.T, s string) {
		checkFind(t, g, s)
		checkFindStream(t, s, g)
	})
}

// FindStream reads a stream that another reader (dates, the tokens of
// arnews.Analyze) has made already, instead of scanning the text again.
func ExampleGazetteer_FindStream() {
	var st tokenize.Stream
	st.Reset("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت.")
	fmt.Println(st.Len(), "tokens")
	for _, m := range entities.Default().FindStream(&st) {
		fmt.Println(m.Start, m.End, m.Type, m.Text)
	}
	// Output:
	// 8 tokens
	// 20 34 nationality الفرنسي
	// 35 64 person إيمانويل ماكرون
	// 72 82 place بيروت
}
