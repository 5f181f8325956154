package tokenize

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

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
// terminator's left ("»." ends the sentence `وأضاف: «هذا رقم قياسي».`).
//
// A line break ends a sentence too (LF, CR, CRLF, U+2028, U+2029, or a blank
// line), unless the line ends with a comma or semicolon (، , ؛ ;), which say
// the sentence goes on; a blank line or U+2029 ends it even then. News text
// puts one paragraph on a line, and the lines without a final stop are
// headlines, datelines, list items, verse and sign-offs: each is a sentence
// of its own. For hard-wrapped text (a sentence broken over lines at a fixed
// width), replace the single line breaks with spaces first; that keeps every
// offset.
//
// Numbers, dotted abbreviations, URLs and e-mail addresses are single tokens
// and never split a sentence; nor does the dot of a Latin title before a
// name (Mr. Dr. Prof. St. Gen. and the like).
func AllSentences(s string) iter.Seq[Sentence] {
	return func(yield func(Sentence) bool) {
		sp := NewSplitter(s)
		noAddr := 0
		for i := 0; ; {
			st, en, k, na := next(s, i, noAddr)
			noAddr = na
			if st < 0 {
				break
			}
			if sn, ok := sp.add(st, en, k); ok && !yield(sn) {
				return
			}
			i = en
		}
		if sn, ok := sp.Flush(); ok {
			yield(sn)
		}
	}
}

// A Splitter finds the sentences of a text from its tokens, for callers
// that go over the tokens anyway and would rather not tokenize twice. Feed
// it every token of the text, in order (as All or Tokens gives them), with
// Add, then call Flush: it finds the same sentences as AllSentences. A
// Splitter is for one text and one goroutine.
type Splitter struct {
	s          string
	start, end int  // the open sentence, s[start:end]; start < 0: none
	last       int  // the start of the last token
	closing    bool // the open sentence has its terminator: only closers may join it
}

// NewSplitter returns a Splitter for the text s.
func NewSplitter(s string) *Splitter {
	return &Splitter{s: s, start: -1}
}

// Add takes the next token of the text. When the token starts a new
// sentence, Add returns the sentence it closes and true.
func (p *Splitter) Add(t Token) (Sentence, bool) {
	if t.Start < p.end || t.End > len(p.s) || t.Start >= t.End {
		return Sentence{}, false // not the next token of this text
	}
	// Most tokens are words inside an open sentence after one space or
	// none: no break, no terminator, nothing to look at.
	if t.Kind != Punct && p.start >= 0 && !p.closing &&
		(t.Start == p.end || t.Start == p.end+1 && p.s[p.end] == ' ') {
		p.end, p.last = t.End, t.Start
		return Sentence{}, false
	}
	return p.add(t.Start, t.End, t.Kind)
}

func (p *Splitter) add(st, en int, k Kind) (out Sentence, ok bool) {
	s := p.s
	if p.start >= 0 {
		brk := lineBreak(s, p.end, st) && (!continues(s[:p.end]) || paragraphBreak(s, p.end, st))
		glue := st == p.end // no gap between this token and the last
		if brk || p.closing && !(glue && k == Punct && (isCloser(s[st:en]) || isTerminator(s[st:en]))) {
			out, ok = Sentence{Text: s[p.start:p.end], Start: p.start, End: p.end}, true
			p.start, p.closing = -1, false
		}
	}
	title := p.start >= 0 && p.end == st && s[st:en] == "." && latinTitle(s[p.last:p.end])
	if p.start < 0 {
		p.start = st
	}
	p.end, p.last = en, st
	if k == Punct && isTerminator(s[st:en]) && !title {
		p.closing = true
	}
	return out, ok
}

// latinTitle reports whether w is a Latin title or abbreviation that comes
// before a name with its dot ("Mr. Smith", "Dr. Ali", "St. Mary's"),
// so that the dot does not end the sentence.
func latinTitle(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt",
		"Adm", "Cmdr", "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "Sr", "Jr", "vs", "Vs":
		return true
	}
	return false
}

// Flush returns the last sentence, if any, once every token has been added.
func (p *Splitter) Flush() (Sentence, bool) {
	if p.start < 0 {
		return Sentence{}, false
	}
	out := Sentence{Text: p.s[p.start:p.end], Start: p.start, End: p.end}
	p.start = -1
	return out, true
}

// lineBreak reports whether the gap s[i:j] between two tokens holds a line
// break (LF, CR, U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR).
func lineBreak(s string, i, j int) bool {
	for k := i; k < j; k++ {
		switch s[k] {
		case '\n', '\r':
			return true
		case 0xE2: // U+2028, U+2029
			if k+2 < j && s[k+1] == 0x80 && (s[k+2] == 0xA8 || s[k+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

// paragraphBreak reports whether the gap s[i:j] between two tokens holds a
// blank line (two line feeds or two carriage returns) or U+2029 PARAGRAPH
// SEPARATOR: a break no comma carries a sentence over.
func paragraphBreak(s string, i, j int) bool {
	lf, cr := 0, 0
	for k := i; k < j; k++ {
		switch s[k] {
		case '\n':
			lf++
		case '\r':
			cr++
		case 0xE2:
			if k+2 < j && s[k+1] == 0x80 && s[k+2] == 0xA9 {
				return true
			}
		}
	}
	return lf >= 2 || cr >= 2
}

// continues reports whether the text before a line break ends with a comma
// or semicolon (، , ؛ ;): the sentence goes on across the line break.
func continues(s string) bool {
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") ||
		strings.HasSuffix(s, "،") || strings.HasSuffix(s, "؛")
}

func isTerminator(p string) bool {
	if len(p) > 1 && p[0] == '.' { // "..."
		return true
	}
	r, n := utf8.DecodeRuneInString(p)
	return n == len(p) && alphabet.IsTerminator(r)
}

func isCloser(p string) bool {
	switch p {
	case "»", "\"", "'", ")", "]", "}", "”", "’", "›", "﴿":
		return true
	}
	return false
}
