package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
)

// seedWant is every mention ../shared/seed/EXPECTED.md lists, in text
// order, as "text/type": the people, places, organizations and nationality
// adjectives of the reference article, and nothing else.
var seedWant = strings.Fields(`
روحاني/person علييف/person ناغورنو_كاراباخ/place
الإيراني/nationality حسن_روحاني/person الأذربيجاني/nationality إلهام_علييف/person كاراباخ/place إيران/place اذربيجان/place
الإيراني/nationality حسن_روحاني/person الأذربيجاني/nationality إلهام_علييف/person
الإيراني/nationality حسن_روحاني/person الأذربيجاني/nationality إلهام_علييف/person إيران/place كاراباخ/place
روحاني/person الأذربيجاني/nationality إيران/place
الأذربيجاني/nationality إيران/place أذربيجان/place
روسيا/place إيران/place سيرغي_لافروف/person محمد_جواد_ظريف/person سوريا/place ليبيا/place ناغورنو_كراباخ/place الخارجية_الروسية/organization
لافروف/person ظريف/person موسكو/place طهران/place ناغورنو_كراباخ/place سوريا/place ليبيا/place
سبوتنيك/organization الروسيّة/nationality سوريّاً/nationality ناغورنو_كاراباخ/place سوريا/place
السوريين/nationality كاراباخ/place
الإيراني/nationality علي_أكبر_ولايتي/person أرمينيا/place أذربيجان/place
الكيان_الصهيوني/place تركيا/place
ولايتي/person أميركا/place إسرائيل/place الإيرانية/nationality
طهران/place أرمينيا/place أذربيجان/place
الخارجية_الإيرانية/organization سعيد_خطيب_زادة/person إيران/place طهران/place ناغورنو_كراباخ/place
الإيراني/nationality عبد_الرضا_رحماني_فضلي/person إيران/place
الإيراني/nationality حسن_روحاني/person أرمينيا/place أذربيجان/place
ناغورنو_كاراباخ/place الأرمينية/nationality الأذربيجانية/nationality
الأذربيجانية/nationality الأرمينية/nationality
الميادين_نت/organization
`)

func TestSeed(t *testing.T) {
	s := shared.Seed(t)
	ms := entities.Default().Find(s)
	var have []string
	for _, m := range ms {
		if s[m.Start:m.End] != m.Text || m.Entity == nil {
			t.Errorf("bad mention %+v", m)
		}
		have = append(have, strings.ReplaceAll(m.Text, " ", "_")+"/"+m.Type.String())
	}
	if strings.Join(have, " ") != strings.Join(seedWant, " ") {
		// Report the first difference.
		for i := 0; i < max(len(have), len(seedWant)); i++ {
			var h, w string
			if i < len(have) {
				h = have[i]
			}
			if i < len(seedWant) {
				w = seedWant[i]
			}
			if h != w {
				t.Errorf("mention %d: got %s, want %s (got %d mentions, want %d)", i, h, w, len(have), len(seedWant))
				break
			}
		}
	}
	// One entity per real-world thing: all the Karabakh spellings, a
	// surname and its full name, an adjective and its country.
	byText := map[string]map[*entities.Entity]bool{}
	group := func(key string, e *entities.Entity) {
		if byText[key] == nil {
			byText[key] = map[*entities.Entity]bool{}
		}
		byText[key][e] = true
	}
	for _, m := range ms {
		switch {
		case strings.Contains(m.Text, "كاراباخ") || strings.Contains(m.Text, "كراباخ"):
			group("karabakh", m.Entity)
		case strings.Contains(m.Text, "روحاني"):
			group("rouhani", m.Entity)
		case strings.Contains(m.Text, "ظريف"):
			group("zarif", m.Entity)
		case strings.Contains(m.Text, "إيران") && m.Type != entities.Organization:
			group("iran", m.Entity) // إيران and الإيراني, not its ministry
		case strings.Contains(m.Text, "ذربيجان"):
			group("azerbaijan", m.Entity)
		}
	}
	for k, es := range byText {
		if len(es) != 1 {
			t.Errorf("%s: %d entities, want 1", k, len(es))
		}
	}
	if len(byText) != 5 {
		t.Errorf("groups %v", byText)
	}
	for e := range byText["karabakh"] {
		if e.Type != entities.Place || e.Country != "AZ" {
			t.Errorf("karabakh entity %+v", e)
		}
	}
}
