package dates

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Word classes of the relative forms, the holidays and the names that are
// no dates (numbered apart from lex.go's so that both lists can grow).
const (
	cFew    uint8 = 200 + iota // بضعة، بضع، عدة: a few
	cQalil                     // قليلة، قليل: أيام قليلة
	cRemain                    // تبقى، بقي (v 0: a verb, needs من); بقية، باقي، متبقية (v 1)
	cNow                       // دلوقتي، هلق، هسه، دابا (الآن is cZaman v 1)
	cTali                      // التالي، التالية، اللاحقة: the one after a date the text gave
	cLilli                     // اللي: colloquial "which" (الأسبوع اللي جاي)
	cFat                       // فات، فاتت: colloquial "passed" (السنة اللي فاتت)
	cFeast                     // a Christian feast word (value: feast*)
	cEast                      // الشرقي، الأرثوذكسي، الأرثوذكس، اليولياني: Eastern reckoning
	cWest                      // الغربي، الكاثوليكي، الغريغوري: Western reckoning
	cJewish                    // اليهودي: الفصح اليهودي is Passover, not Easter
	cHFeast                    // an Islamic day (value: hfeast*)
	cGFeast                    // a fixed Gregorian day (value: gfeast*)
	cMadat                     // مضت، مضى، خلت: ago (ثلاث سنوات مضت)
)

// moreLexicon lists the words of relative.go, holidays.go and notdates.go;
// lexTable folds them with the main lexicon (whose listing wins a clash).
var moreLexicon = concatLex(relativeLexicon, holidayLexicon, generalLexicon)

func concatLex(lists ...[]lexEntry) []lexEntry {
	var out []lexEntry
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// relativeLexicon lists the words of the relative forms.
var relativeLexicon = []lexEntry{
	{"بضع بضعة عدة", entry{c: cFew}},
	{"عدد", entry{c: cFew, v: 1}}, // عدد من الأيام: a number of days
	{"قليلة قليل معدودة معدودات", entry{c: cQalil}},
	{"تبقى تبقت بقي", entry{c: cRemain}},
	{"بقية باقي متبقي متبقية", entry{c: cRemain, v: 1}},
	{"دلوقتي دلوقت دلوقتى هلق هسه هسة دروك حالا", entry{c: cNow}},
	{"لحظة", entry{c: cNow, v: 2}}, // هذه اللحظة، حتى اللحظة
	{"مضت مضى خلت", entry{c: cMadat}},
	{"تالي تالية لاحقة", entry{c: cTali}},
	{"اللي", entry{c: cLilli}},
	{"فات فاتت", entry{c: cFat}},
	// colloquial tomorrow, yesterday and next (Egyptian, Levantine, Gulf,
	// Maghrebi); بكرة is also ب + كرة, so it needs a context (colloquialOK)
	{"بكرة", entry{c: cTomorrow, amb: true}},
	{"بكرا غدوة", entry{c: cTomorrow}},
	{"امبارح إمبارح مبارح أمبارح", entry{c: cYesterday, noPrep: true}},
	{"جاي جاية آتي آتية ياي ياية", entry{c: cMod, v: 1}},  // الجاي (Levant, Egypt), الياي (Gulf)
	{"نهارده نهاردة", entry{c: cUnit, v: uDay, count: 1}}, // النهارده: Egyptian "today", read as اليوم
	{"بارح", entry{c: cBariha, noPrep: true}},             // البارح: Maghrebi and Gulf "yesterday"
	{"فايت فايتة", entry{c: cMod, v: -1}},
}

// fewCount is how many units "a few" (بضعة أيام، قبل أيام) is taken to be;
// such spans are Approx.
const fewCount = 3

// calendarUnit gives an amount of months or years back or ahead the
// calendar month or year it lands in (منذ 15 عاماً written in 2019 is
// 2004, قبل ثلاثة أشهر written in May is February); days and weeks keep
// the anchor's reading.
func (p *parser) calendarUnit(sp span, unit int) span {
	if sp.exact || (unit != uMonth && unit != uYear) {
		return sp
	}
	c, _ := p.periodOf(unit, sp.d0, 0)
	sp.d0, sp.d1 = c.d0, c.d1
	return sp
}

// fewAmount reads "a few units" at j (i is the phrase's first token): بضعة / بضع / عدة + a plural unit
// (قبل بضعة أسابيع), or after منذ / قبل / بعد a bare plural (قبل أيام،
// منذ أشهر، بعد أيام قليلة). منذ سنوات طويلة (for many years) is no date.
func (p *parser) fewAmount(i, j int, kw uint8) (int64, int, int, bool) {
	k := j
	switch {
	case p.word(j, cFew) && p.toks[j].e.v == 1 && !p.def(j) && p.word(j+1, cMin) && p.word(j+2, cUnit) && p.toks[j+2].e.count == 0 && p.def(j+2):
		k = j + 3 // عدد من الأيام
	case p.word(j, cFew) && p.toks[j].e.v == 0 && !p.def(j) && p.word(j+1, cUnit) && p.toks[j+1].e.count == 0 && !p.def(j+1):
		k = j + 2
	case (kw == cQabl || kw == cBaad || kw == cMundh) && p.word(j, cUnit) && p.toks[j].e.count == 0 && !p.def(j) && !p.num(j+1):
		if _, _, ok := p.number(j + 1); ok {
			return 0, 0, 0, false
		}
		k = j + 1
		if k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].e.c == cNone && p.glued(k) == false {
			// منذ سنوات طويلة، قبل أيام عديدة: many, not a few
			if p.nextFoldedIs(p.toks[k-1].end, "طويله", "عديده", "كثيره", "مضت") {
				return 0, 0, 0, false
			}
		}
	default:
		return 0, 0, 0, false
	}
	unit := int(p.toks[k-1].e.v)
	if p.word(k, cQalil) && p.def(k) == p.def(k-1) {
		k++
	} else if p.word(k-1, cUnit) && k < len(p.toks) && p.toks[k].kind == tWord && (p.def(k) || p.toks[k].e.c == cNone && p.nextStartsAl(p.toks[k-1].end)) && p.glued(k) == false && !p.word(k-2, cFew) && !p.word(k-3, cFew) {
		return 0, 0, 0, false // منذ سنوات الطفولة: a construct, not an amount
	}
	// خلال بضعة أشهر عام 1988: counted in a year the text names
	if p.num(k) && p.toks[k].ndig == 4 || p.word(k, cUnit) && p.toks[k].e.v == uYear && p.toks[k].e.count == 1 && p.num(k+1) {
		return 0, 0, 0, false
	}
	// بعد أيام، انتقلت العدوى: "days later" in a story, not from the
	// anchor; only a future clause counts it from the anchor (سيعود بعد
	// أيام قليلة)
	if kw == cBaad && p.clauseTense(p.toks[i].start, p.toks[k-1].end) <= 0 {
		return 0, 0, 0, false
	}
	return fewCount, unit, k, true
}

