package main

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	in := "قال: «نعم».\nوتابع 50%.\n\nwww.x.com"
	out, errs, rc := runCmd(t, strings.NewReader(in), "tokenize")
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	want := "0\t6\tWord\tقال\n6\t7\tPunct\t:\n8\t10\tPunct\t«\n10\t16\tWord\tنعم\n16\t18\tPunct\t»\n18\t19\tPunct\t.\n" +
		"20\t30\tWord\tوتابع\n31\t33\tNumber\t50\n33\t34\tSymbol\t%\n34\t35\tPunct\t.\n37\t46\tURL\twww.x.com\n"
	if out != want {
		t.Errorf("tokens:\n%s\nwant:\n%s", out, want)
	}
	f := writeFile(t, "in.txt", in)
	out, errs, rc = runCmd(t, nil, "tokenize", "-sentences", f)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	want = "0\t19\tقال: «نعم».\n20\t35\tوتابع 50%.\n37\t46\twww.x.com\n"
	if out != want {
		t.Errorf("sentences:\n%s\nwant:\n%s", out, want)
	}
}

func TestTokenizeWriteError(t *testing.T) {
	var errb strings.Builder
	rc := Main([]string{"tokenize"}, strings.NewReader("قال الوزير"), failWriter{}, &errb)
	if rc != 1 || !strings.HasPrefix(errb.String(), "arnews tokenize: writing: ") || strings.Count(errb.String(), "\n") != 1 {
		t.Errorf("failed write: rc %d, stderr %q; want rc 1 and one line", rc, errb.String())
	}
}
