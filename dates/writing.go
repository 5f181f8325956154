package dates

import (
	"time"

	tkz "github.com/arnews/arnews/tokenize" // dates has a func tokenize of its own
)

// writingBack and writingAhead bound how far from its stamp WritingDay
// moves a text: stamps lag the writing (a text written in the evening is
// stamped after midnight, an agency wire is posted a day or two later), and
// a stamp late in the evening in a zone west of the text's can be a day
// behind the text's own date (aheadHour: from 20:00 on).
const (
	writingBack  = 2
	writingAhead = 1
	aheadHour    = 20
)

// WritingDay returns the day the text says it was written, read from its own
// evidence: a relative day followed by a weekday (اليوم الاثنين، أمس
// الأحد، غداً الثلاثاء، أول أمس السبت، بعد غد الأربعاء), each of which names
// the writing day (the Monday, the day after that Sunday, the day before
// that Tuesday...).
//
// A phrase with a date after its weekday (اليوم الخميس 13 أكتوبر 2016) is
// evidence only when the date falls on that weekday and near the stamp: a
// date and weekday that disagree (a typing slip in one of them) or a date
// far from the stamp (a quoted earlier event) say nothing of the writing.
//
// When every such phrase of the text names the same day, WritingDay returns
// stamp moved to that day, its clock time kept, and true. The day is looked
// for from two days before the stamp's day to the stamp's day: stamps lag
// the writing (in the corpus, most stamps that disagree with their text are
// a day late; a gap of three days or more came from a single phrase with a
// doubtful weekday in the cases checked by hand). The day after the stamp's is taken only when the stamp is at
// 20:00 or later, as a stamp in a zone west of the text's can be: a stamp
// earlier in the day cannot precede the writing, and a text that names the
// next day then has a wrong weekday or a wrong stamp.
// A weekday in brackets after the word (قال "سنذهب غدا (الجمعة) إلى المطار")
// is no evidence: the brackets are the writer's gloss on quoted speech, and
// the word counts from the day the words were said, not from the writing
// day (read as evidence, 17 corpus stamps would move, at least two of them
// to the day of a quote). Find still resolves the phrase to the weekday.
// The returned day may be the stamp's own, when the text confirms it. When
// the text has no such phrase, or its phrases disagree with each other,
// WritingDay returns stamp unchanged and false.
//
// Days are counted in the stamp's location, or the one given by the
// Location option; other options are accepted and ignored. A zero stamp is
// used as it is. WritingDay is safe for concurrent use and never panics.
func WritingDay(text string, stamp time.Time, opts ...Option) (time.Time, bool) {
	cfg := defaultConfig()
	if len(opts) > 0 {
		cfg = withOptions(cfg, opts) // a call without options allocates nothing
	}
	return writingDay(text, nil, stamp, cfg)
}

// writingDay is WritingDay with its configuration, reading the tokens of
// text from st (see chunkToks).
func writingDay(text string, st *tkz.Stream, stamp time.Time, cfg config) (time.Time, bool) {
	if cfg.loc == nil {
		cfg.loc = stamp.Location()
	}
	a := stamp.In(cfg.loc)
	tp := tokPool.Get().(*[]tok)
	p := parser{cfg: cfg, anchor: a, aday: dayOf(a), st: st, nbTok: -1}
	var seen uint8 // bit w: some phrase names weekday w as the writing day
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		p.text, p.base = text[start:end], start
		p.toks = chunkToks(st, nil, text, start, end, (*tp)[:0])
		seen |= p.writingWeekdays()
		*tp = p.toks[:0]
		start = end
	}
	tokPool.Put(tp)
	return decideWriting(seen, stamp, a, cfg.loc)
}

// writingWeekdays returns the weekdays that the phrases of p.toks name as
// the writing day, one bit a weekday.
func (p *parser) writingWeekdays() uint8 {
	var seen uint8
	toks := p.toks
	for i := 0; i < len(toks); i++ {
		if !evidenceStart[toks[i].e.c] {
			continue // writingEvidence starts at none of them
		}
		if wd, end, ok := p.writingEvidence(i); ok {
			seen |= 1 << wd
			i = end - 1
		}
	}
	return seen
}