// nextStartsAl reports whether the word after byte i (in its clause)
// has the article. A run of unknown words is one token holding its last
// word, so the text is read, not the token.
func (p *parser) nextStartsAl(i int) bool {
	s, e, comma, end := p.nextWord(i)
	return !end && !comma && strings.HasPrefix(p.text[s:e], "ال")
}

// nextFoldedIs reports whether the word after byte i, folded, is one of ws.
func (p *parser) nextFoldedIs(i int, ws ...string) bool {
	s, e, _, end := p.nextWord(i)
	if end {
		return false
	}
	var buf [64]byte
	f := string(foldWord(&buf, p.text[s:e]))
	for _, w := range ws {
		if f == w {
			return true
		}
	}
	return false
}

// moreAmount reads the second part of a compound amount after n units of
// unit: وثلاثة أشهر، وشهرين، و3 أيام، وأسبوع — a smaller unit joined by و.
func (p *parser) moreAmount(j, unit int) (int64, int, int, bool) {
	if j >= len(p.toks) {
		return 0, 0, 0, false
	}
	var m int64
	k := j
	switch {
	case p.word(j, cRub) && p.toks[j].flags&fConj != 0 && !p.def(j): // ساعة وربع
		q := [...]struct {
			m    int64
			unit int
		}{uHour: {15, uMinute}, uDay: {6, uHour}, uMonth: {7, uDay}, uYear: {3, uMonth}, uDecade: {30, uMonth}}
		if unit >= len(q) || q[unit].unit == 0 {
			return 0, 0, 0, false
		}
		return q[unit].m, q[unit].unit, j + 1, true
	case p.word(j, cUnit) && p.toks[j].flags&fConj != 0 && !p.def(j) && p.toks[j].e.count > 0:
		m, k = int64(p.toks[j].e.count), j+1
	case p.word(j, cWa) && p.num(j+1) && p.glued(j+1):
		v, e, ok := p.number(j + 1)
		if !ok {
			return 0, 0, 0, false
		}
		m, k = v, e
	case p.toks[j].kind == tWord && p.toks[j].flags&fConj != 0 && !p.def(j) && (p.toks[j].e.c == cNum || p.toks[j].e.c == cTeen):
		saved := p.toks[j].flags
		p.toks[j].flags &^= fConj
		v, e, ok := p.number(j)
		p.toks[j].flags = saved
		if !ok {
			return 0, 0, 0, false
		}
		m, k = v, e
	default:
		return 0, 0, 0, false
	}
	if k == j+1 && p.word(j, cUnit) {
		u := int(p.toks[j].e.v)
		if u >= unit || u < uMinute {
			return 0, 0, 0, false
		}
		return m, u, k, true
	}
	if !p.word(k, cUnit) || p.def(k) {
		return 0, 0, 0, false
	}
	u := int(p.toks[k].e.v)
	if u >= unit || u < uMinute || m < 1 {
		return 0, 0, 0, false
	}
	return m, u, k + 1, true
}

