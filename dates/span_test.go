package dates

import (
	"testing"
	"time"
)

// TestSpanLeavesOutPrepositions checks the span convention of span.go: a
// preposition ب / ل / ك glued to the first word stays outside the span, as
// و / ف do, while لل (ل + the article) keeps the word whole.
func TestSpanLeavesOutPrepositions(t *testing.T) {
	anchor := time.Date(2018, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"وخصصت الحكومة 3 مليارات دينار لعام 2016 لدعم المحروقات", "عام 2016"},
		{"وارتفعت الصادرات لسنة 2017 بنسبة 4 بالمئة", "سنة 2017"},
		{"وكانت الأسعار قد بلغت ذروتها بنهاية مارس آذار", "نهاية مارس آذار"},
		{"وسجلت الشركة خسائر ولشهر ابريل/نيسان الماضي", "شهر ابريل/نيسان الماضي"},
		{"وقال الوزير بِالأمس إن الحكومة ستدرس الملف", "الأمس"},
		{"وتراجعت المبيعات لهذا العام بنحو 3 بالمئة", "هذا العام"},
		{"وبلغ عدد السياح كالعام الماضي نحو مليون سائح", "العام الماضي"},
		{"وهي أعلى نسبة نمو للعام 2017 في المنطقة", "للعام 2017"},
		{"وتواصلت الاحتجاجات لليوم العاشر على التوالي في العاصمة", "لليوم العاشر على التوالي"},
		{"خرج المحتجون لليلة السادسة على التوالي", "لليلة السادسة على التوالي"},
		{"وأعلنت الوزارة الأربعاء أن الموسم سيبدأ بعد غد", "بعد غد"},
	} {
		es := Find(c.text, anchor)
		var got []string
		ok := false
		for _, e := range es {
			got = append(got, e.Text)
			ok = ok || e.Text == c.want
		}
		if !ok {
			t.Errorf("%q: want a span %q, got %q", c.text, c.want, got)
		}
	}
}

// TestPrepositionAmsIsNoDay: ل / ب + أمس without the article is the verb
// لامس or the idiom بأمس الحاجة, not yesterday; بالأمس is.
func TestPrepositionAmsIsNoDay(t *testing.T) {
	anchor := time.Date(2017, 4, 18, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"ارتفاع تكلفة الدين الخارجي لتونس الذي لامس معدّله 60 بالمائة من الناتج",
		"وقال إن اللاجئين بأمس الحاجة إلى المساعدات",
	} {
		if es := Find(text, anchor); len(es) != 0 {
			t.Errorf("%q: want no date, got %q [%v]", text, es[0].Text, es[0].From)
		}
	}
	es := Find("وكان الوزير قد صرح بالأمس بأن الاتفاق قريب", anchor)
	if len(es) != 1 || es[0].Text != "الأمس" || !es[0].From.Equal(anchor.AddDate(0, 0, -1)) {
		t.Errorf("بالأمس: want yesterday, got %v", es)
	}
}

// TestKhilalPluralAndEra: خلال is part of a plural window's span with or
// without a number, and الميلادي of a century's; قبل الميلاد is left alone.
func TestKhilalPluralAndEra(t *testing.T) {
	anchor := time.Date(2018, 10, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"وتصاعدت الهجمات في المنطقة خلال السنوات الماضية بشكل لافت", "خلال السنوات الماضية"},
		{"ويتوقع أن تشهد البلاد خلال الأيام المقبلة أمطارا غزيرة", "خلال الأيام المقبلة"},
		{"وتراجع الإنتاج خلال الأشهر الستة الماضية", "خلال الأشهر الستة الماضية"},
		{"وقامت مصر، خلال الأعوام القليلة الماضية، بترسيم حدودها البحرية", "خلال الأعوام القليلة الماضية"},
		{"ويعود بناء القلعة إلى القرن السابع عشر الميلادي حين", "القرن السابع عشر الميلادي"},
	} {
		es := Find(c.text, anchor)
		if len(es) != 1 || es[0].Text != c.want {
			t.Errorf("%q: want %q, got %v", c.text, c.want, es)
		}
	}
	if es := Find("شيد المعبد في القرن الخامس قبل الميلاد", anchor); len(es) != 0 {
		t.Errorf("a century before the era: want no date, got %v", es)
	}
}

// TestAwwalEdge: أول + a unit with the article is its early part, as مطلع
// is; a fiscal or school year is left alone.
func TestAwwalEdge(t *testing.T) {
	anchor := time.Date(2018, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, span string
		from, to   time.Time
	}{
		{"وارتفعت الأسعار في أول العام 2016 بنسبة 20 بالمئة", "أول العام 2016", time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC)},
		{"ويبدأ تطبيق القرار أول الشهر المقبل.", "أول الشهر المقبل", time.Date(2018, 4, 1, 0, 0, 0, 0, time.UTC), time.Date(2018, 4, 11, 0, 0, 0, 0, time.UTC)},
	} {
		ok := false
		es := Find(c.text, anchor)
		for _, e := range es {
			ok = ok || e.Text == c.span && e.From.Equal(c.from) && e.To.Equal(c.to)
		}
		if !ok {
			t.Errorf("%q: want %q [%v, %v), got %v", c.text, c.span, c.from, c.to, es)
		}
	}
	if es := Find("وتبدأ الشركات أول السنة المالية بخطط جديدة", anchor); len(es) != 0 {
		t.Errorf("a fiscal year: want no date, got %v", es)
	}
}
