package stem

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// ligatures counts the lam-alef ligatures U+FEF5..U+FEFC, the only
// characters the algorithm spells with more bytes (two letters) than it
// reads.
func ligatures(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0xFEF5 && r <= 0xFEFC {
			n++
		}
	}
	return n
}

func FuzzArabic(f *testing.F) {
	for _, s := range []string{"", "والحكومة", "الأمريكية", "سَيَكْتُبُونَهَا", "ﻻ", "ﺍﻟﻜﺘﺎﺏ", "١٢٣", "\xffال", "abc", "ـــ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got := Arabic(word)
		if !utf8.ValidString(got) {
			t.Fatalf("Arabic(%q) = %q: invalid UTF-8", word, got)
		}
		valid := strings.ToValidUTF8(word, "")
		if max := len(valid) + ligatures(valid); len(got) > max {
			t.Fatalf("Arabic(%q) = %q: %d bytes, more than %d", word, got, len(got), max)
		}
		if valid != word {
			if want := Arabic(valid); got != want {
				t.Fatalf("Arabic(%q) = %q; the word without invalid bytes gives %q", word, got, want)
			}
		}
	})
}

func FuzzWord(f *testing.F) {
	for _, s := range []string{"", "والحكومة", "بإسرائيل", "للقاهرة", "وآليات", "Running", "ـــ", "\xffال", "ﻻ", "٢٠٢٠", "للجنة", "ستكون", "بمدينة", "وقعت", "بالمائة", "الحكومة\xff"} {
		f.Add(s)
	}
	light := New(Light(), MinLength(2), Latin("french"))
	f.Fuzz(func(t *testing.T, word string) {
		for _, fn := range []func(string) string{Word, light.Stem} {
			got := fn(word)
			if !utf8.ValidString(got) {
				t.Fatalf("stem of %q = %q: invalid UTF-8", word, got)
			}
			if (got == "") != (word == "") {
				t.Fatalf("stem of %q = %q", word, got)
			}
			if again := fn(word); again != got {
				t.Fatalf("stem of %q is %q, then %q", word, got, again)
			}
			if v := strings.ToValidUTF8(word, ""); v != word && v != "" {
				if want := fn(v); got != want {
					t.Fatalf("stem of %q = %q; the word without invalid bytes gives %q", word, got, want)
				}
			}
		}
	})
}
