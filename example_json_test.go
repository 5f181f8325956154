package arnews_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/arnews/arnews"
)

// A Document's JSON reads back into an equal Document.
func ExampleDocument_UnmarshalJSON() {
	published := time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC)
	doc := arnews.Analyze("وصل وزير الخارجية سامح شكري إلى الخرطوم أمس.", published)
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	var back arnews.Document
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	for _, e := range back.Dates {
		fmt.Println(e.Text, e.Kind, e.Grain, e.From.Format("2006-01-02"), "to", e.LastDay().Format("2006-01-02"))
	}
	for _, ec := range back.Entities {
		fmt.Println(ec.Entity.ID, ec.Count, ec.Entity == doc.Entities[0].Entity || ec.Entity == doc.Entities[1].Entity)
	}
	// Output:
	// أمس relative day 2021-04-05 to 2021-04-05
	// p-sameh-shoukry 1 true
	// g-379252 1 true
}
