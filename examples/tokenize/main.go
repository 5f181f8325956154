// Command tokenize prints the tokens of a text, one a line, with their byte
// offsets and kinds, or its sentences with -sentences.
//
// Usage:
//
//	tokenize [-sentences] [file]
//
// It reads the file, or standard input when no file is given. Each token
// line is "start<TAB>end<TAB>kind<TAB>text"; each sentence line is
// "start<TAB>end<TAB>text", with the line breaks inside a sentence shown as \n.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arnews/arnews/tokenize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tokenize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sentences := fs.Bool("sentences", false, "print sentences instead of tokens")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tokenize [-sentences] [file]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var (
		b   []byte
		err error
	)
	switch fs.NArg() {
	case 0:
		b, err = io.ReadAll(stdin)
	case 1:
		b, err = os.ReadFile(fs.Arg(0))
	default:
		fs.Usage()
		return 2
	}
	if err != nil {
		fmt.Fprintln(stderr, "tokenize:", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	s := string(b)
	if *sentences {
		nl := strings.NewReplacer("\r", `\r`, "\n", `\n`)
		for sn := range tokenize.AllSentences(s) {
			fmt.Fprintf(w, "%d\t%d\t%s\n", sn.Start, sn.End, nl.Replace(sn.Text))
		}
	} else {
		for t := range tokenize.All(s) {
			fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", t.Start, t.End, t.Kind, t.Text)
		}
	}
	// A failed write (a full disk, a closed pipe) sticks in w: report it.
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "tokenize:", err)
		return 1
	}
	return 0
}
