package jsonschema_test

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/internal/jsonschema"
)

// ValidateJSON reads whatever bytes a test hands it: any input gives nil or
// an error, never a panic, and nothing that is not JSON passes.
func FuzzValidateJSON(f *testing.F) {
	s, err := jsonschema.Load(filepath.Join("..", "..", "schema", "document-v1.json"))
	if err != nil {
		f.Fatal(err)
	}
	doc := arnews.Analyze("قال الرئيس حسن روحاني في طهران أمس الأحد 5 أيار 2019 إن إيران لن تتفاوض.", time.Date(2019, 5, 6, 12, 0, 0, 0, time.UTC))
	good := doc.AppendJSON(nil, arnews.JSONOptions{})
	if err := s.ValidateJSON(good); err != nil {
		f.Fatalf("the document of a real text does not validate: %v", err)
	}
	f.Add(good)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"text":null,"tokens":[{"start":-1}]}`))
	f.Add([]byte(`[1,2,{"a":"\u00"}]`))
	f.Add([]byte("\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if s.ValidateJSON(b) == nil && !json.Valid(b) {
			t.Fatalf("%q is not JSON but validates", b)
		}
	})
}
