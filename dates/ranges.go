package dates

import "time"

// ---- ranges: both ends resolved, the weaker end placed by the stronger ----

// weakEnd reports whether the phrase [i, end) that resolved to sp named
// neither a year nor a direction (9 مارس، أكتوبر، الثلاثاء), so that the
// other end of a range may move it to another year or week.
func (p *parser) weakEnd(sp span, i, end int) bool {
	if sp.exact {
		return false
	}
	switch {
	case sp.kind == Date && sp.grain == Day && sp.d1 > sp.d0 && sameMonth(sp.d0, sp.d1-1): // 9 مارس، أواخر أبريل
	case sp.kind == Date && sp.grain == Month:
		if _, _, d := civilFromDays(sp.d0); d != 1 || sp.d1-sp.d0 < 28 || sp.d1-sp.d0 > 31 {
			return false // a part of a month (أواخر مارس)
		}
	case sp.kind == Weekday:
	default:
		return false
	}
	for k := i; k < end && k < len(p.toks); k++ {
		t := &p.toks[k]
		if t.kind == tNum && t.ndig >= 3 || t.kind == tWord && (t.e.c == cMod || t.e.c == cUnit) {
			return false
		}
	}
	return true
}

// sameMonth reports whether days a and b are in the same month.
func sameMonth(a, b int) bool {
	ya, ma, _ := civilFromDays(a)
	yb, mb, _ := civilFromDays(b)
	return ya == yb && ma == mb
}

// moveYear returns sp (a month, or days inside one month, of kind Date)
// moved to year y. A run of days that ends with its month (أواخر فبراير)
// ends with the month in year y too.
func moveYear(sp span, y int) (span, bool) {
	y0, m, d := civilFromDays(sp.d0)
	if sp.grain == Month {
		sp.d0, sp.d1 = daysFromCivil(y, m, 1), daysFromCivil(y, m+1, 1)
		return sp, true
	}
	if !validDate(y, m, d) {
		return sp, false
	}
	n := sp.d1 - sp.d0
	monthEnd := n > 1 && sp.d1 == daysFromCivil(y0, m+1, 1)
	sp.d0 = daysFromCivil(y, m, d)
	sp.d1 = sp.d0 + n
	if monthEnd {
		sp.d1 = daysFromCivil(y, m+1, 1)
	}
	return sp, true
}

// placeAfter moves a weak end y to its first occurrence on or after x's
// first day (strictly after, for a weekday).
func placeAfter(y, x span) (span, bool) {
	if y.kind == Weekday {
		k := (int(weekdayOf(y.d0)) - int(weekdayOf(x.d0)) + 7) % 7
		if k == 0 {
			k = 7
		}
		return span{d0: x.d0 + k, d1: x.d0 + k + 1, grain: Day, kind: Weekday}, true
	}
	xy, _, _ := civilFromDays(x.d0)
	for yy := xy; yy <= xy+1; yy++ {
		if s, ok := moveYear(y, yy); ok && s.d0 >= x.d0 {
			return s, true
		}
	}
	return y, false
}

// placeBefore moves a weak start x to its last occurrence on or before y's
// first day (strictly before, for a weekday).
func placeBefore(x, y span) (span, bool) {
	if x.kind == Weekday {
		k := (int(weekdayOf(y.d0)) - int(weekdayOf(x.d0)) + 7) % 7
		if k == 0 {
			k = 7
		}
		return span{d0: y.d0 - k, d1: y.d0 - k + 1, grain: Day, kind: Weekday}, true
	}
	yy, _, _ := civilFromDays(y.d0)
	for xy := yy; xy >= yy-1; xy-- {
		if s, ok := moveYear(x, xy); ok && s.d0 <= y.d0 {
			return s, true
		}
	}
	return x, false
}

