package dates

import "testing"

// A day and month written as an ordinal is part of a name after a place or
// a movement, as the same day in digits is (corpus phrasing), and an
// event's own date after an event the table knows.
func TestNamedOrdinalDate(t *testing.T) {
	for _, s := range []string{
		"باتخاذ إحدى الخلايا الإرهابية وحدة سكنية بمدينة السادس من أكتوبر وكراً للاختباء",
		"افتتح مصنعا جديدا في مدينة العاشر من رمضان الصناعية",
		"وأقيمت المباراة على ملعب الخامس من يوليو",
	} {
		for _, e := range Find(s, anchor) {
			t.Errorf("%q: %q read as [%v, %v)", s, e.Text, e.From, e.To)
		}
	}
	runCases(t, []dc{
		{"شارك في ثورة الخامس والعشرين من يناير", "الخامس والعشرين من يناير", "2011-01-25", "2011-01-26", Day, false},
		{"وصل الوفد في السادس من أكتوبر", "السادس من أكتوبر", "2020-10-06", "2020-10-07", Day, false},
	})
}
