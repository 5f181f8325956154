package arnews

import (
	"sync"

	"github.com/arnews/arnews/tokenize"
)

// Analyze collects a text's sentences in a pooled buffer and gives the
// Document an exact copy: one allocation per text instead of one per
// doubling of the slice.
var sentPool = sync.Pool{New: func() any { return new([]tokenize.Sentence) }}

// getSentences returns an empty buffer for a text's sentences.
func getSentences() *[]tokenize.Sentence {
	p := sentPool.Get().(*[]tokenize.Sentence)
	*p = (*p)[:0]
	return p
}

// putSentences returns a copy of the sentences in *p (nil when there are
// none) and gives the buffer back to the pool, holding no text.
func putSentences(p *[]tokenize.Sentence) []tokenize.Sentence {
	buf := *p
	var out []tokenize.Sentence
	if len(buf) > 0 {
		out = make([]tokenize.Sentence, len(buf))
		copy(out, buf)
	}
	clear(buf)
	if cap(buf) <= 1<<14 { // a very long text's buffer goes with it
		*p = buf[:0]
		sentPool.Put(p)
	}
	return out
}
