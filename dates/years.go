package dates

import "strings"

// Years beyond the four-digit modern ones, and lists of years.
//
// A year of three digits is read only with its era written: عام 622 م،
// العام 325 ميلادية، سنة 711 للميلاد (عام / سنة before it, or ميلادي /
// للميلاد after a bare number: 100 م alone is a hundred metres), and a
// Hijri one with هـ / هجري / للهجرة (عام 132 هـ). Hijri years before the
// Umm al-Qura table (1356 AH) follow the tabular (arithmetic) calendar,
// whose days can differ by one or two from the months as sighted; the
// Expression's Hijri field still names the year. A year قبل الميلاد is
// not read (no expression: a wrong era is worse than none).
//
// A year followed by the years after it joined with و (في 2014 و2015
// و2016، عامي 2017 و2018) is one Range over them, as a run of days is;
// a year after و that does not follow on (عامي 2010 و2016، أعوام 2004
// و2005 و2012) is read as a year of its own.

// eraAfter reports whether token j says "of our era": م (mim only when
// mimOK), ميلادي / ميلادية / الميلادي, للميلاد / بعد الميلاد.
func (p *parser) eraAfter(j int, mimOK bool) (int, bool) {
	switch {
	case mimOK && p.word(j, cMim):
		return j + 1, true
	case p.word(j, cMiladi):
		return j + 1, true
	case p.word(j, cMilad) && p.def(j) && p.toks[j].flags&fPrep != 0: // للميلاد
		return j + 1, true
	case p.word(j, cBaad) && p.word(j+1, cMilad) && p.def(j+1): // بعد الميلاد
		return j + 2, true
	}
	return j, false
}

// oldYear reads the three-digit year at token j with its era after it:
// [y-01-01, y+1-01-01).
func (p *parser) oldYear(j int, mimOK bool) (int, bool) {
	if !p.num(j) || p.toks[j].ndig != 3 || p.toks[j].val < 100 {
		return 0, false
	}
	end, ok := p.eraAfter(j+1, mimOK)
	if !ok {
		return 0, false
	}
	y := int(p.toks[j].val)
	p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
	return end, true
}

// tabularHijriYearStart returns the day number of 1 Muharram of Hijri year
// y in the tabular calendar (the civil epoch, 16 July 622 Julian, and
// the leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each
// 30-year cycle).
func tabularHijriYearStart(y int) int {
	const epoch = -492148 // 1 Muharram 1 AH (19 July 622 proleptic Gregorian), days from 1970-01-01
	return epoch + 354*(y-1) + floorDiv(3+11*y, 30)
}

// yearRun extends the Gregorian year sp (tokens i to end) with the years
// after it joined by و that follow it one by one: في 2014 و2015 و2016 is
// [2014, 2017). It reports false when no such year follows.
func (p *parser) yearRun(i, end int, sp *span) (int, bool) {
	if sp.exact || sp.grain != Year || sp.kind != Date {
		return 0, false
	}
	y0, m, d := civilFromDays(sp.d0)
	if m != 1 || d != 1 || sp.d1 != daysFromCivil(y0+1, 1, 1) {
		return 0, false
	}
	last, k := y0, end
	for p.word(k, cWa) && p.num(k+1) && p.toks[k+1].ndig == 4 && int(p.toks[k+1].val) == last+1 && p.toks[k+1].val <= 2999 {
		last, k = last+1, k+2
		k = p.eraMark(k)
	}
	if last == y0 {
		return 0, false
	}
	p.res = span{d0: sp.d0, d1: daysFromCivil(last+1, 1, 1), grain: Year, kind: Range, warn: sp.warn}
	return k, true
}

// listedYear reports whether the four-digit number at token i comes after
// و in a list of years: the number before the و was read as a year
// (عامي 2010 و2016، في 2014 و2017).
func (p *parser) listedYear(i int) bool {
	if i < 2 || !p.word(i-1, cWa) || !p.num(i-2) || p.toks[i-2].ndig != 4 || len(p.out) == 0 {
		return false
	}
	last := p.out[len(p.out)-1]
	return last.Grain == Year && last.End == p.base+p.toks[i-2].end
}

