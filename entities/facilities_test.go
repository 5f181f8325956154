package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestFacilities checks that a facility's head before a place is in the
// facility's name with its adjectives, and not a crossing's or a head
// joined to a place head; and that مسقط رأسه is no place.
func TestFacilities(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"سيطرت القوات على مطار الحديدة الدولي أمس.", "place مطار الحديدة الدولي"},
		{"وصل الوفد إلى مطار تونس قرطاج الدولي قادما من القاهرة.", "place مطار تونس قرطاج الدولي|place القاهرة"},
		{"قصفت الطائرات قاعدة حميميم الجوية الروسية.", "place قاعدة حميميم الجوية|nationality الروسية"},
		{"تقام المباراة في ملعب رادس مساء الأحد.", "place ملعب رادس"},
		{"وتقدمت القوات باتجاه مدينة وميناء الحديدة.", "place الحديدة"},
		{"عبرت الشاحنات معبر رفح إلى غزة.", "place رفح|place غزة"},
		{"عاد إلى قريته مسقط رأسه بعد سنوات.", ""},
		{"زار الوزير مسقط أمس.", "place مسقط"},
		{"وأضافت الحكومة في رسالة باللغة الإنجليزية أن", ""},
		{"نشرت الصحف الناطقة بالفرنسية الخبر", ""},
		{"وقال السفير الفرنسي في مؤتمر صحفي", "nationality الفرنسي"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
			if c.s[m.Start:m.End] != m.Text {
				t.Errorf("%q: span %d:%d is not %q", c.s, m.Start, m.End, m.Text)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
