package dates

import (
	"strings"
	"sync"
)

// Family 8 of issue 12: words that hold a date without being one. A
// weekday in a name (سوق الثلاثاء، إمام الجمعة، الاثنين الأسود), a date in a
// name (تيار 8 آذار، حركة 6 أبريل، مدينة 6 أكتوبر) or an event's name
// (ثورة 25 يناير: the event's own date, never the anchor year's), a
// distance (على بعد ساعتين), and the idioms of yesterday, today and
// tomorrow (بين الأمس واليوم، أجيال الغد، حزب الغد).

// Classes of the words before a weekday or a date that make it part of a
// name.
const (
	headWeekday  = 1 << iota // before a weekday: سوق الثلاثاء، إمام الجمعة
	headMovement             // before a date: a movement, a place or a body named after a day
	headRevolt               // before a date: a revolution or an uprising
	headAttack               // before a date: attacks
	headWar                  // before a date: a war
	headFigure               // before الأمس / الغد: a name or a figure of speech (حزب الغد، أعداء الأمس)
	headAccord               // before الجمعة العظيمة: the Good Friday Agreement
	headGeneral              // before العام "general": الأمين العام، المدعي العام، الرأي العام

	headEvent = headRevolt | headAttack | headWar // an event, whose own date it is
)

// nameHeads sorts the folded words (clitics peeled) that stand before a
// weekday or a date in a name.
var nameHeads = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(forms string, v uint8) {
		var buf [64]byte
		for _, f := range strings.Fields(forms) {
			m[string(foldInto(buf[:0], f))] |= v
		}
	}
	add("سوق أسواق إمام أئمة خطيب خطباء مسجد جامع ملحق", headWeekday)
	add("اتفاق اتفاقية", headAccord)
	add("الأمين المدير النائب المدعي المفوض المراقب المنسق المرشد المحامي المستشار المفتش القائد "+
		"الحاكم الادعاء الأمن", headGeneral) // titles; not الاتحاد، المال، الرأي (ستخرج من الاتحاد العام المقبل)
	add("حركة تيار قوى فريق تحالف ائتلاف جماعة شباب معسكر حراك جبهة كتلة بيان مبادرة "+
		"ساحة ميدان شارع جسر كوبري محور مدينة حي جامعة مستشفى مدرسة نادي ملعب قاعة مطار", headMovement)
	add("ثورة انتفاضة حراك", headRevolt)
	add("هجمات هجوم أحداث اعتداءات تفجيرات مجزرة مذبحة انقلاب", headAttack)
	add("حرب", headWar)
	add("حزب صحيفة جريدة قناة موقع مجلة عالم جيل أجيال شباب رجال قادة أعداء حلفاء خصوم أصدقاء "+
		"نجوم أبطال مدن مدينة إنسان مجتمع اقتصاد صناع مستقبل وجوه", headFigure)
	return m
})

// headBefore reports whether the word just before token i (not across
// punctuation) is in nameHeads with a class of want, peeling و / ف / ب /
// ل and ال.
func (p *parser) headBefore(i int, want uint8) bool {
	if i >= len(p.toks) {
		return false
	}
	if i == 0 || p.toks[i-1].kind != tWord {
		return false
	}
	s, e, ok := p.prevWord(p.toks[i].start)
	if !ok || e > p.toks[i].start || e < p.toks[i-1].start {
		return false
	}
	return p.headClass(s, e)&want != 0
}

// headClass returns the classes in nameHeads of the word text[s:e],
// peeling و / ف / ب / ل / لـ. A head with the article is no name's head:
// the head of a construct has none (سوق الخميس is a market, المسجد
// الخميس a mosque on Thursday).
func (p *parser) headClass(s, e int) uint8 {
	var buf [64]byte
	b := p.foldAt(&buf, s, e) // read only
	m := nameHeads()
	if v, ok := m[string(b)]; ok {
		return v
	}
	if len(b) > 6 && (string(b[:2]) == "و" || string(b[:2]) == "ف") {
		if v, ok := m[string(b[2:])]; ok {
			return v
		}
		b = b[2:]
	}
	// one preposition, not لل (للعالم is ل + العالم, with the article)
	if len(b) > 6 && (string(b[:2]) == "ب" || string(b[:2]) == "ل") && string(b[2:4]) != "ل" {
		return m[string(b[2:])]
	}
	return 0
}

// weekdayAdjectives make a weekday the name of a day in history or the
// market: الاثنين الأسود، الأحد الدامي، الخميس الأحمر.
var weekdayAdjectives = map[string]bool{
	"الاسود": true, "السوداء": true, "الدامي": true, "الداميه": true, "الاحمر": true, "الحمراء": true,
	"الابيض": true, "البيضاء": true, "الاسود،": true,
}

