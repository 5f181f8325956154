package jsonschema_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/arnews/arnews/internal/jsonschema"
)

func Example() {
	dir, _ := os.MkdirTemp("", "schema")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "count.json")
	os.WriteFile(p, []byte(`{"type":"object","required":["count"],"properties":{"count":{"type":"integer","minimum":1}}}`), 0o644)
	s, err := jsonschema.Load(p)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.ValidateJSON([]byte(`{"count": 3}`)))
	fmt.Println(s.ValidateJSON([]byte(`{"count": 0}`)))
	// Output:
	// <nil>
	// $.count: 0 < minimum 1
}
