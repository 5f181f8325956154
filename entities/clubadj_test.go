package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// A city the gazetteer knows, followed by a masculine nationality
// adjective, is its club (clubadj.go); with a feminine adjective, or
// after a place or facility head, it stays the city.
func TestCityClub(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct {
		text, name string
		want       entities.Type
	}{
		{"حقق سسكا موسكو الروسي فوزا صعبا على هامبورغ الالماني 1 - صفر", "هامبورغ", entities.Organization},
		{"انتقل اللاعب إلى بوردو الفرنسي هذا الصيف", "بوردو", entities.Organization},
		{"وصل الوفد إلى هامبورغ الألمانية صباح أمس", "هامبورغ", entities.Place},
		{"هبطت الطائرة في مطار دمشق السوري بعد الظهر", "مطار دمشق", entities.Place}, // the airport (facilities.go)
	} {
		if got := typeOf(g, c.text, c.name); got != c.want {
			t.Errorf("%s: %q is %v, want %v (%v)", c.text, c.name, got, c.want, g.Find(c.text))
		}
	}
}

// The honorific epithet after مكة stays out of the place (conventions).
func TestPlaceEpithet(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ text, want string }{
		{"وصل الحجاج إلى مكة المكرمة أمس", "مكة"},
		{"أدى الصلاة في المسجد الحرام بمكة المكرمة فجرا", "مكة"},
		{"زار المدينة المنورة بعد الحج", "المدينة المنورة"},
	} {
		got := ""
		for _, m := range g.Find(c.text) {
			if m.Type == entities.Place {
				got = m.Text
			}
		}
		if got != c.want {
			t.Errorf("%s: place %q, want %q", c.text, got, c.want)
		}
	}
}

// الزاوية before a side is the corner of the goal, not the town.
func TestGoalCorner(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"سدد كرة قوية سكنت الزاوية اليمنى البعيدة للحارس", false},
		{"تابعها بيسراه في الزاوية اليسرى للحارس", false},
		{"اندلعت اشتباكات في مدينة الزاوية الليبية غرب طرابلس", true},
	} {
		found := false
		for _, m := range g.Find(c.text) {
			found = found || strings.Contains(m.Text, "الزاوية")
		}
		if found != c.want {
			t.Errorf("%s: a name with الزاوية found %v, want %v (%v)", c.text, found, c.want, g.Find(c.text))
		}
	}
}
