package jsonl_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/jsonl"
)

// Annotate turns one input line into one output line: the input's fields
// but "text", and the analysis under "document".
func ExampleAnnotate() {
	line := []byte(`{"id": "a1", "date": "2021-04-06", "text": "التقى وزير الخارجية المصري سامح شكري نظيره السوداني أمس الإثنين في القاهرة."}`)
	out, _, doc, err := jsonl.Annotate(nil, jsonl.Position{Line: 1}, line, jsonl.Config{JSON: arnews.JSONOptions{OmitText: true, OmitTokens: true}})
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.HasPrefix(string(out), `{"id":"a1","line":1,"date":"2021-04-06","document":{`))
	for _, d := range doc.Dates {
		fmt.Println(d.Text, d.From.Format("2006-01-02"))
	}
	for _, e := range doc.Entities {
		fmt.Println(e.Entity.Name, e.Count)
	}
	// Output:
	// true
	// أمس الإثنين 2021-04-05
	// مصر 1
	// سامح شكري 1
	// السودان 1
	// القاهرة 1
}

// A line that cannot be annotated gives an error line, never nothing. A
// line without a date is one, unless Config.Date dates it.
func ExampleAnnotate_errorLine() {
	line := []byte(`{"id": "b2", "text": "نص بلا تاريخ"}`)
	out, _, _, err := jsonl.Annotate(nil, jsonl.Position{File: "archive.jsonl", Line: 7}, line, jsonl.Config{})
	fmt.Println(err)
	fmt.Println(string(out))
	cfg := jsonl.Config{Date: time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC)}
	_, _, doc, err := jsonl.Annotate(nil, jsonl.Position{Line: 7}, line, cfg)
	fmt.Println(err, doc.Published.Format("2006-01-02"))
	// Output:
	// no "date" string
	// {"file":"archive.jsonl","line":7,"id":"b2","error":"no \"date\" string"}
	// <nil> 2021-04-06
}

// AnnotateEach reads a whole archive (plain or gzip) and hands back each
// line's output in input order, however many workers analyze.
func ExampleAnnotateEach() {
	archive := strings.NewReader(`{"id": "1", "date": "2020-10-06", "text": "قال الرئيس الإيراني حسن روحاني اليوم الثلاثاء إن طهران مستعدة للمساعدة."}
not json
{"id": "3", "date": "2020-10-07", "text": "وصل وزير الخارجية الروسي سيرغي لافروف إلى موسكو أمس."}
`)
	err := jsonl.AnnotateEach(archive, "news.jsonl", jsonl.Config{Workers: 2}, func(o jsonl.Output) error {
		if o.Err != nil {
			fmt.Println(o.Line, "error:", o.Err)
			return nil
		}
		fmt.Println(o.Line, o.Record.ID, len(o.Document.Dates), "dates", len(o.Document.Entities), "entities")
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// 1 1 1 dates 3 entities
	// 2 error: not a JSON object: invalid character 'o' in literal null (expecting 'u')
	// 3 3 1 dates 3 entities
}

// ParseAnchor reads the publication times archives carry; a bare date is
// taken as noon UTC, so that it is the same day from UTC-11 to UTC+11.
func ExampleParseAnchor() {
	for _, s := range []string{"2021-04-06", "2021-04-06 23:30:00", "2021-04-06T08:00:00+03:00", "06/04/2021"} {
		t, err := jsonl.ParseAnchor(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t.Format("2006-01-02 15:04 MST"))
	}
	// Output:
	// 2021-04-06 12:00 UTC
	// 2021-04-06 23:30 UTC
	// 2021-04-06 08:00 +0300
	// error: "06/04/2021" is neither YYYY-MM-DD nor an RFC 3339 time
}
