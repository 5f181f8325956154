package main

import (
	"strings"
	"testing"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	show(&b)
	for _, want := range []string{"date    اليوم الثلاثاء", "2021-04-06 .. 2021-04-06", "date    أمس الإثنين", "2021-04-10 .. 2021-04-16", "2021-04-05 .. 2021-04-05", "p-sameh-shoukry", "g-360630", "JSON: "} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}
