package arnews

import (
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
)

// An invalid date option is New's error whichever way it comes in: the
// Analyzer's own WeekStart and Location, or dates' options passed through
// WithDateOptions (which used to be left out silently).
func TestNewChecksDateOptions(t *testing.T) {
	for _, c := range []struct {
		opt  Option
		name string
	}{
		{WeekStart(time.Weekday(9)), "WeekStart(9)"},
		{Location(nil), "Location(nil)"},
		{WithDateOptions(dates.WeekStart(time.Weekday(-2))), "WeekStart(-2)"},
		{WithDateOptions(dates.Location(nil)), "Location(nil)"},
		{WithDateOptions(dates.BareNames(0)), "BareNames(0)"},
	} {
		a, err := New(c.opt)
		if err == nil || a != nil || !strings.HasPrefix(err.Error(), "arnews: ") || !strings.Contains(err.Error(), c.name) {
			t.Errorf("New(%s) = %v, %v", c.name, a, err)
		}
	}
	a, err := New(WithDateOptions(dates.WeekStart(time.Monday), dates.BareNames(dates.Future)), Location(time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze("يبدأ المؤتمر الأسبوع المقبل", time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC))
	if len(d.Dates) != 1 || d.Dates[0].From.Weekday() != time.Monday {
		t.Errorf("dates %+v: the week starts on Monday", d.Dates)
	}
}
