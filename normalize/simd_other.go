//go:build !amd64 || purego

package normalize

// useAVX2 is false where there is no SIMD scan.
var useAVX2 = false

// nextSuspect returns the first position at or after i, which must start a
// rune, where a rune starts that some Form might change, or len(s). It
// never returns the position of an ASCII byte. See nextSuspectGo.
func nextSuspect[T ~string | ~[]byte](s T, i int) int {
	return nextSuspectGo(s, i)
}

// scanCopy is nextSuspect that also copies what it passes over to g's
// output and writes the replacements of swarPatch. See scanCopyGo.
func scanCopy[T ~string | ~[]byte](s T, i int, g *swarPatch) int {
	return scanCopyGo(s, i, g)
}

func hasAVX2() bool { return false }