// unitIn is how many of the smaller unit make one of the larger (months
// and years counted in days as 30 and 365: a compound such as شهرين
// وأسبوع is rare and its day can be a day off).
func unitIn(big, small int) int64 {
	months := [...]int64{uMonth: 1, uYear: 12, uDecade: 120, uCentury: 1200}
	minutes := [...]int64{uMinute: 1, uHour: 60, uDay: 1440, uWeek: 10080}
	switch {
	case small >= uMonth:
		return months[big] / months[small]
	case big == uMonth:
		return 30 * 1440 / minutes[small]
	case big > uMonth:
		return months[big] / 12 * 365 * 1440 / minutes[small]
	}
	return minutes[big] / minutes[small]
}

// addAmount returns n of unit plus m of the smaller unit small, counted in
// small.
func addAmount(n int64, unit int, m int64, small int) int64 {
	f := unitIn(unit, small)
	if n > unitMax[small]/f {
		return unitMax[small] + 1 // too far: dropped by the caller
	}
	return n*f + m
}

// lastN: آخر + an amount (آخر خمسة أشهر، آخر 24 ساعة، آخر عامين): the
// window ending with the anchor, like خلال الأشهر الخمسة الماضية. Not آخر
// ثلاثة أيام من الشهر (not anchored). i is آخر, first the phrase's start.
func (p *parser) lastN(i int) (int, bool) {
	if !p.word(i, cEdge) || p.toks[i].e.count != 1 || p.def(i) {
		return 0, false
	}
	j := i + 1
	approx := false
	if p.word(j, cApprox) {
		approx, j = true, j+1
	}
	var n int64
	unit := 0
	if v, k, ok := p.number(j); ok && p.word(k, cUnit) && !p.def(k) && (p.toks[k].e.count != 1 || v > 10) {
		n, unit, j = v, int(p.toks[k].e.v), k+1
	} else if p.word(j, cUnit) && p.toks[j].e.count == 2 && !p.def(j) {
		n, unit, j = 2, int(p.toks[j].e.v), j+1
	} else {
		return 0, false
	}
	// آخر 20 دقيقة is the end of a match, not the minutes up to the anchor
	if unit <= uMinute || unit > uCentury || n < 1 || n > unitMax[unit] || p.word(j, cMin) {
		return 0, false
	}
	p.res = p.amountSpan(cKhilal, n, unit, -1, approx)
	return j, true
}

// dayBefore: قبل أمس، قبل البارحة، قبل امبارح (the Gulf and Levantine
// "the day before yesterday"); j is the token after قبل.
func (p *parser) dayBefore(j int) (int, bool) {
	if p.word(j, cUnit) && p.toks[j].e.v == uDay && p.toks[j].e.count == 1 && !p.def(j) && p.word(j+1, cYesterday) {
		j++ // قبل يوم أمس
	}
	if !(p.word(j, cYesterday) || p.word(j, cBariha) && p.def(j)) {
		return 0, false
	}
	d := p.aday - 2
	p.res = span{d0: d, d1: d + 1, grain: Day, kind: Relative}
	return j + 1, true
}

