package arabic_test

import (
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/bleve/arabic"
)

func TestNewArticleDays(t *testing.T) {
	pub := time.Date(2021, 4, 7, 12, 0, 0, 0, time.UTC) // a Wednesday
	text := "قال الوزير أمس إن المحادثات التي جرت الأسبوع الماضي كانت مثمرة، وإن عام 2019 كان صعبا."
	doc := arnews.Analyze(text, pub)
	a := arabic.NewArticle(doc, "عنوان", "outlet")
	var days []string
	for _, d := range a.Days {
		if d.Location() != time.UTC || d.Hour() != 0 {
			t.Errorf("day %v is not midnight UTC", d)
		}
		days = append(days, d.Format("01-02"))
	}
	// أمس is April 6; the week before (Saturday weeks) is March 27 to April 2;
	// the year 2019 is longer than MaxDaySpan and gives no day.
	want := "04-06 03-27 03-28 03-29 03-30 03-31 04-01 04-02"
	if got := strings.Join(days, " "); got != want {
		t.Errorf("days %s, want %s (dates: %v)", got, want, doc.Dates)
	}
	if a.Title != "عنوان" || a.Outlet != "outlet" || !a.Published.Equal(pub) || a.Text != text {
		t.Errorf("article %+v", a)
	}
	if a.BleveType() != arabic.DocType {
		t.Error(a.BleveType())
	}
}

func TestParsePeriod(t *testing.T) {
	for _, c := range []struct{ in, from, to string }{
		{"2021", "2021-01-01", "2022-01-01"},
		{"2021-04", "2021-04-01", "2021-05-01"},
		{"2021-02-28", "2021-02-28", "2021-03-01"},
	} {
		f, to, err := arabic.ParsePeriod(c.in)
		if err != nil || f.Format(time.DateOnly) != c.from || to.Format(time.DateOnly) != c.to || f.Location() != time.UTC {
			t.Errorf("%s: %v %v %v", c.in, f, to, err)
		}
	}
	for _, bad := range []string{"", "21", "2021-4", "2021-13", "2021-02-30", "April", "2021-04-01T00:00:00Z"} {
		if _, _, err := arabic.ParsePeriod(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2021", "2021-04", "2021-04-15", "0000-00", "٢٠٢١"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		from, to, err := arabic.ParsePeriod(s)
		if err != nil {
			return
		}
		if !from.Before(to) || to.Sub(from) > 366*24*time.Hour {
			t.Fatalf("%q: [%v, %v)", s, from, to)
		}
	})
}

func FuzzNewArticle(f *testing.F) {
	f.Add("قال الوزير أمس إن المحادثات التي جرت الأسبوع الماضي في القاهرة كانت مثمرة")
	f.Add("\xff١٥ رمضان ١٤٤١ هـ")
	pub := time.Date(2021, 4, 7, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		a := arabic.NewArticle(arnews.Analyze(text, pub), "", "")
		seen := map[time.Time]bool{}
		for _, d := range a.Days {
			if seen[d] || d.Hour() != 0 || d.Location() != time.UTC {
				t.Fatalf("day %v repeated or not midnight UTC", d)
			}
			seen[d] = true
		}
	})
}
