package index

import "fmt"

// Mention types, the same numbers as entities.Type.
const (
	TypePerson       uint8 = 1
	TypePlace        uint8 = 2
	TypeOrganization uint8 = 3
	TypeNationality  uint8 = 4
)

// MaxWords is the longest name, in words, that the index accepts.
const MaxWords = 12

// Names lists the names of one entity, by how they may match.
type Names struct {
	Ent        uint32
	Type       uint8    // the mention type of Strong, Weak and Ambiguous names
	Strong     []string // full names: always a mention
	Titled     []string // full names that start with a title (الأمير هاري): a mention without the title
	Weak       []string // surnames: a mention only once the entity has a strong mention in the text
	Ambiguous  []string // names that are also common words: weak, and refused in "بكل حماس"-like contexts
	Adjectives []string // nationality adjectives (masculine singular): Nationality mentions of this entity
}

// AddNames adds every name of an entity. Single-word names that are stop
// words are returned in skipped and left out, except places, which are
// kept with the Trigger flag. A name with no word or with
// more than MaxWords words is an error.
func (b *Builder) AddNames(n Names) (skipped []string, err error) {
	add := func(name string, typ, flags uint8) error {
		ws := Words(name)
		if len(ws) == 0 {
			return fmt.Errorf("name %q has no word", name)
		}
		if len(ws) > MaxWords {
			return fmt.Errorf("name %q has more than %d words", name, MaxWords)
		}
		if len(ws) == 1 && b.IsStop(ws[0]) {
			skipped = append(skipped, name)
			if typ != TypePlace || flags != 0 {
				return nil
			}
			// A place spelt like a common word (الباب) is kept for
			// "مدينة الباب": it matches only after such a word.
			flags = Trigger
		}
		return b.Add(ws, Entry{Ent: n.Ent, Type: typ, Flags: flags})
	}
	for _, s := range n.Strong {
		if err := add(s, n.Type, 0); err != nil {
			return skipped, err
		}
	}
	for _, s := range n.Titled {
		if len(Words(s)) < 2 {
			return skipped, fmt.Errorf("titled name %q has one word", s)
		}
		if err := add(s, n.Type, Titled); err != nil {
			return skipped, err
		}
	}
	for _, s := range n.Weak {
		if err := add(s, n.Type, Weak); err != nil {
			return skipped, err
		}
	}
	for _, s := range n.Ambiguous {
		if err := add(s, n.Type, Weak|Ambiguous); err != nil {
			return skipped, err
		}
	}
	for _, a := range n.Adjectives {
		forms, acc := NisbaForms(a)
		if len(forms) == 0 {
			return skipped, fmt.Errorf("adjective %q has no word", a)
		}
		for i, f := range forms {
			flags := AltDefinite
			if acc[i] {
				flags = AltTanween
			}
			if err := add(f, TypeNationality, flags); err != nil {
				return skipped, err
			}
		}
	}
	return skipped, nil
}
