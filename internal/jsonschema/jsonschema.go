// Package jsonschema checks JSON values against the JSON Schema files of
// the repository (schema/), for tests. It knows the keywords those files
// use and no others: $ref (to "#/$defs/NAME", or to another file of the
// same folder), type, enum, required, properties, additionalProperties
// (false), items, minimum, pattern, oneOf.
package jsonschema

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
)

// A Schema is a loaded schema file.
type Schema struct {
	root map[string]any
	dir  string
	refs map[string]*Schema // other files, by name
}

// Load reads the schema file at path.
func Load(path string) (*Schema, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var root map[string]any
	if err := json.Unmarshal(b, &root); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return &Schema{root: root, dir: filepath.Dir(path), refs: map[string]*Schema{}}, nil
}

// Validate checks v, a value as json.Unmarshal into an any gives it,
// against the schema, and returns the first violation with its path
// ($.dates[3].grain), or nil.
func (s *Schema) Validate(v any) error {
	return s.validate(s.root, v, "$")
}

// ValidateJSON checks the JSON text b.
func (s *Schema) ValidateJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	return s.Validate(v)
}

func (s *Schema) validate(node map[string]any, v any, path string) error {
	if ref, ok := node["$ref"].(string); ok {
		if name, ok := strings.CutPrefix(ref, "#/$defs/"); ok {
			def, ok := s.root["$defs"].(map[string]any)[name].(map[string]any)
			if !ok {
				return fmt.Errorf("%s: unknown $ref %s", path, ref)
			}
			return s.validate(def, v, path)
		}
		other, err := s.file(ref)
		if err != nil {
			return fmt.Errorf("%s: $ref %s: %v", path, ref, err)
		}
		return other.validate(other.root, v, path)
	}
	if alts, ok := node["oneOf"].([]any); ok {
		matched := 0
		var errs []string
		for _, a := range alts {
			if err := s.validate(a.(map[string]any), v, path); err != nil {
				errs = append(errs, err.Error())
			} else {
				matched++
			}
		}
		if matched != 1 {
			return fmt.Errorf("%s: matches %d of the oneOf alternatives, want 1 (%s)", path, matched, strings.Join(errs, "; "))
		}
	}
	if types, ok := node["type"]; ok {
		list, ok := types.([]any)
		if !ok {
			list = []any{types}
		}
		match := false
		for _, ty := range list {
			match = match || hasType(v, ty.(string))
		}
		if !match {
			return fmt.Errorf("%s: %v is not of type %v", path, v, types)
		}
	}
	if enum, ok := node["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			found = found || reflect.DeepEqual(e, v)
		}
		if !found {
			return fmt.Errorf("%s: %v is not one of %v", path, v, enum)
		}
	}
	if min, ok := node["minimum"].(float64); ok {
		if n, ok := v.(float64); ok && n < min {
			return fmt.Errorf("%s: %v < minimum %v", path, n, min)
		}
	}
	if pat, ok := node["pattern"].(string); ok {
		re, err := regexp.Compile(pat)
		if err != nil {
			return fmt.Errorf("%s: bad pattern %q: %v", path, pat, err)
		}
		if str, ok := v.(string); ok && !re.MatchString(str) {
			return fmt.Errorf("%s: %q does not match %s", path, str, pat)
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := node["properties"].(map[string]any)
		req, _ := node["required"].([]any)
		for _, r := range req {
			if _, ok := obj[r.(string)]; !ok {
				return fmt.Errorf("%s: required %q missing", path, r)
			}
		}
		for k, fv := range obj {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if node["additionalProperties"] == false {
					return fmt.Errorf("%s: property %q is not in the schema", path, k)
				}
				continue
			}
			if err := s.validate(ps, fv, path+"."+k); err != nil {
				return err
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if items, ok := node["items"].(map[string]any); ok {
			for i, e := range arr {
				if err := s.validate(items, e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// file loads the schema file name of the same folder, once.
func (s *Schema) file(name string) (*Schema, error) {
	if o, ok := s.refs[name]; ok {
		return o, nil
	}
	if strings.ContainsAny(name, "/\\#") {
		return nil, fmt.Errorf("only files of the same folder")
	}
	o, err := Load(filepath.Join(s.dir, name))
	if err != nil {
		return nil, err
	}
	s.refs[name] = o
	return o, nil
}

func hasType(v any, ty string) bool {
	switch ty {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		n, ok := v.(float64)
		return ok && n == math.Trunc(n)
	}
	return false
}
