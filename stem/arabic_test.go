package stem

import (
	"bufio"
	_ "embed"
	"strings"
	"testing"
	"unicode/utf8"
)

//go:embed testdata/arabic.tsv
var ruleTable string

//go:embed testdata/arabic_normalize.tsv
var normalizeTable string

// tableRows parses "word<TAB>stem[<TAB>note]" lines, skipping # comments.
func tableRows(t testing.TB, table string) [][2]string {
	t.Helper()
	var rows [][2]string
	sc := bufio.NewScanner(strings.NewReader(table))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			t.Fatalf("bad table line %q", line)
		}
		rows = append(rows, [2]string{f[0], f[1]})
	}
	return rows
}

// TestArabicRules checks words chosen so that every rule of the algorithm,
// and every length condition that stops a rule, is exercised at least four
// times; the stems are Snowball's published output for those words.
func TestArabicRules(t *testing.T) {
	rows := tableRows(t, ruleTable)
	if len(rows) < 300 {
		t.Fatalf("rule table has %d rows", len(rows))
	}
	for _, r := range rows {
		if got := Arabic(r[0]); got != r[1] {
			t.Errorf("Arabic(%q) = %q; Snowball %q", r[0], got, r[1])
		}
	}
}

// TestArabicNormalization checks the pre-stemming normalization (vowel marks,
// tatweel, presentation forms, lam-alef ligatures, Arabic-Indic digits)
// against the C implementation, since the reference vocabulary has none of
// these characters.
func TestArabicNormalization(t *testing.T) {
	rows := tableRows(t, normalizeTable)
	if len(rows) < 900 {
		t.Fatalf("normalization table has %d rows", len(rows))
	}
	for _, r := range rows {
		if got := Arabic(r[0]); got != r[1] {
			t.Errorf("Arabic(%q) = %q; C stemwords %q", r[0], got, r[1])
		}
	}
}

func TestArabicPresentationTable(t *testing.T) {
	// Every shaped form maps to a letter whose Unicode name it shares; the
	// positional forms of one letter are consecutive, so spot-check the
	// boundaries of each run against the isolated form's known letter.
	for r, want := range map[rune]string{
		0xFE80: "ء", 0xFE8D: "ا", 0xFE8E: "ا", 0xFE8F: "ب", 0xFE92: "ب",
		0xFE93: "ة", 0xFEDD: "ل", 0xFEE0: "ل", 0xFEEF: "ى", 0xFEF4: "ي",
		0xFEF5: "لآ", 0xFEFC: "لا",
	} {
		got, _ := normalizePre(nil, string(r))
		if string(got) != want {
			t.Errorf("normalizePre(%U) = %q; want %q", r, got, want)
		}
	}
}

// TestArabicAliases checks that a stem made by cutting affixes shares the
// word's memory and costs no allocation, and that a stem whose letters
// change costs exactly one.
func TestArabicAliases(t *testing.T) {
	for _, tc := range []struct {
		word, stem string
		allocs     float64
	}{
		{"والحكومة", "والحكوم", 0},
		{"بالمدرسة", "مدرس", 0},
		{"الخارجية", "خارج", 0},
		{"سيقولون", "يقول", 0},
		{"كتاب", "كتاب", 0},
		{"", "", 0},
		{"الأمريكية", "امريك", 1}, // hamza carrier becomes alef
		{"مستشفى", "مستشفي", 1},   // alef maqsura becomes yeh
		{"على", "علي", 1},         // alef maqsura becomes yeh
		{"سَيَكْتُبُونَهَا", "يكتب", 1},
	} {
		got := Arabic(tc.word)
		if got != tc.stem {
			t.Errorf("Arabic(%q) = %q; want %q", tc.word, got, tc.stem)
			continue
		}
		if a := testing.AllocsPerRun(100, func() { _ = Arabic(tc.word) }); a != tc.allocs {
			t.Errorf("Arabic(%q) makes %v allocations; want %v", tc.word, a, tc.allocs)
		}
		if tc.allocs == 0 && len(got) > 0 && !strings.Contains(tc.word, got) {
			t.Errorf("Arabic(%q) = %q is not a substring", tc.word, got)
		}
	}
}

// TestArabicInvalidUTF8 pins the documented choice: invalid bytes are dropped
// before stemming.
func TestArabicInvalidUTF8(t *testing.T) {
	for _, w := range []string{"\xffوالحكومة", "والح\xc0كومة", "الأمريكية\xd8", "\xe2\x82", "\x80\x80\x80"} {
		got := Arabic(w)
		if !utf8.ValidString(got) {
			t.Errorf("Arabic(%q) = %q is not valid UTF-8", w, got)
		}
		if want := Arabic(strings.ToValidUTF8(w, "")); got != want {
			t.Errorf("Arabic(%q) = %q; want %q, the stem of the word without its invalid bytes", w, got, want)
		}
	}
}
