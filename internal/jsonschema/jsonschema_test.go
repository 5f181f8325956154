package jsonschema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, s string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Each keyword accepts what it should and rejects the rest, with the path.
func TestValidate(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "point.json", `{"type":"object","required":["x"],"additionalProperties":false,
		"properties":{"x":{"type":"integer","minimum":0},"tag":{"pattern":"^[a-z]+$"}}}`)
	p := write(t, dir, "main.json", `{"type":"object","properties":{
		"points":{"type":"array","items":{"$ref":"point.json"}},
		"kind":{"$ref":"#/$defs/kind"},
		"when":{"type":["string","null"]},
		"either":{"oneOf":[{"type":"string"},{"type":"integer"}]}},
		"$defs":{"kind":{"enum":["a","b"]}}}`)
	s, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, good := range []string{
		`{}`, `{"points":[{"x":0},{"x":3,"tag":"ab"}],"kind":"b","when":null,"either":2}`, `{"when":"x","either":"s","other":1}`,
	} {
		if err := s.ValidateJSON([]byte(good)); err != nil {
			t.Errorf("%s: %v", good, err)
		}
	}
	for bad, where := range map[string]string{
		`{"points":[{"x":1},{"y":1}]}`:   `$.points[1]: required "x"`,
		`{"points":[{"x":1,"z":2}]}`:     `$.points[0]: property "z"`,
		`{"points":[{"x":-1}]}`:          `$.points[0].x: -1 < minimum`,
		`{"points":[{"x":1.5}]}`:         `$.points[0].x: 1.5 is not of type integer`,
		`{"points":[{"x":1,"tag":"A"}]}`: `$.points[0].tag: "A" does not match`,
		`{"kind":"c"}`:                   `$.kind: c is not one of`,
		`{"when":3}`:                     `$.when: 3 is not of type`,
		`{"either":true}`:                `$.either: matches 0 of the oneOf`,
		`[]`:                             `$: [] is not of type object`,
	} {
		err := s.ValidateJSON([]byte(bad))
		if err == nil || !strings.Contains(err.Error(), where) {
			t.Errorf("%s: %v, want %q", bad, err, where)
		}
	}
}
