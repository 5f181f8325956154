// Command annotate is the library's main example: it annotates an Arabic news
// article. Run it with no arguments to annotate the embedded sample article.
package main

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:embed sample.txt
var sample string

func main() {
	fmt.Printf("sample article: %d bytes, %d characters, %d lines, %d words\n",
		len(sample), utf8.RuneCountInString(sample), strings.Count(sample, "\n")+1, len(strings.Fields(sample)))
}
