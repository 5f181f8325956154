package entities_test

import (
	"slices"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestOrgSplit checks that two organizations side by side that the
// model reads as one name (the subject and the object of a verb) are two
// (orgsplit.go): the first failed before the rule. A head used as a
// participle after a word in the article (المنظمة, organizing) starts no
// new name.
func TestOrgSplit(t *testing.T) {
	g := entities.Default()
	for text, want := range map[string][]string{
		"وطالب الاتحاد المغربي الاتحاد الدولي بفتح تحقيق في الحادثة.":            {"الاتحاد المغربي", "الاتحاد الدولي"},
		"وأطلقت الهيئة الوطنية العليا المنظمة للاحتجاجات على الجمعة اسما جديدا.": {"الهيئة الوطنية العليا المنظمة للاحتجاجات"},
	} {
		var orgs []string
		for _, m := range g.Find(text) {
			if m.Type == entities.Organization {
				orgs = append(orgs, m.Text)
			}
		}
		if !slices.Equal(orgs, want) {
			t.Errorf("%s: organizations %q, want %q", text, orgs, want)
		}
	}
}
