package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestHeadPlaces checks that a rare word after a place head is a place
// (a village, a district the gazetteer does not list), and that an
// adjective, a verbal noun or a known word after a head is not.
func TestHeadPlaces(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"إثر عملية بحث وتطويق قرب بلدية أزفون بولاية تيزي وزو.", "place أزفون|place تيزي وزو"},
		{"الميليشيات المتمردة في مديرية حيس جنوبي الحديدة.", "place حيس|place الحديدة"},
		{"أقام مهرجانا في منطقة بعيدة عن العاصمة.", ""},
		{"يقيم في حي شعبي منذ سنوات.", ""},
		{"عبّر عن وجهة نظره في الموضوع.", ""},
		{"أعلن الجيش المكان منطقة عسكرية مغلقة.", ""},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
	// Lookup alone does not guess.
	if ms := g.WithModel(nil).Find("قرب بلدية أزفون بولاية"); len(ms) != 0 {
		t.Errorf("lookup alone found %v", ms)
	}
}
