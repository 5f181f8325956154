package tokenize

import (
	"strings"
	"testing"
)

// freshTokens tokenizes s the slow way, with no memory between tokens: each
// call of next starts from scratch, as if no address run had been seen.
func freshTokens(s string) []Token {
	var out []Token
	for i := 0; ; {
		noAddr := 0
		st, en, k, na := next(s, i, noAddr)
		noAddr = na
		if st < 0 {
			return out
		}
		out = append(out, Token{Text: s[st:en], Start: st, End: en, Kind: k})
		i = en
	}
}

// TestLongAddressRuns checks that skipping the rescan of long runs of
// address bytes ("a-a-a-…", "x.comx.com…") changes no token: runs longer
// than maxRun, with an e-mail, a URL or a scheme right where an address may
// start again near the end of the run. Before the skip, each token of such
// a run rescanned maxRun bytes, 2.5 MB/s on "a-" repeated.
func TestLongAddressRuns(t *testing.T) {
	tails := []string{"", "x@example.com", ".com", "x.net/a", "http://a.org", "@y", " www.aljazeera.net.", "@b.co"}
	for _, p := range []string{"a-", "a_", "ab.", "x.com", "www.", "1.", "a+", "a%", "aaaa.", "a.b-", "9-a"} {
		for _, reps := range []int{maxRun/len(p) - 2, maxRun / len(p), maxRun/len(p) + 1, 3 * maxRun / len(p)} {
			for _, tail := range tails {
				s := "قال " + strings.Repeat(p, reps) + tail + " " + strings.Repeat(p, reps) + tail
				got, want := Tokens(s), freshTokens(s)
				if len(got) != len(want) {
					t.Fatalf("%q×%d+%q: %d tokens, want %d", p, reps, tail, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("%q×%d+%q: token %d is %+v, want %+v", p, reps, tail, i, got[i], want[i])
					}
				}
			}
		}
	}
	// The address near the end of a long run is still found.
	s := strings.Repeat("a-", 200) + "x@example.com"
	toks := Tokens(s)
	if last := toks[len(toks)-1]; last.Kind != Email || last.End != len(s) {
		t.Errorf("last token of %q… is %+v, want an Email ending the text", s[:10], last)
	}
}
