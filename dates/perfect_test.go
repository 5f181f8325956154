package dates

import (
	"testing"
	"time"
)

// TestPerfectShapeIsPast: a perfect verb no tense list knows (feminine in
// ت or plural in وا, opening its clause or after و / ف) makes its clause
// past: خلال + an amount is the window up to the anchor, بعد + an amount a
// story's "later" (no date). Verbs of asking or forecasting still point
// ahead, and a noun in ات or a loan in وت is no verb.
func TestPerfectShapeIsPast(t *testing.T) {
	anchor := time.Date(2018, 7, 14, 0, 0, 0, 0, time.UTC)
	end := anchor.AddDate(0, 0, 1)
	past := []string{
		"واقتربت المبيعات خلال 3 أسابيع من الرقم القياسي للإنفاق البالغ حوالي 13 مليار كونا",
		"وأودت الحرب في اليمن بحياة نحو 10 آلاف شخص خلال ثلاث سنوات",
		"وتقدمت السعودية خلال عام واحد 5 مراكز كاملة",
	}
	for _, text := range past {
		es := Find(text, anchor)
		if len(es) != 1 || !es[0].To.Equal(end) || !es[0].From.Before(anchor) {
			t.Errorf("%q: want the window ending with the anchor's day, got %v", text, es)
		}
	}
	for _, text := range []string{
		"وتمكنت مراد من الفرار بعد ثلاثة أشهر، واختارت الحديث عن تجاربها.",
		"وانضمت روسيا بعد أسبوع تقريبا إلى حملة القصف الجوي.",
		"وخسرت ساسنوفيتش المواجهة بعد ساعتين و16 دقيقة بعدما ارتكبت 56 خطأ",
	} {
		if es := Find(text, anchor); len(es) != 0 {
			t.Errorf("%q: a story's later, want no date, got %v", text, es)
		}
	}
	for _, text := range []string{
		"وطلبت منهما مغادرة البلاد خلال 48 ساعة.",
		"توقعت دراسة تحقيق نسب نمو في غضون سنة تناهز 5 بالمائة",
		"أعطت الجزائر للفاتيكان موافقتها على تطويب الرهبان خلال بضعة أشهر",
		"وانتخابات المجالس المحلية خلال ثلاثة أشهر",
	} {
		es := Find(text, anchor)
		if len(es) != 1 || es[0].From.Before(anchor) {
			t.Errorf("%q: want a window from the anchor on, got %v", text, es)
		}
	}
}