// colloquialOK decides whether a colloquial word that is also another
// word (بكرة: tomorrow, or ب + كرة "with a ball") is the day: at the end
// of its clause, or before a weekday, a part of the day, a time or الصبح.
func (p *parser) colloquialOK(i int) bool {
	if i > 0 && p.prevWordIs(i, "أبو", "ابو") {
		return false
	}
	k := i + 1
	if k >= len(p.toks) {
		return true
	}
	t := &p.toks[k]
	switch t.kind {
	case tPunct:
		return p.punct(k, '.', '!', '?', '؟', '"', '»', '”', ')')
	case tNum:
		return false
	}
	switch t.e.c {
	case cWeekday, cPart:
		return true
	case cUnit:
		return t.e.v == uHour && t.e.count == 1 && p.def(k)
	}
	if p.nextFoldedIs(p.toks[i].end, "الصبح", "الصبحيه", "بالليل", "العصر") {
		return true
	}
	// opening a clause or a quotation, before a verb or a particle (not a
	// definite noun: بكرة القدم)
	if i > 0 && !p.punct(i-1, '"', '«', '“', ':') {
		return false
	}
	return t.flags&fDef == 0 && !p.nextStartsAl(p.toks[i].end)
}

// nowForms are the written forms of الآن taken as "now" (diacritics
// dropped); آلان / ألان / كالان are names (Alain, Kalın) that fold alike.
var nowForms = map[string]bool{
	"الآن": true, "الان": true, "الأن": true, "للآن": true, "للان": true,
	"والآن": true, "والان": true, "والأن": true, "فالآن": true, "فالان": true, "بالآن": true,
}

// isNowForm reports whether the word w, diacritics dropped, is in
// nowForms (without allocating).
func isNowForm(w string) bool {
	var b [64]byte
	n := 0
	for _, r := range w {
		if foldRune(r) >= 0 {
			if n+4 > len(b) {
				return false
			}
			n += utf8.EncodeRune(b[n:], r)
		}
	}
	return nowForms[string(b[:n])]
}

// comparatives before حالاً make it "off" (أفضل حالاً), not "now".
var comparatives = []string{"أفضل", "أسوأ", "أحسن", "أكثر", "أقل", "أشد", "أسعد", "أيسر", "الأفضل", "الأسوأ", "الأحسن", "افضل", "اسوأ", "احسن"}

// now: الآن and its colloquial forms (دلوقتي، هلق، هسه، دابا): the minute
// of the anchor.
func (p *parser) now(i int) (int, bool) {
	t := &p.toks[i]
	if t.e.c == cNow && t.e.v == 2 {
		// اللحظة after هذه or حتى only, and not هذه اللحظة التاريخية (a
		// moment the text tells)
		if !p.def(i) || !(p.word(i-1, cThis) || p.word(i-1, cHatta)) {
			return 0, false
		}
		if k := i + 1; k < len(p.toks) && p.toks[k].kind == tWord && !p.glued(k) && p.nextStartsAl(t.end) && !p.nextFoldedIs(t.end, "التي", "الذي") {
			return 0, false
		}
	}
	if t.e.c == cNow && t.e.v == 0 && (p.prevWordIs(i, comparatives...) || p.nextFoldedIs(t.end, "بين", "بينها", "بينه", "بينهم", "دون")) {
		return 0, false // أفضل حالاً (better off); حالا بينها وبين (they stood between)
	}
	if t.e.c == cZaman {
		// الآن، الان، للآن; not آلان / ألان (Alain, Alan), which fold alike
		if t.e.v != 1 || !p.def(i) {
			return 0, false
		}
		if !isNowForm(p.text[t.start:t.end]) {
			return 0, false
		}
	}
	p.res = span{exact: true, from: p.anchor, to: p.anchor.Add(time.Minute), grain: Minute, kind: Relative}
	return i + 1, true
}

