package entities_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/entities"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "وإيران", "لأميركا و\"إسرائيل\"", "الرئيس الإيراني حسن روحاني", "بكل حماس", "حركة حماس",
		"مقاتلاً سوريّاً", "للعراق", "\xff\xd8إيران", "ناغورنو كاراباخ", "وزارة الخارجية الإيرانية", paragraph,
		// The post-rules' contexts (rules.go, heads.go).
		"وعلى ملعب جوزيبي مياتزا، قرب بلدية أزفون", "وأكد أمين عام جهاز الأمن الأوكراني", "لدولة ليبيا وصحيفة عكاظ",
		"ظهر أركادي بابتشينكو. وأكدت أن بابتشينكو", "أن رضا الجوادي", "بمنطقة الحسيان ومدينة"} {
		f.Add(s)
	}
	g := entities.Default()
	f.Fuzz(func(t *testing.T, s string) { checkFind(t, g, s) })
}

// checkFind checks that g's mentions of s are well formed: spans in order
// inside s, Text equal to the span and valid UTF-8, a known type and an
// entity; and that All gives as many as Find.
func checkFind(t *testing.T, g *entities.Gazetteer, s string) {
	t.Helper()
	ms := g.Find(s)
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(s) {
			t.Fatalf("bad span %d:%d after %d in %+q", m.Start, m.End, last, s)
		}
		if s[m.Start:m.End] != m.Text || m.Entity == nil || m.Type < entities.Person || m.Type > entities.Nationality {
			t.Fatalf("bad mention %+v", m)
		}
		if !utf8.ValidString(m.Text) {
			t.Fatalf("invalid UTF-8 in mention %+q", m.Text)
		}
		last = m.End
	}
	n := 0
	for range g.All(s) {
		n++
	}
	if n != len(ms) {
		t.Fatalf("All gives %d mentions, Find %d", n, len(ms))
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(userTSV)
	f.Add("id\ttype\tnames\nx\tperson\tجين\nx\tperson\tجين\n")
	f.Add(`{"id":"o-acme","type":"organization","names":["شركة أكمي"]}`)
	f.Add("id\ttype\tnames\tadjectives\nx\tplace\tأتلانتس\tأتلانتي\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := entities.Load(strings.NewReader(data))
		if err != nil {
			if g != nil {
				t.Fatal("gazetteer and error")
			}
			return
		}
		// Whatever loaded finds its own names.
		for e := range g.Entities() {
			for _, n := range e.Names {
				_ = g.Find(n)
			}
		}
		if _, err := entities.Default().Merge(g); err != nil && !strings.Contains(err.Error(), "duplicate id") {
			t.Fatal(err)
		}
	})
}
