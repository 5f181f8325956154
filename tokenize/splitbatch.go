package tokenize

// AddTokens adds the tokens toks, in order, as Add adds each of them, and
// appends to dst the sentences they close; it returns the extended slice.
// It is Add for callers that hold the tokens in a slice (a Stream's
// Tokens): the common token, a word after a space inside a sentence, costs
// no call. Flush still gives the last sentence.
func (p *Splitter) AddTokens(dst []Sentence, toks []Token) []Sentence {
	for i := range toks {
		t := &toks[i]
		if t.Kind != Punct && !p.closing && p.start >= 0 && t.Start < t.End && t.End <= len(p.s) &&
			(t.Start == p.end || t.Start == p.end+1 && p.s[p.end] == ' ') {
			p.end, p.last = t.End, t.Start
			continue
		}
		if sn, ok := p.Add(*t); ok {
			dst = append(dst, sn)
		}
	}
	return dst
}
