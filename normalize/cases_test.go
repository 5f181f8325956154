package normalize

import "testing"

type caseT struct {
	desc string
	f    Form
	in   string
	want string
}

var cases = []caseT{
	// Search.
	{"harakat", Search, "أَحْمَد", "احمد"},
	{"alef + combining hamza", Search, "ا\u0654حمد", "احمد"},
	{"presentation forms", Search, "ﻣﺮﺣﺒﺎ", "مرحبا"},
	{"alef wasla", Search, "ٱلكتاب", "الكتاب"},
	{"superscript alef", Search, "الرحمٰن", "الرحمن"},
	{"alef maksura", Search, "مستشفى على", "مستشفي علي"},
	{"persian letters", Search, "کتاب یک", "كتاب يك"},
	{"digits", Search, "٢٠٢٤ ۲۰۲۴", "2024 2024"},
	{"tatweel and teh marbuta", Search, "العـــــربية", "العربيه"},
	{"hamza seats", Search, "مسئول مسؤول", "مسءول مسءول"},
	{"shadda and tanween", Search, "سوريّاً", "سوريا"},
	{"lam-alef", Search, "ﻻ", "لا"},
	{"allah ligature", Search, "ﷲ", "الله"},
	{"rlm lrm around a word", Search, "\u200Fكتاب\u200E", "كتاب"},
	{"latin untouched", Search, "Reuters 2020", "Reuters 2020"},
	// Display.
	{"lam-alef ligatures", Display, "ﻻ ﻷ ﻹ ﻵ", "لا لأ لإ لآ"},
	{"diacritics kept", Display, "الرَّحمن", "الرَّحمن"},
	{"shadda then fatha kept", Display, "الر\u0651\u064Eحمن", "الر\u0651\u064Eحمن"},
	{"alef maksura kept", Display, "مستشفى", "مستشفى"},
	{"digits kept", Display, "٢٠٢٤", "٢٠٢٤"},
	{"zwnj kept", Display, "می\u200Cخواهم", "می\u200Cخواهم"},
	{"emoji kept", Display, "👍🏽 🇪🇬", "👍🏽 🇪🇬"},
	{"zwj emoji sequence kept", Display, "👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧"},
	{"nbsp", Display, "كتاب\u00A0جديد", "كتاب جديد"},
	{"rle pdf removed", Display, "\u202Bكتاب\u202C", "كتاب"},
	{"tatweel removed", Display, "العـــربية", "العربية"},
	// Single flags.
	{"digits keep separators", Digits, "٣٫٥ و۴", "3٫5 و4"},
	{"alef variants", Alef, "أإآٱ", "اااا"},
	{"diacritics", Diacritics, "كَتَبَ", "كتب"},
	{"alef combining madda", Alef, "ا\u0653ب", "اب"},
	{"alef marks after kept base stay", Alef, "ب\u0654", "ب\u0654"},
	{"alef mark after removed tatweel", Alef | Tatweel, "اـ\u0654", "ا"},
	{"hamza", Hamza, "ؤئ", "ءء"},
	{"alef maksura", AlefMaksura, "ى", "ي"},
	{"teh marbuta", TehMarbuta, "ة", "ه"},
	{"persian chain", Persian | Hamza, "ۓ", "ء"},
	{"persian heh", Persian, "ۀھہە", "هههه"},
	{"zwnj", ZWNJ, "می\u200Cخواهم", "میخواهم"},
	{"invisible keeps zwnj", Invisible, "می\u200Cخواهم\u200B", "می\u200Cخواهم"},
	{"zwj outside emoji", Invisible, "ه\u200D", "ه"},
	{"spaces", Spaces, "a\u2003b\u3000c\td", "a b c\td"},
	{"compat fullwidth", Compatibility, "ＡＢＣ１", "ABC1"},
	{"compat alef hamza form", Compatibility | Alef, "ﺃ", "ا"},
	{"zero form", 0, "ﻻ أ", "ﻻ أ"},
	{"invalid byte", 0, "a\xffb", "a\uFFFDb"},
	{"truncated", Search, "كت\xd8", "كت\uFFFD"},
}

func TestCases(t *testing.T) {
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			if got := c.f.String(c.in); got != c.want {
				t.Errorf("%#x.String(%+q) = %+q, want %+q", uint16(c.f), c.in, got, c.want)
			}
			if got := string(c.f.Bytes([]byte(c.in))); got != c.want {
				t.Errorf("Bytes(%+q) = %+q, want %+q", c.in, got, c.want)
			}
			if got := string(c.f.Append([]byte("x"), []byte(c.in))); got != "x"+c.want {
				t.Errorf("Append(%+q) = %+q, want %+q", c.in, got, "x"+c.want)
			}
			if got := c.f.String(c.want); got != c.want {
				t.Errorf("not idempotent: String(%+q) = %+q", c.want, got)
			}
		})
	}
}
