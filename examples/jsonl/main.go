// Command jsonl shows the jsonl API: an archive of JSON lines, one article
// a line, annotated in input order on every core, with an error line for
// each line that cannot be annotated (and for damage in the input).
//
//	go run ./examples/jsonl
//
// The command-line tool for real archives is `arnews annotate -jsonl`
// (cmd/arnews).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/arnews/arnews/jsonl"
)

const archive = `{"id": "a1", "date": "2021-04-06", "text": "التقى وزير الخارجية سامح شكري نظيره السوداني أمس في القاهرة."}
{"id": "a2", "text": "أعلنت وزارة الصحة اليوم تسجيل 120 إصابة جديدة."}
not json
{"id": "a4", "date": "2021-04-07", "text": "وصل الرئيس إلى الخرطوم"}`

func main() {
	if err := show(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "jsonl:", err)
		os.Exit(1)
	}
}

func show(w io.Writer) error {
	cfg := jsonl.Config{
		Workers: 2,
		// The publication time of lines without a "date" (a2).
		Date: time.Date(2021, 4, 5, 12, 0, 0, 0, time.UTC),
	}
	return jsonl.AnnotateEach(strings.NewReader(archive), "news.jsonl", cfg, func(o jsonl.Output) error {
		if o.Err != nil {
			fmt.Fprintf(w, "line %d: error: %v\n", o.Line, o.Err)
			return nil
		}
		d := o.Document
		fmt.Fprintf(w, "line %d: %s, published %s, %d dates, %d entities, %d bytes of JSON\n",
			o.Line, o.Record.ID, d.Published.Format("2006-01-02"), len(d.Dates), len(d.Entities), len(o.JSON))
		return nil
	})
}
