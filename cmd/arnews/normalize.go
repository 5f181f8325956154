package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arnews/arnews/normalize"
	"golang.org/x/text/transform"
)

var formNames = map[string]normalize.Form{
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
		g, ok := formNames[key]
		if !ok {
			return 0, fmt.Errorf("unknown form %q (known: %s)", name, strings.Join(sortedKeys(formNames), ", "))
		}
		f |= g
	}
	if f == 0 {
		return 0, fmt.Errorf("empty form %q", s)
	}
	return f, nil
}

func init() {
	register(&command{
		name:  "normalize",
		args:  "[FILE]",
		short: "write a text in a normalized form",
		long: `The form is "search", "display", or flag names joined by commas or | (diacritics,
tatweel, alef, hamza, alefmaksura, tehmarbuta, persian, digits, compatibility,
invisible, zwnj, spaces; the presets may be mixed in). The text is streamed, so
files of any size work in constant memory.`,
		uses: useQuiet | useSample,
		setup: func(fs *flag.FlagSet) func(*env) error {
			formFlag := fs.String("form", "search", "search, display, or flag `names` joined by commas or |")
			return func(e *env) error {
				form, err := parseForm(*formFlag)
				if err != nil {
					return usagef("-form: %v", err)
				}
				if len(e.args) > 1 {
					return usagef("one FILE at most, got %d", len(e.args))
				}
				var r io.Reader = e.stdin
				name := "standard input"
				switch {
				case e.useSampleText():
					r, name = strings.NewReader(sample), "sample"
				case len(e.args) == 1:
					f, err := os.Open(e.args[0])
					if err != nil {
						return fmt.Errorf("reading %s", trimPathErr(err))
					}
					defer f.Close()
					r, name = f, e.args[0]
				}
				w := bufio.NewWriterSize(e.stdout, 64<<10)
				if _, err := io.Copy(w, transform.NewReader(bufio.NewReaderSize(r, 64<<10), form)); err != nil {
					w.Flush()
					return fmt.Errorf("%s: %v", name, err)
				}
				return flushErr(w)
			}
		},
	})
}
