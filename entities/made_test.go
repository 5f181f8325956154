package entities_test

import (
	"testing"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
)

// TestMadeEntities: over 300 news articles, one Find each, every entity
// the recognizer made has the ID RecognizedPrefix + type + ":" + name,
// its name as its only name and the model's source, and is the same
// entity for every mention of that ID in the text; the entities of
// earlier texts, which the caller still holds, are unchanged by the
// later calls (they are made in blocks, and their IDs written at the end
// of each call).
func TestMadeEntities(t *testing.T) {
	g := entities.Default()
	type held struct {
		e              *entities.Entity
		id, name, text string
		typ            entities.Type
	}
	var all []held
	n, texts := 0, 0
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		byID := map[string]*entities.Entity{}
		for _, m := range g.Find(a.Text) {
			e := m.Entity
			if !e.Recognized() {
				continue
			}
			n++
			want := entities.RecognizedPrefix + e.Type.String() + ":" + e.Name
			if e.ID != want || len(e.Names) != 1 || e.Names[0] != e.Name || e.Source != entities.RecognizedSource {
				t.Errorf("made entity %+v: want ID %q, Names [Name], Source %q", *e, want, entities.RecognizedSource)
			}
			if prev, ok := byID[e.ID]; ok && prev != e {
				t.Errorf("%s: two entities in one text", e.ID)
			}
			byID[e.ID] = e
			all = append(all, held{e, e.ID, e.Name, m.Text, e.Type})
		}
		texts++
		return texts < 300
	})
	if n < 100 {
		t.Fatalf("%d made entities in %d texts: the recognizer made too few to judge", n, texts)
	}
	for _, h := range all {
		if h.e.ID != h.id || h.e.Name != h.name || h.e.Type != h.typ {
			t.Errorf("an entity of an earlier text changed: was %s %q, now %+v", h.id, h.name, *h.e)
		}
	}
}
