package tokenize_test

import (
	"bytes"
	"fmt"

	"github.com/arnews/arnews/tokenize"
)

func ExampleTokens() {
	s := `وأعلنت طهران أمس أن 93 مقاتلاً نُقلوا إلى كاراباخ، و"إسرائيل" تراقب (أ.ف.ب).`
	for _, t := range tokenize.Tokens(s) {
		fmt.Printf("%d-%d %s %s\n", t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0-12 Word وأعلنت
	// 13-23 Word طهران
	// 24-30 Word أمس
	// 31-35 Word أن
	// 36-38 Number 93
	// 39-53 Word مقاتلاً
	// 54-66 Word نُقلوا
	// 67-73 Word إلى
	// 74-88 Word كاراباخ
	// 88-90 Punct ،
	// 91-93 Word و
	// 93-94 Punct "
	// 94-108 Word إسرائيل
	// 108-109 Punct "
	// 110-120 Word تراقب
	// 121-122 Punct (
	// 122-130 Word أ.ف.ب
	// 130-131 Punct )
	// 131-132 Punct .
}

func ExampleAll() {
	s := "شارك 👍🏽 في #الانتخابات_الرئاسية عبر @وزارة_الصحة: https://example.com/a، بنسبة ٤٥٫٥٪"
	for t := range tokenize.All(s) {
		fmt.Println(t.Kind, t.Text)
	}
	// Output:
	// Word شارك
	// Emoji 👍🏽
	// Word في
	// Hashtag #الانتخابات_الرئاسية
	// Word عبر
	// Mention @وزارة_الصحة
	// Punct :
	// URL https://example.com/a
	// Punct ،
	// Word بنسبة
	// Number ٤٥٫٥
	// Symbol ٪
}

func ExampleSentences() {
	s := "وأضاف: «هذا رقم قياسي». وبلغ النمو 3.5 في المئة بحسب د. محمد؟!\n\nالمصدر: الميادين نت"
	for _, sn := range tokenize.Sentences(s) {
		fmt.Printf("%d-%d %s\n", sn.Start, sn.End, sn.Text)
	}
	// Output:
	// 0-41 وأضاف: «هذا رقم قياسي».
	// 42-106 وبلغ النمو 3.5 في المئة بحسب د. محمد؟!
	// 108-143 المصدر: الميادين نت
}

func ExampleClitics() {
	s := tokenize.Clitics("وبالحكومة")
	for _, p := range s.Proclitics {
		fmt.Printf("%s %s %d-%d\n", p.Role, p.Text, p.Start, p.End)
	}
	fmt.Printf("%s %s %d-%d\n", s.Stem.Role, s.Stem.Text, s.Stem.Start, s.Stem.End)
	// Output:
	// Conjunction و 0-2
	// Preposition ب 2-4
	// Article ال 4-8
	// Stem حكومة 8-18
}

func ExampleCandidates() {
	for _, w := range []string{"وبالعاصمة", "للحكومة"} {
		for _, c := range tokenize.Candidates(w) {
			fmt.Printf("%s %q+%s (key %s)\n", w, c.Prefix(), c.Stem.Text, c.Key)
		}
	}
	// Output:
	// وبالعاصمة ""+وبالعاصمة (key وبالعاصمة)
	// وبالعاصمة "و"+بالعاصمة (key بالعاصمة)
	// وبالعاصمة "وب"+العاصمة (key العاصمة)
	// وبالعاصمة "وبال"+عاصمة (key عاصمة)
	// للحكومة ""+للحكومة (key للحكومة)
	// للحكومة "ل"+لحكومة (key لحكومة)
	// للحكومة "ل"+لحكومة (key الحكومة)
	// للحكومة "ل"+لحكومة (key اللحكومة)
	// للحكومة "لل"+حكومة (key حكومة)
}

func ExampleStream() {
	s := "وصل الوفدُ أمسِ الإثنين إلى G20 (ﺍﻷﺣﺪ)"
	st := tokenize.NewStream(s)
	for i, t := range st.Tokens() {
		fmt.Printf("%s %s key=%q plain=%v\n", t.Kind, t.Text, st.Key(i), st.Plain(i))
	}
	// Output:
	// Word وصل key="وصل" plain=true
	// Word الوفدُ key="الوفد" plain=true
	// Word أمسِ key="امس" plain=true
	// Word الإثنين key="الاثنين" plain=true
	// Word إلى key="الي" plain=true
	// Word G20 key="g20" plain=false
	// Punct ( key="" plain=false
	// Word ﺍﻷﺣﺪ key="الاحد" plain=true
	// Punct ) key="" plain=false
}

// A match found on the search keys maps back to the original text with
// KeyOffset: here a name looked for inside words, whatever their clitics,
// hamza, shadda or presentation forms. The zero Stream is ready, and Reset
// refills it for the next text. A presentation form that folds to two
// letters (ﻹ, lam-alef) maps back as a whole, so the last span keeps its lam.
func ExampleStream_KeyOffset() {
	name := []byte("اسكندريه") // the key of إسكندرية
	var st tokenize.Stream
	for _, s := range []string{"وصل الوفدُ إلى الإسكندرية", "وغادر بالإسكندريّة ﺍﻹﺳﻜﻨﺪﺭﻳﺔ"} {
		st.Reset(s)
		for i, t := range st.Tokens() {
			if k := st.Key(i); bytes.HasSuffix(k, name) {
				start := st.KeyOffset(i, len(k)-len(name))
				fmt.Printf("%s: %s [%d:%d]\n", t.Text, s[start:t.End], start, t.End)
			}
		}
	}
	// Output:
	// الإسكندرية: إسكندرية [31:47]
	// بالإسكندريّة: إسكندريّة [17:35]
	// ﺍﻹﺳﻜﻨﺪﺭﻳﺔ: ﻹﺳﻜﻨﺪﺭﻳﺔ [39:63]
}
