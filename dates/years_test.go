package dates

import (
	"testing"
	"time"
)

// TestOldAndListedYears: a three-digit year with its era (عام 622 م،
// العام 325 ميلادية، سنة 711 للميلاد، 632 ميلادية), a Hijri year before the
// Umm al-Qura table (the tabular calendar: 1 Muharram 800 AH is 2 October
// 1397, proleptic Gregorian), a range of such Hijri years with the mark
// after the second, and runs of years joined by و (one Range when they
// follow each other, else each its own year). Not: a year قبل الميلاد, a
// bare number with م (metres), a quantity.
func TestOldAndListedYears(t *testing.T) {
	anchor := time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)
	ymd := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	yr := func(y int) time.Time { return ymd(y, 1, 1) }
	type want struct {
		text     string
		from, to time.Time
	}
	cases := []struct {
		in   string
		want []want
	}{
		{"بني المسجد عام 622 م", []want{{"عام 622 م", yr(622), yr(623)}}},
		{"في العام 325 ميلادية", []want{{"العام 325 ميلادية", yr(325), yr(326)}}},
		{"فتح الأندلس سنة 711 للميلاد", []want{{"سنة 711 للميلاد", yr(711), yr(712)}}},
		{"توفي في 632 ميلادية", []want{{"632 ميلادية", yr(632), yr(633)}}},
		{"عام 269 بعد الميلاد", []want{{"عام 269 بعد الميلاد", yr(269), yr(270)}}},
		{"بناه الملك الأشرف عام 800 هـ", []want{{"عام 800 هـ", ymd(1397, 10, 2), ymd(1398, 9, 21)}}},
		{"قامت الدولة العباسية سنة 132 للهجرة", []want{{"سنة 132 للهجرة", ymd(749, 8, 24), ymd(750, 8, 13)}}},
		{"حكمت اليمن في الفترة من 628 إلى 858هـ", []want{{"من 628 إلى 858هـ", ymd(1230, 11, 16), ymd(1454, 12, 31)}}},
		{"ارتفعت المبيعات في 2014 و2015 و2016", []want{{"2014 و2015 و2016", yr(2014), yr(2017)}}},
		{"وتأهل المنتخب عامي 2017 و2018", []want{{"عامي 2017 و2018", yr(2017), yr(2019)}}},
		{"فاز باللقب أعوام 2010 و2011 و2016", []want{{"2010 و2011", yr(2010), yr(2012)}, {"2016", yr(2016), yr(2017)}}},
		{"نظمت البطولة في عامي 1970 و1986", []want{{"عامي 1970", yr(1970), yr(1971)}, {"1986", yr(1986), yr(1987)}}},
		{"عام 40 قبل الميلاد", nil},
		{"فاز في سباق 100 م", nil},
		{"وصل عددهم إلى 800 شخص", nil},
	}
	for _, c := range cases {
		es := Find(c.in, anchor)
		if len(es) != len(c.want) {
			t.Errorf("%q: want %d expressions, got %v", c.in, len(c.want), es)
			continue
		}
		for k, w := range c.want {
			if es[k].Text != w.text || !es[k].From.Equal(w.from) || !es[k].To.Equal(w.to) || es[k].Grain != Year {
				t.Errorf("%q: want %q [%s, %s) year, got %v", c.in, w.text, w.from.Format("2006-01-02"), w.to.Format("2006-01-02"), es[k])
			}
		}
	}
	if es := Find("عام 800 هـ", anchor); len(es) != 1 || es[0].Hijri.Year != 800 || es[0].Kind != HijriDate {
		t.Errorf("عام 800 هـ: want a HijriDate naming year 800, got %v", es)
	}
}

// TestTabularHijri checks the tabular calendar against the Umm al-Qura
// table where both exist: they name the same first of Muharram within two
// days.
func TestTabularHijri(t *testing.T) {
	for y := umalquraFirstYear; y <= umalquraLastYear; y++ {
		table, _, ok := hijriMonthStart(y, 1)
		if !ok {
			t.Fatalf("no table start for %d", y)
		}
		if d := tabularHijriYearStart(y) - table; d < -2 || d > 2 {
			t.Errorf("year %d: tabular start %d days off the table's", y, d)
		}
	}
}

// TestCenturyEdgeAndSameMonth: an edge before a century named by its
// number cuts that century (بداية القرن التاسع عشر is 1800-1830, not the
// anchor's century); a Hijri century or one قبل الميلاد is not read;
// N من الشهر ذاته / نفسه / نفس الشهر is day N of the month of the date
// just before it.
func TestCenturyEdgeAndSameMonth(t *testing.T) {
	anchor := time.Date(2018, 3, 16, 0, 0, 0, 0, time.UTC)
	ymd := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	type want struct {
		text     string
		from, to time.Time
	}
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"انقرضت في بداية القرن التاسع عشر", []want{{"بداية القرن التاسع عشر", ymd(1800, 1, 1), ymd(1830, 1, 1)}}},
		{"مع مطلع القرن العشرين", []want{{"مطلع القرن العشرين", ymd(1900, 1, 1), ymd(1930, 1, 1)}}},
		{"في أواخر القرن الـ19", []want{{"أواخر القرن الـ19", ymd(1870, 1, 1), ymd(1900, 1, 1)}}},
		{"نهاية القرن الماضي", []want{{"نهاية القرن الماضي", ymd(1970, 1, 1), ymd(2000, 1, 1)}}},
		{"حتى أواخر القرن الثالث الهجري", nil},
		{"ألفها في نهاية القرن الثامن قبل الميلاد", nil},
		{"تنطلق يوم 18 نوفمبر وتدوم إلى 26 من الشهر ذاته", []want{{"18 نوفمبر", ymd(2017, 11, 18), ymd(2017, 11, 19)}, {"26 من الشهر ذاته", ymd(2017, 11, 26), ymd(2017, 11, 27)}}},
		{"يلتقي البرتغال في 23 مارس ثم اليونان في السادس من نفس الشهر", []want{{"23 مارس", ymd(2018, 3, 23), ymd(2018, 3, 24)}, {"السادس من نفس الشهر", ymd(2018, 3, 6), ymd(2018, 3, 7)}}},
		{"ستجرى في 24 من الشهر ذاته", nil}, // no date before it
	} {
		es := Find(c.in, anchor)
		if len(es) != len(c.want) {
			t.Errorf("%q: want %d expressions, got %v", c.in, len(c.want), es)
			continue
		}
		for k, w := range c.want {
			if es[k].Text != w.text || !es[k].From.Equal(w.from) || !es[k].To.Equal(w.to) {
				t.Errorf("%q: want %q [%s, %s), got %v", c.in, w.text, w.from.Format("2006-01-02"), w.to.Format("2006-01-02"), es[k])
			}
		}
	}
}
