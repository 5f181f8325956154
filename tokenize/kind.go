package tokenize

import "strconv"

// Kind is the kind of a token.
type Kind uint8

// The kinds of tokens. The zero Kind is no kind: every token has one of these.
const (
	// Word is a run of letters of any script with their combining marks
	// (diacritics stay inside: "الْمُعَلِّمُونَ"), tatweel, and the ZWNJ, ZWJ,
	// soft hyphens and word joiners between its letters ("می‌خواهم"); dotted
	// abbreviations ("أ.ف.ب", "د.", "U.S."), acronyms spelled in Arabic letter
	// names ("سي.إن.إن") and site names ending in ".نت" or ".كوم"
	// ("العربية.نت"); ASCII letters with digits ("G20").
	// Arabic and ASCII letters glued together are two Words.
	Word Kind = iota + 1
	// Number is a run of decimal digits of any script with the group,
	// decimal, time and date separators between them ("1,000.5", "١٬٠٠٠٫٥",
	// "10:30", "2024-01-05", "٥/١/٢٠٢٤") and an optional leading sign ("-3").
	Number
	// Punct is one punctuation mark (Unicode P*: . , ، ؛ ؟ « » " ( ) -),
	// or a run of full stops ("...").
	Punct
	// Symbol is one symbol: currency signs, math signs, © ° and the per
	// cent and per mille signs (% ٪ ‰), which are never part of a Number.
	Symbol
	// URL is a web address: with a scheme ("https://…"), with "www.", or a
	// bare host name with a known top-level domain ("aljazeera.net/news").
	URL
	// Email is an e-mail address.
	Email
	// Hashtag is "#" with letters, digits and underscores ("#الانتخابات_الرئاسية"),
	// and the direction marks (LRM, RLM, ALM) that copied tags carry after "#".
	Hashtag
	// Mention is "@" with letters, digits and underscores ("@وزارة_الصحة"),
	// like a Hashtag.
	//
	// The name of a Hashtag or a Mention may hold the letters of every
	// script (Arabic, Latin, Cyrillic, CJK, ...: Unicode L*), the digits of
	// every script (Unicode Nd: 0-9, ٠-٩, ۰-۹), underscores, and, inside the
	// name, combining marks, tatweel and the invisible joiners of a word; it
	// needs one letter ("#2024" is no tag). A Mention is not one when the @
	// is glued to a letter or digit before it ("a@b"), except after the
	// conjunction و or ف standing alone: و@user is the Word و and the
	// Mention @user, as و#وسم is و and the Hashtag #وسم.
	Mention
	// Emoji is a whole emoji sequence: with its skin tone ("👍🏽"), a flag
	// ("🇪🇬"), a keycap ("1️⃣"), or a ZWJ sequence ("👨‍👩‍👧").
	Emoji
)

var kindNames = [...]string{"", "Word", "Number", "Punct", "Symbol", "URL", "Email", "Hashtag", "Mention", "Emoji"}

// String returns the name of k ("Word", "Number", …).
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}
