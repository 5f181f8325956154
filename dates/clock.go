package dates

import (
	"strings"
	"time"
	"unicode/utf8"
)

// ---- times of day ----
//
// A clock phrase is read in this order:
//
//	[الساعة] HOUR [MINUTES] [PART OF DAY] [MINUTES] [DAY] [ZONE]
//
// HOUR is digits (9، 21:40، 10.30 after الساعة) or a feminine ordinal
// (الرابعة، الحادية عشرة، الواحدة); MINUTES a fraction (والنصف، والربع،
// وثلث، إلا ربعاً، إلا ثلثاً) or an amount (وعشر دقائق، وسبع وعشرون دقيقة،
// إلا خمس دقائق، و10 دقائق); the PART OF DAY decides the half of the day
// (صباحاً، ظهراً، بعد الظهر، بعد الزوال، عصراً، مساءً، ليلاً، فجراً، بعد صلاة
// العشاء، هذا المساء، الليلة); the DAY is a day phrase after it (من مساء
// أمس، صباح بعد غد، مساء الخميس، يوم الأحد) or one just before the time;
// the ZONE (بتوقيت غرينتش، ت غ، GMT، بتوقيت مكة، بالتوقيت المحلي) says in
// which zone the clock reads and on which day: without a day phrase it is
// the anchor's day in that zone.

// Word classes used only by the clock reader; numbered apart from lex.go's
// classes (from 0) and relative.go's (from 200) so that every list can grow.
const (
	cThuluth uint8 = 240 + iota // ثلث: a third of an hour
	cZawal                      // زوال: midday (بعد الزوال، زوالاً: afternoon in the Maghreb)
	cSalat                      // صلاة: prayer, in بعد صلاة العشاء
	cIsha                       // عشاء: the night prayer
	cSad                        // ص: a.m. after a time (10:30 ص); م is p.m.
	cNahar                      // نهار: daytime, in بعد منتصف النهار (after noon)
)

// clockLexicon is added to the lexicon when its table is built.
var clockLexicon = []lexEntry{
	{"ثلث ثلثا", entry{c: cThuluth}},
	{"زوال", entry{c: cZawal}},
	{"زوالا", entry{c: cZawal, count: 1}},
	{"صلاة صلاه", entry{c: cSalat}},
	{"عشاء", entry{c: cIsha}},
	{"ص", entry{c: cSad}},
	{"نهار", entry{c: cNahar}},
	{"مساءا", entry{c: cPart, v: partEvening, count: 1}}, // مساءً written with alif
	{"ت", entry{c: cTawqit}},                             // ت غ، ت.غ: توقيت غرينتش in AFP and Maghreb copy
	{"غ", entry{c: cZone, v: zoneGMT}},
	{"عالمي", entry{c: cZone, v: zoneGMT}}, // بالتوقيت العالمي
	{"غرنتش جرنتش جرينيتش", entry{c: cZone, v: zoneGMT}},
	{"المكرمة المملكة", entry{c: cZone, v: zoneArabia}},
	{"عدن اليمن", entry{c: cZone, v: zoneArabia}},
	{"باريس فرنسا بروكسل برلين روما مدريد", entry{c: cZone, v: zoneParis}},
	{"لندن بريطانيا", entry{c: cZone, v: zoneLondon}},
	{"موسكو", entry{c: cZone, v: zoneMoscow}},
	{"أنقرة إسطنبول اسطنبول تركيا", entry{c: cZone, v: zoneIstanbul}},
	{"طهران إيران", entry{c: cZone, v: zoneTehran}},
	{"واشنطن نيويورك شرق شرقي", entry{c: cZone, v: zoneUSEast}},
	{"الخرطوم السودان", entry{c: cZone, v: zoneKhartoum}},
	{"طرابلس ليبيا", entry{c: cZone, v: zoneTripoli}},
	{"نواكشوط موريتانيا", entry{c: cZone, v: zoneGMT}},
	// the Maghreb's "last" (15 جانفي من السنة الفارطة، الأسبوع المنقضي)
	{"فارط فارطة منقضي منقضية", entry{c: cMod, v: -1}},
}

// timeRule: الساعة العاشرة صباحاً، الساعة 10:30 بتوقيت القدس, or a bare
// 10:30. The day is the one of a day phrase after or just before it, else
// the anchor's.
func (p *parser) timeRule(i int) (int, bool) {
	sp, end, ok := p.got(p.timeAt(i, false))
	return p.clockGuess(i, sp, end, ok) // hours.go: الساعة الثانية is 14:00
}

