package dates

import (
	"strings"
	"sync"
	"time"
)

// ---- Gregorian dates ----

func validDate(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// numericDate: 06/10/2020، 6-10-2020، 2020-10-06، ٦/١٠/٢٠٢٠ (day first),
// and a run of years 2007-2012.
func (p *parser) numericDate(i int) (int, bool) {
	if sp, end, ok, seen := p.calendarNumeric(i); seen { // 3 / 11 / 1438 هـ
		p.res = sp
		return end, ok
	}
	if !p.num(i) || !p.punct(i+1, '/', '-', '.') || !p.glued(i+1) || !p.num(i+2) || !p.glued(i+2) {
		return 0, false
	}
	a, b := &p.toks[i], &p.toks[i+2]
	sep := rune(p.toks[i+1].val)
	if p.punct(i+3, sep) && p.glued(i+3) && p.num(i+4) && p.glued(i+4) {
		c := &p.toks[i+4]
		var y, m, d int
		switch {
		case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2:
			y, m, d = int(a.val), int(b.val), int(c.val)
		case c.ndig == 4 && a.ndig <= 2 && b.ndig <= 2:
			y, m, d = int(c.val), int(b.val), int(a.val)
		default:
			return 0, false
		}
		if !validDate(y, m, d) {
			return 0, false
		}
		x := daysFromCivil(y, m, d)
		p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
		return p.eraMark(i + 5), true
	}
	if _, hij := p.hijriMark(i + 3); hij && a.ndig == 4 && b.ndig == 4 {
		return 0, false // 1441-1442 هـ: Hijri years (yearDash)
	}
	// 2007-2012, and fiscal years 2016/2017
	if sep == '/' && a.ndig == 4 && b.ndig == 4 && b.val == a.val+1 && a.val >= 1000 && b.val <= 2999 {
		p.res = span{d0: daysFromCivil(int(a.val), 1, 1), d1: daysFromCivil(int(b.val)+1, 1, 1), grain: Year, kind: Range}
		return i + 3, true
	}
	if sep == '-' && a.ndig == 4 && b.ndig == 4 && a.val >= 1000 && b.val > a.val && b.val <= 2999 {
		p.res = span{d0: daysFromCivil(int(a.val), 1, 1), d1: daysFromCivil(int(b.val)+1, 1, 1), grain: Year, kind: Range}
		return i + 3, true
	}
	return 0, false
}

// eraMark consumes a trailing م / ميلادي.
func (p *parser) eraMark(j int) int {
	if p.word(j, cMim) || (p.word(j, cMiladi) && p.toks[j].flags&fDef == 0) {
		return j + 1
	}
	return j
}

// hijriMark reports whether j holds هـ / هجري / للهجرة and where it ends.
func (p *parser) hijriMark(j int) (int, bool) {
	if p.word(j, cHa) || p.word(j, cHijri) {
		return j + 1, true
	}
	return j, false
}

// month reads a Gregorian month name in any family, with its paired form
// (تشرين الأول/أكتوبر، أكتوبر (تشرين الأول)). amb says the name alone is
// also an ordinary word (مارس، آب، نيسان).
func (p *parser) month(j int) (m, end int, amb, ok bool) {
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		return 0, 0, false, false
	}
	t := &p.toks[j]
	switch t.e.c {
	case cMonth:
		m, end, amb = int(t.e.v), j+1, t.e.amb
	case cKanun, cTishrin:
		k := j + 1
		if !(p.word(k, cAwwal) || p.word(k, cOrd)) { // الأول، or أول / ثاني / ثانٍ
			return 0, 0, false, false
		}
		first := p.toks[k].e.c == cAwwal || p.toks[k].e.v == 1
		if !first && p.toks[k].e.v != 2 {
			return 0, 0, false, false
		}
		switch {
		case t.e.c == cKanun && first:
			m = 12
		case t.e.c == cKanun:
			m = 1
		case first:
			m = 10
		default:
			m = 11
		}
		end = k + 1
	default:
		return 0, 0, false, false
	}
	// paired forms
	if p.punct(end, '/') {
		if _, e2, _, ok2 := p.month(end + 1); ok2 {
			return m, e2, false, true
		}
	}
	if p.word(end, cMonth) || p.word(end, cKanun) || p.word(end, cTishrin) { // سبتمبر أيلول
		if m2, e2, _, ok2 := p.month(end); ok2 && m2 == m {
			return m, e2, false, true
		}
	}
	if p.punct(end, '(') {
		if _, e2, _, ok2 := p.month(end + 1); ok2 && p.punct(e2, ')') {
			return m, e2 + 1, false, true
		}
	}
	return m, end, amb, true
}

