package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestCountryside checks that ريف or ريفي before a place spelt like a
// common word (حماة, "protectors") makes it the place, as مدينة does,
// that ريف alone is never a place (the countryside of the place after
// it), and that ريف دمشق, the governorate, stays whole.
func TestCountryside(t *testing.T) {
	for _, g := range []*entities.Gazetteer{entities.Default(), entities.Default().WithModel(nil)} {
		for _, c := range []struct{ s, want string }{
			{"قصفت الطائرات مواقع في ريف حماة الغربي أمس.", "place حماة"},
			{"وانتشرت القوات التركية في إدلب وريفها وريف حماة، في إطار الاتفاق.", "nationality التركية|place إدلب|place حماة"},
			{"تعرضت مواقع للنظام في ريفي حماة وحلب لقصف صاروخي.", "place حماة|place حلب"},
			{"قال إن الصواريخ اخترقت أجواء ريف حمص وسط البلاد.", "place حمص"},
			{"وصلت القافلة إلى ريف دمشق صباح اليوم.", "place ريف دمشق"},
			{"وطالب حماة الوطن بالإصلاح.", ""},
		} {
			var got []string
			for _, m := range g.Find(c.s) {
				got = append(got, m.Type.String()+" "+m.Text)
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("%q: got %q, want %q", c.s, got, c.want)
			}
		}
	}
}

// TestClubContext checks that a city that is also a club's name is the
// club after نجم, نجوم, هداف, حارس or مهاجم, as after لاعب, and stays the
// city elsewhere.
func TestClubContext(t *testing.T) {
	for _, g := range []*entities.Gazetteer{entities.Default(), entities.Default().WithModel(nil)} {
		for _, c := range []struct{ s, want string }{
			{"وعرض المتحف حذاء نجم ليفربول بين القطع المصرية.", "organization ليفربول|nationality المصرية"},
			{"يقيم فيها عدد من نجوم برشلونة منذ سنوات.", "organization برشلونة"},
			{"وقال حارس ليفربول إنه سعيد بالعودة.", "organization ليفربول"},
			{"وتحدث هداف برشلونة عن عائلته.", "organization برشلونة"},
			{"وتزوج مهاجم برشلونة أمس.", "organization برشلونة"},
			{"ووصل الوفد إلى برشلونة أمس.", "place برشلونة"},
		} {
			var got []string
			for _, m := range g.Find(c.s) {
				got = append(got, m.Type.String()+" "+m.Text)
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("%q: got %q, want %q", c.s, got, c.want)
			}
		}
	}
}
