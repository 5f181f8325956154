package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Root is the path key before the first word of a name.
const Root uint64 = 0x9E3779B97F4A7C15

// HashWord hashes a folded word (FNV-1a, 64 bits).
func HashWord(f []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range f {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// HashWordFrom hashes the folded word pre followed by f, without building it.
func HashWordFrom(pre byte, f []byte) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(pre)
	h *= 1099511628211
	for _, c := range f {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Step extends the path key p by a word hash h.
func Step(p, h uint64) uint64 {
	x := p*0xbf58476d1ce4e5b9 + h + 1
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// PathKey is the key of a whole name given as folded words.
func PathKey(words [][]byte) uint64 {
	p := Root
	for _, w := range words {
		p = Step(p, HashWord(w))
	}
	return p
}

// Entry flags.
const (
	// Weak entries (a surname alone, a name that is also a common word)
	// count only when the same entity has a strong mention in the text.
	Weak uint8 = 1 << iota
	// Ambiguous entries are also refused after the clitics ب and ك and
	// after كل ("بكل حماس"), unless a word such as حركة comes just before.
	Ambiguous
	// AltTanween entries (a nationality adjective in the accusative,
	// سوريّاً) are chosen over the first entry when the word carries tanween
	// or shadda or follows a word that ends in tanween.
	AltTanween
	// AltDefinite entries (a nationality adjective such as السعودية) are
	// chosen over the first entry when the word has no proclitic and comes
	// right after a definite word (الحكومة السعودية).
	AltDefinite
	// Last marks the last entry of a key's run.
	Last
	// Trigger entries (a place spelt like a common word: الباب, حجة) are
	// a mention only right after a word such as مدينة or محافظة.
	Trigger
	// Titled entries are names that start with a title (الأمير هاري): the
	// mention leaves the first word out.
	Titled
)

// Entry is one reading of a name: which entity, as which mention type.
type Entry struct {
	Ent   uint32
	Type  uint8
	Flags uint8
}

// Val bits.
const (
	ValStop  uint32 = 1 << 31 // the word alone is a common word: no single-word match, no clitic stripping
	ValEntry uint32 = 1<<24 - 1
)

// Index is the packed, read-only name index.
type Index struct {
	Keys    []uint64 // sorted path keys
	Vals    []uint32 // per key: ValStop | (first entry + 1), 0 for a bare prefix
	Entries []Entry
	table   []slot                        // Keys and Vals by open addressing (see Prepare)
	tshift  uint                          // a key's first slot is k>>tshift
	zero    slot                          // key 0 (the table's empty mark), when present: v, k=1
	filter  *[1 << filterBits / 64]uint64 // bit k>>filterShift set when a key has those top bits
}

// slot is one key of the look-up table and its val, side by side so
// that a look-up that passes the filter reads one cache line (four
// slots), not a bucket, a key and a val far apart.
type slot struct {
	k uint64
	v uint32
	_ uint32
}

// The filter answers most look-ups of absent keys (most words start no
// name) from 64 KB, which stays in cache, instead of the look-up table
// (2 MB): ~7% of its bits are set for the default gazetteer's ~40k keys.
const filterBits = 19
const filterShift = 64 - filterBits

// Prepare builds the look-up table and the filter; call once after
// filling Keys and Vals. The table has a power of two slots, at least
// twice the keys (at most half full); a key goes to the first empty slot
// from k>>tshift on (linear probing, wrapping around), so that most
// look-ups read one slot and all end at an empty slot.
func (x *Index) Prepare() {
	bits := uint(1)
	for 1<<bits < 2*len(x.Keys) {
		bits++
	}
	x.table = make([]slot, 1<<bits)
	x.tshift = 64 - bits
	x.zero = slot{}
	mask := len(x.table) - 1
	for i, k := range x.Keys {
		if k == 0 {
			x.zero = slot{k: 1, v: x.Vals[i]}
			continue
		}
		j := int(k >> x.tshift)
		for x.table[j].k != 0 {
			j = (j + 1) & mask
		}
		x.table[j] = slot{k: k, v: x.Vals[i]}
	}
	x.filter = new([1 << filterBits / 64]uint64)
	for _, k := range x.Keys {
		b := k >> filterShift
		x.filter[b/64] |= 1 << (b % 64)
	}
}

// MayHave reports whether key k may be in the index, by the filter
// alone: false for most absent keys, true for every present one. It is
// small enough to be inlined, so that a caller passes most absent keys
// over without a call.
func (x *Index) MayHave(k uint64) bool {
	f := x.filter
	fb := k >> filterShift
	return f != nil && f[fb/64]&(1<<(fb%64)) != 0
}

// Lookup returns the val of key k and whether the key exists.
func (x *Index) Lookup(k uint64) (uint32, bool) {
	if !x.MayHave(k) || len(x.table) == 0 {
		return 0, false
	}
	if k == 0 {
		return x.zero.v, x.zero.k != 0
	}
	mask := len(x.table) - 1
	for j := int(k>>x.tshift) & mask; ; j = (j + 1) & mask {
		s := &x.table[j]
		if s.k == k {
			return s.v, true
		}
		if s.k == 0 {
			return 0, false
		}
	}
}

// Run returns the entries of a val.
func (x *Index) Run(v uint32) []Entry {
	s := v & ValEntry
	if s == 0 {
		return nil
	}
	i := int(s - 1)
	j := i
	for j < len(x.Entries) && x.Entries[j].Flags&Last == 0 {
		j++
	}
	if j < len(x.Entries) {
		j++
	}
	return x.Entries[i:j]
}

// Builder collects names and builds an Index.
type Builder struct {
	paths map[uint64]string // key -> the folded path, to detect collisions
	runs  map[uint64][]Entry
	stops map[uint64]bool
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{paths: map[uint64]string{}, runs: map[uint64][]Entry{}, stops: map[uint64]bool{}}
}

func (b *Builder) path(words [][]byte) (uint64, error) {
	p := Root
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.Write(w)
		p = Step(p, HashWord(w))
		s := sb.String()
		if old, ok := b.paths[p]; ok && old != s {
			return 0, fmt.Errorf("index: hash collision between %q and %q", old, s)
		}
		b.paths[p] = s
	}
	return p, nil
}

// Add adds a name (its folded words) with one reading. Readings of the
// same name keep the order they were added in; an identical reading is
// added once.
func (b *Builder) Add(words [][]byte, e Entry) error {
	if len(words) == 0 {
		return errors.New("index: empty name")
	}
	k, err := b.path(words)
	if err != nil {
		return err
	}
	e.Flags &^= Last
	if slices.Contains(b.runs[k], e) {
		return nil
	}
	b.runs[k] = append(b.runs[k], e)
	return nil
}

// Readings returns the readings added so far for a name.
func (b *Builder) Readings(words [][]byte) []Entry {
	return b.runs[PathKey(words)]
}

// SetReadings replaces the readings of a name that was added before.
func (b *Builder) SetReadings(words [][]byte, es []Entry) {
	b.runs[PathKey(words)] = es
}

// Stop marks a single folded word as a common word.
func (b *Builder) Stop(word []byte) error {
	k, err := b.path([][]byte{word})
	if err != nil {
		return err
	}
	b.stops[k] = true
	return nil
}

// IsStop reports whether a single folded word was marked with Stop.
func (b *Builder) IsStop(word []byte) bool {
	return b.stops[PathKey([][]byte{word})]
}

// Build packs the index.
func (b *Builder) Build() (*Index, error) {
	x := &Index{Keys: make([]uint64, 0, len(b.paths))}
	for k := range b.paths {
		x.Keys = append(x.Keys, k)
	}
	slices.Sort(x.Keys)
	x.Vals = make([]uint32, len(x.Keys))
	for i, k := range x.Keys {
		var v uint32
		if run := b.runs[k]; len(run) > 0 {
			if len(x.Entries)+1 > int(ValEntry) {
				return nil, errors.New("index: too many entries")
			}
			v = uint32(len(x.Entries) + 1)
			for j, e := range run {
				if j == len(run)-1 {
					e.Flags |= Last
				}
				x.Entries = append(x.Entries, e)
			}
		}
		if b.stops[k] {
			v |= ValStop
		}
		x.Vals[i] = v
	}
	x.Prepare()
	return x, nil
}

const magic = "ARNEWS-ENTITIES-INDEX-1\n"

// Marshal writes the index in its packed little-endian form.
func (x *Index) Marshal() []byte {
	out := []byte(magic)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(x.Keys)))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(x.Entries)))
	for _, k := range x.Keys {
		out = binary.LittleEndian.AppendUint64(out, k)
	}
	for _, v := range x.Vals {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, e := range x.Entries {
		out = binary.LittleEndian.AppendUint32(out, e.Ent)
		out = append(out, e.Type, e.Flags)
	}
	return out
}

