package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestBinClitic checks that a proclitic glued to بن, the first word of a
// name, stays out of the mention the recognizer finds (ببن عروس gives بن
// عروس), which then links to the gazetteer's entity of that name.
func TestBinClitic(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وقع الحادث ببن عروس وفي بن قردان وبن عروس.", "place بن عروس|place بن قردان|place بن عروس"},
		{"وقال لبن لادن إن المال لا يهم.", "person بن لادن"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
			if m.Text == "بن عروس" && m.Entity.Recognized() {
				t.Errorf("%q: %s at %d is a made entity, not the gazetteer's", c.s, m.Text, m.Start)
			}
			if c.s[m.Start:m.End] != m.Text {
				t.Errorf("%q: span %d:%d is not %q", c.s, m.Start, m.End, m.Text)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
