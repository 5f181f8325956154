// Command annotate shows the arnews API: one call runs the whole pipeline
// on an article and gives its sentences, tokens, dates, entities and stems.
//
//	go run ./examples/annotate
//
// The command-line tool for real work is cmd/arnews.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/arnews/arnews"
)

const article = `أعلنت وزارة الخارجية المصرية اليوم الثلاثاء أن الوزير سامح شكري بحث أمس الإثنين في القاهرة مع نظيره السوداني ملف سد النهضة الإثيوبي، على أن يزور الخرطوم الأسبوع المقبل.`

func main() { show(os.Stdout) }

func show(w io.Writer) {
	// Published on Tuesday 6 April 2021, at noon in Cairo.
	cairo := time.FixedZone("EET", 2*3600)
	doc := arnews.Analyze(article, time.Date(2021, 4, 6, 12, 0, 0, 0, cairo))

	fmt.Fprintf(w, "%d sentences, %d tokens\n", len(doc.Sentences), len(doc.Tokens))
	for _, d := range doc.Dates {
		// Offsets are byte offsets into the text: article[d.Start:d.End].
		// [From, To) is the span; LastDay is the last day it covers.
		fmt.Fprintf(w, "date    %-20s %s .. %s (%s)\n", d.Text, d.From.Format("2006-01-02"), d.LastDay().Format("2006-01-02"), d.Grain)
	}
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "entity  %-20s %s %s ×%d\n", e.Entity.Name, e.Entity.Type, e.Entity.ID, e.Count)
	}
	for _, s := range doc.TopStems(3) {
		fmt.Fprintf(w, "stem    %-20s ×%d (%s)\n", s.Stem, s.Count, s.Word)
	}
	// The Document is also JSON (see the package documentation).
	b := doc.AppendJSON(nil, arnews.JSONOptions{OmitTokens: true})
	fmt.Fprintf(w, "JSON: %d bytes\n", len(b))
}
