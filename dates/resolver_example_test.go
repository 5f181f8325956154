package dates_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
)

// A Resolver is configured once: here for an agenda (bare names point
// forward) with weeks starting on Monday, in Cairo's time. New rejects
// an invalid option instead of leaving it out.
func ExampleNew() {
	cairo := time.FixedZone("EET", 2*3600)
	r, err := dates.New(dates.WeekStart(time.Monday), dates.Location(cairo), dates.BareNames(dates.Future))
	if err != nil {
		fmt.Println(err)
		return
	}
	anchor := time.Date(2020, 10, 6, 23, 30, 0, 0, time.UTC) // already Wednesday in Cairo
	for _, e := range r.Find("يفتتح المعرض الجمعة ويستمر حتى نهاية الأسبوع المقبل", anchor) {
		fmt.Printf("%s: %s .. %s\n", e.Text, e.From.Format("Mon 2006-01-02"), e.To.Format("Mon 2006-01-02"))
	}
	if _, err := dates.New(dates.WeekStart(time.Weekday(7))); err != nil {
		fmt.Println(err)
	}
	// Output:
	// الجمعة: Fri 2020-10-09 .. Sat 2020-10-10
	// نهاية الأسبوع المقبل: Sat 2020-10-17 .. Mon 2020-10-19
	// dates: WeekStart(7) is not a day of the week
}
