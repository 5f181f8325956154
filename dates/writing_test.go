package dates

import (
	"testing"
	"time"

	"github.com/arnews/arnews/internal/shared"
)

// TestWritingDay reads the writing day from sentences modelled on the
// corpus's wire copy, each stamped on Tuesday 2020-10-06 at 01:30.
func TestWritingDay(t *testing.T) {
	stamp := time.Date(2020, 10, 6, 1, 30, 0, 0, time.FixedZone("+03", 3*3600))
	cases := []struct {
		text string
		day  int // day of October 2020; 6 with ok false: the stamp unchanged
		ok   bool
	}{
		// one phrase, agreeing with each other, not with the stamp
		{"أعلنت وزارة الصحة اليوم الاثنين تسجيل 45 إصابة جديدة", 5, true},
		{"وكان الرئيس قد وصل أمس الأحد إلى العاصمة", 5, true},
		{"ومن المقرر أن تستأنف المفاوضات غداً الثلاثاء في جنيف", 5, true},
		{"شهدت المدينة أول أمس السبت مظاهرات حاشدة", 5, true},
		{"وكانت الاشتباكات قد اندلعت أمس الأول السبت", 5, true},
		{"اندلع الحريق البارحة الأحد في مستودع", 5, true},
		{"وقالت العائلة إنها ستطعن في الحكم بعد غد الأربعاء", 5, true},
		{"تجرى المباراة بعد غدٍ الأربعاء وتستكمل غدا الثلاثاء المباريات", 5, true},
		{"قال الوزير اليوم الاثنين إن المحادثات التي بدأت أمس الأحد ستستمر غداً الثلاثاء.", 5, true},
		{"أفادت مصادر، اليوم، الاثنين، بأن القوات انسحبت", 5, true},
		{"ذكّرت الوزارة المواطنين اليوم الأحد بأنه يمنع الدخول", 4, true},
		// the stamp's own day, confirmed
		{"أعلن الجيش اليوم الثلاثاء مقتل ثلاثة مسلحين، بعد اشتباكات أمس الاثنين", 6, true},
		// a text a day ahead of a stamp at 01:30: a wrong weekday or stamp,
		// not trusted (a late stamp is, see TestWritingDayLocation)
		{"تنطلق اليوم الأربعاء أشغال المؤتمر", 6, false},
		// a date after the weekday: evidence when they agree; a phrase
		// whose date and weekday disagree says nothing
		{"قضت المحكمة اليوم الاثنين 5 أكتوبر 2020 بسجن المتهمين", 5, true},
		{"أعلن الجيش أمس الأحد 4 أكتوبر 2020 مقتل ثلاثة مسلحين", 5, true},
		{"قضت المحكمة اليوم الثلاثاء 5 أكتوبر 2020 بسجن المتهمين", 6, false},
		// three days back or more: a doubtful weekday, not a stamp's lag
		{"تمكنت الوحدات الأمنية أمس الخميس من إيقاف مهرب", 6, false},
		// a date far from the stamp is another story, no evidence
		{"وكان الوزير قد قال أمس الأحد 4 أكتوبر 2015 إن الاتفاق وشيك", 6, false},
		// phrases that disagree with each other: no inference
		{"قال الوزير اليوم الاثنين إن الاجتماع عقد أمس الاثنين", 6, false},
		// no relative day with a weekday
		{"قال الوزير الاثنين إن المحادثات ستستمر", 6, false},
		{"أعلنت الوزارة اليوم عن خطة جديدة، وكانت قد أعلنت أمس عن أخرى", 6, false},
		{"وفي اليوم الأول من المؤتمر، الثلاثاء، تحدث الوزير", 6, false},
		{"لليوم الثالث على التوالي الخميس", 6, false},
		{"", 6, false},
	}
	for _, c := range cases {
		got, ok := WritingDay(c.text, stamp)
		if ok != c.ok || got.Day() != c.day || got.Month() != time.October {
			t.Errorf("%s: got %v, %v; want October %d, %v", c.text, got, ok, c.day, c.ok)
			continue
		}
		if h, m, _ := got.Clock(); h != 1 || m != 30 || got.Location() != stamp.Location() {
			t.Errorf("%s: the clock or zone changed: %v", c.text, got)
		}
		if !ok && !got.Equal(stamp) {
			t.Errorf("%s: no evidence but the stamp moved: %v", c.text, got)
		}
	}
}

