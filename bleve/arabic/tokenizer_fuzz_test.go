package arabic_test

import (
	"bytes"
	"testing"

	"github.com/arnews/arnews/bleve/arabic"
)

// The Tokenizer takes whatever bytes bleve hands it: every token's Term is
// the input between its Start and End (offsets the highlighter uses as they
// are), tokens come in order without overlap, and positions count from 1.
func FuzzTokenizer(f *testing.F) {
	for _, s := range []string{"", "الحكومـــة أعلنت، أمس، أنّ", "#وسم_عربي\u200f_x", "@a_\u061c_b https://x.y/ا?b=1 a@b.co",
		"\xff\xfe ابc", "و2024 بـ50% 😀"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		prev := 0
		for i, tk := range (arabic.Tokenizer{}).Tokenize(input) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(input) {
				t.Fatalf("token %d: bad span [%d,%d) after %d in %q", i, tk.Start, tk.End, prev, input)
			}
			if !bytes.Equal(tk.Term, input[tk.Start:tk.End]) {
				t.Fatalf("token %d: term %q, span %q", i, tk.Term, input[tk.Start:tk.End])
			}
			if tk.Position != i+1 {
				t.Fatalf("token %d at position %d", i, tk.Position)
			}
			prev = tk.End
		}
	})
}
