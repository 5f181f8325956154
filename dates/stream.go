package dates

import (
	"sort"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/internal/wordclass"
	tkz "github.com/arnews/arnews/tokenize" // dates has a func tokenize of its own
)

// Dates reads a text from its word stream (tokenize.Stream): the words
// were found and folded once, by tokenize, for every package that reads
// the text. Dates' own tokens (tok) differ from tokenize's in a few
// places, which dates keeps because its rules are written for them: a
// joiner (ZWNJ, ZWJ, soft hyphen) splits a word, ASCII letters glued to
// Arabic ones and a Latin word with digits ("G20") read as dates reads
// them, a number is a run of digits (10:30 is a number, a colon and a
// number), a hashtag is # and a word. So the reader takes a stream token
// as it is when it is one of dates' tokens — a Plain word that no word
// rune follows, a run of digits, one punctuation rune: nearly every token
// of news — and lexes the raw text (lexFrom) only around the others. Both
// ways give exactly the tokens tokenize(text) gives; the tests check it on
// every rune and on the corpus.

// streamToks appends to toks the tokens that tokenize(chunk) gives for
// chunk = st.Text()[off:end], reading them from st. Their offsets are
// relative to off. cls, when not nil, holds the class of each token of st
// (internal/wordclass; as long as the stream): a Plain word's surface is
// then read from its class rather than looked up by its key.
func streamToks(st *tkz.Stream, cls []uint16, off, end int, toks []tok) []tok {
	chunk := st.Text()[off:end]
	ts := st.Tokens()
	k := 0
	if off > 0 {
		k = sort.Search(len(ts), func(i int) bool { return ts[i].Start >= off })
	}
	lex := lexTable()
	// pos is where dates' lexer would start its next token, space whether
	// a gap stands before it.
	pos, space := 0, true
	idx := &lex.idx
	for ; k < len(ts); k++ {
		s, e := ts[k].Start-off, ts[k].End-off
		if e < len(chunk) && chunk[e] == ' ' && (s == pos || s == pos+1 && chunk[pos] == ' ') && ts[k].Kind == tkz.Word && st.Plain(k) {
			// the common case, as below: a Plain word after one space
			// or none, and a space after it
			space = space || s != pos
			var sf *surface
			c := uint16(wordclass.Unknown)
			if cls != nil {
				c = cls[k]
			}
			if c == 0 {
				// no surface
			} else if c != wordclass.Unknown {
				sf = &idx.slots[c-1].sf
			} else if key := st.Key(k); len(key) > 0 && len(key) <= 16 {
				// idx.find(key) with keyHash written out: no call for
				// most words, which are no surface. Arabic letters only:
				// the first byte is taken from the words read (loading
				// key[0] on its own keeps the compiler from reading each
				// word in one load: it read them byte by byte)
				if a, b, n := shortKeyWords(key); firstByte(a, n) >= 0xD8 {
					if g := hashWords(a, b, n); idx.filterHas(g) {
						sf = idx.probe(key, g)
					}
				}
			} else if len(key) > 16 && len(key) <= maxKey && key[0] >= 0xD8 {
				sf = idx.find(key)
			}
			if n := len(toks) - 1; sf == nil && n >= 0 && toks[n].kind == tWord && toks[n].e.c == cNone {
				toks[n].start, toks[n].end, toks[n].space = s, e, space // see pushWord
			} else if sf == nil {
				toks = append(toks, tok{start: s, end: e, kind: tWord, space: space})
			} else {
				toks = pushWord(toks, tok{start: s, end: e, kind: tWord, space: space, e: sf.e, flags: sf.flags})
			}
			pos, space = e, false
			continue
		}
		if s >= len(chunk) {
			break
		}
		if s > pos {
			if s == pos+1 && chunk[pos] == ' ' || gapOnly(chunk[pos:s]) { // mostly one space
				pos, space = s, true
			} else { // a lone mark, a control or an invalid byte: lexed
				toks, pos, space = lexFrom(chunk, pos, s, toks, space)
			}
		}
		if e <= pos {
			continue // lexed with what came before
		}
		if s == pos && e <= len(chunk) {
			switch ts[k].Kind {
			case tkz.Word:
				if !st.Plain(k) || e < len(chunk) && chunk[e] != ' ' && wordRuneAt(chunk, e) {
					break
				}
				t := tok{start: s, end: e, kind: tWord, space: space}
				if cls != nil && cls[k] != wordclass.Unknown {
					if c := cls[k]; c != 0 {
						sf := &idx.slots[c-1].sf
						t.e, t.flags = sf.e, sf.flags
					}
				} else if key := st.Key(k); len(key) > 0 && len(key) <= maxKey && key[0] >= 0xD8 { // Arabic letters only
					if sf := idx.find(key); sf != nil {
						t.e, t.flags = sf.e, sf.flags
					}
				}
				toks = pushWord(toks, t)
				pos, space = e, false
				continue
			case tkz.Number:
				t, ok := digitRun(chunk, s, e)
				if !ok {
					break
				}
				t.space = space
				toks = append(toks, t)
				pos, space = e, false
				continue
			case tkz.Punct, tkz.Symbol:
				r, w := utf8.DecodeRuneInString(chunk[s:])
				if s+w != e {
					break
				}
				toks = append(toks, tok{start: s, end: e, kind: tPunct, space: space, val: int64(r)})
				pos, space = e, false
				continue
			}
		}
		toks, pos, space = lexFrom(chunk, pos, min(e, len(chunk)), toks, space)
	}
	if pos < len(chunk) {
		toks, _, _ = lexFrom(chunk, pos, len(chunk), toks, space)
	}
	return toks
}

