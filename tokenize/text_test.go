package tokenize

import (
	"encoding/json"
	"strings"
	"testing"
)

// Every kind survives a trip through its text, and a struct holding one
// marshals to the name the arnews JSON uses.
func TestKindText(t *testing.T) {
	for k := Word; k <= Emoji; k++ {
		b, err := k.MarshalText()
		if err != nil || len(b) == 0 {
			t.Fatalf("%v: %q %v", k, b, err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%v: %q read back as %v (%v)", k, b, back, err)
		}
		if err := back.UnmarshalText([]byte(k.String())); err != nil || back != k {
			t.Errorf("%v: String form %q read back as %v (%v)", k, k.String(), back, err)
		}
	}
	got, err := json.Marshal(struct{ K Kind }{Mention})
	if err != nil || string(got) != `{"K":"mention"}` {
		t.Errorf("json: %s %v", got, err)
	}
	var k Kind
	if err := k.UnmarshalText([]byte("sentence")); err == nil {
		t.Error("unknown kind accepted")
	}
	if _, err := Kind(200).MarshalText(); err == nil {
		t.Error("Kind(200) has a name")
	}
}

func TestRoleText(t *testing.T) {
	for r := RoleStem; r <= RolePronoun; r++ {
		b, err := r.MarshalText()
		var back Role
		if err != nil || back.UnmarshalText(b) != nil || back != r || !strings.EqualFold(string(b), r.String()) {
			t.Errorf("%v: %q %v -> %v", r, b, err, back)
		}
	}
	out, err := json.Marshal(Clitics("وبالوسم").Proclitics)
	if err != nil || !strings.Contains(string(out), `"Role":"conjunction"`) || !strings.Contains(string(out), `"Role":"article"`) {
		t.Errorf("json: %s %v", out, err)
	}
	var r Role
	if r.UnmarshalText([]byte("suffix")) == nil {
		t.Error("unknown role accepted")
	}
}
