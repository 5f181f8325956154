// Package jsonl annotates news archives stored as JSON lines: one article a
// line, {"id", "date", "text", …} as in the ANT corpus, plain or gzip.
//
// Each input line gives exactly one output line, in input order:
//
//	{"id": …, "file": …, "line": N, "date": …, <the input's other fields but "text">,
//	 "document": <the arnews.Document JSON>}
//
// "date" is there when the input line has one; a line without one is
// dated by Config.Date, and is an error line when that is zero.
//
// A line that cannot be annotated (not JSON, no "text" string, no date, a
// date that does not parse, a text that is not text: NUL bytes, mostly
// invalid UTF-8) gives an error line:
//
//	{"file": …, "line": N, "id": … (when readable), "error": "…"}
//
// "file" is present when the input came from a named file. Damage in the
// input (a gzip stream cut short or corrupt, a read error) gives one error
// line too, numbered as the line it made unreadable, after every complete
// line before it; a line longer than Config.MaxLine is an error line and
// reading goes on after it. Nothing is skipped silently: the lines of the
// input (complete lines, plus one for damage) = documents out + error
// lines.
//
// The layout of both kinds of line is version 1, described by the JSON
// Schema schema/jsonl-line-v1.json in the repository (the document by
// schema/document-v1.json), which the tests check the output against.
//
// The same functions serve `arnews annotate -jsonl` (cmd/arnews) and the
// Beam pipeline in the beam module, so both write identical lines.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/arnews/arnews"
)

// A Position says where a line came from.
type Position struct {
	// File is the input file's name, or "" for standard input.
	File string
	// Line is the line number, from 1.
	Line int
}

// A Record is one parsed input line.
type Record struct {
	// Fields holds every field of the line, as raw JSON.
	Fields map[string]json.RawMessage
	// ID is the "id" field when it is a JSON string, else its raw JSON.
	ID string
	// Date is the "date" field as written.
	Date string
	// Published is Date parsed by ParseAnchor.
	Published time.Time
	// Text is the article text.
	Text string
}

// Field returns the string value of field name, or "" when it is absent or
// not a string.
func (r *Record) Field(name string) string {
	var s string
	if r == nil || json.Unmarshal(r.Fields[name], &s) != nil {
		return ""
	}
	return s
}

// Parse reads one input line. A line without a "date" field is dated by
// date; when date is zero such a line is an error. The Record it returns
// with an error holds whatever fields could be read (for the error line's
// "id").
func Parse(line []byte, date time.Time) (*Record, error) {
	rec := &Record{}
	if len(bytes.TrimSpace(line)) == 0 {
		return rec, errors.New("empty line")
	}
	if err := json.Unmarshal(line, &rec.Fields); err != nil {
		return rec, fmt.Errorf("not a JSON object: %v", err)
	}
	if raw, ok := rec.Fields["id"]; ok {
		if json.Unmarshal(raw, &rec.ID) != nil {
			rec.ID = string(raw)
		}
	}
	if raw, ok := rec.Fields["text"]; !ok || json.Unmarshal(raw, &rec.Text) != nil {
		return rec, errors.New(`no "text" string`)
	}
	if err := CheckText(rec.Text); err != nil {
		return rec, fmt.Errorf(`"text": %w`, err)
	}
	raw, ok := rec.Fields["date"]
	if !ok && !date.IsZero() {
		rec.Published = date
		return rec, nil
	}
	if !ok || json.Unmarshal(raw, &rec.Date) != nil {
		return rec, errors.New(`no "date" string`)
	}
	t, err := ParseAnchor(rec.Date)
	if err != nil {
		return rec, fmt.Errorf(`"date": %v`, err)
	}
	rec.Published = t
	return rec, nil
}

// ParseAnchor reads a publication time: RFC 3339, "YYYY-MM-DD HH:MM:SS"
// (UTC), or a bare date "YYYY-MM-DD", which is taken as noon UTC of that day
// so that the day is the same in every time zone from UTC-11 to UTC+11.
func ParseAnchor(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateTime, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither YYYY-MM-DD nor an RFC 3339 time", s)
	}
	return t.Add(12 * time.Hour), nil
}

// AppendDocument appends the output line (without newline) for a record
// and its analysis.
func AppendDocument(dst []byte, pos Position, rec *Record, doc *arnews.Document, opt arnews.JSONOptions) []byte {
	dst = append(dst, '{')
	if id, ok := rec.Fields["id"]; ok {
		dst = append(dst, `"id":`...)
		dst = append(dst, id...)
		dst = append(dst, ',')
	}
	dst = appendPos(dst, pos)
	if date, ok := rec.Fields["date"]; ok {
		dst = append(dst, `,"date":`...)
		dst = append(dst, date...)
	}
	keys := make([]string, 0, len(rec.Fields))
	for k := range rec.Fields {
		switch k {
		case "id", "date", "text", "line", "file", "document", "error":
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		dst = append(dst, ',')
		kb, _ := json.Marshal(k)
		dst = append(dst, kb...)
		dst = append(dst, ':')
		dst = append(dst, rec.Fields[k]...)
	}
	dst = append(dst, `,"document":`...)
	dst = doc.AppendJSON(dst, opt)
	return append(dst, '}')
}

// AppendError appends the error line (without newline) for a line that
// could not be annotated. rec may be nil.
func AppendError(dst []byte, pos Position, rec *Record, err error) []byte {
	dst = append(dst, '{')
	dst = appendPos(dst, pos)
	if rec != nil {
		if id, ok := rec.Fields["id"]; ok && json.Valid(id) {
			dst = append(dst, `,"id":`...)
			dst = append(dst, id...)
		}
	}
	msg, _ := json.Marshal(err.Error())
	dst = append(dst, `,"error":`...)
	dst = append(dst, msg...)
	return append(dst, '}')
}

func appendPos(dst []byte, pos Position) []byte {
	if pos.File != "" {
		dst = append(dst, `"file":`...)
		b, _ := json.Marshal(pos.File)
		dst = append(dst, b...)
		dst = append(dst, ',')
	}
	dst = append(dst, `"line":`...)
	return strconv.AppendInt(dst, int64(pos.Line), 10)
}

// Annotate parses one input line, analyzes it with cfg's Analyzer and
// appends its output line (without newline) to dst. It returns the
// Document (nil for an error line) and the line's error, if any; an error
// line is appended either way.
func Annotate(dst []byte, pos Position, line []byte, cfg Config) ([]byte, *Record, *arnews.Document, error) {
	an, err := cfg.analyzer()
	if err != nil {
		return AppendError(dst, pos, nil, err), nil, nil, err
	}
	rec, err := Parse(line, cfg.Date)
	if err != nil {
		return AppendError(dst, pos, rec, err), rec, nil, err
	}
	doc := an.Analyze(rec.Text, rec.Published)
	return AppendDocument(dst, pos, rec, doc, cfg.JSON), rec, doc, nil
}

// ErrNotText is the error of CheckText.
var ErrNotText = errors.New("not text")

// CheckText returns an error wrapping ErrNotText when s is not text: when
// it holds a NUL byte, or when more than a quarter of its characters are
// invalid UTF-8 or U+FFFD (what JSON decoding makes of invalid bytes), as
// in a binary file or text in another encoding. Otherwise it returns nil.
func CheckText(s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return fmt.Errorf("%w: it holds NUL bytes (a binary file?)", ErrNotText)
	}
	bad, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError {
			bad++
		}
	}
	if bad*4 > n {
		return fmt.Errorf("%w: %d of its %d characters are not UTF-8 (another encoding, or a binary file?)", ErrNotText, bad, n)
	}
	return nil
}
