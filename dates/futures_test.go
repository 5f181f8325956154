package dates

import (
	"testing"
	"time"
)

// TestDeliveryMonth: a futures contract's delivery month is ahead, even in
// a past clause; a bare month elsewhere in it keeps the past.
func TestDeliveryMonth(t *testing.T) {
	anchor := time.Date(2018, 7, 17, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, span string
		month      time.Month
		year       int
	}{
		{"وتراجعت عقود الذهب الأميركية الآجلة تسليم أغسطس 0.4 بالمئة إلى 1238 دولارا", "أغسطس", time.August, 2018},
		{"ونزلت عقود خام برنت تسليم سبتمبر أيلول 50 سنتا", "سبتمبر أيلول", time.September, 2018},
		{"وهبطت الأسعار في يونيو إلى أدنى مستوى", "يونيو", time.June, 2018},
	} {
		es := Find(c.text, anchor)
		ok := false
		for _, e := range es {
			ok = ok || e.Text == c.span && e.From.Month() == c.month && e.From.Year() == c.year
		}
		if !ok {
			t.Errorf("%q: want %q in %s %d, got %v", c.text, c.span, c.month, c.year, es)
		}
	}
	// a delivery month written before the anchor's month is next year's
	es := Find("وصعدت عقود البن تسليم مارس 2 بالمئة", anchor)
	if len(es) != 1 || es[0].From.Year() != 2019 || es[0].From.Month() != time.March {
		t.Errorf("تسليم مارس written in July: want March 2019, got %v", es)
	}
}
