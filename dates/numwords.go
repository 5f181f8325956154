package dates

import "strings"

// ---- years in words, relative years after a day and month ----

// relYearAfter reads the year written after a day and month when it is not
// a number: a year relative to the anchor (7 نوفمبر من العام الماضي، 15
// جانفي من السنة الحالية، 28 أكتوبر العام الماضي، 3 مايو من هذا العام) or a
// year in words (5 مايو عام ألفين وخمسة عشر). It returns the Gregorian
// year and where the phrase ends.
func (p *parser) relYearAfter(j int) (int, int, bool) {
	k := j
	if p.word(k, cMin) {
		k++
	}
	switch {
	case p.word(k, cThis) && p.word(k+1, cUnit) && p.toks[k+1].e.v == uYear && p.def(k+1):
	case p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 && p.def(k) && p.word(k+1, cMod) && p.def(k+1):
	case p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 && !p.def(k):
		if sp, end, ok := p.got(p.yearWords(k)); ok {
			y, _, _ := civilFromDays(sp.d0)
			return y, end, true
		}
		return 0, 0, false
	default:
		return 0, 0, false
	}
	sp, end, ok := p.got(p.yearExpr(k))
	if !ok || sp.grain != Year || sp.exact {
		return 0, 0, false
	}
	y, _, _ := civilFromDays(sp.d0)
	return y, end, true
}

// yearWords: عام ألفين وخمسة عشر، سنة ألف وتسعمائة وتسعة وأربعين — a year
// unit followed by a Gregorian year between 1000 and 2999 in words. i is
// the unit.
func (p *parser) yearWords(i int) (int, bool) {
	n, end, ok := p.cardinalWords(i + 1)
	if !ok || n < 1000 || n > 2999 {
		return 0, false
	}
	if _, hij := p.hijriMark(end); hij {
		return 0, false
	}
	p.res = span{d0: daysFromCivil(n, 1, 1), d1: daysFromCivil(n+1, 1, 1), grain: Year, kind: Date}
	return p.eraMark(end), true
}

// hijriYearWord: السنة الهجرية 1442، العام الهجري 1440، عام 1441 للهجرة is
// read by yearWord. i is the year unit.
func (p *parser) hijriYearWord(i int) (int, bool) {
	j := i + 1
	if !p.def(i) || !p.word(j, cHijri) || !p.def(j) || !p.num(j+1) || p.toks[j+1].ndig < 3 || p.toks[j+1].ndig > 4 {
		return 0, false
	}
	end, _ := p.hijriMark(j + 2)
	return p.hijriYear(int(p.toks[j+1].val), end)
}

// cardinalWords reads a cardinal written in words from k: units, teens
// (خمسة عشر), tens joined with و (سبعة وعشرين), hundreds (تسعمائة، ثلاث
// مئة) and thousands (ألف، ألفين، ثلاثة آلاف), every part after the first
// joined with و. It returns the value and where it ends.
func (p *parser) cardinalWords(k int) (int, int, bool) {
	total, cur, last := 0, 0, 0 // last: the value of the previous word when it was a unit
	seen := false
	for k < len(p.toks) && p.toks[k].kind == tWord && !p.def(k) {
		t := &p.toks[k]
		conj := t.flags&fConj != 0
		if seen && t.e.c == cWa && k+1 < len(p.toks) && p.toks[k+1].kind == tWord && p.toks[k+1].flags == 0 {
			// ألفين و ثمانية عشر: و written apart
			switch p.toks[k+1].e.c {
			case cNum, cTeen, cHundred, cWeekday:
				k++
				t = &p.toks[k]
				conj = true
			}
		}
		oneTwo := 0 // وأحد / وإحدى / واثني before عشر: folded like واحد (one) or unknown
		if seen && !conj {
			oneTwo = p.gluedOneTwo(k)
			conj = oneTwo > 0
		}
		if t.flags&^fConj != 0 || (!seen && conj) {
			break
		}
		if seen && !conj && !(t.e.c == cTeen && last > 0) && !(t.e.c == cHundred && last > 0) && !(t.e.c == cThousand && cur > 0) {
			break
		}
		n := int(t.e.n)
		unit := 0
		if oneTwo > 0 {
			cur += oneTwo
			last = oneTwo
			seen = true
			k++
			continue
		}
		switch t.e.c {
		case cNum:
			switch {
			case n >= 1000:
				if cur != 0 || total != 0 {
					return 0, 0, false
				}
				total = n
			default:
				cur += n
				if n < 10 {
					unit = n
				}
			}
		case cWeekday: // اثنين، أحد
			if n == 0 {
				goto done
			}
			cur += n
			unit = n
		case cTeen:
			switch {
			case last > 0 && !conj:
				cur += 10
			case !seen || conj:
				cur += 10
			default:
				goto done
			}
		case cHundred:
			if last > 0 && !conj {
				cur += last*100 - last
			} else {
				cur += 100
			}
		case cThousand:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		default:
			goto done
		}
		last = unit
		seen = true
		k++
	}
done:
	if !seen {
		return 0, 0, false
	}
	return total + cur, k, true
}

