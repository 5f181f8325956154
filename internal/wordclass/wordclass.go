// Package wordclass carries what one package of the module computes about a
// word to another that would otherwise compute it again: today dates'
// lexicon class of a word. The arnews Analyzer's word cache keeps a word's
// class in its record of the word, computed once per distinct word when the
// record is made, and hands each text's per-token classes to dates with the
// word stream, so that dates does not fold and look up every word again.
//
// The package holds no state of its own that changes: its functions are set
// once, by the package that owns them (dates), while that package is
// initialized, and only read afterwards. A package that imports the owner
// (arnews imports dates) therefore finds them set before its own variables
// are initialized.
package wordclass

// Unknown is the class of a token whose class was not computed: the reader
// looks the word up itself. 0 is the class of a word that is no surface of
// dates' lexicon.
const Unknown = 0xFFFF

// DatesClass returns dates' class of w, the text of a Word token: 0 when
// the word's search key is no surface of dates' lexicon, else a number
// naming the surface, which stays valid for the life of the process (the
// lexicon is built once and shared by every Resolver), or Unknown. Dates
// reads the class only for a Plain word, whose key is its text folded. It
// is safe for concurrent use and allocates nothing (but for a word whose
// folded form outgrows a small buffer). Set by package dates.
var DatesClass func(w string) uint16

// DatesFind is set by package dates to its stream reader that takes the
// classes of the stream's tokens, cls[i] the class of token i (as
// DatesClass gives it for a Word, anything for the other kinds; a cls not
// as long as the stream is ignored). Its type is
//
//	func(r *dates.Resolver, st *tokenize.Stream, cls []uint16, stamp time.Time, written bool) ([]dates.Expression, time.Time, bool)
//
// (written false: (*Resolver).FindStream(st, stamp), the time returned
// being stamp and the flag false; written true:
// (*Resolver).FindWrittenStream(st, stamp)); it gives exactly what those
// give. It is an any because this package cannot name dates' types; the
// reader asserts it once, when it is initialized.
var DatesFind any
