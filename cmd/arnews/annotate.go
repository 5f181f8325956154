package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/jsonl"
)

// An outputFormat is a way for annotate to write a Document other than the
// report, chosen with a bool flag of its name (-json; -html comes from the
// web package's file). A file adds one with registerFormat from its init
// function.
type outputFormat struct {
	name  string // the flag: -name
	usage string
	// write writes the document d of the input named name.
	write func(w io.Writer, name string, d *arnews.Document) error
}

var formats = map[string]*outputFormat{}

// registerFormat adds an output format to annotate.
func registerFormat(f *outputFormat) {
	if _, dup := formats[f.name]; dup {
		panic("arnews: output format " + f.name + " registered twice")
	}
	formats[f.name] = f
}

func init() {
	registerFormat(&outputFormat{
		name:  "json",
		usage: "write the Document as one line of JSON (see package arnews for the layout)",
		write: func(w io.Writer, _ string, d *arnews.Document) error {
			b := d.AppendJSON(nil, arnews.JSONOptions{})
			_, err := w.Write(append(b, '\n'))
			return err
		},
	})
	register(&command{
		name:  "annotate",
		args:  "[FILE]   or   annotate -jsonl [FILE...]",
		short: "run the whole pipeline: sentences, tokens, dates, entities, stems (the default command)",
		long: `The report lists the dates, entities and most frequent stems of the text.
-jsonl reads JSON lines {"id","date","text",...} (plain or gzip; standard input when no
FILE) and writes one JSON object a line, in input order, on every core: the annotated
document, or an error line for a line that could not be annotated (see package jsonl).
A line without "date" takes -date. A summary (documents and errors) goes to stderr unless
-q, a progress line too when stderr is a terminal or with -progress. The exit status is 1
when any line was an error, after every line is written.`,
		uses: useDate | useWeekStart | useGazetteer | useModel | useQuiet | useSample,
		setup: func(fs *flag.FlagSet) func(*env) error {
			jsonlFlag := fs.Bool("jsonl", false, "read JSON lines {id,date,text} and write one annotated JSON object a line")
			noTokens := fs.Bool("notokens", false, "with -json or -jsonl: leave the tokens out")
			workers := fs.Int("workers", 0, "with -jsonl: number of analyzing goroutines (default: every core)")
			progress := fs.Bool("progress", false, "with -jsonl: a progress line on stderr even when it is not a terminal")
			chosen := map[string]*bool{}
			for _, f := range formats {
				chosen[f.name] = fs.Bool(f.name, false, f.usage)
			}
			return func(e *env) error {
				var format *outputFormat
				for _, name := range sortedKeys(chosen) {
					if !*chosen[name] {
						continue
					}
					if format != nil {
						return usagef("-%s and -%s: choose one output", format.name, name)
					}
					format = formats[name]
				}
				if *jsonlFlag {
					if format != nil {
						return usagef("-jsonl and -%s: choose one output", format.name)
					}
					if e.sample {
						return usagef("-jsonl and -sample: -jsonl reads JSON lines")
					}
					return annotateJSONL(e, jsonlOptions{workers: *workers, progress: *progress, noTokens: *noTokens})
				}
				if *noTokens {
					if format == nil || format.name != "json" {
						return usagef("-notokens goes with -json or -jsonl")
					}
					format = &outputFormat{name: "json", write: func(w io.Writer, _ string, d *arnews.Document) error {
						_, err := w.Write(append(d.AppendJSON(nil, arnews.JSONOptions{OmitTokens: true}), '\n'))
						return err
					}}
				}
				return annotateText(e, format)
			}
		},
	})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// annotateText annotates one text and writes the report or format.
func annotateText(e *env, format *outputFormat) error {
	in, err := e.input()
	if err != nil {
		return err
	}
	if blank(in.text) {
		return nil // empty input, empty output
	}
	an, err := e.analyzer()
	if err != nil {
		return err
	}
	d := an.Analyze(in.text, e.anchor(in.sample))
	w := bufio.NewWriter(e.stdout)
	if format != nil {
		err = format.write(w, in.name, d)
	} else {
		report(w, in.name, d)
	}
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing: %v", ferr)
	}
	return err
}

type jsonlOptions struct {
	workers            int
	progress, noTokens bool
}

// jsonlMemoryLimit is the soft memory limit of annotate -jsonl.
const jsonlMemoryLimit = 160 << 20

// annotateJSONL is annotate -jsonl.
func annotateJSONL(e *env, o jsonlOptions) error {
	an, err := e.analyzer()
	if err != nil {
		return err
	}
	for _, f := range e.args {
		if st, err := os.Stat(f); err != nil {
			return fmt.Errorf("reading %s", trimPathErr(err))
		} else if st.IsDir() {
			return fmt.Errorf("reading %s: is a directory", f)
		}
	}
	// Annotating an archive allocates a lot of short-lived memory: collect
	// garbage less often (saves about a tenth of the CPU time), unless the
	// user chose with GOGC; but keep the heap under a soft limit (the live
	// heap is about 50 MB, which GOGC=400 alone lets grow to 265 MB),
	// unless the user chose with GOMEMLIMIT.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(jsonlMemoryLimit)
	}
	cfg := jsonl.Config{Analyzer: an, Workers: o.workers, JSON: arnews.JSONOptions{OmitTokens: o.noTokens}, Stdin: e.stdin}
	if e.date != "" {
		cfg.Date = e.anchor(false) // for the lines without a date
	}
	if !e.quiet && (o.progress || isTerminal(e.stderr)) {
		cfg.Progress = e.stderr
	}
	sum, err := jsonl.Run(e.args, e.stdout, cfg)
	if err != nil {
		return fmt.Errorf("writing: %v", err)
	}
	e.notef("%s", sum)
	if sum.Errors > 0 {
		return fmt.Errorf("%d of %d lines are error lines: their \"error\" field says why", sum.Errors, sum.Errors+sum.Documents)
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && !strings.HasPrefix(f.Name(), os.DevNull)
}
