package normalize

import (
	"sort"
	"sync"
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
	// compat holds every BMP rune whose NFKC form differs, sorted.
	compat []compatEntry
	// plane1 is a bit set of the runes U+10000–U+1FFFF that NFKC changes.
	plane1 [0x10000 / 64]uint64
}

var tables = sync.OnceValue(buildTables)

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
	sort.Slice(t.compat, func(i, j int) bool { return t.compat[i].r < t.compat[j].r })
	for r := rune(0x10000); r < 0x20000; r++ {
		if nfkcChanges(r) {
			t.plane1[(r-0x10000)/64] |= 1 << ((r - 0x10000) % 64)
		}
	}
	return t
}

// mask returns the flags that may change r.
func (t *tableSet) mask(r rune) Form {
	switch {
	case r < 0x10000:
		return t.bmp[r]
	case r < 0x20000:
		if t.plane1[(r-0x10000)/64]&(1<<((r-0x10000)%64)) != 0 {
			return Compatibility
		}
	case r >= 0x2F800 && r <= 0x2FA1F:
		// CJK compatibility ideographs: canonical singletons.
		return Compatibility
	}
	return 0
}

// appendCompat appends the NFKC form of r, which NFKC changes, to dst.
func (t *tableSet) appendCompat(dst []byte, r rune) []byte {
	if r < 0x10000 {
		i := sort.Search(len(t.compat), func(i int) bool { return t.compat[i].r >= r })
		if i < len(t.compat) && t.compat[i].r == r {
			return append(dst, t.compat[i].s...)
		}
		return utf8.AppendRune(dst, r)
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return norm.NFKC.Append(dst, b[:n]...)
}