// joinRange makes one Range of a start x ([xi, xe)) and an end y ([yi,
// ye)): an end without a year or direction follows the start (3 فبراير 2015
// - 14 فبراير; من أكتوبر إلى ديسمبر), else a start without one precedes the
// end (من الثلاثاء حتى الجمعة المقبلة). The end must not come before the
// start.
func (p *parser) joinRange(x, y span, xi, xe, yi, ye int) (span, bool) {
	if x.exact || y.exact {
		return span{}, false
	}
	ok := true
	switch {
	case p.weakEnd(y, yi, ye) && !(x.kind == Weekday && y.kind == Date):
		// the first occurrence after the start; an end that names the
		// start's own month (من أكتوبر 1998 حتى أكتوبر) keeps its reading
		if z, ok2 := placeAfter(y, x); ok2 && z.d0 != x.d0 {
			y = z
		}
	case p.weakEnd(x, xi, xe) && !(y.kind == Weekday && x.kind == Date) && (x.d0 > y.d0 || x.kind == y.kind): // general.go: من يناير إلى مارس 2021
		x, ok = placeBefore(x, y)
	}
	if !ok || y.d0 < x.d0 || y.d1 <= x.d0 {
		return span{}, false
	}
	g := x.grain
	if y.grain > g {
		g = y.grain
	}
	return span{d0: x.d0, d1: y.d1, grain: g, kind: Range, approx: x.approx || y.approx}, true
}

// isDash reports whether token k is a hyphen or a dash.
func (p *parser) isDash(k int) bool { return p.punct(k, '-', '–', '—') }

// yearNum reads a four-digit Gregorian year at k (1900-2100) that is not
// a Hijri year.
func (p *parser) yearNum(k int) (int, int, bool) {
	if !p.num(k) || p.toks[k].ndig != 4 || p.toks[k].val < 1900 || p.toks[k].val > 2100 {
		return 0, 0, false
	}
	if _, hij := p.hijriMark(k + 1); hij {
		return 0, 0, false
	}
	return int(p.toks[k].val), p.eraMark(k + 1), true
}

// yearRange reads من / بين [عام|سنة|عامي] 2001 إلى / حتى / و / - [عام] 2011
// at the connector-led phrase starting at j (the token after من or بين).
func (p *parser) yearRange(j int, isBayn bool) (int, bool) {
	if p.word(j, cUnit) && p.toks[j].e.v == uYear && p.toks[j].e.count != 0 {
		j++
	}
	a, k, ok := p.yearNum(j)
	if !ok {
		return 0, false
	}
	if k, ok = p.connectorEnd(k, isBayn); !ok {
		return 0, false
	}
	if p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 {
		k++
	}
	b, end, ok := p.yearNum(k)
	if !ok || b <= a || b-a > 200 {
		return 0, false
	}
	p.res = span{d0: daysFromCivil(a, 1, 1), d1: daysFromCivil(b+1, 1, 1), grain: Year, kind: Range}
	return end, true
}

// numDayRange reads two day numbers before a month without من or بين:
// 9-12 مارس الجاري، 12 - 13 يونيو، 19 و20 سبتمبر، 20 إلى 24 آب. The month
// (and year) of the end hold for both. Two days joined by و are a run only
// when they follow each other (يومي 22 و24 جويلية are two days: the second
// is read alone); in a list (4 و5 و8 ديسمبر) nothing is joined.
func (p *parser) numDayRange(i int) (int, bool) {
	t := &p.toks[i]
	if t.ndig > 2 || t.val < 1 || t.val > 31 {
		return 0, false
	}
	k := i + 1
	and := p.word(k, cWa)
	if !(and || p.isDash(k) || p.word(k, cIla) || p.word(k, cHatta)) {
		return 0, false
	}
	if and && (p.word(i-1, cWa) || p.punct(i-1, ',', '،')) {
		return 0, false
	}
	k++
	if !p.num(k) || p.toks[k].ndig > 2 {
		return 0, false
	}
	y, end, ok := p.got(p.dayMonth(k))
	if !ok || y.grain != Day || y.kind != Date || p.word(end, cWa) {
		return 0, false
	}
	yy, mm, dd := civilFromDays(y.d0)
	d := int(t.val)
	if d >= dd || !validDate(yy, mm, d) || and && d+1 != dd {
		return 0, false // يومي 22 و24 جويلية: two days, not a run
	}
	p.res = span{d0: daysFromCivil(yy, mm, d), d1: y.d0 + 1, grain: Day, kind: Range}
	return end, true
}

