package tokenize_test

import (
	"testing"

	"github.com/arnews/arnews/internal/roundtrip"
	"github.com/arnews/arnews/tokenize"
)

// Kind and Role read their names from JSON: any bytes give a value or an
// error, and a value read writes back as its name (in any case) that reads
// as the same value.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "word", "WORD", "number", "punct", "latin", "stem", "proclitic", "enclitic", "\xff", "word "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := roundtrip.Text[tokenize.Kind](b, true); err != nil {
			t.Fatal(err)
		}
		if err := roundtrip.Text[tokenize.Role](b, true); err != nil {
			t.Fatal(err)
		}
	})
}

// AppendTokens appends to what the caller has: the tokens it adds are
// those Tokens gives, and what was there stays.
func FuzzAppendTokens(f *testing.F) {
	for _, s := range []string{"", "قال الرئيس، أمس: «لن نتفاوض».", "WHO ٢٠٢٠ و3.5% \xff\xfe", "وبالمناسبة\u200cو"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		head := tokenize.Token{Text: "x", Start: 0, End: 1}
		got := tokenize.AppendTokens([]tokenize.Token{head}, s)
		want := tokenize.Tokens(s)
		if len(got) != len(want)+1 || got[0] != head {
			t.Fatalf("AppendTokens gives %d tokens after the head %v, Tokens %d", len(got)-1, got[0], len(want))
		}
		for i, tk := range want {
			if got[i+1] != tk || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %d: %+v, Tokens %+v", i, got[i+1], tk)
			}
		}
	})
}
