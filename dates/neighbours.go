package dates

import (
	"sort"
	"unicode/utf8"

	tkz "github.com/arnews/arnews/tokenize" // dates has a func tokenize of its own
)

// The rules that look at the words around a phrase (the tense of its
// clause, what stands before اليوم, a name before a number...) ask for the
// word before or after a position with prevWord and nextWord. When the
// parser reads a word stream they take the neighbouring words from it: the
// stream's Plain words are dates' words wherever no word rune is glued to
// them, and the punctuation, numbers and gaps between are only checked for
// a sentence end or a comma. Around anything else (a joiner inside a word,
// Latin glued to Arabic, a hashtag, a URL, a lone mark) they walk the text
// as prevWordText and nextWordText do, so that both ways give the same
// words.

// prevWord returns the word that ends at or before i, stopping at a
// sentence end: its bounds, or ok false.
func (p *parser) prevWord(i int) (s, e int, ok bool) {
	if p.st == nil {
		return p.prevWordText(i)
	}
	ts := p.st.Tokens()
	k := p.tokFrom(ts, p.base+i) - 1
	if k >= 0 && ts[k].End > p.base+i {
		return p.prevWordText(i) // i is inside a token
	}
	for j := i; k >= 0; k-- {
		ws, we := ts[k].Start-p.base, ts[k].End-p.base
		if ws < 0 {
			break
		}
		if end, word := scanBack(p.text[we:j]); end {
			return 0, 0, false
		} else if word {
			break
		}
		switch ts[k].Kind {
		case tkz.Word:
			if p.st.Plain(k) && !wordRuneBefore(p.text, ws) {
				p.nbTok = k
				return ws, we, true
			}
		case tkz.Punct, tkz.Symbol, tkz.Number:
			if end, word := scanBack(p.text[ws:we]); end {
				return 0, 0, false
			} else if !word {
				j = ws
				continue
			}
		}
		break
	}
	return p.prevWordText(i)
}

// nextWord returns the word that starts at or after i; comma reports
// whether a comma or a sentence end was crossed before it, end whether a
// sentence end was.
func (p *parser) nextWord(i int) (s, e int, comma, end bool) {
	if p.st == nil {
		return p.nextWordText(i)
	}
	ts := p.st.Tokens()
	k := p.tokFrom(ts, p.base+i)
	if k > 0 && ts[k-1].End > p.base+i {
		return p.nextWordText(i) // i is inside a token
	}
	for j := i; k < len(ts); k++ {
		ws, we := ts[k].Start-p.base, ts[k].End-p.base
		if we > len(p.text) {
			break
		}
		c, stop, word := scanFwd(p.text[j:ws])
		comma = comma || c
		if stop {
			return 0, 0, true, true
		} else if word {
			break
		}
		switch ts[k].Kind {
		case tkz.Word:
			if p.st.Plain(k) && !wordRuneAt(p.text, we) {
				p.nbTok = k
				return ws, we, comma, false
			}
		case tkz.Punct, tkz.Symbol, tkz.Number:
			c, stop, word := scanFwd(p.text[ws:we])
			comma = comma || c
			if stop {
				return 0, 0, true, true
			} else if !word {
				j = we
				continue
			}
		}
		break
	}
	return p.nextWordText(i)
}

// tokFrom returns the index of the first token of ts starting at or after
// byte pos (len(ts) when none), as sort.Search would. The tense scan asks
// for the neighbours of one word after another, so the answer is usually
// at or next to the one before: the search gallops from there (steps of
// 1, 2, 4... towards pos) and bisects only the last step.
func (p *parser) tokFrom(ts []tkz.Token, pos int) int {
	k := p.stHint
	if k < 0 || k > len(ts) {
		k = 0
	}
	// every token before lo starts before pos, every one from hi at or after
	lo, hi := 0, len(ts)
	if k < len(ts) && ts[k].Start < pos {
		lo = k + 1
		for step := 1; k+step < len(ts); step *= 2 {
			if j := k + step; ts[j].Start >= pos {
				hi = j
				break
			} else {
				lo = j + 1
			}
		}
	} else {
		hi = k
		for step := 1; k-step >= 0; step *= 2 {
			if j := k - step; ts[j].Start < pos {
				lo = j + 1
				break
			} else {
				hi = j
			}
		}
	}
	k = lo + sort.Search(hi-lo, func(j int) bool { return ts[lo+j].Start >= pos })
	p.stHint = k
	return k
}

// foldAt is foldWord(buf, p.text[s:e]) for a word that prevWord or
// nextWord just gave: when it is a Plain stream token of Arabic letters
// only, the stream's key of it is the same bytes (both fold through
// alphabet; TestFoldAtKey), so the word is not folded again. The result
// may be the stream's own slice: read it, never write to it.
func (p *parser) foldAt(buf *[64]byte, s, e int) []byte {
	if k := p.nbTok; k >= 0 && p.st != nil {
		if ts := p.st.Tokens(); k < len(ts) && ts[k].Start == p.base+s && ts[k].End == p.base+e {
			if key := p.st.Key(k); len(key) <= len(buf) && arabicKey(key) {
				return key
			}
		}
	}
	return foldWord(buf, p.text[s:e])
}

// arabicKey reports whether key is made of two-byte runes U+0600..U+06FF
// only.
func arabicKey(key []byte) bool {
	if len(key) == 0 || len(key)%2 != 0 {
		return false
	}
	for i := 0; i < len(key); i += 2 {
		if key[i] < 0xD8 || key[i] > 0xDB || key[i+1]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

// scanBack reads s backwards as prevWordText does between words: end
// reports a sentence end before any word rune, word a word rune before any
// sentence end.
func scanBack(s string) (end, word bool) {
	for i := len(s); i > 0; {
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		if isSentenceEnd(r) {
			return true, false
		}
		if isWordRune(r) {
			return false, true
		}
		i -= sz
	}
	return false, false
}

// scanFwd reads s forwards as nextWordText does between words: comma
// reports a comma before any sentence end or word rune, end a sentence end
// and word a word rune, whichever comes first.
func scanFwd(s string) (comma, end, word bool) {
	for _, r := range s {
		if isSentenceEnd(r) {
			return comma, true, false
		}
		if r == ',' || r == '،' {
			comma = true
		}
		if isWordRune(r) {
			return comma, false, true
		}
	}
	return comma, false, false
}

// wordRuneBefore reports whether the rune that ends at s[i] continues a
// word of dates' lexer.
func wordRuneBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}
