package dates

import (
	"strings"
	"time"
)

// Holidays of family 7 of issue 12: a holiday with its year (عيد الأضحى
// 2021، رمضان 2022، عيد الفطر 1440 هـ), Easter in the Western and the
// Eastern reckoning, and the feasts that move with it.

// The Christian feasts (the value of a cFeast word).
const (
	feastEaster     = iota + 1 // الفصح، عيد القيامة
	feastPalm                  // أحد الشعانين، أحد السعف
	feastMaundy                // خميس الأسرار
	feastGoodFriday            // الجمعة العظيمة، الجمعة الحزينة
	feastHolySat               // سبت النور
	feastAshWed                // أربعاء الرماد
	feastAscension             // عيد الصعود
	feastPentecost             // عيد العنصرة، أحد العنصرة
	feastShamm                 // شم النسيم: the Monday after Eastern Easter
	feastEpiphany              // عيد الغطاس: 6 January, 19 January in the East
)

// feastOffset is each movable feast's distance in days from Easter Sunday.
var feastOffset = [...]int{
	feastEaster: 0, feastPalm: -7, feastMaundy: -3, feastGoodFriday: -2, feastHolySat: -1,
	feastAshWed: -46, feastAscension: 39, feastPentecost: 49, feastShamm: 1,
}

// feastHead is the word a feast name needs before it: عيد (cEid), a
// weekday (its number), or nothing (-1) for words that stand alone.
var feastHead = [...]int8{
	feastEaster: -1, feastPalm: 0, feastMaundy: 4, feastGoodFriday: 5, feastHolySat: 6,
	feastAshWed: 3, feastAscension: -2, feastPentecost: 0, feastShamm: -1, feastEpiphany: -2,
}

// holidayLexicon lists the feast words and the words that say which
// reckoning a feast follows.
var holidayLexicon = []lexEntry{
	{"فصح", entry{c: cFeast, v: feastEaster}},
	{"قيامة", entry{c: cFeast, v: feastEaster, amb: true}}, // only after عيد: كنيسة القيامة، يوم القيامة
	{"شعانين سعف", entry{c: cFeast, v: feastPalm}},
	{"أسرار", entry{c: cFeast, v: feastMaundy}},
	{"عظيمة حزينة", entry{c: cFeast, v: feastGoodFriday}},
	{"نور", entry{c: cFeast, v: feastHolySat}}, // سبت النور: the Orthodox Holy Fire, Eastern
	{"رماد", entry{c: cFeast, v: feastAshWed}},
	{"صعود", entry{c: cFeast, v: feastAscension}},
	{"عنصرة", entry{c: cFeast, v: feastPentecost}},
	{"نسيم", entry{c: cFeast, v: feastShamm}},
	{"غطاس", entry{c: cFeast, v: feastEpiphany}},
	{"شرقي شرقية أرثوذكسي أرثوذكسية أرثوذكس يولياني قبطي قبطية أقباط", entry{c: cEast}},
	{"غربي غربية كاثوليكي كاثوليكية غريغوري غريغورية", entry{c: cWest}},
	{"يهودي يهودية", entry{c: cJewish}},

	{"عاشوراء", entry{c: cHFeast, v: hfeastAshura}},
	{"إسراء", entry{c: cHFeast, v: hfeastIsra}},
	{"معراج", entry{c: cHFeast, v: hfeastMiraj}},
	{"قدر", entry{c: cHFeast, v: hfeastQadr}}, // ليلة القدر only

	{"عمال", entry{c: cGFeast, v: gfeastLabour}},
	{"حب", entry{c: cGFeast, v: gfeastLove}},
	{"أم", entry{c: cGFeast, v: gfeastMother}},
	{"شكر", entry{c: cGFeast, v: gfeastThanks}},
	{"عرش", entry{c: cGFeast, v: gfeastThrone}},
	{"كريسماس", entry{c: cGFeast, v: gfeastChristmas}},
	{"نوروز نيروز", entry{c: cGFeast, v: gfeastNowruz}},
	{"هالوين هالويين", entry{c: cGFeast, v: gfeastHalloween}},
	{"فالنتاين فالنتين", entry{c: cGFeast, v: gfeastValentine}},
}

