package dates

import "time"

// Hours read alone, without a part of the day. News writes the afternoon
// hours in words without saying so (تنطلق المباراة على الساعة الخامسة،
// وقفة احتجاجية على الساعة الثانية) far more often than the small hours,
// which it marks (فجراً، ليلاً، بعد منتصف الليل). So an hour in words from
// one to five with nothing that sets its half (no part of the day, before
// or after it, no zone, no clock in digits in brackets after it) is read in the
// afternoon: الساعة الثانية is 14:00, and so are الساعة 2 and, with the
// minutes said in words, الساعة 3 ونص، الساعة 3 وربع، الساعة 3 إلا ربع،
// الساعة 3 و20 (دقيقة), as الساعة الثالثة والنصف is. A clock with a
// separator is left as written (الساعة 3:35 is 03:35: it is mostly a
// 24-hour clock), and so is six and later, used for both halves. A 24-hour clock in brackets after an hour
// in words sets its half (الساعة الرابعة والنصف (16:30) is 16:30).
// الساعة الواحدة with nothing after it (no minutes, part of the day, zone
// or day) is one hour, no time: سرعة 200 ميل في الساعة الواحدة (per hour),
// تكلفة الساعة الواحدة; one o'clock is written with its half (الساعة
// الواحدة ظهراً).

// clockGuess adjusts a time read alone at token i (not an end of a range,
// whose half the other end may set) as the comment above says.
func (p *parser) clockGuess(i int, sp span, end int, ok bool) (int, bool) {
	if !ok || !sp.noHalf || sp.zone != nil {
		p.res = sp
		return end, ok
	}
	k := i
	if p.word(k, cUnit) && p.toks[k].e.v == uHour {
		k++
	}
	if k >= len(p.toks) || p.toks[k].kind != tWord && !(k > i && p.toks[k].kind == tNum && p.toks[k].ndig <= 2 && (sp.grain == Hour || !p.punct(k+1, ':', '.', ',') && !(p.toks[k].ndig == 2 && p.toks[k].val < 10))) {
		p.res = sp
		return end, ok // a clock with a separator (3:35) or a leading zero (02 و53 دقيقة): a 24-hour clock; الساعة 3 alone and الساعة 3 ونص are spoken hours
	}
	h := sp.from.In(p.cfg.loc).Hour()
	if hh, ok2 := p.bracketHour(end); ok2 {
		if hh == h+12 {
			sp = shiftHalf(sp)
		}
		p.res = sp
		return end, ok
	}
	if h == 1 && sp.grain == Hour && !sp.dated && k > i && p.word(k, cNum) && end == k+1 && !p.timeWordBefore(i) {
		return 0, false // في الساعة الواحدة: per hour; تكلفة الساعة الواحدة: one hour
	}
	if h >= 1 && h <= 5 && !p.partSoonAfter(end) {
		sp = shiftHalf(sp)
	}
	p.res = sp
	return end, ok
}

// bracketHour reads a clock in digits opening brackets at j: (15:48),
// (02,00 ت غ). Its hour sets the half only when it is the afternoon of
// the hour in words; another one (a zone's time) leaves the hour alone.
func (p *parser) bracketHour(j int) (int, bool) {
	if !p.punct(j, '(') || !p.num(j+1) || !p.punct(j+2, ':', '.', ',') || !p.num(j+3) {
		return 0, false
	}
	if p.toks[j+1].ndig > 2 || p.toks[j+1].val > 24 || p.toks[j+3].ndig != 2 {
		return 0, false
	}
	return int(p.toks[j+1].val), true
}

// shiftHalf moves a time of the morning to the same time of the afternoon.
func shiftHalf(sp span) span {
	sp.from, sp.to = sp.from.Add(12*time.Hour), sp.to.Add(12*time.Hour)
	sp.noHalf = false
	return sp
}

// timeWordBefore reports whether the word before token i says "at", "since"
// or "about" a time (منذ الساعة الواحدة، عند، حتى، حوالي، قرابة، بحلول،
// تمام), so that الساعة الواحدة after it is one o'clock.
func (p *parser) timeWordBefore(i int) bool {
	if i == 0 || p.toks[i-1].kind != tWord {
		return false
	}
	switch p.toks[i-1].e.c {
	case cMundh, cHatta, cApprox, cTamam, cQabl, cBaad, cIla, cMin:
		return true
	}
	return p.atWord(i)
}

// partSoonAfter reports whether a part of the day follows within a few
// tokens of j, past the punctuation or the من the clock phrase did not
// read (الساعة الواحدة والربع.. من صباح هذا اليوم، الساعة (الواحدة وعشر
// دقائق) صباحاً): the half is then the text's, not a guess.
func (p *parser) partSoonAfter(j int) bool {
	for k := j; k < j+4 && k < len(p.toks); k++ {
		switch {
		case p.word(k, cPart), p.word(k, cZawal):
			return true
		case p.toks[k].kind == tPunct, p.word(k, cMin), p.word(k, cThis):
		default:
			return false
		}
	}
	return false
}
