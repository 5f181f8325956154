package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

func TestShow(t *testing.T) {
	var b strings.Builder
	if err := run(&b, "", false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"nationality", "p-hassan-rouhani", "g-112931", "organization x-acme أكمي", "c-az",
		"person ~person:يوآخيم شتراوبل يوآخيم شتراوبل (recognized)"} {
		if !strings.Contains(strings.Join(strings.Fields(b.String()), " "), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := run(&b, "", true); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "recognized") || !strings.Contains(b.String(), "p-hassan-rouhani") {
		t.Errorf("-nomodel:\n%s", b.String())
	}
	// -model reads a model file; a bad one is an error.
	dir := t.TempDir()
	var buf bytes.Buffer
	if _, err := entities.DefaultModel().WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good, bad := filepath.Join(dir, "m.bin"), filepath.Join(dir, "bad.bin")
	os.WriteFile(good, buf.Bytes(), 0o644)
	os.WriteFile(bad, buf.Bytes()[:100], 0o644)
	b.Reset()
	if err := run(&b, good, false); err != nil || !strings.Contains(b.String(), "recognized") {
		t.Errorf("-model: %v\n%s", err, b.String())
	}
	if err := run(&b, bad, false); err == nil {
		t.Error("-model with a truncated file: no error")
	}
	if err := run(&b, good, true); err == nil {
		t.Error("-model with -nomodel: no error")
	}
}
