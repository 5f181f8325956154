package main

import (
	"bufio"
	"flag"
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
)

func init() {
	register(&command{
		name:  "dates",
		args:  "[FILE]",
		short: "list the date expressions of a text, resolved against the publication date",
		long: `Each expression is one line: its byte span, its text, its kind and grain, and the
days (or times) it covers, the last day included; its Hijri date and a warning follow
on their own lines when it has them.`,
		uses: useDate | useWeekStart | useQuiet | useSample,
		setup: func(fs *flag.FlagSet) func(*env) error {
			future := fs.Bool("future", false, "read bare month and weekday names as future")
			return func(e *env) error {
				in, err := e.input()
				if err != nil {
					return err
				}
				if blank(in.text) {
					return nil
				}
				opts := e.dateOptions()
				if *future {
					opts = append(opts, dates.BareNames(dates.Future))
				}
				anchor := e.anchor(in.sample)
				w := bufio.NewWriter(e.stdout)
				fmt.Fprintf(w, "anchor %s (%s)\n", anchor.Format("2006-01-02 15:04 -0700"), anchor.Weekday())
				for _, x := range dates.Find(in.text, anchor, opts...) {
					fmt.Fprintf(w, "%d-%d\t%s\t%s/%s\t%s\n", x.Start, x.End, x.Text, x.Kind, x.Grain, datesSpan(x))
					if x.Hijri.Year != 0 {
						fmt.Fprintf(w, "\thijri %d/%d/%d\n", x.Hijri.Year, x.Hijri.Month, x.Hijri.Day)
					}
					if x.Warning != "" {
						fmt.Fprintf(w, "\twarning: %s\n", x.Warning)
					}
				}
				return flushErr(w)
			}
		},
	})
}

// flushErr flushes w; a failed write (a full disk, a closed pipe) is
// reported.
func flushErr(w *bufio.Writer) error {
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing: %v", err)
	}
	return nil
}

// datesSpan formats [From, To) as the days (or times) it covers, the last
// day included.
func datesSpan(x dates.Expression) string {
	midnight := func(t time.Time) bool { h, m, s := t.Clock(); return h == 0 && m == 0 && s == 0 }
	if x.Grain < dates.Day || !midnight(x.From) || !midnight(x.To) {
		return x.From.Format("2006-01-02 15:04") + " .. " + x.To.Format("2006-01-02 15:04") + " (end excluded)"
	}
	last := x.LastDay()
	if last.Equal(x.From) {
		return x.From.Format("2006-01-02 (Mon)")
	}
	return x.From.Format("2006-01-02") + " .. " + last.Format("2006-01-02")
}
