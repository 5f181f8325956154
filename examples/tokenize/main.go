// Command tokenize shows the tokenize API: tokens with their kinds and byte
// offsets, sentences, and the clitics of a word.
//
//	go run ./examples/tokenize
//
// The command-line tool for real work is `arnews tokenize` (cmd/arnews).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/arnews/arnews/tokenize"
)

const text = "قال الوزير: «نرفض ذلك». وتابع عبر @AlArabiya_Eng وبالوسم #غزة إن 50% من المساعدات وصلت."

func main() { show(os.Stdout) }

func show(w io.Writer) {
	for t := range tokenize.All(text) {
		// text[t.Start:t.End] == t.Text
		fmt.Fprintf(w, "%3d %3d %-8s %s\n", t.Start, t.End, t.Kind, t.Text)
	}
	for _, s := range tokenize.Sentences(text) {
		fmt.Fprintf(w, "sentence %d-%d: %s\n", s.Start, s.End, s.Text)
	}
	c := tokenize.Clitics("وبالوسم")
	fmt.Fprint(w, "clitics of وبالوسم:")
	for _, p := range c.Proclitics {
		fmt.Fprintf(w, " %s (%s) +", p.Text, p.Role)
	}
	fmt.Fprintf(w, " %s\n", c.Stem.Text)
}
