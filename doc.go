// Package arnews is an embeddable library for Arabic news text: it cleans,
// splits, stems and understands Arabic news articles — which people, places
// and organizations an article names, and which calendar days its
// «اليوم الثلاثاء», «أمس الأحد» and «الأسبوع الماضي» mean.
//
// Each job has a package of its own, usable alone:
//
//	package    job
//	normalize  diacritics, tatweel, alef/hamza/yeh/teh-marbuta variants,
//	           Persian letters, digits, presentation forms, invisible
//	           controls; streaming (x/text/transform) and with offsets back
//	           to the original text
//	tokenize   words, numbers, punctuation, URLs, e-mails, hashtags,
//	           mentions, emoji, sentences and clitic splits, every token with
//	           byte offsets into the original text
//	stem       the Snowball Arabic stemmer (exact on Snowball's whole
//	           vocabulary) and a light news stemmer
//	dates      date expressions resolved against the publication time
//	           (اليوم الثلاثاء، أمس الأحد، الأسبوع الماضي، منذ ثلاثة أيام،
//	           ١٥ رمضان ١٤٤١ هـ …)
//	entities   people, places, organizations and nationality adjectives
//	           from an embedded gazetteer and user data
//	jsonl      annotating archives stored as JSON lines, in order, on every
//	           core
//
// This package ties them together: Analyze (or an Analyzer made by New)
// runs the whole pipeline on one document and returns a Document with its
// sentences, tokens (with their search forms and stems), date expressions,
// entity mentions and the entities with their mention counts.
// json.Marshal of a Document gives stable JSON in which every span has byte
// offsets and UTF-16 offsets (see Document.AppendJSON).
//
// Offsets everywhere are byte offsets into the caller's original string: a
// span is text[Start:End]. No function panics on any input, invalid UTF-8
// included, and every exported value is safe for concurrent use.
//
// A short example:
//
//	doc := arnews.Analyze(text, published)
//	for _, e := range doc.Dates {
//		fmt.Println(e.Text, e.From.Format("2006-01-02"), e.Warning)
//	}
//	for _, ec := range doc.Entities {
//		fmt.Println(ec.Entity.Name, ec.Entity.Type, ec.Count)
//	}
//
// For archives too large for one machine, the separate module
// github.com/arnews/arnews/beam runs the same annotation as an Apache Beam
// pipeline.
package arnews
