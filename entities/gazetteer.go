package entities

//go:generate go run ./internal/gen

import (
	_ "embed"
	"fmt"
	"iter"
	"strings"
	"sync"

	"github.com/arnews/arnews/entities/internal/index"
)

//go:embed data/gen/entities.tsv
var embeddedEntities string

//go:embed data/gen/index.bin
var embeddedIndex string

// Gazetteer is a set of entities and the index of their names. A
// Gazetteer is immutable once built and safe for concurrent use. The zero
// value and a nil *Gazetteer are empty: they find nothing.
type Gazetteer struct {
	layers []*layer    // searched together; on a tie, the later layer wins
	rec    *recognizer // the attached model, or nil (see WithModel)
}

// layer is one set of entities with its own index.
type layer struct {
	ents []Entity
	x    *index.Index
	once sync.Once
	byID map[string]*Entity
}

func (l *layer) lookup(id string) *Entity {
	l.once.Do(func() {
		l.byID = make(map[string]*Entity, len(l.ents))
		for i := range l.ents {
			l.byID[l.ents[i].ID] = &l.ents[i]
		}
	})
	return l.byID[id]
}

var defaultLookup = sync.OnceValue(func() *Gazetteer {
	l, err := parseEmbedded(embeddedEntities, embeddedIndex)
	if err != nil {
		// The embedded data is checked by the tests; this cannot happen in
		// a released build, but an empty gazetteer is better than a panic.
		return &Gazetteer{}
	}
	return &Gazetteer{layers: []*layer{l}}
})

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	return defaultLookup().WithModel(DefaultModel())
})

// Default returns the embedded gazetteer (see the package documentation
// for its contents and sources) with the embedded model attached
// (DefaultModel), so that Find also reports the names the gazetteer does
// not list; Default().WithModel(nil) finds by lookup alone. It is built
// on the first call and shared by every later call; it is safe to use
// from many goroutines.
func Default() *Gazetteer { return defaultGazetteer() }

// WithModel returns a gazetteer with the same entities as g whose Find
// and All also report the names that the model m recognizes; g is not
// changed. With a nil m, the result finds by lookup alone.
//
// The gazetteer's mentions come first: a span the model finds that
// overlaps a gazetteer mention is dropped, unless it contains the
// mentions and is a longer name of a person around a person's name (عبد
// الرضا رحماني فضلي around رحماني فضلي, which keeps the gazetteer's
// entity) or an organization around a place, person or adjective (جامعة
// القاهرة). A span that is exactly a weak gazetteer reading (a surname
// alone, an ambiguous name) of the same type confirms it, with the
// gazetteer's entity. Any other span is a new name: its Entity is made
// for the text (see Entity.Recognized), one per name and type, shared by
// all its mentions. One sense per text: each other occurrence of a
// recognized name, and a person's last name alone after the full name,
// is a mention of the same entity too. Proclitics (و ف ب ل ك) are left
// out of recognized spans as they are out of the gazetteer's.
func (g *Gazetteer) WithModel(m *Model) *Gazetteer {
	out := &Gazetteer{}
	if g != nil {
		out.layers = g.layers
	}
	if m != nil {
		out.rec = newRecognizer(m)
	}
	return out
}

// Model returns the model attached with WithModel, or nil.
func (g *Gazetteer) Model() *Model {
	if g == nil || g.rec == nil {
		return nil
	}
	return g.rec.m
}

func parseEmbedded(tsv, bin string) (*layer, error) {
	n := strings.Count(tsv, "\n")
	l := &layer{ents: make([]Entity, 0, n)}
	for line := range strings.SplitSeq(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		var f [12]string
		rest := line
		for i := range f {
			if i == len(f)-1 {
				f[i] = rest
				break
			}
			var ok bool
			f[i], rest, ok = strings.Cut(rest, "\t")
			if !ok {
				return nil, fmt.Errorf("entities: embedded entity line %q has too few fields", line)
			}
		}
		t, ok := parseType(f[1])
		if !ok {
			return nil, fmt.Errorf("entities: embedded entity %s has type %q", f[0], f[1])
		}
		l.ents = append(l.ents, Entity{ID: f[0], Type: t, Name: f[2], Names: splitBar(f[3]),
			Surnames: splitBar(f[4]), Ambiguous: splitBar(f[5]), Adjectives: splitBar(f[6]),
			Country: f[7], Wikidata: f[8], Kind: f[9], Source: f[10], Description: f[11]})
	}
	x, err := index.Unmarshal(bin, len(l.ents))
	if err != nil {
		return nil, err
	}
	l.x = x
	return l, nil
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// Entity returns the entity with the given ID, searching the later
// layers of a merged gazetteer first.
func (g *Gazetteer) Entity(id string) (*Entity, bool) {
	if g == nil {
		return nil, false
	}
	for i := len(g.layers) - 1; i >= 0; i-- {
		if e := g.layers[i].lookup(id); e != nil {
			return e, true
		}
	}
	return nil, false
}

// Len returns the number of entities.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	n := 0
	for _, l := range g.layers {
		n += len(l.ents)
	}
	return n
}

// Entities iterates over every entity, layer by layer, in a stable order.
func (g *Gazetteer) Entities() iter.Seq[*Entity] {
	return func(yield func(*Entity) bool) {
		if g == nil {
			return
		}
		for _, l := range g.layers {
			for i := range l.ents {
				if !yield(&l.ents[i]) {
					return
				}
			}
		}
	}
}

// Merge returns a gazetteer that finds the entities of both g and other.
// Neither is changed. The result keeps g's model (see WithModel), whose
// features then use the names of both. Where a name of other and a name of g cover the same
// words, other's entity wins, so user data merged onto Default can
// override the default reading of a name; the longest name still wins
// over a shorter one whichever gazetteer it comes from. Two entities with
// the same ID are an error.
func (g *Gazetteer) Merge(other *Gazetteer) (*Gazetteer, error) {
	out := &Gazetteer{}
	if g != nil {
		out.layers = append(out.layers, g.layers...)
		if g.rec != nil {
			out.rec = newRecognizer(g.rec.m)
		}
	}
	if other != nil {
		for _, l := range other.layers {
			for i := range l.ents {
				if _, dup := out.Entity(l.ents[i].ID); dup {
					return nil, fmt.Errorf("entities: merge: duplicate id %q", l.ents[i].ID)
				}
			}
			out.layers = append(out.layers, l)
		}
	}
	return out, nil
}
