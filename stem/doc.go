// Package stem reduces Arabic words to stems, for indexing and matching
// news text.
//
// [Arabic] is the Snowball Arabic stemmer (snowballstem.org,
// algorithms/arabic.sbl), written from the published algorithm. It gives
// the reference output for all 9,196,214 words of Snowball's Arabic sample
// vocabulary, works on bytes, and does not allocate when the stem is a
// substring of the word. Use it where results must match other Snowball
// implementations.
//
// [Word] is a lighter stemmer tuned for news: it normalizes spelling with
// normalize.Search, strips the article with its attached conjunctions and
// prepositions, attached pronouns, sound plural and dual endings, the
// feminine ending and the nisba ي, and leaves well-known names that look
// affixed (إسرائيل, القاهرة, الولايات) whole. [New] builds a [Stemmer]
// with more protected words, another minimum stem length, another
// Snowball language for Latin-script words, or the bare affix rules
// ([Light]).
//
// Every function is safe for concurrent use and accepts any string:
// invalid UTF-8 never makes them fail, and they always return valid UTF-8.
// The command examples/stem runs either stemmer over a word list, like
// Snowball's stemwords.
package stem
