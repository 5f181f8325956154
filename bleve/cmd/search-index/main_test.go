package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/jsonl"
	"github.com/blevesearch/bleve/v2"
)

func testIndex(t *testing.T) bleve.Index {
	t.Helper()
	idx, err := bleve.New(t.TempDir()+"/idx", arabic.NewIndexMapping(""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	f, err := os.Open("../testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	err = jsonl.EachLine(f, func(_ int, line []byte) error {
		rec, err := jsonl.Parse(line, time.Time{})
		if err != nil {
			return nil // the bad line
		}
		doc := arnews.Analyze(rec.Text, rec.Published)
		return idx.Index(rec.ID, arabic.NewArticle(doc, rec.Field("title"), rec.Field("outlet")))
	})
	if err != nil {
		t.Fatal(err)
	}
	return idx
}

func TestRun(t *testing.T) {
	idx := testIndex(t)
	var out strings.Builder
	cfg := config{query: "مفاوضات سد", entities: []string{"p-sameh-shoukry"}, day: "2021-04", n: 10, facets: 10, style: "html"}
	if err := run(idx, cfg, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"1 articles match",
		"[a1 test 2021-04-07]",
		"<mark>مفاوضاتِ</mark> <mark>سدّ</mark> النهضـــة", // the words as written
		"<mark>سدّ</mark> النهضة",                          // in the title
		"p-sameh-shoukry سامح شكري",
		"days (articles speaking of each day):",
		"1  2021-04-06", "1  2021-04-15",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in\n%s", want, s)
		}
	}
	if strings.Contains(s, "2021-04-07\n") {
		t.Errorf("a day nobody speaks of is listed:\n%s", s)
	}

	// Publication window only, no query: both articles of April, no highlighting.
	out.Reset()
	if err := run(idx, config{from: "2021-04", to: "2021-04", n: 10, facets: 3}, &out); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "2 articles match") || !strings.Contains(s, "[a3 other 2021-04-12]") || strings.Contains(s, "a2") {
		t.Errorf("publication window:\n%s", s)
	}

	for _, bad := range []config{{day: "April"}, {from: "2021-13"}, {to: "x"}} {
		if err := run(idx, bad, &out); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

func TestDayBuckets(t *testing.T) {
	for _, c := range []struct {
		period string
		n      int
		first  string
	}{{"2021-04-15", 1, "2021-04-15"}, {"2021-04", 30, "2021-04-01"}, {"2021", 12, "2021-01"}} {
		from, to, err := arabic.ParsePeriod(c.period)
		if err != nil {
			t.Fatal(err)
		}
		b := dayBuckets(from, to)
		if len(b) != c.n || b[0].name != c.first || !b[len(b)-1].to.Equal(to) {
			t.Errorf("%s: %d buckets from %s", c.period, len(b), b[0].name)
		}
	}
}
