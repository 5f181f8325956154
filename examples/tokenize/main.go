// Command tokenize prints the tokens of a text, one a line, with their byte
// offsets and kinds, or its sentences with -sentences.
//
// Usage:
//
//	tokenize [-sentences] [file]
//
// It reads the file, or standard input when no file is given.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/arnews/arnews/tokenize"
)

func main() {
	sentences := flag.Bool("sentences", false, "print sentences instead of tokens")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: tokenize [-sentences] [file]")
		flag.PrintDefaults()
	}
	flag.Parse()
	var (
		b   []byte
		err error
	)
	switch flag.NArg() {
	case 0:
		b, err = io.ReadAll(os.Stdin)
	case 1:
		b, err = os.ReadFile(flag.Arg(0))
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tokenize:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	s := string(b)
	if *sentences {
		for sn := range tokenize.AllSentences(s) {
			fmt.Fprintf(w, "%d\t%d\t%s\n", sn.Start, sn.End, sn.Text)
		}
		return
	}
	for t := range tokenize.All(s) {
		fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", t.Start, t.End, t.Kind, t.Text)
	}
}
