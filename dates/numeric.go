package dates

// ---- numeric dates with a calendar mark or loose spacing ----
//
// 17/8/1440هـ، 3 / 11 / 1438 هـ، 1441/2/9 هـ، 21 / 3 / 2019م، (05 /01
// /2016م)، 12-07-1436 هـ. The calendar is the mark's (هـ، هجري، للهجرة:
// Umm al-Qura; م، ميلادي: Gregorian); without a mark a year between 1300
// and 1600 is a Hijri year, as no news dates a day of the Gregorian 15th
// century in digits: a Hijri number never becomes a Gregorian year.

// calendarNumeric reads a three-part numeric date at i, glued or with
// spaces around its separators. seen says a three-part form stands there
// (valid or not), so that numericDate does not read it another way.
func (p *parser) calendarNumeric(i int) (sp span, end int, ok, seen bool) {
	if !p.num(i) {
		return
	}
	k := i + 1
	if !p.punct(k, '/', '-', '.') {
		return
	}
	sep := rune(p.toks[k].val)
	loose := !p.glued(k) || !p.glued(k+1)
	if p.num(k+1) && !p.punct(k+2, sep) && sep != '.' {
		return p.hijriYearPair(i)
	}
	if !p.num(k+1) || !p.punct(k+2, sep) || !p.num(k+3) {
		return
	}
	loose = loose || !p.glued(k+2) || !p.glued(k+3)
	a, b, c := &p.toks[i], &p.toks[k+1], &p.toks[k+3]
	var y, m, d int
	switch {
	case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2:
		y, m, d = int(a.val), int(b.val), int(c.val)
	case c.ndig == 4 && a.ndig <= 2 && b.ndig <= 2:
		y, m, d = int(c.val), int(b.val), int(a.val)
	default:
		return
	}
	end = k + 4
	hEnd, hij := p.hijriMark(end)
	gEnd := p.eraMark(end)
	greg := gEnd > end
	if loose && sep != '/' && !hij && !greg {
		return // 3 - 1 - 2020 is more often a score or a list than a date
	}
	seen = true
	if hij || (!greg && y >= 1300 && y < 1600) {
		start, n, okh := hijriMonthStart(y, m)
		if !okh || d < 1 || d > n {
			return span{}, 0, false, true
		}
		x := start + d - 1
		return span{d0: x, d1: x + 1, grain: Day, kind: HijriDate, hijri: Hijri{y, m, d}}, hEnd, true, true
	}
	if !validDate(y, m, d) {
		return span{}, 0, false, true
	}
	x := daysFromCivil(y, m, d)
	return span{d0: x, d1: x + 1, grain: Day, kind: Date}, gEnd, true, true
}

// dateClock extends a written date (9 مارس 2018، 12-07-1436 هـ) with the
// time written after it (9 مارس 2018 - 7:45 مساءً، 12-07-1436 هـ، 09:15
// صباحاً): one expression, the time on that day.
func (p *parser) dateClock(sp span, end int) (span, int) {
	if sp.exact || sp.grain != Day || sp.d1 != sp.d0+1 || (sp.kind != Date && sp.kind != HijriDate) {
		return sp, end
	}
	k := end
	if p.punct(k, ',', '،', '-', '–', '|') {
		k++
	}
	if p.word(k, cFi) && p.word(k+1, cUnit) && p.toks[k+1].e.v == uHour {
		k++
	}
	if !(p.word(k, cUnit) && p.toks[k].e.v == uHour && p.toks[k].e.count == 1 && p.def(k)) && !(p.num(k) && p.punct(k+1, ':')) {
		return sp, end
	}
	last, lastEnd, lastPart := p.lastDay, p.lastDayEnd, p.lastPart
	p.lastDay, p.lastDayEnd, p.lastPart = sp.d0, k, 0
	t, tEnd, ok := p.got(p.clockAt(k, false, false))
	if !ok || t.grain > Hour {
		p.lastDay, p.lastDayEnd, p.lastPart = last, lastEnd, lastPart
		return sp, end
	}
	p.lastDay, p.lastDayEnd, p.lastPart = sp.d0, tEnd, 0
	t.hijri = sp.hijri
	if t.warn == "" {
		t.warn = sp.warn
	}
	return t, tEnd
}

// hijriYearPair reads two years of the Hijri range joined by / or -
// (1439/1440هـ، 1440-1441 هـ): the Hijri years they span with a mark, and
// nothing without one (1360-1365 دولاراً is a price, not the 14th century).
func (p *parser) hijriYearPair(i int) (sp span, end int, ok, seen bool) {
	a, b := &p.toks[i], &p.toks[i+2]
	if a.ndig != 4 || b.ndig != 4 || a.val < 1300 || a.val >= 1600 || b.val <= a.val || b.val-a.val > 100 {
		return
	}
	if !p.glued(i+1) || !p.glued(i+2) {
		if _, hij := p.hijriMark(i + 3); !hij {
			return
		}
	}
	seen = true
	e, hij := p.hijriMark(i + 3)
	if !hij {
		return span{}, 0, false, true
	}
	s0, _, ok0 := hijriMonthStart(int(a.val), 1)
	s1, _, ok1 := hijriMonthStart(int(b.val)+1, 1)
	if !ok0 || !ok1 {
		return span{}, 0, false, true
	}
	return span{d0: s0, d1: s1, grain: Year, kind: Range, hijri: Hijri{Year: int(a.val)}}, e, true, true
}