// bareClock reads an hour word without الساعة (السابعة من مساء أمس،
// الخامسة والنصف، التاسعة هذا المساء). An ordinal alone is too often
// something else (المرحلة الرابعة مساء الأحد), so it must stand where a time
// stands (after في، عند، حتى، منذ، بحلول، نحو... or at the start of a clause)
// and carry minutes, a part of the day or a zone.
func (p *parser) bareClock(i int) (int, bool) {
	if !p.clockSlot(i) || !p.feminine(i) {
		return 0, false
	}
	sp, end, ok := p.got(p.clockAt(i, true, !p.atWord(i)))
	return p.clockGuess(i, sp, end, ok)
}

// atWord reports whether the word before token i says "at" a time (عند،
// بحلول، تمام): an hour word after it needs nothing else (عند الخامسة). Not
// حوالي / قرابة: حوالي العاشرة من عمرها is an age.
func (p *parser) atWord(i int) bool {
	if i == 0 || p.toks[i-1].kind != tWord {
		return false
	}
	prev := &p.toks[i-1]
	if prev.e.c == cTamam {
		return true
	}
	if prev.e.c != cNone {
		return false
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[prev.start:prev.end])) {
	case "عند", "وعند", "بحلول", "وبحلول":
		return !p.word(i+1, cMin) // عند الخامسة من عمره
	}
	return false
}

// clockSlot reports whether an hour word at i stands where a time can: at
// the start of the text or a clause, or after a preposition of time.
func (p *parser) clockSlot(i int) bool {
	if i == 0 {
		return p.toks[i].start == 0 || strings.TrimSpace(p.text[:p.toks[i].start]) == ""
	}
	prev := &p.toks[i-1]
	switch prev.kind {
	case tPunct:
		switch rune(prev.val) {
		case ',', '،', '(', ':', '-', '"', '«', '\n':
			return true
		}
		return false
	case tWord:
		switch prev.e.c {
		case cFi, cHatta, cMundh, cQabl, cBaad, cApprox, cMin, cIla, cTamam, cGhaya:
			return prev.e.c != cMin || prev.flags == 0
		case cNone:
			w := p.text[prev.start:prev.end]
			for _, x := range [...]string{"عند", "وعند", "بحلول", "وبحلول", "قرابة", "حدود", "تمام", "الساعه", "قبيل", "بعيد", "أو", "او"} {
				if w == x {
					return true
				}
			}
		}
	}
	return false
}

// digitSlot is clockSlot for an hour in digits: after a word of time, a
// comma, a colon or a parenthesis, or opening the text; never after a dash
// (2-1 مساء السبت is a score).
func (p *parser) digitSlot(i int) bool {
	if i == 0 {
		return p.clockSlot(i)
	}
	if p.toks[i-1].kind == tPunct {
		switch rune(p.toks[i-1].val) {
		case ',', '،', '(', ':':
			return true
		}
		return false
	}
	return p.clockSlot(i)
}

// feminine reports whether the word at i is written in the feminine (an
// hour is ساعة: الرابعة، not الرابع).
func (p *parser) feminine(i int) bool {
	w := p.text[p.toks[i].start:p.toks[i].end]
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		if foldRune(r) >= 0 {
			return r == 'ة' || r == 'ه' || r == 'ى'
		}
		w = w[:len(w)-n]
	}
	return false
}

// timeAt reads a time at i; bare allows an hour word without الساعة and
// without anything else (the second end of a range: من الساعة العاشرة إلى
// الخامسة مساء).
func (p *parser) timeAt(i int, bare bool) (int, bool) {
	if bare && p.word(i, cEdge) && p.toks[i].e.v == edgeMid && p.def(i+1) {
		// the end of a range: إلى منتصف النهار (12:00)، إلى غاية منتصف الليل
		// (the midnight that ends the day)
		switch {
		case p.word(i+1, cNahar):
			return p.noonRule(i)
		case p.word(i+1, cPart) && p.toks[i+1].e.v == partNight && p.toks[i+1].e.amb:
			from := p.midnight(p.aday + 1)
			p.res = span{exact: true, from: from, to: from.Add(time.Minute), grain: Minute, kind: Time}
			return i + 2, true
		}
	}
	return p.clockAt(i, bare, false)
}

