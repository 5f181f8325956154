package entities

import (
	"math/rand"
	"strings"
	"testing"
)

// TestMarginBruteForce checks margins against a search over every label
// sequence of short chunks: the best score less the best score with the
// span's words all O.
func TestMarginBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var trans [nLabels + 1][labelPad]int64
	for p := range trans {
		for l := range nLabels {
			trans[p][l] = int64(rng.Intn(2000) - 1000)
		}
	}
	tr := bioTrans(&trans)
	score := func(em [][labelPad]int64, seq []int) int64 {
		s, prev := int64(0), nLabels
		for i, l := range seq {
			if tr[prev][l] == negInf {
				return negInf
			}
			s += tr[prev][l] + em[i][l]
			prev = l
		}
		return s
	}
	m := &margins{alpha: make([][labelPad]int64, maxChunk), beta: make([][labelPad]int64, maxChunk)}
	for round := range 200 {
		n := 1 + round%4
		em := make([][labelPad]int64, n)
		for i := range em {
			for l := range nLabels {
				em[i][l] = int64(rng.Intn(4000) - 2000)
			}
		}
		decodeBIO(em, &tr, make([][labelPad]uint8, n), make([]uint8, n), m.alpha)
		m.reset(em, &tr)
		for i := range n {
			for j := i + 1; j <= n; j++ {
				best, bestO, bestP, bestC := int64(negInf), int64(negInf), int64(negInf), int64(negInf)
				seq := make([]int, n)
				var walk func(k int)
				walk = func(k int) {
					if k == n {
						s := score(em, seq)
						best = max(best, s)
						o := true
						for x := i; x < j; x++ {
							o = o && seq[x] == lblO
						}
						if o {
							bestO = max(bestO, s)
						}
						// The span as one person: B, then I, and no I after it.
						p := seq[i] == labelB(Person) && (j == n || seq[j] != labelI(Person))
						for x := i + 1; x < j; x++ {
							p = p && seq[x] == labelI(Person)
						}
						if p {
							bestP = max(bestP, s)
						}
						// The span's first word O, the rest one person.
						c := j-i >= 2 && seq[i] == lblO && seq[i+1] == labelB(Person) && (j == n || seq[j] != labelI(Person))
						for x := i + 2; x < j; x++ {
							c = c && seq[x] == labelI(Person)
						}
						if c {
							bestC = max(bestC, s)
						}
						return
					}
					for l := range nLabels {
						seq[k] = l
						walk(k + 1)
					}
				}
				walk(0)
				if got := m.margin(i, j); got != best-bestO {
					t.Fatalf("round %d, span %d-%d of %d: margin %d, want %d", round, i, j, n, got, best-bestO)
				}
				if got := m.as(i, j, Person); got != best-bestP {
					t.Fatalf("round %d, span %d-%d of %d: as person %d, want %d", round, i, j, n, got, best-bestP)
				}
				if j-i >= 2 {
					ls := []uint8{lblO, uint8(labelB(Person))}
					for len(ls) < j-i {
						ls = append(ls, uint8(labelI(Person)))
					}
					if got := m.seg(i, ls); got != best-bestC {
						t.Fatalf("round %d, span %d-%d of %d: cut %d, want %d", round, i, j, n, got, best-bestC)
					}
				}
			}
		}
	}
}

// TestDotted checks the pieces of dotted abbreviations against words
// that only touch a full stop.
func TestDotted(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{`كشف تقرير لصحيفة "يو.إس.ايه توداي" عن`, "يو", true},
		{`كشف تقرير لصحيفة "يو.إس.ايه توداي" عن`, "إس", true},
		{`مرصد كرة القدم "سي.آي.إي.أس" عن`, "أس", true},
		{`وقال علي. ثم أضاف`, "علي", false},
		{`انتهى الاجتماع. علي قال`, "علي", false},
		{`وصل الرئيس عبد الفتاح.السيسي`, "السيسي", false}, // longer than three letters
	} {
		start := strings.Index(c.text, c.word)
		if got := dotted(c.text, start, start+len(c.word)); got != c.want {
			t.Errorf("dotted(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
