package main

import (
	"strings"
	"testing"
	"time"
)

// The shared flags read what a request to arnews serve reads (package
// server's parsers): a fixed offset for -tz, a wall time for -date, the
// Arabic name for -weekstart; what neither reads is a usage error.
func TestFlagsReadAsTheServer(t *testing.T) {
	want := time.Date(2020, 10, 6, 9, 30, 0, 0, time.FixedZone("", 3*3600))
	if got := anchorOf(t, "-date", "2020-10-06T09:30", "-tz", "+03:00"); !got.Equal(want) {
		t.Errorf("-date 2020-10-06T09:30 -tz +03:00: %v, want %v", got, want)
	}
	if got := anchorOf(t, "-date", "2020-10-06", "-tz", "UTC+3"); !got.Equal(want.Add(150 * time.Minute)) {
		t.Errorf("-date 2020-10-06 -tz UTC+3: %v, want noon at +03:00", got)
	}
	// السبت and sat start the week alike: الأسبوع الماضي is the same week.
	var outs []string
	for _, ws := range []string{"sat", "السبت"} {
		out, errs, rc := runCmd(t, strings.NewReader("الأسبوع الماضي"), "dates", "-weekstart", ws, "-date", "2021-04-06")
		if rc != 0 {
			t.Fatalf("-weekstart %s: rc %d %s", ws, rc, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || !strings.Contains(outs[0], "2021-03-27 .. 2021-04-02") {
		t.Errorf("-weekstart sat and السبت: %q and %q", outs[0], outs[1])
	}
	for _, args := range [][]string{{"-tz", "+25:00"}, {"-weekstart", "mo"}, {"-date", "2020-10-06T25:00"}} {
		if _, errs, rc := runCmd(t, nil, append([]string{"dates"}, args...)...); rc != 2 || !strings.HasPrefix(errs, "arnews dates: "+args[0]+": ") {
			t.Errorf("%v: rc %d, stderr %q; want 2 and the flag at fault", args, rc, errs)
		}
	}
}