// yearAfter reads a year after a month: [عام|سنة] 2020 [م].
func (p *parser) yearAfter(j int) (int, int, bool) {
	k := j
	if p.word(k, cMin) && p.word(k+1, cUnit) && p.toks[k+1].e.v == uYear { // من عام 1943
		k++
	}
	if p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 {
		k++
	}
	k = p.skipComma(k)
	if p.num(k) && p.toks[k].ndig == 4 && p.toks[k].val >= 1000 && p.toks[k].val <= 2999 {
		if _, hij := p.hijriMark(k + 1); hij {
			return 0, 0, false
		}
		return int(p.toks[k].val), p.eraMark(k + 1), true
	}
	if y, end, ok := p.wordsYearAt(k); ok { // years.go: مارس ألفين وأحد عشر
		return y, end, true
	}
	return p.relYearAfter(j) // من العام الماضي، عام ألفين وخمسة عشر
}

// dayMonth: 6 أكتوبر [2020]، 3 تشرين الأول/أكتوبر 2020، 15 رمضان 1441 هـ.
func (p *parser) dayMonth(i int) (int, bool) {
	if sp, end, ok, named := p.namedDate(i); named { // تيار 8 آذار، ثورة 25 يناير
		p.res = sp
		return end, ok
	}
	t := &p.toks[i]
	if t.ndig > 2 || t.val < 1 || t.val > 31 {
		return 0, false
	}
	d := int(t.val)
	j := i + 1
	if p.dotDay(i) { // 5. مايو
		j++
	}
	if p.word(j, cMin) {
		j++
	}
	if p.word(j, cUnit) && p.toks[j].e.v == uMonth && p.toks[j].e.count == 1 && !p.def(j) {
		j++
	}
	if m, end, _, ok := p.month(j); ok {
		if e2, ok := p.monthDay(m, d, end); ok {
			return e2, true
		}
		return 0, false
	}
	if hm, end, ok := p.hijriMonth(j); ok {
		return p.hijriDay(d, hm, end)
	}
	// 14 من الشهر الجاري، 17 من الشهر الماضي، 5 من هذا الشهر
	if j > i+1 && p.word(i+1, cMin) {
		return p.dayOfRelMonth(d, j)
	}
	return 0, false
}

// dayOfRelMonth reads a relative month at j after a day and من (14 من
// الشهر الجاري، السابع عشر من الشهر الحالي، 5 من هذا الشهر): that day of
// that month. الشهر نفسه / ذاته / نفس الشهر name the month of the date
// just before (sameMonth).
func (p *parser) dayOfRelMonth(d, j int) (int, bool) {
	var ms span
	var end int
	var ok bool
	if m0, e, same := p.sameMonth(j); same { // years.go: 26 من الشهر ذاته
		ms, end, ok = span{d0: m0, grain: Month}, e, m0 >= 0
	}
	switch {
	case ok:
	case p.word(j, cThis):
		ms, end, ok = p.got(p.periodRule(j+1, j))
	case p.word(j, cUnit):
		ms, end, ok = p.got(p.periodRule(j, j))
	}
	if !ok || ms.grain != Month {
		return 0, false
	}
	y, m, _ := civilFromDays(ms.d0)
	if !validDate(y, m, d) {
		return 0, false
	}
	x := daysFromCivil(y, m, d)
	p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
	return end, true
}

