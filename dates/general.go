package dates

import (
	"strings"
	"time"
)

// Short expressions that stand alone or close a phrase: the forms a user
// types into a search box, an agenda line or a chat message, which the
// news rules of parse.go leave out. Two hooks of run() call them:
// partAfter after a one-day expression, general where no rule matched.

// generalLexicon lists the words of this file; lexTable folds them with
// the others.
var generalLexicon = []lexEntry{
	{"حاليا", entry{c: cNow}},                       // currently: the anchor's minute, as الآن
	{"راهن راهنة", entry{c: cMod, v: 0}},            // الراهن: current (العام الراهن، الوقت الراهن)
	{"صبح", entry{c: cPart, v: partMorning}},        // الصبح: colloquial morning
	{"مسا", entry{c: cPart, v: partEvening}},        // المسا: colloquial evening
	{"هالسنة هالعام", entry{c: cHal, v: uYear}},     // Levantine and Gulf "this year"
	{"هالشهر", entry{c: cHal, v: uMonth}},           // this month
	{"هالأسبوع هالاسبوع", entry{c: cHal, v: uWeek}}, // this week
	{"ده دي دى هاي هادي هذي هاد", entry{c: cDem}},   // colloquial this, after its noun (السنة دي)
	{"نص", entry{c: cNisf}},
	{"ظهيرة", entry{c: cPart, v: partNoon}}, // الظهيرة: noon
	// colloquial numbers (Egyptian, Levantine): ت for ث
	{"اتنين إتنين", entry{c: cNum, n: 2}}, // two (الاتنين as Monday is also "you two": يا الاتنين دول)
	{"تلات تلاتة", entry{c: cNum, n: 3}},
	{"تمان تماني تمانية تمنية", entry{c: cNum, n: 8}},
	{"حداشر", entry{c: cNum, n: 11}},
	{"اتناشر", entry{c: cNum, n: 12}}, // colloquial half (الساعة 3 ونص، بعد نص ساعة)
}

// Word classes of this file (numbered apart from lex.go's and relative.go's).
const (
	cHal uint8 = 225 + iota // هالسنة، هالشهر: this year, this month
	cDem                    // ده، دي، هاي: this, after its noun
)

// partAfter extends a one-day expression ending before token end with the
// part of the day written right after it as an adverb: غدا صباحا، أمس
// مساء، الخميس ليلا، بكرة الصبح، امبارح بالليل. The part is that day's
// (the night runs to the next morning), and a time after it takes its day
// and half (غدا مساء الساعة 8 is 20:00).
func (p *parser) partAfter(i, end int, sp *span) (int, bool) {
	if sp.kind == Time {
		return p.clockPartAfter(end, *sp)
	}
	if sp.kind == Range {
		return p.hourRangeGuess(i, end, *sp)
	}
	if sp.kind == Weekday && !sp.exact && sp.d1 == sp.d0+1 && (p.word(end, cUnit) && p.toks[end].e.v == uWeek && p.def(end) || p.word(end, cThis) && p.word(end+1, cUnit) && p.toks[end+1].e.v == uWeek) {
		// الاثنين الأسبوع الجاي، الخميس هذا الأسبوع: that day of the week named
		if w, e2, ok := p.got(p.core(end)); ok && w.grain == Week && w.kind == Period {
			d := w.d0 + (int(weekdayOf(sp.d0))-int(weekdayOf(w.d0))+7)%7
			p.res = span{d0: d, d1: d + 1, grain: Day, kind: Weekday}
			return e2, true
		}
	}
	if sp.exact || sp.d1 != sp.d0+1 || sp.grain != Day || !p.word(end, cPart) {
		return 0, false
	}
	switch sp.kind {
	case Relative, Weekday:
	default:
		return 0, false
	}
	t := &p.toks[end]
	part := int(t.e.v)
	switch {
	case t.e.count == 1 && t.flags == 0: // صباحا، ظهرا، ليلا
	case t.flags&fBa != 0 && t.flags&fDef != 0: // بالليل، بالصباح
	case t.flags == 0 && part == partEvening: // مساءً (its tanween is not written apart)
		if k := end + 1; k < len(p.toks) && p.toks[k].kind != tPunct {
			if p.toks[k].kind == tNum { // أمس مساء 5 يونيو: the date's evening
				return 0, false
			}
			switch c := p.toks[k].e.c; {
			case c == cUnit && p.toks[k].e.v == uHour: // غدا مساء الساعة 8
			case c == cWeekday, c == cYesterday, c == cBariha, c == cTomorrow, c == cUnit, c == cMonth:
				return 0, false
			}
		}
	case t.flags == fDef && p.closes(end+1): // بكرة الصبح، اليوم المسا
	default:
		return 0, false
	}
	out := p.partSpan(sp.d0, part, sp.kind)
	out.warn = sp.warn
	p.lastDay, p.lastDayEnd, p.lastPart = sp.d0, end+1, part
	p.res = out
	return end + 1, true
}

