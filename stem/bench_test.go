package stem

import (
	"strings"
	"testing"
	"unicode"

	"github.com/arnews/arnews/internal/shared"
)

// benchWords is the Arabic words of the seed article, or of the rule table
// when the shared data is absent.
func benchWords(b *testing.B) []string {
	var text string
	if shared.Dir() != "" {
		text = shared.Seed(b)
	} else {
		for _, r := range tableRows(b, ruleTable) {
			text += r[0] + " "
		}
	}
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.Is(unicode.Arabic, r) })
}

var sink string

func benchStem(b *testing.B, fn func(string) string) {
	words := benchWords(b)
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for _, w := range words {
		sink = fn(w) // build the word lists before b.Loop starts the timer
	}
	for b.Loop() {
		for _, w := range words {
			sink = fn(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

func BenchmarkArabic(b *testing.B) { benchStem(b, Arabic) }
func BenchmarkWord(b *testing.B)   { benchStem(b, Word) }
func BenchmarkLight(b *testing.B)  { benchStem(b, New(Light()).Stem) }