// The Islamic days besides the Eids (the value of a cHFeast word).
const (
	hfeastAshura = iota + 1 // عاشوراء: 10 Muharram
	hfeastIsra              // الإسراء والمعراج: 27 Rajab
	hfeastMiraj
	hfeastQadr // ليلة القدر: the night before 27 Ramadan
)

// The fixed Gregorian feasts (the value of a cGFeast word); those with a
// month of 0 are computed.
const (
	gfeastLabour    = iota + 1 // عيد العمال: 1 May
	gfeastLove                 // عيد الحب: 14 February
	gfeastMother               // عيد الأم: 21 March in the Arab countries
	gfeastThanks               // عيد الشكر: the fourth Thursday of November
	gfeastThrone               // عيد العرش: 30 July (Morocco)
	gfeastChristmas            // الكريسماس: 25 December
	gfeastNowruz               // النوروز: 21 March
	gfeastHalloween            // الهالوين: 31 October
	gfeastValentine            // الفالنتاين: 14 February
)

// gfeastDay is each fixed feast's month and day, and whether its name
// stands alone (الكريسماس) rather than after عيد.
var gfeastDay = [...]struct {
	m, d  int
	alone bool
}{
	gfeastLabour: {5, 1, false}, gfeastLove: {2, 14, false}, gfeastMother: {3, 21, false},
	gfeastThanks: {11, 0, false}, gfeastThrone: {7, 30, false}, gfeastChristmas: {12, 25, true},
	gfeastNowruz: {3, 21, true}, gfeastHalloween: {10, 31, true}, gfeastValentine: {2, 14, true},
}

// gFeast reads a fixed Gregorian feast: عيد العمال، عيد الأم، عيد الشكر،
// الكريسماس. first is عيد or the feast word, k the feast word.
func (p *parser) gFeast(first, k int) (int, bool) {
	f := int(p.toks[k].e.v)
	if f < gfeastLabour || f > gfeastValentine || !p.def(k) { // جزيرة كريسماس is a place
		return 0, false
	}
	g := gfeastDay[f]
	if first == k && !g.alone {
		return 0, false
	}
	if f == gfeastThanks {
		return p.thanksgiving(k + 1)
	}
	return p.gregHoliday(k+1, g.m, g.d)
}

// thanksgiving resolves the fourth Thursday of November (عيد الشكر) like
// a fixed holiday: in the year written after it, or in the direction of
// المقبل / الماضي, or nearest the anchor.
func (p *parser) thanksgiving(end int) (int, bool) {
	day := func(y int) int {
		d := daysFromCivil(y, 11, 1)
		return d + (int(time.Thursday)-int(weekdayOf(d))+7)%7 + 21
	}
	if y, e2, ok := p.holidayYear(end); ok {
		d := day(y)
		p.res = span{d0: d, d1: d + 1, grain: Day, kind: Holiday}
		return e2, true
	}
	dir, j := p.holidayDir(end)
	best, ok := p.nearestYearly(day, dir)
	if !ok {
		return 0, false
	}
	p.res = span{d0: best, d1: best + 1, grain: Day, kind: Holiday}
	return j, true
}

// hFeast reads عاشوراء (10 Muharram) and الإسراء والمعراج (27 Rajab).
func (p *parser) hFeast(i int) (int, bool) {
	switch p.toks[i].e.v {
	case hfeastAshura:
		return p.hijriHoliday(i, i+1, 1, 10, 1)
	case hfeastQadr:
		// ليلة القدر: read by partRule (the night before the 27th); the
		// word alone is "fate"
		if p.def(i) && i > 0 && p.word(i-1, cPart) && p.toks[i-1].e.v == partNight && !p.def(i-1) {
			return p.hijriHoliday(i, i+1, 9, 27, 1)
		}
	case hfeastIsra:
		if p.def(i) && p.word(i+1, cHFeast) && p.toks[i+1].e.v == hfeastMiraj && p.toks[i+1].flags&fConj != 0 {
			return p.hijriHoliday(i, i+2, 7, 27, 1)
		}
	}
	return 0, false
}

