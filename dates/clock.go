package dates

import "time"

// ---- times of day ----

// timeRule: الساعة العاشرة صباحاً، الساعة 10:30 بتوقيت القدس, or a bare
// 10:30. The day is the one of a day phrase just before, else the anchor's.
func (p *parser) timeRule(i int) (span, int, bool) {
	return p.timeAt(i, false)
}

// timeAt reads a time at i; bare allows an hour word without الساعة (the
// second end of a range: من الساعة العاشرة إلى الخامسة مساء).
func (p *parser) timeAt(i int, bare bool) (span, int, bool) {
	j := i
	if p.word(j, cUnit) {
		j++
	} else if bare {
		i-- // let the word cases below apply
	}
	h, m := -1, 0
	grain := Hour
	switch {
	case p.num(j) && (p.punct(j+1, ':') || (j > i && p.punct(j+1, '.', ',', '،'))) && p.glued(j+1) && p.num(j+2) && p.glued(j+2) && p.toks[j+2].ndig == 2:
		h, m = int(p.toks[j].val), int(p.toks[j+2].val)
		if p.toks[j].val > 24 || p.toks[j].ndig > 2 {
			return span{}, 0, false
		}
		grain = Minute
		j += 3
	case j > i && p.num(j) && p.toks[j].ndig <= 2:
		h = int(p.toks[j].val)
		j++
	case j > i && p.word(j, cOrd) && p.def(j):
		h = int(p.toks[j].e.v)
		j++
		if p.word(j, cTeen) {
			h += 10
			j++
		}
	case j > i && p.word(j, cNum) && p.def(j) && p.toks[j].e.n == 1:
		h = 1
		j++
	default:
		return span{}, 0, false
	}
	if h < 0 || h > 24 || m > 59 {
		return span{}, 0, false
	}
	if grain == Hour {
		switch {
		case p.word(j, cNisf) && p.toks[j].flags&fConj != 0:
			m, grain = 30, Minute
			j++
		case p.word(j, cRub) && p.toks[j].flags&fConj != 0:
			m, grain = 15, Minute
			j++
		case p.word(j, cIlla) && p.word(j+1, cRub):
			m, grain = 45, Minute
			h--
			j += 2
		}
	}
	if p.word(j, cPart) && p.def(j) == false {
		switch int(p.toks[j].e.v) {
		case partNoon, partAfternoon, partEvening:
			if h < 12 && !(int(p.toks[j].e.v) == partNoon && h >= 11) {
				h += 12
			}
		case partNight:
			if h < 12 && h >= 6 {
				h += 12
			}
		}
		j++
	}
	// العاشرة من صباح اليوم، الثالثة من فجر أمس الأحد
	dayGiven, givenDay, warn := false, 0, ""
	if p.word(j, cMin) && p.word(j+1, cPart) && p.toks[j+1].e.count == 0 && !p.def(j+1) {
		if x, end, ok := p.core(j + 2); ok && !x.exact && x.grain == Day {
			switch int(p.toks[j+1].e.v) {
			case partNoon, partAfternoon, partEvening:
				if h < 12 {
					h += 12
				}
			case partNight:
				if h < 12 && h >= 6 {
					h += 12
				}
			}
			dayGiven, givenDay, warn = true, x.d0, x.warn
			p.lastDay, p.lastDayEnd = x.d0, end
			j = end
		}
	}
	if h < 0 {
		h += 24
	}
	loc := p.cfg.loc
	var zone *time.Location
	switch {
	case p.word(j, cTawqit) && p.toks[j].flags&fDef != 0 && p.word(j+1, cMahalli):
		j += 2
	case p.word(j, cTawqit) && p.word(j+1, cZone):
		loc = zoneLoc(int(p.toks[j+1].e.v))
		zone = loc
		j += 2
	}
	d := p.aday
	switch {
	case dayGiven:
		d = givenDay
	case p.lastDayEnd >= 0 && i-p.lastDayEnd <= 3:
		d = p.lastDay
	}
	y, mo, dd := civilFromDays(d)
	from := time.Date(y, time.Month(mo), dd, h, m, 0, 0, loc).In(p.cfg.loc)
	step := time.Hour
	if grain == Minute {
		step = time.Minute
	}
	return span{exact: true, from: from, to: from.Add(step), grain: grain, kind: Time, warn: warn, zone: zone}, j, true
}
