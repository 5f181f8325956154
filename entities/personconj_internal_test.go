package entities

import (
	"strings"
	"testing"
)

// TestSplitPeople checks that a made person name with a later word in و +
// a name's word is two people, and that a name with a word in و of its
// own stays whole.
func TestSplitPeople(t *testing.T) {
	g := Default()
	r := g.rec
	if r == nil {
		t.Skip("no model attached")
	}
	r.lexicon(g)
	for _, c := range []struct{ s, name, want string }{
		{"من تقديم آندي وديانا رزق وهو", "آندي وديانا رزق", "آندي|ديانا رزق"},
		{"كل من محمد سعد ومحمد عبيد في", "محمد سعد ومحمد عبيد", "محمد سعد|محمد عبيد"},
		{"قال محمد ولد عبد العزيز إن", "محمد ولد عبد العزيز", "محمد ولد عبد العزيز"}, // ولد is no first name
		{"وقال سعد بن أبي وقاص", "سعد بن أبي وقاص", "سعد بن أبي وقاص"},
	} {
		var made madeSet
		i := strings.Index(c.s, c.name)
		out := []candidate{{start: i, end: i + len(c.name), typ: Person, ent: madeEntity(&made, c.name, Person)}}
		var got []string
		for _, x := range r.splitPeople(c.s, nil, out, &made) {
			got = append(got, c.s[x.start:x.end])
			if x.ent == nil || x.ent.Name != c.s[x.start:x.end] {
				t.Errorf("%q: entity %v for %q", c.s, x.ent, c.s[x.start:x.end])
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
