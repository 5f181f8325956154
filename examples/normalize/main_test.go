package main

import (
	"testing"

	"github.com/arnews/arnews/normalize"
)

func TestParseForm(t *testing.T) {
	for in, want := range map[string]normalize.Form{
		"search":               normalize.Search,
		"Display":              normalize.Display,
		"diacritics|tatweel":   normalize.Diacritics | normalize.Tatweel,
		"display, digits":      normalize.Display | normalize.Digits,
		"alef-maksura,zwnj":    normalize.AlefMaksura | normalize.ZWNJ,
		"TehMarbuta|Persian":   normalize.TehMarbuta | normalize.Persian,
		"compatibility|spaces": normalize.Compatibility | normalize.Spaces,
	} {
		got, err := parseForm(in)
		if err != nil || got != want {
			t.Errorf("parseForm(%q) = %#x, %v; want %#x", in, uint16(got), err, uint16(want))
		}
	}
	for _, bad := range []string{"", ",", "serch", "alef|nope"} {
		if _, err := parseForm(bad); err == nil {
			t.Errorf("parseForm(%q): no error", bad)
		}
	}
}
