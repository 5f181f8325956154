// Package arnews is an embeddable library for Arabic news text: it cleans,
// splits, stems and understands Arabic news articles.
//
// Each job has a package of its own:
//
//	package    job
//	normalize  diacritics, tatweel, letter variants, Persian letters, digits,
//	           presentation forms, invisible controls; streaming and with
//	           offsets back to the original text
//	tokenize   words, numbers, punctuation, URLs, hashtags, emoji, sentences
//	           and clitic splits, every token with byte offsets into the
//	           original text
//	stem       the Snowball Arabic stemmer and a light news stemmer
//	dates      date expressions resolved against the publication time
//	           (اليوم الثلاثاء، أمس الأحد، الأسبوع الماضي، منذ ثلاثة أيام)
//	entities   people, places, organizations and nationality adjectives
//	           from an embedded gazetteer and user data
//
// Offsets everywhere are byte offsets into the caller's original string: a
// span is text[Start:End]. No function panics on any input, invalid UTF-8
// included, and every exported value is safe for concurrent use.
//
// A short example, normalizing text for a search index:
//
//	key := normalize.Search.String("أَحْمَد") // "احمد"
package arnews
