package entities

import "testing"

func TestOutlets(t *testing.T) {
	g := Default()
	for text, want := range map[string]string{
		`وقالت مصادر لـ"النهار" إن الحكومة`:        "النهار",
		`وقالت مصادر لـ«الحياة» إن الحكومة`:        "الحياة",
		"وأفاد مراسل الجزيرة بأن القصف استمر":      "الجزيرة",
		`وأكدت مراسلة قناتي "العربية" و"الحدث" أن`: "الحدث",
		// The same words as common words stay unread.
		"خرجوا في وضح النهار إلى الشوارع": "",
		"من أجل الحياة الكريمة للمواطنين": "",
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
