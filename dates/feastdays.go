package dates

// Days of a feast or a month named by their place in it: أول أيام عيد
// الفطر، ثاني أيام العيد، ثالث أيام عيد الأضحى، أول أيام رمضان (the n-th
// day of the holiday, one day), and غرة شوال، غرة شهر رمضان 1439 (the first
// day of a Hijri month: غرة is its new moon).

// feastNthDay reads an ordinal without the article, أيام, then a holiday
// or Ramadan: the n-th day of it. i is the ordinal token.
func (p *parser) feastNthDay(i int) (int, bool) {
	t := &p.toks[i]
	var n int
	switch {
	case t.kind == tWord && t.e.c == cAwwal && !p.def(i):
		n = 1
	case t.kind == tWord && t.e.c == cOrd && !p.def(i):
		n = int(t.e.v)
	default:
		return 0, false
	}
	j := i + 1
	if n < 1 || n > 30 || !p.word(j, cUnit) || p.toks[j].e.v != uDay || p.toks[j].e.count != 0 || p.def(j) {
		return 0, false
	}
	k := j + 1
	var x span
	var end int
	var ok bool
	if p.word(k, cHMonth) && p.toks[k].e.v == 9 {
		x, end, ok = p.got(p.ramadan(k, i))
	} else if k < len(p.toks) && p.toks[k].kind == tWord {
		switch p.toks[k].e.c {
		case cEid, cRas, cMawlid, cFeast, cGFeast, cHFeast:
			x, end, ok = p.got(p.core(k))
		}
	}
	if !ok || x.exact || x.kind != Holiday {
		return 0, false
	}
	d := x.d0 + n - 1
	if d >= x.d1 {
		return 0, false
	}
	p.res = span{d0: d, d1: d + 1, grain: Day, kind: Holiday, hijri: x.hijri}
	return end, true
}

// ghurra reads غرة before a Hijri month (at token i, or at شهر before it
// when i is شهر): the first day of that month. The span takes غرة in.
func (p *parser) ghurra(i int) (int, bool) {
	k := i
	if p.word(k, cUnit) && p.toks[k].e.v == uMonth && p.toks[k].e.count == 1 && !p.def(k) {
		k++
	}
	if _, _, ok := p.hijriMonth(k); !ok {
		return 0, false
	}
	s, e, ok := p.prevWord(p.toks[i].start)
	if !ok {
		return 0, false
	}
	var buf [64]byte
	if w := string(foldWord(&buf, p.text[s:e])); w != "غره" && w != "وغره" && w != "فغره" && w != "بغره" {
		return 0, false
	}
	var x span
	var end int
	if p.word(k, cHMonth) && p.toks[k].e.v == 9 && !p.num(k+1) {
		x, end, ok = p.got(p.ramadan(k, i-1))
	} else if x, end, ok = p.got(p.hijriMonthYear(k, i)); !ok {
		hm, e2, _ := p.hijriMonth(k)
		x, ok = p.nearestHijri(hm, 1, 0, 0)
		end = e2
	}
	if !ok || x.grain != Month {
		return 0, false
	}
	if w := p.text[s:e]; len(w) > 2 && (w[:2] == "و" || w[:2] == "ف" || w[:2] == "ب") {
		s += 2 // وغرة: the conjunction stays out (span.go)
	}
	p.res = span{d0: x.d0, d1: x.d0 + 1, grain: Day, kind: HijriDate, hijri: Hijri{Year: x.hijri.Year, Month: x.hijri.Month, Day: 1}, pre: int32(p.toks[i].start - s)}
	return end, true
}
