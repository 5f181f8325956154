package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// في before a city that is also a club's name makes it the city (في
// برشلونة, "in Barcelona": see afterFi), but a player's career words
// before في make it the club: لاعبا في ليفربول, زميله في ليفربول, موسمين
// في برشلونة (our news training labels: 6 such clubs read as the city).

// careerWords are the words before في that make the city after it the
// club (with the proclitic و).
var careerWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`لاعبا لاعب لاعبي لاعبو زميله زميلي زميلا زملائه زميلهم مسيرته مسيرتي مشواره
		مدربا مدربه مدربها موسمين مواسم موسمه موسما لعب يلعب لعبه لعبت بقائه بقاءه استمراره تجربته تألقه`) {
		m[hashOf(w)] = true
		m[hashOf("و"+w)] = true
	}
	return m
}()

// careerClubs reads as its club each one-word city of the gazetteer that
// is also a club's ambiguous name, after في and a career word.
func careerClubs(s string, out []candidate) {
	var buf [64]byte
	for i := range out {
		c := &out[i]
		if c.typ != Place || c.ent == nil || c.layer == nil || strings.IndexByte(s[c.start:c.end], ' ') >= 0 {
			continue
		}
		fs, fe := prevWord(s, c.start)
		if fs == fe || fe != c.start-1 || s[fs:fe] != "في" && s[fs:fe] != "وفي" {
			continue
		}
		ws, we := prevWord(s, fs)
		if ws == we || !careerWords[index.HashWord(index.AppendFold(buf[:0], s[ws:we]))] {
			continue
		}
		key := index.Step(index.Root, index.HashWord(index.AppendFold(buf[:0], s[c.start:c.end])))
		v, ok := c.layer.x.Lookup(key)
		if !ok || v&index.ValEntry == 0 {
			continue
		}
		for _, e := range c.layer.x.Run(v) {
			if e.Flags&index.Ambiguous != 0 && Type(e.Type) == Organization {
				if club := &c.layer.ents[e.Ent]; club.Kind == "club" {
					c.ent, c.typ = club, Organization
					break
				}
			}
		}
	}
}