// easter returns the day number of Easter Sunday of year y: by the
// Gregorian computus (the anonymous algorithm of 1876), or, for the
// Eastern churches, by the Julian computus carried over to the Gregorian
// calendar.
func easter(y int, east bool) int {
	if east {
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		m := (d + e + 114) / 31
		day := (d+e+114)%31 + 1
		// Julian to Gregorian: the gap of the century years
		return daysFromCivil(y, m, day) + y/100 - y/400 - 2
	}
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return daysFromCivil(y, month, day)
}

// feast reads a Christian feast: first is the phrase's first token (عيد,
// a weekday, or the feast word itself), k the feast word. The reckoning
// is the Western one unless a word of the Eastern churches follows in the
// clause (الفصح الأرثوذكسي، عيد الفصح لدى الطوائف الشرقية); شم النسيم is
// always Eastern. الفصح اليهودي (Passover) is no Easter.
func (p *parser) feast(first, k int) (int, bool) {
	f := int(p.toks[k].e.v)
	if f < feastEaster || f > feastEpiphany || !p.def(k) {
		return 0, false
	}
	head := p.toks[first]
	if p.headBefore(first, headAccord) { // اتفاق الجمعة العظيمة: a name, no day
		if p.top == first {
			p.res = span{}
			return k + 1, true // consumed without a date
		}
		return 0, false
	}
	off := 0
	pre := 0
	switch {
	case first == k:
		if feastHead[f] != -1 || p.toks[k].e.amb {
			return 0, false
		}
		if f == feastShamm {
			pre = p.shammBefore(k)
			if pre == 0 {
				return 0, false
			}
		} else if p.prevWordIs(k, "يوم", "عيد") {
			return 0, false // read from that word
		}
	case head.e.c == cEid:
		if f != feastEaster && feastHead[f] != -2 && f != feastPalm && f != feastPentecost {
			return 0, false
		}
	case head.e.c == cWeekday:
		wd := int(head.e.v)
		switch {
		case f == feastEaster: // أحد الفصح، اثنين الفصح، سبت الفصح
			off = (wd+3)%7 - 3
		case int(feastHead[f]) != wd:
			return 0, false
		}
		// الجمعة العظيمة has the article on the weekday; أحد الشعانين not
		if (f == feastGoodFriday) != (head.flags&fDef != 0) {
			return 0, false
		}
	default:
		return 0, false
	}
	east := f == feastShamm || f == feastHolySat
	end := k + 1
	for p.word(end, cEpithet) {
		end++
	}
	if p.eastWord(end) && p.def(end) || p.word(end, cWest) && p.def(end) {
		end++
	}
	for m := k + 1; m < len(p.toks) && m < k+8 && p.toks[m].kind != tPunct; m++ {
		switch {
		case p.word(m, cJewish):
			return 0, false
		case p.eastWord(m):
			east = true
		}
	}
	dayOfYear := func(y int) int {
		if f == feastEpiphany {
			if east {
				return daysFromCivil(y, 1, 19)
			}
			return daysFromCivil(y, 1, 6)
		}
		return easter(y, east) + feastOffset[f] + off
	}
	if y, e2, ok := p.holidayYear(end); ok && y >= 1583 {
		d := dayOfYear(y)
		p.res = span{d0: d, d1: d + 1, grain: Day, kind: Holiday, pre: int32(pre)}
		return e2, true
	}
	dir, j := p.holidayDir(end)
	best, ok := p.nearestYearly(dayOfYear, dir)
	if !ok {
		return 0, false
	}
	p.res = span{d0: best, d1: best + 1, grain: Day, kind: Holiday, pre: int32(pre)}
	return j, true
}