// hijriYearStart returns the first day of Hijri year y: the Umm al-Qura
// table's, or the tabular calendar's before it.
func hijriYearStart(y int) (int, bool) {
	if y >= 1 && y < umalquraFirstYear {
		return tabularHijriYearStart(y), true
	}
	if y == umalquraLastYear+1 {
		return int(umalquraStart[len(umalquraStart)-1]), true
	}
	start, _, ok := hijriMonthStart(y, 1)
	return start, ok
}

// hijriYearRange reads من / بين [عام] 628 إلى / و / حتى [عام] 858 هـ at j
// (the token after من or بين): two Hijri years with the mark after the
// second only, both whole.
func (p *parser) hijriYearRange(j int, isBayn bool) (int, bool) {
	if p.word(j, cUnit) && p.toks[j].e.v == uYear && p.toks[j].e.count != 0 {
		j++
	}
	if !p.num(j) || p.toks[j].ndig < 3 || p.toks[j].ndig > 4 {
		return 0, false
	}
	k, ok := p.connectorEnd(j+1, isBayn)
	if !ok {
		return 0, false
	}
	if p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 {
		k++
	}
	if !p.num(k) || p.toks[k].ndig < 3 || p.toks[k].ndig > 4 {
		return 0, false
	}
	end, hij := p.hijriMark(k + 1)
	a, b := int(p.toks[j].val), int(p.toks[k].val)
	if !hij || b <= a || b-a > 1000 {
		return 0, false
	}
	d0, ok0 := hijriYearStart(a)
	d1, ok1 := hijriYearStart(b + 1)
	if !ok0 || !ok1 {
		return 0, false
	}
	p.res = span{d0: d0, d1: d1, grain: Year, kind: Range}
	return end, true
}

// centuryNamed reads a century named by its number at token j (القرن
// التاسع عشر، القرن الحادي والعشرين، القرن الـ19، القرن 20), so that an edge
// before it (بداية، منتصف، أواخر) cuts that century, not the anchor's.
// bc reports a century قبل الميلاد, which is not read.
func (p *parser) centuryNamed(j int) (sp span, end int, named, bc bool) {
	if !p.word(j, cUnit) || p.toks[j].e.v != uCentury || p.toks[j].e.count != 1 || !p.def(j) {
		return span{}, 0, false, false
	}
	if n, e, ok := p.ordinal(j + 1); ok && n >= 1 && n <= 30 {
		e2, ok := p.centuryEra(e)
		if !ok {
			return span{}, 0, true, true
		}
		s := (n - 1) * 100
		return span{d0: daysFromCivil(s, 1, 1), d1: daysFromCivil(s+100, 1, 1), grain: Century, kind: Period}, e2, true, false
	}
	if sp, e, ok := p.got(p.centuryDigits(j)); ok {
		return sp, e, true, false
	}
	return span{}, 0, false, false
}

// sameMonth reads الشهر ذاته / الشهر نفسه / نفس الشهر at token j (after a
// day and من: 26 من الشهر ذاته). same reports the phrase; m0 is the first
// day of the month of the date read just before it in the same paragraph
// (يوم 18 نوفمبر … إلى 26 من الشهر ذاته), or -1 when there is none or the
// phrase stands inside a longer one still being read (a range's end,
// whose start is not yet out).
func (p *parser) sameMonth(j int) (m0, end int, same bool) {
	var buf [64]byte
	fold := func(k int) string {
		if k < 0 || k >= len(p.toks) || p.toks[k].kind != tWord {
			return ""
		}
		return string(foldWord(&buf, p.text[p.toks[k].start:p.toks[k].end]))
	}
	// the word after token k is token k+1 itself, one word long
	alone := func(k int) bool {
		s, e, comma, stop := p.nextWord(p.toks[k-1].end)
		return !stop && !comma && s == p.toks[k].start && e == p.toks[k].end
	}
	month := func(k int) bool {
		return p.word(k, cUnit) && p.toks[k].e.v == uMonth && p.toks[k].e.count == 1 && p.def(k)
	}
	switch {
	case month(j) && j+1 < len(p.toks) && alone(j+1) && (fold(j+1) == "ذاته" || fold(j+1) == "نفسه"):
		end = j + 2
	case fold(j) == "نفس" && month(j+1) && alone(j+1):
		end = j + 2
	default:
		return 0, 0, false
	}
	if len(p.out) == 0 || j-p.top > 4 { // inside a range still being read
		return -1, end, true
	}
	last := p.out[len(p.out)-1]
	if last.Grain != Day && last.Grain != Month || last.End-p.base > p.toks[p.top].start ||
		strings.Contains(p.text[last.End-p.base:p.toks[p.top].start], "\n") {
		return -1, end, true
	}
	y, m, _ := civilFromDays(dayOf(last.From.In(p.cfg.loc)))
	return daysFromCivil(y, m, 1), end, true
}