// evidenceStart holds the classes of the words writingEvidence starts at
// (only words carry a class).
var evidenceStart = classSet(cUnit, cYesterday, cBariha, cTomorrow, cAwwal)

// decideWriting turns the weekdays named as the writing day (seen) into
// WritingDay's answer for a stamp whose time in the resolving location is a.
func decideWriting(seen uint8, stamp, a time.Time, loc *time.Location) (time.Time, bool) {
	if seen == 0 || seen&(seen-1) != 0 {
		return stamp, false // no evidence, or phrases that disagree
	}
	ahead := 0
	if a.Hour() >= aheadHour {
		ahead = writingAhead
	}
	aday := dayOf(a)
	for d := aday - writingBack; d <= aday+ahead; d++ {
		if seen == 1<<weekdayOf(d) {
			y, m, dd := civilFromDays(d)
			h, mi, s := a.Clock()
			return time.Date(y, time.Month(m), dd, h, mi, s, a.Nanosecond(), loc), true
		}
	}
	return stamp, false // the day after an early stamp: not trusted
}

// FindWritten resolves the expressions of text against the day text says
// it was written: it gives what WritingDay (with the Resolver's options)
// and then Find against that day give, with the writing day and whether
// the text named it. A text of up to 32 KB (any news article) is read once
// for both, where the two calls read it twice; so is a longer one, unless
// it says it was written on another day than its stamp's. Safe for
// concurrent use.
func (r *Resolver) FindWritten(text string, stamp time.Time) ([]Expression, time.Time, bool) {
	return r.findWritten(text, nil, nil, stamp)
}

// findWritten is FindWritten reading the tokens of text from st (see
// chunkToks; cls the classes of its tokens, or nil).
func (r *Resolver) findWritten(text string, st *tkz.Stream, cls []uint16, stamp time.Time) ([]Expression, time.Time, bool) {
	cfg := defaultConfig()
	if r != nil {
		cfg = r.cfg
	}
	if text == "" {
		return nil, stamp, false
	}
	if chunkEnd(text, 0) < len(text) {
		return findWrittenLong(text, st, cls, stamp, cfg)
	}
	wcfg := cfg
	if wcfg.loc == nil {
		wcfg.loc = stamp.Location()
	}
	a := stamp.In(wcfg.loc)
	tp := tokPool.Get().(*[]tok)
	p := parser{cfg: wcfg, anchor: a, aday: dayOf(a), text: text, st: st, nbTok: -1}
	p.toks = chunkToks(st, cls, text, 0, len(text), (*tp)[:0])
	w, ok := decideWriting(p.writingWeekdays(), stamp, a, wcfg.loc)
	if cfg.loc == nil {
		cfg.loc = w.Location()
	}
	aw := w.In(cfg.loc)
	op := getOut()
	q := parser{cfg: cfg, anchor: aw, aday: dayOf(aw), text: text, toks: p.toks, st: st, out: *op, nbTok: -1}
	q.run()
	*tp = q.toks[:0]
	tokPool.Put(tp)
	return putOut(op, q.out), w, ok
}

