package entities

// Type is the kind of thing a mention names.
type Type uint8

// The types of mentions. A Nationality mention is an adjective (الإيراني,
// سوريّاً) whose Entity is the country it points at, a Place.
const (
	Person Type = iota + 1
	Place
	Organization
	Nationality
)

// String returns the lower-case English name of the type ("person",
// "place", "organization", "nationality"), or "Type(n)" for a value that is
// none of them.
func (t Type) String() string {
	switch t {
	case Person:
		return "person"
	case Place:
		return "place"
	case Organization:
		return "organization"
	case Nationality:
		return "nationality"
	}
	return "Type(" + itoa(int(t)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// parseType reads the names String returns, and "org" for Organization.
func parseType(s string) (Type, bool) {
	switch s {
	case "person":
		return Person, true
	case "place":
		return Place, true
	case "organization", "org":
		return Organization, true
	}
	return 0, false
}

// Entity is one person, place or organization of a gazetteer. The
// entities of a gazetteer are shared by every mention that points at them:
// treat them as read-only.
type Entity struct {
	// ID is stable and unique in its gazetteer: "c-ir" (a country, by its
	// ISO 3166-1 code), "g-112931" (a GeoNames city), "pl-crimea" (a
	// curated place), "r-145" (a UN M49 region), "o-sputnik",
	// "o-ministry-foreign-ir" (a generated ministry), "p-hassan-rouhani".
	ID string
	// Type is Person, Place or Organization (never Nationality: an
	// adjective points at its country, a Place).
	Type Type
	// Name is the canonical Arabic name.
	Name string
	// Names are all the full names that match, Name first.
	Names []string
	// Surnames are short forms of a person's name that match alone only
	// once a full name of the same person is in the text.
	Surnames []string
	// Ambiguous are names that are also common words (حماس): they match
	// alone only in context (حركة حماس) or once the entity has an
	// unambiguous mention in the text.
	Ambiguous []string
	// Adjectives are the nationality adjectives of a country (إيراني), in
	// the masculine singular; all their forms match as Nationality.
	Adjectives []string
	// Country is the ISO 3166-1 alpha-2 code of the place, of the country
	// an organization or a person belongs to, or "".
	Country string
	// Wikidata is the Wikidata item (Q794) where known, else "".
	Wikidata string
	// Kind refines the type: country, territory, capital, city, region,
	// other (places); ministry, party, movement, news-agency, outlet, ...
	// (organizations); "" for people.
	Kind string
	// Source names where the entry comes from: cldr, i18n-iso-countries,
	// x/text, geonames, curated, generated (joined with +), or "user".
	Source string
	// Description is a short English description, or "".
	Description string
}

// Mention is one place in a text where an entity is named.
type Mention struct {
	// Text is the name as written, Text == text[Start:End]. Proclitics
	// (و ف ب ل ك) and quotes are outside the span; an article that is
	// part of the name (الجزائر, الإيراني) is inside it. After the
	// preposition ل the article loses its alef (للعراق is ل + العراق):
	// the span is then the word after that first ل, starting at the
	// article's lam (لعراق, لمنتخب السعودي), so it never holds an alef
	// that the text does not.
	Text string
	// Start and End are byte offsets into the text given to Find.
	Start, End int
	// Type is the mention's type: the entity's type, or Nationality for an
	// adjective.
	Type Type
	// Entity is what the mention names; never nil.
	Entity *Entity
}
