package alphabet_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// AppendKey takes any bytes: its key is valid UTF-8 with no rune folding
// changes again, and its offsets lead back into the word in order.
func FuzzAppendKey(f *testing.F) {
	for _, s := range []string{"", "ﻷنَّ الـحكومة", "أمس\u200Bالأحد", "\xff\xfeWHO ٢٠٢٠", "ۓۃ\u06DD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		key, offs := alphabet.AppendKeyOffsets(nil, nil, w, 0)
		if !utf8.Valid(key) || len(offs) != len(key) {
			t.Fatalf("key %q with %d offsets", key, len(offs))
		}
		if string(alphabet.AppendKey(nil, string(key))) != string(key) {
			t.Fatalf("key %q folds again to %q", key, alphabet.AppendKey(nil, string(key)))
		}
		for i, o := range offs {
			if o < 0 || o >= len(w) || i > 0 && o < offs[i-1] {
				t.Fatalf("offset %d of %q", o, w)
			}
		}
		if strings.ContainsRune(string(key), utf8.RuneError) {
			t.Fatalf("key %q has U+FFFD", key)
		}
	})
}
