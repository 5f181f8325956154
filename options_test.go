package arnews

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews/dates"
	"golang.org/x/text/unicode/norm"
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

// toPresentationForms writes s in Arabic presentation forms: each letter as
// the last form of U+FE70..U+FEFC whose NFKC form it is (ل + ا as the
// ligature ﻻ); other runes stay.
func toPresentationForms(s string) string {
	forms := map[string]rune{}
	for r := rune(0xFE70); r <= 0xFEFC; r++ {
		if k := norm.NFKC.String(string(r)); k != string(r) {
			forms[k] = r
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "لا") {
			b.WriteRune(forms["لا"])
			i += len("لا")
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := forms[string(r)]; ok {
			b.WriteRune(f)
		} else {
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// Text in presentation forms gives the dates and the entities of the same
// text in letters (dates used to find none while entities found the places).
func TestAnalyzePresentationForms(t *testing.T) {
	text := "وصل وزير الخارجية الأمريكي إلى القاهرة أمس الأحد، وسيزور الأردن في الأول من نوفمبر المقبل."
	p := toPresentationForms(text)
	if strings.ContainsAny(p, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
		t.Fatalf("not in presentation forms: %s", p)
	}
	published := time.Date(2020, 10, 6, 9, 0, 0, 0, time.UTC)
	want, got := Analyze(text, published), Analyze(p, published)
	if len(want.Dates) < 2 || len(got.Dates) != len(want.Dates) {
		t.Fatalf("%d dates in presentation forms, %d in letters", len(got.Dates), len(want.Dates))
	}
	for i := range want.Dates {
		if !got.Dates[i].From.Equal(want.Dates[i].From) || !got.Dates[i].To.Equal(want.Dates[i].To) {
			t.Errorf("date %d: %+v, in letters %+v", i, got.Dates[i], want.Dates[i])
		}
	}
	if len(want.Mentions) < 2 || len(got.Mentions) != len(want.Mentions) {
		t.Fatalf("%d mentions in presentation forms, %d in letters", len(got.Mentions), len(want.Mentions))
	}
	for i := range want.Mentions {
		if got.Mentions[i].Entity != want.Mentions[i].Entity {
			t.Errorf("mention %d: %v, in letters %v", i, got.Mentions[i].Entity.ID, want.Mentions[i].Entity.ID)
		}
	}
}
