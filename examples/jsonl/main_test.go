package main

import (
	"strings"
	"testing"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	if err := show(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want one for each of the 4 input lines:\n%s", len(lines), b.String())
	}
	for i, want := range []string{"line 1: a1, published 2021-04-06, 1 dates, 3 entities", "line 2: a2, published 2021-04-05, 1 dates", "line 3: error: not a JSON object", "line 4: a4, published 2021-04-07"} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %q, want %q...", i+1, lines[i], want)
		}
	}
}
