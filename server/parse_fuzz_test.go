package server_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/arnews/arnews/dates"
	"github.com/arnews/arnews/server"
)

// The parsers of the request fields read query parameters and JSON strings
// from any client: any string gives a value or an error, never a panic, and
// what they accept they give back as it means.
func FuzzParseFields(f *testing.F) {
	for _, s := range []string{"", "2020-10-06", "2020-10-06T12:00", "2020-10-06 12:00:00", "2020-10-06T12:00:00+03:00",
		"2020-02-30", "Asia/Riyadh", "UTC", "Z", "+03:00", "+0300", "+03", "UTC+3", "-14:00", "UTC+99", "../../etc/passwd",
		"saturday", "Sat", "السبت", "الجمعة", "\xff", "9999-12-31T23:59:59Z"} {
		f.Add(s)
	}
	riyadh := time.FixedZone("+03", 3*3600)
	f.Fuzz(func(t *testing.T, s string) {
		if loc, err := server.ParseTZ(s); err == nil && loc == nil {
			t.Fatalf("ParseTZ(%q): no zone and no error", s)
		}
		if d, err := server.ParseWeekday(s); err == nil && (d < time.Sunday || d > time.Saturday) {
			t.Fatalf("ParseWeekday(%q) = %d", s, d)
		}
		p, hasZone, err := server.ParsePublished(s, riyadh)
		if err != nil {
			return
		}
		if p.IsZero() {
			t.Fatalf("ParsePublished(%q): the zero time and no error", s)
		}
		if !hasZone && p.Location() != riyadh {
			t.Fatalf("ParsePublished(%q) without a zone is in %v, not the zone asked", s, p.Location())
		}
		// An RFC 3339 form of the time reads back as the same instant.
		if q, z, err := server.ParsePublished(p.Format(time.RFC3339Nano), riyadh); err == nil && (!z || !q.Equal(p)) {
			t.Fatalf("ParsePublished(%q) = %v; its RFC 3339 form reads as %v (zone %v)", s, p, q, z)
		}
	})
}

// AppendDates writes the answer for any text: always JSON, one element an
// expression found.
func FuzzAppendDates(f *testing.F) {
	for _, s := range []string{"", "أمس الأحد", "في 5 أيار 2019 ومنذ عام 2011 حتى اليوم", "\"\\\x00\xff الساعة الثالثة", "السبت 12/3"} {
		f.Add(s)
	}
	anchor := time.Date(2019, 5, 6, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		found := dates.Find(text, anchor)
		b := server.AppendDates(nil, text, found)
		var v []json.RawMessage
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("not a JSON array for %q: %v\n%s", text, err, b)
		}
		if len(v) != len(found) {
			t.Fatalf("%d elements for %d expressions", len(v), len(found))
		}
	})
}
