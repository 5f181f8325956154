package normalize

import (
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The tables say, for each rune, which flags may change it. They are built
// once, on first use, from the rules in form.go and from x/text's NFKC data.

// compatEntry is a BMP rune that NFKC changes, with its NFKC form.
type compatEntry struct {
	r rune
	s string
}

type tableSet struct {
	// bmp[r] is the set of flags that may change the BMP rune r (the
	// contextual runes included). ASCII is always zero.
	bmp [0x10000]Form
	// compat holds every rune whose NFKC form differs, sorted. (Beyond
	// plane 1, only the CJK compatibility ideographs U+2F800–U+2FA1F
	// change; TestCompatTables checks that for every rune.)
	compat []compatEntry
	// supp is a bit set of the runes U+10000–U+2FFFF that NFKC changes.
	supp [0x20000 / 64]uint64
}

var (
	tablesOnce = sync.OnceValue(buildTables)
	tablesPtr  atomic.Pointer[tableSet]
)

// tables returns the tables, building them on first use. The fast path is
// one atomic load, cheaper than sync.OnceValue for per-word calls.
func tables() *tableSet {
	if t := tablesPtr.Load(); t != nil {
		return t
	}
	t := tablesOnce()
	tablesPtr.Store(t)
	return t
}

func nfkcChanges(r rune) bool {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return !norm.NFKC.IsNormal(b[:n])
}

func buildTables() *tableSet {
	t := new(tableSet)
	for r := rune(0x80); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		var m Form
		if nfkcChanges(r) {
			m |= Compatibility
			t.compat = append(t.compat, compatEntry{r, norm.NFKC.String(string(r))})
		}
		for bit := Form(1); bit <= Spaces; bit <<= 1 {
			if bit == Compatibility {
				continue
			}
			if bit.mapAtomic(r) != r {
				m |= bit
			}
		}
		if isAlefMark(r) {
			m |= Alef
		}
		if r == zwj {
			m |= Invisible
		}
		t.bmp[r] = m
	}
	for r := rune(0x10000); r < 0x30000; r++ {
		if r == 0x20000 {
			r = 0x2F800 // plane 2 has only CJK compatibility ideographs to change
		}
		if nfkcChanges(r) {
			t.supp[(r-0x10000)/64] |= 1 << ((r - 0x10000) % 64)
			t.compat = append(t.compat, compatEntry{r, norm.NFKC.String(string(r))})
		}
	}
	sort.Slice(t.compat, func(i, j int) bool { return t.compat[i].r < t.compat[j].r })
	return t
}

// mask returns the flags that may change r.
func (t *tableSet) mask(r rune) Form {
	switch {
	case r < 0x10000:
		return t.bmp[r]
	case r < 0x30000:
		if t.supp[(r-0x10000)/64]&(1<<((r-0x10000)%64)) != 0 {
			return Compatibility
		}
	}
	return 0
}

// compatString returns the NFKC form of r, which NFKC changes.
func (t *tableSet) compatString(r rune) string {
	i := sort.Search(len(t.compat), func(i int) bool { return t.compat[i].r >= r })
	if i < len(t.compat) && t.compat[i].r == r {
		return t.compat[i].s
	}
	return string(r)
}

// arabicTable gives, for one Form, the output of each two-byte sequence
// whose first byte is 0xD8–0xDB (the Arabic block U+0600–U+06FF), indexed
// by the first byte minus 0xD8 and the second byte: 0 when the rune is
// unchanged, another rune, -1 when it is removed, or -2 (slowPath) when the
// general path must decide: context-dependent marks, NFKC, and second
// bytes that are not continuation bytes.
type arabicTable [4][256]rune

const slowPath = -2

var arabicTables [allForms + 1]atomic.Pointer[arabicTable]

// arabic returns the Arabic-block table of f, building it on first use.
func (t *tableSet) arabic(f Form) *arabicTable {
	if at := arabicTables[f].Load(); at != nil {
		return at
	}
	at := new(arabicTable)
	for lead := range at {
		for b := range at[lead] {
			if b&0xC0 != 0x80 {
				at[lead][b] = slowPath
				continue
			}
			r := rune(0x600 + lead<<6 + b&0x3F)
			m := t.bmp[r] & f
			switch {
			case m == 0:
				at[lead][b] = 0
			case m&Compatibility != 0, isAlefMark(r) && f.alefMarks():
				at[lead][b] = slowPath
			default:
				if y := f.mapAtomic(r); y != r {
					at[lead][b] = y
				}
			}
		}
	}
	arabicTables[f].CompareAndSwap(nil, at)
	return arabicTables[f].Load()
}