// closes reports whether token k ends the phrase: the chunk's end, a
// punctuation mark or a line break before it.
func (p *parser) closes(k int) bool {
	return k >= len(p.toks) || p.toks[k].kind == tPunct || strings.Contains(p.text[p.toks[k-1].end:p.toks[k].start], "\n")
}

// alone reports whether tokens [first, end) stand alone on their line but
// for punctuation after them: a form field, a query, an agenda line.
func (p *parser) alone(first, end int) bool {
	if first > 0 && !strings.Contains(p.text[p.toks[first-1].end:p.toks[first].start], "\n") {
		return false
	}
	for k := end; k < len(p.toks); k++ {
		if strings.Contains(p.text[p.toks[k-1].end:p.toks[k].start], "\n") {
			return true
		}
		if p.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// general reads, at token i where no other rule matched, the short forms
// of this file.
func (p *parser) general(i int) (int, bool) {
	if end, ok := p.shortForms(i); ok { // gaps.go: وصلت من يومين، العام الجديد
		return end, true
	}
	t := &p.toks[i]
	if t.kind != tWord {
		if t.kind == tNum {
			if end, ok := p.loneClock(i); ok {
				return end, true
			}
			return p.loneDayMonth(i)
		}
		return 0, false
	}
	switch t.e.c {
	case cFi: // في الوقت الحالي، في الوقت الراهن: now
		if p.word(i+1, cWaqt) && p.def(i+1) && p.word(i+2, cMod) && p.def(i+2) && p.toks[i+2].e.v == 0 && p.nextFoldedIs(p.toks[i+1].end, "الحالي", "الراهن") {
			p.res = span{exact: true, from: p.anchor, to: p.anchor.Add(time.Minute), grain: Minute, kind: Relative, skip: 1}
			return i + 3, true
		}
		if p.word(i+1, cPart) {
			sp, end, ok := p.got(p.lonePart(i+1, i))
			sp.skip = 1 // في المساء is المساء
			p.res = sp
			return end, ok
		}
	case cAwwal: // أول أكتوبر، أول يناير 2021، الأول يناير: the first day of the month
		return p.firstOfMonth(i)
	case cRabi: // ربيع 2019: spring (ربيع الأول is a Hijri month)
		if t.flags&fDef == 0 && p.num(i+1) && p.toks[i+1].ndig == 4 && p.toks[i+1].val >= 1600 {
			return p.seasonRule(i, i, 3)
		}
	case cHal: // هالسنة، هالشهر، هالأسبوع
		sp, ok := p.periodOf(int(t.e.v), p.aday, 0)
		p.res = sp
		return i + 1, ok
	case cUnit:
		if t.e.v == uHour && t.e.count == 1 && t.flags&fDef != 0 {
			return p.spokenClock(i) // الساعة تسعة ونص
		}
		if t.e.v == uMonth && t.e.count == 1 && t.flags&fDef == 0 && (p.word(i+1, cHMonth) || p.word(i+1, cRabi) || p.word(i+1, cJumada) || p.word(i+1, cDhu)) {
			return p.hijriMonthYear(i+1, i) // شهر رمضان 1442، شهر شوال 1440 هـ
		}
		if t.e.v == uCentury && t.e.count == 1 {
			return p.centuryDigits(i) // القرن الـ19، القرن 21
		}
		if t.flags&fDef != 0 && t.e.count == 1 && t.e.v >= uDay && t.e.v <= uYear && p.demonstrative(i) {
			sp, ok := p.periodOf(int(t.e.v), p.aday, 0) // السنة دي، الأسبوع ده
			if t.e.v == uDay {
				sp.kind = Relative
			}
			p.res = sp
			return i + 2, ok
		}
		if t.flags == 0 && t.e.v == uDay && t.e.count == 1 && p.num(i+1) && p.alone(i, i+2) {
			return p.dayOfAnchorMonth(int(p.toks[i+1].val), p.toks[i+1].ndig, i+2) // يوم 15
		}
	case cBaad, cQabl: // بعد الظهر، قبل الظهر alone
		if p.word(i+1, cPart) && p.toks[i+1].e.v == partNoon && p.def(i+1) && p.alone(i, i+2) {
			h0, h1 := 12, 18
			if t.e.c == cQabl {
				h0, h1 = 6, 12
			}
			m := p.midnight(p.aday)
			p.res = span{exact: true, from: m.Add(time.Duration(h0) * time.Hour), to: m.Add(time.Duration(h1) * time.Hour), grain: PartOfDay, kind: Relative}
			return i + 2, true
		}
	case cThis: // هذا الخميس: the nearest such day, within three days
		if p.word(i+1, cWeekday) && p.def(i+1) && p.toks[i+1].e.n == 0 {
			k := (int(p.toks[i+1].e.v) - int(weekdayOf(p.aday)) + 7) % 7
			if k > 3 {
				k -= 7
			}
			d := p.aday + k
			p.res = span{d0: d, d1: d + 1, grain: Day, kind: Weekday}
			return i + 2, true
		}
	case cOrd: // الخامس عشر مارس: an ordinal day right before its month
		if t.flags&fDef != 0 && !strings.HasSuffix(p.text[t.start:t.end], "ة") {
			if n, j, ok := p.ordinal(i); ok && n >= 1 && n <= 31 {
				if m, end, amb, ok := p.month(j); ok && !amb {
					return p.monthDay(m, n, end)
				}
			}
		}
	case cPart:
		return p.lonePart(i, i)
	case cRub, cNisf:
		return p.quarterYear(i)
	case cHMonth: // رمضان alone on its line: the nearest one
		if t.e.v == 9 && t.flags&^fConj == 0 && p.alone(i, i+1) {
			return p.ramadan(i, -1)
		}
	case cMonth:
		return p.loneMonthDay(i)
	}
	return 0, false
}

// lonePart: a part of the day alone on its line (الصباح، الظهر، في المساء،
// الصبح) is the anchor's.
func (p *parser) lonePart(i, first int) (int, bool) {
	t := &p.toks[i]
	if first == i && p.prevWordIs(i, "عند", "وقت", "خلال", "في", "وفي") { // عند الفجر، وقت الظهر
		first = i - 1
	}
	if t.flags&^fConj != fDef || !p.alone(first, i+1) {
		return 0, false
	}
	p.res = p.partSpan(p.aday, int(t.e.v), Relative)
	return i + 1, true
}

// firstOfMonth: أول + a month [year] is its first day.
func (p *parser) firstOfMonth(i int) (int, bool) {
	j := i + 1
	if p.word(j, cUnit) && p.toks[j].e.v == uMonth && p.toks[j].e.count == 1 && !p.def(j) {
		j++ // أول شهر أكتوبر
	}
	m, end, amb, ok := p.month(j)
	if !ok || amb && j == i+1 && !p.closes(end) && !p.num(end) {
		return 0, false
	}
	return p.monthDay(m, 1, end)
}

// monthDay resolves day d of month m whose phrase ends before token end,
// with the year, direction or nearest-occurrence rules of a written date.
func (p *parser) monthDay(m, d, end int) (int, bool) {
	if y, e2, ok := p.yearAfter(end); ok {
		if !validDate(y, m, d) {
			return 0, false
		}
		x := daysFromCivil(y, m, d)
		p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
		return e2, true
	}
	if e2, ok := p.directedDay(m, d, end); ok {
		return e2, true
	}
	x, ok := p.nearestYearDay(m, d)
	p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
	return end, ok
}

// centuryDigits: القرن الـ19، القرن 21، القرن ال20 — the century in digits,
// [(n-1)00, n00) as القرن العشرين is.
func (p *parser) centuryDigits(i int) (int, bool) {
	if !p.def(i) {
		return 0, false
	}
	j := i + 1
	if p.word(j, cAl) || j < len(p.toks) && p.toks[j].kind == tWord && p.text[p.toks[j].start:p.toks[j].end] == "ال" {
		j++
	}
	if !p.num(j) || p.toks[j].ndig > 2 || p.toks[j].val < 1 || p.toks[j].val > 30 {
		return 0, false
	}
	n := int(p.toks[j].val)
	end, ok := p.centuryEra(j + 1) // القرن 17 ميلادي; القرن 5 قبل الميلاد: not of our era
	if !ok {
		return 0, false
	}
	p.res = span{d0: daysFromCivil((n-1)*100, 1, 1), d1: daysFromCivil(n*100, 1, 1), grain: Century, kind: Period}
	return end, true
}

// dayOfAnchorMonth: يوم 15 alone is day 15 of the anchor's month.
func (p *parser) dayOfAnchorMonth(d int, ndig uint8, end int) (int, bool) {
	y, m, _ := civilFromDays(p.aday)
	if ndig > 2 || !validDate(y, m, d) {
		return 0, false
	}
	x := daysFromCivil(y, m, d)
	p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
	return end, true
}

// loneMonthDay: a month and then a day number alone on its line (مارس 15،
// مارس 15، 2021), the order of an English-style form.
func (p *parser) loneMonthDay(i int) (int, bool) {
	m, end, _, ok := p.month(i)
	if !ok || !p.num(end) || p.toks[end].ndig > 2 || p.toks[end].val < 1 || p.toks[end].val > 31 {
		return 0, false
	}
	d := int(p.toks[end].val)
	k := p.skipComma(end + 1)
	if p.num(k) && p.toks[k].ndig == 4 && p.alone(i, k+1) {
		y := int(p.toks[k].val)
		if !validDate(y, m, d) {
			return 0, false
		}
		x := daysFromCivil(y, m, d)
		p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
		return k + 1, true
	}
	if !p.alone(i, end+1) {
		return 0, false
	}
	return p.monthDay(m, d, end+1)
}

// loneDayMonth: a day and month in digits alone on its line (15/3): the
// occurrence nearest the anchor, as 15 مارس.
func (p *parser) loneDayMonth(i int) (int, bool) {
	t := &p.toks[i]
	if t.ndig > 2 || !p.punct(i+1, '/', '-') || !p.glued(i+1) || !p.num(i+2) || !p.glued(i+2) || !p.alone(i, i+3) {
		return 0, false
	}
	if y := p.toks[i+2]; y.ndig == 4 && y.val >= 1000 && t.val >= 1 && t.val <= 12 { // 03/2021: the month
		yy, m := int(y.val), int(t.val)
		p.res = span{d0: daysFromCivil(yy, m, 1), d1: daysFromCivil(yy, m+1, 1), grain: Month, kind: Date}
		return i + 3, true
	}
	if p.toks[i+2].ndig > 2 {
		return 0, false
	}
	d, m := int(t.val), int(p.toks[i+2].val)
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	x, ok := p.nearestYearDay(m, d)
	p.res = span{d0: x, d1: x + 1, grain: Day, kind: Date}
	return i + 3, ok
}

// demonstrative reports whether the unit at i is followed by a colloquial
// "this" (السنة دي، الأسبوع ده، السنة هاي) or, alone on its line, by هذا /
// هذه. العام is left out: after a noun it is "public" (القطاع العام لدى).
func (p *parser) demonstrative(i int) bool {
	if strings.Contains(p.text[p.toks[i].start:p.toks[i].end], "عام") {
		return false
	}
	return p.word(i+1, cDem) && p.toks[i+1].flags == 0 || p.word(i+1, cThis) && p.alone(i, i+2)
}

// clockPartAfter sets the half of a clock time from the part of the day
// written after it with the article, as speech puts it (الساعة 5 العصر،
// الساعة 8 الصبح، الساعة 10 بالليل): the clock alone guessed it.
func (p *parser) clockPartAfter(end int, sp span) (int, bool) {
	if !sp.exact || sp.grain != Hour && sp.grain != Minute {
		return 0, false
	}
	minutes := false
	if sp.grain == Hour && sp.from.Minute() == 0 { // الساعة 3 و20، الساعة الثالثة وعشرين: minutes without دقيقة
		k, m := end, int64(0)
		switch {
		case p.word(k, cWa) && p.num(k+1) && p.glued(k+1) && p.toks[k+1].ndig <= 2:
			m, k = p.toks[k+1].val, k+2
		case k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].e.c == cNum && p.toks[k].flags == fConj:
			m, k = int64(p.toks[k].e.n), k+1
		}
		if m >= 5 && m <= 59 && (p.closes(k) || p.partAdverb(k)) { // الساعة 3 و20 صباحا: a part may follow
			sp.from = sp.from.Add(time.Duration(m) * time.Minute)
			sp.to, sp.grain = sp.from.Add(time.Minute), Minute
			end, minutes = k, true
		}
	}
	if !p.partAdverb(end) || !minutes && p.toks[end].flags&fDef == 0 {
		p.res = sp
		return end, minutes // صباحا right after a clock is read with it; after و20 here
	}
	// the half (halfday.go), from the hour as written: a guessed
	// afternoon (الساعة 3 الصبح, read 15:00 alone) is undone first
	h := sp.from.Hour()
	part := int(p.toks[end].e.v)
	written := h
	if (part == partDawn || part == partMorning) && h >= 13 && h < 18 {
		written = h - 12
	}
	d := time.Duration(halfOfDay(written, part, false)-h) * time.Hour
	sp.from, sp.to = sp.from.Add(d), sp.to.Add(d)
	p.res = sp
	return end + 1, true
}

// partAdverb reports whether token k is a part of the day said after a
// clock as an adverb (صباحا، الصبح، العصر، بالليل، المسا), not a day of
// its own (الليلة الماضية).
func (p *parser) partAdverb(k int) bool {
	if !p.word(k, cPart) {
		return false
	}
	t := &p.toks[k]
	return (t.e.count == 1 || t.flags&fDef != 0 && (t.flags&fPrep == 0 || t.flags&fBa != 0)) && !p.word(k+1, cMod)
}

// quarterYear: الربع الأول 2020، النصف الثاني 2019 (a quarter or half and
// its year without من) and, alone on its line, الربع الرابع (the anchor's
// year's).
func (p *parser) quarterYear(i int) (int, bool) {
	t := &p.toks[i]
	if t.flags&fDef == 0 {
		return 0, false
	}
	parts, g := 4, Quarter
	if t.e.c == cNisf {
		parts, g = 2, Month
	}
	n, j, ok := p.ordinal(i + 1)
	if !ok || n < 1 || n > parts {
		return 0, false
	}
	var yy int
	switch {
	case p.num(j) && p.toks[j].ndig == 4 && p.toks[j].val >= 1900 && p.toks[j].val <= 2999:
		if p.isDash(j+1) || p.punct(j+1, '/') { // الربع الرابع 2017-2018: of a fiscal year
			return 0, false
		}
		yy, j = int(p.toks[j].val), p.eraMark(j+1)
	case p.alone(i, j):
		yy, _, _ = civilFromDays(p.aday)
	default:
		return 0, false
	}
	months := 12 / parts
	p.res = span{d0: daysFromCivil(yy, (n-1)*months+1, 1), d1: daysFromCivil(yy, n*months+1, 1), grain: g, kind: Period}
	return j, true
}

// loneClock: an hour in digits with ص / م alone on its line (3 م، 10 ص),
// as a clock shows it; in running text م is a metre or the era.
func (p *parser) loneClock(i int) (int, bool) {
	t := &p.toks[i]
	if t.ndig > 2 || t.val < 1 || t.val > 12 || i+1 >= len(p.toks) || p.toks[i+1].kind != tWord || !p.alone(i, i+2) {
		return 0, false
	}
	h := int(t.val)
	switch p.text[p.toks[i+1].start:p.toks[i+1].end] {
	case "م":
		h = halfOfDay(h, partEvening, false)
	case "ص":
		h = halfOfDay(h, partMorning, false)
	default:
		return 0, false
	}
	from := p.midnight(p.aday).Add(time.Duration(h) * time.Hour)
	p.res = span{exact: true, from: from, to: from.Add(time.Hour), grain: Hour, kind: Time}
	return i + 2, true
}

// spokenClock: الساعة + a cardinal hour word, as speech says it (الساعة
// تسعة، الساعة سبعة ونص المسا; the written clock uses the ordinal,
// الساعة التاسعة). A fraction and a part of the day may follow; without a
// part an hour from one to five is in the afternoon, as for the ordinal.
func (p *parser) spokenClock(i int) (int, bool) {
	k := i + 1
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].e.c != cNum && p.toks[k].e.c != cTeen || p.toks[k].flags != 0 {
		return 0, false
	}
	h, j, ok := p.number(k)
	if p.toks[k].e.c == cTeen { // الساعة عشرة (ونص): ten, the teen word alone
		h, j, ok = 10, k+1, true
	}
	if !ok || h < 1 || h > 12 {
		return 0, false
	}
	min := 0
	switch {
	case p.word(j, cNisf) && p.toks[j].flags&fConj != 0: // ونص، ونصف
		min, j = 30, j+1
	case p.word(j, cRub) && p.toks[j].flags&fConj != 0: // وربع
		min, j = 15, j+1
	}
	hh := int(h)
	part := 0
	if p.word(j, cPart) && (p.toks[j].e.count == 1 || p.toks[j].flags&fDef != 0 && p.toks[j].flags&fPrep == 0 || p.toks[j].flags&fBa != 0) {
		part, j = int(p.toks[j].e.v), j+1
	}
	if min == 0 && part == 0 && !p.closes(j) { // الساعة ثلاثة خيارات: a watch and three options
		return 0, false
	}
	if part == 0 && hh <= 5 {
		hh += 12 // hours.go: an hour from one to five alone is in the afternoon
	} else {
		hh = halfOfDay(hh, part, false)
	}
	from := p.midnight(p.aday).Add(time.Duration(hh)*time.Hour + time.Duration(min)*time.Minute)
	g, to := Hour, from.Add(time.Hour)
	if min > 0 {
		g, to = Minute, from.Add(time.Minute)
	}
	p.res = span{exact: true, from: from, to: to, grain: g, kind: Time}
	return j, true
}

