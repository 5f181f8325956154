// Package arabic puts arnews inside bleve (github.com/blevesearch/bleve/v2),
// Go's full-text search engine: an analyzer for Arabic news search, and a
// mapping of analyzed articles with facets by the entities they name and by
// the days their dates speak of.
//
// # The blank import
//
// bleve finds analyzers by name in a registry that packages fill when they
// are initialized. An index mapping that says "arnews" is stored with the
// index as that name only; the program that opens the index later must also
// link this package, or bleve fails with "no analyzer with name or type
// 'arnews' registered". A program that does not otherwise use the package
// imports it for its side effect:
//
//	import _ "github.com/arnews/arnews/bleve/arabic"
//
// (bleve's own Arabic analyzer "ar" needs the same:
// _ "github.com/blevesearch/bleve/v2/analysis/lang/ar".)
//
// # What is registered
//
//	name                  kind          what
//	arnews                tokenizer     package tokenize: words, numbers, URLs,
//	                                    e-mails, the words of hashtags
//	arnews_normalize      token filter  normalize.Search and ASCII lower case
//	arnews_stop           token filter  Arabic function words
//	arnews_stem           token filter  the news stemmer, stem.Word
//	arnews_snowball_stem  token filter  the Snowball stemmer, stem.Arabic
//	arnews                analyzer      arnews, arnews_normalize, arnews_stop,
//	                                    arnews_stem: the default for news
//	arnews_snowball       analyzer      the same with arnews_snowball_stem, as
//	                                    Lucene's Arabic analyzer is built
//
// Every token keeps the byte offsets of the word as written in the original
// text, whatever the filters do to its term: bleve's highlighter marks
// «الحكومـــة» and «وَالحُكُومَةِ» whole in a search for حكومة, with their
// tatweel, diacritics and clitics.
//
// # Articles
//
// NewArticle turns an arnews Document (with its title and outlet) into an
// Article, and NewIndexMapping maps it: the text and the title with the
// analyzer, the outlet, the publication time, the IDs of the entities the
// text names (keywords), and the calendar days its date expressions resolve
// to (datetimes). So a query can ask for the articles that name Sameh
// Shoukry and speak of a day in April 2021:
//
//	q := bleve.NewConjunctionQuery(
//		bleve.NewMatchQuery("مفاوضات"),
//		termQuery(arabic.FieldEntities, "p-sameh-shoukry"),
//		dateRangeQuery(arabic.FieldDays, april1, may1),
//	)
//
// and facet the results by entity, outlet or day. The programs
// cmd/index-archive and cmd/search-index of this module index a JSON lines
// archive and search the index from the command line.
package arabic
