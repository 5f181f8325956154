package dates

import (
	"fmt"
	"strings"
	"testing"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// The reference clitic peeler: tries the candidate stems of a word one by
// one. The tokenizer uses the precomputed surface table instead; the test
// below checks that both read every word the same way.

// get looks up w[off:] behind the signature filter.
func (t *lexTab) get(w []byte, off int) (entry, bool) {
	if off >= len(w) || (off > 0 && len(w)-off <= 2) {
		return entry{}, false // one-letter stems take no clitics
	}
	e, ok := t.m[string(w[off:])]
	return e, ok
}

// lookup finds the entry of a folded word, peeling the clitics news glues
// to date words: a conjunction و/ف, a preposition ب/ل/ك and the article ال
// (with لل for ل+ال). The whole form is tried first, so that بعد, كانون or
// لغاية keep their own reading.
func lookup(lex *lexTab, w []byte) (entry, uint8) {
	if e, ok := lex.get(w, 0); ok {
		return e, 0
	}
	var flags uint8
	off := 0
	// conjunction
	if len(w) > 4 && (string(w[:2]) == lWaw || string(w[:2]) == lFa) {
		flags |= fConj
		off = 2
		if e, ok := lex.get(w, off); ok && e.c != cWa {
			return e, flags
		}
	}
	rest := w[off:]
	// ل + ال written لل
	if len(rest) > 4 && string(rest[:4]) == lLam+lLam {
		if e, ok := lex.get(w, off+4); ok && !e.noPrep {
			return e, flags | fPrep | fLam | fDef
		}
	}
	// preposition
	if len(rest) > 4 && (string(rest[:2]) == lBa || string(rest[:2]) == lLam || string(rest[:2]) == lKaf) {
		p := flags | fPrep
		switch string(rest[:2]) {
		case lLam:
			p |= fLam
		case lBa:
			p |= fBa
		}
		if e, ok := lex.get(w, off+2); ok && (!e.noPrep || p&fLam != 0) && e.c != cWa {
			return e, p
		}
		if len(rest) > 6 && string(rest[2:6]) == lAlef+lLam {
			if e, ok := lex.get(w, off+6); ok && e.c != cWa {
				return e, p | fDef
			}
		}
	}
	// article
	if len(rest) > 4 && string(rest[:4]) == lAlef+lLam {
		if e, ok := lex.get(w, off+4); ok && e.c != cWa {
			return e, flags | fDef
		}
	}
	return entry{}, 0
}

func TestSurfaceTableMatchesPeeling(t *testing.T) {
	lex := lexTable()
	var buf []byte
	check := func(w []byte) {
		e1, f1 := lookup(lex, w)
		e2, f2 := lex.find(w)
		if e1 != e2 || f1 != f2 {
			t.Fatalf("%q: peeling %+v %b, table %+v %b", w, e1, f1, e2, f2)
		}
	}
	n := 0
	for w := range lex.surf {
		check([]byte(w))
		n++
	}
	words := strings.Fields(shared.News(t, 400<<10))
	for _, w := range words {
		buf = foldInto(buf[:0], w)
		if len(buf) > 0 && buf[0] >= 0xD8 && len(buf) <= maxKey {
			check(buf)
			n++
		}
	}
	t.Logf("%d surfaces and corpus words agree", n)
}

// Only words carry a class: the parser reads a class other than cNone as
// "a word of that class" (word, parse, plainAt, skipPlain) without testing
// the kind. Every token lexed or read from a stream, on news and on every
// surface of the lexicon glued to digits and marks, is a word, a number or
// a mark, and a token with a class is a word.
func TestOnlyWordsHaveClass(t *testing.T) {
	var b strings.Builder
	b.WriteString(shared.News(t, 100<<10))
	for w := range lexTable().surf {
		for _, f := range [...]string{"%s ", "12%s ", "%s12 ", "(%s) ", "%s، ", "#%s ", "%s.5 ", "3%s4 "} {
			fmt.Fprintf(&b, f, w)
		}
	}
	text := b.String()
	check := func(how string, toks []tok) {
		t.Helper()
		for _, k := range toks {
			if k.kind != tWord && k.kind != tNum && k.kind != tPunct || k.e.c != cNone && k.kind != tWord {
				t.Fatalf("%s: token %q kind %d class %d", how, text[k.start:k.end], k.kind, k.e.c)
			}
		}
	}
	check("lexed", tokenize(text, nil))
	check("from the stream", streamToks(tkz.NewStream(text), nil, 0, len(text), nil))
}