// monthDayRange reads a month before two day numbers: آب 20-24، مارس
// 26-28 [2018].
func (p *parser) monthDayRange(i int) (int, bool) {
	m, j, _, ok := p.month(i)
	if !ok || !p.num(j) || !p.isDash(j+1) || !p.num(j+2) || p.toks[j].ndig > 2 || p.toks[j+2].ndig > 2 {
		return 0, false
	}
	a, b := int(p.toks[j].val), int(p.toks[j+2].val)
	end := j + 3
	if a < 1 || b <= a || b > 31 {
		return 0, false
	}
	y, e2, ok := p.yearAfter(end)
	if ok {
		end = e2
	} else {
		d, ok := p.nearestYearDay(m, a)
		if !ok {
			return 0, false
		}
		y, _, _ = civilFromDays(d)
	}
	if !validDate(y, m, b) {
		return 0, false
	}
	p.res = span{d0: daysFromCivil(y, m, a), d1: daysFromCivil(y, m, b) + 1, grain: Day, kind: Range}
	return end, true
}

// dashRange joins a date x at [i, xe) to a date after a dash: 3 فبراير 2015
// - 14 فبراير، 25 مارس - 2 أبريل، عام 2019 - 2020، مايو - يونيو 2018.
func (p *parser) dashRange(i, xe int, xp *span) (int, bool) {
	if !p.isDash(xe) || xp.exact || xp.kind != Date && xp.kind != Weekday {
		return 0, false
	}
	x := *xp
	k := xe + 1
	if x.grain == Year {
		b, end, ok := p.yearNum(k)
		xy, _, _ := civilFromDays(x.d0)
		if !ok || b <= xy || b-xy > 200 {
			return 0, false
		}
		p.res = span{d0: x.d0, d1: daysFromCivil(b+1, 1, 1), grain: Year, kind: Range}
		return end, true
	}
	y, ye, ok := p.got(p.core(k))
	if !ok || y.grain != x.grain || y.kind != x.kind {
		return 0, false
	}
	// a yearless start before an end with a year takes that year
	if x.kind == Date && p.weakEnd(x, i, xe) && !p.weakEnd(y, k, ye) {
		yy, _, _ := civilFromDays(y.d0)
		if s, ok := moveYear(x, yy); ok {
			x = s
		}
	}
	sp, ok := p.joinRange(x, y, i, xe, k, ye)
	p.res = sp
	return ye, ok
}

