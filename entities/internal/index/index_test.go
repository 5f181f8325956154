package index

import (
	"slices"
	"strings"
	"testing"
)

func TestNisbaForms(t *testing.T) {
	forms, acc := NisbaForms("إيراني")
	for _, want := range []string{"إيراني", "الإيراني", "إيرانية", "الإيرانية", "إيرانيون", "الإيرانيين", "إيرانيان", "إيرانيتان", "الإيرانيات", "إيرانياً"} {
		if !slices.Contains(forms, want) {
			t.Errorf("no %s in %v", want, forms)
		}
	}
	if slices.Contains(forms, "الإيرانياً") {
		t.Error("article on the accusative")
	}
	for i, f := range forms {
		if acc[i] != strings.HasSuffix(f, "اً") {
			t.Errorf("%s: accusative %v", f, acc[i])
		}
	}
	forms, _ = NisbaForms("كوري جنوبي")
	if !slices.Contains(forms, "الكورية الجنوبية") || !slices.Contains(forms, "الكوريين الجنوبيين") {
		t.Errorf("two-word adjective: %v", forms)
	}
	if Feminine("كوري جنوبي") != "الكورية الجنوبية" || Feminine("روسي") != "الروسية" {
		t.Error("Feminine")
	}
	if f, _ := NisbaForms("   "); f != nil {
		t.Error("empty adjective")
	}
}

func TestFold(t *testing.T) {
	for _, p := range [][2]string{
		{"أذربيجان", "اذربيجان"}, {"إيران", "ايران"}, {"آسيا", "اسيا"}, {"مستشفى", "مستشفي"},
		{"الروسيّة", "الروسيه"}, {"العـــربية", "العربيه"}, {"مسؤول", "مسءول"}, {"رئيس", "رءيس"},
		{"کردستان", "كردستان"}, {"ی", "ي"}, {"٢٠٢٤", "2024"}, {"CNN", "cnn"},
	} {
		a, b := AppendFold(nil, p[0]), AppendFold(nil, p[1])
		if string(a) != string(b) {
			t.Errorf("%s and %s fold to %q and %q", p[0], p[1], a, b)
		}
	}
	if string(AppendFold(nil, "كاراباخ")) == string(AppendFold(nil, "كراباخ")) {
		t.Error("كاراباخ and كراباخ are two spellings, met by listing both, not by folding")
	}
}

func TestWords(t *testing.T) {
	ws := Words("  وزارة  الخارجية،الإيرانية فرانس24 ")
	var got []string
	for _, w := range ws {
		got = append(got, string(w))
	}
	if len(got) != 5 {
		t.Fatalf("%q", got)
	}
}

func TestIndexRoundTrip(t *testing.T) {
	b := NewBuilder()
	if err := b.Stop(AppendFold(nil, "أمل")); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(b.Add(Words("حسن روحاني"), Entry{Ent: 0, Type: TypePerson}))
	must(b.Add(Words("روحاني"), Entry{Ent: 0, Type: TypePerson, Flags: Weak}))
	must(b.Add(Words("روحاني"), Entry{Ent: 0, Type: TypePerson, Flags: Weak})) // once
	must(b.Add(Words("إيران"), Entry{Ent: 1, Type: TypePlace}))
	if _, err := b.AddNames(Names{Ent: 2, Type: TypeOrganization, Strong: []string{"أمل"}}); err != nil {
		t.Fatal(err)
	}
	if err := b.Add(nil, Entry{}); err == nil {
		t.Error("empty name accepted")
	}
	x, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	y, err := Unmarshal(string(x.Marshal()), 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, ix := range []*Index{x, y} {
		k1 := Step(Root, HashWord(AppendFold(nil, "حسن")))
		if v, ok := ix.Lookup(k1); !ok || v != 0 {
			t.Errorf("prefix حسن: %v %v", v, ok)
		}
		v, ok := ix.Lookup(Step(k1, HashWord(AppendFold(nil, "روحاني"))))
		if !ok || len(ix.Run(v)) != 1 || ix.Run(v)[0].Ent != 0 {
			t.Errorf("حسن روحاني: %v", ix.Run(v))
		}
		v, _ = ix.Lookup(PathKey(Words("روحاني")))
		if r := ix.Run(v); len(r) != 1 || r[0].Flags&Weak == 0 {
			t.Errorf("روحاني: %v", r)
		}
		v, ok = ix.Lookup(PathKey(Words("أمل")))
		if !ok || v&ValStop == 0 || len(ix.Run(v)) != 0 {
			t.Errorf("أمل: %v %v %v", v, ok, ix.Run(v))
		}
		if _, ok := ix.Lookup(PathKey(Words("طهران"))); ok {
			t.Error("طهران found")
		}
	}
	// Corrupt data is an error, not a panic.
	data := string(x.Marshal())
	for _, bad := range []string{"", "x", data[:len(data)-1], strings.Replace(data, "INDEX-1", "INDEX-2", 1)} {
		if _, err := Unmarshal(bad, 3); err == nil {
			t.Errorf("accepted %d bytes", len(bad))
		}
	}
	if _, err := Unmarshal(data, 1); err == nil {
		t.Error("entity reference past the end accepted")
	}
	var empty Index
	if _, ok := empty.Lookup(1); ok {
		t.Error("empty index finds")
	}
}