// shammBefore returns how many bytes before token k the word شم of شم
// النسيم starts, or 0 when it is not there.
func (p *parser) shammBefore(k int) int {
	s, e, ok := p.prevWord(p.toks[k].start)
	if !ok || (p.text[s:e] != "شم" && p.text[s:e] != "وشم" && p.text[s:e] != "بشم") {
		return 0
	}
	if p.text[s:e] != "شم" {
		s += 2
	}
	return p.toks[k].start - s
}

// holidayYear reads a Gregorian year after a holiday's name (عيد الأضحى
// 2021، رمضان عام 2022، عيد الميلاد لعام 2019), not a Hijri one.
func (p *parser) holidayYear(j int) (int, int, bool) {
	// من عام 2019، من العام الماضي، هذا العام، العام المقبل
	if k := j; p.word(k, cMin) && (p.word(k+1, cUnit) || p.word(k+1, cThis) || p.num(k+1)) || p.word(k, cThis) || p.word(k, cUnit) && p.def(k) && p.word(k+1, cMod) {
		if p.word(k, cMin) {
			k++
		}
		if sp, end, ok := p.got(p.yearExpr(k)); ok && sp.grain == Year && !p.num(k) {
			y, _, _ := civilFromDays(sp.d0)
			return y, end, true
		}
		if p.word(j, cMin) && p.num(j+1) {
			j++ // من 2019: read below
		}
	}
	k := j
	if p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 && !p.def(k) {
		k++
	}
	if !p.num(k) || p.toks[k].ndig != 4 {
		return 0, 0, false
	}
	y := int(p.toks[k].val)
	if y < 1000 || y > 2999 {
		return 0, 0, false
	}
	if _, hij := p.hijriMark(k + 1); hij || (y >= 1300 && y <= 1500 && !p.word(k+1, cMim)) {
		return 0, 0, false // a Hijri year
	}
	return y, p.eraMark(k + 1), true
}

// hijriYearAfter reads a Hijri year after a holiday's name (عيد الفطر
// 1440 هـ، رمضان عام 1441): a number marked هـ, or one of 1300–1500
// without a Gregorian mark.
func (p *parser) hijriYearAfter(j int) (int, int, bool) {
	k := j
	if p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 && !p.def(k) {
		k++
	}
	if !p.num(k) || p.toks[k].ndig < 3 || p.toks[k].ndig > 4 {
		return 0, 0, false
	}
	y := int(p.toks[k].val)
	if e, hij := p.hijriMark(k + 1); hij {
		return y, e, true
	}
	if y >= 1300 && y <= 1500 && !p.word(k+1, cMim) {
		return y, k + 1, true
	}
	return 0, 0, false
}

// hijriWithYear resolves day d (n days long; 0 for the whole month) of
// Hijri month hm in the year written at j: a Gregorian year (the
// occurrence that starts in it) or a Hijri one.
func (p *parser) hijriWithYear(j, hm, d, n int) (int, bool) {
	hy, end, ok := p.hijriYearAfter(j)
	if !ok {
		gy, e2, ok2 := p.holidayYear(j)
		if !ok2 {
			return 0, false
		}
		end = e2
		// the Hijri year runs about 354 days: try the few that can start
		// the day in gy
		lo, hi := daysFromCivil(gy, 1, 1), daysFromCivil(gy+1, 1, 1)
		approx := (gy-622)*33/32 + 1
		found := false
		for y := approx - 2; y <= approx+2 && !found; y++ {
			if s, _, ok := hijriMonthStart(y, hm); ok && s+d-1 >= lo && s+max(d, 1)-1 < hi {
				hy, found = y, true
			}
		}
		if !found {
			return 0, false
		}
	}
	start, ln, ok := hijriMonthStart(hy, hm)
	if !ok || d > ln {
		return 0, false
	}
	if n == 0 {
		p.res = span{d0: start, d1: start + ln, grain: Month, kind: Holiday, hijri: Hijri{hy, hm, 0}}
		return end, true
	}
	s := start + d - 1
	p.res = span{d0: s, d1: s + n, grain: Day, kind: Holiday, hijri: Hijri{hy, hm, d}}
	return end, true
}

