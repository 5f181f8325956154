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
// offsets and UTF-16 offsets, and json.Unmarshal reads it back (see JSON
// below).
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
// # JSON
//
// json.Marshal of a Document or a *Document (or Document.AppendJSON) gives
// one JSON object whose layout is version 1, described by the JSON Schema
// schema/document-v1.json in the repository and checked against the output
// by the tests. Version 1 only ever gains optional fields; any other change
// is a new version and a new schema file. Every span carries both byte
// offsets into the original UTF-8 text ("start", "end") and UTF-16 code
// unit offsets ("start16", "end16"), which is what JavaScript strings and
// most web annotation tools index by. Invalid UTF-8 bytes in the text are
// written as U+FFFD and count as one UTF-16 unit each, as a JSON decoder
// sees them.
//
//	{
//	  "text": "…",                          the original text (JSONOptions.OmitText leaves it out)
//	  "published": "2020-10-06T12:00:00+03:00",
//	  "written": "2020-10-05T12:00:00+03:00",  the anchor of relative dates
//	  "bytes": 5585, "utf16": 3001,           the text's length in both units
//	  "sentences": [{"start":0,"end":120,"start16":0,"end16":64}, …],
//	  "tokens": [{"text":"أمس","start":…,"end":…,"start16":…,"end16":…,"kind":"word",
//	              "norm":"امس","stem":"امس"}, …],     (JSONOptions.OmitTokens leaves them out)
//	  "dates": [{"text":"أمس الأحد","start":…,"end":…,"start16":…,"end16":…,
//	             "from":"2020-10-04T00:00:00+03:00","to":"2020-10-05T00:00:00+03:00",
//	             "grain":"day","kind":"relative","approx":true,
//	             "hijri":{"year":1442,"month":9,"day":8},"warning":"…"}, …],
//	  "mentions": [{"text":"إيران","start":…,"end":…,"start16":…,"end16":…,"type":"place",
//	                "entity":{"id":"…","name":"إيران","type":"place"}}, …],
//	  "entities": [{"id":"…","name":"إيران","type":"place","country":"IR","count":4}, …]
//	}
//
// Times are RFC 3339 (ISO 8601) in the location the dates were resolved in,
// null for the zero time; "from" is inclusive and "to" exclusive
// (dates.Expression.LastDay gives the last day a span covers). The names
// of kinds, grains and types are what the enums' MarshalText gives
// (tokenize.Kind, dates.Grain, dates.Kind, entities.Type). "approx" is
// there only when true, "hijri" only for a Hijri reading, "warning",
// "norm" and "stem" only when not empty, "country" only when known.
// Document.UnmarshalJSON reads the layout back into an equal Document.
//
// For archives too large for one machine, the separate module
// github.com/arnews/arnews/beam runs the same annotation as an Apache Beam
// pipeline.
package arnews