// dayPair reads two weekdays, after يوم / يومي / يوما or bare (يومي الخميس
// والجمعة، السبت والأحد), or
// a weekday with a day number twice (الأحد 6 والاثنين 7 أيار): two
// following days are one Range. Days that do not follow each other
// (يومي الجمعة والثلاثاء على الترتيب) are left to the weekday rule. i is
// the first weekday, first the phrase's first token.
func (p *parser) dayPair(i, first int) (int, bool) {
	if !p.word(i, cWeekday) || !p.def(i) {
		return 0, false
	}
	w1 := time.Weekday(p.toks[i].e.v)
	// الأحد 6 والاثنين 7 أيار [2018]
	if p.num(i+1) && p.toks[i+1].ndig <= 2 && p.word(i+2, cWeekday) && p.def(i+2) && p.toks[i+2].flags&fConj != 0 && p.num(i+3) {
		y, end, ok := p.got(p.dateAfterWeekday(i+3, time.Weekday(p.toks[i+2].e.v)))
		if !ok || y.kind != Date {
			return 0, false
		}
		yy, mm, dd := civilFromDays(y.d0)
		d := int(p.toks[i+1].val)
		if d >= dd || !validDate(yy, mm, d) {
			return 0, false
		}
		x := daysFromCivil(yy, mm, d)
		sp := span{d0: x, d1: y.d0 + 1, grain: Day, kind: Range, warn: y.warn}
		if weekdayOf(x) != w1 && sp.warn == "" {
			sp.warn = "the text names " + w1.String() + " but " + p.isoDay(x) + " is a " + weekdayOf(x).String() + "; used the date"
		}
		p.res = sp
		return end, true
	}
	if first == i && p.word(i-1, cPart) {
		return 0, false // مساء الخميس والجمعة: the part of the day takes the first alone
	}
	j := i + 1 // two weekdays, after يومي or bare (السبت والأحد: runs.go)
	if !p.word(j, cWeekday) || !p.def(j) || p.toks[j].flags&fConj == 0 {
		return 0, false
	}
	w2 := time.Weekday(p.toks[j].e.v)
	if (int(w2)-int(w1)+7)%7 != 1 {
		return 0, false
	}
	// يومي الثلاثاء والأربعاء 11 و12 أفريل 2017: the dates win
	if p.num(j + 1) {
		if sp, end, ok := p.got(p.numDayRange(j + 1)); ok {
			if weekdayOf(sp.d0) != w1 {
				sp.warn = "the text names " + w1.String() + " but " + p.isoDay(sp.d0) + " is a " + weekdayOf(sp.d0).String() + "; used the date"
			}
			p.res = sp
			return end, true
		}
	}
	x, end, ok := p.got(p.weekdayRule(i, first))
	if !ok || x.kind != Weekday {
		return 0, false
	}
	n := 2
	if end == j { // no modifier after the pair: skip the second day
		end = j + 1
		// a third day that follows (أيام الجمعة والسبت والأحد): runs.go
		for w := w2; n < 7 && p.word(end, cWeekday) && p.def(end) && p.toks[end].flags&fConj != 0 && (int(p.toks[end].e.v)-int(w)+7)%7 == 1; end++ {
			w = time.Weekday(p.toks[end].e.v)
			n++
		}
	}
	if p.word(end, cMod) && p.def(end) && p.toks[end].e.v != 0 { // المقبلين
		end++
	}
	p.res = span{d0: x.d0, d1: x.d0 + n, grain: Day, kind: Range}
	return end, true
}

// bareHour reports whether token j starts an hour in words without الساعة
// (العاشرة، الثانية عشرة، الواحدة): an ordinal with the article, or
// الواحدة.
func (p *parser) bareHour(j int) bool {
	if !p.word(j, cOrd) && !(p.word(j, cNum) && p.toks[j].e.n == 1) && !p.word(j, cTeen) {
		return false
	}
	return p.def(j)
}

// nextEnd returns where the end of a range starts after its start [.., xe):
// after إلى، حتى، a dash or (after بين) a lone و, or at a word with و glued
// to it (بين الثلاثاء والخميس، بين الثامنة صباحاً والثانية ظهراً).
func (p *parser) nextEnd(xe int, isBayn bool) (int, bool) {
	if k, ok := p.connectorEnd(xe, isBayn); ok {
		return k, true
	}
	if isBayn && xe < len(p.toks) && p.toks[xe].kind == tWord && p.toks[xe].flags&fConj != 0 {
		return xe, true
	}
	return 0, false
}

// yearDash reads two years joined by a dash, spaced or not: موسم 1999 –
// 2000، خطة 2017 - 2020, and Hijri years with their mark after the second
// (1441-1442 هـ، 1440 - 1441هـ، a life 1030-1093هـ), which are never
// Gregorian years. Three years in a row (2006-2014-2018) are a list.
func (p *parser) yearDash(i int) (int, bool) {
	if !p.num(i) || p.toks[i].ndig != 4 || !p.isDash(i+1) || !p.num(i+2) || p.toks[i+2].ndig != 4 {
		return 0, false
	}
	if p.isDash(i+3) && p.num(i+4) || p.isDash(i-1) && p.num(i-2) {
		return 0, false // a list: (2006-2014-2018)
	}
	a, b := int(p.toks[i].val), int(p.toks[i+2].val)
	if b <= a || b-a > 100 {
		return 0, false
	}
	if end, hij := p.hijriMark(i + 3); hij {
		x, _, ok := p.got(p.hijriYear(a, end))
		y, _, ok2 := p.got(p.hijriYear(b, end))
		if !ok || !ok2 {
			return 0, false
		}
		p.res = span{d0: x.d0, d1: y.d1, grain: Year, kind: Range, hijri: Hijri{Year: a}}
		return end, true
	}
	if a < 1900 || b > 2100 {
		return 0, false
	}
	p.res = span{d0: daysFromCivil(a, 1, 1), d1: daysFromCivil(b+1, 1, 1), grain: Year, kind: Range}
	return p.eraMark(i + 3), true
}

