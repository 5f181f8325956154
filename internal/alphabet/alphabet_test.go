package alphabet_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/tokenize"
	"golang.org/x/text/unicode/norm"
)

// allRunes yields every Unicode scalar value (in -short mode, every rune
// of the BMP and one in 97 above it).
func allRunes(yield func(rune) bool) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if testing.Short() && r > 0x10000 {
			r += 96
		}
		if !yield(r) {
			return
		}
	}
}

// normalize's classes are alphabet's, and its flags remove exactly them.
func TestNormalizeAgrees(t *testing.T) {
	bad := 0
	for r := range allRunes {
		s := string(r)
		d, i := alphabet.IsDiacritic(r), alphabet.IsInvisible(r)
		if normalize.IsDiacritic(r) != d || normalize.IsInvisible(r) != i ||
			(normalize.Diacritics.String(s) == "") != d || (normalize.Invisible.String(s) == "") != i {
			t.Errorf("%U: normalize disagrees (diacritic %v, invisible %v)", r, d, i)
			if bad++; bad > 20 {
				return
			}
		}
	}
}

// A search key is normalize.Search's form, rune by rune, for every letter,
// mark and digit of the Arabic script: Fold for the runes NFKC keeps,
// Presentation for the presentation forms. (normalize.Search keeps the
// case of Latin letters, the marks of other scripts and the spaces inside
// a ligature such as ﷺ; a search key lower-cases and drops them.)
func TestFoldMatchesSearch(t *testing.T) {
	n := 0
	for r := range allRunes {
		s := string(r)
		c := alphabet.Of(r)
		arabicMark := r >= 0x0600 && r <= 0x06FF && c == alphabet.Mark // every mark of the Arabic block
		if c != alphabet.Arabic && !alphabet.IsDiacritic(r) && !arabicMark && alphabet.DigitValue(r) < 0 {
			continue
		}
		want := normalize.Search.String(s)
		var got string
		if norm.NFKC.IsNormalString(s) {
			if f := alphabet.Fold(r); f >= 0 {
				got = string(f)
			}
		} else {
			if r < 0xFB50 { // ٵ ٶ ٷ ٸ: a letter and a high hamza, two runes
				continue
			}
			if strings.ContainsRune(want, ' ') || strings.IndexFunc(want, func(x rune) bool { return alphabet.Of(x) != alphabet.Arabic }) >= 0 {
				continue
			}
			got = alphabet.Presentation(r)
		}
		n++
		if got != want {
			t.Errorf("%U: key %q, normalize.Search %q", r, got, want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d runes compared", n)
	}
	if got := string(alphabet.AppendKey(nil, "ﺇﻋﻼﻥ أَعلنَتْ ٢٠٢٠ WHO")); got != "اعلان اعلنت 2020 who" {
		t.Errorf("AppendKey = %q", got)
	}
}

// The offsets of a key lead back to the rune each byte comes from.
func TestAppendKeyOffsets(t *testing.T) {
	w := "ﻷنَّ الـحكومة"
	key, offs := alphabet.AppendKeyOffsets(nil, nil, w, 100)
	if string(key) != "لان الحكومه" || len(offs) != len(key) {
		t.Fatalf("key %q, %d offsets", key, len(offs))
	}
	for i, o := range offs {
		if o < 100 || o-100 >= len(w) || i > 0 && o < offs[i-1] {
			t.Fatalf("offset %d of byte %d out of order: %v", o, i, offs)
		}
	}
	if offs[3] != 100 || offs[4] != 100+len("ﻷ") || offs[len(offs)-1] != 100+len(w)-len("ة") {
		t.Errorf("offsets %v", offs)
	}
}

// tokenize splits words where alphabet says: a letter, a mark or an
// invisible joiner between two Arabic words makes one word of them, white
// space and the other invisible controls separate them, and any other rune
// is a token of its own between them.
func TestTokenizeAgrees(t *testing.T) {
	bad := 0
	for r := range allRunes {
		if r < 0x80 && alphabet.Of(r).IsLetter() {
			continue // Latin letters glued to Arabic are words of their own
		}
		c := alphabet.Of(r)
		var words, others int
		for tk := range tokenize.All("كتب" + string(r) + "كتب") {
			if tk.Kind == tokenize.Word {
				words++
			} else {
				others++
			}
		}
		var ok bool
		switch {
		case c.InWord():
			ok = words == 1 && others == 0
		case c.IsSeparator() || c == alphabet.Tag: // a tag outside an emoji flag is skipped
			ok = words == 2 && others == 0
		case r == '#': // a hashtag: #كتب
			ok = words == 1 && others == 1
		default:
			ok = words == 2 && others >= 1
		}
		if !ok {
			t.Errorf("%U (class %d): %d words, %d other tokens", r, c, words, others)
			if bad++; bad > 20 {
				return
			}
		}
	}
}

// A sentence ends after a terminator and at a line break, and nowhere else.
func TestSentencesAgree(t *testing.T) {
	for r := range allRunes {
		n := len(tokenize.Sentences("قال" + string(r) + " ثم مضى"))
		want := 1
		if alphabet.IsTerminator(r) || alphabet.IsLineBreak(r) {
			want = 2
		}
		if n != want {
			t.Errorf("%U: %d sentences", r, n)
		}
	}
}

func TestCliticLists(t *testing.T) {
	for _, l := range []struct {
		name   string
		words  []string
		prefix string
	}{{"WawRoots", alphabet.WawRoots, "و"}, {"LamRoots", alphabet.LamRoots, "ل"}} {
		if !slices.IsSorted(l.words) || len(slices.Compact(slices.Clone(l.words))) != len(l.words) {
			t.Errorf("%s is not sorted and unique", l.name)
		}
		for _, w := range l.words {
			if !strings.HasPrefix(w, l.prefix) {
				t.Errorf("%s: %q does not start with %s", l.name, w, l.prefix)
			}
		}
	}
	for _, l := range [][]string{alphabet.Pronouns, alphabet.Articles} {
		for i := 1; i < len(l); i++ {
			if len([]rune(l[i])) > len([]rune(l[i-1])) {
				t.Errorf("%q comes after the shorter %q", l[i], l[i-1])
			}
		}
	}
}
