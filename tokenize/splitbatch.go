package tokenize

// AddTokens adds the tokens toks, in order, as Add adds each of them, and
// appends to dst the sentences they close; it returns the extended slice.
// It is Add for callers that hold the tokens in a slice (a Stream's
// Tokens): the common token, a word after a space inside a sentence, costs
// no call. Flush still gives the last sentence.
func (p *Splitter) AddTokens(dst []Sentence, toks []Token) []Sentence {
	for i := 0; i < len(toks); i++ {
		// the common tokens (words, and the commas and quotes that add
		// takes as it takes words, inside an open sentence after one
		// space or none) in a loop of their own that calls nothing and
		// keeps the splitter's state in locals: its values stay in
		// registers
		if p.start >= 0 && !p.closing {
			s, end, last := p.s, p.end, p.last
			for ; i < len(toks); i++ {
				t := &toks[i]
				if t.Kind == Punct && !innerPunct(t.Text) || t.Start >= t.End || t.End > len(s) ||
					t.Start != end && (t.Start != end+1 || s[end] != ' ') {
					break
				}
				end, last = t.End, t.Start
			}
			p.end, p.last = end, last
		}
		if i == len(toks) {
			break
		}
		if sn, ok := p.Add(toks[i]); ok {
			dst = append(dst, sn)
		}
	}
	return dst
}

// innerPunct reports whether the punctuation token p is one of the
// commonest marks inside a sentence that add takes as it takes a word
// (no terminator, not a dot): an open sentence that is not closing
// extends over it.
func innerPunct(p string) bool { return p == "،" || p == "\"" || p == "," }