// nearestYearDay resolves a day and month without a year to the occurrence
// nearest the anchor.
func (p *parser) nearestYearDay(m, d int) (int, bool) {
	y, _, _ := civilFromDays(p.aday)
	best, found := 0, false
	for yy := y - 1; yy <= y+1; yy++ {
		if !validDate(yy, m, d) {
			continue
		}
		x := daysFromCivil(yy, m, d)
		if p.forward && x < p.aday {
			continue
		}
		if !found || abs(x-p.aday) < abs(best-p.aday) {
			best, found = x, true
		}
	}
	return best, found
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ordinalDay: الثالث من أكتوبر [2020].
func (p *parser) ordinalDay(i int) (int, bool) {
	if sp, end, ok, named := p.namedDate(i); named { // مدينة السادس من أكتوبر
		p.res = sp
		return end, ok
	}
	n, j, ok := p.ordinal(i)
	if !ok || n < 1 || n > 31 || !p.word(j, cMin) {
		return 0, false
	}
	j++
	if p.word(j, cUnit) && p.toks[j].e.v == uMonth && !p.def(j) {
		j++
	}
	m, end, _, ok := p.month(j)
	if !ok {
		if hm, e2, ok2 := p.hijriMonth(j); ok2 {
			return p.hijriDay(n, hm, e2)
		}
		// السادس والعشرين من الشهر الجاري, as 26 من الشهر الجاري; a
		// feminine ordinal counts something else (الجولة الثالثة من الشهر).
		if w := p.text[p.toks[i].start:p.toks[i].end]; !strings.HasSuffix(w, "ة") {
			return p.dayOfRelMonth(n, j)
		}
		return 0, false
	}
	return p.monthDay(m, n, end)
}

// directedDay resolves a yearless day followed by الماضي / المقبل (6 مارس
// المقبل، السابع من مايو الماضي): the nearest occurrence on that side.
func (p *parser) directedDay(m, d, end int) (int, bool) {
	if !p.word(end, cMod) || !p.def(end) {
		return 0, false
	}
	y, _, _ := civilFromDays(p.aday)
	if p.toks[end].e.v == 0 { // 9 مارس الجاري: this year's
		if !validDate(y, m, d) {
			return 0, false
		}
		x := daysFromCivil(y, m, d)
		p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
		return end + 1, true
	}
	fwd := p.toks[end].e.v > 0
	for k := 0; k < 3; k++ {
		yy := y - 1 + k
		if !fwd {
			yy = y + 1 - k
		}
		if !validDate(yy, m, d) {
			continue
		}
		if x := daysFromCivil(yy, m, d); (fwd && x > p.aday) || (!fwd && x < p.aday) {
			p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
			return end + 1, true
		}
	}
	return 0, false
}

// monthName: a month with a year (أكتوبر 2020), a direction (أكتوبر
// الماضي) or alone (في أكتوبر: the tense of its clause, else the BareNames
// direction). i is the month token; first is the phrase's first token (شهر
// before it).
func (p *parser) monthName(i, first int, afterShahr bool) (int, bool) {
	m, end, amb, ok := p.month(i)
	if !ok {
		return 0, false
	}
	if y, e2, ok := p.yearAfter(end); ok {
		p.res = span{d0: daysFromCivil(y, m, 1), d1: daysFromCivil(y, m+1, 1), grain: Month, kind: Date}
		return e2, true
	}
	// سبتمبر من العام الجاري، أكتوبر من عام 2017، أكتوبر العام الماضي
	if k := end; p.word(k, cMin) || (p.word(k, cUnit) && p.toks[k].e.v == uYear && p.def(k) && p.word(k+1, cMod)) {
		if p.word(k, cMin) {
			k++
		}
		if ys, e2, ok := p.got(p.yearExpr(k)); ok && ys.grain == Year {
			yy, _, _ := civilFromDays(ys.d0)
			p.res = span{d0: daysFromCivil(yy, m, 1), d1: daysFromCivil(yy, m+1, 1), grain: Month, kind: Date}
			return e2, true
		}
	}
	y, am, _ := civilFromDays(p.aday)
	k := 0
	j := end
	if p.word(j, cMod) && p.def(j) {
		switch v := p.toks[j].e.v; {
		case v < 0:
			k = -1
		case v > 0:
			k = 1
		}
		j++
	} else if amb && !afterShahr && !p.deliveryBefore(first) && !p.word(i-1, cEdge) && !p.monthPrep(i-1, i) { // تسليم مارس، نهاية مارس، في مارس: the month
		return 0, false
	}
	dir := p.cfg.dir
	// a phrase of its own (في نوفمبر، أواخر يناير، not inside منذ، حتى، من
	// … إلى): the tense of its clause decides, else the BareNames direction
	if k == 0 && !p.forward && (first == p.top || first == p.top+1 && p.word(p.top, cEdge)) {
		if t := p.clauseTense(p.toks[p.top].start, p.toks[end-1].end); t != 0 {
			dir = Direction(t)
		}
	}
	if k == 0 && p.deliveryBefore(first) { // futures.go: تسليم أغسطس
		dir = Future
	}
	var yy int
	switch {
	case k < 0: // strictly before the anchor's month
		yy = y
		if m >= am {
			yy--
		}
	case k > 0:
		yy = y
		if m <= am {
			yy++
		}
	case dir == Future:
		yy = y
		if m < am {
			yy++
		}
	default:
		yy = y
		if m > am {
			yy--
		}
	}
	p.res = span{d0: daysFromCivil(yy, m, 1), d1: daysFromCivil(yy, m+1, 1), grain: Month, kind: Date}
	return j, true
}

// yearWord: عام 2020، العام 2019، سنة 1948، عام 1441 هـ.
func (p *parser) yearWord(i int) (int, bool) {
	j := i + 1
	if end, ok := p.hijriYearWord(i); ok { // السنة الهجرية 1442
		return end, true
	}
	if !p.num(j) {
		return p.yearWords(i) // عام ألفين وخمسة عشر
	}
	if p.toks[j].ndig > 4 || p.toks[j].ndig < 3 {
		return 0, false
	}
	y := int(p.toks[j].val)
	if end, hij := p.hijriMark(j + 1); hij {
		return p.hijriYear(y, end)
	}
	if end, ok := p.yearDash(j); ok { // العام 1440 - 1441هـ، عام 2019 - 2020
		return end, true
	}
	if y >= 1300 && y < 1600 && p.hijriNear(i) { // السنة الهجرية الجديدة لعام 1430
		if end, ok := p.hijriYear(y, j+1); ok {
			return end, true
		}
	}
	if y < 1000 {
		return p.oldYear(j, true) // years.go: عام 622 م
	}
	if y > 2999 {
		return 0, false
	}
	p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
	return p.eraMark(j + 1), true
}

// bareYear: a four-digit year where the context says it is one (في 2020،
// منذ 1948، 1441هـ، 2020م); a number alone is never a year.
func (p *parser) bareYear(i int) (int, bool) {
	t := &p.toks[i]
	if t.ndig < 3 || t.ndig > 4 {
		return 0, false
	}
	y := int(t.val)
	if end, hij := p.hijriMark(i + 1); hij {
		return p.hijriYear(y, end)
	}
	if t.ndig == 3 {
		return p.oldYear(i, false) // years.go: 622 ميلادية, not 100 م (metres)
	}
	if t.ndig != 4 || y < 1900 || y > 2100 {
		return 0, false
	}
	if p.listedYear(i) || p.word(i-1, cUnit) && p.toks[i-1].e.v == uYear { // years.go: عامي 2010 و2016، الأعوام 2014
		p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
		return p.eraMark(i + 1), true
	}
	if p.word(i+1, cMim) {
		p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
		return i + 2, true
	}
	prev := i - 1
	if prev >= 0 && p.toks[prev].kind == tWord {
		switch p.toks[prev].e.c {
		case cFi, cMundh, cHatta, cQabl, cBaad, cKhilal, cEdge:
			p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
			return i + 1, true
		}
	}
	return 0, false
}

// ---- decades ----

// decadeRule: التسعينيات [من القرن الماضي]. i is the decade token.
func (p *parser) decadeRule(i, first int) (int, bool) {
	v := int(p.toks[i].e.v)
	j := i + 1
	ay, _, _ := civilFromDays(p.aday)
	century := -1
	k := j
	if p.word(k, cMin) {
		k++
	}
	if p.word(k, cUnit) && p.toks[k].e.v == uCentury && p.def(k) {
		switch {
		case p.word(k+1, cMod) && p.toks[k+1].e.v < 0:
			century = floorDiv(ay, 100)*100 - 100
			j = k + 2
		case p.word(k+1, cMod) && p.toks[k+1].e.v == 0:
			century = floorDiv(ay, 100) * 100
			j = k + 2
		case p.word(k+1, cNum) && p.toks[k+1].e.n == 20:
			century = 1900
			j = k + 2
		}
	}
	if century < 0 {
		century = floorDiv(ay, 100) * 100
		if century+v > ay {
			century -= 100
		}
	}
	s := century + v
	p.res = span{d0: daysFromCivil(s, 1, 1), d1: daysFromCivil(s+10, 1, 1), grain: Decade, kind: DecadeName}
	return j, true
}

// ---- Hijri ----

// hijriMonth reads a Hijri month name: رمضان، ربيع الأول، جمادى الآخرة، ذو
// الحجة...
func (p *parser) hijriMonth(j int) (int, int, bool) {
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		return 0, 0, false
	}
	t := &p.toks[j]
	k := j + 1
	switch t.e.c {
	case cHMonth:
		return int(t.e.v), k, true
	case cRabi, cJumada:
		if k >= len(p.toks) || !p.def(k) {
			return 0, 0, false
		}
		base := 3
		if t.e.c == cJumada {
			base = 5
		}
		switch {
		case p.word(k, cAwwal), p.word(k, cOrd) && p.toks[k].e.v == 1:
			return base, k + 1, true
		case p.word(k, cOrd) && p.toks[k].e.v == 2, p.word(k, cEdge) && p.toks[k].e.v == edgeLate:
			return base + 1, k + 1, true
		}
	case cDhu:
		switch {
		case p.word(k, cQada) && p.def(k):
			return 11, k + 1, true
		case p.word(k, cHijja) && p.def(k):
			return 12, k + 1, true
		}
	}
	return 0, 0, false
}

