// Command dates prints every date expression of an Arabic text, resolved
// against a publication date.
//
// Usage:
//
//	dates [-date 2020-10-06] [-time 12:00] [-weekstart saturday] [-future] [file]
//
// The text is read from the file, or from standard input when there is
// none; with neither (standard input a terminal or empty) it reads a short
// built-in sample dated 2021-04-06. Each expression is printed on one line: its byte span, its text,
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

// sample is a short paragraph of our own, in the style of the news, read
// when no file is named and standard input is a terminal or empty; its
// publication date is sampleDate unless -date says otherwise.
const (
	sample     = "أعلنت وزارة الصحة اليوم الثلاثاء تسجيل 120 إصابة جديدة، بعد أن سجلت أمس الإثنين 98 إصابة، وهو أعلى رقم منذ الأسبوع الماضي. وكان الوزير قد حذر في 3 أبريل من موجة ثانية، على أن يعقد مؤتمرا صحفيا الخميس المقبل، أي بعد يومين، في 8 رمضان 1442."
	sampleDate = "2021-04-06"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintln(os.Stderr, "dates:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, stdin *os.File, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "publication date, YYYY-MM-DD (default: today, or the sample's date)")
	clock := fs.String("time", "12:00", "publication time of day, HH:MM")
	weekStart := fs.String("weekstart", "saturday", "first day of the week (sunday … saturday)")
	future := fs.Bool("future", false, "read bare month and weekday names as future")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ws := -1
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), *weekStart) || strings.EqualFold(d.String()[:3], *weekStart) {
			ws = int(d)
		}
	}
	if ws < 0 {
		return fmt.Errorf("bad -weekstart %q", *weekStart)
	}
	opts := []dates.Option{dates.WeekStart(time.Weekday(ws))}
	if *future {
		opts = append(opts, dates.BareNames(dates.Future))
	}

	text, isSample, err := input(fs.Args(), stdin)
	if err != nil {
		return err
	}
	anchor := time.Now()
	if *date == "" && isSample {
		*date = sampleDate
	}
	if *date != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *date+" "+*clock, time.Local)
		if err != nil {
			return fmt.Errorf("bad -date or -time: %v", err)
		}
		anchor = t
	}
	if isSample {
		fmt.Fprintln(stdout, "sample text (embedded):", sample)
	}
	fmt.Fprintf(stdout, "anchor %s (%s)\n", anchor.Format("2006-01-02 15:04 -0700"), anchor.Weekday())
	for _, e := range dates.Find(text, anchor, opts...) {
		fmt.Fprintf(stdout, "%d-%d\t%s\t%s/%s\t%s\n", e.Start, e.End, e.Text, e.Kind, e.Grain, span(e))
		if e.Hijri.Year != 0 {
			fmt.Fprintf(stdout, "\thijri %d/%d/%d\n", e.Hijri.Year, e.Hijri.Month, e.Hijri.Day)
		}
		if e.Warning != "" {
			fmt.Fprintf(stdout, "\twarning: %s\n", e.Warning)
		}
	}
	return nil
}

// input returns the text of the named file, or of standard input, or the
// sample when there is no file and standard input is a terminal or empty.
func input(args []string, stdin *os.File) (string, bool, error) {
	if len(args) > 1 {
		return "", false, fmt.Errorf("one file at most, got %d", len(args))
	}
	if len(args) == 1 {
		b, err := os.ReadFile(args[0])
		return string(b), false, err
	}
	if st, err := stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		return sample, true, nil
	}
	b, err := io.ReadAll(stdin)
	if err != nil {
		return "", false, err
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return sample, true, nil
	}
	return string(b), false, nil
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