// eastAfter reports whether a word of the Eastern churches follows token
// k in its clause (عيد الميلاد المجيد لدى الطوائف الشرقية، الأرثوذكسي).
func (p *parser) eastAfter(k int) bool {
	for m := k; m < len(p.toks) && m < k+8 && p.toks[m].kind != tPunct; m++ {
		if p.eastWord(m) {
			return true
		}
	}
	return false
}

// eastWord reports whether token m names the Eastern churches or their
// reckoning (الأرثوذكسي، الشرقي). الشرقي is also a clock zone's word (US
// Eastern time), so that reading counts too.
func (p *parser) eastWord(m int) bool {
	if p.word(m, cEast) {
		return true
	}
	return p.word(m, cZone) && strings.Contains(p.text[p.toks[m].start:p.toks[m].end], "شرقي")
}

// eve reports whether the part-of-day word at i is عشية (the eve: عشية
// عيد الميلاد is 24 December's evening), not مساء.
func (p *parser) eve(i int) bool {
	w := p.text[p.toks[i].start:p.toks[i].end]
	return strings.Contains(w, "عشي")
}

// eidNear is how far (in days) from the anchor a bare العيد is read as the
// nearest Eid; further away it is no date.
const eidNear = 20

// bareEid: العيد alone (صلاة العيد، عطلة العيد، خلال العيد) is the Eid
// al-Fitr or al-Adha nearest the anchor when one lies within eidNear days;
// العيد الكبير is al-Adha and العيد الصغير al-Fitr (Maghreb). Another word
// with the article after it (العيد الوطني) makes it another feast: no date.
func (p *parser) bareEid(i int) (int, bool) {
	end := i + 1
	fitr, adha := true, true
	if p.nextFoldedIs(p.toks[i].end, "رقم") { // العيد رقم 12 لمهرجان: an edition
		return 0, false
	}
	if s, e, comma, stop := p.nextWord(p.toks[i].end); !stop && !comma && strings.HasPrefix(p.text[s:e], "ال") {
		var buf [64]byte
		switch string(foldWord(&buf, p.text[s:e])) {
		case "الكبير":
			fitr = false
		case "الصغير":
			adha = false
		default:
			return 0, false
		}
		end++
		if end > len(p.toks) || p.toks[end-1].start != s {
			return 0, false
		}
		if fitr { // named: the one nearest the anchor, however far
			return p.hijriHoliday(i, end, 10, 1, 3)
		}
		return p.hijriHoliday(i, end, 12, 10, 4)
	}
	var best span
	found := false
	for _, h := range [...]struct {
		ok       bool
		hm, d, n int
	}{{fitr, 10, 1, 3}, {adha, 12, 10, 4}} {
		if !h.ok {
			continue
		}
		sp, ok := p.nearestHijri(h.hm, h.d, h.n, 0)
		if !ok || sp.d0-p.aday > eidNear || p.aday-sp.d1 >= eidNear {
			continue
		}
		if !found || abs(sp.d0-p.aday) < abs(best.d0-p.aday) {
			best, found = sp, true
		}
	}
	if !found {
		return 0, false
	}
	best.kind, best.grain = Holiday, Day
	p.res = best
	return end, true
}

// nearestYearly returns the day of a yearly feast (day gives it for a
// year) nearest the anchor's among last year's, this year's and next
// year's: on or before the anchor when dir < 0, after it when dir > 0.
func (p *parser) nearestYearly(day func(y int) int, dir int) (int, bool) {
	ay, _, _ := civilFromDays(p.aday)
	best, found := 0, false
	for y := ay - 1; y <= ay+1; y++ {
		d := day(y)
		if dir < 0 && d > p.aday || dir > 0 && d <= p.aday {
			continue
		}
		if !found || abs(d-p.aday) < abs(best-p.aday) {
			best, found = d, true
		}
	}
	return best, found
}
