// Command normalize shows the normalize API: a Form is a set of foldings,
// used on strings or as a golang.org/x/text transformer on streams.
//
//	go run ./examples/normalize
//
// The command-line tool for real work is `arnews normalize` (cmd/arnews).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arnews/arnews/normalize"
	"golang.org/x/text/transform"
)

const text = "أَعْلَنَتْ الوزارةُ تسجيلَ ١٢٠ إصـــابة في إحدى المدن"

func main() {
	if err := show(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		os.Exit(1)
	}
}

func show(w io.Writer) error {
	fmt.Fprintln(w, "display:", normalize.Display.String(text))
	fmt.Fprintln(w, "search: ", normalize.Search.String(text))
	custom := normalize.Diacritics | normalize.Digits
	fmt.Fprintln(w, "custom: ", custom.String(text))
	// A stream of any size, in constant memory.
	fmt.Fprint(w, "stream:  ")
	_, err := io.Copy(w, transform.NewReader(strings.NewReader(text+"\n"), normalize.Search))
	return err
}
