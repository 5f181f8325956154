package dates

// seasonYears reads a season or fiscal year written with a short second
// year (موسم 2016-17، 2016 -17، 2017/18، 2016–17) or two four-digit years
// that follow each other across a slash (الموسم 2017/ 2018): the run of
// the two years, [2016-01-01, 2018-01-01), as موسم 2016-2017 reads. The
// short year must be the next one (2016-17, not 2016-12: that is a month),
// and a third number after it (2011-12-05) makes a date, not a season.
func (p *parser) seasonYears(i int) (int, bool) {
	if !p.num(i) || p.toks[i].ndig != 4 {
		return 0, false
	}
	a := int(p.toks[i].val)
	if a < 1900 || a >= 2100 || !(p.isDash(i+1) || p.punct(i+1, '/')) || !p.num(i+2) {
		return 0, false
	}
	if p.isDash(i-1) || p.punct(i-1, '/') || p.isDash(i+3) || p.punct(i+3, '/') {
		return 0, false // a date or a list: 05-12-2011، 2011-12-05
	}
	b := p.toks[i+2]
	switch {
	case b.ndig == 2 && int(b.val) == (a+1)%100:
	case b.ndig == 4 && int(b.val) == a+1 && p.punct(i+1, '/'):
	default:
		return 0, false
	}
	if _, hij := p.hijriMark(i + 3); hij {
		return 0, false
	}
	p.res = span{d0: daysFromCivil(a, 1, 1), d1: daysFromCivil(a+2, 1, 1), grain: Year, kind: Range}
	return p.eraMark(i + 3), true
}
