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
	for _, want := range []string{"nationality", "p-hassan-rouhani", "g-112931", "organization x-acme", "شركة أكمي", "c-az"} {
		if !strings.Contains(strings.Join(strings.Fields(b.String()), " "), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}
