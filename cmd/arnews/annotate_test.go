package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// The README's main command: no arguments and nothing on stdin annotates
// the embedded sample article, dated by itself, without notes.
func TestAnnotateSample(t *testing.T) {
	out, errs, rc := runCmd(t, nil)
	if rc != 0 || errs != "" {
		t.Fatalf("rc %d, stderr %q", rc, errs)
	}
	for _, want := range []string{"sample article", "published 2021-04-06 (Tuesday)", "أمس الأحد", "2021-04-04", "warning", "القاهرة", "Top stems"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the report", want)
		}
	}
	out2, _, _ := runCmd(t, strings.NewReader("ignored"), "annotate", "-sample")
	if out2 != out {
		t.Error("-sample differs from the sample read when stdin is /dev/null")
	}
}

func TestAnnotateJSON(t *testing.T) {
	f := writeFile(t, "a.txt", "قال وزير الخارجية الإيراني محمد جواد ظريف أمس الأحد في طهران")
	out, errs, rc := runCmd(t, nil, "annotate", "-date", "2020-10-06", "-json", f)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["mentions"] == nil || doc["dates"] == nil || !strings.HasPrefix(doc["published"].(string), "2020-10-06") {
		t.Errorf("unexpected JSON %s", out)
	}
}

// anchorOf returns the publication time annotate -json used.
func anchorOf(t *testing.T, args ...string) time.Time {
	t.Helper()
	out, errs, rc := runCmd(t, strings.NewReader("قال الوزير أمس"), append([]string{"annotate", "-json"}, args...)...)
	if rc != 0 {
		t.Fatalf("%v: rc %d: %s", args, rc, errs)
	}
	var doc struct{ Published time.Time }
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Published
}

// Why, second bullet: the commands agree on the shared flags.
func TestSharedFlagsAgree(t *testing.T) {
	// -date takes a day or an RFC 3339 time in both annotate and dates.
	rfc := "2020-10-06T12:00:00+03:00"
	if got := anchorOf(t, "-date", rfc); !got.Equal(time.Date(2020, 10, 6, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("annotate -date %s: %v", rfc, got)
	}
	out, errs, rc := runCmd(t, strings.NewReader("أمس"), "dates", "-date", rfc)
	if rc != 0 || !strings.Contains(out, "anchor 2020-10-06 12:00 +0300") {
		t.Errorf("dates -date %s: rc %d %q %q", rfc, rc, out, errs)
	}
	// -weekstart takes mon and monday in both.
	for _, cmd := range []string{"annotate", "dates"} {
		for _, ws := range []string{"mon", "Monday", "sat", "sun"} {
			if _, errs, rc := runCmd(t, strings.NewReader("الأسبوع الماضي"), cmd, "-weekstart", ws, "-date", "2021-04-06"); rc != 0 {
				t.Errorf("%s -weekstart %s: rc %d %s", cmd, ws, rc, errs)
			}
		}
	}
	// The week of الأسبوع الماضي follows -weekstart in both.
	out, _, _ = runCmd(t, strings.NewReader("الأسبوع الماضي"), "dates", "-weekstart", "mon", "-date", "2021-04-06")
	if !strings.Contains(out, "2021-03-29 .. 2021-04-04") {
		t.Errorf("dates -weekstart mon: %s", out)
	}
	out, _, _ = runCmd(t, strings.NewReader("الأسبوع الماضي"), "annotate", "-weekstart", "mon", "-date", "2021-04-06")
	if !strings.Contains(out, "2021-03-29 .. 2021-04-04") {
		t.Errorf("annotate -weekstart mon: %s", out)
	}
	// -tz: a bare day is noon in the zone, in both.
	want := time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("", 3*3600))
	if got := anchorOf(t, "-date", "2020-10-06", "-tz", "Asia/Riyadh"); !got.Equal(want) {
		t.Errorf("annotate -tz Asia/Riyadh: %v, want %v", got, want)
	}
	out, _, _ = runCmd(t, strings.NewReader("أمس"), "dates", "-date", "2020-10-06", "-tz", "Asia/Riyadh")
	if !strings.Contains(out, "anchor 2020-10-06 12:00 +0300") {
		t.Errorf("dates -tz Asia/Riyadh: %s", out)
	}
	// annotate has -gazetteer, as entities has.
	gaz := writeFile(t, "g.tsv", "id\ttype\tnames\nx-acme\torganization\tشركة أكمي\n")
	out, errs, rc = runCmd(t, strings.NewReader("قالت شركة أكمي أمس"), "annotate", "-gazetteer", gaz, "-date", "2021-04-06")
	if rc != 0 || !strings.Contains(out, "x-acme") {
		t.Errorf("annotate -gazetteer: rc %d %q %q", rc, out, errs)
	}
}

