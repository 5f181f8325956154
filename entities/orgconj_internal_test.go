package entities

import (
	"strings"
	"testing"
)

// TestOrgConjEnd checks which words after و an organization's name takes
// in (orgconj.go) and which it leaves.
func TestOrgConjEnd(t *testing.T) {
	g := Default()
	r := g.rec
	if r == nil {
		t.Skip("no model attached")
	}
	r.lexicon(g)
	for _, c := range []struct{ s, org, want string }{
		{"قالت وزارة الزراعة والأغذية والشؤون الريفية إن", "وزارة الزراعة", "وزارة الزراعة والأغذية والشؤون الريفية"},
		{"أعلن المكتب الفيدرالي للهجرة واللاجئين أمس", "المكتب الفيدرالي للهجرة", "المكتب الفيدرالي للهجرة واللاجئين"},
		{"رئيس جهاز المخابرات والأمن الوطني في", "جهاز المخابرات", "جهاز المخابرات والأمن الوطني"},
		{"أمام المجلس الاقتصادي والاجتماعي أمس", "المجلس الاقتصادي", "المجلس الاقتصادي والاجتماعي"},
		// Not a field of the name.
		{"وفد الجامعة العربية والتنسيق مع الدول", "الجامعة العربية", "الجامعة العربية"},
		{"رئيس الاتحاد الدولي للشرطة والعقيد خالد", "الاتحاد الدولي للشرطة", "الاتحاد الدولي للشرطة"},
		{"قمة لمنظمة الفرانكفونية والتي تبدأ", "منظمة الفرانكفونية", "منظمة الفرانكفونية"},
		{"الحزب الشيوعي والولاء لأهدافه", "الحزب الشيوعي", "الحزب الشيوعي"},
		{"بين حركة فتح والحكومة", "حركة فتح", "حركة فتح"}, // a proper name before و
	} {
		i := strings.Index(c.s, c.org)
		got := r.orgConjEnd(c.s, candidate{start: i, end: i + len(c.org), typ: Organization}, -1)
		if g := c.s[i:got]; g != c.want {
			t.Errorf("%q: got %q, want %q", c.s, g, c.want)
		}
	}
}
