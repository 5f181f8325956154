// Package wordclass carries what one package of the module computes about a
// word to another that would otherwise compute it again: dates' lexicon
// class of a word, and entities' hash of its fold and rank in its model's
// vocabulary (a Word). The arnews Analyzer's word cache keeps a word's Word
// apart from its record of the word, by the record's id, computed once per
// distinct word when the record is made, and hands each text's per-token
// classes to dates and Words to entities with the word stream, so that
// they do not fold, hash and look up every word again.
//
// The package holds no state of its own that changes: its functions are set
// once, by the packages that own them (dates, entities), while those
// packages are initialized, and only read afterwards. A package that imports
// the owner (arnews imports dates and entities) therefore finds them set
// before its own variables are initialized.
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

// A Word is what the packages compute once about a word, by its text
// alone, for the arnews Analyzer's word cache to keep (one Word a distinct
// word, apart from its record: see the root's wordCache) and hand over with
// each text's tokens. The zero Word tells nothing: Class 0 (no surface of
// dates' lexicon) and Fold 0 (entities reads the word itself).
type Word struct {
	// Hash is entities' hash of the word's fold: FNV-1a over its letter
	// codes (tokenize.Stream.LetterCodes), as entities' scan hashes it.
	Hash uint64
	// Rank is the fold's rank in the vocabulary of the model of the
	// gazetteer EntitiesWords was given; for a fold not in it, a rank
	// after the vocabulary's that numbers the entry entities made for the
	// word, or -1 (when it has made too many, or the gazetteer has no
	// model).
	Rank int32
	// Class is dates' class of the word (DatesClass).
	Class uint16
	// Fold is the number of the word's letter codes when Hash and Rank are
	// given: when every rune of its key is one of the letters
	// U+0621..U+064A and there are at most as many as entities folds
	// (else 0, and entities reads the word itself).
	Fold uint8
	// Flags are entities' bits of the word (NoName), read only when
	// Fold is not 0.
	Flags uint8
}

// NoName is the bit of Word.Flags that says that no name of the
// gazetteer EntitiesWords was given starts at the word: neither the whole
// word nor the word without its proclitics is the first word of a name.
const NoName = 1

// EntitiesWords is set by package entities to the function that returns,
// for a *entities.Gazetteer g, the function that returns x with the Hash,
// Rank, Fold and Flags of the Word of the text w of a Word token filled,
// which g's FindStream would compute for it (Fold 0 for a word it reads
// otherwise); x goes by value, so that the caller's Word stays on its
// stack rather than escaping through the call. The function
// returned is safe for concurrent use and allocates nothing but, the first
// time it meets a word out of the model's vocabulary, the word's entry.
var EntitiesWords func(g any) func(w string, x Word) Word

// EntitiesFind is set by package entities to its stream reader that takes
// the Words of the stream's tokens, ws[i] that of token i: filled by the
// function EntitiesWords(g) returned, for the same g, for a Word token;
// anything for the other kinds (a ws not as long as the stream is
// ignored). Its type is
//
//	func(g *entities.Gazetteer, st *tokenize.Stream, ws []Word) []entities.Mention
//
// and it gives exactly what g.FindStream(st) gives. It is an any because
// this package cannot name entities' types; the reader asserts it once,
// when it is initialized.
var EntitiesFind any
