package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestEmbeddedGazetteer checks the sizes the package documentation states
// and that every full name of every entity finds that entity, or another
// entity of the same name that wins the tie, as one whole mention.
func TestEmbeddedGazetteer(t *testing.T) {
	g := entities.Default()
	ids := map[string]bool{}
	count := map[string]int{}
	for e := range g.Entities() {
		if ids[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
		if e.Name == "" || e.Type < entities.Person || e.Type > entities.Organization {
			t.Errorf("bad entity %+v", e)
		}
		count[e.Type.String()]++
		count[e.Kind]++
		if e.Kind == "country" && (len(e.Country) != 2 || e.Type != entities.Place) {
			t.Errorf("bad country %+v", e)
		}
	}
	t.Logf("%d entities: %v", g.Len(), count)
	for k, min := range map[string]int{"country": 249, "capital": 190, "place": 1500, "organization": 500,
		"person": 1000, "ministry": 5000} {
		if count[k] < min {
			t.Errorf("%d %s entities, want at least %d", count[k], k, min)
		}
	}
	countries := 0
	for e := range g.Entities() {
		if e.Kind == "country" && len(e.Adjectives) > 0 {
			countries++
		}
	}
	if countries < 190 {
		t.Errorf("%d countries with nationality adjectives", countries)
	}
	latin := 0
	for e := range g.Entities() {
		for _, n := range e.Names {
			if n[0] < 0x80 {
				latin++
			}
		}
	}
	if latin < 110 {
		t.Errorf("%d Latin-script names, want at least 110", latin)
	}
	// Every full name finds a mention spanning all of it. (Single-word
	// names that are stop words are left out of the index on purpose.)
	missing := 0
	for e := range g.Entities() {
		for _, n := range e.Names {
			ms := g.Find(n)
			if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(n) {
				continue
			}
			// A name led by a title (الأمير هاري) leaves the title out.
			if i := strings.IndexByte(n, ' '); len(ms) == 1 && e.Type == entities.Person && ms[0].Start == i+1 && ms[0].End == len(n) {
				continue
			}
			// A generic head before another name of the entity (صحيفة عكاظ, شركة أبل,
			// إقليم دارفور), or a militia head before the group's
			// name (ميليشيات الحوثي) or حزب before a party's (but حزب الله), is left
			// out, as the labels have it (rules.go).
			if i := strings.IndexByte(n, ' '); len(ms) == 1 && ms[0].Entity == e && ms[0].Start == i+1 && ms[0].End == len(n) &&
				strings.Contains(" صحيفة جريدة مجلة يومية نادي فريق شركة تطبيق قناة جماعة موقع شبكة حزب ميليشيات ميليشيا مليشيات مليشيا إقليم اقليم ولاية محافظة مقاطعة منطقة مدينة ", " "+n[:i]+" ") {
				continue
			}
			// An honorific epithet after the name (مكة المكرمة) is left
			// out, as ANERcorp's labels have it (rules.go placeEpithets).
			if i := strings.LastIndexByte(n, ' '); len(ms) == 1 && ms[0].Entity == e && ms[0].Start == 0 && ms[0].End == i &&
				strings.Contains(" المكرمة ", " "+n[i+1:]+" ") {
				continue
			}
			// A party's, a club's or a parliament's name with its country's
			// adjective (حزب الله اللبناني) is the name and a nationality, as
			// both label sets have it (orgadj.go).
			if i := strings.LastIndexByte(n, ' '); len(ms) == 2 && ms[0].Entity == e && ms[0].End == i &&
				ms[1].Type == entities.Nationality && ms[1].Start == i+1 && ms[1].End == len(n) {
				continue
			}
			if len(ms) == 0 && !containsSpace(n) {
				continue // a stop word, matched only in context
			}
			missing++
			if missing < 20 {
				t.Errorf("%s: name %q finds %v", e.ID, n, got(g, n))
			}
		}
	}
}

func containsSpace(s string) bool {
	for _, r := range s {
		if r == ' ' {
			return true
		}
	}
	return false
}
