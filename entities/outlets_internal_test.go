package entities

import "testing"

func TestOutlets(t *testing.T) {
	g := Default()
	for text, want := range map[string]string{
		`وقالت مصادر لـ"النهار" إن الحكومة`:        "النهار",
		`وقالت مصادر لـ«الحياة» إن الحكومة`:        "الحياة",
		"وأفاد مراسل الجزيرة بأن القصف استمر":      "الجزيرة",
		`وأكدت مراسلة قناتي "العربية" و"الحدث" أن`: "الحدث",
		// The channel العربية, a stop word, quoted alone.
		`وقال في مقابلة مع «العربية» في الرياض إن`: "العربية",
		`وأفاد مراسل "العربية" في صنعاء بأن`:       "العربية",
		// The same words as common words stay unread.
		"تعلم اللغة العربية في المدارس السعودية": "",
		"خرجوا في وضح النهار إلى الشوارع":        "",
		"من أجل الحياة الكريمة للمواطنين":        "",
	} {
		var got string
		for _, m := range g.Find(text) {
			if m.Type == Organization {
				got = m.Text
			}
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
}

func TestClubsInSportsSentences(t *testing.T) {
	g := Default()
	for text, want := range map[string]string{
		"وتغلب السد على الريان بهدفين":                           "السد",
		"ويدخل الوصل المباراة بدون أي محترف":                     "الوصل",
		"وأحرز المريخ هدفين في المباراة":                         "المريخ",
		"وتعادل الوصل مع النصر في الدوري":                        "الوصل",
		"ليقود الأخضر في 6 مباريات، فاز في واحدة":                "الأخضر",
		"وبنت إثيوبيا السد على النيل الأزرق":                     "",
		"يطلب من اللاعب الانتحار، كما أن الحوت الأزرق يأتي بعده": "",
	} {
		var got string
		for _, m := range g.Find(text) {
			if m.Type == Organization && got == "" {
				got = m.Text
			}
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
}