// clockAt reads a clock phrase at i. lead says an hour word may start it
// without الساعة; needCue says it must then carry minutes, a part of the
// day, a day or a zone.
func (p *parser) clockAt(i int, lead, needCue bool) (int, bool) {
	j := i
	saa := false
	if p.word(j, cUnit) && p.toks[j].e.v == uHour {
		j++
		saa = true
	}
	lead = lead || saa || needCue
	mustZone, zeroOK, mustPart, colon := false, false, false, false
	h, m := -1, 0
	grain := Hour
	switch {
	case p.num(j) && p.punct(j+1, ':', '.', ',', '،') && p.glued(j+1) && p.num(j+2) && p.glued(j+2) && p.toks[j+2].ndig == 2:
		h, m = int(p.toks[j].val), int(p.toks[j+2].val)
		if p.toks[j].val > 24 || p.toks[j].ndig > 2 {
			return 0, false
		}
		colon = p.punct(j+1, ':')
		if !lead && !colon {
			// 18,00 ت غ، عند 5.00 مساء; not 3.68 ليرة، بنسبة 2.50 مساء أمس
			mustZone, zeroOK = true, p.digitSlot(i)
		}
		grain = Minute
		j += 3
	case (!lead || saa) && p.num(j) && p.toks[j].ndig == 4 && p.toks[j].val/100 <= 24 && p.toks[j].val%100 <= 59:
		// 1645 بتوقيت غرينتش، 0930 مساء: a zone, or a part of the day
		// after a leading zero, makes four digits a time
		h, m = int(p.toks[j].val/100), int(p.toks[j].val%100)
		grain, mustZone = Minute, true
		zeroOK = p.text[p.toks[j].start] == '0'
		j++
	case lead && p.num(j) && p.toks[j].ndig <= 2:
		h = int(p.toks[j].val)
		j++
	case p.num(j) && p.toks[j].ndig <= 2 && p.toks[j].val <= 12 && p.digitSlot(i) && !p.punct(j+1, '-', '/', '.', ':'):
		// عند 8 صباحاً، في 3 مساءً: an hour in digits where a time stands,
		// with a part of the day
		h, mustPart = int(p.toks[j].val), true
		j++
	case lead && p.word(j, cOrd) && p.def(j):
		h = int(p.toks[j].e.v)
		// الساعة الأولى is mostly "the first hour" (ربع الساعة الأولى من
		// الحصة): one o'clock only with a part of the day (الأولى فجر الأحد)
		mustPart = mustPart || h == 1 && p.toks[j].e.fem
		j++
		if p.word(j, cTeen) && p.toks[j].flags == 0 { // الحادية عشرة، not الثامنة وعشر دقائق
			h += 10
			j++
		}
	case lead && p.word(j, cNum) && p.def(j) && p.toks[j].e.n == 1:
		h = 1
		j++
	default:
		return 0, false
	}
	if h < 0 || h > 24 || m > 59 {
		return 0, false
	}
	cue := false
	if grain == Hour {
		if dm, e2, ok := p.clockMinutes(j); ok {
			h, m, grain, j, cue = h+dm/60, dm%60, Minute, e2, true
			if m < 0 {
				h, m = h-1, m+60
			}
		}
	}
	// the part of the day, and a day it belongs to
	part, dayGiven, givenDay, warn := 0, false, 0, ""
	dayAt := -1 // where a day phrase may follow
	switch k := j; {
	case p.word(k, cPart) && !p.def(k):
		part = int(p.toks[k].e.v)
		j = k + 1
		if p.toks[k].e.count == 0 { // صباح / مساء / ليل: a day may follow
			dayAt = j
		}
	case (colon || saa) && (p.word(k, cMim) || p.word(k, cSad)) && !p.num(k+1): // not العرض: 17.56 م (metres)
		part, j = partMorning, k+1 // 5:11 م، 10:30 ص
		if p.word(k, cMim) {
			part = partAfternoon
		}
	case p.word(k, cZawal) && p.toks[k].e.count == 1: // زوالاً
		part, j = partNoon, k+1
	case p.word(k, cMin) && p.word(k+1, cBaad) && ((p.word(k+2, cPart) && p.def(k+2) && p.toks[k+2].e.v == partNoon) || (p.word(k+2, cZawal) && p.def(k+2))):
		part, j = partAfternoon, k+3 // من بعد الظهر
	case p.word(k, cBaad) && ((p.word(k+1, cPart) && p.def(k+1) && p.toks[k+1].e.v == partNoon) || (p.word(k+1, cZawal) && p.def(k+1))):
		part, j = partAfternoon, k+2 // بعد الظهر، بعد الزوال
	case p.word(k, cBaad) && p.word(k+1, cPart) && !p.def(k+1) && p.toks[k+1].e.v == partNoon && p.toks[k+1].e.count == 0:
		part, dayAt = partAfternoon, k+2 // بعد ظهر الخميس
	case p.word(k, cMin) && p.word(k+1, cBaad) && p.word(k+2, cPart) && !p.def(k+2) && p.toks[k+2].e.v == partNoon && p.toks[k+2].e.count == 0:
		part, dayAt = partAfternoon, k+3 // من بعد ظهر اليوم
	case p.word(k, cBaad) && p.word(k+1, cEdge) && p.toks[k+1].e.v == edgeMid && p.word(k+2, cPart) && p.def(k+2) && p.toks[k+2].e.v == partNight:
		part, j = partDawn, k+3 // بعد منتصف الليل
	case p.word(k, cBaad) && p.word(k+1, cEdge) && p.toks[k+1].e.v == edgeMid && p.word(k+2, cNahar) && p.def(k+2):
		part, j = partAfternoon, k+3 // بعد منتصف النهار
	case p.word(k, cMin) && p.word(k+1, cZawal) && !p.def(k+1) && p.toks[k+1].e.count == 0:
		part, dayAt = partAfternoon, k+2 // من زوال اليوم
	case p.word(k, cBaad) && p.prayer(k+1) != 0:
		part, j = p.prayer(k+1), p.prayerEnd(k+1)
	case p.word(k, cMin) && p.word(k+1, cPart) && p.toks[k+1].e.count == 0 && !p.def(k+1):
		part, dayAt = int(p.toks[k+1].e.v), k+2 // من مساء أمس
	case p.word(k, cMin) && p.word(k+1, cThis) && p.word(k+2, cPart) && p.def(k+2):
		part, j, dayGiven, givenDay = int(p.toks[k+2].e.v), k+3, true, p.aday // من هذا المساء
	case p.word(k, cThis) && p.word(k+1, cPart) && p.def(k+1):
		part, j, dayGiven, givenDay = int(p.toks[k+1].e.v), k+2, true, p.aday // هذا المساء
	case p.word(k, cPart) && p.def(k) && p.toks[k].e.v == partNight && !p.toks[k].e.amb && !p.word(k+1, cMod):
		part, j, dayGiven, givenDay = partNight, k+1, true, p.aday // التاسعة الليلة
	case p.word(k, cEdge) && p.toks[k].e.v == edgeMid && p.word(k+1, cPart) && p.def(k+1) && p.toks[k+1].e.v == partNight && h == 12:
		part, j = partNight, k+2 // الثانية عشرة منتصف الليل
	}
	nightOf := false // the day came with ليل / ليلة: its night runs into the next day
	if dayAt >= 0 {
		if x, end, ok := p.got(p.clockDay(dayAt)); ok {
			dayGiven, givenDay, warn, j = true, x.d0, x.warn, end
			nightOf = part == partNight
		} else if dayAt != j {
			part = 0 // من مساء + no day: not ours
		}
	}
	if part != 0 {
		cue = true
	}
	if grain == Hour && part != 0 { // الساعة 6 مساء و10 دقائق
		if dm, e2, ok := p.clockMinutes(j); ok && dm > 0 {
			m, grain, j = dm, Minute, e2
		}
	}
	// a day after a time without a construct part: الساعة العاشرة صباحاً
	// يوم الخميس، الساعة السابعة من يوم الأحد، الساعة 9 غداً
	if !dayGiven {
		k := j
		if p.word(k, cMin) && (p.word(k+1, cUnit) && p.toks[k+1].e.v == uDay || p.word(k+1, cYesterday) || p.word(k+1, cTomorrow) || p.word(k+1, cBaad) && p.word(k+2, cTomorrow)) {
			k++ // من يوم الأحد، من أمس، من بعد غد; not من الأحد إلى الخميس
		}
		if x, end, ok := p.got(p.clockDay(k)); ok && !(k > j && (p.word(end, cIla) || p.word(end, cHatta)) && p.word(end+1, cWeekday)) {
			dayGiven, givenDay, warn, j = true, x.d0, x.warn, end // no cue alone: في السادسة الخميس is a game
		}
	}
	noHalf := part == 0 && h >= 1 && h < 12
	// the half of the day (halfday.go): الساعة 12:50 صباحاً is ten to one
	// at night, الواحدة من ليل الخميس the small hours after Thursday
	h = halfOfDay(h, part, nightOf)
	// the zone
	loc := p.cfg.loc
	var zone *time.Location
	if z, end, ok := p.clockZone(j); ok {
		j, cue = end, true
		if z != nil {
			loc, zone = z, z
		}
		if !dayGiven && !p.punct(j-1, ')') { // 20,00 ت غ السبت: the day in that zone
			if x, end, ok := p.got(p.clockDay(j)); ok && x.kind != Date {
				dayGiven, givenDay, warn, j = true, x.d0, x.warn, end
			}
		}
		if k := j + 1; !dayGiven && p.punct(j, ')') && p.word(k, cMin) && p.word(k+1, cWeekday) {
			// (22,00 ت غ) من الخميس: the day after the parenthesis, which
			// stays out of the phrase
			lastDay, lastEnd, lastPart := p.lastDay, p.lastDayEnd, p.lastPart
			if x, _, ok := p.got(p.clockDay(k + 1)); ok {
				dayGiven, givenDay, warn = true, x.d0, x.warn
			}
			p.lastDay, p.lastDayEnd, p.lastPart = lastDay, lastEnd, lastPart
		}
	}
	if needCue && !cue || mustZone && zone == nil && !(zeroOK && part != 0) || mustPart && part == 0 {
		return 0, false
	}
	d := p.aday
	dayed := true
	switch {
	case dayGiven:
		d = givenDay
	case p.nearDay(i):
		d = p.lastDay
		if part == 0 && p.lastPart != 0 && h < 12 { // مساء الخميس، عند الساعة الثامنة؛ ليلة أمس الساعة 11
			noHalf = false
			h = halfOfDay(h, p.lastPart, p.lastPart == partNight) // the night's small hours are the next day's
		}
	case zone != nil:
		d, dayed = dayOf(p.anchor.In(zone)), false // the day that zone gives
	default:
		dayed = false
	}
	y, mo, dd := civilFromDays(d)
	from := time.Date(y, time.Month(mo), dd, h, m, 0, 0, loc).In(p.cfg.loc)
	step := time.Hour
	if grain == Minute {
		step = time.Minute
	}
	p.res = span{exact: true, from: from, to: from.Add(step), grain: grain, kind: Time, warn: warn, zone: zone, dated: dayGiven, noHalf: noHalf, d0: d, dayed: dayed}
	return j, true
}

