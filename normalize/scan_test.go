package normalize

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// patchRef is what scanCopy writes for the rune r under the four flags of
// swarPatch (bit 0 Alef, 1 Hamza, 2 AlefMaksura, 3 TehMarbuta), and whether
// scanCopy passes over r at all.
func patchRef(r rune, flags int) (rune, bool) {
	switch r {
	case 'آ', 'أ', 'إ':
		if flags&1 != 0 {
			return 'ا', true
		}
		return r, true
	case 'ؤ', 'ئ':
		if flags&2 != 0 {
			return 'ء', true
		}
		return r, true
	case 'ى':
		if flags&4 != 0 {
			return 'ي', true
		}
		return r, true
	case 'ة':
		if flags&8 != 0 {
			return 'ه', true
		}
		return r, true
	}
	// Other than those, it may pass only runes that no Form changes.
	return r, r < utf8.RuneSelf || r >= 0x600 && r < 0x680 && tables().bmp[r] == 0
}

var scanFlags = [16]Form{}

func init() {
	for k := range scanFlags {
		for j, f := range []Form{Alef, Hamza, AlefMaksura, TehMarbuta} {
			if k>>j&1 != 0 {
				scanFlags[k] |= f
			}
		}
	}
}

// checkScanCopy runs scanCopy on s from i with the four flags, writing to
// an output of length off+lim where s[k] goes to out[off+k], and checks it
// against patchRef: it stops at a rune start no later than the first rune
// it may not pass over, exactly there unless fewer than 8 bytes are left
// (of s, or of room; 9 when the last is a lead byte), and it wrote the replacements of what it passed.
func checkScanCopy(t *testing.T, s string, i, off, lim, flags int) {
	t.Helper()
	checkScanCopyTo(t, bytes.Repeat([]byte{'#'}, off+lim), s, i, off, lim, flags)
}

// checkScanCopyTo is checkScanCopy with the output given: s[k] goes to
// out[off+k], and off may be negative (as in real use, where the output
// has shrunk) as long as off+i >= 0.
func checkScanCopyTo(t *testing.T, out []byte, s string, i, off, lim, flags int) {
	t.Helper()
	from := max(off, 0) // the first byte of out compared below
	if i > 0 {
		copy(out[from:], s[from-off:i])
	}
	g := newSwarPatch(scanFlags[flags])
	g.out, g.off, g.lim = out, off, lim
	j := scanCopy(s, i, &g)
	var want []byte
	want = append(want, s[:i]...)
	stop := len(s)
	for k := i; k < len(s); {
		r, size := utf8.DecodeRuneInString(s[k:])
		y, pass := patchRef(r, flags)
		if !pass || r == utf8.RuneError && size == 1 {
			stop = k
			break
		}
		want = utf8.AppendRune(want, y)
		k += size
	}
	// It may also stop early at one of the seven letters (the Go scan
	// passes over them only for a Form with none of the four flags).
	end := min(len(s), lim)
	early := false
	if j < stop {
		r, _ := utf8.DecodeRuneInString(s[j:])
		early = j+9 > end || r >= utf8.RuneSelf && !plainRune(r)
	}
	if j < i || j > stop || j < stop && !early {
		t.Fatalf("scanCopy(%+q, %d, flags %04b, lim %d) = %d, want %d", s, i, flags, lim, j, stop)
	}
	if !runeStarts(s)[j] {
		t.Fatalf("scanCopy(%+q, %d) = %d: not a rune start", s, i, j)
	}
	// want holds the output of s[:stop]; compare what scanCopy passed.
	if got := out[from : off+j]; !bytes.Equal(got, want[from-off:j]) {
		t.Fatalf("scanCopy(%+q, %d, flags %04b): wrote %+q, want %+q", s, i, flags, got, want[from-off:j])
	}
}

