package arabic

import (
	"slices"
	"unsafe"

	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/stem"
	"github.com/arnews/arnews/tokenize"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Names under which the package registers its parts in bleve's registry.
// Use them in an index mapping (FieldMapping.Analyzer, or a custom analyzer
// in IndexMapping.CustomAnalysis).
const (
	// TokenizerName is the arnews tokenizer (see Tokenizer).
	TokenizerName = "arnews"
	// NormalizeName is the search normalization filter (see NormalizeFilter).
	NormalizeName = "arnews_normalize"
	// StopName is the filter that drops Arabic function words (see StopFilter).
	StopName = "arnews_stop"
	// StemName is the news stemmer filter, stem.Word (see StemFilter).
	StemName = "arnews_stem"
	// SnowballName is the Snowball Arabic stemmer filter, stem.Arabic (see
	// SnowballFilter).
	SnowballName = "arnews_snowball_stem"

	// AnalyzerName is the default analyzer for Arabic news search:
	// Tokenizer, NormalizeFilter, StopFilter, StemFilter.
	AnalyzerName = "arnews"
	// SnowballAnalyzerName is the analyzer with the Snowball stemmer, shaped
	// like Lucene's and Elasticsearch's Arabic analyzer: Tokenizer,
	// NormalizeFilter, StopFilter, SnowballFilter.
	SnowballAnalyzerName = "arnews_snowball"
)

func init() {
	must(registry.RegisterTokenizer(TokenizerName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return Tokenizer{}, nil
	}))
	for name, f := range map[string]analysis.TokenFilter{
		NormalizeName: NormalizeFilter{},
		StopName:      StopFilter{},
		StemName:      StemFilter{},
		SnowballName:  SnowballFilter{},
	} {
		f := f
		must(registry.RegisterTokenFilter(name, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return f, nil
		}))
	}
	must(registry.RegisterAnalyzer(AnalyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return NewAnalyzer(), nil
	}))
	must(registry.RegisterAnalyzer(SnowballAnalyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return NewSnowballAnalyzer(), nil
	}))
}

// must stops the program when a name is already taken in bleve's registry:
// that can only be another package registering the same names, a build
// mistake that must not go unnoticed.
func must(err error) {
	if err != nil {
		panic("arnews/bleve/arabic: " + err.Error())
	}
}

// Tokenizer splits text with package tokenize. Words, numbers, URLs and
// e-mail addresses are tokens; a hashtag or a mention gives the words
// between its underscores (#الانتخابات_الرئاسية gives الانتخابات and
// الرئاسية); punctuation, symbols and emoji give none. Every token's Start
// and End are byte offsets into the text given to Tokenize, so bleve's
// highlighter marks the words as written, with their diacritics, tatweel
// and clitics. A token's Term is the text itself (the filters normalize
// it), sharing the input's memory as bleve's own tokenizers do.
//
// Tokenizer has no state: one value serves any number of goroutines.
type Tokenizer struct{}

// tokenChunk is the fewest tokens allocated at once.
const tokenChunk = 32

// Tokenize returns the tokens of input. It accepts any bytes: invalid UTF-8
// separates tokens and is in none.
func (Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	tb := newTokenBuilder(input)
	for sp := range spans(input) {
		tb.add(sp.start, sp.end, sp.typ, input[sp.start:sp.end:sp.end])
	}
	return tb.out
}

// span is one token of the Tokenizer.
type span struct {
	start, end int
	typ        analysis.TokenType
}

// spans yields the Tokenizer's tokens of input, in order.
func spans(input []byte) func(yield func(span) bool) {
	return func(yield func(span) bool) {
		for sp := range tokenize.AllBytes(input) {
			switch sp.Kind {
			case tokenize.Word, tokenize.URL, tokenize.Email:
				if !yield(span{sp.Start, sp.End, analysis.AlphaNumeric}) {
					return
				}
			case tokenize.Number:
				if !yield(span{sp.Start, sp.End, analysis.Numeric}) {
					return
				}
			case tokenize.Hashtag, tokenize.Mention:
				for w := range tagWords(input, sp.Start, sp.End) {
					if !yield(w) {
						return
					}
				}
			}
		}
	}
}

// tagWords yields the words of the hashtag or mention input[start:end]:
// the words between "#" (or "@"), the direction marks copied tags carry,
// and the underscores.
func tagWords(input []byte, start, end int) func(yield func(span) bool) {
	return func(yield func(span) bool) {
		ws := -1
		for i := start + 1; i <= end; i++ {
			if i < end && isTagWordByte(input, i) {
				if ws < 0 {
					ws = i
				}
				continue
			}
			if ws >= 0 {
				if !yield(span{ws, i, analysis.AlphaNumeric}) {
					return
				}
				ws = -1
			}
			if i < end && input[i] >= 0x80 {
				// Skip the rest of a multi-byte separator (a direction
				// mark is three bytes).
				for i+1 < end && input[i+1]&0xC0 == 0x80 {
					i++
				}
			}
		}
	}
}

// tokenBuilder allocates the tokens of a stream in chunks.
type tokenBuilder struct {
	out  analysis.TokenStream
	slab []analysis.Token
	est  int
	pos  int
}

// newTokenBuilder makes room for the tokens of a text of news, which has
// about one token in 11 bytes, one in 14 without the function words.
func newTokenBuilder(input []byte) *tokenBuilder {
	est := len(input)/13 + 1
	return &tokenBuilder{out: make(analysis.TokenStream, 0, est), slab: make([]analysis.Token, est), est: est}
}

// skip counts a token that is not in the stream, so that the positions of
// the next ones keep the gap.
func (tb *tokenBuilder) skip() { tb.pos++ }