// nearDay reports whether the last day phrase ends just before the time
// at i (أمس الأحد الساعة الثانية ظهراً، يوم الأحد بمقر الاتحاد على الساعة
// العاشرة): at most three tokens away, in the same sentence, and not in
// another clause (a comma and then other words: أمس، ويعقد المجلس جلسته
// الساعة الخامسة is today's).
func (p *parser) nearDay(i int) bool {
	if p.lastDayEnd < 0 || i < p.lastDayEnd || i-p.lastDayEnd > 3 {
		return false
	}
	comma, words := false, false
	for k := p.lastDayEnd; k < i; k++ {
		t := &p.toks[k]
		switch {
		case t.kind == tPunct:
			switch rune(t.val) {
			case '.', '!', '?', '؟', ';', '؛':
				return false
			case ',', '،':
				comma = true
			}
		case t.kind == tWord && t.e.c == cNone:
			var buf [64]byte
			switch string(foldWord(&buf, p.text[t.start:t.end])) {
			case "عند", "وعند", "بحلول", "حدود", "تمام", "وتحديدا", "تحديدا", "وذلك",
				"ابتداء", "انطلاقا", "اعتبارا", "بدءا":
			default:
				words = true
			}
		}
	}
	return !(comma && words)
}

// rangeDay puts the first end of a range of times on the day the second
// end names when the first names none (من السادسة صباحاً إلى الثالثة بعد
// الزوال من يوم الاثنين).
func rangeDay(x, y span) span {
	if x.noHalf && !y.noHalf && y.from.Hour() >= 12 && x.from.Hour()+12 <= y.from.Hour() {
		// بين الثالثة والخامسة عصراً: the second end's half holds for both
		x.from, x.to = x.from.Add(12*time.Hour), x.to.Add(12*time.Hour)
	}
	if x.dated || !y.dated {
		return x
	}
	if k := dayOf(y.from) - dayOf(x.from); k != 0 {
		x.from, x.to = x.from.AddDate(0, 0, k), x.to.AddDate(0, 0, k)
	}
	x.dated = true
	return x
}

