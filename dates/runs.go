package dates

import "strings"

// Runs of days written as a pair: two ordinal days joined by و before a
// month (الثالث والرابع من أبريل المقبل) follow the rule of two day numbers
// (19 و20 سبتمبر): when they follow each other they are one Range of two
// days; otherwise the second is read alone. Two weekdays that follow each
// other (السبت والأحد) are a run in dayPair (ranges.go), with or without
// يومي before them.

// ordinalDays reads an ordinal day at i, or a run of two when a following
// ordinal is joined to it by و.
func (p *parser) ordinalDays(i int) (int, bool) {
	if end, ok := p.ordinalDayRun(i); ok {
		return end, true
	}
	return p.ordinalDay(i)
}

// ordinalDayRun reads الثالث والرابع من أبريل, الحادي عشر والثاني عشر من
// مايو 2018: the first day of a run of two whose second day, read as an
// ordinal day with its month, is a Gregorian day.
func (p *parser) ordinalDayRun(i int) (int, bool) {
	n1, j, ok := p.ordinal(i)
	if !ok || j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].flags&fConj == 0 {
		return 0, false
	}
	n2, _, ok := p.ordinal(j)
	if !ok || n2 != n1+1 {
		return 0, false
	}
	if _, _, _, named := p.namedDate(i); named { // مدينة السادس من أكتوبر
		return 0, false
	}
	y, end, ok := p.got(p.ordinalDay(j))
	if !ok || y.exact || y.kind != Date || y.grain != Day || y.d1 != y.d0+1 {
		return 0, false
	}
	if _, _, d := civilFromDays(y.d0); d != n2 {
		return 0, false
	}
	p.res = span{d0: y.d0 - 1, d1: y.d1, grain: Day, kind: Range, warn: y.warn}
	return end, true
}

// twoAfter reports whether الاثنين after the word at token k (ending in
// ين) means "the two": k is a dual or plural with the article
// (المتهمين الاثنين، اللاعبين الاثنين). After a word without the article
// (بيان الاثنين، بوتين الاثنين), a singular in ين (اليمين، الكرملين، الحسين،
// الدين، الصين) or a word in ان (البرلمان، أردوغان، لبنان) it is Monday, and
// الأحد after any of them is Sunday.
func (p *parser) twoAfter(k int) bool {
	var buf [64]byte
	w := string(foldWord(&buf, p.text[p.toks[k].start:p.toks[k].end]))
	for _, pre := range [...]string{"و", "ف"} {
		w = strings.TrimPrefix(w, pre)
	}
	for _, pre := range [...]string{"لل", "بال", "كال", "ال"} {
		if strings.HasPrefix(w, pre) {
			w = "ال" + strings.TrimPrefix(w, pre)
			break
		}
	}
	if !strings.HasPrefix(w, "ال") {
		return false
	}
	switch w {
	case "اليمين", "الكرملين", "الحسين", "الدين", "الصين", "العين", "البحرين", "العشرين", "الثلاثين", "الاربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين", "الثمين", "الامين", "التامين", "التموين", "التكوين", "التعيين", "الحنين", "المتين":
		return false
	}
	return true
}
