package entities

// The rules for names written in Latin letters inside Arabic text.

import (
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
)

// isLatin reports whether the word starts with an ASCII letter.
func isLatin(w *word) bool {
	return w.n > 0 && int(w.n) <= maxFold && w.fold[0] >= 'a' && w.fold[0] <= 'z'
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return c < utf8.RuneSelf && index.ASCIIClass[c] != index.ClassSep }

// maxURLScan is how far back, in bytes, the token of a Latin name is
// searched for the mark of a URL (://, www.).
const maxURLScan = 512

// latin applies the rules of Latin-script names (see the package
// documentation) to a name of k words that starts at the current word, in
// Latin letters: it returns the readings of run that stand, or nil. A
// name inside a URL, an e-mail address, a hashtag or a handle, or glued
// by . / - : to another Latin word, is no name; nor is a name next to
// another capitalized Latin word (Apple Watch, Google Play), since it is
// then part of a longer name. A name of one word needs a capital in the
// text for each capital of the gazetteer's name: CNN, not cnn.
func (f *finder) latin(k int, l *layer, run []index.Entry) []index.Entry {
	s := f.text
	w0, wk := f.at(0), f.at(k-1)
	start, end := w0.start, wk.end
	if start > 0 {
		switch s[start-1] {
		case '@', '#', '_', '$', '&', '=', '%', '+', '~', '\\':
			return nil
		case '.', '/', ':', '-':
			if start > 1 && isAlnum(s[start-2]) {
				return nil
			}
		}
		// A URL: :// or www. earlier in the same run of non-space bytes.
		for i := start - 1; i > 0 && start-i < maxURLScan; i-- {
			c := s[i]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				break
			}
			if c == '/' && s[i-1] == '/' && i > 1 && s[i-2] == ':' || c == '.' && i > 2 && s[i-3:i] == "www" || c == '@' {
				return nil
			}
		}
	}
	if end < len(s) {
		switch s[end] {
		case '@', '#', '_', '$', '&', '=', '%', '+', '~', '\\':
			return nil
		case '.', '/', ':', '-':
			if end+1 < len(s) && isAlnum(s[end+1]) {
				return nil
			}
		}
	}
	if f.hasPrv && w0.joined && isLatin(f.prev()) && isUpper(s[f.prev().start]) {
		return nil
	}
	if f.fill(k + 1) {
		if n := f.at(k); n.joined && isLatin(n) && isUpper(s[n.start]) {
			if t := s[n.start:n.end]; t != "Photo" && t != "Photos" { // (AP Photo/...)
				return nil
			}
		}
	}
	if k > 1 {
		return run
	}
	text := s[start:end]
	ok := 0
	for _, e := range run {
		if casedName(&l.ents[e.Ent], text) {
			ok++
		}
	}
	switch ok {
	case len(run):
		return run
	case 0:
		return nil
	}
	out := make([]index.Entry, 0, ok)
	for _, e := range run {
		if casedName(&l.ents[e.Ent], text) {
			out = append(out, e)
		}
	}
	return out
}

// casedName reports whether text is a one-word Latin name of e with a
// capital wherever the name has one.
func casedName(e *Entity, text string) bool {
	for _, names := range [3][]string{e.Names, e.Surnames, e.Ambiguous} {
	next:
		for _, n := range names {
			if len(n) != len(text) {
				continue
			}
			for i := 0; i < len(n); i++ {
				a, b := n[i], text[i]
				if a == b || isUpper(b) && b+'a'-'A' == a {
					continue
				}
				continue next
			}
			return true
		}
	}
	return false
}
