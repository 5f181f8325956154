//go:build amd64 && !purego

package normalize

import "unsafe"

// On amd64 the block scans run sixteen bytes at a time with SSE2
// (simd_amd64.s), which every amd64 processor has; the eight-byte Go scans
// finish the last bytes. Build with the tag purego to use only Go.

// simdMin is the least number of bytes left for which the SIMD scan is
// called.
const simdMin = 16

//go:noescape
func nextSuspectSSE2(p *byte, n, i int) (j int, found bool)

//go:noescape
func scanCopySSE2(p *byte, n, i int, out *byte, off, lim int, en *[64]byte) (j int, found bool)

// dataPtr returns the address of s's first byte (string and slice headers
// both start with it).
func dataPtr[T ~string | ~[]byte](s *T) *byte {
	return *(**byte)(unsafe.Pointer(s))
}

// nextSuspect returns the first position at or after i, which must start a
// rune, where a rune starts that some Form might change, or len(s). It
// never returns the position of an ASCII byte. See nextSuspectGo.
func nextSuspect[T ~string | ~[]byte](s T, i int) int {
	if len(s)-i >= simdMin {
		j, found := nextSuspectSSE2(dataPtr(&s), len(s), i)
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
	if len(s)-i >= simdMin && g.lim-i >= simdMin {
		j, found := scanCopySSE2(dataPtr(&s), len(s), i, unsafe.SliceData(g.out), g.off, g.lim, g.en)
		if found {
			return j
		}
		i = j
	}
	return scanCopyGo(s, i, g)
}
