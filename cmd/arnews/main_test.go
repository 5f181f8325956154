package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs the program with args; a nil stdin is /dev/null (what a
// terminal with nothing typed, or `< /dev/null`, gives).
func runCmd(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, rc int) {
	t.Helper()
	if stdin == nil {
		devnull, err := os.Open(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		defer devnull.Close()
		stdin = devnull
	}
	var out, errb bytes.Buffer
	rc = Main(args, stdin, &out, &errb)
	return out.String(), errb.String(), rc
}

// writeFile writes content to a new file in a temporary folder.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
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

// failWriter fails every write, like a full disk or a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }
