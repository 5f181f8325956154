package stem

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/arnews/arnews/normalize"
	"github.com/kljensen/snowball"
)

// A Stemmer is a configured news stemmer; see [Word] for what it does.
// Build one with [New]; the zero Stemmer stems like [Word]. A Stemmer is
// safe for concurrent use.
type Stemmer struct {
	protect map[string]string // Search-normalized word -> its output
	minLen  int               // fewest letters a suffix removal may leave
	latin   string            // kljensen/snowball language, "" for none
	light   bool              // affix rules only: skip the built-in lists
	err     error             // the first invalid option, which NewChecked reports
}

// fail records the first invalid option.
func (s *Stemmer) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// An Option configures a [Stemmer].
type Option func(*Stemmer)

// Protect adds words that come out whole (after normalize.Search), also
// when a conjunction or preposition is attached (وإسرائيل, بإسرائيل and
// لإسرائيل all give اسراءيل). They add to the built-in list, and they are
// honoured under [Light] too.
func Protect(words ...string) Option {
	return func(s *Stemmer) {
		for _, w := range words {
			addProtected(s.protect, normalize.Search.String(strings.TrimSpace(w)))
		}
	}
}

// MinLength sets the fewest letters a stem keeps when a suffix is removed
// (default 3). Prefixes may leave one letter fewer, but never fewer than
// two. Values below 2 count as 2 for [New] and are an error for
// [NewChecked].
func MinLength(n int) Option {
	return func(s *Stemmer) {
		if n < 2 {
			s.fail(fmt.Errorf("stem: MinLength(%d): a stem keeps at least 2 letters", n))
		}
		s.minLen = max(n, 2)
	}
}

// Latin sends words written without Arabic letters (Latin, Cyrillic, ...)
// to the Snowball stemmer of github.com/kljensen/snowball for language
// ("english", "french", "spanish", "russian", "swedish", "norwegian",
// "hungarian"), lower-cased first. The default is "english"; "" is
// English too. "none" only lower-cases them. A language that package does
// not know only lower-cases them under [New] and is an error for
// [NewChecked].
func Latin(language string) Option {
	return func(s *Stemmer) {
		language = strings.ToLower(strings.TrimSpace(language))
		switch language {
		case "":
			language = "english"
		case "none":
			s.latin = ""
			return
		}
		if _, err := snowball.Stem("tests", language, true); err != nil {
			s.fail(fmt.Errorf("stem: Latin(%q): no Snowball stemmer for that language (english, french, spanish, russian, swedish, norwegian, hungarian, or none)", language))
			language = ""
		}
		s.latin = language
	}
}

// Light keeps to the affix rules: prefixes and suffixes are removed
// wherever the length rules allow, without consulting the built-in lists
// of names that look affixed, of words whose first و, ب, ك or ل belongs to
// the root, and of frequent words after a bare preposition (so a bare ب,
// ك or ل goes only before the shapes that [Word] describes: م, ت, a
// written hamza, a derived verbal noun). It conflates more (recall) and errs more (precision). Words given
// to [Protect] are still kept whole.
func Light() Option {
	return func(s *Stemmer) { s.light = true }
}

// New returns a Stemmer with the given options; a nil Option is ignored.
// An invalid option (see [NewChecked]) is taken in its documented lenient
// reading: Latin of an unknown language only lower-cases, MinLength below
// 2 is 2.
func New(opts ...Option) *Stemmer {
	s := build(opts)
	s.err = nil
	return s
}

// NewChecked is New that reports an invalid option, as the constructors
// of the other packages do (dates.New, arnews.New): Latin of a language
// the Snowball package does not know, MinLength below 2.
func NewChecked(opts ...Option) (*Stemmer, error) {
	s := build(opts)
	if s.err != nil {
		return nil, s.err
	}
	return s, nil
}

func build(opts []Option) *Stemmer {
	s := &Stemmer{protect: map[string]string{}, minLen: 3, latin: "english"}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	return s
}

var defaultStemmer = sync.OnceValue(func() *Stemmer { return New() })