// hijriDay resolves day d of Hijri month hm, with the year after end if
// any (else the occurrence nearest the anchor).
func (p *parser) hijriDay(d, hm, end int) (int, bool) {
	if p.num(end) && p.toks[end].ndig >= 3 && p.toks[end].ndig <= 4 {
		hy := int(p.toks[end].val)
		e2, _ := p.hijriMark(end + 1)
		start, n, ok := hijriMonthStart(hy, hm)
		if !ok || d > n {
			return 0, false
		}
		x := start + d - 1
		p.res = span{d0: x, d1: x + 1, grain: Day, kind: HijriDate, hijri: Hijri{hy, hm, d}}
		return e2, true
	}
	if hm == 2 || hm == 7 || hm == 8 { // صفر، رجب، شعبان alone after a number are too often other words
		if _, hij := p.hijriMark(end); !hij {
			return 0, false
		}
	}
	sp, ok := p.nearestHijri(hm, d, 1, 0)
	if !ok {
		return 0, false
	}
	sp.kind = HijriDate
	e2, _ := p.hijriMark(end)
	p.res = sp
	return e2, true
}

// nearestHijri finds day d (lasting n days) of Hijri month hm in the
// direction dir (-1 past, +1 future, 0 the occurrence around or nearest
// the anchor).
func (p *parser) nearestHijri(hm, d, n, dir int) (span, bool) {
	hy, _, _, ok := hijriFromDay(p.aday)
	if !ok {
		return span{}, false
	}
	var best span
	found := false
	bestDist := 0
	for y := hy - 1; y <= hy+1; y++ {
		start, ln, ok := hijriMonthStart(y, hm)
		if !ok || d > ln {
			continue
		}
		s := start + d - 1
		e := s + n
		if n == 0 { // the whole month
			s, e = start, start+ln
		}
		dist := 0
		switch {
		case dir < 0 && s > p.aday, dir > 0 && s <= p.aday:
			continue
		case p.aday < s:
			dist = s - p.aday
		case p.aday >= e:
			dist = p.aday - e + 1
		}
		if dir < 0 {
			dist = p.aday - s
		}
		if !found || dist < bestDist {
			dd := d
			if n == 0 {
				dd = 0
			}
			best = span{d0: s, d1: e, grain: Day, hijri: Hijri{y, hm, dd}}
			bestDist, found = dist, true
		}
	}
	if n == 0 {
		best.grain = Month
	}
	return best, found
}

