package main

import (
	"strings"
	"testing"
)

func TestEntitiesSample(t *testing.T) {
	out, errs, rc := runCmd(t, nil, "entities")
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	for _, want := range []string{"c-eg", "p-sameh-shoukry", "g-360630", "o-suna", "nationality+place"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in\n%s", want, out)
		}
	}
	if !strings.HasPrefix(out, "  5  nationality+place        c-eg") {
		t.Errorf("most mentioned first:\n%s", out)
	}
}

func TestEntitiesUserGazetteer(t *testing.T) {
	gaz := writeFile(t, "g.tsv", "id\ttype\tnames\nx-acme\torganization\tشركة أكمي\n")
	text := writeFile(t, "t.txt", "قالت شركة أكمي في طهران")
	out, errs, rc := runCmd(t, nil, "entities", "-gazetteer", gaz, "-mentions", text)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	if out != "9\t26\torganization\tx-acme\tشركة أكمي\n32\t42\tplace\tg-112931\tطهران\n" {
		t.Errorf("got %q", out)
	}
	out, errs, rc = runCmd(t, nil, "entities", "-gazetteer", gaz, "-only", text)
	if rc != 0 || strings.Contains(out, "طهران") || !strings.Contains(out, "x-acme") {
		t.Errorf("-only: rc %d %q %q", rc, out, errs)
	}
	bad := writeFile(t, "bad.tsv", "id\ttype\tnames\nx\tanimal\tقط\n")
	_, errs, rc = runCmd(t, nil, "entities", "-gazetteer", bad, text)
	// One line that says what (the flag and the file) and why (the line),
	// without the package name twice.
	want := "arnews entities: -gazetteer " + bad + ": line 2: "
	if rc != 1 || !strings.HasPrefix(errs, want) || strings.Count(errs, "\n") != 1 || strings.Contains(errs, "entities: line") {
		t.Errorf("bad gazetteer: rc %d, stderr %q; want rc 1 and one line starting %q", rc, errs, want)
	}
}
