package entities

import "testing"

func TestGuardUnits(t *testing.T) {
	g := Default()
	for text, want := range map[string][]string{
		"تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بسوسة من حجز":           {"فرقة الأبحاث والتفتيش للحرس الوطني بسوسة"},
		"أذنت لفرقة الابحاث والتّفتيش للحرس الوطني بسيدي بوزيد بالاحتفاظ": {"فرقة الابحاث والتّفتيش للحرس الوطني بسيدي بوزيد"},
		// Other units, and the unit with another word between, stay apart
		// as the labels have them.
		"من طرف فرقة الإرشاد البحري للحرس الوطني بحلق الوادي أذنت": {"لحرس الوطني", "حلق الوادي"},
		"وحدات المنطقة الجهوية للحرس الوطني بالمهدية":              {"لحرس الوطني", "المهدية"},
	} {
		var got []string
		for _, m := range g.Find(text) {
			if m.Type == Organization || m.Type == Place {
				got = append(got, m.Text)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: got %q, want %q", text, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: got %q, want %q", text, got, want)
				break
			}
		}
	}
}