// TestWritingDayLocation counts days in the Location option's zone: 23:00
// UTC on Monday is already Tuesday in Riyadh.
func TestWritingDayLocation(t *testing.T) {
	stamp := time.Date(2020, 10, 5, 23, 0, 0, 0, time.UTC)
	riyadh := time.FixedZone("AST", 3*3600)
	got, ok := WritingDay("أعلنت الرياض اليوم الثلاثاء", stamp, Location(riyadh))
	if !ok || got.Location() != riyadh || got.Day() != 6 || !got.Equal(stamp) {
		t.Errorf("got %v, %v; want the stamp itself, Tuesday in Riyadh", got, ok)
	}
	got, ok = WritingDay("أعلنت الرياض اليوم الثلاثاء", stamp)
	if !ok || got.Day() != 6 || got.Hour() != 23 {
		t.Errorf("in UTC: got %v, %v; want Tuesday 23:00 UTC", got, ok)
	}
}

// TestWritingDayWindow: a weekday is looked for from two days before the
// stamp to the stamp's day, and the day after it for a stamp from 20:00 on.
func TestWritingDayWindow(t *testing.T) {
	for _, h := range []int{12, 21} {
		stamp := time.Date(2020, 10, 6, h, 0, 0, 0, time.UTC) // a Tuesday
		for wd, want := range map[string]int{"السبت": 3, "الأحد": 4, "الاثنين": 5, "الثلاثاء": 6, "الأربعاء": 7, "الخميس": 1, "الجمعة": 2} {
			got, ok := WritingDay("صرح المتحدث اليوم "+wd+" بأن", stamp)
			if want == 7 && h < 20 || want < 4 {
				if ok || !got.Equal(stamp) {
					t.Errorf("اليوم %s at %d:00: got %v, %v; want the stamp, false", wd, h, got, ok)
				}
				continue
			}
			if !ok || got.Day() != want || got.Month() != time.October {
				t.Errorf("اليوم %s at %d:00: got %v, %v; want October %d", wd, h, got, ok, want)
			}
		}
	}
}

// TestWritingDayCorpus measures on real articles how often the text names
// its writing day and how often that day is not the stamp's, and checks
// that a moved day is always within the window.
func TestWritingDayCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 5,000 articles")
	}
	n, ev, moved := 0, 0, 0
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		stamp, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			return true
		}
		n++
		got, ok := WritingDay(a.Text, stamp)
		if ok {
			ev++
			if d := dayOf(got) - dayOf(stamp); d != 0 {
				moved++
				if d < -writingBack || d > writingAhead {
					t.Errorf("moved %d days", d)
				}
			}
		} else if !got.Equal(stamp) {
			t.Errorf("no evidence but the stamp moved")
		}
		return n < 5000
	})
	if n == 0 || ev == 0 || moved == 0 {
		t.Fatalf("%d articles, %d with evidence, %d moved", n, ev, moved)
	}
	t.Logf("%d articles: %d name their writing day, %d of them not the stamp's", n, ev, moved)
}

func BenchmarkWritingDay(b *testing.B) {
	text := shared.News(b, 200<<10)
	stamp := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		WritingDay(text, stamp)
	}
}

// TestWritingDayIgnoresBracketGloss: a weekday in brackets glosses quoted
// speech (the speaker's "tomorrow"), so it says nothing of the day the
// text was written, while Find still takes the weekday.
func TestWritingDayIgnoresBracketGloss(t *testing.T) {
	stamp := time.Date(2018, 7, 14, 5, 36, 0, 0, time.UTC) // Saturday
	text := `وقال شهباز شريف "غدا (الجمعة) سنذهب إلى المطار على رغم هذه الوحشية".`
	if w, ok := WritingDay(text, stamp); ok || !w.Equal(stamp) {
		t.Errorf("WritingDay = %v, %v; want the stamp unchanged, false", w, ok)
	}
	es := Find(text, stamp)
	if len(es) != 1 || es[0].Text != "غدا (الجمعة)" || es[0].From.Weekday() != time.Friday {
		t.Errorf("Find = %v; want غدا (الجمعة) on a Friday", es)
	}
	// the same words without brackets are the writer's own: Thursday
	if w, ok := WritingDay("وقال الوزير إنه سيزور المطار غدا الجمعة.", stamp); !ok || w.Weekday() != time.Thursday {
		t.Errorf("WritingDay without brackets = %v, %v; want Thursday, true", w, ok)
	}
}
