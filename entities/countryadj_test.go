package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestSyriaAdjective checks that سورية after an indefinite plural noun
// (مقاتلات سورية, وسائل إعلام سورية, فصائل سورية) is the adjective, a
// nationality of Syria, and that it stays the country after في or as a
// sentence's subject. A rule on the merged mentions: the recognizer's
// (Default), not lookup alone.
func TestSyriaAdjective(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وقالت وسائل إعلام سورية إن مقاتلات سورية قصفت مواقع في سورية.", "nationality سورية|nationality سورية|place سورية"},
		{"وتشن تركيا وفصائل سورية موالية لها هجوما.", "place تركيا|nationality سورية"},
		{"وقالت سورية إنها سترد.", "place سورية"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
			if m.Text == "سورية" && m.Entity.ID != "c-sy" {
				t.Errorf("%q: سورية at %d is %s, not Syria", c.s, m.Start, m.Entity.ID)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestDashAdjective checks that a country's name spelt like the feminine
// adjective (السعودية, سورية) after a nationality adjective and a dash is
// the second adjective of the pair, a nationality linked to its country,
// and that after another word and a dash it stays the country.
func TestDashAdjective(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وتصاعدت أزمة العلاقات التركية-السعودية بعد مقتل الصحفي.", "nationality التركية c-tr|nationality السعودية c-sa"},
		{"لم تهدأ الأزمة الكندية - السعودية منذ أن غرد السفير.", "nationality الكندية c-ca|nationality السعودية c-sa"},
		{"وحذر من تشكيل جبهة لبنانية – سورية تهدد الجنوب.", "nationality لبنانية c-lb|nationality سورية c-sy"},
		{"وقال المتحدث باسم الخارجية - السعودية إن الوفد وصل.", "place السعودية c-sa"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text+" "+m.Entity.ID)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
