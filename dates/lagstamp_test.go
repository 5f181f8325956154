package dates

import "testing"

// A future word whose weekday disagrees with the anchor is read as the
// weekday nearest the day the word names: wires stamped a day late (corpus
// phrasing; the anchor is Tuesday 2020-10-06). A weekday in brackets joins
// the relative word before it.
func TestFutureWordLateStamp(t *testing.T) {
	runCases(t, []dc{
		// written on Monday, stamped Tuesday: غدا الثلاثاء is the anchor's day
		{"وسيعقد مجلس الأمن الدولي جلستين غدا الثلاثاء في أعقاب طلبين", "غدا الثلاثاء", "2020-10-06", "2020-10-07", Day, true},
		{"والذين سيتوجهون إلى إسبانيا غدا (الثلاثاء) لخوض فترة العلاج", "غدا (الثلاثاء)", "2020-10-06", "2020-10-07", Day, true},
		// two days late: غدا (الاثنين) is the day before the anchor
		{"وقال \"غدا (الاثنين) سنذهب إلى المطار\"", "غدا (الاثنين)", "2020-10-05", "2020-10-06", Day, true},
		// a weekday ahead of the day the word names is still ahead
		{"توجه الناخبون غدا الخميس إلى صناديق الاقتراع", "غدا الخميس", "2020-10-08", "2020-10-09", Day, true},
		// brackets after past words and today
		{"وأضاف \"أمس(الأحد)، أرسل لي رسالة نصية\"", "أمس(الأحد)", "2020-10-04", "2020-10-05", Day, true},
		{"وقال الوزير اليوم (الثلاثاء) إن", "اليوم (الثلاثاء)", "2020-10-06", "2020-10-07", Day, false},
		{"وصل الوفد أمس (الاثنين) إلى القاهرة", "أمس (الاثنين)", "2020-10-05", "2020-10-06", Day, false},
	})
}

// When a relative word and its weekday agree, a date after them that is not
// that weekday holds a typo (corpus phrasing, often a year left over in
// January); the anchor is Tuesday 2020-10-06.
func TestDateTypoAfterAgreeingWeekday(t *testing.T) {
	runCases(t, []dc{
		{"وأضاف ضيف البرنامج اليوم الثلاثاء 06 أكتوبر 2019، أن", "اليوم الثلاثاء 06 أكتوبر 2019", "2020-10-06", "2020-10-07", Day, true},
		{"وفق بلاغ لوزارة الداخلية اليوم الثلاثاء 6 سبتمبر 2020.", "اليوم الثلاثاء 6 سبتمبر 2020", "2020-10-06", "2020-10-07", Day, true},
		{"تمكنت أمس الاثنين 6 أكتوبر 2020 الوحدات الأمنية", "أمس الاثنين 6 أكتوبر 2020", "2020-10-05", "2020-10-06", Day, true},
		// the date matches its weekday: it wins, as before
		{"قال اليوم الاثنين 5 أكتوبر 2020 إن", "اليوم الاثنين 5 أكتوبر 2020", "2020-10-05", "2020-10-06", Day, true},
		{"قال اليوم الثلاثاء 6 أكتوبر 2020 إن", "اليوم الثلاثاء 6 أكتوبر 2020", "2020-10-06", "2020-10-07", Day, false},
	})
}
