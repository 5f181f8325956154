package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// The honorific signs, small high letters and small vowels U+0610–U+061A
// (ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM ... ARABIC SMALL KASRA) are
// combining marks of Quranic and honorific writing: a word carrying one
// normalizes like the plain word, in every path (the rune loop for a word,
// the block scans for running text, the streaming transformer), and the
// offsets of the word lead back to it, mark included.
func TestQuranicMarks(t *testing.T) {
	plainWord := "وصل الوفد أمس الأحد، "
	eachWidth(t, func(t *testing.T) {
		for r := rune(0x0610); r <= 0x061A; r++ {
			m := string(r)
			word := "أم" + m + "س"
			if got := Search.String(word); got != "امس" {
				t.Errorf("%U: Search(%q) = %q, want امس", r, word, got)
			}
			if got := Diacritics.String(word); got != "أمس" {
				t.Errorf("%U: Diacritics(%q) = %q, want أمس", r, word, got)
			}
			// Long enough for the block scans (32-byte SIMD, 8-byte Go).
			text := strings.Repeat("وصل الوفد أم"+m+"س الأحد، ", 4) + "محمد" + m
			want := Search.String(strings.Repeat(plainWord, 4) + "محمد")
			if got := Search.String(text); got != want {
				t.Errorf("%U: Search = %q, want %q", r, got, want)
			}
			if got := string(Search.Bytes([]byte(text))); got != want {
				t.Errorf("%U: Search.Bytes = %q, want %q", r, got, want)
			}
			if got := Diacritics.String(text); got != strings.Repeat(plainWord, 4)+"محمد" {
				t.Errorf("%U: Diacritics = %q", r, got)
			}
			if got, _, err := transform.String(Search, text); err != nil || got != want {
				t.Errorf("%U: Search as a transformer = %q, %v, want %q", r, got, err, want)
			}
			if n, err := Search.Span([]byte(text), true); err == nil || n >= strings.Index(text, m) {
				t.Errorf("%U: Span = %d, %v: passes over the mark", r, n, err)
			}
			tx := Search.Text(text)
			i := strings.Index(tx.Norm, "امس")
			a, b := tx.Original(i, i+len("امس"))
			if text[a:b] != word {
				t.Errorf("%U: امس maps back to %q, want %q", r, text[a:b], word)
			}
		}
	})
}