// periodMore reads the modifiers of a week, month or year that periodRule
// does not: بعد المقبل / بعد القادم (the one after next), قبل الماضي (the
// one before last), اللي جاي / اللي فات (colloquial next / last), and
// التالي / اللاحق (the one after the date the text gave last). i is the
// unit, j the token after it.
func (p *parser) periodMore(i, j int) (int, bool) {
	u := int(p.toks[i].e.v)
	k := 0
	switch {
	case p.word(j, cBaad) && p.word(j+1, cMod) && p.def(j+1) && p.toks[j+1].e.v > 0:
		k, j = 2, j+2
	case p.word(j, cQabl) && p.word(j+1, cMod) && p.def(j+1) && p.toks[j+1].e.v < 0:
		k, j = -2, j+2
	case p.word(j, cLilli) && p.word(j+1, cMod) && !p.def(j+1) && p.toks[j+1].e.v != 0:
		k, j = int(p.toks[j+1].e.v), j+2
	case p.word(j, cLilli) && p.word(j+1, cFat):
		k, j = -1, j+2
	case (p.word(j, cTali) || p.word(j, cLahiq)) && p.def(j):
		return p.following(u, i, j+1)
	default:
		return 0, false
	}
	sp, ok := p.periodOf(u, p.aday, k)
	p.res = sp
	return j, ok
}

// following: اليوم التالي، العام التالي، الشهر التالي، الأسبوع التالي، العام اللاحق:
// the unit after the one of the last date the text gave in the same
// paragraph (في 2013 … في العام التالي is 2014). Without such a date it
// counts from an event the text tells, not from the anchor: no date.
func (p *parser) following(u, i, end int) (int, bool) {
	if len(p.out) == 0 || u < uDay || u > uYear {
		return 0, false
	}
	last := &p.out[len(p.out)-1]
	le := last.End - p.base
	start := p.toks[i].start
	if le < 0 || le > start || strings.IndexByte(p.text[le:start], '\n') >= 0 || last.Grain > unitGrain[u] || last.Grain == GrainNone {
		return 0, false
	}
	if u == uDay {
		// اليوم التالي needs a day before it (not a time or a part of a
		// day: ويعود في اليوم التالي after الليلة is a habit), and is not
		// اليوم التالي لإعلانه (the day after an event the text names)
		if last.Grain != Day {
			return 0, false
		}
		if s, e, comma, stop := p.nextWord(p.toks[end-1].end); !stop && !comma && e-s > 4 && strings.HasPrefix(p.text[s:e], "ل") {
			return 0, false
		}
	}
	d := dayOf(last.From.In(p.cfg.loc))
	sp, ok := p.periodOf(u, d, 1)
	p.res = sp
	return end, ok
}

// remainRule: ما تبقى من العام، ما بقي من الشهر الجاري، بقية العام، باقي
// هذا الأسبوع، الأشهر المتبقية من العام: from the anchor's day to the end of
// the period (which must be the current one). i is the cRemain word, first
// the phrase's first token (a plural unit before المتبقية).
func (p *parser) remainRule(i, first int) (int, bool) {
	t := &p.toks[i]
	j := i + 1
	switch {
	case p.word(j, cMin):
		j++
	case t.e.v == 1 && !p.def(i): // بقية العام
	default:
		return 0, false
	}
	var per span
	var ok bool
	end := j
	switch {
	case p.word(j, cThis) && p.word(j+1, cUnit) && p.def(j+1):
		per, end, ok = p.got(p.periodRule(j+1, j))
	case p.word(j, cUnit) && p.def(j) && p.toks[j].e.count == 1:
		if p.toks[j].e.v == uDay {
			// ما تبقى من اليوم; not بقية اليوم (the rest of a day the
			// text tells about, often)
			if t.e.v == 1 || p.word(j+1, cMod) || p.word(j+1, cOrd) || p.word(j+1, cAkhir) {
				return 0, false
			}
			to := p.midnight(p.aday + 1)
			if !p.anchor.Before(to) {
				return 0, false
			}
			p.res = span{exact: true, from: p.anchor, to: to, grain: Hour, kind: Period, pre: int32(p.maBefore(first))}
			return j + 1, true
		}
		per, end, ok = p.got(p.periodRule(j, j))
		if !ok && p.toks[j].e.v >= uWeek && p.toks[j].e.v <= uYear && !p.word(j+1, cMod) {
			per, ok = p.periodOf(int(p.toks[j].e.v), p.aday, 0)
			end = j + 1
		}
	}
	if !ok || per.exact || per.d0 > p.aday || per.d1 <= p.aday {
		return 0, false
	}
	// ما تبقى من السنة الدراسية / المالية: a school or fiscal year, whose
	// end the text does not give
	if p.nextFoldedIs(p.toks[end-1].end, "الدراسيه", "الدراسي", "الماليه", "المالي") {
		return 0, false
	}
	p.res = span{d0: p.aday, d1: per.d1, grain: Day, kind: Period, pre: int32(p.maBefore(first))}
	return end, true
}

