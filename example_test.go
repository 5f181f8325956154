package arnews_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/arnews/arnews"
)

// Analyze a news sentence stamped Tuesday 2020-10-06 that says "yesterday
// Sunday": the text was written on Monday, so relative dates are resolved
// against Monday (Document.Written) and agree without a warning.
func ExampleAnalyze() {
	published := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	doc := arnews.Analyze("قال وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد في طهران إن بلاده مستعدة للوساطة.", published)
	fmt.Println("written", doc.Written.Format("Mon 2006-01-02"))
	for _, e := range doc.Dates {
		fmt.Println(e.Text, e.From.Format("2006-01-02"), e.Grain, e.Warning != "")
	}
	for _, m := range doc.Mentions {
		fmt.Println(m.Text, m.Type, m.Entity.Name)
	}
	// Output:
	// written Mon 2020-10-05
	// أمس الأحد 2020-10-04 day false
	// الإيراني nationality إيران
	// محمد جواد ظريف person محمد جواد ظريف
	// طهران place طهران
}

// With TrustStamp the stamp anchors the text even where the text disagrees
// with it: "yesterday Sunday" on a Tuesday keeps the named Sunday, with a
// warning.
func ExampleTrustStamp() {
	a, err := arnews.New(arnews.TrustStamp())
	if err != nil {
		panic(err)
	}
	doc := a.Analyze("قال الوزير أمس الأحد إن المفاوضات مستمرة.", time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC))
	fmt.Println("written", doc.Written.Format("Mon 2006-01-02"))
	e := doc.Dates[0]
	fmt.Println(e.Text, e.From.Format("Mon 2006-01-02"), e.Warning != "")
	// Output:
	// written Tue 2020-10-06
	// أمس الأحد Sun 2020-10-04 true
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