// Word returns the news stem of word: the default [Stemmer]'s
// [Stemmer.Stem].
//
// The word is first normalized with normalize.Search (no vowel marks or
// tatweel, bare alef, ء for hamza seats, ي for ى, ه for ة, ASCII digits).
// A protected word (الله, إسرائيل, القاهرة, الولايات, country and leader
// names that look affixed, relative pronouns) comes out whole, also behind
// و، ف، ب، ل or ك. Otherwise Word removes, each at most once:
//
//   - the article with an attached conjunction and preposition: ال، وال،
//     فال، بال، كال، لل، وبال، فبال، وكال، فكال، ولل، فلل (not when the
//     alef was written أ, إ or آ: آلاف, إلكتروني; and لل keeps one ل
//     before a short list of common words that start with ل: للجنة →
//     لجن, like اللجنة); or else a bare conjunction و (not when و begins
//     one of a list of common roots such as وزير, وقت, وضع, also before
//     the ت of a past verb: وقعت); then a bare preposition ب, ك or ل, also
//     after و or ف (وبمدينة, فبمدينة, لتكون → تكون), when the rest starts
//     with م or ت and has four letters or more (بمدينة, لتحقيق), starts
//     with a hamza alef written as such (بإصابته, لأن), has the shape of a
//     derived verbal noun: استفعال, انفعال, افتعال (باستخدام, لانتخابات,
//     باتجاه), or has three letters or more and the suffix-stripped form of
//     one of about 2,800 frequent news words (بسوسة, بحروق; not after ف);
//     but not in about 380 words whose first letter belongs to the word or
//     name (بطولة, كتاب, كمبيوتر, بكين, لدينا, كلها, لجنة);
//   - an attached pronoun: هما، كما، هم، هن، كم، كن، ها، نا، ه (ه is
//     also the normalized feminine ة); or else a plural verb ending وا or
//     an accusative ا (عاما, مشيرا);
//   - a plural or dual ending: ات، ون، ين, and ان in the feminine dual
//     تان (other final ان is mostly part of the word: إعلان, طيران), except
//     in a short list of words whose ون or ين is radical (قانون, مليون,
//     بنزين, ستكون), also behind a bare ب, ل, ك or ف (لقانون), in verbal
//     nouns shaped تفعين (تأمين, تعيين, لتحسين), and ين after ه (بمدينة);
//   - the ت that ة becomes before a pronoun or dual ending (حكومتها,
//     حكومتان → حكوم, like حكومة);
//   - the relative (nisba) ي (امريكي, رسميا → امريك, رسم), except after
//     ا (نهاية, بداية keep their ي).
//
// A suffix is removed only when three letters remain, a prefix when two
// do. Words without Arabic letters are lower-cased and stemmed as
// English. Bytes that are not valid UTF-8 are dropped first, as [Arabic]
// does, so that a stray byte changes no stem ("الحكومة\xff" → حكوم).
// Word never returns an empty string for a non-empty word: when
// normalization leaves nothing (a word of vowel marks alone), word is
// returned as it is (a word of invalid bytes alone gives a U+FFFD for each
// byte). Word is
// safe for concurrent use.
func Word(word string) string { return defaultStemmer().Stem(word) }

// Stem returns the stem of word under the Stemmer's options (see [Word]).
// The stem is a substring of word, a protected word, or (when
// normalization changed the letters it keeps) a new string.
func (s *Stemmer) Stem(word string) string {
	if word == "" {
		return ""
	}
	if s.minLen == 0 { // the zero Stemmer (New always sets minLen)
		s = defaultStemmer()
	}
	if !utf8.ValidString(word) {
		if v := strings.ToValidUTF8(word, ""); v != "" {
			word = v
		}
	}
	// Normalize into a stack buffer; n is valid only during this call, so
	// everything returned from it goes through ownString.
	var buf [128]byte
	nb := normalize.Search.Append(buf[:0], unsafe.Slice(unsafe.StringData(word), len(word)))
	if len(nb) == 0 {
		return word
	}
	n := unsafe.String(unsafe.SliceData(nb), len(nb))
	if !hasArabic(n) {
		if hasLetter(n) {
			return s.stemLatin(strings.Clone(n))
		}
		return ownString(word, n)
	}
	if p, ok := s.protected(n); ok {
		return p
	}
	return ownString(word, s.stemArabic(n, word))
}

// ownString returns stem as a string that does not share Stem's scratch
// buffer: the same bytes of word when word contains them, else a copy.
func ownString(word, stem string) string {
	if i := strings.Index(word, stem); i >= 0 {
		return word[i : i+len(stem)]
	}
	return strings.Clone(stem)
}

// hasArabic reports whether s has a letter of the Arabic script.
func hasArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xD8 && c <= 0xDB {
			return true // U+0600..U+06FF
		}
		if s[i] >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func (s *Stemmer) stemLatin(w string) string {
	lw := strings.ToLower(w)
	if s.latin == "" {
		return lw
	}
	out, err := snowball.Stem(lw, s.latin, true)
	if err != nil || out == "" {
		return lw
	}
	return out
}
