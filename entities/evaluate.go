package entities

import (
	"io"
)

// Score counts the names of one type in an evaluation: in the reference
// (Gold), in the output (Found), and in both with the same span and type
// (Correct).
type Score struct {
	Gold, Found, Correct int
}

// Precision is Correct/Found (0 when nothing was found).
func (s Score) Precision() float64 { return ratio(s.Correct, s.Found) }

// Recall is Correct/Gold (0 when the reference has none).
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation is the result of Evaluate: a Score per type and over all
// three (micro-averaged).
type Evaluation struct {
	Person, Place, Organization, All Score
	Sentences, Tokens                int // how many sentences and tokens the data held
}

// Evaluate runs Find on each sentence of CoNLL data (in TrainModel's
// format; each sentence is the text of its tokens joined by spaces) and
// compares the names it finds with the tags, as conlleval does: a name
// counts when its tokens and type are exactly those of the reference.
// A mention covers the tokens it overlaps (its proclitics are in the
// token); nationality adjectives, and MISC in the reference, are left
// out. Evaluate on a development split that the model was not trained
// on.
func (g *Gazetteer) Evaluate(r io.Reader) (Evaluation, error) {
	var ev Evaluation
	sents, err := readCoNLL(r)
	if err != nil {
		return ev, err
	}
	var starts []int
	var pred []uint8
	for _, s := range sents {
		ev.Sentences++
		ev.Tokens += len(s.toks)
		var text string
		text, starts = sentenceText(s.toks, starts)
		pred = append(pred[:0], make([]uint8, len(s.toks))...)
		last := -1
		for _, m := range g.Find(text) {
			if m.Type != Person && m.Type != Place && m.Type != Organization {
				continue
			}
			a, b := tokenAt(starts, m.Start), tokenAt(starts, m.End-1)
			if a <= last {
				continue
			}
			pred[a] = uint8(labelB(m.Type))
			for k := a + 1; k <= b; k++ {
				pred[k] = uint8(labelI(m.Type))
			}
			last = b
		}
		gold := spansOf(s.tags)
		found := spansOf(pred)
		for _, sp := range gold {
			ev.score(sp.t).Gold++
		}
		for _, sp := range found {
			ev.score(sp.t).Found++
		}
		i, j := 0, 0
		for i < len(gold) && j < len(found) {
			switch {
			case gold[i].a < found[j].a:
				i++
			case gold[i].a > found[j].a:
				j++
			default:
				if gold[i] == found[j] {
					ev.score(gold[i].t).Correct++
				}
				i++
				j++
			}
		}
	}
	for _, s := range []Score{ev.Person, ev.Place, ev.Organization} {
		ev.All.Gold += s.Gold
		ev.All.Found += s.Found
		ev.All.Correct += s.Correct
	}
	return ev, nil
}

func (ev *Evaluation) score(t Type) *Score {
	switch t {
	case Person:
		return &ev.Person
	case Place:
		return &ev.Place
	}
	return &ev.Organization
}

type tokSpan struct {
	a, b int // tokens [a, b)
	t    Type
}

// spansOf reads the names of a label sequence.
func spansOf(tags []uint8) []tokSpan {
	var out []tokSpan
	for i := 0; i < len(tags); i++ {
		l := int(tags[i])
		if l == lblO {
			continue
		}
		j := i + 1
		for j < len(tags) && isInside(int(tags[j])) && labelType(int(tags[j])) == labelType(l) {
			j++
		}
		out = append(out, tokSpan{i, j, labelType(l)})
		i = j - 1
	}
	return out
}
