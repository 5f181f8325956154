package tokenize

import "iter"

// Sentence is one sentence of a text: Text == s[Start:End], from its first
// token to its last, without the white space around it.
type Sentence struct {
	Text       string
	Start, End int
}

// Sentences returns the sentences of s in order.
func Sentences(s string) []Sentence {
	var out []Sentence
	for sn := range AllSentences(s) {
		out = append(out, sn)
	}
	return out
}

// AllSentences returns an iterator over the sentences of s, the same as
// Sentences(s) gives, without building a slice.
//
// A sentence ends after a terminator (. ! ? ؟ … or a run of dots, possibly
// several: "؟!"), together with the closing quotes and brackets glued to it
// (`.»`, `."`, `؟)`), and with the closing quotes and brackets glued to the
// terminator's left ("»." ends the sentence `وأضاف: «هذا رقم قياسي».`). A
// paragraph break (two line breaks, or U+2029) ends a sentence too. Numbers,
// dotted abbreviations, URLs and e-mail addresses are single tokens and never
// split a sentence.
func AllSentences(s string) iter.Seq[Sentence] {
	return func(yield func(Sentence) bool) {
		start, end := -1, 0 // the open sentence, s[start:end]
		closing := false    // the open sentence has its terminator: only closers may join it
		noAddr := 0
		for i := 0; ; {
			st, en, k, na := next(s, i, noAddr)
			noAddr = na
			if st < 0 {
				break
			}
			if start >= 0 {
				brk := paragraphBreak(s, end, st)
				glue := st == end // no gap between this token and the last
				if brk || closing && !(glue && k == Punct && (isCloser(s[st:en]) || isTerminator(s[st:en]))) {
					if !yield(Sentence{Text: s[start:end], Start: start, End: end}) {
						return
					}
					start, closing = -1, false
				}
			}
			if start < 0 {
				start = st
			}
			end = en
			if k == Punct && isTerminator(s[st:en]) {
				closing = true
			}
			i = en
		}
		if start >= 0 {
			yield(Sentence{Text: s[start:end], Start: start, End: end})
		}
	}
}

// paragraphBreak reports whether the gap s[i:j] between two tokens holds a
// blank line (two line feeds, two carriage returns, or U+2029).
func paragraphBreak(s string, i, j int) bool {
	lf, cr := 0, 0
	for k := i; k < j; k++ {
		switch s[k] {
		case '\n':
			lf++
		case '\r':
			cr++
		case 0xE2: // U+2029 PARAGRAPH SEPARATOR
			if k+2 < j && s[k+1] == 0x80 && s[k+2] == 0xA9 {
				return true
			}
		}
	}
	return lf >= 2 || cr >= 2
}

func isTerminator(p string) bool {
	switch p {
	case ".", "!", "?", "؟", "…", "‼", "⁉", "。", "۔":
		return true
	}
	return len(p) > 1 && p[0] == '.' // "..."
}

func isCloser(p string) bool {
	switch p {
	case "»", "\"", "'", ")", "]", "}", "”", "’", "›", "﴿":
		return true
	}
	return false
}
