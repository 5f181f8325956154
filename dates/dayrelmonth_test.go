package dates

import "testing"

// A day written as an ordinal in words before a relative month reads like
// the same day in digits (26 من الشهر الجاري); corpus phrasing, anchored
// on Tuesday 2020-10-06.
func TestOrdinalDayOfRelativeMonth(t *testing.T) {
	runCases(t, []dc{
		{"وسيتواجد الجهاز في المحال التجارية بدءا من السادس والعشرين من الشهر الجاري.", "السادس والعشرين من الشهر الجاري", "2020-10-26", "2020-10-27", Day, false},
		{"الدورة التي بدأت في الثالث عشر من الشهر الحالي. ووفقا لبيان", "الثالث عشر من الشهر الحالي", "2020-10-13", "2020-10-14", Day, false},
		{"دعا الأطراف إلى جولة محادثات في السادس من الشهر المقبل، بحسب المتحدثة", "السادس من الشهر المقبل", "2020-11-06", "2020-11-07", Day, false},
		{"تقدم إلى الرئيس في الخامس عشر من الشهر الماضي للمشاركة في مشاورات", "الخامس عشر من الشهر الماضي", "2020-09-15", "2020-09-16", Day, false},
		{"ينطلق البرنامج في الأول من الشهر المقبل", "الأول من الشهر المقبل", "2020-11-01", "2020-11-02", Day, false},
		{"أقيم الحفل في الثاني من هذا الشهر", "الثاني من هذا الشهر", "2020-10-02", "2020-10-03", Day, false},
	})
	// الشهر نفسه names another month; a feminine ordinal counts something
	// else (a round, a stage), not a day.
	for _, s := range []string{
		"وفي الخامس من الشهر ذاته، أعلن",
		"حتى التاسع عشر من الشهر نفسه.",
		"وتقام الجولة الثالثة من الشهر الجاري في الرياض",
	} {
		for _, e := range Find(s, anchor) {
			if e.Grain == Day {
				t.Errorf("%q: %q read as the day %v", s, e.Text, e.From)
			}
		}
	}
}
