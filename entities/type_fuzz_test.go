package entities_test

import (
	"testing"

	"github.com/arnews/arnews/entities"
)

// Type reads its name from JSON and from user gazetteers: any bytes give a
// value or an error, and a value read (from its name in any case, or an
// alias such as org) writes back as a name that reads as the same value.
func FuzzTypeUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "person", "PERSON", "place", "organization", "nationality", "org", "LOC", "other", "\xff", "person "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var ty entities.Type
		if ty.UnmarshalText(b) != nil {
			return
		}
		name, err := ty.MarshalText()
		var ty2 entities.Type
		if err != nil || ty2.UnmarshalText(name) != nil || ty2 != ty {
			t.Fatalf("Type %q read as %v, written %q (%v), read back %v", b, ty, name, err, ty2)
		}
	})
}