// clockMinutes reads what follows an hour: والنصف، والربع، وثلث، إلا ربعاً،
// إلا ثلثاً، وعشر دقائق، وسبع وعشرون دقيقة، و10 دقائق، إلا خمس دقائق. It
// returns the minutes to add (negative after إلا).
func (p *parser) clockMinutes(j int) (int, int, bool) {
	sign := 1
	k := j
	switch {
	case p.word(k, cIlla) && !p.def(k):
		sign = -1
		k++
	case p.word(k, cWa):
		k++
	case k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].flags&fConj != 0:
	default:
		return 0, 0, false
	}
	if k >= len(p.toks) {
		return 0, 0, false
	}
	t := &p.toks[k]
	if t.kind == tWord {
		switch t.e.c {
		case cNisf:
			if sign < 0 {
				return 0, 0, false
			}
			return 30, k + 1, true
		case cRub:
			return sign * 15, k + 1, true
		case cThuluth:
			return sign * 20, k + 1, true
		case cUnit:
			if t.e.v == uMinute && t.e.count == 2 { // ودقيقتان
				return sign * 2, k + 1, true
			}
			if t.e.v == uMinute && t.e.count == 1 && !p.def(k) {
				return sign, k + 1, true
			}
			return 0, 0, false
		}
	}
	n, e, ok := p.smallCardinal(k)
	if ok && n == 3 && sign > 0 && p.quartersAt(e) { // وثلاثة أرباع: three quarters
		return 45, e + 1, true
	}
	if !ok || n < 1 || n > 59 || !(p.word(e, cUnit) && p.toks[e].e.v == uMinute && !p.def(e)) {
		return 0, 0, false
	}
	return sign * n, e + 1, true
}

