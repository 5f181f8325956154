package main

import (
	"strings"
	"testing"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	show(&b)
	out := b.String()
	for _, want := range []string{"Mention  @AlArabiya_Eng", "Hashtag  #غزة", "Number   50", "sentence 0-", "clitics of وبالوسم: و (Conjunction) + ب (Preposition) + ال (Article) + وسم\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if strings.Count(out, "sentence ") != 2 {
		t.Errorf("want 2 sentences:\n%s", out)
	}
}
