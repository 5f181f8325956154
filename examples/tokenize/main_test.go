package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := "قال: «نعم».\nوتابع 50%.\n\nwww.x.com"
	var out, errb bytes.Buffer
	if rc := run(nil, strings.NewReader(in), &out, &errb); rc != 0 {
		t.Fatalf("rc %d: %s", rc, errb.String())
	}
	want := "0\t6\tWord\tقال\n6\t7\tPunct\t:\n8\t10\tPunct\t«\n10\t16\tWord\tنعم\n16\t18\tPunct\t»\n18\t19\tPunct\t.\n" +
		"20\t30\tWord\tوتابع\n31\t33\tNumber\t50\n33\t34\tSymbol\t%\n34\t35\tPunct\t.\n37\t46\tURL\twww.x.com\n"
	if out.String() != want {
		t.Errorf("tokens:\n%s\nwant:\n%s", out.String(), want)
	}

	f := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(f, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if rc := run([]string{"-sentences", f}, nil, &out, &errb); rc != 0 {
		t.Fatalf("rc %d: %s", rc, errb.String())
	}
	want = "0\t19\tقال: «نعم».\n20\t35\tوتابع 50%.\n37\t46\twww.x.com\n"
	if out.String() != want {
		t.Errorf("sentences:\n%s\nwant:\n%s", out.String(), want)
	}

	if rc := run([]string{"a", "b"}, nil, &out, &errb); rc != 2 {
		t.Errorf("two files: rc %d, want 2", rc)
	}
	if rc := run([]string{filepath.Join(t.TempDir(), "missing")}, nil, &out, &errb); rc != 1 {
		t.Errorf("missing file: rc %d, want 1", rc)
	}
}

// failWriter fails every write, like a full disk or a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestRunWriteError(t *testing.T) {
	var errb bytes.Buffer
	if rc := run(nil, strings.NewReader("قال الوزير"), failWriter{}, &errb); rc != 1 || !strings.Contains(errb.String(), "tokenize:") {
		t.Errorf("failed write: rc %d, stderr %q; want rc 1 and the error", rc, errb.String())
	}
}
