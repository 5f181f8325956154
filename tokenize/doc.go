// Package tokenize splits Arabic news text into tokens and sentences, and
// Arabic words into their clitics, with exact byte offsets into the caller's
// original text.
//
// # Tokens
//
// [Tokens] and [All] find the tokens of a text: words, numbers, punctuation,
// symbols, URLs, e-mail addresses, hashtags, mentions and emoji (see [Kind]).
// Each [Token] carries its text and its span, Text == s[Start:End]; nothing
// is normalized or copied. White space is not a token, and neither are the
// invisible controls (LRM, RLM, ALM, the embeddings and isolates, BOM, ZWSP)
// nor a combining mark that follows no letter: between two tokens there is
// only white space, such controls, lone marks and invalid bytes. Inside a
// word the diacritics, tatweel, ZWNJ, ZWJ, soft hyphen, word joiner and BOM
// stay ("الْمُعَلِّمُونَ", "العـــربية" and "می‌خواهم" are one Word each), but a
// token never starts or ends with one of those controls; ZWSP and the bidi
// controls separate words.
//
// The character classes are the module's shared ones (internal/alphabet:
// normalize's Diacritics and Invisible sets and Unicode's general
// categories, the same for dates, entities and stem); they are compiled
// once into tables that the scanner reads byte by byte, with no regular
// expression and no map.
//
// Arabic letters glued to ASCII letters make two words ("التاليwww.x.tn"
// is Word "التالي" and URL "www.x.tn"). Unassigned and private-use runes are
// Symbols; C0 and C1 controls count as white space.
//
// A letter glued to digits is split from them: "و2024" is Word "و" and
// Number "2024", "بـ50" is Word "بـ" and Number "50". The per cent sign is a
// Symbol of its own: "50%" is Number "50" and Symbol "%". A sign belongs to a
// number when no letter, digit or closing bracket comes right before it:
// "-3" is one Number, "COVID-19" is Word, Punct, Number.
//
// # The word stream
//
// A [Stream] is a text cut into tokens once for several readers: the tokens
// of [Tokens] with the search key of every word, number, hashtag and mention
// ([Stream.Key]: folded as normalize.Search folds, with offsets back into
// the text by [Stream.KeyOffset]). The arnews Analyzer fills one Stream per
// text, takes its tokens and sentences from it and hands it to dates
// (Resolver.FindStream) and entities (Gazetteer.FindStream), so that the
// text is scanned and folded once for all three. A Stream is reused with
// [Stream.Reset] and allocates nothing per token.
//
// # Invalid UTF-8
//
// Invalid UTF-8 never panics and never shifts an offset. Each byte that is
// not part of a valid UTF-8 sequence is treated like white space: it is in
// no token and separates the tokens around it, so that every token's Text is
// valid UTF-8.
//
// # Sentences
//
// [Sentences] and [AllSentences] split a text into sentences at . ! ? ؟ …
// and at line breaks (unless the line ends with a comma or semicolon),
// keeping closing quotes and brackets with their sentence. They never split
// inside a number, a dotted abbreviation, a URL or an e-mail address, since
// those are single tokens.
//
// # Clitics
//
// [Clitics] splits one Arabic word into its proclitics (و ف ب ك ل س and the
// article ال, and their combinations), its stem and its pronoun enclitics;
// [Candidates] lists every plausible split, longest stem first, for
// dictionary look-ups.
package tokenize