// namedWeekday reports whether the weekday at i is part of a name: after
// سوق، إمام، خطيب، مسجد، اتفاق (سوق الثلاثاء، إمام الجمعة، اتفاق الجمعة
// العظيمة) or before a colour (الاثنين الأسود، الأحد الدامي). صلاة الجمعة
// and خطبة الجمعة stay Fridays.
func (p *parser) namedWeekday(i int, first bool) bool {
	if first && p.headBefore(i, headWeekday) {
		return true
	}
	s, e, comma, end := p.nextWord(p.toks[i].end)
	if end || comma {
		return false
	}
	var buf [64]byte
	return weekdayAdjectives[string(foldWord(&buf, p.text[s:e]))]
}

// events are the dates of the events news names by their day and month
// alone (ثورة 25 يناير، هجمات 11 سبتمبر): the head they need, month, day,
// year.
var events = [...]struct {
	head       uint8
	m, d, year int
}{
	{headRevolt, 1, 25, 2011},  // ثورة 25 يناير (Egypt)
	{headRevolt, 6, 30, 2013},  // ثورة 30 يونيو (Egypt)
	{headRevolt, 7, 23, 1952},  // ثورة 23 يوليو (Egypt)
	{headRevolt, 1, 14, 2011},  // ثورة 14 يناير (Tunisia)
	{headRevolt, 2, 17, 2011},  // ثورة 17 فبراير (Libya)
	{headRevolt, 2, 11, 2011},  // ثورة 11 فبراير (Yemen)
	{headRevolt, 9, 26, 1962},  // ثورة 26 سبتمبر (Yemen)
	{headRevolt, 10, 14, 1963}, // ثورة 14 أكتوبر (Yemen)
	{headRevolt, 7, 14, 1958},  // ثورة 14 تموز (Iraq)
	{headRevolt, 3, 8, 1963},   // ثورة 8 آذار (Syria)
	{headRevolt, 10, 17, 2019}, // انتفاضة 17 تشرين (Lebanon)
	{headRevolt, 12, 17, 2010}, // ثورة 17 ديسمبر (Tunisia)
	{headAttack, 9, 11, 2001},  // هجمات 11 سبتمبر
	{headAttack, 11, 13, 2015}, // اعتداءات 13 نوفمبر (Paris)
	{headAttack, 1, 14, 2011},  // أحداث 14 جانفي (Tunisia)
	{headWar, 10, 6, 1973},     // حرب 6 أكتوبر
}

// namedDate reads a day and month without a year that is part of a name,
// at i (the day number) when a phrase starts there: after a movement or a
// place (تيار 8 آذار، حركة 6 أبريل، مدينة 6 أكتوبر) it is no date; after an
// event (ثورة 25 يناير، هجمات 11 سبتمبر) it is the event's date when the
// events table knows it, else none. named reports whether the rule
// applied; ok with an empty span consumes the phrase without a date.
func (p *parser) namedDate(i int) (sp span, end int, ok, named bool) {
	if p.top != i {
		return span{}, 0, false, false
	}
	ev := p.headBefore(i, headEvent)
	if !ev && !p.headBefore(i, headMovement) {
		return span{}, 0, false, false
	}
	t := &p.toks[i]
	var d, j int
	switch {
	case p.num(i):
		if t.ndig > 2 || t.val < 1 || t.val > 31 {
			return span{}, 0, false, false
		}
		d, j = int(t.val), i+1
	default: // مدينة السادس من أكتوبر، ثورة الخامس والعشرين من يناير
		n, k, ok := p.ordinal(i)
		if !ok || n < 1 || n > 31 {
			return span{}, 0, false, false
		}
		d, j = n, k
	}
	if p.word(j, cMin) {
		j++
	}
	m, end, _, mok := p.month(j)
	if !mok {
		if _, e2, hok := p.hijriMonth(j); hok && !ev { // مدينة العاشر من رمضان
			return span{}, e2, true, true
		}
		return span{}, 0, false, false
	}
	if _, _, yok := p.yearAfter(end); yok || p.word(end, cMod) && p.def(end) {
		return span{}, 0, false, false // a full date (هجوم 2 مارس الماضي): read as such
	}
	if ev {
		for _, e := range events {
			if e.m == m && e.d == d && p.headBefore(i, e.head) {
				x := daysFromCivil(e.year, m, e.d)
				return span{d0: x, d1: x + 1, grain: Day, kind: Date}, end, true, true
			}
		}
	}
	return span{}, end, true, true
}

// distanceBefore reports whether بعد at i is the noun of distance (على بعد
// ساعتين من المدينة، على بعد بضعة كيلومترات): no date.
func (p *parser) distanceBefore(i int) bool {
	return p.word(i-1, cAla)
}

