package main

import (
	"strings"
	"testing"
)

// datesText is a short paragraph of our own in the style of the news.
const datesText = "أعلنت وزارة الصحة اليوم الثلاثاء تسجيل 120 إصابة جديدة، بعد أن سجلت أمس الإثنين 98 إصابة، وهو أعلى رقم منذ الأسبوع الماضي. وكان الوزير قد حذر في 3 أبريل من موجة ثانية، على أن يعقد مؤتمرا صحفيا الخميس المقبل، أي بعد يومين، في 8 رمضان 1442."

func TestDates(t *testing.T) {
	out, errs, rc := runCmd(t, strings.NewReader(datesText), "dates", "-date", "2021-04-06")
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	if !strings.Contains(out, "anchor 2021-04-06 12:00") {
		t.Errorf("not anchored at -date:\n%s", out)
	}
	for _, want := range [][2]string{
		{"اليوم الثلاثاء", "2021-04-06 (Tue)"},
		{"أمس الإثنين", "2021-04-05 (Mon)"},
		{"منذ الأسبوع الماضي", "2021-03-27"},
		{"3 أبريل", "2021-04-03 (Sat)"},
		{"الخميس المقبل", "2021-04-08 (Thu)"},
		{"بعد يومين", "2021-04-08 (Thu)"},
		{"8 رمضان 1442", "2021-04-20 (Tue)"},
	} {
		if line := lineWith(out, "\t"+want[0]); !strings.Contains(line, want[1]) {
			t.Errorf("%s: line %q, want %s", want[0], line, want[1])
		}
	}
	if !strings.Contains(out, "\thijri 1442/9/8\n") {
		t.Errorf("no Hijri date line in\n%s", out)
	}
}

// The sample is dated 2021-04-06, a Tuesday, and the text's "yesterday,
// Sunday" is taken as named, with a warning.
func TestDatesSample(t *testing.T) {
	out, errs, rc := runCmd(t, nil, "dates")
	if rc != 0 || errs != "" {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	if line := lineWith(out, "\tأمس الأحد\t"); !strings.Contains(line, "2021-04-04 (Sun)") {
		t.Errorf("أمس الأحد: %q", line)
	}
	if !strings.Contains(out, "warning: yesterday is 2021-04-05 (Monday)") {
		t.Errorf("no warning in\n%s", out)
	}
}