// Unmarshal reads an index written by Marshal. nEnt is the number of
// entities the entries may refer to.
func Unmarshal(data string, nEnt int) (*Index, error) {
	if !strings.HasPrefix(data, magic) || len(data) < len(magic)+8 {
		return nil, errors.New("index: bad header")
	}
	d := data[len(magic):]
	u32 := func(s string) uint32 {
		return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	}
	nk, ne := int(u32(d)), int(u32(d[4:]))
	d = d[8:]
	if len(d) != nk*12+ne*6 {
		return nil, errors.New("index: bad length")
	}
	x := &Index{Keys: make([]uint64, nk), Vals: make([]uint32, nk), Entries: make([]Entry, ne)}
	for i := range x.Keys {
		x.Keys[i] = uint64(u32(d[i*8:])) | uint64(u32(d[i*8+4:]))<<32
	}
	d = d[nk*8:]
	for i := range x.Vals {
		x.Vals[i] = u32(d[i*4:])
		if int(x.Vals[i]&ValEntry) > ne {
			return nil, errors.New("index: bad entry reference")
		}
	}
	d = d[nk*4:]
	for i := range x.Entries {
		e := Entry{Ent: u32(d[i*6:]), Type: d[i*6+4], Flags: d[i*6+5]}
		if int(e.Ent) >= nEnt {
			return nil, errors.New("index: bad entity reference")
		}
		x.Entries[i] = e
	}
	if !slices.IsSorted(x.Keys) {
		return nil, errors.New("index: keys not sorted")
	}
	x.Prepare()
	return x, nil
}