// hijriYear: 1441 هـ.
func (p *parser) hijriYear(y, end int) (int, bool) {
	if y >= 1 && y < umalquraFirstYear { // years.go: before the table, the tabular calendar
		p.res = span{d0: tabularHijriYearStart(y), d1: tabularHijriYearStart(y + 1), grain: Year, kind: HijriDate, hijri: Hijri{Year: y}}
		return end, true
	}
	start, _, ok := hijriMonthStart(y, 1)
	if !ok {
		return 0, false
	}
	next, _, ok := hijriMonthStart(y+1, 1)
	if !ok {
		next = int(umalquraStart[len(umalquraStart)-1])
	}
	p.res = span{d0: start, d1: next, grain: Year, kind: HijriDate, hijri: Hijri{Year: y}}
	return end, true
}

// hijriMonthYear: رمضان 1441 [هـ]، ذو الحجة 1440هـ.
func (p *parser) hijriMonthYear(i, first int) (int, bool) {
	hm, end, ok := p.hijriMonth(i)
	if !ok || !p.num(end) || p.toks[end].ndig < 3 || p.toks[end].ndig > 4 {
		return 0, false
	}
	hy := int(p.toks[end].val)
	start, n, ok := hijriMonthStart(hy, hm)
	if !ok {
		return 0, false
	}
	e2, _ := p.hijriMark(end + 1)
	p.res = span{d0: start, d1: start + n, grain: Month, kind: HijriDate, hijri: Hijri{Year: hy, Month: hm}}
	return e2, true
}

