package dates

import (
	"testing"
	"time"
)

// TestWeekend: نهاية الأسبوع is Friday and Saturday under Saturday or
// Sunday weeks, the week's last two days under Monday weeks, and the days
// Weekend names when it is given; أواخر الأسبوع stays the week's last
// third. Anchor: Tuesday 2020-10-06.
func TestWeekend(t *testing.T) {
	anchor := time.Date(2020, 10, 6, 14, 0, 0, 0, time.UTC)
	day := func(d int) time.Time { return time.Date(2020, 10, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		text     string
		opts     []Option
		from, to int // days of October 2020
	}{
		{"نهاية الأسبوع", nil, 9, 11},
		{"في عطلة نهاية هذا الأسبوع", nil, 9, 11},
		{"نهاية الأسبوع المقبل", nil, 16, 18},
		{"بنهاية الأسبوع الماضي", nil, 2, 4},
		{"نهاية الأسبوع", []Option{WeekStart(time.Sunday)}, 9, 11},
		{"نهاية الأسبوع", []Option{WeekStart(time.Monday)}, 10, 12},
		{"نهاية الأسبوع المقبل", []Option{WeekStart(time.Monday)}, 17, 19},
		{"نهاية الأسبوع", []Option{Weekend(time.Thursday)}, 8, 10},
		{"نهاية الأسبوع", []Option{Weekend(time.Saturday)}, 10, 12},
		{"نهاية الأسبوع", []Option{WeekStart(time.Monday), Weekend(time.Friday)}, 9, 11},
		{"أواخر الأسبوع", nil, 8, 10}, // the last third of Sat 3 .. Fri 9
	}
	for _, c := range cases {
		es := Find(c.text, anchor, c.opts...)
		if len(es) != 1 || !es[0].From.Equal(day(c.from)) || !es[0].To.Equal(day(c.to)) || es[0].Grain != Day {
			t.Errorf("%q %d options: want [Oct %d, Oct %d) day, got %v", c.text, len(c.opts), c.from, c.to, es)
		}
	}
	// the anchor inside a weekend, and past clauses
	for _, c := range []struct {
		text     string
		anchor   int // day of October 2020
		from, to int
	}{
		{"خرج الجنود لقضاء عطلة نهاية الأسبوع", 10, 9, 11},          // Saturday: the weekend under way
		{"نهاية الأسبوع الماضي", 10, 2, 4},                          // Saturday: the one before it
		{"نهاية الأسبوع المقبل", 10, 16, 18},                        // Saturday
		{"نهاية الأسبوع", 11, 16, 18},                               // Sunday: the coming one
		{"وقد هطلت أمطار غزيرة خلال عطلة نهاية الأسبوع", 12, 9, 11}, // Monday, past: the one just gone
		{"وتعرضت المدرسة للحرق نهاية الأسبوع", 12, 9, 11},           // Monday, past
		{"ستتواصل الحملات الأمنية إلى نهاية الأسبوع", 12, 16, 18},   // Monday, future
		{"وألغى رحلة كانت مقررة في نهاية الأسبوع", 12, 16, 18},      // Monday, a plan
		{"وتحادث الرئيسان خلال عطلة نهاية الأسبوع", 14, 16, 18},     // Wednesday: too far from the last one
		{"وتعرضت المدرسة للحرق نهاية الأسبوع الجاري", 12, 16, 18},   // this week, named
	} {
		a := time.Date(2020, 10, c.anchor, 9, 0, 0, 0, time.UTC)
		es := Find(c.text, a)
		if len(es) != 1 || !es[0].From.Equal(day(c.from)) || !es[0].To.Equal(day(c.to)) {
			t.Errorf("%q on Oct %d: want [Oct %d, Oct %d), got %v", c.text, c.anchor, c.from, c.to, es)
		}
	}
	if _, err := New(Weekend(time.Weekday(9))); err == nil {
		t.Error("Weekend(9): want an error from New")
	}
	r, err := New(Weekend(time.Sunday))
	if err != nil {
		t.Fatal(err)
	}
	if es := r.Find("نهاية الأسبوع", anchor); len(es) != 1 || !es[0].From.Equal(day(11)) {
		t.Errorf("Resolver with Weekend(Sunday): want Sun Oct 11, got %v", es)
	}
}
