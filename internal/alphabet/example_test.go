package alphabet_test

import (
	"fmt"

	"github.com/arnews/arnews/internal/alphabet"
)

func ExampleAppendKey() {
	fmt.Println(string(alphabet.AppendKey(nil, "الـحكومَةُ")))
	fmt.Println(string(alphabet.AppendKey(nil, "ﺃﻣﺲ"))) // presentation forms
	// Output:
	// الحكومه
	// امس
}

func ExampleOf() {
	for _, r := range "ب\u064E\u200B\u200C." {
		c := alphabet.Of(r)
		fmt.Printf("%U letter %v, in a word %v, separator %v\n", r, c.IsLetter(), c.InWord(), c.IsSeparator())
	}
	// Output:
	// U+0628 letter true, in a word true, separator false
	// U+064E letter false, in a word true, separator false
	// U+200B letter false, in a word false, separator true
	// U+200C letter false, in a word true, separator false
	// U+002E letter false, in a word false, separator false
}
