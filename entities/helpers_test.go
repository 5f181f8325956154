package entities_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// Small assertion helpers (the module's go.sum does not cover testify's
// yaml dependency, so the tests use plain testing).

type checker struct {
	t     testing.TB
	fatal bool
}

var (
	assert  = func(t testing.TB) checker { return checker{t, false} }
	require = func(t testing.TB) checker { return checker{t, true} }
)

func (c checker) fail(format string, args []any, msg []any) {
	c.t.Helper()
	s := fmt.Sprintf(format, args...)
	if len(msg) > 0 {
		if f, ok := msg[0].(string); ok {
			s += ": " + fmt.Sprintf(f, msg[1:]...)
		}
	}
	if c.fatal {
		c.t.Fatal(s)
	}
	c.t.Error(s)
}

func (c checker) Equal(want, got any, msg ...any) {
	c.t.Helper()
	if !reflect.DeepEqual(want, got) {
		c.fail("got %+q, want %+q", []any{got, want}, msg)
	}
}

func (c checker) True(b bool, msg ...any) {
	c.t.Helper()
	if !b {
		c.fail("false", nil, msg)
	}
}

func (c checker) False(b bool, msg ...any) {
	c.t.Helper()
	if b {
		c.fail("true", nil, msg)
	}
}

func (c checker) Len(x any, n int, msg ...any) {
	c.t.Helper()
	if v := reflect.ValueOf(x); v.Len() != n {
		c.fail("len %d, want %d: %+v", []any{v.Len(), n, x}, msg)
	}
}

func (c checker) Empty(x any, msg ...any) {
	c.t.Helper()
	if v := reflect.ValueOf(x); v.IsValid() && v.Len() != 0 {
		c.fail("not empty: %+v", []any{x}, msg)
	}
}

func (c checker) Nil(x any, msg ...any) {
	c.t.Helper()
	if v := reflect.ValueOf(x); v.IsValid() && !v.IsNil() {
		c.fail("not nil: %+v", []any{x}, msg)
	}
}

func (c checker) Contains(hay, needle any, msg ...any) {
	c.t.Helper()
	switch h := hay.(type) {
	case string:
		if !strings.Contains(h, needle.(string)) {
			c.fail("%q does not contain %q", []any{h, needle}, msg)
		}
	case []string:
		if !slices.Contains(h, needle.(string)) {
			c.fail("%q does not contain %q", []any{h, needle}, msg)
		}
	}
}

func (c checker) NotContains(hay, needle any, msg ...any) {
	c.t.Helper()
	switch h := hay.(type) {
	case string:
		if strings.Contains(h, needle.(string)) {
			c.fail("%q contains %q", []any{h, needle}, msg)
		}
	case []string:
		if slices.Contains(h, needle.(string)) {
			c.fail("%q contains %q", []any{h, needle}, msg)
		}
	}
}

func (c checker) Same(a, b any, msg ...any) {
	c.t.Helper()
	if reflect.ValueOf(a).Pointer() != reflect.ValueOf(b).Pointer() {
		c.fail("not the same pointer", nil, msg)
	}
}

// typeOf returns the type of the last mention of g.Find(text) whose text
// is name, or Type(0) when there is none.
func typeOf(g *entities.Gazetteer, text, name string) entities.Type {
	got := entities.Type(0)
	for _, m := range g.Find(text) {
		if m.Text == name {
			got = m.Type
		}
	}
	return got
}
