package dates

import (
	"testing"
	"time"
)

// TestUntilIsTheDate: حتى / إلى غاية / لغاية + a date ahead is that date, the
// connector left out of the span (as with a time: حتى الساعة التاسعة); a
// range that names its start keeps both ends, إلى غاية and وحتى included.
func TestUntilIsTheDate(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct{ text, anchor, span, from, to string }{
		{"وتستمر مهرجانات بعلبك حتى 18 آب/أغسطس، حيث تقدم", "2018-07-21", "18 آب/أغسطس", "2018-08-18", "2018-08-19"},
		{"وتمويل الوكالات الاتحادية حتى الثلاثين من سبتمبر أيلول، وأرسل المشروع", "2018-03-23", "الثلاثين من سبتمبر أيلول", "2018-09-30", "2018-10-01"},
		{"لتواصل موسم التصدير الى غاية نهاية شهر سبتمبر القادم.", "2016-08-22", "نهاية شهر سبتمبر القادم", "2016-09-21", "2016-10-01"},
		{"وسيوفر المشروع مئة ألف فرصة عمل حتى العام 2030، ويضيف", "2018-03-29", "العام 2030", "2030-01-01", "2031-01-01"},
		{"وتبقى المعابر مغلقة حتى الأحد المقبل", "2018-03-29", "الأحد المقبل", "2018-04-01", "2018-04-02"},
		{"ويتواصل المهرجان من 13 جويلية إلى غاية 20 أوت، ويتضمن", "2016-06-28", "من 13 جويلية إلى غاية 20 أوت", "2016-07-13", "2016-08-21"},
		{"لمدة شهر خلال الفترة بين 20 مارس الجاري وحتى 20 أبريل المقبل بمناسبة", "2018-03-13", "بين 20 مارس الجاري وحتى 20 أبريل المقبل", "2018-03-20", "2018-04-21"},
	} {
		found := false
		var got []string
		for _, e := range Find(c.text, day(c.anchor)) {
			got = append(got, e.Text+" "+e.From.Format("2006-01-02")+".."+e.To.Format("2006-01-02"))
			found = found || e.Text == c.span && e.From.Equal(day(c.from)) && e.To.Equal(day(c.to))
		}
		if !found {
			t.Errorf("%q: want %q [%s, %s), got %q", c.text, c.span, c.from, c.to, got)
		}
	}
}
