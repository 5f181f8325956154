package dates

import (
	"testing"
	"time"
)

// TestFeastDays: the n-th day of a feast or of Ramadan is one day, and
// غرة before a Hijri month is its first day; other "first days" are no
// dates.
func TestFeastDays(t *testing.T) {
	anchor := time.Date(2018, 6, 10, 0, 0, 0, 0, time.UTC)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct{ text, span, from string }{
		{"ويصادف الجمعة أول أيام عيد الفطر في معظم الدول", "أول أيام عيد الفطر", "2018-06-15"},
		{"وتفتح المتاحف أبوابها مجانا ثاني أيام العيد", "ثاني أيام العيد", "2018-06-16"},
		{"وشهدت الحدائق إقبالا كبيرا في ثالث أيام عيد الأضحى المبارك", "ثالث أيام عيد الأضحى المبارك", "2018-08-23"},
		{"وأعلنت دار الإفتاء أن الجمعة غرة شهر شوال 1439", "غرة شهر شوال 1439", "2018-06-15"},
		{"وتبدأ الإجازة غرة شوال وتستمر أسبوعا", "غرة شوال", "2018-06-15"},
	} {
		es := Find(c.text, anchor)
		ok := false
		for _, e := range es {
			ok = ok || e.Text == c.span && e.From.Equal(day(c.from)) && e.To.Equal(day(c.from).AddDate(0, 0, 1))
		}
		if !ok {
			t.Errorf("%q: want %q on %s, got %v", c.text, c.span, c.from, es)
		}
	}
	for _, text := range []string{"وسقط عشرات القتلى في أول أيام الحرب", "وتابع الجمهور ثالث أيام البطولة", "ونشرت الصحيفة في غرة الشهر مقالا"} {
		if es := Find(text, anchor); len(es) != 0 {
			t.Errorf("%q: want no date, got %v", text, es)
		}
	}
}