// maBefore returns how many bytes before token i the word ما (as in ما
// تبقى) starts, or 0.
func (p *parser) maBefore(i int) int {
	if p.toks[i].e.c != cRemain || p.toks[i].e.v != 0 {
		return 0
	}
	s := p.toks[i].start
	q := strings.TrimRight(p.text[:s], " ")
	if !strings.HasSuffix(q, "ما") {
		return 0
	}
	w := len(q) - len("ما")
	// a word of its own (ما) or glued to في / و / ف / ل (فيما، وما، لما)
	switch r := strings.TrimRight(q[:w], " "); {
	case w == 0 || q[w-1] == ' ':
	case strings.HasSuffix(q[:w], "في") || strings.HasSuffix(q[:w], "و") || strings.HasSuffix(q[:w], "ف") || strings.HasSuffix(q[:w], "ل"):
		_ = r
	default:
		return 0
	}
	return s - w
}

// dualWindow: اليومين الماضيين، الساعتين المقبلتين، العامين الأخيرين — a
// window of two units, like خلال's.
func (p *parser) dualWindow(i int) (int, bool) {
	unit := int(p.toks[i].e.v)
	if unit < uMinute || unit > uCentury {
		return 0, false
	}
	j := i + 1
	dir, ok := p.windowDir(j)
	if !ok {
		return 0, false
	}
	if p.word(j+1, cMin) { // اليومين الأخيرين من الشهر: not anchored
		return 0, false
	}
	p.res = p.amountSpan(cKhilal, 2, unit, dir, false)
	return j + 1, true
}

// amountHence: an amount with no preposition, then من الآن (from now) or
// مضت / مضى / خلت (ago): ثلاثة أيام من الآن is بعد ثلاثة أيام, خمس سنوات
// مضت is قبل خمس سنوات.
func (p *parser) amountHence(i int) (int, bool) {
	var n int64
	unit, j := 0, i
	if v, k, ok := p.number(i); ok && p.word(k, cUnit) && !p.def(k) {
		n, unit, j = v, int(p.toks[k].e.v), k+1
	} else if p.word(i, cUnit) && !p.def(i) && p.toks[i].e.count > 0 {
		n, unit, j = int64(p.toks[i].e.count), int(p.toks[i].e.v), i+1
	} else {
		return 0, false
	}
	if unit < uMinute || unit > uCentury || n < 1 || n > unitMax[unit] {
		return 0, false
	}
	switch {
	case p.word(j, cMin) && p.word(j+1, cZaman) && p.toks[j+1].e.v == 1 && p.def(j+1):
		p.res = p.amountSpan(cBaad, n, unit, 0, false)
		return j + 2, true
	case p.word(j, cMadat) && p.toks[j].flags == 0:
		p.res = p.amountSpan(cQabl, n, unit, 0, false)
		return j + 1, true
	}
	return 0, false
}

// fracAmount reads half or a quarter of a unit after منذ / قبل / بعد (kw):
// نصف ساعة، ربع ساعة، نصف قرن (50 years), counted in the next smaller unit.
func (p *parser) fracAmount(i, j int, kw uint8) (int64, int, int, bool) {
	if !(p.word(j, cNisf) || p.word(j, cRub)) || p.def(j) || !p.word(j+1, cUnit) || p.toks[j+1].e.count != 1 || p.def(j+1) {
		return 0, 0, 0, false
	}
	// only منذ / قبل, and بعد in a future clause: خلال نصف ساعة, على مدى نصف
	// قرن and a story's بعد نصف ساعة mostly count from something else
	// (the corpus sample had a quarter of them wrong)
	// Alone on its line (a query, an agenda line) there is no story: بعد
	// نصف ساعة is half an hour from the anchor.
	if kw != cMundh && kw != cQabl && (kw != cBaad || p.clauseTense(p.toks[i].start, p.toks[j+1].end) <= 0) && !p.alone(i, j+2) {
		return 0, 0, 0, false
	}
	half := p.toks[j].e.c == cNisf
	type frac struct {
		n    int64
		unit int
	}
	var f frac
	switch u := int(p.toks[j+1].e.v); {
	case half:
		f = [...]frac{uHour: {30, uMinute}, uDay: {12, uHour}, uMonth: {15, uDay}, uYear: {6, uMonth}, uDecade: {5, uYear}, uCentury: {50, uYear}, uCentury + 1: {}}[u]
	default:
		f = [...]frac{uHour: {15, uMinute}, uDay: {6, uHour}, uYear: {3, uMonth}, uCentury: {25, uYear}, uCentury + 1: {}}[u]
	}
	if f.unit == 0 {
		return 0, 0, 0, false
	}
	return f.n, f.unit, j + 2, true
}

