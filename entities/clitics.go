package entities

// binClitic returns where a name the recognizer made starts once a
// proclitic glued to بن, its first word, is left out: ببن عروس is ب + بن
// عروس, وبن قردان و + بن قردان, لبن لادن ل + بن لادن. The gazetteer's
// scan takes no proclitic off a word of three letters, so such a name
// reaches the recognizer alone, which keeps the letter in the span; the
// news labels leave it out, as they leave out every proclitic. Only
// those four letters: no name starts with وبن, ببن, لبن or فبن and a
// space (لبنان and لبنى are one word).
func binClitic(s string, c candidate) (int, bool) {
	if !c.ent.Recognized() || c.end-c.start < 9 {
		return c.start, false
	}
	w := s[c.start:c.end]
	if w[6] != ' ' || w[2:6] != "بن" {
		return c.start, false
	}
	switch w[:2] {
	case "و", "ب", "ل", "ف":
		return c.start + 2, true
	}
	return c.start, false
}

// knownAnyType returns the gazetteer's entity named s[start:end] (see
// knownName) and its type: of type t first, else a place, a person or an
// organization; nil when the gazetteer has no such name.
func knownAnyType(s string, start, end int, t Type, out []candidate) (*Entity, Type) {
	if e := knownName(s, start, end, t, out); e != nil {
		return e, t
	}
	for _, u := range [...]Type{Place, Person, Organization} {
		if u == t {
			continue
		}
		if e := knownName(s, start, end, u, out); e != nil {
			return e, u
		}
	}
	return nil, t
}
