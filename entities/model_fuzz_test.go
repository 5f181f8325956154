package entities_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/entities"
)

// A model trained on any CoNLL data, however odd its tags and words, makes a
// recognizer whose mentions on any text are well formed: spans in order
// inside the text, Text equal to the span, a known type and an entity, and
// All agrees with Find. (FuzzTrainModel and FuzzLoadModel only check that
// such a model does not panic.)
func FuzzTrainedModelFind(f *testing.F) {
	f.Add(tinyCoNLL, "قال الرئيس فرانسوا هولاند في باريس إن وزارة الخارجية الإيرانية")
	f.Add("كلمة B-PERS\nكلمتان I-PERS\n\nو B-ORG\n", "وكلمة كلمتان \xff\xfe كلمة")
	f.Add("a B-LOC\nb I-LOC\nc I-LOC\n", "a b c. A B C؛ abc")
	f.Fuzz(func(t *testing.T, data, text string) {
		m, err := entities.TrainModel(strings.NewReader(data), entities.Epochs(1), entities.HashBits(10))
		if err != nil {
			return
		}
		g := entities.Default().WithModel(m)
		ms := g.Find(text)
		last := 0
		for _, x := range ms {
			if x.Start < last || x.End <= x.Start || x.End > len(text) || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span [%d,%d) %q after %d in %q", x.Start, x.End, x.Text, last, text)
			}
			if x.Entity == nil || x.Type < entities.Person || x.Type > entities.Nationality {
				t.Fatalf("bad mention %+v", x)
			}
			if utf8.ValidString(text) && !utf8.ValidString(x.Text) {
				t.Fatalf("mention cuts a rune: %q", x.Text)
			}
			last = x.End
		}
		n := 0
		for range g.All(text) {
			n++
		}
		if n != len(ms) {
			t.Fatalf("All gives %d mentions, Find %d", n, len(ms))
		}
	})
}