// dayStartRange reads a range whose start is a day without its month: a
// weekday and a day number (من الاثنين 5 إلى الجمعة 9 أكتوبر) or an ordinal
// (بين الخامس والعاشر من مارس، من الأول حتى الثالث من الشهر الجاري). The
// end carries the month and year; a weekday that does not match its date
// is reported, the dates win. j is the token after من or بين.
func (p *parser) dayStartRange(j int, isBayn bool) (int, bool) {
	a, w1 := j, -1
	if p.word(a, cWeekday) && p.def(a) && p.num(a+1) {
		w1, a = int(p.toks[a].e.v), a+1
	}
	var d, k int
	switch {
	case w1 >= 0 && p.toks[a].ndig <= 2:
		d, k = int(p.toks[a].val), a+1
	case w1 < 0:
		n, e, ok := p.ordinal(a)
		if !ok {
			return 0, false
		}
		d, k = n, e
	default:
		return 0, false
	}
	if d < 1 || d > 31 {
		return 0, false
	}
	k, ok := p.nextEnd(k, isBayn)
	if !ok {
		return 0, false
	}
	var y span
	var end int
	if p.word(k, cWeekday) && p.def(k) {
		y, end, ok = p.got(p.dateAfterWeekday(k+1, time.Weekday(p.toks[k].e.v)))
	} else {
		y, end, ok = p.got(p.core(k))
	}
	if !ok || y.grain != Day || y.kind != Date || y.d1 != y.d0+1 {
		return 0, false
	}
	yy, mm, dd := civilFromDays(y.d0)
	if d >= dd || !validDate(yy, mm, d) {
		return 0, false
	}
	sp := span{d0: daysFromCivil(yy, mm, d), d1: y.d0 + 1, grain: Day, kind: Range, warn: y.warn}
	if w1 >= 0 && weekdayOf(sp.d0) != time.Weekday(w1) && sp.warn == "" {
		sp.warn = "the text names " + time.Weekday(w1).String() + " but " + p.isoDay(sp.d0) + " is a " + weekdayOf(sp.d0).String() + "; used the date"
	}
	p.res = sp
	return end, true
}

// clockStart reports whether token j starts a clock time written in digits
// that can open a range of hours: with its part of the day or minutes (8
// صباحاً، 10:30), or a bare hour whose end has them (من 3 إلى 5 مساءً، بين 2
// و4 مساءً).
func (p *parser) clockStart(j int) bool {
	hour := func(k int) bool { return p.num(k) && p.toks[k].ndig <= 2 && p.toks[k].val <= 24 }
	if !hour(j) {
		return false
	}
	if p.word(j+1, cPart) || p.punct(j+1, ':') && p.glued(j+1) {
		return true
	}
	k := j + 1
	if !(p.word(k, cIla) || p.word(k, cHatta) || p.word(k, cWa) || p.isDash(k)) || !hour(k+1) {
		return false
	}
	return p.word(k+2, cPart) && !p.def(k+2)
}

// endOnStartDay puts the second end of a range of times, when it names no
// day of its own, on the first end's day (الأحد بين 8 صباحاً و5 مساءً);
// an end before the start then moves to the next day.
func endOnStartDay(x, y span) span {
	if y.dated {
		return y
	}
	if k := dayOf(x.from) - dayOf(y.from); k != 0 {
		y.from, y.to = y.from.AddDate(0, 0, k), y.to.AddDate(0, 0, k)
	}
	return y
}

