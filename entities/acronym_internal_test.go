package entities

import (
	"strings"
	"testing"
)

func TestSpelledStart(t *testing.T) {
	for _, c := range []struct{ text, span, want string }{
		{"وقال وزير الداخلية لبي بي سي إن", "لبي بي سي", "بي بي سي"},
		{"في حديث لسي إن إن أمس", "لسي إن إن", "سي إن إن"},
		{"وقال مسؤول لإف بي آي إن", "لإف بي آي", "إف بي آي"},
		{"وشاهد على وإم تي في برنامجا", "وإم تي في", "إم تي في"},
		// Nothing to cut: no proclitic, no letter name after, a longer word.
		{"وقالت بي بي سي إن", "بي بي سي", "بي بي سي"},
		{"فاز ليل الفرنسي", "ليل الفرنسي", "ليل الفرنسي"},
		{"أعلن لبيب سي أمس", "لبيب سي", "لبيب سي"},
		{"وقال لي بي إن", "لي بي", "لي بي"},
		{"وفي تي الجديدة", "وفي تي", "وفي تي"},
	} {
		i := strings.Index(c.text, c.span)
		cand := candidate{start: i, end: i + len(c.span), typ: Organization}
		if got := c.text[spelledStart(c.text, cand):cand.end]; got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