// hourRangeGuess reads a range of whole hours between one and six with
// nothing that sets their half (بين الساعة 2 و4، من الساعة 3 إلى 5) in the
// afternoon, as a single hour in digits or words from one to five is
// (hours.go): no part of the day in or soon after it, no zone, no minutes.
func (p *parser) hourRangeGuess(i, end int, sp span) (int, bool) {
	if !sp.exact || sp.grain != Hour || sp.zone != nil || p.hasPart(i, end) || p.partSoonAfter(end) {
		return 0, false
	}
	h0, h1 := sp.from.In(p.cfg.loc).Hour(), sp.to.In(p.cfg.loc).Hour()
	if sp.from.Minute() != 0 || sp.to.Minute() != 0 {
		return 0, false
	}
	for k := i; k < end; k++ {
		if p.toks[k].kind == tPunct && p.toks[k].val != '-' || p.word(k, cZone) {
			return 0, false // 2:00 - 4:00, a zone: as written
		}
	}
	switch {
	case h0 >= 1 && h0 <= 5 && h1 > h0 && h1 <= 6: // بين الساعة 2 و4
		sp.from, sp.to = sp.from.Add(12*time.Hour), sp.to.Add(12*time.Hour)
	case h0 >= 6 && h0 <= 11 && h1 >= 2 && h1 <= 6 && sp.to.Sub(sp.from) > 12*time.Hour: // من الساعة 9 إلى 5: the same day's afternoon
		sp.to = sp.to.Add(-12 * time.Hour)
	default:
		return 0, false
	}
	p.res = sp
	return end, true
}
