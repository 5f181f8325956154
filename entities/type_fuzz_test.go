package entities_test

import (
	"testing"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/roundtrip"
)

// Type reads its name from JSON and from user gazetteers: any bytes give a
// value or an error, and a value read (from its name in any case, or an
// alias such as org) writes back as a name that reads as the same value.
func FuzzTypeUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "person", "PERSON", "place", "organization", "nationality", "org", "LOC", "other", "\xff", "person "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := roundtrip.Text[entities.Type](b, false); err != nil {
			t.Fatal(err)
		}
	})
}
