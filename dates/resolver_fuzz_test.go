package dates_test

import (
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/internal/roundtrip"
)

// A Resolver made by New finds what the package-level Find finds with the
// same options, for anchors in any zone (FuzzFind keeps to UTC), and its
// spans are byte ranges of the text with Text equal to the span.
func FuzzResolverFind(f *testing.F) {
	for _, s := range []string{
		"قال الوزير اليوم الاثنين إن المحادثات التي بدأت أمس الأحد ستستمر غداً الثلاثاء.",
		"الموافق 15 رمضان 1441 هـ الساعة 10:30 بتوقيت القدس، منتصف ليل الخميس الجمعة",
		"في مارس المقبل، يوم الجمعة، من 5 إلى 7 أكتوبر، منذ عام 2011 حتى اليوم",
		"\xff\xfe 2020-10-06 ٦/١٠/٢٠٢٠ بعد نصف ساعة",
		"عطلة نهاية الأسبوع المقبل، الليلة الساعة 9، في 2014 و2015، عام 800 هـ، 26 من الشهر ذاته",
	} {
		f.Add(s, int64(1601974800), int32(3*3600), uint8(6), true)
		f.Add(s, int64(1601931600), int32(-5*3600), uint8(0), false)
	}
	f.Fuzz(func(t *testing.T, s string, unix int64, offset int32, ws uint8, past bool) {
		loc := time.FixedZone("fuzz", int(offset%(15*3600)))
		dir := dates.Future
		if past {
			dir = dates.Past
		}
		opts := []dates.Option{dates.Location(loc), dates.WeekStart(time.Weekday(ws % 7)), dates.BareNames(dir), dates.Weekend(time.Weekday(ws / 7 % 7))}
		r, err := dates.New(opts...)
		if err != nil {
			t.Fatalf("valid options: %v", err)
		}
		anchor := time.Unix(unix%(1<<40), 0).In(loc)
		got := r.Find(s, anchor)
		want := dates.Find(s, anchor, opts...)
		if len(got) != len(want) {
			t.Fatalf("Resolver.Find gives %d expressions, Find %d, in %q", len(got), len(want), s)
		}
		prev := 0
		for i, e := range got {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span [%d,%d) %q after %d in %q", e.Start, e.End, e.Text, prev, s)
			}
			w := want[i]
			if e.Start != w.Start || e.End != w.End || !e.From.Equal(w.From) || !e.To.Equal(w.To) || e.Grain != w.Grain || e.Kind != w.Kind {
				t.Fatalf("Resolver.Find %+v, Find %+v", e, w)
			}
			if !e.From.Before(e.To) {
				t.Fatalf("%q: From %v not before To %v", e.Text, e.From, e.To)
			}
			prev = e.End
		}
	})
}

// Kind and Grain read their names from JSON (Document.UnmarshalJSON): any
// bytes give a value or an error, and a value read writes back as a name
// that reads as the same value.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "day", "DAY", "week", "century", "none", "relative", "absolute", "weekday", "\xff", "Day "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := roundtrip.Text[dates.Kind](b, true); err != nil {
			t.Fatal(err)
		}
		if err := roundtrip.Text[dates.Grain](b, true); err != nil {
			t.Fatal(err)
		}
	})
}
