package tokenize

import (
	"testing"

	"github.com/arnews/arnews/normalize"
)

// The tables agree with normalize's character classes.
func TestClassesFollowNormalize(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		c := classOf(r)
		if normalize.IsInvisible(r) && c != cInvis && c != cBreak && c != cJoin {
			t.Errorf("%U is invisible for normalize but has class %d", r, c)
		}
		if normalize.IsDiacritic(r) && c != cMark && r != '\u06DD' {
			t.Errorf("%U is a diacritic for normalize but has class %d", r, c)
		}
	}
	for _, r := range "\u200B\u200E\u200F\u061C\u202A\u202E\u2066\u2069" {
		if classOf(r) != cBreak {
			t.Errorf("%U should separate words", r)
		}
	}
	for _, r := range "\u00AD\uFEFF" {
		if classOf(r) != cInvis {
			t.Errorf("%U should be transparent inside words", r)
		}
	}
	if classOf('\u0640') != cArabic || classOf('\u200C') != cJoin || classOf('\u200D') != cJoin {
		t.Error("tatweel, ZWNJ or ZWJ misclassified")
	}
}
