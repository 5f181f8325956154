package entities

import "strings"

// The entities the recognizer makes for the names the gazetteer does not
// know live as long as the mentions that the caller keeps; they are made
// in small blocks (one allocation for several), and their IDs are written
// once the text is done, all in one string.

// madeSet is the entities made for one text, by madeKey (see madeEntity),
// with the scratch maps of the rules. It is kept in recState; done empties
// it after each text.
type madeSet struct {
	m    map[uint64]*Entity
	fold map[*Entity]uint64 // each entity made here: foldHash of its name (see keyOf)
	slab []madeEnt          // the current block, where the next entity is made
	hint int                // how many entities the text may make (the model's spans)
	last map[uint64]*Entity // sameType's scratch: a made person by its last word
	by   map[uint64]Type    // sameType's scratch: a name's first type
	amb  []*Entity          // the gazetteer's organizations whose ambiguous name the model confirmed (see unsupported)
}

// madeEnt is a made entity and its one-name list.
type madeEnt struct {
	e     Entity
	names [1]string
}

// madeEntity returns the entity made for name in this text, the same
// for every mention of the same name (compared in folded form) and type.
// Its ID is RecognizedPrefix alone until setMadeIDs writes it.
func madeEntity(made *madeSet, name string, t Type) *Entity {
	return madeEntityFold(made, name, foldHash(name), t)
}

// madeEntityFold is madeEntity for a name whose foldHash is fh.
func madeEntityFold(made *madeSet, name string, fh uint64, t Type) *Entity {
	key := fh ^ typeSalt(t) // madeKey(name, t)
	if e := made.m[key]; e != nil {
		return e
	}
	if made.m == nil {
		made.m = map[uint64]*Entity{}
	}
	if made.fold == nil {
		made.fold = map[*Entity]uint64{}
	}
	if len(made.slab) == cap(made.slab) {
		// A new block: never one of an earlier text, whose entities the
		// caller may hold.
		n := 8
		if made.slab == nil {
			n = min(max((made.hint+1)/2, 1), 16)
		}
		made.slab = make([]madeEnt, 0, n)
	}
	made.slab = made.slab[:len(made.slab)+1]
	x := &made.slab[len(made.slab)-1]
	x.names[0] = name
	e := &x.e
	*e = Entity{ID: RecognizedPrefix, Type: t, Name: name, Names: x.names[:], Source: RecognizedSource}
	made.m[key] = e
	made.fold[e] = fh
	return e
}

// foldOf is foldHash(e.Name) for an entity made in this text, kept when
// it was made; the name is folded again only for another entity.
func (made *madeSet) foldOf(e *Entity) uint64 {
	if h, ok := made.fold[e]; ok {
		return h
	}
	return foldHash(e.Name)
}

// keyOf is madeKey(e.Name, t) (see foldOf).
func (made *madeSet) keyOf(e *Entity, t Type) uint64 {
	return made.foldOf(e) ^ typeSalt(t)
}

// done empties made for the next text.
func (made *madeSet) done() {
	made.slab, made.hint = nil, 0
	clear(made.amb)
	made.amb = made.amb[:0]
	if len(made.m) > 1<<12 || len(made.fold) > 1<<12 {
		*made = madeSet{} // a long text's maps go with it
		return
	}
	clear(made.m)
	clear(made.fold)
	clear(made.last)
	clear(made.by)
}

// madeIDLen is the length of the ID of a made entity: RecognizedPrefix,
// its type, ":" and its name.
func madeIDLen(e *Entity) int {
	return len(RecognizedPrefix) + len(e.Type.String()) + 1 + len(e.Name)
}

// setMadeIDs writes the IDs of the made entities that the mentions out
// keep (RecognizedPrefix + type + ":" + name), all in one string.
func setMadeIDs(out []candidate) {
	pending := func(e *Entity) bool {
		return e != nil && e.ID == RecognizedPrefix && e.Source == RecognizedSource
	}
	n := 0
	for i := range out {
		if e := out[i].ent; pending(e) {
			n += madeIDLen(e)
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	var written []*Entity
	var small [32]*Entity
	written = small[:0]
	for i := range out {
		if e := out[i].ent; pending(e) {
			b.WriteString(RecognizedPrefix)
			b.WriteString(e.Type.String())
			b.WriteByte(':')
			b.WriteString(e.Name)
			e.ID = "" // written; a mention of it further on is passed over
			written = append(written, e)
		}
	}
	ids := b.String()
	pos := 0
	for _, e := range written {
		k := madeIDLen(e)
		e.ID = ids[pos : pos+k]
		pos += k
	}
}