// monthPrep reports whether token k, right before the month name at token
// m that is also a word (مارس practised, نيسان a car, ماي, جوان), is a
// preposition of time that no verb or name follows: في مارس، منذ مارس،
// حتى نيسان، خلال تموز are the month. The name must stand alone, without
// a clitic (في باب المندب is ب + آب) and as written in full: آب only with
// its madda (اب، أب، إب are a father, a city).
func (p *parser) monthPrep(k, m int) bool {
	if k < 0 || m != k+1 || m >= len(p.toks) || p.toks[k].kind != tWord || p.toks[m].flags != 0 {
		return false
	}
	switch p.text[p.toks[m].start:p.toks[m].end] {
	case "مارس", "نيسان", "تموز", "آب", "ماي", "جوان":
	default:
		return false
	}
	switch p.toks[k].e.c {
	case cFi, cMundh, cHatta, cKhilal:
		s, _, comma, end := p.nextWord(p.toks[k].end)
		return !end && !comma && s == p.toks[m].start
	}
	return false
}

// contractNotDecade reports whether العقد at token i, followed by الحالي /
// الجاري / السابق, is a contract rather than a decade: news writes the
// decade with a word of time before it (خلال العقد الحالي، في العقد
// السابق), a player's contract without one (وينتهي العقد الحالي لرويس،
// 4 أضعاف العقد السابق). العقد الماضي / المقبل are the decade.
func (p *parser) contractNotDecade(i int) bool {
	t := &p.toks[i]
	if t.e.v != uDecade || t.e.count != 1 || t.flags&fDef == 0 || !p.word(i+1, cMod) {
		return false
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[p.toks[i+1].start:p.toks[i+1].end])) {
	case "الحالي", "الجاري", "السابق", "الحالى":
	default:
		return false
	}
	if p.alone(i, i+2) { // a line of its own: the decade
		return false
	}
	if i > 0 && p.toks[i-1].kind == tWord {
		switch p.toks[i-1].e.c {
		case cFi, cKhilal, cMundh, cHatta, cEdge, cMin:
			return false
		}
		if s, e, ok := p.prevWord(p.toks[i].start); ok {
			switch string(foldWord(&buf, p.text[s:e])) {
			case "طوال", "طيله", "مدي", "مدار", "غضون":
				return false
			}
		}
	}
	return true
}

// wordsYearAt reads a year in words right after a month (مارس ألفين وأحد
// عشر، يناير ألف وتسعمائة وخمسين): a cardinal from 1900 to 2100 whose first
// word is ألف / ألفين / ألفان (a month followed by a thousand-word names its
// year).
func (p *parser) wordsYearAt(k int) (int, int, bool) {
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].flags != 0 {
		return 0, 0, false
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[p.toks[k].start:p.toks[k].end])) {
	case "الف", "الفين", "الفان":
	default:
		return 0, 0, false
	}
	n, end, ok := p.cardinalWords(k)
	if !ok || n < 1900 || n > 2100 { // ألف شخص after مارس (practised) is a quantity
		return 0, 0, false
	}
	if _, hij := p.hijriMark(end); hij {
		return 0, 0, false
	}
	return int(n), p.eraMark(end), true
}