// quartersAt reports whether token e is the word أرباع (quarters) alone.
func (p *parser) quartersAt(e int) bool {
	if e >= len(p.toks) || p.toks[e].kind != tWord || p.toks[e].e.c != cNone {
		return false
	}
	s, we, _, end := p.nextWord(p.toks[e-1].end)
	if end || s != p.toks[e].start || we != p.toks[e].end {
		return false
	}
	var buf [64]byte
	return string(foldWord(&buf, p.text[s:we])) == "ارباع"
}

// smallCardinal reads a number below 100 at k in digits or words, its first
// word possibly carrying و (وسبع وعشرون، وعشر، و10 glued after و).
func (p *parser) smallCardinal(k int) (int, int, bool) {
	if p.num(k) {
		if p.toks[k].ndig > 2 {
			return 0, 0, false
		}
		return int(p.toks[k].val), k + 1, true
	}
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.def(k) {
		return 0, 0, false
	}
	t := &p.toks[k]
	n := 0
	switch {
	case t.e.c == cNum && t.e.n >= 1 && t.e.n <= 90 && (t.e.n < 10 || t.e.n%10 == 0):
		n = int(t.e.n)
	case t.e.c == cWeekday && t.e.n > 0: // اثنين، أحد
		n = int(t.e.n)
	case t.e.c == cTeen:
		return 10, k + 1, true
	default:
		return 0, 0, false
	}
	k++
	if n < 10 {
		switch {
		case p.word(k, cTeen) && p.toks[k].flags == 0: // خمس عشرة
			return n + 10, k + 1, true
		case p.word(k, cNum) && p.toks[k].flags == fConj && p.toks[k].e.n >= 20 && p.toks[k].e.n <= 90 && p.toks[k].e.n%10 == 0:
			return n + int(p.toks[k].e.n), k + 1, true
		case p.word(k, cWa) && p.word(k+1, cNum) && p.toks[k+1].flags == 0 && p.toks[k+1].e.n >= 20 && p.toks[k+1].e.n <= 90 && p.toks[k+1].e.n%10 == 0:
			return n + int(p.toks[k+1].e.n), k + 2, true // سبع و عشرون
		}
	}
	return n, k, true
}

// prayer reports the part of the day a prayer named at k (after بعد, with or
// without صلاة) falls in, or 0.
func (p *parser) prayer(k int) int {
	if p.word(k, cSalat) && !p.def(k) {
		k++
	}
	if k >= len(p.toks) || p.toks[k].kind != tWord {
		return 0
	}
	t := &p.toks[k]
	if t.e.c == cZone && t.e.v == zoneMorocco && p.word(k-1, cSalat) { // صلاة المغرب
		return partEvening
	}
	if !p.def(k) {
		return 0
	}
	switch {
	case t.e.c == cIsha:
		return partNight
	case t.e.c == cPart && t.e.v == partDawn:
		return partDawn
	case t.e.c == cPart && t.e.v == partAfternoon:
		return partAfternoon
	case t.e.c == cPart && t.e.v == partNoon:
		return partAfternoon
	}
	return 0
}

func (p *parser) prayerEnd(k int) int {
	if p.word(k, cSalat) {
		k++
	}
	return k + 1
}

// clockDay reads a day phrase after a time (أمس، الخميس، بعد غد، 16 / 8 /
// 1439هـ): a whole day, not a time or a longer period. A weekday there
// takes the tense of the clause the time stands in.
func (p *parser) clockDay(k int) (int, bool) {
	if k >= len(p.toks) || p.toks[k].kind == tPunct {
		return 0, false
	}
	if p.word(k, cBaad) && !p.word(k+1, cTomorrow) {
		return 0, false
	}
	if p.word(k, cUnit) && p.toks[k].e.v == uDay && p.toks[k].e.count == 1 && !p.def(k) && p.num(k+1) {
		k++ // يوم 2 أوت
	}
	top := p.top
	p.top = k
	var x span
	var end int
	var ok bool
	if p.word(k, cBaad) {
		x, end, ok = p.got(p.offsetRule(k)) // صباح بعد غد
	} else {
		x, end, ok = p.got(p.core(k))
	}
	p.top = top
	if !ok || x.exact || x.grain != Day || x.d1 != x.d0+1 {
		return 0, false
	}
	switch x.kind {
	case Relative, Weekday, Date, HijriDate:
	default:
		return 0, false
	}
	p.lastDay, p.lastDayEnd, p.lastPart = x.d0, end, 0
	p.res = x
	return end, true
}

