package normalize

import (
	"strings"
	"testing"
	"unicode"

	"github.com/arnews/arnews/internal/shared"
)

// checkWords asserts that every space-separated word of t.Norm maps back to
// a span of t.Orig that normalizes to it. Words that cut an expansion
// holding a space (ﷺ → "صلى الله عليه وسلم") can only map to the whole
// expansion; for those the span must at least contain the word.
func checkWords(tb testing.TB, f Form, t Text) {
	tb.Helper()
	i := 0
	for _, w := range strings.Split(t.Norm, " ") {
		a, z := t.Original(i, i+len(w))
		if a < 0 || z > len(t.Orig) || a > z {
			tb.Fatalf("%#x: Original(%d,%d) = %d,%d out of range", uint16(f), i, i+len(w), a, z)
		}
		got := f.String(t.Orig[a:z])
		if got != w && !(strings.Contains(got, w) && strings.Contains(got, " ")) {
			tb.Fatalf("%#x: word %+q at %d maps back to %+q, which normalizes to %+q", uint16(f), w, i, t.Orig[a:z], got)
		}
		if b, y := t.Normalized(a, z); b > i || y < i+len(w) {
			tb.Fatalf("%#x: Normalized(Original(%d,%d)) = %d,%d does not cover it", uint16(f), i, i+len(w), b, y)
		}
		i += len(w) + 1
	}
}

func TestTextSeed(t *testing.T) {
	s := shared.Seed(t)
	for _, f := range []Form{Search, Display, Diacritics, Alef | Invisible} {
		tx := f.Text(s)
		if tx.Norm != f.String(s) || tx.Orig != s {
			t.Fatalf("%#x: Text disagrees with String", uint16(f))
		}
		checkWords(t, f, tx)
		if a, z := tx.Normalized(0, len(s)); a != 0 || z != len(tx.Norm) {
			t.Errorf("%#x: Normalized(0, len) = %d,%d", uint16(f), a, z)
		}
	}
	// Every word, also when words are separated by other white space.
	tx := Search.Text(s)
	n := 0
	for w := range strings.FieldsFuncSeq(tx.Norm, unicode.IsSpace) {
		i := strings.Index(tx.Norm[n:], w) + n
		a, z := tx.Original(i, i+len(w))
		if Search.String(s[a:z]) != w {
			t.Fatalf("word %+q maps back to %+q", w, s[a:z])
		}
		n = i + len(w)
	}
}

func TestTextNews(t *testing.T) {
	s := news(t)
	for _, c := range forms {
		tx := c.f.Text(s)
		if tx.Norm != c.f.String(s) {
			t.Fatalf("%s: Text disagrees with String", c.name)
		}
		checkWords(t, c.f, tx)
	}
}

func TestTextTricky(t *testing.T) {
	for _, f := range []Form{Search, Display, Diacritics | Tatweel, Compatibility, Digits, 0} {
		for _, s := range tricky {
			checkWords(t, f, f.Text(s))
		}
	}
}

func TestTextOffsets(t *testing.T) {
	tests := []struct {
		desc       string
		f          Form
		orig       string
		i, j, a, z int // Original(i, j) == (a, z)
	}{
		{"identity", Search, "abc", 1, 2, 1, 2},
		{"trailing fatha stays with the word", Diacritics, "كتبَ x", 0, 6, 0, 8},
		{"leading rlm is left out", Search, "\u200Fكتاب", 0, 8, 3, 11},
		{"trailing rlm is left out", Search, "كتاب\u200F ", 0, 8, 0, 8},
		{"tatweel inside a word", Search, "عـربي", 0, 8, 0, 10},
		{"half of an expansion maps to all of it", Search, "ﻻ", 0, 2, 0, 3},
		{"the other half too", Search, "ﻻ", 2, 4, 0, 3},
		{"replacement", Search, "مدرسة", 8, 10, 8, 10},
		{"digits shrink", Search, "٢٠٢٤", 1, 3, 2, 6},
		{"invalid byte", Search, "a\xffb", 1, 4, 1, 2},
		{"clamped", Search, "أب", -5, 99, 0, 4},
		{"empty span", Search, "أب", 2, 2, 2, 2},
	}
	for _, c := range tests {
		t.Run(c.desc, func(t *testing.T) {
			tx := c.f.Text(c.orig)
			if a, z := tx.Original(c.i, c.j); a != c.a || z != c.z {
				t.Errorf("Text(%+q).Original(%d,%d) = %d,%d, want %d,%d (Norm %+q)", c.orig, c.i, c.j, a, z, c.a, c.z, tx.Norm)
			}
		})
	}
	tx := Search.Text("ﻻ أَب")
	// Orig: ﻻ(0-3) space(3) أ(4-6) َ(6-8) ب(8-10); Norm: "لا اب".
	for _, c := range []struct{ i, j, a, z int }{
		{0, 3, 0, 4},  // the ligature
		{1, 2, 0, 4},  // inside it
		{4, 6, 5, 7},  // alef with hamza → alef
		{6, 8, 7, 7},  // the removed fatha
		{4, 10, 5, 9}, // the word
		{0, 10, 0, 9},
	} {
		if a, z := tx.Normalized(c.i, c.j); a != c.a || z != c.z {
			t.Errorf("Normalized(%d,%d) = %d,%d, want %d,%d", c.i, c.j, a, z, c.a, c.z)
		}
	}
	var zero Text
	if a, z := zero.Original(3, 5); a != 0 || z != 0 {
		t.Errorf("zero Text: Original = %d,%d", a, z)
	}
}