// hasPart reports whether a part of the day (صباحاً، مساء الخميس، ليلاً)
// lies in the tokens [i, end).
func (p *parser) hasPart(i, end int) bool {
	for k := i; k < end && k < len(p.toks); k++ {
		if p.toks[k].kind == tWord && p.toks[k].e.c == cPart {
			return true
		}
	}
	return false
}

// nowEnd reports whether token k is a range end meaning "now": اليوم
// [الثلاثاء]، الآن، اللحظة (حتى اليوم، إلى الآن). It returns the day after
// the end's last day and the token after it.
func (p *parser) nowEnd(k int) (int, int, bool) {
	switch {
	case p.word(k, cUnit) && p.toks[k].e.v == uDay && p.toks[k].e.count == 1 && p.def(k) && !p.word(k+1, cOrd) && !p.word(k+1, cAwwal) && !p.word(k+1, cAkhir):
		if sp, end, ok := p.got(p.relDay(k)); ok && sp.kind == Relative && sp.grain == Day {
			return sp.d1, end, true // اليوم الثلاثاء
		}
		return p.aday + 1, k + 1, true
	case p.word(k, cZaman) && p.toks[k].e.v == 1 && p.def(k), p.word(k, cNow) && (p.toks[k].e.v != 2 || p.def(k)): // الآن, not أن
		return p.aday + 1, k + 1, true
	}
	return 0, 0, false
}

// rangeStart reads the start of a range at j: a year in digits after من
// (من 2011، من عام 2011) or any date phrase.
func (p *parser) rangeStart(j int) (int, bool) {
	k := j
	if p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 {
		k++
	}
	if y, end, ok := p.yearNum(k); ok {
		p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
		return end, true
	}
	return p.core(j)
}

// untilNowRange: من عام 2011 حتى اليوم، من 2011 إلى الآن، من يناير الماضي
// حتى الآن: from the start to the end of the anchor's day. j is the token
// after من (or منذ).
func (p *parser) untilNowRange(j int, isBayn bool) (int, bool) {
	if isBayn {
		return 0, false
	}
	x, xe, ok := p.got(p.rangeStart(j))
	if !ok || x.exact || x.d0 > p.aday {
		return 0, false
	}
	k, ok := p.nextEnd(xe, false)
	if !ok || p.isDash(xe) {
		return 0, false
	}
	d1, end, ok := p.nowEnd(k)
	if !ok || d1 <= x.d0 {
		return 0, false
	}
	p.res = span{d0: x.d0, d1: d1, grain: x.grain, kind: Range, hijri: x.hijri, warn: x.warn}
	return end, true
}

// sinceUntil: منذ 2011 وحتى 2015، منذ 5 مارس حتى 10 أبريل: منذ with an end
// is a range between the two, not up to the anchor; منذ 2011 وحتى اليوم is
// up to the anchor's day.
func (p *parser) sinceUntil(i int) (int, bool) {
	if end, ok := p.untilNowRange(i+1, false); ok {
		return end, true
	}
	if end, ok := p.yearRange(i+1, false); ok {
		return end, true
	}
	x, xe, ok := p.got(p.rangeStart(i + 1))
	if !ok || x.exact || !(p.word(xe, cIla) || p.word(xe, cHatta)) {
		return 0, false
	}
	if x.d0 > p.aday && p.weakEnd(x, i+1, xe) { // منذ looks back: 5 مارس is the last one
		y, _, _ := civilFromDays(x.d0)
		if s, ok := moveYear(x, y-1); ok {
			x = s
		}
	}
	y, ye, ok := p.got(p.core(xe + 1))
	if !ok || !p.weakEnd(y, xe+1, ye) && !p.hasYear(xe+1, ye) {
		return 0, false // حتى مارس من العام اللاحق: an end read on its own
	}
	sp, ok := p.joinRange(x, y, i+1, xe, xe+1, ye)
	p.res = sp
	return ye, ok
}
