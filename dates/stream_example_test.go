package dates_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/tokenize"
)

// A program that tokenizes a text anyway hands its word stream to the
// Resolver, which then reads the words from it instead of scanning the
// text again; the answer is the same as FindWritten's on the text.
func ExampleResolver_FindWrittenStream() {
	r, err := dates.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	st := tokenize.NewStream("قال الوزير اليوم الاثنين إن الاجتماع المقبل سيعقد الخميس")
	fmt.Println(st.Len(), "tokens")
	stamp := time.Date(2024, 1, 16, 8, 0, 0, 0, time.UTC) // a Tuesday: the text was written on Monday
	exprs, written, ok := r.FindWrittenStream(st, stamp)
	fmt.Println("written", written.Format("Mon 2006-01-02"), ok)
	for _, e := range exprs {
		fmt.Printf("%s: %s\n", e.Text, e.From.Format("Mon 2006-01-02"))
	}
	// Output:
	// 9 tokens
	// written Mon 2024-01-15 true
	// اليوم الاثنين: Mon 2024-01-15
	// الخميس: Thu 2024-01-18
}
