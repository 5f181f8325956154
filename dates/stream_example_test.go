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

// One Stream serves several readers: here the tokens are counted and the
// same Stream, refilled for the next text, is handed to FindStream, which
// resolves against the anchor as Find does.
func ExampleResolver_FindStream() {
	r, err := dates.New(dates.WeekStart(time.Saturday))
	if err != nil {
		fmt.Println(err)
		return
	}
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC) // a Tuesday
	var st tokenize.Stream
	for _, s := range []string{"وصل الوفد أمس الأحد إلى طهران", "تنتهي المهلة نهاية الشهر المقبل"} {
		st.Reset(s)
		words := 0
		for _, t := range st.Tokens() {
			if t.Kind == tokenize.Word {
				words++
			}
		}
		for _, e := range r.FindStream(&st, anchor) {
			fmt.Printf("%d words; %s: [%s, %s)\n", words, e.Text, e.From.Format("2006-01-02"), e.To.Format("2006-01-02"))
			if e.Warning != "" {
				fmt.Println("  warning:", e.Warning)
			}
		}
	}
	// Output:
	// 6 words; أمس الأحد: [2020-10-04, 2020-10-05)
	//   warning: yesterday is 2020-10-05 (Monday) but the text names Sunday; used 2020-10-04
	// 5 words; نهاية الشهر المقبل: [2020-11-21, 2020-12-01)
}
