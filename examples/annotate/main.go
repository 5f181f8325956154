// Command annotate is the library's main example: it runs the whole arnews
// pipeline on Arabic news text and reports sentences, tokens, date
// expressions, entities and stems.
//
// Usage:
//
//	annotate                               annotate the embedded sample article
//	annotate [-date YYYY-MM-DD] [-json] [FILE...]
//	                                       annotate texts (stdin when no FILE)
//	annotate -jsonl [-q] [FILE...] > out.jsonl
//	                                       JSON lines in ({"id","date","text",…}, plain or
//	                                       gzip; stdin when no FILE), one JSON object a line
//	                                       out, in input order, on every core
//
// With no FILE and nothing on standard input (a terminal, /dev/null, or a
// bare `go run ./examples/annotate`), the embedded sample article, published
// on Tuesday 2021-04-06, is annotated.
//
// The -jsonl output is described in package github.com/arnews/arnews/jsonl:
// every input line gives one output line, a bad line an error object with
// its line number, and the run goes on. A progress line (documents, MB,
// MB/s, and an ETA when the input is a file) goes to stderr unless -q.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/jsonl"
)

//go:embed sample.txt
var sample string

// sampleDate is the publication date of the embedded sample article.
const sampleDate = "2021-04-06"

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(os.Stderr, "annotate: %v\n", err)
		}
		os.Exit(2)
	}
}

func run(args []string, stdin *os.File, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		dateFlag  = fs.String("date", "", "publication date `YYYY-MM-DD` (or an RFC 3339 time) that anchors relative dates; default: today (the sample's own date for the sample)")
		jsonFlag  = fs.Bool("json", false, "print the Document as JSON instead of a report")
		jsonlFlag = fs.Bool("jsonl", false, "read JSON lines {id,date,text} and write one annotated JSON object a line")
		quiet     = fs.Bool("q", false, "with -jsonl: no progress line on stderr")
		noTokens  = fs.Bool("notokens", false, "leave the tokens out of the JSON output")
		weekStart = fs.String("weekstart", "saturday", "first day of the week (sunday … saturday)")
		workers   = fs.Int("workers", 0, "with -jsonl: number of workers (default: every core)")
	)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: annotate [-date YYYY-MM-DD] [-json] [FILE...]\n       annotate -jsonl [-q] [FILE...] > out.jsonl\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	ws, ok := weekdays[strings.ToLower(*weekStart)]
	if !ok {
		return fmt.Errorf("unknown -weekstart %q", *weekStart)
	}
	an, err := arnews.New(arnews.WeekStart(ws))
	if err != nil {
		return err
	}
	opt := arnews.JSONOptions{OmitTokens: *noTokens}

	if *jsonlFlag {
		// Annotating an archive allocates a lot of short-lived memory:
		// collect garbage less often (saves about a tenth of the CPU time),
		// unless the user chose with GOGC.
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(400)
		}
		cfg := jsonl.Config{Workers: *workers, JSON: opt}
		if !*quiet {
			cfg.Progress = stderr
		}
		return jsonl.Run(an, fs.Args(), stdout, cfg)
	}

	var texts []namedText
	if fs.NArg() == 0 {
		var b []byte
		if stdin != nil && !isTerminal(stdin) {
			if b, err = io.ReadAll(bufio.NewReader(stdin)); err != nil {
				return fmt.Errorf("reading stdin: %v", err)
			}
		}
		if len(strings.TrimSpace(string(b))) == 0 {
			texts = append(texts, namedText{"sample article (embedded)", sample})
			if *dateFlag == "" {
				*dateFlag = sampleDate
			}
		} else {
			texts = append(texts, namedText{"stdin", string(b)})
		}
	} else {
		for _, f := range fs.Args() {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			texts = append(texts, namedText{f, string(b)})
		}
	}
	published := time.Now()
	if *dateFlag != "" {
		if published, err = jsonl.ParseAnchor(*dateFlag); err != nil {
			return fmt.Errorf("-date: %v", err)
		}
	}
	w := bufio.NewWriter(stdout)
	for _, t := range texts {
		d := an.Analyze(t.text, published)
		if *jsonFlag {
			w.Write(d.AppendJSON(nil, opt))
			w.WriteByte('\n')
			continue
		}
		report(w, t.name, d)
	}
	return w.Flush()
}

type namedText struct{ name, text string }

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
