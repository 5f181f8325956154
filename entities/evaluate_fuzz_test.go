package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// Evaluate reads CoNLL from outside (a file the caller names): any bytes give
// an evaluation or an error, never a panic, and the counts of an evaluation
// are consistent: nothing is correct that is not both in the reference and in
// the output, and the total is the sum of the three types.
func FuzzEvaluate(f *testing.F) {
	f.Add(tinyCoNLL)
	f.Add("كلمة B-PERS\nكلمتان بلا وسم زائد B-XYZ\n")
	f.Add("a O\n\n\nb I-LOC\n-DOCSTART- O\n")
	f.Add("وزارة B-ORG\nالخارجية I-ORG\nالإيرانية I-ORG\n\nإيران B-LOC\n")
	f.Add("\xff\xfe B-PERS\n\tI-PERS\n")
	g := entities.Default()
	f.Fuzz(func(t *testing.T, data string) {
		ev, err := g.Evaluate(strings.NewReader(data))
		if err != nil {
			return
		}
		sum := entities.Score{}
		for _, s := range []entities.Score{ev.Person, ev.Place, ev.Organization} {
			if s.Gold < 0 || s.Found < 0 || s.Correct < 0 || s.Correct > s.Gold || s.Correct > s.Found {
				t.Fatalf("inconsistent score %+v in %+v", s, ev)
			}
			sum.Gold += s.Gold
			sum.Found += s.Found
			sum.Correct += s.Correct
		}
		if sum != ev.All {
			t.Fatalf("All %+v is not the sum of the types %+v", ev.All, sum)
		}
		if ev.Sentences < 0 || ev.Tokens < ev.Sentences || ev.Tokens > len(data) {
			t.Fatalf("%d sentences, %d tokens in %d bytes", ev.Sentences, ev.Tokens, len(data))
		}
	})
}
