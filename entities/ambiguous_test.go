package entities_test

import (
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestAmbiguousSupport checks that bare التحالف, read as an organization
// by the model, is the Saudi-led coalition in Yemen only when the text
// gives that sense support (a Yemeni place here), and a coalition made
// for the text otherwise (see doc.go).
func TestAmbiguousSupport(t *testing.T) {
	for _, tc := range []struct {
		text string
		id   string // the entity of every التحالف; "" a made one
	}{
		{"وأوضح التحالف في بيان أنه شن ضربات جوية على مواقع تنظيم داعش قرب مدينة الرقة. وقال التحالف إن الضربات أصابت مستودعات للأسلحة.", ""},
		{"وشنت طائرات التحالف غارات على مواقع الحوثيين في الحديدة. وأعلن التحالف أن قواته دمرت منصة صواريخ.", "o-arab-coalition"},
	} {
		n := 0
		var made *entities.Entity
		for _, m := range entities.Default().Find(tc.text) {
			if m.Text != "التحالف" {
				continue
			}
			n++
			if m.Type != entities.Organization {
				t.Errorf("%q: التحالف is a %v", tc.text, m.Type)
			}
			switch {
			case tc.id != "" && m.Entity.ID != tc.id:
				t.Errorf("%q: التحالف is %s, want %s", tc.text, m.Entity.ID, tc.id)
			case tc.id == "" && !m.Entity.Recognized():
				t.Errorf("%q: التحالف is %s, want an entity made for the text", tc.text, m.Entity.ID)
			case tc.id == "" && made != nil && m.Entity != made:
				t.Errorf("%q: the two mentions of التحالف have two entities", tc.text)
			}
			made = m.Entity
		}
		if n != 2 {
			t.Errorf("%q: %d mentions of التحالف, want 2", tc.text, n)
		}
	}
}

// TestAsianClubSupport checks that a club of an Asian country, read by
// the model alone (الهلال), keeps the gazetteer's entity in a text about
// an Asian competition, and not in one that names neither Asia nor the
// AFC nor the club's country.
func TestAsianClubSupport(t *testing.T) {
	for _, tc := range []struct {
		text, id string // id "" for an entity made for the text
	}{
		{"أنهى الهلال جولة الذهاب من دوري المجموعات في دوري أبطال آسيا دون تحقيق أي انتصار", "o-hilal"},
		{"أنهى الهلال جولة الذهاب دون تحقيق أي انتصار", ""},
	} {
		found := false
		for _, m := range entities.Default().Find(tc.text) {
			if m.Text != "الهلال" {
				continue
			}
			found = true
			if tc.id != "" && m.Entity.ID != tc.id || tc.id == "" && !m.Entity.Recognized() {
				t.Errorf("%q: الهلال is %s, want %q", tc.text, m.Entity.ID, tc.id)
			}
		}
		if !found {
			t.Errorf("%q: no الهلال", tc.text)
		}
	}
}
