//go:build linux || darwin || freebsd

package normalize

import (
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// fencedPages maps k read-write pages between two inaccessible ones, so
// that a scan reading or writing one byte outside them faults.
func fencedPages(t *testing.T, k int) []byte {
	t.Helper()
	ps := syscall.Getpagesize()
	m, err := syscall.Mmap(-1, 0, (k+2)*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip("mmap:", err)
	}
	t.Cleanup(func() { syscall.Munmap(m) })
	if syscall.Mprotect(m[:ps], syscall.PROT_NONE) != nil || syscall.Mprotect(m[(k+1)*ps:], syscall.PROT_NONE) != nil {
		t.Skip("mprotect failed")
	}
	return m[ps : (k+1)*ps : (k+1)*ps]
}

// pageEndText returns a random text of about n bytes: plain letters and
// ASCII only (kind 0, so that nextSuspect runs to the end), mostly the
// seven letters scanCopy replaces (kind 1), those with invalid bytes and
// other runes (kind 2), or mostly ASCII (kind 3, whole ASCII blocks).
func pageEndText(rng *rand.Rand, n, kind int) string {
	plain := []string{"ا", "ب", "ل", "م", "ي", "ء", "،", " ", "a", "\n"}
	seven := []string{"ة", "أ", "إ", "آ", "ى", "ئ", "ؤ"}
	other := []string{"ـ", "ً", "٢", "ک", "é", "\xd8", "\xd9", "\xa9", "\x89", "\xff"}
	var b strings.Builder
	for b.Len() < n {
		switch k := rng.IntN(8); {
		case kind == 3 && k > 0:
			b.WriteString("Reuters, AFP ")
		case kind == 0 || k < 3:
			b.WriteString(plain[rng.IntN(len(plain))])
		case kind == 2 && k == 7:
			b.WriteString(other[rng.IntN(len(other))])
		default:
			b.WriteString(seven[rng.IntN(len(seven))])
		}
	}
	return b.String()
}

// TestScansAtPageEnd runs the block scans and the Forms on text that ends
// where readable memory ends, or starts where it starts, writing to an
// output that does the same, so that any load or store outside s or
// out[off:off+lim] faults; the output positions start at out[0] (a
// negative off, as when earlier removals shrank the output).
func TestScansAtPageEnd(t *testing.T) {
	rounds := 600
	if testing.Short() {
		rounds = 150
	}
	eachWidth(t, func(t *testing.T) {
		in, dst := fencedPages(t, 1), fencedPages(t, 1)
		ps := len(in)
		rng := rand.New(rand.NewPCG(11, 12))
		for round := range rounds {
			txt := pageEndText(rng, 1+rng.IntN(160), round%4)
			n := len(txt)
			atEnd, atStart := in[ps-n:], in[:n:n]
			copy(atEnd, txt)
			copy(atStart, txt)
			for _, b := range [][]byte{atEnd, atStart} {
				s := unsafe.String(&b[0], n)
				for _, f := range []Form{Search, Alef | TehMarbuta, TehMarbuta | Tatweel, 0} {
					want := reference(f, txt)
					if got := f.String(s); got != want {
						t.Fatalf("%#x.String(%+q) = %+q, reference %+q", uint16(f), txt, got, want)
					}
					if got := f.Bytes(b); string(got) != want {
						t.Fatalf("%#x.Bytes(%+q) = %+q, reference %+q", uint16(f), txt, got, want)
					}
				}
			}
			starts := runeStarts(txt)
			for i := range n {
				if !starts[i] {
					continue
				}
				want := suspectRef(txt, i)
				for _, b := range [][]byte{atEnd, atStart} {
					if j := nextSuspect(b, i); j < i || j > want || j < want && j+8 < n {
						t.Fatalf("nextSuspect([]byte(%+q), %d) = %d, want %d", txt, i, j, want)
					}
					s := unsafe.String(&b[0], n)
					if j := nextSuspect(s, i); j < i || j > want || j < want && j+8 < n {
						t.Fatalf("nextSuspect(%+q, %d) = %d, want %d", txt, i, j, want)
					}
					// out[0] is the output of s[i]; out ends at that of
					// s[lim-1] and at a page end, or starts at a page start.
					flags := (round + i) % 16
					for _, lim := range []int{n, i + (n-i)*(round%4)/4} {
						checkScanCopyTo(t, dst[ps-(lim-i):], s, i, -i, lim, flags)
						checkScanCopyTo(t, dst[:lim-i], s, i, -i, lim, flags^15)
					}
				}
			}
		}
	})
}
