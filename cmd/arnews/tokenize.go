package main

import (
	"bufio"
	"flag"
	"fmt"
	"strings"

	"github.com/arnews/arnews/tokenize"
)

func init() {
	register(&command{
		name:  "tokenize",
		args:  "[FILE]",
		short: "print the tokens of a text with their byte offsets and kinds, or its sentences",
		long: `Each token line is "start<TAB>end<TAB>kind<TAB>text"; with -sentences each line is
"start<TAB>end<TAB>text", with the line breaks inside a sentence shown as \n.`,
		uses: useQuiet | useSample,
		setup: func(fs *flag.FlagSet) func(*env) error {
			sentences := fs.Bool("sentences", false, "print sentences instead of tokens")
			return func(e *env) error {
				in, err := e.input()
				if err != nil {
					return err
				}
				w := bufio.NewWriter(e.stdout)
				if *sentences {
					nl := strings.NewReplacer("\r", `\r`, "\n", `\n`)
					for s := range tokenize.AllSentences(in.text) {
						fmt.Fprintf(w, "%d\t%d\t%s\n", s.Start, s.End, nl.Replace(s.Text))
					}
				} else {
					for t := range tokenize.All(in.text) {
						fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", t.Start, t.End, t.Kind, t.Text)
					}
				}
				return flushErr(w)
			}
		},
	})
}
