package main

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/stem"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	show(&b)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != len(words)+1 {
		t.Fatalf("%d lines for %d words", len(lines), len(words))
	}
	for i, w := range words {
		if f := strings.Fields(lines[i+1]); len(f) != 3 || f[0] != w || f[1] != stem.Word(w) || f[2] != stem.Arabic(w) {
			t.Errorf("line %q", lines[i+1])
		}
	}
	if !strings.Contains(b.String(), "والحكومة     حكوم") {
		t.Errorf("got\n%s", b.String())
	}
}
