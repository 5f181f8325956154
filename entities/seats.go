package entities

import "github.com/arnews/arnews/entities/internal/index"

// A seat of government that the gazetteer lists as the body it houses
// (o-white-house البيت الأبيض, o-carthage-palace قصر قرطاج: kind
// "government", named by its building) is a place in the news labels
// where the building is meant: a palace's name with قصر always (the
// labels tag قصر and a palace's name a place 24 times, an organization
// never: بقصر قرطاج 8, قصر الإليزيه 3), البيت الأبيض after a
// word of place (في 9 to 2, أمام 2 to 0, فوق 1 to 0), and the body
// elsewhere (المتحدثة باسم البيت الأبيض 7 of 7, أعلن البيت الأبيض). Such a
// mention gets a place made for the text.

var (
	hPalace = hashOf("قصر")
	hHouse  = hashOf("البيت")
	// seatLocatives are the words before البيت الأبيض that make it the
	// building.
	seatLocatives = map[uint64]bool{hashOf("في"): true, hashOf("أمام"): true, hashOf("فوق"): true,
		hashOf("داخل"): true, hashOf("خارج"): true, hashOf("قرب"): true}
)

// seatPlace reports whether the gazetteer organization c is its seat, a
// place, here (see above).
func seatPlace(s string, c candidate) bool {
	if c.typ != Organization || c.ent == nil || c.ent.Recognized() || c.ent.Kind != "government" {
		return false
	}
	ws, we, ok := index.NextWord(s, c.start)
	if !ok || we >= c.end {
		return false
	}
	switch foldHash(s[ws:we]) {
	case hPalace:
		return true
	case hHouse:
		ps, pe := prevWord(s, c.start)
		return ps < pe && wordStart(s, c.start) == c.start && seatLocatives[foldHash(s[ps:pe])]
	}
	return false
}
