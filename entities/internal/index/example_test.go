package index_test

import (
	"fmt"

	"github.com/arnews/arnews/entities/internal/index"
)

// NextWord walks the words of a text by byte offsets: punctuation and
// spaces end a word, tatweel and diacritics stay inside it.
func ExampleNextWord() {
	s := "قال الرئيسُ، في طهـــران: 2019"
	for i := 0; ; {
		start, end, ok := index.NextWord(s, i)
		if !ok {
			break
		}
		fmt.Printf("%d:%d %s\n", start, end, s[start:end])
		i = end
	}
	// Output:
	// 0:6 قال
	// 7:21 الرئيسُ
	// 24:28 في
	// 29:45 طهـــران
	// 47:51 2019
}

// Two spellings that normalize.Search folds alike have the same key, so a
// name is found however the hamza and the diacritics are written.
func ExampleAppendFold() {
	a := index.AppendFold(nil, "إيرانُ")
	b := index.AppendFold(nil, "ايران")
	fmt.Println(string(a) == string(b), index.PathKey(index.Words("إيران")) == index.PathKey(index.Words("ايران")))
	// Output:
	// true true
}

// A nationality adjective gives its forms (bare and with the article) and
// the feminine that follows a feminine noun.
func ExampleNisbaForms() {
	forms, accusative := index.NisbaForms("إيراني")
	for i, f := range forms {
		fmt.Println(f, accusative[i])
	}
	fmt.Println(index.Feminine("إيراني"))
	// Output:
	// إيراني false
	// الإيراني false
	// إيرانية false
	// الإيرانية false
	// إيرانيون false
	// الإيرانيون false
	// إيرانيين false
	// الإيرانيين false
	// إيرانيان false
	// الإيرانيان false
	// إيرانيتان false
	// الإيرانيتان false
	// إيرانيتين false
	// الإيرانيتين false
	// إيرانيات false
	// الإيرانيات false
	// إيرانياً true
	// الإيرانية
}
