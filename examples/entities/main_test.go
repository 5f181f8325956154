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

func TestSample(t *testing.T) {
	out, err := runWith(t)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"p-hassan-rouhani", "pl-nagorno-karabakh", "o-ministry-foreign-ru", "nationality+place"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in\n%s", want, out)
		}
	}
	if !strings.HasPrefix(out, "  2  ") {
		t.Errorf("most mentioned first:\n%s", out)
	}
}

func TestUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	gaz := filepath.Join(dir, "g.tsv")
	text := filepath.Join(dir, "t.txt")
	os.WriteFile(gaz, []byte("id\ttype\tnames\nx-acme\torganization\tشركة أكمي\n"), 0o644)
	os.WriteFile(text, []byte("قالت شركة أكمي في طهران"), 0o644)
	out, err := runWith(t, "-gazetteer", gaz, "-mentions", text)
	if err != nil {
		t.Fatal(err)
	}
	if out != "9\t26\torganization\tx-acme\tشركة أكمي\n32\t42\tplace\tg-112931\tطهران\n" {
		t.Errorf("got %q", out)
	}
	out, err = runWith(t, "-only", gaz, text)
	if err != nil || strings.Contains(out, "طهران") || !strings.Contains(out, "x-acme") {
		t.Errorf("-only: %v %q", err, out)
	}
	os.WriteFile(gaz, []byte("id\ttype\tnames\nx\tanimal\tقط\n"), 0o644)
	if _, err := runWith(t, "-gazetteer", gaz, text); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad gazetteer: %v", err)
	}
}
