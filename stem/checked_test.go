package stem_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/stem"
)

// NewChecked reports what New reads leniently, and otherwise builds the
// same Stemmer.
func TestNewChecked(t *testing.T) {
	for _, c := range []struct {
		opt  stem.Option
		name string
	}{
		{stem.Latin("klingon"), `Latin("klingon")`},
		{stem.Latin("English!"), `Latin("english!")`},
		{stem.MinLength(1), "MinLength(1)"},
		{stem.MinLength(-5), "MinLength(-5)"},
	} {
		s, err := stem.NewChecked(stem.Light(), c.opt)
		if err == nil || s != nil || !strings.Contains(err.Error(), c.name) {
			t.Errorf("NewChecked(%s) = %v, %v", c.name, s, err)
		}
		if stem.New(c.opt) == nil {
			t.Errorf("New(%s) = nil", c.name)
		}
	}
	words := []string{"والحكومة", "بالمدرسة", "Running", "Université", "القاهرة", "المعلمون", "وسيكتبونها"}
	for _, opts := range [][]stem.Option{nil, {nil}, {stem.Latin("french")}, {stem.Latin(" English ")}, {stem.Latin("none")},
		{stem.Latin(""), stem.MinLength(2)}, {stem.Protect("المعلمون"), stem.Light()}} {
		s, err := stem.NewChecked(opts...)
		if err != nil {
			t.Errorf("NewChecked(%v): %v", opts, err)
			continue
		}
		n := stem.New(opts...)
		for _, w := range words {
			if s.Stem(w) != n.Stem(w) {
				t.Errorf("options %v: %s stems to %s, New gives %s", opts, w, s.Stem(w), n.Stem(w))
			}
		}
	}
	// an unknown language under New only lower-cases, as documented
	if got := stem.New(stem.Latin("klingon")).Stem("Running"); got != "running" {
		t.Errorf("New(Latin(klingon)).Stem(Running) = %q", got)
	}
}
