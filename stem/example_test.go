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
