// Command dates prints every date expression of an Arabic text, resolved
// against a publication date.
//
// Usage:
//
//	dates -date 2020-10-06 [-time 12:00] [-weekstart saturday] [-future] [file]
//
// The text is read from the file, or from standard input when there is
// none. Each expression is printed on one line: its byte span, its text,
// its kind and grain, and the days (or times) it covers; a warning follows
// on its own line when the text contradicted itself.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/arnews/arnews/dates"
)

func main() {
	date := flag.String("date", "", "publication date, YYYY-MM-DD (default: today)")
	clock := flag.String("time", "12:00", "publication time of day, HH:MM")
	weekStart := flag.String("weekstart", "saturday", "first day of the week (sunday … saturday)")
	future := flag.Bool("future", false, "read bare month and weekday names as future")
	flag.Parse()

	anchor := time.Now()
	if *date != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *date+" "+*clock, time.Local)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dates: bad -date or -time:", err)
			os.Exit(2)
		}
		anchor = t
	}
	ws := -1
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), *weekStart) || strings.EqualFold(d.String()[:3], *weekStart) {
			ws = int(d)
		}
	}
	if ws < 0 {
		fmt.Fprintln(os.Stderr, "dates: bad -weekstart:", *weekStart)
		os.Exit(2)
	}
	opts := []dates.Option{dates.WeekStart(time.Weekday(ws))}
	if *future {
		opts = append(opts, dates.BareNames(dates.Future))
	}

	var in io.Reader = os.Stdin
	if flag.NArg() > 0 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, "dates:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dates:", err)
		os.Exit(1)
	}
	fmt.Printf("anchor %s (%s)\n", anchor.Format("2006-01-02 15:04 -0700"), anchor.Weekday())
	for _, e := range dates.Find(string(b), anchor, opts...) {
		fmt.Printf("%d-%d\t%s\t%s/%s\t%s\n", e.Start, e.End, e.Text, e.Kind, e.Grain, span(e))
		if e.Hijri.Year != 0 {
			fmt.Printf("\thijri %d/%d/%d\n", e.Hijri.Year, e.Hijri.Month, e.Hijri.Day)
		}
		if e.Warning != "" {
			fmt.Printf("\twarning: %s\n", e.Warning)
		}
	}
}

// span formats [From, To) as the days (or times) it covers, inclusive.
func span(e dates.Expression) string {
	midnight := func(t time.Time) bool { h, m, s := t.Clock(); return h == 0 && m == 0 && s == 0 }
	if e.Grain < dates.Day || !midnight(e.From) || !midnight(e.To) {
		return e.From.Format("2006-01-02 15:04") + " .. " + e.To.Format("2006-01-02 15:04") + " (end excluded)"
	}
	last := e.To.AddDate(0, 0, -1)
	if last.Equal(e.From) {
		return e.From.Format("2006-01-02 (Mon)")
	}
	return e.From.Format("2006-01-02") + " .. " + last.Format("2006-01-02")
}
