package main

import (
	"strings"
	"testing"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	show(&b)
	for _, want := range []string{"اليوم الثلاثاء", "2021-04-06 .. 2021-04-07", "أمس", "2021-04-05 .. 2021-04-06", "الخميس المقبل", "2021-04-08 .. 2021-04-09", "(Hijri 1442/9/8)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}
