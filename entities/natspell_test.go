package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestNationalitySpellings checks spellings of nationality adjectives
// that news uses beside the usual ones (الدنمركي, الجاميكي, الأوروغواني,
// الأورغوياني) and the adjectives of regions that the news labels tag as
// nationalities (الويلزي, الاسكتلندي, الأبخازي): each is a nationality
// linked to its country or region, and the name after it stays a name of
// its own.
func TestNationalitySpellings(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وخسرت الدنمركية كارولين وزنياكي في الدور الثاني.", "nationality الدنمركية c-dk"},
		{"وقدم الموسيقي الجاميكي شاغي حفلا في لندن.", "nationality الجاميكي c-jm"},
		{"هناك من يحاول جعل الأوروغواني دانييل كارينيو المنقذ.", "nationality الأوروغواني c-uy"},
		{"ليس هناك أبلغ من وصف الكاتب الأورغوياني غاليانو.", "nationality الأورغوياني c-uy"},
		{"وأعاد الويلزي غاريث بيل التعادل للريال.", "nationality الويلزي pl-wales"},
		{"وتولى المدرب الاسكتلندي الكبير المهمة الفنية.", "nationality الاسكتلندي pl-scotland"},
		{"وأكد نائب وزير الخارجية الأبخازي أن الاعتراف مهم.", "nationality الأبخازي pl-abkhazia"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			if m.Type == entities.Nationality {
				got = append(got, m.Type.String()+" "+m.Text+" "+m.Entity.ID)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
