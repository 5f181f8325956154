package dates

// halfOfDay returns the hour of the 24-hour day that the clock hour h
// (0-24) names in the part of the day part (0: none said). It is the one
// switch every clock rule uses (timeRule, the spoken clock الساعة تسعة
// ونص, a part after the clock الساعة 3 العصر, a lone 3 م): a morning or
// dawn 12 is 00; noon moves 1-10 to the afternoon (الواحدة ظهراً is
// 13:00); afternoon and evening move 1-11; the night moves 6-11 to the
// evening and reads 12 as 24, the midnight that ends the day named
// (الساعة 12 ليلاً، الساعة اتناشر بالليل), and, when the night is a day's
// (nightOf: ليل الخميس), 1-5 as the small hours after it. An hour past 12
// is a 24-hour clock and stays as written.
func halfOfDay(h, part int, nightOf bool) int {
	switch part {
	case partMorning, partDawn:
		if h == 12 {
			return 0
		}
	case partNoon:
		if h < 11 {
			return h + 12
		}
	case partAfternoon, partEvening:
		if h < 12 {
			return h + 12
		}
	case partNight:
		switch {
		case h == 12:
			return 24
		case h >= 6 && h < 12:
			return h + 12
		case h < 6 && nightOf:
			return h + 24
		}
	}
	return h
}

// clockUnit reports whether token j is الساعة opening a clock time (الليلة
// الساعة 9), not another unit (الليلة الثانية، الليلة يوم).
func (p *parser) clockUnit(j int) bool {
	return p.word(j, cUnit) && p.toks[j].e.v == uHour && p.toks[j].e.count == 1 && p.def(j) && (p.num(j+1) || p.word(j+1, cOrd) || p.word(j+1, cNum) || p.word(j+1, cTeen))
}