// ---- holidays ----

// direction after a holiday name: المقبل / الماضي.
func (p *parser) holidayDir(j int) (int, int) {
	for p.word(j, cEpithet) {
		j++
	}
	if p.word(j, cMod) && p.def(j) && p.toks[j].e.v != 0 {
		return int(p.toks[j].e.v), j + 1
	}
	return 0, j
}

// hijriHoliday resolves day d (n days long) of Hijri month hm; the phrase
// runs from i to the name's end.
func (p *parser) hijriHoliday(i, end, hm, d, n int) (int, bool) {
	dir, j := p.holidayDir(end)
	if e2, ok := p.hijriWithYear(j, hm, d, n); ok { // عيد الأضحى 2021
		return e2, true
	}
	sp, ok := p.nearestHijri(hm, d, n, dir)
	if !ok {
		return 0, false
	}
	sp.kind = Holiday
	if n > 1 {
		sp.grain = Day
	}
	p.res = sp
	return j, true
}

// ramadan: رمضان as the month of fasting, where the context says so (شهر
// رمضان، في رمضان، رمضان المقبل). i is the رمضان token.
func (p *parser) ramadan(i, first int) (int, bool) {
	t := &p.toks[i]
	if _, j := p.holidayDir(i + 1); true {
		if e2, ok := p.hijriWithYear(j, 9, 1, 0); ok { // رمضان 2022
			return e2, true
		}
	}
	ok := first != i || t.flags&fPrep != 0
	if !ok {
		if prev := i - 1; prev >= 0 && p.toks[prev].kind == tWord {
			switch p.toks[prev].e.c {
			case cFi, cKhilal, cQabl, cBaad, cMundh, cHatta, cEdge:
				ok = true
			}
		}
	}
	if !ok && (p.word(i+1, cEpithet) || (p.word(i+1, cMod) && p.def(i+1))) {
		ok = true
	}
	if !ok {
		return 0, false
	}
	dir, j := p.holidayDir(i + 1)
	sp, found := p.nearestHijri(9, 1, 0, dir)
	if !found {
		return 0, false
	}
	sp.kind = Holiday
	p.res = sp
	return j, true
}

// holiday: عيد الفطر، عيد الأضحى، عيد الميلاد، رأس السنة [الهجرية|الميلادية]،
// المولد النبوي.
func (p *parser) holiday(i int) (int, bool) {
	t := &p.toks[i]
	j := i + 1
	switch t.e.c {
	case cEid:
		switch {
		case p.word(j, cFitr) && p.def(j):
			return p.hijriHoliday(i, j+1, 10, 1, 3)
		case p.word(j, cAdha) && p.def(j):
			return p.hijriHoliday(i, j+1, 12, 10, 4)
		case p.word(j, cMilad) && p.def(j):
			if p.eastAfter(j + 1) { // the Eastern churches' Christmas
				return p.gregHoliday(j+1, 1, 7)
			}
			return p.gregHoliday(j+1, 12, 25)
		case p.word(j, cFeast) && p.def(j): // عيد الفصح، عيد الصعود
			return p.feast(i, j)
		case p.word(j, cGFeast): // عيد العمال، عيد الأم
			return p.gFeast(i, j)
		case t.flags&fDef != 0: // العيد: the Eid nearest the anchor, when one is near
			return p.bareEid(i)
		}
	case cRas:
		if !(p.word(j, cUnit) && p.toks[j].e.v == uYear && p.toks[j].e.count == 1 && p.def(j)) {
			return 0, false
		}
		j++
		if p.word(j, cHijri) && p.def(j) {
			return p.hijriHoliday(i, j+1, 1, 1, 1)
		}
		if p.word(j, cMiladi) && p.def(j) {
			j++
		}
		return p.gregHoliday(j, 1, 1)
	case cMawlid:
		if t.flags&fDef != 0 && p.word(j, cNabawi) && p.def(j) {
			return p.hijriHoliday(i, j+1, 3, 12, 1)
		}
	}
	return 0, false
}

