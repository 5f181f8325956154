package stem_test

import (
	"fmt"

	"github.com/arnews/arnews/stem"
)

func ExampleArabic() {
	for _, w := range []string{"والحكومة", "الأمريكية", "بالمدرسة", "سيقولون", "سَيَكْتُبُونَهَا"} {
		fmt.Println(w, stem.Arabic(w))
	}
	// Output:
	// والحكومة والحكوم
	// الأمريكية امريك
	// بالمدرسة مدرس
	// سيقولون يقول
	// سَيَكْتُبُونَهَا يكتب
}

func ExampleWord() {
	for _, w := range []string{"والحكومة", "حكومتها", "الحكومات", "الأمريكيين", "بإسرائيل", "للقاهرة", "Elections"} {
		fmt.Println(w, stem.Word(w))
	}
	// Output:
	// والحكومة حكوم
	// حكومتها حكوم
	// الحكومات حكوم
	// الأمريكيين امريك
	// بإسرائيل اسراءيل
	// للقاهرة القاهره
	// Elections elect
}

func ExampleNew() {
	s := stem.New(stem.Protect("غزة"), stem.Latin("french"))
	for _, w := range []string{"بغزة", "وغزة", "Nationales", "المعلمات"} {
		fmt.Println(w, s.Stem(w))
	}
	// Output:
	// بغزة غزه
	// وغزة غزه
	// Nationales national
	// المعلمات معلم
}

// NewChecked reports an option New would read leniently.
func ExampleNewChecked() {
	if _, err := stem.NewChecked(stem.Latin("klingon")); err != nil {
		fmt.Println(err)
	}
	s, err := stem.NewChecked(stem.Latin("french"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Stem("continuellement"), s.Stem("والحكومة"))
	// Output:
	// stem: Latin("klingon"): no Snowball stemmer for that language (english, french, spanish, russian, swedish, norwegian, hungarian, or none)
	// continuel حكوم
}
