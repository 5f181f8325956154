package entities

// sums holds the scores of the labels, two to a word: label 2k in the
// low 32 bits of sums[k] and label 2k+1 in the high ones, each plus
// sumBias. Adding two sums adds every label's score at once, with no
// carry from one label into the next: a stored score is a sum of at most
// 16 int16 weights (|score| < 1<<19), so a label's 32 bits hold the sum
// of the nine rows that tag adds (9 * (sumBias + 1<<19) < 1<<32).
type sums [labelPad / 2]uint64

const sumBias = 1 << 27

// packSums returns e as sums.
func packSums(e *[labelPad]int32) sums {
	var s sums
	for k := range s {
		s[k] = uint64(uint32(e[2*k]+sumBias)) | uint64(uint32(e[2*k+1]+sumBias))<<32
	}
	return s
}

// unpackSums writes into em the scores of n sums added together.
func unpackSums(a0, a1, a2, a3 uint64, n int64, em *[labelPad]int64) {
	b := n * sumBias
	em[0] = int64(uint32(a0)) - b
	em[1] = int64(a0>>32) - b
	em[2] = int64(uint32(a1)) - b
	em[3] = int64(a1>>32) - b
	em[4] = int64(uint32(a2)) - b
	em[5] = int64(a2>>32) - b
	em[6] = int64(uint32(a3)) - b
}
