package main

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/normalize"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	if err := show(&b); err != nil {
		t.Fatal(err)
	}
	search := normalize.Search.String(text)
	if strings.ContainsAny(search, "َُْـ١") {
		t.Errorf("search form keeps marks, tatweel or Arabic-Indic digits: %q", search)
	}
	for _, want := range []string{"search:  " + search + "\n", "stream:  " + search + "\n", "custom:  أعلنت الوزارة تسجيل 120 "} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}
