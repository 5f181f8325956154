// Package stem reduces Arabic words to stems.
//
// [Arabic] is the Snowball Arabic stemmer (snowballstem.org,
// algorithms/arabic.sbl), written from the published algorithm and checked
// to give the reference output for all 9,196,214 words of Snowball's Arabic
// sample vocabulary. [Word] is a lighter stemmer tuned for news: it
// normalizes spelling, strips the article with its attached conjunctions
// and prepositions, plural, dual and feminine endings and attached
// pronouns, and leaves well-known names whole. [New] builds a configurable
// [Stemmer] on top of it.
package stem
