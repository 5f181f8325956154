package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// With -DOCSTART- marks, Evaluate runs Find over each document, so a
// surname alone (روحاني) is found after the full name in an earlier
// sentence of the same document, as on running text; without the marks,
// or across documents, each sentence is read alone and it is not. The
// counts of sentences, tokens and gold names do not depend on the marks.
func TestEvaluateDocuments(t *testing.T) {
	conll := func(words string) string {
		var b strings.Builder
		for _, w := range strings.Fields(words) {
			tag := "O"
			if i := strings.IndexByte(w, '/'); i > 0 {
				w, tag = w[:i], w[i+1:]
			}
			b.WriteString(w + " " + tag + "\n")
		}
		return b.String()
	}
	first := conll("قال الرئيس الإيراني حسن/B-PERS روحاني/I-PERS إن بلاده لن تتراجع .")
	second := conll("وأضاف روحاني/B-PERS أن المفاوضات ستستمر .")
	for _, c := range []struct {
		name, data  string
		wantCorrect int
	}{
		{"sentences", first + "\n" + second, 1},
		{"one document", "-DOCSTART- -X- O O\n\n" + first + "\n" + second, 2},
		{"two documents", "-DOCSTART- O\n\n" + first + "\n-DOCSTART- O\n\n" + second, 1},
	} {
		// Lookup alone: the surname needs the full name in the same text.
		ev, err := entities.Default().WithModel(nil).Evaluate(strings.NewReader(c.data))
		if err != nil {
			t.Fatal(err)
		}
		if ev.Sentences != 2 || ev.Tokens != 16 || ev.Person.Gold != 2 {
			t.Errorf("%s: counts %+v", c.name, ev)
		}
		if ev.Person.Correct != c.wantCorrect || ev.Person.Found != c.wantCorrect {
			t.Errorf("%s: person %+v, want %d found and correct", c.name, ev.Person, c.wantCorrect)
		}
	}
}
