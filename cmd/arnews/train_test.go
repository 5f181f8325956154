package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const trainData = "قال O\nالرئيس O\nيوآخيم B-PERS\nشتراوبل I-PERS\nفي O\nباريس B-LOC\n. O\n\nوأعلنت O\nشركة O\nتوتال B-ORG\nأمس O\n. O\n"

func TestTrain(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "train.conll")
	if err := os.WriteFile(data, []byte(trainData), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "model.bin")
	out, errs, rc := runCmd(t, nil, "train", "-o", model, "-dev", data, "-epochs", "5", data)
	if rc != 0 {
		t.Fatalf("rc %d, stderr %q", rc, errs)
	}
	// The model knows its own training sentences.
	if !strings.Contains(out, "lookup   person             1      0       0") || !strings.Contains(out, "model    all                3      3       3     1.000  1.000  1.000") {
		t.Errorf("scores:\n%s", out)
	}
	if !strings.Contains(errs, "trained on 2 sentences, 12 tokens") {
		t.Errorf("stderr %q", errs)
	}
	// The model file works with -model.
	out, errs, rc = runCmd(t, strings.NewReader("وأعلنت شركة توتال أمس"), "annotate", "-json", "-model", model)
	if rc != 0 || !strings.Contains(out, `"text":"توتال","start":22`) {
		t.Errorf("annotate -model: rc %d %q %q", rc, out, errs)
	}
	// Errors: a bad line names its line, a bad model file is an error.
	bad := filepath.Join(dir, "bad.conll")
	os.WriteFile(bad, []byte("كلمة O\nكلمة B-XYZ\n"), 0o644)
	if _, errs, rc := runCmd(t, nil, "train", "-o", model, bad); rc != 1 || !strings.Contains(errs, "line 2") {
		t.Errorf("bad data: rc %d %q", rc, errs)
	}
	if _, errs, rc := runCmd(t, nil, "train", data); rc != 2 || !strings.Contains(errs, "-o FILE or -dev FILE") {
		t.Errorf("no output: rc %d %q", rc, errs)
	}
	if _, errs, rc := runCmd(t, strings.NewReader("x"), "annotate", "-model", data); rc != 1 || !strings.Contains(errs, "-model") {
		t.Errorf("bad model: rc %d %q", rc, errs)
	}
	if _, errs, rc := runCmd(t, strings.NewReader("x"), "annotate", "-model", filepath.Join(dir, "none.bin")); rc != 1 || !strings.Contains(errs, "-model") {
		t.Errorf("missing model: rc %d %q", rc, errs)
	}
}
