// Package roundtrip checks, for tests and fuzz targets, that the text form
// of a type reads back as the value it was written from: the names of
// dates.Kind, dates.Grain, tokenize.Kind, tokenize.Role and entities.Type
// that JSON carries.
package roundtrip

import (
	"bytes"
	"encoding"
	"fmt"
)

// Text reads b as a T with UnmarshalText. When b does not read, Text
// returns nil: any input may be refused. When it reads, the value must write
// back with MarshalText as a name that reads as the same value; with
// sameName, that name must also be b itself in any case (the type reads no
// aliases). Text returns an error that says what broke.
func Text[T comparable, P interface {
	*T
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}](b []byte, sameName bool) error {
	var v, w T
	if P(&v).UnmarshalText(b) != nil {
		return nil
	}
	name, err := P(&v).MarshalText()
	switch {
	case err != nil:
		return fmt.Errorf("%T %q read as %v, which does not write: %v", v, b, v, err)
	case P(&w).UnmarshalText(name) != nil || w != v:
		return fmt.Errorf("%T %q read as %v, written %q, which reads as %v", v, b, v, name, w)
	case sameName && !bytes.EqualFold(name, b):
		return fmt.Errorf("%T %q read as %v, written %q: another name", v, b, v, name)
	}
	return nil
}
