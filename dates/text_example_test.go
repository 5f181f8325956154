package dates_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
)

// LastDay gives the last day a span covers: To is excluded, so a week
// ends the day before To.
func ExampleExpression_LastDay() {
	published := time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC) // a Tuesday
	for _, e := range dates.Find("الأسبوع الماضي", published) {
		fmt.Println(e.From.Format("Mon 2006-01-02"), "to", e.LastDay().Format("Mon 2006-01-02"))
	}
	// Output:
	// Sat 2021-03-27 to Fri 2021-04-02
}
