package dates

import (
	"testing"
	"time"
)

// TestMonthEdgesAndNthWeekday: the late third of a Hijri month ends with
// the month (نهاية رمضان), the n-th or last weekday of رمضان or of an
// ambiguous month name (مارس) after من is read, and an edge word makes مارس
// the month.
func TestMonthEdgesAndNthWeekday(t *testing.T) {
	anchor := time.Date(2018, 3, 10, 0, 0, 0, 0, time.UTC)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct{ text, span, from, to string }{
		{"وتتوقع الوزارة انخفاض الاستهلاك في نهاية رمضان", "نهاية رمضان", "2018-06-05", "2018-06-15"},
		{"ويحيي المسلمون الجمعة الأخيرة من رمضان بمسيرات", "الجمعة الأخيرة من رمضان", "2018-06-08", "2018-06-09"},
		{"وتقام الصلاة في الجمعة الأولى من رمضان في المسجد الأقصى", "الجمعة الأولى من رمضان", "2018-05-18", "2018-05-19"},
		{"وتنتهي المهلة في نهاية مارس دون تمديد", "نهاية مارس", "2018-03-21", "2018-04-01"},
		{"ويحتفل الناس بالساعة الأرضية السبت الأخير من مارس", "السبت الأخير من مارس", "2018-03-31", "2018-04-01"},
	} {
		es := Find(c.text, anchor)
		ok := false
		for _, e := range es {
			ok = ok || e.Text == c.span && e.From.Equal(day(c.from)) && e.To.Equal(day(c.to))
		}
		if !ok {
			t.Errorf("%q: want %q [%s, %s), got %v", c.text, c.span, c.from, c.to, es)
		}
	}
	if es := Find("وقال إن الرجل مارس الضغط على الشهود", anchor); len(es) != 0 {
		t.Errorf("مارس the verb: want no date, got %v", es)
	}
}
