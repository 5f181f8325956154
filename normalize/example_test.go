package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arnews/arnews/normalize"
	"golang.org/x/text/transform"
)

func ExampleSearch() {
	for _, s := range []string{"أَحْمَد", "مستشفى", "العـــربية", "ﻣﺮﺣﺒﺎ", "٢٠٢٤", "Reuters"} {
		fmt.Println(normalize.Search.String(s))
	}
	// Output:
	// احمد
	// مستشفي
	// العربيه
	// مرحبا
	// 2024
	// Reuters
}

func ExampleDisplay() {
	s := "\u202Bﻻ تَقُلْ\u00A0العـــربية ٢٠٢٤\u202C"
	fmt.Printf("%+q\n", normalize.Display.String(s))
	// Output:
	// "\u0644\u0627 \u062a\u064e\u0642\u064f\u0644\u0652 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0662\u0660\u0662\u0664"
}

func ExampleForm_combined() {
	f := normalize.Diacritics | normalize.Alef | normalize.Digits
	fmt.Println(f.String("إِلى آخِرِ ٣ أيّام"))
	// Output:
	// الى اخر 3 ايام
}

func ExampleText_Original() {
	orig := "قال الرَّئِيسُ\u200F إنّ"
	t := normalize.Search.Text(orig)
	fmt.Println(t.Norm)
	// Find a word in the normalized text and report it in the original.
	i := strings.Index(t.Norm, "الرءيس")
	a, b := t.Original(i, i+len("الرءيس"))
	fmt.Printf("%d:%d %s\n", a, b, orig[a:b])
	// Output:
	// قال الرءيس ان
	// 7:27 الرَّئِيسُ
}

func Example_reader() {
	r := transform.NewReader(strings.NewReader("ﷲ أكبر\n"), normalize.Search)
	io.Copy(os.Stdout, r)
	// Output:
	// الله اكبر
}
