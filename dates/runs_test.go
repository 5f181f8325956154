package dates

import (
	"testing"
	"time"
)

// TestDayRuns: two (or more) weekdays that follow each other are one run,
// with or without يومي, and so are two ordinal days before a month; days
// that do not follow each other stay apart.
func TestDayRuns(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct {
		text, anchor, span, from, to string
	}{
		{"وتراجعت الأسعار بعد أن اجتمع وزراء الطاقة السبت والأحد في فيينا", "2018-07-22", "السبت والأحد", "2018-07-21", "2018-07-23"},
		{"وارتكب جيش الاحتلال، الاثنين والثلاثاء، مجزرة دامية بحق المتظاهرين", "2018-05-18", "الاثنين والثلاثاء", "2018-05-14", "2018-05-16"},
		{"وسيعقد قادة الدول الأعضاء في الحلف قمة في بروكسل، الأربعاء والخميس.", "2018-07-10", "الأربعاء والخميس", "2018-07-11", "2018-07-13"},
		{"واجتذب المهرجان نحو 67 ألف زائر أيام الجمعة والسبت والأحد، بحسب الوكالة", "2018-06-18", "الجمعة والسبت والأحد", "2018-06-15", "2018-06-18"},
		{"وتقام المباراتان الثالث والرابع من أبريل المقبل في مدريد", "2018-03-16", "الثالث والرابع من أبريل المقبل", "2018-04-03", "2018-04-05"},
		{"وتعقد القمة يومي الحادي عشر والثاني عشر من يوليو 2018 في بروكسل", "2018-06-01", "الحادي عشر والثاني عشر من يوليو 2018", "2018-07-11", "2018-07-13"},
		{"وجرت الانتخابات السادس والعشرين والسابع والعشرين من مارس", "2018-04-02", "السادس والعشرين والسابع والعشرين من مارس", "2018-03-26", "2018-03-28"},
	} {
		found := false
		var got []string
		for _, e := range Find(c.text, day(c.anchor)) {
			got = append(got, e.Text+" "+e.From.Format("2006-01-02")+".."+e.To.Format("2006-01-02"))
			if e.Text == c.span && e.From.Equal(day(c.from)) && e.To.Equal(day(c.to)) && e.Kind == Range {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %q [%s, %s), got %q", c.text, c.span, c.from, c.to, got)
		}
	}
	// not runs: days apart, a part of the day on the first, a list
	for _, c := range []struct{ text, anchor, want string }{
		{"ودعت الأحزاب إلى التظاهر الجمعة والأحد أمام البرلمان", "2018-05-18", "الجمعة"},
		{"وستقام الأمسيتان مساء الخميس والجمعة المقبلين", "2018-03-18", "مساء الخميس"},
		{"وتقام المباريات الثالث والخامس من أبريل المقبل", "2018-03-16", "الخامس من أبريل المقبل"},
	} {
		es := Find(c.text, day(c.anchor))
		for _, e := range es {
			if e.Kind == Range {
				t.Errorf("%q: want no run, got %q", c.text, e.Text)
			}
		}
		if len(es) == 0 || es[0].Text != c.want && es[len(es)-1].Text != c.want {
			t.Errorf("%q: want %q among %v", c.text, c.want, es)
		}
	}
}

// TestMondayAfterIn: الاثنين after a word in ين / ان is Monday unless that
// word is a dual or plural with the article (المتهمين الاثنين: the two),
// and الأحد is always Sunday there.
func TestMondayAfterIn(t *testing.T) {
	anchor := time.Date(2018, 4, 3, 0, 0, 0, 0, time.UTC) // Tuesday
	for _, text := range []string{
		"وقال الرئيس الروسي فلاديمير بوتين الاثنين إن الاتهامات لا أساس لها",
		"وأعلنت رئاسة الوزراء في بيان الاثنين أن الاجتماع تأجل",
		"وحذر الكرملين الإثنين من خطورة الاتهامات",
		"وعاد الفريق إلى الصدارة بفوزه الثمين الاثنين بنتيجة 3-1",
		"وتعهد الرئيس التركي رجب طيب أردوغان الأحد بتوسيع العملية",
	} {
		es := Find(text, anchor)
		if len(es) != 1 || es[0].Kind != Weekday {
			t.Errorf("%q: want the weekday, got %v", text, es)
		}
	}
	for _, text := range []string{
		"وقضت المحكمة بحبس المتهمين الاثنين 15 سنة",
		"وقال المدرب إنه يعرف اللاعبين الاثنين منذ فترة طويلة",
	} {
		if es := Find(text, anchor); len(es) != 0 {
			t.Errorf("%q: the two, want no date, got %v", text, es)
		}
	}
}
