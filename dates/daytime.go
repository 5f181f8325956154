package dates

import (
	"strings"
	"time"
)

// A day and the time written right after it are one expression, as a date
// and its time are (9 مارس 2018 - 7:45 مساءً): غدا الساعة 3 مساء is
// tomorrow at 15:00, الأحد في الساعة العاشرة Sunday at 10:00. The time
// already takes the day (see nearDay); joinDayTime gives them one span.
// Only a space or a preposition of time may stand between them: after a
// comma (مساء الخميس، عند الساعة الثامنة) the two stay apart.

// joinDayTime merges the time e, just emitted, into the expression before
// it when that one is the day or part of the day e lies in, and reports
// whether it did.
func (p *parser) joinDayTime(e *Expression) bool {
	if e.Kind != Time || e.Grain != Hour && e.Grain != Minute || len(p.out) == 0 {
		return false
	}
	prev := &p.out[len(p.out)-1]
	switch prev.Kind {
	case Relative, Weekday, Date:
	default:
		return false
	}
	if prev.Grain != Day && prev.Grain != PartOfDay || e.From.Before(prev.From) || !e.From.Before(prev.To) {
		return false
	}
	gs, ge := prev.End-p.base, e.Start-p.base
	if gs < 0 || ge < gs {
		return false
	}
	switch strings.TrimSpace(p.text[gs:ge]) {
	case "", "في", "على", "عند":
	default:
		return false
	}
	prev.Text = p.text[prev.Start-p.base : e.End-p.base]
	prev.End = e.End
	prev.From, prev.To, prev.Grain, prev.Kind = e.From, e.To, e.Grain, Time
	prev.Approx = prev.Approx || e.Approx
	if prev.Warning == "" {
		prev.Warning = e.Warning
	}
	return true
}

// sincePart reads منذ + a part of the day (منذ صباح اليوم، منذ مساء
// الأربعاء، منذ ليلة البارحة): from the start of that part to the end of
// the anchor's day, as منذ + a date runs, grain PartOfDay. x is the part
// of the day read after منذ, end the token after it.
func (p *parser) sincePart(x span, end int) (int, bool) {
	dayEnd := p.midnight(p.aday + 1)
	if x.grain != PartOfDay || x.kind == Range || !x.from.Before(dayEnd) {
		return 0, false
	}
	p.res = span{exact: true, from: x.from, to: dayEnd, grain: PartOfDay, kind: Range, warn: x.warn}
	return end, true
}

// nightBetween reads الليلة [الفاصلة] بين الخميس والجمعة at i (الليلة): the
// night from the first day's evening to the second's morning, as ليلة
// الخميس الجمعة reads (not tonight and a run of two days).
func (p *parser) nightBetween(i int) (int, bool) {
	if !p.word(i, cPart) || p.toks[i].e.v != partNight || !p.def(i) {
		return 0, false
	}
	j := i + 1
	if j < len(p.toks) && p.toks[j].kind == tWord && p.toks[j].e.c == cNone {
		var buf [64]byte
		if w := string(foldWord(&buf, p.text[p.toks[j].start:p.toks[j].end])); w != "الفاصله" {
			return 0, false
		}
		j++
	}
	if !p.word(j, cBayn) || !p.word(j+1, cWeekday) || !p.def(j+1) || !p.word(j+2, cWeekday) || !p.def(j+2) || p.toks[j+2].flags&fConj == 0 {
		return 0, false
	}
	w1, w2 := int(p.toks[j+1].e.v), int(p.toks[j+2].e.v)
	if (w2-w1+7)%7 != 1 {
		return 0, false
	}
	x, _, ok := p.got(p.weekdayRule(j+1, i))
	if !ok || x.kind != Weekday {
		return 0, false
	}
	end := j + 3
	if p.word(end, cMod) && p.def(end) && p.toks[end].e.v != 0 { // الماضيين
		end++
	}
	from := p.midnight(x.d0).Add(18 * time.Hour)
	p.res = span{exact: true, from: from, to: from.Add(12 * time.Hour), grain: PartOfDay, kind: Weekday, d0: x.d0, dayed: true}
	return end, true
}
