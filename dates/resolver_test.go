package dates_test

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/internal/shared"
)

// Every invalid option is an error from New that names it; Find leaves it
// out and uses the default.
func TestNewRejectsInvalidOptions(t *testing.T) {
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	text := "قال الوزير الأسبوع الماضي إنه سيزور القاهرة الأحد"
	for _, c := range []struct {
		opt  dates.Option
		name string
	}{
		{dates.WeekStart(time.Weekday(7)), "WeekStart(7)"},
		{dates.WeekStart(time.Weekday(-1)), "WeekStart(-1)"},
		{dates.Location(nil), "Location(nil)"},
		{dates.BareNames(0), "BareNames(0)"},
		{dates.BareNames(dates.Direction(2)), "BareNames(2)"},
	} {
		r, err := dates.New(dates.WeekStart(time.Monday), c.opt)
		if err == nil || r != nil || !strings.Contains(err.Error(), c.name) {
			t.Errorf("New(%s) = %v, %v", c.name, r, err)
		}
		if got, want := dates.Find(text, anchor, c.opt), dates.Find(text, anchor); !reflect.DeepEqual(got, want) {
			t.Errorf("Find with %s: %+v, default %+v", c.name, got, want)
		}
	}
	for _, opts := range [][]dates.Option{nil, {nil}, {dates.WeekStart(time.Sunday), dates.WeekStart(time.Saturday)},
		{dates.Location(time.UTC), dates.BareNames(dates.Past), dates.BareNames(dates.Future)}} {
		if _, err := dates.New(opts...); err != nil {
			t.Errorf("New(%v): %v", opts, err)
		}
	}
}

// A Resolver finds what Find finds with the same options, on real news.
func TestResolverMatchesFind(t *testing.T) {
	riyadh := time.FixedZone("+03", 3*3600)
	anchor := time.Date(2018, 2, 18, 21, 30, 0, 0, time.UTC)
	configs := [][]dates.Option{
		nil,
		{dates.WeekStart(time.Monday)},
		{dates.Location(riyadh), dates.BareNames(dates.Future)},
	}
	var rs []*dates.Resolver
	for _, opts := range configs {
		r, err := dates.New(opts...)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	n, found := 0, 0
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		for i, r := range rs {
			got, want := r.Find(a.Text, anchor), dates.Find(a.Text, anchor, configs[i]...)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, options %d: Resolver gives %d expressions, Find %d", a.ID, i, len(got), len(want))
			}
			found += len(got)
		}
		n++
		return n < 300
	})
	if found == 0 {
		t.Error("no expressions in 300 articles")
	}
	var zero *dates.Resolver
	if got := zero.Find("وصل أمس", anchor); len(got) != 1 {
		t.Errorf("nil Resolver: %+v", got)
	}
}

// One Resolver serves many goroutines.
func TestResolverConcurrent(t *testing.T) {
	r, err := dates.New(dates.WeekStart(time.Sunday))
	if err != nil {
		t.Fatal(err)
	}
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC)
	text := strings.Repeat("عقد الاجتماع أمس الإثنين، وسيستأنف الأسبوع المقبل في 12 أكتوبر. ", 50)
	want := r.Find(text, anchor)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := r.Find(text, anchor); !reflect.DeepEqual(got, want) {
					t.Error("a concurrent Find differs")
					return
				}
			}
		})
	}
	wg.Wait()
}
