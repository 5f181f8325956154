package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runWith(t *testing.T, args ...string) (string, error) {
	t.Helper()
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	var out, errb bytes.Buffer
	err = run(args, devnull, &out, &errb)
	return out.String(), err
}

// The sample (read when there is no input) is dated 2021-04-06, a Tuesday.
func TestSample(t *testing.T) {
	out, err := runWith(t)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "anchor 2021-04-06 12:00") {
		t.Errorf("not anchored at the sample's date:\n%s", out)
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

// lineWith returns the first line of out that contains s, or "".
func lineWith(out, s string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestFileAndFlags(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(f, []byte("وقع الانفجار أمس الأحد."), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runWith(t, "-date", "2020-10-06", f)
	if err != nil {
		t.Fatal(err)
	}
	// 2020-10-06 is a Tuesday: yesterday was Monday, so the text's Sunday
	// is taken as named, with a warning.
	if !strings.Contains(out, "أمس الأحد") || !strings.Contains(out, "2020-10-04 (Sun)") || !strings.Contains(out, "warning:") {
		t.Errorf("unexpected output:\n%s", out)
	}
	if strings.Contains(out, "sample") {
		t.Errorf("read the sample although a file was named:\n%s", out)
	}
	if _, err := runWith(t, "-weekstart", "someday"); err == nil {
		t.Error("bad -weekstart accepted")
	}
	if _, err := runWith(t, "-date", "6/10/2020", f); err == nil {
		t.Error("bad -date accepted")
	}
}
