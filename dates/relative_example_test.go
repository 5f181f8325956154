package dates_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
)

// An amount of years or months back names the calendar year or month it
// lands in; a holiday with a year is that year's; a name that holds a
// date is no date, and an event's name is the event's own day.
func Example_relative() {
	text := "قال المتحدث إن الحرب المستمرة منذ 7 سنوات دمرت البلاد، وإن المفاوضات التي بدأت قبل ثلاثة أشهر " +
		"ستستأنف بعد عيد الأضحى 2021، فيما تحيي حركة 6 أبريل ذكرى ثورة 25 يناير."
	anchor := time.Date(2018, 5, 20, 12, 0, 0, 0, time.UTC)
	for _, e := range dates.Find(text, anchor) {
		fmt.Printf("%s: %s .. %s (%s)\n", e.Text, e.From.Format("2006-01-02"), e.To.AddDate(0, 0, -1).Format("2006-01-02"), e.Grain)
	}
	// Output:
	// منذ 7 سنوات: 2011-01-01 .. 2011-12-31 (year)
	// قبل ثلاثة أشهر: 2018-02-01 .. 2018-02-28 (month)
	// عيد الأضحى 2021: 2021-07-20 .. 2021-07-23 (day)
	// 25 يناير: 2011-01-25 .. 2011-01-25 (day)
}