// clockZone reads the zone after a time: بتوقيت غرينتش، بالتوقيت المحلي
// (nil: the anchor's), (توقيت غرينتش)، حسب توقيت مكة، ت غ، ت.غ، GMT، UTC.
func (p *parser) clockZone(j int) (*time.Location, int, bool) {
	k := j
	paren := p.punct(k, '(')
	if paren {
		k++
	}
	if k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].e.c == cNone {
		switch p.text[p.toks[k].start:p.toks[k].end] {
		case "حسب", "بحسب", "وفق", "وفقا":
			k++
		}
	}
	var loc *time.Location
	switch {
	case p.word(k, cTawqit) && p.def(k) && p.word(k+1, cMahalli):
		k += 2
	case p.word(k, cTawqit) && p.word(k+1, cZone):
		loc = zoneLoc(int(p.toks[k+1].e.v))
		k += 2
		if k < len(p.toks) && p.toks[k].kind == tWord && strings.HasSuffix(p.text[p.toks[k].start:p.toks[k].end], "المتحدة") && p.toks[k].start-p.toks[k-1].end <= 1 {
			if p.toks[k-1].e.v == zoneArabia { // بتوقيت المملكة المتحدة: the United Kingdom
				loc = zoneLoc(zoneLondon)
			}
		}
		if p.word(k, cZone) && p.toks[k].e.v == p.toks[k-1].e.v { // مكة المكرمة
			k++
		}
	case p.word(k, cTawqit) && p.punct(k+1, '.') && p.word(k+2, cZone) && p.toks[k+2].e.v == zoneGMT:
		loc = zoneLoc(zoneGMT)
		k += 3
	case p.latinGMT(k):
		loc = zoneLoc(zoneGMT)
		k++
	case p.word(k, cZone) && p.toks[k].e.v == zoneGMT && !p.def(k) && p.toks[k].end-p.toks[k].start > 2:
		loc = zoneLoc(zoneGMT) // في الساعة 18:00 غرينتش
		k++
	case p.word(k, cTawqit) && p.latinGMT(k+1):
		loc = zoneLoc(zoneGMT)
		k += 2
	default:
		return nil, 0, false
	}
	if paren {
		if !p.punct(k, ')') {
			return nil, 0, false
		}
		k++
	}
	return loc, k, true
}

// latinGMT reports whether token k is GMT or UTC written in Latin letters.
func (p *parser) latinGMT(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tWord {
		return false
	}
	w := p.text[p.toks[k].start:p.toks[k].end]
	return strings.EqualFold(w, "GMT") || strings.EqualFold(w, "UTC")
}

// midnightRule: منتصف ليل الخميس الجمعة، منتصف ليلة السبت إلى الأحد،
// منتصف الليلة، منتصف ليل اليوم: the midnight that ends the night's first
// day (the second day's 00:00), grain Minute.
func (p *parser) midnightRule(i int) (int, bool) {
	if p.word(i+1, cNahar) {
		return p.noonRule(i)
	}
	d, end, warn := 0, 0, ""
	top := p.top
	p.top = i + 1 // the night phrase takes the tense of its clause
	night, e, ok := p.got(p.partRule(i + 1))
	p.top = top
	if ok && night.grain == PartOfDay && night.to.Sub(night.from) >= 11*time.Hour {
		d, end, warn = dayOf(night.from)+1, e, night.warn
	} else if k := i + 2; p.def(i+1) && p.word(k, cBayn) && p.word(k+1, cWeekday) && p.def(k+1) && p.word(k+2, cWeekday) && p.toks[k+2].flags&fConj != 0 {
		// منتصف الليل بين الخميس والجمعة
		top := p.top
		p.top = k + 1
		first, _, ok := p.got(p.weekdayRule(k+1, k+1))
		p.top = top
		if !ok || int(p.toks[k+2].e.v) != (int(weekdayOf(first.d0))+1)%7 {
			return 0, false
		}
		d, end = first.d0+1, k+3
	} else if p.def(i+1) && p.toks[i+1].e.amb && (p.clockSlot(i) || p.word(i-1, cUnit) && p.toks[i-1].e.v == uHour) && !p.word(i-1, cBaad) {
		// عند منتصف الليل، حتى منتصف الليل: the midnight that starts the
		// anchor's day, or the one that ends it in a future clause
		// (اعتبارا من منتصف الليل، ستغلق … عند منتصف الليل)
		dir := p.cfg.dir
		if t := p.clauseTense(p.toks[i].start, p.toks[i+1].end); t != 0 {
			dir = Direction(t)
		}
		if p.word(i-1, cHatta) || p.word(i-1, cGhaya) || p.word(i-1, cIla) { // حتى / إلى غاية منتصف الليل
			dir = Future
		}
		d, end = p.aday, i+2
		if dir == Future {
			d++
		}
	} else {
		return 0, false
	}
	from := p.midnight(d)
	if z, e2, ok := p.clockZone(end); ok { // منتصف ليل الجمعة السبت بتوقيت غرينتش
		if z != nil {
			y, m, dd := civilFromDays(d)
			from = time.Date(y, time.Month(m), dd, 0, 0, 0, 0, z).In(p.cfg.loc)
		}
		end = e2
	}
	p.res = span{exact: true, from: from, to: from.Add(time.Minute), grain: Minute, kind: Time, warn: warn}
	return end, true
}