// relQuarter: الربع الماضي / الحالي / المقبل (the quarter of the anchor,
// or the one before or after it).
func (p *parser) relQuarter(i int) (int, bool) {
	if !p.word(i, cRub) || !p.def(i) || !p.word(i+1, cMod) || !p.def(i+1) {
		return 0, false
	}
	y, m, _ := civilFromDays(p.aday)
	first := ((m-1)/3+int(p.toks[i+1].e.v))*3 + 1 // may leave 1..12: daysFromCivil normalises
	p.res = span{d0: daysFromCivil(y, first, 1), d1: daysFromCivil(y, first+3, 1), grain: Quarter, kind: Period}
	return i + 2, true
}

// numberWindow: a number with the article before an indefinite unit and a
// direction (الثلاثة أيام المقبلة، العشر سنوات الأخيرة، الخمسة أشهر
// الماضية): the window like الأيام الثلاثة المقبلة.
func (p *parser) numberWindow(i int) (int, bool) {
	if !p.def(i) {
		return 0, false
	}
	n, k, ok := p.number(i)
	if !ok || !p.word(k, cUnit) || p.def(k) || p.toks[k].e.count == 2 || p.toks[k].e.count == 1 && n <= 10 {
		return 0, false
	}
	unit := int(p.toks[k].e.v)
	if unit < uMinute || unit > uCentury || n < 1 || n > unitMax[unit] {
		return 0, false
	}
	j := k + 1
	dir, ok := p.windowDir(j)
	if !ok {
		return 0, false
	}
	// العشر دقائق الأخيرة (of a match), … الأخيرة من الشهر: not anchored
	if p.word(j+1, cMin) || unit == uMinute && dir < 0 {
		return 0, false
	}
	p.res = p.amountSpan(cKhilal, n, unit, dir, false)
	return j + 1, true
}

// storyAfter reports whether بعد + an amount (tokens i to j) counts from
// an event a past story tells (أفرجت عنه بعد أربع سنوات، وبعد أسبوع كرر
// المشاركون): its clause is past. The corpus had two in three بعد +
// amount phrases of that kind; a clause with no past mark (تنتهي المهلة
// بعد شهرين) or من الآن counts from the anchor.
func (p *parser) storyAfter(i, j int) bool {
	if p.word(j, cMin) && p.word(j+1, cZaman) { // بعد 10 سنوات من الآن
		return false
	}
	if p.spentAfter(p.toks[j-1].end) { // verbs.go: بعد 22 عاما قضاها في المنصب
		return true
	}
	if t := p.clauseTense(p.toks[i].start, p.toks[j-1].end); t > 0 || t == 0 && !p.perfectNear(p.toks[i].start, p.toks[j-1].end) {
		return false // perfect.go: وانسحبوا بعد يومين is a story too
	}
	// أعتقد أن بعد ثلاثة أسابيع ستكون الأمور…: a future verb right after it
	if s, e, comma, end := p.nextWord(p.toks[j-1].end); !end && !comma {
		var buf [64]byte
		if b := foldWord(&buf, p.text[s:e]); b != nil && futureVerb(b, p.text[s:e]) {
			return false
		}
	}
	return true
}

// windowDir reads the direction word of a window at token j: الماضي /
// المقبل and their forms (their value), or الأخير (the past, -1).
func (p *parser) windowDir(j int) (int, bool) {
	switch {
	case p.word(j, cMod) && p.def(j) && p.toks[j].e.v != 0:
		return int(p.toks[j].e.v), true
	case p.word(j, cAkhir) && p.def(j):
		return -1, true
	}
	return 0, false
}
