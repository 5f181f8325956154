// Command stem shows the stem API: stem.Word, the news stemmer, and
// stem.Arabic, the Snowball Arabic algorithm.
//
//	go run ./examples/stem
//
// The command-line tool for real work (one word a line, like Snowball's
// stemwords) is `arnews stem` (cmd/arnews).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/arnews/arnews/stem"
)

var words = []string{"والحكومة", "الأمريكية", "بالمدرسة", "سيقولون", "بيروت", "running"}

func main() { show(os.Stdout) }

func show(w io.Writer) {
	fmt.Fprintf(w, "%-12s %-10s %s\n", "word", "news", "snowball")
	for _, word := range words {
		fmt.Fprintf(w, "%-12s %-10s %s\n", word, stem.Word(word), stem.Arabic(word))
	}
}
