package dates

import "sync"

// FindWritten collects a text's expressions in a pooled buffer and
// returns an exact copy: one allocation per text instead of one per
// doubling of the slice.
var outPool = sync.Pool{New: func() any { return new([]Expression) }}

// getOut returns an empty buffer for a text's expressions.
func getOut() *[]Expression {
	p := outPool.Get().(*[]Expression)
	*p = (*p)[:0]
	return p
}

// putOut returns a copy of out (nil when empty) and gives the buffer p,
// whose array out is in, back to the pool, holding nothing.
func putOut(p *[]Expression, out []Expression) []Expression {
	var cp []Expression
	if len(out) > 0 {
		cp = make([]Expression, len(out))
		copy(cp, out)
	}
	clear(out)
	if cap(out) <= 1<<12 { // a very long text's buffer goes with it
		*p = out[:0]
		outPool.Put(p)
	}
	return cp
}
