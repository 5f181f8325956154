package dates

import (
	"testing"
	"time"
)

// TestSeasonYears: a season or fiscal year with a short second year is the
// run of its two years; a date or a month in digits is not a season.
func TestSeasonYears(t *testing.T) {
	anchor := time.Date(2018, 7, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, span string }{
		{"وسجل اللاعب 20 هدفا في موسم 2016 -17 مع فريقه السابق", "2016 -17"},
		{"وتوج الفريق بلقب الدوري في موسم 2016-17 للمرة الثانية", "2016-17"},
		{"واحتل المركز الثالث في الموسم الماضي 2016–17", "2016–17"},
		{"وتبلغ ميزانية السنة المالية 2016/17 نحو 3 مليارات", "2016/17"},
		{"وشارك في 30 مباراة خلال الموسم 2016/ 2017", "2016/ 2017"},
	} {
		es := Find(c.text, anchor)
		ok := false
		for _, e := range es {
			if e.Text == c.span && e.Kind == Range && e.Grain == Year &&
				e.From.Equal(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)) && e.To.Equal(time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %q as 2016-2017, got %v", c.text, c.span, es)
		}
	}
	for _, c := range []struct{ text, span string }{
		{"وقع الحادث في 2011-12-05 قرب الحدود", "2011-12-05"}, // a date
		{"وبلغت الصادرات في 2016-12 نحو مليار", "2016"},       // a month in digits, not 2016-2017
	} {
		es := Find(c.text, anchor)
		if len(es) == 0 || es[0].Text != c.span || es[0].Kind == Range {
			t.Errorf("%q: want %q and no season, got %v", c.text, c.span, es)
		}
	}
}
