package dates

import (
	"testing"
	"time"
)

// TestMasculinePerfectIsPast: a masculine perfect of verbs.go's list
// (غادر، رحل، عاد، انتقل، أصبح...) makes بعد + an amount a past story's
// "later" (no date) and خلال + an amount the window up to the anchor;
// بعد + an amount + قضاها / أمضاها is the length of a stay. An imperfect
// of the list, a future, or a noun in ة (إعادة، رحلة: folded like the
// pronoun ه) leaves the amount counted from the anchor.
func TestMasculinePerfectIsPast(t *testing.T) {
	anchor := time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)
	end := anchor.AddDate(0, 0, 1)
	for _, text := range []string{
		"وغادر اللاعب النادي بعد 22 عاما",
		"ورحل المدرب الفرنسي عن الفريق بعد عشر سنوات في منصبه",
		"وانتقل إلى باريس بعد عامين ليبدأ مسيرته الاحترافية",
		"عاد زعيم المعارضة إلى البلاد بعد أكثر من عام في المنفى",
		"وأطلقه الخاطفون بعد ثلاثة أشهر من الاحتجاز",
		"ثم أقيل من منصبه بعد أقل من شهر",
		"يعتزم النجم إنهاء مسيرته في الصين بعد 15 عاماً قضاها في ناديه الأول",
		"بعد 12 عاما أمضاها مع الفريق، يبحث الحارس عن تحد جديد",
		"وبعد عامين عاد إلى ناديه الأول",
	} {
		if es := Find(text, anchor); len(es) != 0 {
			t.Errorf("%q: a story's later or a stay, want no date, got %v", text, es)
		}
	}
	for _, text := range []string{
		"وخلال 4 سنوات أصبح نائبا لرئيس الحزب",
		"وبقي رئيسا للبلاد على مدى عشر سنوات",
		"وأحرز الفريق 12 هدفا خلال أسبوع واحد",
	} {
		es := Find(text, anchor)
		if len(es) != 1 || !es[0].To.Equal(end) || !es[0].From.Before(anchor) {
			t.Errorf("%q: want the window ending with the anchor's day, got %v", text, es)
		}
	}
	for _, text := range []string{
		"سيغادر المدرب النادي بعد عامين",
		"وغادر الوفد العاصمة وسيعود بعد أسبوعين",
		"وغادر الوفد العاصمة ويعود إليها بعد أسبوعين",
		"مؤكدا إعادة فرض العقوبات على طهران خلال 6 أشهر",
		"لنقل مليوني حاج عبر أكثر من ألف رحلة خلال سبعة أيام",
		"وتستضيف الكويت مؤتمرا بشأن إعادة الإعمار يستمر على مدار 3 أيام",
		"انطلق الإضراب اليوم ويتواصل على مدى 3 أيام",
	} {
		es := Find(text, anchor)
		if len(es) == 0 || es[len(es)-1].From.Before(anchor) {
			t.Errorf("%q: want a time from the anchor on, got %v", text, es)
		}
	}
}

// TestArrangementAhead: على أن + an imperfect states what is to come
// (an arrangement), so a bare weekday or month and بعد + an amount after
// it point ahead; أكد على أن + a noun stays a reported fact.
func TestArrangementAhead(t *testing.T) {
	anchor := time.Date(2018, 3, 4, 0, 0, 0, 0, time.UTC) // a Sunday
	day := func(m, d int) time.Time { return time.Date(2018, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		text string
		from time.Time
	}{
		{"وسيظل الثلاثة قيد الاحتجاز على أن يمثلوا أمام المحكمة يوم الاثنين", day(3, 5)},
		{"وقعت الحكومة الاتفاق على أن يبدأ تنفيذه الخميس", day(3, 8)},
		{"خفضت الرواتب الشهر الماضي على أن يحصل خفض ثان في يونيو", day(6, 1)},
		{"وغادر الوفد العاصمة على أن يعود بعد أسبوعين", day(3, 18)},
		{"أكد على أن الاجتماع عقد الخميس", day(3, 1)},
	} {
		es := Find(c.text, anchor)
		if len(es) == 0 || !es[len(es)-1].From.Equal(c.from) {
			t.Errorf("%q: want the last expression from %s, got %v", c.text, c.from.Format("2006-01-02"), es)
		}
	}
}