// findWrittenLong is findWritten for a text longer than one chunk. The
// writing day is known only once the whole text is read, and the
// expressions are resolved against it; but most texts are written on their
// stamp's day (or name no day, or name days that disagree), so the chunks
// are read once for both: each chunk's tokens give the weekdays that
// writingDay reads in it and, with the stamp as the anchor, the
// expressions that findStream finds in it, while the two cut the text in
// the same chunks (a chunk ending at a line break, or the text's end: where
// findStream starts its next chunk where the last ended, as writingDay
// does). When the writing day is the stamp, those are findStream's
// expressions (the rest of the text read on as findStream reads it); when
// the text names another day, findStream reads it again against that day,
// as before.
func findWrittenLong(text string, st *tkz.Stream, cls []uint16, stamp time.Time, cfg config) ([]Expression, time.Time, bool) {
	wcfg, fcfg := cfg, cfg // writingDay's and findStream's (anchor stamp)
	if wcfg.loc == nil {
		wcfg.loc = stamp.Location()
	}
	if fcfg.loc == nil {
		fcfg.loc = stamp.Location()
	}
	a, fa := stamp.In(wcfg.loc), stamp.In(fcfg.loc)
	tp := tokPool.Get().(*[]tok)
	p := parser{cfg: wcfg, anchor: a, aday: dayOf(a), st: st, nbTok: -1}
	f := parser{cfg: fcfg, anchor: fa, aday: dayOf(fa), st: st, cls: cls, nbTok: -1}
	var seen uint8
	next := 0 // where f reads on: with p while it is p's chunk's start
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		p.text, p.base = text[start:end], start
		p.toks = chunkToks(st, cls, text, start, end, (*tp)[:0])
		seen |= p.writingWeekdays()
		if next == start {
			f.toks = p.toks
			next = f.readChunk(text, start, end)
		}
		*tp = p.toks[:0]
		start = end
	}
	w, ok := decideWriting(seen, stamp, a, wcfg.loc)
	if !w.Equal(stamp) { // the text names another day: read again
		tokPool.Put(tp)
		return findStream(text, st, cls, w, cfg), w, ok
	}
	f.readFrom(text, next, tp) // after a cut inside a line
	tokPool.Put(tp)
	return f.out, w, ok
}

// writingEvidence reads a relative day + weekday at token i and returns the
// weekday of the day it was written on and the token after the phrase: اليوم الاثنين → Monday, أمس الأحد →
// Monday, غداً الثلاثاء → Monday, أول أمس السبت → Monday.
func (p *parser) writingEvidence(i int) (time.Weekday, int, bool) {
	t := &p.toks[i]
	if t.kind != tWord {
		return 0, 0, false
	}
	base, j := 0, i+1
	switch t.e.c {
	case cUnit: // اليوم
		if t.e.v != uDay || t.e.count != 1 || t.flags&fDef == 0 || t.flags&fPrep != 0 {
			return 0, 0, false // يوم، لليوم، باليوم
		}
	case cYesterday:
		base = -1
		if p.word(j, cAwwal) && p.def(j) { // أمس الأول
			base, j = -2, j+1
		}
	case cBariha:
		if t.flags&fDef == 0 {
			return 0, 0, false
		}
		base = -1
		if p.word(j, cAwwal) && p.def(j) {
			base, j = -2, j+1
		}
	case cTomorrow:
		base = 1
		if p.word(i-1, cBaad) { // بعد غد الإثنين
			base = 2
		}
	case cAwwal: // أول أمس، أول من أمس، أول البارحة
		if t.flags&fDef != 0 {
			return 0, 0, false
		}
		switch {
		case p.word(j, cYesterday), p.word(j, cBariha) && p.def(j):
			j++
		case p.word(j, cMin) && p.word(j+1, cYesterday):
			j += 2
		default:
			return 0, 0, false
		}
		base = -2
	default:
		return 0, 0, false
	}
	k := p.skipComma(j)
	if !p.word(k, cWeekday) || !p.def(k) {
		return 0, 0, false
	}
	// اليوم الخميس 13 أكتوبر 2016: evidence when the date is that weekday
	// and near the stamp; a date far from it belongs to another story
	if ds, end, ok := p.got(p.dateAfterWeekday(k+1, time.Weekday(p.toks[k].e.v))); ok {
		w := ds.d0 - base
		if ds.warn != "" || ds.grain != Day || w < p.aday-writingBack || w > p.aday+writingAhead {
			return 0, end, false
		}
		return weekdayOf(w), end, true
	}
	wd := int(p.toks[k].e.v) - base
	return time.Weekday((wd%7 + 7) % 7), k + 1, true
}

// withOptions returns cfg changed by opts.
func withOptions(cfg config, opts []Option) config {
	c := cfg
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}
