package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestOrgHead checks that a new organization keeps the head before it
// that the news labels keep in (مستشفى, وكالة: orghead.go), and that the
// heads they leave out (حزب, شركة) stay out. Sentences written for the
// test after names the model started after their head on fresh corpus
// articles; each of the first two failed before the rule.
func TestOrgHead(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وقال مدير مستشفى شبرا العام إن المصابين نقلوا إليه.", "مستشفى شبرا العام"},
		{"وأعلنت وكالة إدارة الطوارئ الفيدرالية أن الإعصار سيضرب الساحل.", "وكالة إدارة الطوارئ الفيدرالية"},
		// Left out.
		{"وقال حزب العمال إن الانتخابات ستجرى في موعدها.", "العمال"},
		{"واشترت شركة أبل الشركة الناشئة.", "أبل"},
	} {
		got := textsOf(g, c.s, entities.Organization)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
