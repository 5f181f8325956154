package jsonl

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Parse reads one line of an archive from outside: any bytes give a record
// or an error, never a panic; a record has a publication time, and its text
// and date are the string fields of the line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"id": "x", "date": "2021-04-06", "text": "قال الوزير أمس الإثنين في القاهرة."}`,
		`{"id": 7, "text": "بلا تاريخ", "title": ["a"]}`,
		`{"id": "x", "date": "يوم", "text": "تاريخ لا يقرأ"}`,
		`{"text": "\u0000نص"}`, `{"text": 5}`, `[1, 2]`, ``, "{\"text\": \"\xff\xfe\"}",
	} {
		f.Add([]byte(s))
	}
	fallback := time.Date(2021, 4, 6, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := Parse(line, fallback)
		if err != nil {
			return
		}
		if rec == nil || rec.Published.IsZero() {
			t.Fatalf("%q: no record or no publication time", line)
		}
		if d := rec.Field("date"); d != rec.Date {
			t.Fatalf("%q: Date %q, date field %q", line, rec.Date, d)
		}
		if rec.Date == "" && !rec.Published.Equal(fallback) {
			t.Fatalf("%q: no date, yet published %v", line, rec.Published)
		}
	})
}

// CheckText takes any string: one with a NUL byte is never text, valid
// UTF-8 without NUL and without U+FFFD always is.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "قال الوزير", "a\x00b", "\xff\xfe\xfd", "\uFFFD\uFFFDنص", "PK\x03\x04"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckText(s)
		if err != nil && !errors.Is(err, ErrNotText) {
			t.Fatalf("%q: error %v does not wrap ErrNotText", s, err)
		}
		if strings.IndexByte(s, 0) >= 0 && err == nil {
			t.Fatalf("%q has a NUL byte, yet is text", s)
		}
		if utf8.ValidString(s) && !strings.ContainsAny(s, "\x00\uFFFD") && err != nil {
			t.Fatalf("%q is valid UTF-8 without NUL, yet %v", s, err)
		}
	})
}
