package jsonl

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews"
)

// FuzzAnnotate checks that any input line gives exactly one output line:
// valid JSON without a line break, an "error" field exactly when Annotate
// reports an error, and otherwise a "document" whose text is the input's.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		`{"id": "x", "date": "2021-04-06", "text": "قال الوزير أمس الإثنين في القاهرة."}`,
		`{"id": 7, "date": "2021-04-06T10:00:00+02:00", "text": "", "title": "عنوان"}`,
		`{"date": "2021-04-06", "text": "\u200fنص\n\nفقرة"}`,
		`{"id": "x", "text": "بلا تاريخ"}`,
		`{"id": "x", "date": "يوم", "text": "تاريخ لا يقرأ"}`,
		`[1, 2]`, `not json`, ``, `{"id": "\xff", "date": "2021-01-01", "text": "\xd8"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		out, rec, doc, err := Annotate(nil, Position{File: "f.jsonl", Line: 3}, line, Config{})
		if bytes.ContainsAny(out, "\n\r") {
			t.Fatalf("output has a line break: %q", out)
		}
		var got struct {
			Line     int             `json:"line"`
			Error    *string         `json:"error"`
			Document json.RawMessage `json:"document"`
		}
		if e := json.Unmarshal(out, &got); e != nil {
			t.Fatalf("output is not JSON (%v): %q", e, out)
		}
		if got.Line != 3 {
			t.Fatalf("line %d, want 3", got.Line)
		}
		if (err != nil) != (got.Error != nil) || (err == nil) != (doc != nil) {
			t.Fatalf("err %v, error field %v, doc %v", err, got.Error, doc != nil)
		}
		if err != nil {
			return
		}
		var d struct{ Text string }
		if e := json.Unmarshal(got.Document, &d); e != nil {
			t.Fatalf("document is not JSON: %v", e)
		}
		if d.Text != strings.ToValidUTF8(rec.Text, "\uFFFD") && d.Text != rec.Text {
			t.Fatalf("document text %q, input text %q", d.Text, rec.Text)
		}
	})
}

// FuzzParseAnchor checks that ParseAnchor never panics and that what it
// accepts is a time it can print and read back.
func FuzzParseAnchor(f *testing.F) {
	for _, s := range []string{"2021-04-06", " 2021-04-06 ", "2021-04-06 23:30:00", "2021-04-06T08:00:00+03:00", "2021-02-30", "99999-01-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParseAnchor(s)
		if err != nil {
			return
		}
		back, err := time.Parse(time.RFC3339Nano, tm.Format(time.RFC3339Nano))
		if err != nil || !back.Equal(tm) {
			t.Fatalf("ParseAnchor(%q) = %v: does not round-trip (%v)", s, tm, err)
		}
	})
}

// FuzzEachLine checks that EachLine on plain input gives back every line
// of it, in order and numbered from 1, whatever the bytes.
func FuzzEachLine(f *testing.F) {
	for _, s := range []string{"a\nb\n", "a\r\nb", "\n\n", "", "x", "\x1f\x8b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var lines [][]byte
		err := EachLine(bytes.NewReader(in), func(n int, line []byte) error {
			if n != len(lines)+1 {
				t.Fatalf("line number %d, want %d", n, len(lines)+1)
			}
			lines = append(lines, bytes.Clone(line))
			return nil
		})
		if len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b {
			return // gzip: anything but a panic is fine for random bytes
		}
		if err != nil {
			t.Fatalf("plain input: %v", err)
		}
		var want [][]byte
		for _, l := range bytes.SplitAfter(in, []byte("\n")) {
			if len(l) > 0 {
				want = append(want, bytes.TrimRight(l, "\r\n"))
			}
		}
		if len(lines) != len(want) {
			t.Fatalf("%d lines, want %d", len(lines), len(want))
		}
		for i := range want {
			if !bytes.Equal(lines[i], want[i]) {
				t.Fatalf("line %d = %q, want %q", i+1, lines[i], want[i])
			}
		}
	})
}

// FuzzAnnotateEachDamagedGzip cuts, corrupts and extends a gzip archive and
// checks the count rule: every complete line gzip can give before the
// damage is an output, in order, and the damage is one more error line.
func FuzzAnnotateEachDamagedGzip(f *testing.F) {
	gz := gzipOf(f, smallArchive(60))
	f.Add(uint16(len(gz)/2), uint16(0), byte(0), []byte(nil))
	f.Add(uint16(len(gz)), uint16(len(gz)/3), byte(0x40), []byte(nil))
	f.Add(uint16(len(gz)), uint16(len(gz)-5), byte(1), []byte(nil))
	f.Add(uint16(len(gz)), uint16(0), byte(0), []byte("\x1f\x8b\x08"))
	f.Add(uint16(len(gz)), uint16(0), byte(0), gz[:len(gz)/2])
	f.Add(uint16(20), uint16(12), byte(0xff), []byte("x\n"))
	f.Fuzz(func(t *testing.T, cut, at uint16, xor byte, extra []byte) {
		in := bytes.Clone(gz[:int(cut)%(len(gz)+1)])
		if len(in) > 0 {
			in[int(at)%len(in)] ^= xor
		}
		in = append(in, extra...)
		checkNothingLost(t, in, Config{Workers: 2, JSON: arnews.JSONOptions{OmitTokens: true}}, "damaged gzip")
	})
}
