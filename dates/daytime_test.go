package dates

import (
	"testing"
	"time"
)

// TestDayThenTime: a day and the time right after it are one expression;
// a comma keeps them apart.
func TestDayThenTime(t *testing.T) {
	anchor := time.Date(2018, 5, 17, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, span string
		from       time.Time
	}{
		{"ويصل الوفد صباح غد في الساعة 10:30 إلى المطار", "صباح غد في الساعة 10:30", time.Date(2018, 5, 18, 10, 30, 0, 0, time.UTC)},
		{"وتبدأ المفاوضات غدا الساعة 3 مساء في جنيف", "غدا الساعة 3 مساء", time.Date(2018, 5, 18, 15, 0, 0, 0, time.UTC)},
		{"وسجلت الهزة يوم الخميس 24 ماي 2018 على الساعة السادسة والنصف مساء", "يوم الخميس 24 ماي 2018 على الساعة السادسة والنصف مساء", time.Date(2018, 5, 24, 18, 30, 0, 0, time.UTC)},
	} {
		es := Find(c.text, anchor)
		if len(es) != 1 || es[0].Text != c.span || !es[0].From.Equal(c.from) || es[0].Kind != Time {
			t.Errorf("%q: want one time %q at %v, got %v", c.text, c.span, c.from, es)
		}
	}
	es := Find("اندلع الحريق مساء الخميس، عند الساعة الثامنة", anchor)
	if len(es) != 2 || es[1].Text != "الساعة الثامنة" || es[1].From.Hour() != 20 {
		t.Errorf("after a comma: want two expressions, the time at 20:00, got %v", es)
	}
}

// TestSincePartOfDay: منذ + a part of the day runs from its start to the end
// of the anchor's day, as منذ + a date does.
func TestSincePartOfDay(t *testing.T) {
	anchor := time.Date(2018, 5, 17, 0, 0, 0, 0, time.UTC) // Thursday
	end := anchor.AddDate(0, 0, 1)
	for _, c := range []struct {
		text, span string
		from       time.Time
	}{
		{"وتتواصل الاشتباكات منذ صباح اليوم في محيط المطار", "منذ صباح اليوم", anchor.Add(6 * time.Hour)},
		{"ويعتصم المحتجون منذ مساء الأربعاء أمام البرلمان", "منذ مساء الأربعاء", time.Date(2018, 5, 16, 18, 0, 0, 0, time.UTC)},
	} {
		es := Find(c.text, anchor)
		if len(es) != 1 || es[0].Text != c.span || !es[0].From.Equal(c.from) || !es[0].To.Equal(end) || es[0].Grain != PartOfDay {
			t.Errorf("%q: want %q [%v, %v), got %v", c.text, c.span, c.from, end, es)
		}
	}
}

// TestNightBetween: الليلة الفاصلة بين الخميس والجمعة is that night, not
// tonight and a run of two days.
func TestNightBetween(t *testing.T) {
	anchor := time.Date(2015, 8, 22, 0, 0, 0, 0, time.UTC) // Saturday
	es := Find("تمكن الحرس الديواني خلال عمليتين منفصلتين الليلة الفاصلة بين الخميس والجمعة من حجز كمية من الأدوية", anchor)
	from := time.Date(2015, 8, 20, 18, 0, 0, 0, time.UTC)
	if len(es) != 1 || es[0].Text != "الليلة الفاصلة بين الخميس والجمعة" || !es[0].From.Equal(from) || !es[0].To.Equal(from.Add(12*time.Hour)) {
		t.Errorf("want the night of Thursday to Friday, got %v", es)
	}
}
