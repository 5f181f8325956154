package arnews_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/arnews/arnews"
)

// Analyze a news sentence published on Tuesday 2020-10-06: "yesterday
// Sunday" names a day that is not yesterday, so the named weekday wins and
// the expression carries a warning.
func ExampleAnalyze() {
	published := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	doc := arnews.Analyze("قال وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد في طهران إن بلاده مستعدة للوساطة.", published)
	for _, e := range doc.Dates {
		fmt.Println(e.Text, e.From.Format("2006-01-02"), e.Grain, e.Warning != "")
	}
	for _, m := range doc.Mentions {
		fmt.Println(m.Text, m.Type, m.Entity.Name)
	}
	// Output:
	// أمس الأحد 2020-10-04 day true
	// الإيراني nationality إيران
	// محمد جواد ظريف person محمد جواد ظريف
	// طهران place طهران
}

// The JSON of a Document gives every span in bytes and in UTF-16 code
// units, for JavaScript clients.
func ExampleDocument_MarshalJSON() {
	doc := arnews.Analyze("🇪🇬 القاهرة", time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC))
	b, _ := json.Marshal(doc)
	var out struct {
		Mentions []struct {
			Text    string `json:"text"`
			Start   int    `json:"start"`
			End     int    `json:"end"`
			Start16 int    `json:"start16"`
			End16   int    `json:"end16"`
		} `json:"mentions"`
	}
	json.Unmarshal(b, &out)
	for _, m := range out.Mentions {
		fmt.Println(m.Text, m.Start, m.End, m.Start16, m.End16)
	}
	// Output:
	// القاهرة 9 23 5 12
}

// An Analyzer with Monday weeks, shared by every goroutine of a program.
func ExampleNew() {
	a, err := arnews.New(arnews.WeekStart(time.Monday))
	if err != nil {
		panic(err)
	}
	doc := a.Analyze("تظاهرات الأسبوع الماضي", time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC))
	e := doc.Dates[0]
	fmt.Println(e.From.Format("Mon 2006-01-02"), "..", e.To.AddDate(0, 0, -1).Format("Mon 2006-01-02"))
	// Output:
	// Mon 2020-09-28 .. Sun 2020-10-04
}
