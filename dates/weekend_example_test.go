package dates_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
)

// نهاية الأسبوع is the weekend: Friday and Saturday by default (weeks
// start on Saturday), Saturday and Sunday under Monday weeks, or the days
// Weekend names.
func ExampleWeekend() {
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC) // a Tuesday
	for _, opts := range [][]dates.Option{nil, {dates.WeekStart(time.Monday)}, {dates.Weekend(time.Thursday)}} {
		e := dates.Find("عطلة نهاية الأسبوع", anchor, opts...)[0]
		fmt.Println(e.Text, e.From.Format("Mon 02"), e.To.AddDate(0, 0, -1).Format("Mon 02"))
	}
	// Output:
	// نهاية الأسبوع Fri 09 Sat 10
	// نهاية الأسبوع Sat 10 Sun 11
	// نهاية الأسبوع Thu 08 Fri 09
}