// gregHoliday resolves a fixed Gregorian day (month m, day d).
func (p *parser) gregHoliday(end, m, d int) (int, bool) {
	dir, j := p.holidayDir(end)
	if p.eastWord(j) && p.def(j) {
		j++
	}
	if y, e2, ok := p.holidayYear(j); ok { // عيد الميلاد 2019
		x := daysFromCivil(y, m, d)
		p.res = span{d0: x, d1: x + 1, grain: Day, kind: Holiday}
		return e2, true
	}
	y, _, _ := civilFromDays(p.aday)
	best, found, bestDist := 0, false, 0
	for yy := y - 1; yy <= y+1; yy++ {
		x := daysFromCivil(yy, m, d)
		if (dir < 0 && x > p.aday) || (dir > 0 && x <= p.aday) {
			continue
		}
		dist := abs(x - p.aday)
		if !found || dist < bestDist {
			best, bestDist, found = x, dist, true
		}
	}
	if !found {
		return 0, false
	}
	p.res = span{d0: best, d1: best + 1, grain: Day, kind: Holiday}
	return j, true
}

// ---- ranges ----

// rangeRule: من 5 إلى 7 أكتوبر، بين 5 و7 أكتوبر، بين عامي 2010 و2015، من
// أكتوبر إلى ديسمبر.
func (p *parser) rangeRule(i int) (int, bool) {
	j := i + 1
	isBayn := p.toks[i].e.c == cBayn
	if end, ok := p.yearRange(j, isBayn); ok { // من عام 2001 إلى 2011
		return end, true
	}
	if end, ok := p.hijriYearRange(j, isBayn); ok { // years.go: من 628 إلى 858هـ
		return end, true
	}
	if end, ok := p.untilNowRange(j, isBayn); ok { // من عام 2011 حتى اليوم
		return end, true
	}
	if end, ok := p.dayStartRange(j, isBayn); ok { // من الاثنين 5 إلى الجمعة 9 أكتوبر، بين الخامس والعاشر من مارس
		return end, true
	}
	// بين عامي 2010 و2015
	if isBayn && p.word(j, cUnit) && p.toks[j].e.v == uYear && p.toks[j].e.count == 2 && p.num(j+1) {
		a := p.toks[j+1].val
		k := j + 2
		if p.word(k, cWa) {
			k++
		} else if p.punct(k, '-') {
			k++
		}
		if p.num(k) && a >= 1000 && a <= 2999 && p.toks[k].val > a && p.toks[k].val <= 2999 {
			p.res = span{d0: daysFromCivil(int(a), 1, 1), d1: daysFromCivil(int(p.toks[k].val)+1, 1, 1), grain: Year, kind: Range}
			return p.eraMark(k + 1), true
		}
		if sp, end, ok := p.got(p.numericDate(j + 1)); ok && sp.kind == Range {
			p.res = sp
			return end, true
		}
		return 0, false
	}
	// a day number, then the end date carrying the month
	if p.num(j) && p.toks[j].ndig <= 2 && p.toks[j].val >= 1 && p.toks[j].val <= 31 {
		if k, ok := p.connectorEnd(j+1, isBayn); ok {
			if y, end, ok := p.got(p.core(k)); ok && y.grain == Day && y.kind == Date {
				d1 := int(p.toks[j].val)
				yy, mm, dd := civilFromDays(y.d0)
				if d1 < dd && validDate(yy, mm, d1) {
					p.res = span{d0: daysFromCivil(yy, mm, d1), d1: y.d0 + 1, grain: Day, kind: Range}
					return end, true
				}
			}
		}
	}
	// من الساعة العاشرة صباحاً إلى الخامسة مساءً; من العاشرة حتى الثانية عشرة ظهراً
	if bare := p.bareHour(j) || p.clockStart(j); bare || p.word(j, cUnit) && p.toks[j].e.v == uHour && p.def(j) {
		x, xe, ok := p.got(p.timeAt(j, bare))
		if k, ok2 := p.nextEnd(xe, isBayn); ok && ok2 {
			if y, ye, ok := p.got(p.timeAt(k, !p.word(k, cUnit))); ok && (!bare || p.hasPart(j, ye)) {
				if x.zone == nil && y.zone != nil { // بين 16:55 و20:00 بتوقيت غرينتش
					w := x.from
					x.from = time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, y.zone).In(p.cfg.loc)
				}
				x = rangeDay(x, y) // من السادسة صباحاً إلى الثالثة بعد الزوال من يوم الاثنين
				y = endOnStartDay(x, y)
				to := y.to
				for !to.After(x.from) { // إلى الثانية فجراً: the next day
					to = to.AddDate(0, 0, 1)
				}
				p.res = span{exact: true, from: x.from, to: to, grain: x.grain, kind: Range}
				return ye, true
			}
		}
		if !bare {
			return 0, false
		}
	}
	x, xe, ok := p.got(p.core(j))
	if !ok || x.exact {
		return 0, false
	}
	k, ok := p.nextEnd(xe, isBayn)
	if !ok {
		return 0, false
	}
	y, ye, ok := p.got(p.core(k))
	if !ok {
		return 0, false
	}
	sp, ok := p.joinRange(x, y, j, xe, k, ye)
	p.res = sp
	return ye, ok
}