// add appends a token.
func (tb *tokenBuilder) add(start, end int, typ analysis.TokenType, term []byte) {
	if len(tb.slab) == 0 {
		tb.slab = make([]analysis.Token, max(tb.est/4, tokenChunk))
	}
	t := &tb.slab[0]
	tb.slab = tb.slab[1:]
	tb.pos++
	*t = analysis.Token{Start: start, End: end, Term: term, Position: tb.pos, Type: typ}
	tb.out = append(tb.out, t)
}

// isTagWordByte reports whether the character at input[i] belongs to a
// word of a hashtag: anything but "_" and the direction marks LRM (E2 80 8E),
// RLM (E2 80 8F) and ALM (D8 9C).
func isTagWordByte(input []byte, i int) bool {
	switch c := input[i]; c {
	case '_':
		return false
	case 0xE2:
		return !(i+2 < len(input) && input[i+1] == 0x80 && (input[i+2] == 0x8E || input[i+2] == 0x8F))
	case 0xD8:
		return !(i+1 < len(input) && input[i+1] == 0x9C)
	}
	return true
}

// NormalizeFilter puts each term in the search form of normalize.Search (no
// diacritics or tatweel, bare alef, ي for ى, ه for ة, ء for hamza seats,
// ASCII digits, no invisible controls) and lower-cases ASCII letters.
// Start and End are left alone: they still point at the word as written.
type NormalizeFilter struct{}

// Filter normalizes the terms of input in place and returns it. A token
// that normalizes to nothing (a lone tatweel, "ـ") is dropped.
func (NormalizeFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var buf []byte
	out := input[:0]
	for _, t := range input {
		term := t.Term
		n, _ := normalize.Search.Span(term, true)
		if n == len(term) && !hasUpperASCII(term) {
			out = append(out, t)
			continue
		}
		// Room first: Append copies dst when it lacks room for the term.
		buf = slices.Grow(buf, 2*len(term)+16)
		start := len(buf)
		if n == len(term) {
			buf = append(buf, term...)
		} else {
			buf = normalize.Search.Append(buf, term)
		}
		// Lower case after normalizing: compatibility forms can give
		// capitals (ǈ is Lj).
		for i := start; i < len(buf); i++ {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		if len(buf) == start {
			continue
		}
		t.Term = buf[start:len(buf):len(buf)]
		out = append(out, t)
	}
	clear(input[len(out):])
	return out
}

func hasUpperASCII(b []byte) bool {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// StopFilter removes Arabic function words (في، من، على، أن، التي، كان …,
// with the clitic و where news often attaches it) from a normalized stream:
// put it after NormalizeFilter. The positions of the other tokens do not
// change, so phrase queries still see the gap.
type StopFilter struct{}

// Filter returns input without its function words.
func (StopFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := input[:0]
	for _, t := range input {
		if !stopWords[string(t.Term)] {
			out = append(out, t)
		}
	}
	clear(input[len(out):])
	return out
}

// StemFilter replaces each term by its news stem, stem.Word (which also
// normalizes: the filter works with or without NormalizeFilter before it).
type StemFilter struct{}

// Filter stems the terms of input in place and returns it.
func (StemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	return stemAll(input, stem.Word)
}

// SnowballFilter replaces each term by its Snowball Arabic stem,
// stem.Arabic (exactly what other Snowball implementations give).
type SnowballFilter struct{}

// Filter stems the terms of input in place and returns it.
func (SnowballFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	return stemAll(input, stem.Arabic)
}

// stemAll replaces each Arabic term by f(term). When the stem is a part of
// the term (the usual case: affixes removed) the term is re-sliced, with no
// copy; otherwise the stem is appended to a buffer shared by the stream.
// Terms without an Arabic letter are left alone (Latin words, numbers,
// URLs): the stemmers would lower-case and stem them as English, which the
// index does not need for the odd Latin word of Arabic news.
func stemAll(input analysis.TokenStream, f func(string) string) analysis.TokenStream {
	var buf []byte
	for _, t := range input {
		term := t.Term
		if len(term) == 0 || !hasArabic(term) {
			continue
		}
		// f reads the term only during the call and keeps nothing of it.
		s := f(unsafe.String(unsafe.SliceData(term), len(term)))
		if len(s) == len(term) && s == string(term) {
			continue
		}
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); len(s) > 0 {
			base := uintptr(unsafe.Pointer(unsafe.SliceData(term)))
			if p >= base && p+uintptr(len(s)) <= base+uintptr(len(term)) {
				off := int(p - base)
				t.Term = term[off : off+len(s) : off+len(s)]
				continue
			}
		}
		start := len(buf)
		buf = append(buf, s...)
		t.Term = buf[start:len(buf):len(buf)]
	}
	return input
}

// hasArabic reports whether b holds a character of the Arabic blocks:
// U+0600–U+06FF, U+0750–U+077F, U+0880–U+08FF and the presentation forms
// (U+FB40–U+FDFF, U+FE70–U+FEFF; the first 16 and 48 code points of those
// two ranges are other presentation forms, which news text does not have).
func hasArabic(b []byte) bool {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			continue
		}
		switch {
		case c >= 0xD8 && c <= 0xDB, c == 0xDD && i+1 < len(b) && b[i+1] >= 0x90:
			return true
		case c == 0xE0 && i+1 < len(b) && b[i+1] >= 0xA2 && b[i+1] <= 0xA3:
			return true
		case c == 0xEF && i+1 < len(b) && (b[i+1] >= 0xAD && b[i+1] <= 0xB7 || b[i+1] >= 0xB9 && b[i+1] <= 0xBB):
			return true
		}
	}
	return false
}
