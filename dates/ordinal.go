package dates

import (
	"strings"
	"time"
)

// ---- ordinals inside a period, and a weekday of a named week ----

// periodAt reads the period after من / في in an ordinal phrase: a month
// (ديسمبر، مايو 2015، شهر مايو، الشهر الماضي، هذا الشهر, or الشهر alone:
// the anchor's month) or, when years are allowed, a year (عام 2038، العام
// المقبل, or العام / السنة alone: the anchor's year).
func (p *parser) periodAt(j int, years bool) (int, bool) {
	if p.word(j, cUnit) && p.def(j) && p.toks[j].e.count == 1 && (p.toks[j].e.v == uMonth || years && p.toks[j].e.v == uYear) && !p.word(j+1, cMod) && !p.num(j+1) {
		if p.nextWordIs(p.toks[j].end, "نفسه") || p.nextWordIs(p.toks[j].end, "ذاته") {
			return 0, false // الشهر نفسه: a month named before
		}
		sp, ok := p.periodOf(int(p.toks[j].e.v), p.aday, 0)
		p.res = sp
		return j + 1, ok
	}
	// only a month or year phrase may follow: reading another ordinal
	// phrase here would recurse along a chain (الأحد الأول من الأحد الأول
	// من …) and make Find slow on such text
	if j >= len(p.toks) {
		return 0, false
	}
	switch t := &p.toks[j]; {
	case t.kind == tNum:
	case t.kind != tWord:
		return 0, false
	default:
		switch t.e.c {
		case cMonth, cKanun, cTishrin, cHMonth, cRabi, cJumada, cDhu, cThis:
		case cUnit:
			if t.e.v != uMonth && t.e.v != uYear {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if p.word(j, cHMonth) && p.toks[j].e.v == 9 && p.word(j-1, cMin) { // الجمعة الأخيرة من رمضان
		sp, end, ok := p.got(p.ramadan(j, j-1))
		if ok && sp.grain == Month {
			p.res = sp
			return end, true
		}
	}
	// a bare month takes the tense of the clause the whole phrase is in
	top := p.top
	if top < j && j-top <= 4 {
		p.top = j
	}
	var sp span
	var end int
	var ok bool
	if p.word(j, cMonth) && p.word(j-1, cMin) {
		sp, end, ok = p.got(p.monthName(j, j, true)) // الجمعة الأخيرة من مارس: مارس is the month here
	} else {
		sp, end, ok = p.got(p.core(j))
	}
	p.top = top
	if !ok || sp.exact || sp.grain != Month && !(years && sp.grain == Year && sp.kind != Range) {
		return 0, false
	}
	if sp.grain == Month && sp.d1-sp.d0 > 31 {
		return 0, false
	}
	p.res = sp
	return end, true
}

// ordinalNum reads an ordinal without the article (أول، ثاني، ثالث …
// خامس) or آخر before a weekday; n is -1 for آخر.
func (p *parser) ordinalNum(i int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != tWord || p.def(i) {
		return 0, false
	}
	t := &p.toks[i]
	switch {
	case t.e.c == cAwwal:
		return 1, true
	case t.e.c == cOrd && t.e.v >= 1 && t.e.v <= 5:
		return int(t.e.v), true
	case t.e.c == cEdge && t.e.v == edgeLate && !strings.Contains(p.text[t.start:t.end], "واخر"): // آخر, not أواخر
		return -1, true
	}
	return 0, false
}

// nthWeekday: أول خميس من ديسمبر، ثالث اثنين من مايو 2015، آخر سبت من
// الشهر الماضي: the n-th (or last) such weekday of the month.
func (p *parser) nthWeekday(i int) (int, bool) {
	n, ok := p.ordinalNum(i)
	if !ok {
		return 0, false
	}
	if p.word(i+1, cUnit) && !p.def(i+1) && p.toks[i+1].e.count == 1 && (p.toks[i+1].e.v == uDay || p.toks[i+1].e.v == uWeek) {
		return p.nthOf(int(p.toks[i+1].e.v), n, i+2) // أول يوم من رمضان، آخر أسبوع من سبتمبر
	}
	if !p.word(i+1, cWeekday) || p.def(i+1) {
		return 0, false
	}
	return p.nthWeekdayOf(time.Weekday(p.toks[i+1].e.v), n, i+2)
}

// nthWeekdayOf resolves the n-th (n < 0: last) weekday wd of the month
// named after من / في at j.
func (p *parser) nthWeekdayOf(wd time.Weekday, n, j int) (int, bool) {
	if !p.word(j, cMin) && !p.word(j, cFi) {
		return 0, false
	}
	m, end, ok := p.got(p.periodAt(j+1, false))
	if !ok {
		return 0, false
	}
	var d int
	if n > 0 {
		d = m.d0 + (int(wd)-int(weekdayOf(m.d0))+7)%7 + 7*(n-1)
	} else {
		last := m.d1 - 1
		d = last - (int(weekdayOf(last))-int(wd)+7)%7
	}
	if d < m.d0 || d >= m.d1 {
		return 0, false // a fifth Monday the month does not have
	}
	p.res = span{d0: d, d1: d + 1, grain: Day, kind: Date}
	return end, true
}

// weekdayNth: الأربعاء الأول من شهر أبريل، الجمعة الأخيرة من رمضان، يوم
// السبت الأخير من شهر أبريل. An ordinal that is also the day of the month
// falling on that weekday is that date (الأحد الرابع من مارس 2018 is
// Sunday 4 March). i is the weekday token.
func (p *parser) weekdayNth(i int) (int, bool) {
	if !p.word(i, cWeekday) || !p.def(i) {
		return 0, false
	}
	n, j, ok := p.ordinal(i + 1)
	if !ok && p.word(i+1, cAkhir) && p.def(i+1) {
		n, j, ok = -1, i+2, true
	}
	if !ok || n == 0 || n > 5 {
		return 0, false
	}
	wd := time.Weekday(p.toks[i].e.v)
	sp, end, ok := p.got(p.nthWeekdayOf(wd, n, j))
	if ok && n > 0 {
		// الأحد الرابع من مارس 2018 is Sunday the 4th: the date wins when
		// the month's day n falls on that weekday
		if m, _, ok2 := p.got(p.periodAt(j+1, false)); ok2 && weekdayOf(m.d0+n-1) == wd {
			return 0, false
		}
	}
	p.res = sp
	return end, ok
}

// nthUnit: اليوم الخامس من الشهر، الأسبوع الأول من يناير، الأسبوع الأخير
// من الشهر الماضي: the n-th day, or the n-th (or last) seven days, of a
// month. i is the unit token (with the article).
func (p *parser) nthUnit(i int) (int, bool) {
	t := &p.toks[i]
	if !p.def(i) || t.e.count != 1 || t.e.v != uDay && t.e.v != uWeek {
		return 0, false
	}
	n, j, ok := p.ordinal(i + 1)
	if !ok && p.word(i+1, cAkhir) && p.def(i+1) {
		n, j, ok = -1, i+2, true
	}
	if !ok || n == 0 {
		return 0, false
	}
	return p.nthOf(int(t.e.v), n, j)
}

// nthOf resolves the n-th (n < 0: last) day or week (unit u) of the period
// named after من / في at j: a month, or for the first and last, a year.
func (p *parser) nthOf(u, n, j int) (int, bool) {
	if !p.word(j, cMin) && !p.word(j, cFi) {
		return 0, false
	}
	m, end, ok := p.got(p.periodAt(j+1, n == 1 || n == -1))
	if !ok {
		return 0, false
	}
	if u == uDay {
		if n < 0 {
			p.res = span{d0: m.d1 - 1, d1: m.d1, grain: Day, kind: Date}
			return end, true
		}
		if m.d0+n-1 >= m.d1 {
			return 0, false
		}
		p.res = span{d0: m.d0 + n - 1, d1: m.d0 + n, grain: Day, kind: Date}
		return end, true
	}
	if n < 0 {
		p.res = span{d0: m.d1 - 7, d1: m.d1, grain: Week, kind: Date}
		return end, true
	}
	if n > 5 || m.d0+7*(n-1) >= m.d1 {
		return 0, false
	}
	d1 := m.d0 + 7*n
	if d1 > m.d1 {
		d1 = m.d1
	}
	p.res = span{d0: m.d0 + 7*(n-1), d1: d1, grain: Week, kind: Date}
	return end, true
}

// weekdayOfWeek: السبت من الأسبوع المقبل، يوم الأربعاء من الأسبوع الماضي،
// أربعاء الأسبوع الماضي: that weekday inside the named week. i is the
// weekday token.
func (p *parser) weekdayOfWeek(i int) (int, bool) {
	t := &p.toks[i]
	j := i + 1
	if p.def(i) {
		if !p.word(j, cMin) {
			return 0, false
		}
		j++
	} else if p.word(j, cMin) {
		j++
	}
	if !(p.word(j, cUnit) && p.toks[j].e.v == uWeek || p.word(j, cThis)) {
		return 0, false
	}
	w, end, ok := p.got(p.core(j))
	if !ok || w.grain != Week || w.kind != Period {
		return 0, false
	}
	d := w.d0 + (int(t.e.v)-int(weekdayOf(w.d0))+7)%7
	p.res = span{d0: d, d1: d + 1, grain: Day, kind: Weekday}
	return end, true
}

// weekWithDays: الأسبوع الماضي بين الثلاثاء والخميس، الأسبوع المقبل من
// الأحد إلى الأربعاء: the run of days inside the named week. i is the
// week token.
func (p *parser) weekWithDays(i, first int) (int, bool) {
	w, end, ok := p.got(p.periodRule(i, first))
	if !ok || w.grain != Week || !(p.word(end, cBayn) || p.word(end, cMin)) {
		return 0, false
	}
	isBayn := p.word(end, cBayn)
	a := end + 1
	if p.word(a, cUnit) && p.toks[a].e.v == uDay && !p.def(a) { // بين يومي الثلاثاء والخميس
		a++
	}
	if !p.word(a, cWeekday) || !p.def(a) {
		return 0, false
	}
	k, ok := p.nextEnd(a+1, isBayn)
	if !ok || !p.word(k, cWeekday) || !p.def(k) {
		return 0, false
	}
	d0 := w.d0 + (int(p.toks[a].e.v)-int(weekdayOf(w.d0))+7)%7
	d1 := w.d0 + (int(p.toks[k].e.v)-int(weekdayOf(w.d0))+7)%7
	if d1 <= d0 {
		return 0, false
	}
	p.res = span{d0: d0, d1: d1 + 1, grain: Day, kind: Range}
	return k + 1, true
}

// halfOfMonth: النصف الأول من الشهر الجاري (days 1–15)، النصف الثاني من
// شهر مارس (the 16th to the end). i is the النصف token.
func (p *parser) halfOfMonth(i int) (int, bool) {
	if !p.word(i, cNisf) || !p.def(i) {
		return 0, false
	}
	n, j, ok := p.ordinal(i + 1)
	if !ok && p.word(i+1, cAkhir) && p.def(i+1) {
		n, j, ok = 2, i+2, true
	}
	if !ok || n < 1 || n > 2 || !p.word(j, cMin) {
		return 0, false
	}
	m, end, ok := p.got(p.periodAt(j+1, false))
	if !ok {
		return 0, false
	}
	if n == 1 {
		p.res = span{d0: m.d0, d1: m.d0 + 15, grain: Day, kind: Date}
		return end, true
	}
	p.res = span{d0: m.d0 + 15, d1: m.d1, grain: Day, kind: Date}
	return end, true
}
