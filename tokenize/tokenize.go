package tokenize

import "iter"

// Token is one token of a text: its bytes, their span in the text (Text ==
// s[Start:End], byte offsets), and its kind.
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
}

// Span is a token of a []byte text, without a copy of its bytes: the token
// is b[Start:End].
type Span struct {
	Start, End int
	Kind       Kind
}

// Tokens returns the tokens of s in order.
func Tokens(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/8+4), s)
}

// AppendTokens appends the tokens of s to dst and returns the extended
// slice, so that a caller can reuse one buffer for many texts.
func AppendTokens(dst []Token, s string) []Token {
	noAddr := 0
	for i := 0; ; {
		st, en, k, na := next(s, i, noAddr)
		noAddr = na
		if st < 0 {
			return dst
		}
		dst = append(dst, Token{Text: s[st:en], Start: st, End: en, Kind: k})
		i = en
	}
}

// All returns an iterator over the tokens of s, the same as Tokens(s) gives,
// without building a slice: it allocates nothing per token. Its Text fields
// share the memory of s.
func All(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		noAddr := 0
		for i := 0; ; {
			st, en, k, na := next(s, i, noAddr)
			noAddr = na
			if st < 0 || !yield(Token{Text: s[st:en], Start: st, End: en, Kind: k}) {
				return
			}
			i = en
		}
	}
}

// AllBytes returns an iterator over the tokens of b as spans: b[sp.Start:sp.End]
// is the token. It finds exactly the tokens that All(string(b)) finds and
// allocates nothing per token.
func AllBytes(b []byte) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		noAddr := 0
		for i := 0; ; {
			st, en, k, na := next(b, i, noAddr)
			noAddr = na
			if st < 0 || !yield(Span{Start: st, End: en, Kind: k}) {
				return
			}
			i = en
		}
	}
}
