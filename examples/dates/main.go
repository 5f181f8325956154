// Command dates shows the dates API: dates.Find gives the date expressions
// of a text, each resolved to the span of time it names.
//
//	go run ./examples/dates
//
// The command-line tool for real work is `arnews dates` (cmd/arnews).
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/arnews/arnews/dates"
)

const text = "أعلنت الوزارة اليوم الثلاثاء تسجيل 120 إصابة، بعد 98 أمس، على أن يعقد الوزير مؤتمرا الخميس المقبل، في 8 رمضان 1442."

func main() { show(os.Stdout) }

func show(w io.Writer) {
	published := time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC) // a Tuesday
	for _, e := range dates.Find(text, published, dates.WeekStart(time.Saturday)) {
		// [From, To) is the span; text[e.Start:e.End] is the expression.
		fmt.Fprintf(w, "%-16s %-8s %-4s %s .. %s", e.Text, e.Kind, e.Grain, e.From.Format("2006-01-02"), e.To.Format("2006-01-02"))
		if e.Hijri.Year != 0 {
			fmt.Fprintf(w, "  (Hijri %d/%d/%d)", e.Hijri.Year, e.Hijri.Month, e.Hijri.Day)
		}
		fmt.Fprintln(w)
	}
}
