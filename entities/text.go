package entities

import (
	"fmt"
	"strings"
)

// MarshalText implements encoding.TextMarshaler: the name String gives
// ("person", "place", "organization", "nationality"); the zero Type is "".
// It returns an error for a value that is no type.
func (t Type) MarshalText() ([]byte, error) {
	switch t {
	case 0:
		return []byte{}, nil
	case Person, Place, Organization, Nationality:
		return []byte(t.String()), nil
	}
	return nil, fmt.Errorf("entities: %v has no name", t)
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the names
// MarshalText gives, in any case, "org" for Organization, and "" as the
// zero Type.
func (t *Type) UnmarshalText(b []byte) error {
	s := strings.ToLower(string(b))
	if s == "" {
		*t = 0
		return nil
	}
	if s == "nationality" {
		*t = Nationality
		return nil
	}
	if v, ok := parseType(s); ok {
		*t = v
		return nil
	}
	return fmt.Errorf("entities: unknown type %q", b)
}