// Why, second bullet: -h exits 0, a usage error 2 with its reason, a
// runtime error 1 with one line, in every command.
func TestExitCodes(t *testing.T) {
	missing := writeFile(t, "x", "") + ".missing"
	for _, cmd := range commandNames() {
		out, errs, rc := runCmd(t, nil, cmd, "-h")
		if rc != 0 || !strings.HasPrefix(out, "usage: arnews "+cmd) || errs != "" {
			t.Errorf("%s -h: rc %d, stdout %.40q, stderr %q", cmd, rc, out, errs)
		}
		_, errs, rc = runCmd(t, nil, cmd, "-nosuchflag")
		if rc != 2 || !strings.HasPrefix(errs, "arnews "+cmd+": flag provided but not defined: -nosuchflag\n") {
			t.Errorf("%s -nosuchflag: rc %d, stderr %q", cmd, rc, errs)
		}
		_, errs, rc = runCmd(t, nil, cmd, "a", "b")
		if rc != 2 || !strings.Contains(errs, "at most") {
			t.Errorf("%s a b: rc %d, stderr %q; want 2 and the reason", cmd, rc, errs)
		}
		_, errs, rc = runCmd(t, nil, cmd, missing)
		if cmd == "train" || cmd == "serve" {
			continue
		}
		if want := "arnews " + cmd + ": reading " + missing + ": no such file or directory\n"; rc != 1 || errs != want {
			t.Errorf("%s MISSING: rc %d, stderr %q; want 1 and %q", cmd, rc, errs, want)
		}
	}
	if out, _, rc := runCmd(t, nil, "-h"); rc != 0 || !strings.Contains(out, "annotate") {
		t.Errorf("arnews -h: rc %d", rc)
	}
	if _, errs, rc := runCmd(t, nil, "anotate"); rc != 2 || !strings.Contains(errs, "neither a command") {
		t.Errorf("arnews anotate: rc %d, %q", rc, errs)
	}
	for _, args := range [][]string{
		{"dates", "-date", "6/10/2020"},
		{"annotate", "-weekstart", "funday"},
		{"annotate", "-tz", "Mars/Olympus"},
		{"annotate", "-json", "-jsonl"},
		{"annotate", "a.txt", "-json"},
	} {
		if _, errs, rc := runCmd(t, nil, args...); rc != 2 || !strings.HasPrefix(errs, "arnews "+args[0]+": -") {
			t.Errorf("%v: rc %d, stderr %q; want 2 and the flag at fault", args, rc, errs)
		}
	}
	// -model: a file that is no model is a runtime error in one line.
	notModel := writeFile(t, "m.bin", "not a model")
	for _, cmd := range []string{"annotate", "dates"} {
		_, errs, rc := runCmd(t, strings.NewReader("قال الوزير"), cmd, "-model", notModel)
		switch {
		case cmd == "dates" && (rc != 2 || !strings.Contains(errs, "flag provided but not defined: -model")):
			t.Errorf("dates -model: rc %d, stderr %q", rc, errs)
		case cmd == "annotate" && (rc != 1 || !strings.HasPrefix(errs, "arnews annotate: -model "+notModel+": ") || strings.Count(errs, "\n") != 1):
			t.Errorf("annotate -model NOTAMODEL: rc %d, stderr %q", rc, errs)
		}
	}

}

// Why, third bullet: empty piped input is empty output, never the sample;
// no -date means now, said once.
func TestEmptyInputAndNow(t *testing.T) {
	for _, cmd := range []string{"annotate", "dates", "entities", "tokenize", "normalize", "stem"} {
		for _, in := range []string{"", " \n"} {
			out, errs, rc := runCmd(t, strings.NewReader(in), cmd)
			if rc != 0 || strings.TrimSpace(out) != "" {
				t.Errorf("%s with %q piped: rc %d, output %.60q, stderr %q", cmd, in, rc, out, errs)
			}
		}
		empty := writeFile(t, "empty.txt", "")
		if out, _, rc := runCmd(t, nil, cmd, empty); rc != 0 || out != "" {
			t.Errorf("%s on an empty file: rc %d, %.60q", cmd, rc, out)
		}
	}
	for _, cmd := range []string{"annotate", "dates"} {
		_, errs, rc := runCmd(t, strings.NewReader("قال الوزير أمس"), cmd)
		if rc != 0 || strings.Count(errs, "no -date") != 1 || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s without -date: rc %d, stderr %q; want one note", cmd, rc, errs)
		}
		if _, errs, _ := runCmd(t, strings.NewReader("قال الوزير أمس"), cmd, "-q"); errs != "" {
			t.Errorf("%s -q: stderr %q", cmd, errs)
		}
		if _, errs, _ := runCmd(t, strings.NewReader("قال الوزير أمس"), cmd, "-date", "2020-01-01"); errs != "" {
			t.Errorf("%s -date: stderr %q", cmd, errs)
		}
	}
}