// runeStarts reports which positions of s (len(s) included) start a rune,
// an invalid byte counting as one.
func runeStarts(s string) []bool {
	starts := make([]bool, len(s)+1)
	for k := 0; k < len(s); {
		starts[k] = true
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	starts[len(s)] = true
	return starts
}

// scanTexts returns random mixtures of plain letters, the seven letters
// scanCopy replaces, ASCII, other scripts and invalid bytes, and texts that
// put the awkward bytes at every offset of a block.
func scanTexts(rounds int) []string {
	pieces := []string{
		"ا", "ب", "ل", "م", "ي", "ء", "،", "؟", "غ", "ف", "و", " ", "Reuters ", "a", "\n", ")", "I", "9",
		"ة", "أ", "إ", "آ", "ى", "ئ", "ؤ", "ـ", "ً", "ّ", "٢", "ٱ", "\u061C", "ؼ", "ک", "ی", "ۀ",
		"\u00A0", "«", "é", "\u200F", "😀", "ﻻ",
		"\xd8", "\xd9", "\xda", "\x80", "\xa9", "\x89", "\xa3", "\xbf", "\xc2", "\xe2\x80", "\xff",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var texts []string
	for pad := range 34 {
		for _, odd := range []string{"\xd8", "\xd9", "\xd8\xd8", "\xd9\xd9\x81", "\x81", "ا\x81", " \xa9", ")\xa9", "ة", "ى", "أ", "ئ", "\xc2\xa0", "\xe2\x80\x8f", "ـ"} {
			texts = append(texts,
				strings.Repeat("a", pad)+odd+strings.Repeat("abcdefghijklmnopq", 3),
				strings.Repeat("ب", pad)+odd+strings.Repeat("ب ة ى ب ", 5),
				strings.Repeat("ة", pad)+odd+strings.Repeat("أب", 12))
		}
	}
	for range rounds {
		var b []byte
		for k := rng.IntN(80); k >= 0; k-- {
			p := pieces[rng.IntN(len(pieces))]
			if rng.IntN(3) > 0 {
				p = pieces[rng.IntN(24)] // mostly letters, the seven among them
			}
			b = append(b, p...)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// eachWidth runs test once with each block scan this machine has: on
// amd64, AVX2 (where the processor has it) and SSE2; elsewhere the Go scan.
func eachWidth(t *testing.T, test func(t *testing.T)) {
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	if hasAVX2() {
		useAVX2 = true
		t.Run("avx2", test)
	}
	useAVX2 = false
	t.Run("sse2-or-go", test)
}

// TestScanCopy checks the block copy-and-patch scan (SIMD on amd64, the
// eight-byte Go scan elsewhere and for the last bytes) from every rune
// start, for every set of the four flags, with and without room to spare.
func TestScanCopy(t *testing.T) {
	rounds := 1500
	if testing.Short() {
		rounds = 200
	}
	texts := scanTexts(rounds)
	eachWidth(t, func(t *testing.T) { testScanCopy(t, texts) })
}

func testScanCopy(t *testing.T, texts []string) {
	for n, s := range texts {
		starts := runeStarts(s)
		for i := 0; i < len(s); i++ {
			if !starts[i] {
				continue
			}
			flags := (n + i) % 16
			checkScanCopy(t, s, i, i%5, len(s), flags)
			checkScanCopy(t, s, i, 0, i+(len(s)-i)*(n%4)/4, flags^15)
		}
	}
}

// TestScansAgreeWithGo checks that the scans used on this platform give
// what the portable eight-byte Go scans give.
func TestScansAgreeWithGo(t *testing.T) {
	texts := scanTexts(300)
	eachWidth(t, func(t *testing.T) { testScansAgreeWithGo(t, texts) })
}

func testScansAgreeWithGo(t *testing.T, texts []string) {
	for n, s := range texts {
		starts := runeStarts(s)
		for i := 0; i < len(s); i++ {
			if !starts[i] {
				continue
			}
			a, b := nextSuspect(s, i), nextSuspectGo(s, i)
			if min(a, b)+8 < len(s) && a != b {
				t.Fatalf("nextSuspect(%+q, %d) = %d, nextSuspectGo %d", s, i, a, b)
			}
			f := scanFlags[(n+i)%16]
			o1, o2 := make([]byte, len(s)), make([]byte, len(s))
			g1, g2 := newSwarPatch(f), newSwarPatch(f)
			g1.out, g1.lim = o1, len(s)
			g2.out, g2.lim = o2, len(s)
			c1, c2 := scanCopy(s, i, &g1), scanCopyGo(s, i, &g2)
			if m := min(c1, c2); !bytes.Equal(o1[i:m], o2[i:m]) {
				t.Fatalf("scanCopy(%+q, %d, %v) = %d, scanCopyGo %d", s, i, f, c1, c2)
			}
		}
	}
}

// FuzzScans checks the block scans on any text from any rune start.
func FuzzScans(f *testing.F) {
	for _, s := range scanTexts(20)[:60] {
		f.Add(s, uint8(0), uint8(15))
	}
	avx2, saved := hasAVX2(), useAVX2
	f.Fuzz(func(t *testing.T, s string, start, flags uint8) {
		defer func() { useAVX2 = saved }()
		if len(s) == 0 {
			return
		}
		// Both SIMD widths, on a machine with AVX2 (fuzzing runs one
		// input at a time per process, so switching is safe).
		useAVX2 = avx2 && start&1 == 0
		i := int(start) % len(s)
		for starts := runeStarts(s); !starts[i]; {
			i--
		}
		if j, want := nextSuspect(s, i), suspectRef(s, i); j < i || j > want || j < want && j+8 < len(s) {
			t.Fatalf("nextSuspect(%+q, %d) = %d, want %d", s, i, j, want)
		}
		checkScanCopy(t, s, i, int(flags>>4), len(s), int(flags&15))
	})
}
