package dates

import "testing"

// Family 8 of issue 12: names, distances and idioms that hold a date word
// and are no date, on sentences modelled on the corpus. The anchor is
// Tuesday 2020-10-06.
func TestNotDates(t *testing.T) {
	for _, s := range []string{
		// a weekday in a name
		"افتتح المحافظ سوق الثلاثاء الأسبوعي",
		"قال إمام الجمعة في طهران إن",
		"ودعا خطيب الجمعة إلى الوحدة",
		"انهارت البورصة يوم الاثنين الأسود",
		"ذكرى الأحد الدامي في ديري",
		"حماية اتفاق الجمعة العظيمة في أيرلندا",
		// a date in the name of a movement, a place or a body
		"قال نواب تيار 8 آذار إن الحكومة",
		"اجتمعت قوى 14 آذار في بيروت",
		"أسست حركة 6 أبريل الشبابية",
		"تقع مدينة 6 أكتوبر غرب القاهرة",
		"أغلق محور 26 يوليو أمام السيارات",
		// an event the table does not know: no date rather than this year's
		"أحيا السكان ذكرى مجزرة 3 آب",
		// distance
		"تقع القرية على بعد ساعتين من العاصمة",
		"على مسافة ساعة بالسيارة",
		// idioms and figures
		"معرض بين الأمس واليوم",
		"الأمس واليوم والغد",
		"قال رئيس حزب الغد موسى مصطفى موسى",
		"من أجل أجيال الغد",
		"أعداء الأمس أصدقاء اليوم",
		"المطلوب هو التحرك اليوم قبل الغد",
	} {
		if got := Find(s, anchor); len(got) != 0 {
			t.Errorf("%q: found %q", s, got[0].Text)
		}
	}
}

// What the not-date rules must leave alone, and event names that are the
// event's own date.
func TestNotDatesKeep(t *testing.T) {
	runCases(t, []dc{
		{"أدى المصلون صلاة الجمعة في الأقصى", "الجمعة", "2020-10-02", "2020-10-03", Day, false},
		{"نظمت الجماعة مسيرة بعد خطبة الجمعة", "الجمعة", "2020-10-02", "2020-10-03", Day, false},
		{"في الذكرى العاشرة لثورة 25 يناير", "25 يناير", "2011-01-25", "2011-01-26", Day, false},
		{"منذ هجمات 11 سبتمبر", "11 سبتمبر", "2001-09-11", "2001-09-12", Day, false},
		{"أسست حركة 6 أبريل 2008", "6 أبريل 2008", "2008-04-06", "2008-04-07", Day, false},
		{"تقام مباراة الغد على ملعب الاتحاد", "الغد", "2020-10-07", "2020-10-08", Day, false},
		{"قتل أمس واليوم خمسة أشخاص", "أمس", "2020-10-05", "2020-10-06", Day, false},
		{"عاد الوفد في 8 آذار", "8 آذار", "2021-03-08", "2021-03-09", Day, false},
		{"يصل الوفد بعد ساعتين", "بعد ساعتين", "2020-10-06 14:00", "2020-10-06 15:00", Hour, false},
	})
}