// noonRule: منتصف النهار (after a word of time: عند، حتى، قبيل...), منتصف
// نهار الخميس، منتصف نهار اليوم: 12:00 of that day (the anchor's when none
// is named), grain Minute.
func (p *parser) noonRule(i int) (int, bool) {
	j := i + 2
	d := p.aday
	warn := ""
	if !p.def(i + 1) {
		top := p.top
		p.top = j
		x, end, ok := p.got(p.core(j))
		p.top = top
		if !ok || x.exact || x.grain != Day || x.d1 != x.d0+1 {
			return 0, false
		}
		d, j, warn = x.d0, end, x.warn
	} else {
		if !p.clockSlot(i) && !(i > 0 && p.word(i-1, cUnit) && p.toks[i-1].e.v == uHour) {
			return 0, false
		}
	}
	// منتصف النهار و15 دقيقة، منتصف النهار إلا عشر دقائق
	mins := 0
	if dm, e2, ok := p.clockMinutes(j); ok {
		mins, j = dm, e2
	}
	if p.def(i + 1) {
		k := j
		if p.word(k, cMin) && p.word(k+1, cUnit) && p.toks[k+1].e.v == uDay {
			k++ // منتصف النهار من يوم الجمعة
		}
		if x, end, ok := p.got(p.clockDay(k)); ok { // منتصف النهار يوم الخميس
			d, j, warn = x.d0, end, x.warn
		} else if p.nearDay(i) { // يوم الخميس حتى منتصف النهار
			d = p.lastDay
		}
	}
	from := p.midnight(d).Add(12*time.Hour + time.Duration(mins)*time.Minute)
	if z, e2, ok := p.clockZone(j); ok {
		if z != nil {
			y, m, dd := civilFromDays(d)
			from = time.Date(y, time.Month(m), dd, 12, mins, 0, 0, z).In(p.cfg.loc)
		}
		j = e2
	}
	p.res = span{exact: true, from: from, to: from.Add(time.Minute), grain: Minute, kind: Time, warn: warn}
	return j, true
}

// thisPart: هذا الصباح، هذا المساء، هذه الليلة — that part of the anchor's
// day. i is هذا / هذه.
func (p *parser) thisPart(i int) (int, bool) {
	t := &p.toks[i+1]
	if t.e.amb || t.e.count != 0 { // الليل: the night in general
		return 0, false
	}
	switch int(t.e.v) {
	case partMorning, partEvening, partNight:
	default: // هذا العصر is "this era"
		return 0, false
	}
	p.lastDay, p.lastDayEnd, p.lastPart = p.aday, i+2, int(t.e.v) // هذه الليلة الساعة 11 is 23:00
	p.res = p.partSpan(p.aday, int(t.e.v), Relative)
	return i + 2, true
}

// afternoonOf: بعد ظهر اليوم، بعد ظهر الخميس، بعد الظهر يوم الأحد — the
// afternoon (12:00–18:00) of the day named; قبل ظهر الخميس its forenoon
// (06:00–12:00). i is بعد or قبل.
func (p *parser) afternoonOf(i int) (int, bool) {
	start := 12 * time.Hour
	switch p.toks[i].e.c {
	case cBaad:
	case cQabl:
		start = 6 * time.Hour
	default:
		return 0, false
	}
	k := i + 1
	if !p.word(k, cPart) || p.toks[k].e.v != partNoon || p.toks[k].e.count != 0 {
		return 0, false
	}
	j := k + 1
	if p.def(k) {
		if !p.word(j, cUnit) || p.toks[j].e.v != uDay || p.def(j) {
			return 0, false // بعد الظهر alone: no day named
		}
	}
	x, end, ok := p.got(p.clockDay(j))
	if !ok {
		return 0, false
	}
	from := p.midnight(x.d0).Add(start)
	p.res = span{exact: true, from: from, to: from.Add(6 * time.Hour), grain: PartOfDay, kind: x.kind, warn: x.warn}
	return end, true
}

func init() { lexicon = append(lexicon, clockLexicon...) }
