package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestOrgSubBody checks that the body of an international organization
// is found whole, its head and its ل-phrase in (orgsub.go), and that a
// head without a ل-phrase, but for مجلس, مجموعة, مفوضية and منظمة, stays
// out. Sentences written for the test after bodies found as الأمم
// المتحدة or الاتحاد الدولي لكرة القدم alone on fresh corpus articles;
// each of the first five failed before the rule.
func TestOrgSubBody(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وأعلنت وكالة الأمم المتحدة للهجرة السبت وفاة عشرات المهاجرين.", "وكالة الأمم المتحدة للهجرة"},
		{"وقال مجلس الأمم المتحدة لحقوق الإنسان إن التحقيق سيستمر.", "مجلس الأمم المتحدة لحقوق الإنسان"},
		{"ونشرت لجنة الأمم المتحدة للقضاء على التمييز العنصري تقريرها أمس.", "لجنة الأمم المتحدة للقضاء على التمييز العنصري"},
		{"وتظهر بيانات مفوضية الأمم المتحدة العليا للاجئين أن العدد ارتفع.", "مفوضية الأمم المتحدة العليا للاجئين"},
		{"وأقر مجلس الاتحاد الدولي لكرة القدم بالإجماع استخدام التقنية.", "مجلس الاتحاد الدولي لكرة القدم"},
		// The head stays out.
		{"وقالت وكالة الأمم المتحدة التي تعتني باللاجئين إن الوضع خطير.", "الأمم المتحدة"},
		{"وقال ممثل الأمم المتحدة للصحفيين إن المحادثات ستستأنف.", "الأمم المتحدة"},
	} {
		got := textsOf(g, c.s, entities.Organization)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
