package main

import (
	"strings"
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

func TestNormalize(t *testing.T) {
	in := "أَعْلَنَت الوزارةُ ١٢ إصابة"
	out, errs, rc := runCmd(t, strings.NewReader(in), "normalize", "-form", "diacritics,digits")
	if rc != 0 || out != "أعلنت الوزارة 12 إصابة" {
		t.Errorf("rc %d %q, stderr %q", rc, out, errs)
	}
	if _, errs, rc := runCmd(t, nil, "normalize", "-form", "nope"); rc != 2 || !strings.Contains(errs, `unknown form "nope"`) {
		t.Errorf("bad form: rc %d, %q", rc, errs)
	}
}
