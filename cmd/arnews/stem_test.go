package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/arnews/arnews/stem"
)

func TestStemSnowball(t *testing.T) {
	in := "والحكومة\nالأمريكية\nبالمدرسة\nالخارجية\nسيقولون\n\nRUNNING"
	var out, errb bytes.Buffer
	if code := Main([]string{"stem", "-snowball"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	// the last line has no newline; stemwords still ends every stem with one,
	// and lower-cases ASCII letters
	want := "والحكوم\nامريك\nمدرس\nخارج\nيقول\n\nrunning\n"
	if out.String() != want {
		t.Errorf("got %q; want %q", out.String(), want)
	}
}

func TestStemNewsAndLatin(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Main([]string{"stem", "-p", "-l", "french"}, strings.NewReader("للحكومة\r\nNationales\n"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if want := "للحكومة -> حكوم\nNationales -> national\n"; out.String() != want {
		t.Errorf("got %q; want %q", out.String(), want)
	}
	out.Reset()
	Main([]string{"stem", "-snowball", "-l", "english"}, strings.NewReader("running\nوالحكومة\n"), &out, &errb)
	if want := "run\nوالحكوم\n"; out.String() != want {
		t.Errorf("got %q; want %q", out.String(), want)
	}
}

// TestRunOrder stems more than one chunk on several workers, from a reader
// that returns one byte at a time and from files, and checks that every
// line comes back in order.
func TestStemOrder(t *testing.T) {
	words := []string{"والحكومة", "الأمريكية", "بالمدرسة", "x", "", "سَيَكْتُبُونَهَا", strings.Repeat("ب", 3000)}
	var in, want strings.Builder
	for i := 0; in.Len() < 3*chunkSize; i++ {
		w := words[i%len(words)]
		in.WriteString(w + "\n")
		want.WriteString(stem.Arabic(w) + "\n")
	}
	for _, workers := range []int{1, 3} {
		var out bytes.Buffer
		cfg := stemConfig{snowball: true}
		if err := stemAll(strings.NewReader(in.String()), &out, &cfg, workers); err != nil {
			t.Fatal(err)
		}
		if out.String() != want.String() {
			t.Fatalf("%d workers: output differs from line-by-line stemming", workers)
		}
	}
	short := in.String()[:100000]
	var shortWant strings.Builder
	for _, w := range strings.Split(strings.TrimSuffix(short, "\n"), "\n") {
		shortWant.WriteString(stem.Arabic(w) + "\n")
	}
	var out bytes.Buffer
	cfg := stemConfig{snowball: true}
	if err := stemAll(iotest.OneByteReader(strings.NewReader(short)), &out, &cfg, 2); err != nil {
		t.Fatal(err)
	}
	if out.String() != shortWant.String() {
		t.Fatal("one-byte reader: output differs")
	}

	dir := t.TempDir()
	inPath, outPath := filepath.Join(dir, "in.txt"), filepath.Join(dir, "out.txt")
	if err := os.WriteFile(inPath, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	if code := Main([]string{"stem", "-snowball", "-i", inPath, "-o", outPath}, strings.NewReader(""), io.Discard, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got, _ := os.ReadFile(outPath)
	if string(got) != want.String() {
		t.Fatal("file output differs from line-by-line stemming")
	}
}

func TestStemErrors(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Main([]string{"stem", "-i", "/nonexistent/file"}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Errorf("missing input: exit %d", code)
	}
	if code := Main([]string{"stem", "-c", "ISO_8859_1"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("bad encoding: exit %d", code)
	}
	if code := Main([]string{"stem", "a", "b"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("two inputs: exit %d", code)
	}
	errb.Reset()
	if code := Main([]string{"stem", "-l", "klingon"}, strings.NewReader("word\n"), &out, &errb); code != 2 || !strings.Contains(errb.String(), "klingon") {
		t.Errorf("unknown language: exit %d, %q (want 2 and the language named)", code, errb.String())
	}
}

// smallReads returns at most 64 KB a read, as a pipe does.
type smallReads struct{ s string }

func (r *smallReads) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 64<<10)], r.s)
	r.s = r.s[n:]
	return n, nil
}

// TestRunLongLineSmallReads feeds lines longer than several chunks in the
// small reads of a pipe, between short lines: each line keeps its stem
// and its place. (Before the reader searched only new bytes for a line
// end, such a line was rescanned at every read: 4.4 s for a 32 MB line.)
func TestStemLongLineSmallReads(t *testing.T) {
	lines := []string{"والحكومة", strings.Repeat("ب", 3*chunkSize), "الأمريكية", strings.Repeat("x", chunkSize+7), "بالمدرسة"}
	var in, want strings.Builder
	for _, w := range lines {
		in.WriteString(w + "\n")
		want.WriteString(stem.Arabic(w) + "\n")
	}
	var out bytes.Buffer
	cfg := stemConfig{snowball: true}
	if err := stemAll(&smallReads{in.String()}, &out, &cfg, 2); err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Fatal("long lines in small reads: output differs from line-by-line stemming")
	}
}
