package dates

// Runs of days written as a pair: two ordinal days joined by و before a
// month (الثالث والرابع من أبريل المقبل) follow the rule of two day numbers
// (19 و20 سبتمبر): when they follow each other they are one Range of two
// days; otherwise the second is read alone. Two weekdays that follow each
// other (السبت والأحد) are a run in dayPair (ranges.go), with or without
// يومي before them.

// ordinalDays reads an ordinal day at i, or a run of two when a following
// ordinal is joined to it by و.
func (p *parser) ordinalDays(i int) (span, int, bool) {
	if sp, end, ok := p.ordinalDayRun(i); ok {
		return sp, end, true
	}
	return p.ordinalDay(i)
}

// ordinalDayRun reads الثالث والرابع من أبريل, الحادي عشر والثاني عشر من
// مايو 2018: the first day of a run of two whose second day, read as an
// ordinal day with its month, is a Gregorian day.
func (p *parser) ordinalDayRun(i int) (span, int, bool) {
	n1, j, ok := p.ordinal(i)
	if !ok || j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].flags&fConj == 0 {
		return span{}, 0, false
	}
	n2, _, ok := p.ordinal(j)
	if !ok || n2 != n1+1 {
		return span{}, 0, false
	}
	if _, _, _, named := p.namedDate(i); named { // مدينة السادس من أكتوبر
		return span{}, 0, false
	}
	y, end, ok := p.ordinalDay(j)
	if !ok || y.exact || y.kind != Date || y.grain != Day || y.d1 != y.d0+1 {
		return span{}, 0, false
	}
	if _, _, d := civilFromDays(y.d0); d != n2 {
		return span{}, 0, false
	}
	return span{d0: y.d0 - 1, d1: y.d1, grain: Day, kind: Range, warn: y.warn}, end, true
}