func (p *parser) connector(k int, isBayn bool) bool {
	if isBayn {
		return p.word(k, cWa) || p.punct(k, '-')
	}
	return p.word(k, cIla) || p.word(k, cHatta) || p.punct(k, '-') || p.word(k, cLam) && p.num(k+1) // من 3 ل 5 مارس (colloquial)
}

// ---- time zones ----

const (
	zoneGMT = iota + 1
	zoneJerusalem
	zoneBeirut
	zoneDamascus
	zoneCairo
	zoneArabia
	zoneGulf
	zoneAmman
	zoneCET
	zoneMorocco
	zoneParis
	zoneLondon
	zoneMoscow
	zoneIstanbul
	zoneTehran
	zoneUSEast
	zoneKhartoum
	zoneTripoli
)

var zoneInfo = [...]struct {
	name   string
	offset int // standard offset in hours, used when tzdata is missing
}{
	zoneGMT:       {"UTC", 0},
	zoneJerusalem: {"Asia/Jerusalem", 2},
	zoneBeirut:    {"Asia/Beirut", 2},
	zoneDamascus:  {"Asia/Damascus", 3},
	zoneCairo:     {"Africa/Cairo", 2},
	zoneArabia:    {"Asia/Riyadh", 3},
	zoneGulf:      {"Asia/Dubai", 4},
	zoneAmman:     {"Asia/Amman", 3},
	zoneCET:       {"Africa/Tunis", 1},
	zoneMorocco:   {"Africa/Casablanca", 1},
	zoneParis:     {"Europe/Paris", 1},
	zoneLondon:    {"Europe/London", 0},
	zoneMoscow:    {"Europe/Moscow", 3},
	zoneIstanbul:  {"Europe/Istanbul", 3},
	zoneTehran:    {"Asia/Tehran", 3},
	zoneUSEast:    {"America/New_York", -5},
	zoneKhartoum:  {"Africa/Khartoum", 2},
	zoneTripoli:   {"Africa/Tripoli", 2},
}

var zoneLocs = sync.OnceValue(func() []*time.Location {
	out := make([]*time.Location, len(zoneInfo))
	for i, z := range zoneInfo {
		if z.name == "" {
			continue
		}
		loc, err := time.LoadLocation(z.name)
		if err != nil {
			loc = time.FixedZone(z.name, z.offset*3600)
		}
		out[i] = loc
	}
	return out
})

// zoneLoc returns the location of a zone named after بتوقيت; the IANA zone
// when the system has tzdata, else its standard offset.
func zoneLoc(z int) *time.Location {
	locs := zoneLocs()
	if z > 0 && z < len(locs) && locs[z] != nil {
		return locs[z]
	}
	return time.UTC
}
