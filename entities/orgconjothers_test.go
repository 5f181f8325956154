package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestOrgConjOthers checks that a word after و that starts another party
// stays out of the organization before it (orgconj.go conjOthers, and a
// name ending on الله): حزب الله | والميليشيات, مجلس النواب | والحكومة,
// الجمعية العامة للأمم المتحدة | والسكرتير العام, each joined into one
// name on fresh corpus articles. Sentences written for the test; the
// first four failed before the change. A body's field after و still
// joins (the last).
func TestOrgConjOthers(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وقاتل حزب الله والميليشيات الشيعية إلى جانب القوات الحكومية.", "حزب الله"},
		{"ودعا الرئيس مجلس النواب والحكومة إلى الحوار.", "مجلس النواب"},
		{"وطالبت الجمعية العامة للأمم المتحدة والسكرتير العام بوقف القتال.", "الجمعية العامة للأمم المتحدة"},
		{"واتفق اتحاد الكرة والحكومة على استئناف الدوري.", "اتحاد الكرة"},
		{"وأعلنت وزارة الزراعة والأغذية والشؤون الريفية خطة جديدة.", "وزارة الزراعة والأغذية والشؤون الريفية"},
	} {
		got := textsOf(g, c.s, entities.Organization)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
