package entities

import (
	"encoding/json"
	"testing"
)

func TestTypeText(t *testing.T) {
	for _, ty := range []Type{Person, Place, Organization, Nationality} {
		b, err := ty.MarshalText()
		if err != nil || string(b) != ty.String() {
			t.Fatalf("%v: %q %v", ty, b, err)
		}
		var back Type
		if err := back.UnmarshalText(b); err != nil || back != ty {
			t.Errorf("%v: read back as %v (%v)", ty, back, err)
		}
	}
	var m struct{ T Type }
	if err := json.Unmarshal([]byte(`{"T":"Organization"}`), &m); err != nil || m.T != Organization {
		t.Errorf("json: %v %v", m.T, err)
	}
	if err := m.T.UnmarshalText([]byte("animal")); err == nil {
		t.Error("unknown type accepted")
	}
	if _, err := Type(9).MarshalText(); err == nil {
		t.Error("Type(9) has a name")
	}
}
