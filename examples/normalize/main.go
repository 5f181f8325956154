// Command normalize normalizes Arabic text from standard input or from the
// files named on the command line and writes it to standard output.
//
//	go run ./examples/normalize -form search < article.txt
//	go run ./examples/normalize -form 'display,digits' a.txt b.txt
//	go run ./examples/normalize -form 'diacritics|tatweel' a.txt
//
// The form is "search", "display", or flag names joined by commas or |
// (diacritics, tatweel, alef, hamza, alefmaksura, tehmarbuta, persian,
// digits, compatibility, invisible, zwnj, spaces; the presets may be
// mixed in too). The text is streamed through transform.NewReader, so
// files of any size work in constant memory.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/arnews/arnews/normalize"
	"golang.org/x/text/transform"
)

var names = map[string]normalize.Form{
	"search":        normalize.Search,
	"display":       normalize.Display,
	"diacritics":    normalize.Diacritics,
	"tatweel":       normalize.Tatweel,
	"alef":          normalize.Alef,
	"hamza":         normalize.Hamza,
	"alefmaksura":   normalize.AlefMaksura,
	"tehmarbuta":    normalize.TehMarbuta,
	"persian":       normalize.Persian,
	"digits":        normalize.Digits,
	"compatibility": normalize.Compatibility,
	"invisible":     normalize.Invisible,
	"zwnj":          normalize.ZWNJ,
	"spaces":        normalize.Spaces,
}

// parseForm reads a form: names joined by commas or |, in any case.
func parseForm(s string) (normalize.Form, error) {
	var f normalize.Form
	for _, name := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '|' }) {
		key := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "-", "")
		g, ok := names[key]
		if !ok {
			return 0, fmt.Errorf("unknown form %q (known: %s)", name, strings.Join(known(), ", "))
		}
		f |= g
	}
	if f == 0 {
		return 0, fmt.Errorf("empty form %q", s)
	}
	return f, nil
}

func known() []string {
	var k []string
	for n := range names {
		k = append(k, n)
	}
	sort.Strings(k)
	return k
}

func main() {
	formFlag := flag.String("form", "search", "search, display, or flag names joined by commas or |")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: normalize [-form F] [file ...]\n\nNormalizes Arabic text from the files (or standard input) to standard output.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	form, err := parseForm(*formFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	status := 0
	run := func(name string, r io.Reader) {
		if _, err := io.Copy(out, transform.NewReader(bufio.NewReaderSize(r, 64<<10), form)); err != nil {
			fmt.Fprintf(os.Stderr, "normalize: %s: %v\n", name, err)
			status = 1
		}
	}
	if flag.NArg() == 0 {
		run("stdin", os.Stdin)
	}
	for _, name := range flag.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "normalize:", err)
			status = 1
			continue
		}
		run(name, f)
		f.Close()
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		status = 1
	}
	os.Exit(status)
}
