package tokenize

import (
	"fmt"
	"strings"
)

// MarshalText implements encoding.TextMarshaler: the lower-case name of
// the kind ("word", "number", "punct", "symbol", "url", "email",
// "hashtag", "mention", "emoji"), as in the arnews JSON; the zero Kind is
// "". It returns an error for a value that is no kind.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 {
		return []byte{}, nil
	}
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("tokenize: Kind(%d) has no name", uint8(k))
	}
	return []byte(strings.ToLower(kindNames[k])), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the names
// MarshalText and String give, in any case, and "" as the zero Kind.
func (k *Kind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = 0
		return nil
	}
	for i := 1; i < len(kindNames); i++ {
		if strings.EqualFold(string(b), kindNames[i]) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("tokenize: unknown token kind %q", b)
}

// MarshalText implements encoding.TextMarshaler: the lower-case name of
// the role ("stem", "conjunction", "preposition", "future", "article",
// "pronoun"). It returns an error for a value that is no role.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames) {
		return nil, fmt.Errorf("tokenize: Role(%d) has no name", uint8(r))
	}
	return []byte(strings.ToLower(roleNames[r])), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads the names
// MarshalText and String give, in any case.
func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if strings.EqualFold(string(b), n) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("tokenize: unknown role %q", b)
}
