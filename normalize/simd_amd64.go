//go:build amd64 && !purego

package normalize

import "unsafe"

// On amd64 the block scans run 32 bytes at a time with AVX2 where the
// processor and the OS support it, else 16 at a time with SSE2, which every
// amd64 processor has (simd_amd64.s); the eight-byte Go scans finish the
// last bytes. Build with the tag purego to use only Go.

// useAVX2 says whether the AVX2 scans run. Tests turn it off to test the
// SSE2 scans too.
var useAVX2 = hasAVX2()

// hasAVX2 reports whether the processor has AVX2 and the OS saves the YMM
// registers.
func hasAVX2() bool {
	if maxLeaf, _, _, _ := cpuid(0, 0); maxLeaf < 7 {
		return false
	}
	const osxsave, avx = 1 << 27, 1 << 28
	if _, _, c, _ := cpuid(1, 0); c&(osxsave|avx) != osxsave|avx {
		return false
	}
	if xcr0, _ := xgetbv(); xcr0&6 != 6 { // XMM and YMM state
		return false
	}
	_, b, _, _ := cpuid(7, 0)
	return b&(1<<5) != 0
}

func cpuid(leaf, sub uint32) (a, b, c, d uint32)

func xgetbv() (a, d uint32)

//go:noescape
func nextSuspectSSE2(p *byte, n, i int) (j int, found bool)

//go:noescape
func nextSuspectAVX2(p *byte, n, i int) (j int, found bool)

//go:noescape
func scanCopySSE2(p *byte, n, i int, out *byte, off, lim int, en *[128]byte) (j int, found bool)

//go:noescape
func scanCopyAVX2(p *byte, n, i int, out *byte, off, lim int, en *[128]byte) (j int, found bool)

// dataPtr returns the address of s's first byte (string and slice headers
// both start with it).
func dataPtr[T ~string | ~[]byte](s *T) *byte {
	return *(**byte)(unsafe.Pointer(s))
}

// nextSuspect returns the first position at or after i, which must start a
// rune, where a rune starts that some Form might change, or len(s). It
// never returns the position of an ASCII byte. See nextSuspectGo.
func nextSuspect[T ~string | ~[]byte](s T, i int) int {
	n := len(s)
	if useAVX2 && n-i >= 32 {
		j, found := nextSuspectAVX2(dataPtr(&s), n, i)
		if found {
			return j
		}
		i = j
	}
	if n-i >= 16 {
		j, found := nextSuspectSSE2(dataPtr(&s), n, i)
		if found {
			return j
		}
		i = j
	}
	return nextSuspectGo(s, i)
}

// scanCopy is nextSuspect that also copies what it passes over to g's
// output and writes the replacements of swarPatch. See scanCopyGo.
func scanCopy[T ~string | ~[]byte](s T, i int, g *swarPatch) int {
	n := len(s)
	if useAVX2 && n-i >= 32 && g.lim-i >= 32 {
		j, found := scanCopyAVX2(dataPtr(&s), n, i, unsafe.SliceData(g.out), g.off, g.lim, g.en)
		if found {
			return j
		}
		i = j
	}
	if n-i >= 16 && g.lim-i >= 16 {
		j, found := scanCopySSE2(dataPtr(&s), n, i, unsafe.SliceData(g.out), g.off, g.lim, g.en)
		if found {
			return j
		}
		i = j
	}
	return scanCopyGo(s, i, g)
}
