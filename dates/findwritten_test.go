package dates

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
)

// findWrittenTwice is what FindWritten must equal: WritingDay, then Find
// against its answer.
func findWrittenTwice(r *Resolver, text string, stamp time.Time, opts ...Option) ([]Expression, time.Time, bool) {
	w, ok := WritingDay(text, stamp, opts...)
	return r.Find(text, w), w, ok
}

func checkFindWritten(t *testing.T, r *Resolver, name, text string, stamp time.Time, opts ...Option) {
	t.Helper()
	got, gw, gok := r.FindWritten(text, stamp)
	want, ww, wok := findWrittenTwice(r, text, stamp, opts...)
	if gok != wok || !gw.Equal(ww) || gw.Location() != ww.Location() {
		t.Fatalf("%s: FindWritten day %v, %v; WritingDay %v, %v", name, gw, gok, ww, wok)
	}
	if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: FindWritten gave %d expressions, WritingDay + Find %d:\n%+v\n%+v", name, len(got), len(want), got, want)
	}
}

func TestFindWrittenAgrees(t *testing.T) {
	tue := time.Date(2020, 10, 6, 9, 0, 0, 0, time.UTC)
	late := time.Date(2020, 10, 6, 22, 30, 0, 0, time.FixedZone("+03", 3*3600))
	texts := []string{
		"",
		"قال الوزير اليوم الاثنين إن المحادثات التي بدأت أمس الأحد ستستمر غداً الثلاثاء، وكان قد التقى الأسبوع الماضي نظيره.",
		"وصل أمس الأحد، ويغادر اليوم.",
		"قال اليوم الثلاثاء إن الاجتماع سيعقد الخميس المقبل.",
		"أكد اليوم الأربعاء أن الوفد يصل غدا الخميس.", // the day after a late stamp
		"لا تاريخ هنا.",
		// longer than one chunk: the two-reading path
		strings.Repeat("قال الوزير اليوم الاثنين إن الوفد وصل أمس الأحد. ", 800),
		// long, naming the stamp's day (tue): in lines, read once; in one
		// line, read once up to the first cut inside the line, then on
		strings.Repeat("قال الوزير اليوم الثلاثاء إن الوفد وصل أمس الاثنين.\n", 800),
		strings.Repeat("قال الوزير اليوم الثلاثاء إن الوفد وصل أمس الاثنين. ", 800),
		// long, in lines, naming another day: read again
		strings.Repeat("قال الوزير اليوم الاثنين إن الوفد وصل أمس الأحد.\n", 800),
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, stamp := range []time.Time{tue, late, {}} {
		for i, text := range texts {
			checkFindWritten(t, r, "text "+string(rune('0'+i)), text, stamp)
		}
	}
	est := time.FixedZone("-05", -5*3600)
	mon, err := New(WeekStart(time.Monday), Location(est))
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		checkFindWritten(t, mon, "monday text "+string(rune('0'+i)), text, late, WeekStart(time.Monday), Location(est))
	}
	var nilR *Resolver
	checkFindWritten(t, nilR, "nil resolver", texts[1], tue)
}

// On real articles, each at its own stamp, FindWritten gives what the two
// calls give.
func TestFindWrittenCorpus(t *testing.T) {
	r, _ := New()
	n, moved := 0, 0
	limit := 3000
	if testing.Short() {
		limit = 300
	}
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		stamp, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			return true
		}
		stamp = stamp.Add(14 * time.Hour)
		checkFindWritten(t, r, a.ID, a.Text, stamp)
		if _, _, ok := r.FindWritten(a.Text, stamp); ok {
			moved++
		}
		n++
		return n < limit
	})
	t.Logf("%d articles agree, %d name their writing day", n, moved)
}

func FuzzFindWritten(f *testing.F) {
	for _, s := range []string{"قال اليوم الاثنين إن الوفد وصل أمس الأحد", "أمس\u200bالأحد", "غداً الثلاثاء 7 أكتوبر 2020", ""} {
		f.Add(s, int64(1601974800))
	}
	r, _ := New()
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		stamp := time.Unix(sec%(1<<40), 0).UTC()
		checkFindWritten(t, r, "fuzz", text, stamp)
		es, _, _ := r.FindWritten(text, stamp)
		for _, e := range es {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v", e)
			}
		}
	})
}