// dotDay reports whether a day number at i written with a dot (5. مايو)
// stands where a date does: after في، منذ، حتى، a weekday or a comma. A
// number with a dot opening a line is a list's item (1.يناير 3.68 ليرة).
func (p *parser) dotDay(i int) bool {
	if !p.punct(i+1, '.') || !p.glued(i+1) || p.glued(i+2) {
		return false
	}
	if i == 0 {
		// opening the text: a date when the month ends it or a year
		// follows (5. مايو، 5. مايو 2019), not a list's first item
		_, end, _, ok := p.month(i + 2)
		return ok && (end >= len(p.toks) || p.num(end) && p.toks[end].ndig == 4 || p.punct(end, ',', '،', '.'))
	}
	prev := &p.toks[i-1]
	if prev.kind == tPunct {
		return prev.val == ',' || prev.val == '،'
	}
	if prev.kind != tWord {
		return false
	}
	switch prev.e.c {
	case cFi, cMundh, cHatta, cWeekday, cMin, cIla, cQabl, cBaad:
		return true
	}
	return false
}

// hijriNear reports whether a Hijri word (هجري، هجرية، a Hijri month's
// name) stands in the six tokens before i: a year of the Hijri range there
// is a Hijri year even without هـ (بداية السنة الهجرية الجديدة لعام 1430).
func (p *parser) hijriNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &p.toks[k]
		if t.kind == tPunct && (t.val == '.' || t.val == '!' || t.val == '?' || t.val == '؟') {
			return false
		}
		if t.kind == tWord && (t.e.c == cHijri || t.e.c == cHMonth && !t.e.amb) {
			return true
		}
		if t.kind == tWord && (t.e.c == cDhu || t.e.c == cJumada) && !p.def(k) { // ذو الحجة، not الذي
			if _, _, ok := p.hijriMonth(k); ok {
				return true
			}
		}
	}
	return false
}

// gluedOneTwo returns 1 or 2 when token k is و glued to أحد / إحدى / اثني
// / اثنا / اثنتي (ألفين وأحد عشر، ألفين واثني عشر), which the lexer folds
// to واحد (one) or does not know, else 0.
func (p *parser) gluedOneTwo(k int) int {
	raw := p.text[p.toks[k].start:p.toks[k].end]
	rest, ok := strings.CutPrefix(raw, "و")
	if !ok || !p.word(k+1, cTeen) {
		return 0
	}
	var buf [64]byte
	switch string(foldWord(&buf, rest)) {
	case "احد", "احدي":
		return 1
	case "اثني", "اثنا", "اثنتي", "اثنتا":
		return 2
	}
	return 0
}