// pushWord appends the word token t to toks, or merges it into the
// unknown word before it: a run of unknown words stands as one token (its
// last word), as lexFrom makes it.
func pushWord(toks []tok, t tok) []tok {
	if t.e.c == cNone {
		if k := len(toks) - 1; k >= 0 && toks[k].kind == tWord && toks[k].e.c == cNone {
			toks[k].start, toks[k].end, toks[k].space = t.start, t.end, t.space
			return toks
		}
	}
	return append(toks, t)
}

// gapOnly reports whether g holds only white space and invisible controls.
func gapOnly(g string) bool {
	for i := 0; i < len(g); {
		if g[i] == ' ' {
			i++
			continue
		}
		r, n := decode(g, i)
		if r == utf8.RuneError && n == 1 || !isGap(r) {
			return false
		}
		i += n
	}
	return true
}

// wordRuneAt reports whether a rune that continues a word of dates' lexer
// starts at s[i].
func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if b := s[i]; b < utf8.RuneSelf {
		return isWordRune(rune(b))
	}
	r, n := decode(s, i)
	return !(r == utf8.RuneError && n == 1) && isWordRune(r)
}

// digitRun returns the number token of s[i:e] when it is a run of digits
// that no digit follows, as lexFrom reads it.
func digitRun(s string, i, e int) (tok, bool) {
	t := tok{start: i, end: e, kind: tNum}
	for i < e {
		r, n := decode(s, i)
		d := alphabet.DigitValue(r)
		if d < 0 {
			return tok{}, false
		}
		if t.val < numCap {
			t.val = t.val*10 + int64(d)
		}
		if t.ndig < 255 {
			t.ndig++
		}
		i += n
	}
	if e < len(s) {
		if r, _ := decode(s, e); alphabet.DigitValue(r) >= 0 {
			return tok{}, false
		}
	}
	return t, true
}

// chunkToks appends the tokens of text[start:end] to toks: read from st,
// the stream of text (with the classes cls of its tokens, or nil: see
// streamToks), or lexed when st is nil. Find(text) lexes: dates
// alone needs no stream, and its lexer, which folds only what it looks up,
// is faster than tokenizing; the two give the same tokens.
func chunkToks(st *tkz.Stream, cls []uint16, text string, start, end int, toks []tok) []tok {
	if st == nil {
		return tokenize(text[start:end], toks)
	}
	return streamToks(st, cls, start, end, toks)
}

// FindStream is [Resolver.Find] on the text of st, read from st instead of
// being scanned again: the arnews Analyzer tokenizes a text once and hands
// the stream to dates. It gives exactly what Find(st.Text(),
// anchor) gives. A nil Stream is an empty text; a nil Resolver finds with
// the defaults. st is only read, so one Stream may serve several readers
// at once.
func (r *Resolver) FindStream(st *tkz.Stream, anchor time.Time) []Expression {
	if st == nil {
		return nil
	}
	cfg := defaultConfig()
	if r != nil {
		cfg = r.cfg
	}
	return findStream(st.Text(), st, nil, anchor, cfg)
}

// FindWrittenStream is [Resolver.FindWritten] on the text of st, read from
// st: it gives exactly what FindWritten(st.Text(), stamp) gives. A nil
// Stream is an empty text; a nil Resolver finds with the defaults.
func (r *Resolver) FindWrittenStream(st *tkz.Stream, stamp time.Time) ([]Expression, time.Time, bool) {
	if st == nil {
		return nil, stamp, false
	}
	return r.findWritten(st.Text(), st, nil, stamp)
}
