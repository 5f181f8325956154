// Package entities finds the people, places, organizations and nationality
// adjectives that an Arabic news text names, with exact byte offsets into
// the text and a link to a gazetteer entry.
//
//	for _, m := range entities.Default().Find(text) {
//		fmt.Println(m.Text, m.Type, m.Entity.ID)
//	}
//
// # Matching
//
// Names are compared word by word on folded forms: the hamza forms of alef
// (أ إ آ ٱ) meet bare alef, alef maksura meets yeh, teh marbuta meets heh,
// and diacritics, tatweel and invisible controls are ignored, so أذربيجان
// and اذربيجان, or الروسية and الروسيّة, are the same name. At each word
// the longest name wins (الخارجية الروسية, an organization, over الروسية, a
// nationality). A word may carry the proclitics و ف (and, so) and ب ل ك
// (in, for, as), alone or together (وبالعاصمة); they are left outside the
// mention: "وإيران" gives إيران, "لأميركا" gives أميركا. Punctuation and
// line breaks end a name; quotes around a name are outside it.
//
// Nationality adjectives (إيراني) match in every form: with or without
// the article, feminine, plural, dual and the indefinite accusative
// (الإيرانية، الإيرانيون، إيرانياً); such a mention has Type Nationality and
// its Entity is the country. Where an adjective is spelt like a country
// name (سوريّاً and سوريا, السعودية), the adjective is chosen after a noun
// with the article (الحكومة السعودية) or with tanween (مقاتلاً سوريّاً).
//
// A person's surname alone (روحاني) is a mention when the same person's
// full name (حسن روحاني) is anywhere in the text, or when the gazetteer
// marks the surname as unambiguous (بوتين). Titles (الرئيس، الشيخ) stay
// outside mentions. Names that are also common words are handled by a
// stop list (أمل، العالم، المدينة، نور، عادل are never a mention alone) and
// by context for organizations marked ambiguous: حماس is the movement
// after حركة, or once حركة حماس is in the text, and never in "بكل حماس".
//
// # The embedded gazetteer
//
// Default loads the embedded gazetteer once, in a few milliseconds: its
// name index is built at generate time (go generate runs
// ./internal/gen) and only unpacked at load. It holds about 9,500
// entities: every country and territory of ISO 3166-1 (250) with the UN
// M49 regions; 2,200 cities and regions (every GeoNames city over 15,000
// people in the Arab world, Iran, Turkey and Israel, then the 1,200
// largest other cities, and every capital); the team's curated places
// (disputed regions such as ناغورنو كاراباخ, seas, straits, provinces) and
// country aliases (أميركا، الكيان الصهيوني); over 600 curated
// organizations (armies, parties, movements, the UN and its agencies,
// news agencies and outlets, companies, clubs) and 5,600 generated
// ministries (28 ministries × every country with a nationality adjective:
// وزارة الخارجية الإيرانية, الخارجية الإيرانية, وزارة خارجية إيران);
// over 1,000 curated people; and the nationality adjectives of about 200
// countries. Sources: Unicode CLDR 48 (Unicode-3.0), GeoNames
// (CC-BY-4.0), golang.org/x/text (BSD-3-Clause), i18n-iso-countries (MIT),
// and the team's own curated tables; see the NOTICE file.
//
// # User data
//
// Load reads a gazetteer from TSV or JSON lines (see Load for the format);
// Merge combines it with Default, user entries winning ties.
//
// # Bad input
//
// Find never panics. Invalid UTF-8 bytes separate words and are never in
// a mention; a huge text is scanned in one pass with memory proportional
// to the number of mentions; an empty or nil Gazetteer finds nothing.
package entities
