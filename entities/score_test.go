package entities_test

import (
	"testing"

	"github.com/arnews/arnews/entities"
)

// A score written with the word صفر (1 - صفر, صفر - صفر) makes the
// sentence about sport, as a score in digits does (sports.go hasScore):
// a city name there is its club.
func TestScoreWithZeroWord(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       entities.Type
	}{
		{"ليل ( فرنسا ) - ميلان ( ايطاليا ) صفر - صفر .", "ميلان", entities.Organization},
		{"ستيوا بوخارست ( رومانيا ) - ليون ( فرنسا ) صفر - 3 .", "ليون", entities.Organization},
		{"وحقق ليون فوزا على مضيفه 3 - صفر", "ليون", entities.Organization},
		// صفر that is no score: the city.
		{"بلغت درجة الحرارة في ليون صفر تقريبا", "ليون", entities.Place},
		{"عاد الوفد من ليون بخفي حنين وبالصفر - 1 كما قالوا", "ليون", entities.Place},
	} {
		for _, g := range []*entities.Gazetteer{entities.Default().WithModel(nil), entities.Default()} {
			if got := typeOf(g, c.text, c.name); got != c.want {
				t.Errorf("%s (model %v): %q is %v, want %v", c.text, g.Model() != nil, c.name, got, c.want)
			}
		}
	}
}