// relIdiom reports whether the relative day word at i (الأمس، اليوم، الغد)
// is an idiom rather than a day: a pair of them (بين الأمس واليوم، اليوم
// والغد، اليوم قبل الغد، الأمس واليوم والغد), or الأمس / الغد after a name
// or a figure (حزب الغد، صحيفة الغد، أجيال الغد، أعداء الأمس); and أمس
// after a preposition without the article, which is لامس "touched" or بأمس
// الحاجة "in dire need", never yesterday (that is بالأمس).
func (p *parser) relIdiom(i int) bool {
	t := &p.toks[i]
	if p.word(i, cYesterday) && t.flags&fPrep != 0 && t.flags&fDef == 0 {
		return true // لامس the verb (لامس الذهب أعلى مستوى), بأمس الحاجة "in dire need"
	}
	figurative := func(k int) bool { // الأمس / الغد with the article
		return (p.word(k, cYesterday) || p.word(k, cTomorrow) && !p.toks[k].e.amb) && p.def(k)
	}
	today := func(k int) bool {
		return p.word(k, cUnit) && p.toks[k].e.v == uDay && p.toks[k].e.count == 1 && p.def(k)
	}
	dayWord := func(k int) bool { return figurative(k) || today(k) }
	fig := figurative(i)
	if !fig && !today(i) {
		return false
	}
	// a pair joined by و, or اليوم قبل الغد
	if dayWord(i+1) && p.toks[i+1].flags&fConj != 0 && (fig || figurative(i+1)) {
		return true
	}
	if t.flags&fConj != 0 && dayWord(i-1) && (fig || figurative(i-1)) {
		return true
	}
	if p.word(i+1, cQabl) && figurative(i+2) || p.word(i-1, cQabl) && dayWord(i-2) && fig {
		return true
	}
	if fig && p.word(i-1, cBayn) && dayWord(i+1) {
		return true
	}
	// أعداء الأمس، أصدقاء اليوم (not اليوم الثلاثاء)
	return t.flags&fPrep == 0 && !(p.word(i+1, cWeekday) && p.def(i+1)) && p.headBefore(i, headFigure)
}

// monthEvents are the events news names by their month alone (حرب أكتوبر،
// ثورة يناير، هجمات سبتمبر): the head they need, the month, and the day.
var monthEvents = [...]struct {
	head         uint8
	m, year, day int
}{
	{headRevolt, 1, 2011, 25}, // ثورة يناير (Egypt)
	{headRevolt, 7, 1952, 23}, // ثورة يوليو (Egypt)
	{headRevolt, 6, 2013, 30}, // ثورة يونيو (Egypt)
	{headRevolt, 2, 2011, 17}, // ثورة فبراير (Libya)
	{headWar, 10, 1973, 6},    // حرب أكتوبر
	{headWar, 6, 1967, 5},     // حرب يونيو / حزيران
	{headWar, 7, 2006, 12},    // حرب تموز (Lebanon)
	{headAttack, 9, 2001, 11}, // هجمات سبتمبر
}

// namedMonth reads a month name (at i, where a phrase starts) after an
// event's head: the event's day when monthEvents knows it (حرب أكتوبر is
// 1973-10-06), else no date (انتفاضة أبريل); never this year's month. With
// a year after it (حرب أكتوبر 1973) it is an ordinary month.
func (p *parser) namedMonth(i int) (sp span, end int, ok, named bool) {
	if p.top != i || !p.headBefore(i, headEvent) {
		return span{}, 0, false, false
	}
	m, e, _, mok := p.month(i)
	if !mok {
		return span{}, 0, false, false
	}
	if _, _, yok := p.yearAfter(e); yok || p.word(e, cMod) && p.def(e) {
		return span{}, 0, false, false
	}
	for _, ev := range monthEvents {
		if ev.m == m && p.headBefore(i, ev.head) {
			x := daysFromCivil(ev.year, m, ev.day)
			return span{d0: x, d1: x + 1, grain: Day, kind: Date}, e, true, true
		}
	}
	return span{}, e, true, true
}

// generalTitle reports whether the year word العام at i is the adjective
// "general" after a title or a noun it qualifies (الأمين العام السابق is a
// former secretary-general, المدعي العام الحالي the current prosecutor): not a
// year. The head has the article like العام; لل is ل + ال.
func (p *parser) generalTitle(i int) bool {
	if !p.def(i) || p.toks[i].flags&(fPrep|fConj) != 0 {
		return false
	}
	s, e, ok := p.prevWord(p.toks[i].start)
	if !ok || i == 0 || p.toks[i-1].kind != tWord || e < p.toks[i-1].start {
		return false
	}
	var buf [64]byte
	b := foldWord(&buf, p.text[s:e])
	if len(b) > 6 && (string(b[:2]) == "و" || string(b[:2]) == "ف") {
		b = b[2:]
	}
	if len(b) > 6 && string(b[:4]) == "لل" {
		b[0], b[1] = 0xD8, 0xA7 // للامين = ل + الامين: the first ل becomes ا
	} else if len(b) > 8 && (string(b[:2]) == "ب" || string(b[:2]) == "ل") && string(b[2:6]) == "ال" {
		b = b[2:]
	}
	return nameHeads()[string(b)]&headGeneral != 0
}
