package entities

import (
	"io"
	"strings"
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
//
// When the data marks its documents with "-DOCSTART-" lines, Find runs
// once over each document, its sentences joined by line breaks, so that
// what holds for the whole text (one sense per text, a surname after the
// full name) holds as it does on running text; names are still scored
// sentence by sentence. Data without the marks, and the sentences before
// the first mark, are read sentence by sentence.
func (g *Gazetteer) Evaluate(r io.Reader) (Evaluation, error) {
	var ev Evaluation
	sents, err := readCoNLL(r)
	if err != nil {
		return ev, err
	}
	docs := len(sents) > 0 && sents[len(sents)-1].doc > 0 // the data marks documents
	var b strings.Builder
	var starts []int
	var pred, gold []uint8
	for i := 0; i < len(sents); {
		// The sentences Find reads at once: one, or a document.
		j := i + 1
		if docs && sents[i].doc > 0 {
			for j < len(sents) && sents[j].doc == sents[i].doc {
				j++
			}
		}
		b.Reset()
		starts, gold = starts[:0], gold[:0]
		for k, s := range sents[i:j] {
			ev.Sentences++
			ev.Tokens += len(s.toks)
			if k > 0 {
				b.WriteByte('\n')
			}
			for t, tok := range s.toks {
				if t > 0 {
					b.WriteByte(' ')
				}
				starts = append(starts, b.Len())
				b.WriteString(tok)
			}
			gold = append(gold, s.tags...)
		}
		text := b.String()
		pred = append(pred[:0], make([]uint8, len(gold))...)
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
		// A sentence's first tag is never inside (readCoNLL), so the gold
		// names of consecutive sentences stay apart.
		ev.compare(spansOf(gold), spansOf(pred))
		i = j
	}
	for _, s := range []Score{ev.Person, ev.Place, ev.Organization} {
		ev.All.Gold += s.Gold
		ev.All.Found += s.Found
		ev.All.Correct += s.Correct
	}
	return ev, nil
}

// compare counts the gold and found names and those in both.
func (ev *Evaluation) compare(gold, found []tokSpan) {
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
