package dates

import (
	"strings"
	"time"

	tkz "github.com/arnews/arnews/tokenize" // dates has a func tokenize of its own
)

// span is a resolved expression before it becomes an Expression. Day-based
// spans use day numbers [d0, d1); times of day set exact and from/to.
type span struct {
	d0, d1   int
	from, to time.Time
	warn     string
	hijri    Hijri
	zone     *time.Location // a time's explicit zone (بتوقيت …), else nil
	pre      int32          // bytes of the phrase before its first token (ما in ما تبقى)
	skip     int32          // tokens of the phrase left out of the span (حتى in حتى 23 أيلول)
	// the one-byte fields together, so that a span (copied on each rule's
	// return) takes no padding
	exact  bool
	grain  Grain
	kind   Kind
	approx bool
	dated  bool // a time whose day the text gave (مساء الخميس)
	noHalf bool // a time before noon with nothing saying which half (الساعة الثالثة)
	dayed  bool // a time on a day the text named (d0 holds it)
}

type parser struct {
	text   string      // the chunk being read
	base   int         // its offset in the caller's text
	st     *tkz.Stream // the word stream of the caller's text, or nil
	cls    []uint16    // the classes of st's tokens (see streamToks), or nil
	stHint int         // neighbours.go: the stream token tokFrom found last
	nbTok  int         // neighbours.go: the stream token of the word prevWord or nextWord gave last, or -1
	toks   []tok
	cfg    config
	anchor time.Time
	aday   int
	out    []Expression
	res    span // the span of the rule that returned last with ok: a rule returns (end, ok) and leaves its span here (see got)

	forward    bool // inside حتى …: yearless dates point forward
	top        int  // the token where the phrase being parsed starts
	lastDay    int  // day of the last day-grain expression
	lastDayEnd int  // token index just after it, -1 when none
	lastPart   int  // the part of the day it named (مساء الخميس), else 0
}

// maxDays bounds every resolved day to within about 10,000 years of the
// anchor; larger amounts are dropped.
const maxDays = 3_660_000

func (p *parser) run() []Expression {
	p.lastDayEnd = -100
	p.forward = false
	for i := 0; i < len(p.toks); {
		i = skipPlain(p.toks, i)
		if i >= len(p.toks) {
			break
		}
		if !p.mayStart(i) { // gate.go
			i++
			continue
		}
		p.top = i
		end, ok := p.parse(i)
		if !ok || end <= i {
			if end, ok = p.general(i); !ok || end <= i { // general.go: short forms
				i++
				continue
			}
		}
		// The phrase's span is taken from p.res once, and the rules
		// that may extend it read it through a pointer: a span passed
		// by value is 128 bytes moved at each call.
		sp := p.res
		if e2, ok := p.dashRange(i, end, &sp); ok { // 3 فبراير 2015 - 14 فبراير
			sp, end = p.res, e2
		}
		if e2, ok := p.yearRun(i, end, &sp); ok { // years.go: في 2014 و2015 و2016
			sp, end = p.res, e2
		}
		if e2, ok := p.partAfter(i, end, &sp); ok { // general.go: غدا صباحا
			sp, end = p.res, e2
		}
		if e, ok := p.emit(i, end, &sp); ok {
			if !p.joinDayTime(&e) { // daytime.go: غدا الساعة 3 مساء
				p.out = append(p.out, e)
			}
			if e.Grain == Day && !sp.exact && sp.d1 == sp.d0+1 { // one day: a time after it may take it
				p.lastDay, p.lastDayEnd, p.lastPart = sp.d0, end, 0
			} else if sp.kind == Time && sp.dayed { // الثلاثاء في الساعة 11,00 (09,00 ت غ)
				p.lastDay, p.lastDayEnd, p.lastPart = sp.d0, end, 0
			}
		}
		i = end
	}
	return p.out
}

func (p *parser) midnight(d int) time.Time {
	y, m, dd := civilFromDays(d)
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, p.cfg.loc)
}

func (p *parser) emit(i, end int, sp *span) (Expression, bool) {
	if sp.skip > 0 && i+int(sp.skip) < end {
		i += int(sp.skip)
	}
	start := p.spanStart(&p.toks[i]) // span.go: و/ف and ب/ل/ك left out
	if sp.pre > 0 && int(sp.pre) <= p.toks[i].start {
		start = p.toks[i].start - int(sp.pre)
	}
	stop := p.toks[end-1].end
	from, to := sp.from, sp.to
	if !sp.exact {
		if sp.d1 <= sp.d0 || sp.d0-p.aday > maxDays || p.aday-sp.d0 > maxDays || sp.d1-p.aday > maxDays || p.aday-sp.d1 > maxDays {
			return Expression{}, false
		}
		from, to = p.midnight(sp.d0), p.midnight(sp.d1)
	}
	if !from.Before(to) {
		return Expression{}, false
	}
	return Expression{Text: p.text[start:stop], Start: p.base + start, End: p.base + stop, From: from, To: to,
		Grain: sp.grain, Kind: sp.kind, Hijri: sp.hijri, Approx: sp.approx, Warning: sp.warn}, true
}

// got returns the span a rule just left in p.res with the rule's other
// results. The rules return their span in p.res instead of as a result: a
// rule that hands on another's span (if end, ok := p.rule(i); ok { return
// end, true }, most of core and parse) then moves no span, where a
// returned span was zeroed and copied twice at each call site.
//
// p.res means something only when the rule returned ok. A rule that fails
// leaves p.res as it is (whatever an inner rule left there), so the span
// got returns with !ok is garbage: every caller reads it only after
// testing ok (or overwrites it, or passes it on with the same ok). Not
// zeroing it on each of the ~340 failure returns takes a 128-byte store
// out of each one, about 7% of dates' code.
func (p *parser) got(end int, ok bool) (span, int, bool) { return p.res, end, ok }

// ---- token helpers ----

// word reports whether token i is a word of class c. Only words carry a
// class (lexFrom and streamToks set e on words alone), so for c other than
// cNone — a constant at nearly every call, where the test folds away —
// the class says it is a word: one load and test fewer in the hundreds of
// places word is inlined.
func (p *parser) word(i int, c uint8) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].e.c == c && (c != cNone || p.toks[i].kind == tWord)
}

func (p *parser) def(i int) bool { return p.toks[i].flags&fDef != 0 }

func (p *parser) num(i int) bool { return uint(i) < uint(len(p.toks)) && p.toks[i].kind == tNum }

func (p *parser) punct(i int, rs ...rune) bool {
	if uint(i) >= uint(len(p.toks)) || p.toks[i].kind != tPunct {
		return false
	}
	v := p.toks[i].val
	for _, r := range rs {
		if v == int64(r) {
			return true
		}
	}
	return false
}

func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].space }

func (p *parser) skipComma(i int) int {
	if p.punct(i, ',', '،') {
		return i + 1
	}
	return i
}

// ---- dispatch ----

// parse tries every rule that can start at token i, longest first.
func (p *parser) parse(i int) (int, bool) {
	t := &p.toks[i]
	switch { // only words carry a class (see word)
	case t.e.c == cMin, t.e.c == cBayn:
		if end, ok := p.rangeRule(i); ok {
			return end, true
		}
		return 0, false
	case t.e.c == cIla && p.word(i+1, cGhaya):
		if end, ok := p.untilRule(i+1, 2); ok {
			return end, true
		}
		return 0, false
	case t.e.c == cHatta:
		if end, ok := p.untilRule(i, 1); ok {
			return end, true
		}
		return 0, false
	case t.e.c == cMundh || t.e.c == cQabl || t.e.c == cBaad || t.e.c == cKhilal:
		if end, ok := p.offsetRule(i); ok {
			return end, true
		}
		if end, ok := p.afternoonOf(i); ok { // بعد ظهر اليوم، بعد ظهر الخميس
			return end, true
		}
		return 0, false
	case t.e.c == cFi && p.word(i+1, cGhudun):
		return p.spanRule(i, i+2, durAhead)
	case t.e.c == cAla && p.word(i+1, cMada) && !p.def(i+1):
		if end, ok := p.spanRule(i, i+2, durClause); ok {
			return end, true
		}
	case t.e.c == cTila:
		return p.spanRule(i, i+1, durClause)
	case t.e.c == cFi || t.e.c == cWaqt:
		return p.waqtRule(i)
	case t.e.c == cTamam:
		if p.word(i+1, cUnit) && p.def(i+1) {
			return p.timeRule(i + 1)
		}
		return 0, false
	case t.e.c == cUnit && t.e.v == uHour && t.e.count == 1 && t.flags&fDef != 0:
		return p.timeRule(i)
	case t.kind == tNum:
		if end, ok := p.timeRule(i); ok {
			return end, true
		}
		if end, ok := p.amountHence(i); ok { // ثلاثة أيام من الآن، 5 سنوات مضت
			return end, true
		}
	case (t.e.c == cNum || t.e.c == cTeen || t.e.c == cUnit && t.e.count > 0) && t.flags&fDef == 0:
		if end, ok := p.amountHence(i); ok {
			return end, true
		}
	case (t.e.c == cOrd || t.e.c == cNum && t.e.n == 1) && t.flags&fDef != 0:
		if end, ok := p.bareClock(i); ok { // السابعة من مساء أمس، الخامسة والنصف
			return end, true
		}
	case t.e.c == cEdge && t.e.v == edgeMid && (p.word(i+1, cPart) && p.toks[i+1].e.v == partNight || p.word(i+1, cNahar)):
		if end, ok := p.midnightRule(i); ok { // منتصف ليل الخميس الجمعة، منتصف نهار الخميس
			return end, true
		}
	case t.e.c == cPart && t.e.v == partNight && t.flags&fLam != 0: // لليلة = ل + الليلة
		// لليلة السادسة على التوالي: a streak of nights, counted in days
		if end, ok := p.streakOf(i, uDay); ok {
			return end, true
		}
	case t.e.c == cPart:
		if end, ok := p.nightBetween(i); ok { // daytime.go: الليلة الفاصلة بين الخميس والجمعة
			return end, true
		}
		if end, ok := p.partRule(i); ok {
			return end, true
		}
	case t.e.c == cUnit && t.flags&fLam != 0 && t.flags&fDef != 0:
		if end, ok := p.streakRule(i); ok {
			return end, true
		}
	}
	sp, end, ok := p.got(p.core(i))
	if ok {
		sp, end = p.dateClock(sp, end) // 9 مارس 2018 - 7:45 مساءً
	}
	p.res = sp
	return end, ok
}

// core parses a self-contained date phrase at i (no leading preposition
// rule): relative days, weekdays, periods, edges, dates, Hijri dates,
// holidays, years and decades.
func (p *parser) core(i int) (int, bool) {
	if i >= len(p.toks) {
		return 0, false
	}
	t := &p.toks[i]
	if t.kind == tNum {
		if end, ok := p.numericDate(i); ok {
			return end, true
		}
		if end, ok := p.dayMonth(i); ok {
			return end, true
		}
		if end, ok := p.numDayRange(i); ok {
			return end, true
		}
		if end, ok := p.yearDash(i); ok { // موسم 1999 – 2000، 1441-1442 هـ
			return end, true
		}
		if end, ok := p.seasonYears(i); ok { // seasons.go: موسم 2016-17
			return end, true
		}
		return p.bareYear(i)
	}
	if t.kind != tWord {
		return 0, false
	}
	switch t.e.c {
	case cAwwal:
		if end, ok := p.feastNthDay(i); ok { // feastdays.go: أول أيام عيد الفطر
			return end, true
		}
		if t.flags&fDef == 0 && p.word(i+1, cUnit) && p.def(i+1) && p.toks[i+1].e.count == 1 && p.toks[i+1].e.v >= uWeek &&
			!p.nextFoldedIs(p.toks[i+1].end, "الماليه", "المالي", "الدراسيه", "الدراسي", "الهجريه", "الهجري") {
			if end, ok := p.edgeRuleAt(i, edgeEarly); ok { // أول العام 2016، أول الشهر المقبل
				return end, true
			}
		}
		if t.flags&fDef != 0 {
			return p.ordinalDays(i) // runs.go: الأول والثاني من مايو
		}
		if end, ok := p.nthWeekday(i); ok { // أول خميس من ديسمبر
			return end, true
		}
		return p.relDay(i)
	case cYesterday, cBariha, cTomorrow:
		return p.relDay(i)
	case cUnit:
		if end, ok := p.nthUnit(i); ok { // اليوم الخامس من الشهر، الأسبوع الأول من يناير
			return end, true
		}
		if t.e.v == uWeek && t.e.count == 1 && t.flags&fDef != 0 {
			if end, ok := p.weekWithDays(i, i); ok { // الأسبوع الماضي بين الثلاثاء والخميس
				return end, true
			}
		}
		if t.e.v == uDay && t.e.count == 1 {
			if t.flags&fDef != 0 && (p.word(i+1, cTali) || p.word(i+1, cLahiq)) && p.def(i+1) {
				return p.following(uDay, i, i+2) // اليوم التالي: the day after the text's last date
			}
			if t.flags&fDef != 0 {
				return p.relDay(i)
			}
			// يوم أمس، يوم الأحد، يوم عرفة
			if p.word(i+1, cYesterday) || p.word(i+1, cTomorrow) {
				return p.relDay(i + 1)
			}
			if p.word(i+1, cWeekday) && p.def(i+1) {
				if end, ok := p.dayPair(i+1, i); ok { // يوما الخميس والجمعة
					return end, true
				}
				if end, ok := p.weekdayOfWeek(i + 1); ok { // يوم الأربعاء من الأسبوع الماضي
					return end, true
				}
				if end, ok := p.weekdayNth(i + 1); ok { // يوم السبت الأخير من شهر أبريل
					return end, true
				}
				return p.weekdayRule(i+1, i)
			}
			if p.word(i+1, cArafa) {
				return p.hijriHoliday(i, i+2, 12, 9, 1)
			}
			return 0, false
		}
		if t.e.v == uDay && t.e.count == 2 && !p.def(i) {
			return p.dayPair(i+1, i) // يومي الخميس والجمعة
		}
		if t.e.v == uDecade && t.e.count == 1 && p.word(i+1, cDecade) {
			return p.decadeRule(i+1, i)
		}
		if t.e.v == uMonth && t.e.count == 1 && t.flags&fDef == 0 {
			if end, ok := p.ghurra(i); ok { // غرة شهر رمضان
				return end, true
			}
			// شهر أكتوبر، شهر رمضان
			if p.word(i+1, cHMonth) && p.toks[i+1].e.v == 9 {
				if !p.num(i + 2) {
					return p.ramadan(i+1, i)
				}
				if sp, end, ok := p.got(p.ramadan(i+1, i)); ok && p.toks[i+2].val > 1500 { // شهر رمضان 2022
					p.res = sp
					return end, true
				}
			}
			return p.monthName(i+1, i, true)
		}
		if t.e.v == uCentury && t.e.count == 1 && t.flags&fDef != 0 {
			// القرن العشرين، القرن الحادي والعشرين، القرن التاسع عشر
			if n, end, ok := p.ordinal(i + 1); ok && n >= 1 && n <= 30 {
				if end, ok = p.centuryEra(end); !ok {
					return 0, false // القرن الخامس قبل الميلاد
				}
				s := (n - 1) * 100
				p.res = span{d0: daysFromCivil(s, 1, 1), d1: daysFromCivil(s+100, 1, 1), grain: Century, kind: Period}
				return end, true
			}
		}
		if t.e.v == uYear && (t.e.count == 1 || t.e.count == 2) {
			if end, ok := p.yearWord(i); ok {
				return end, true
			}
		}
		if t.e.count == 2 && t.flags&fDef != 0 { // اليومين الماضيين، الساعتين المقبلتين
			if end, ok := p.dualWindow(i); ok {
				return end, true
			}
		}
		if t.e.count == 0 && t.flags&fDef != 0 {
			if p.word(i+1, cRemain) && p.def(i+1) { // الأشهر المتبقية من العام
				return p.remainRule(i+1, i)
			}
			return p.pluralWindow(i)
		}
		if p.contractNotDecade(i) { // years.go: العقد الحالي / السابق of a player
			return 0, false
		}
		return p.periodRule(i, i)
	case cThis:
		if p.word(i+1, cPart) && p.def(i+1) { // هذا المساء، هذا الصباح، هذه الليلة
			return p.thisPart(i)
		}
		if p.word(i+1, cNow) { // هذه اللحظة
			if end, ok := p.now(i + 1); ok {
				return end, true
			}
		}
		if p.word(i+1, cUnit) && p.def(i+1) {
			if end, ok := p.weekWithDays(i+1, i); ok { // هذا الأسبوع بين الأحد والخميس
				return end, true
			}
			return p.periodRule(i+1, i)
		}
		if p.word(i+1, cSeason) && p.def(i+1) {
			return p.seasonRule(i+1, i, int(p.toks[i+1].e.v))
		}
		if p.word(i+1, cRabi) && p.def(i+1) {
			return p.seasonRule(i+1, i, 3)
		}
	case cAl: // الـ15 من الشهر الجاري
		if p.num(i + 1) {
			return p.dayMonth(i + 1)
		}
	case cRub, cNisf: // الربع الأول من العام، النصف الثاني من 2019
		if end, ok := p.relQuarter(i); ok { // الربع الماضي، الربع المقبل
			return end, true
		}
		if end, ok := p.halfOfMonth(i); ok { // النصف الثاني من شهر مارس
			return end, true
		}
		return p.partOfYear(i)
	case cWeekday:
		if p.word(i+1, cFeast) { // أحد الشعانين، الجمعة العظيمة
			if end, ok := p.feast(i, i+1); ok {
				return end, true
			}
		}
		if end, ok := p.weekdayNth(i); ok { // الأربعاء الأول من أبريل، الجمعة الأخيرة من رمضان
			return end, true
		}
		if end, ok := p.weekdayOfWeek(i); ok { // السبت من الأسبوع المقبل، أربعاء الأسبوع الماضي
			return end, true
		}
		if end, ok := p.dayPair(i, i); ok { // الأحد 6 والاثنين 7 أيار
			return end, true
		}
		return p.weekdayRule(i, i)
	case cFeast: // الفصح، شم النسيم
		return p.feast(i, i)
	case cGFeast: // الكريسماس
		return p.gFeast(i, i)
	case cHFeast: // عاشوراء، الإسراء والمعراج
		return p.hFeast(i)
	case cEdge:
		if end, ok := p.lastN(i); ok { // آخر خمسة أشهر
			return end, true
		}
		if end, ok := p.nthWeekday(i); ok { // آخر سبت من الشهر الماضي
			return end, true
		}
		return p.edgeRule(i)
	case cRemain:
		return p.remainRule(i, i)
	case cNow, cZaman:
		return p.now(i)
	case cMonth, cKanun, cTishrin:
		if sp, end, ok, named := p.namedMonth(i); named { // حرب أكتوبر، ثورة يناير
			p.res = sp
			return end, ok
		}
		if end, ok := p.monthDayRange(i); ok { // آب 20-24
			return end, true
		}
		return p.monthName(i, i, false)
	case cSeason:
		return p.seasonRule(i, i, int(t.e.v))
	case cHMonth, cRabi, cJumada, cDhu:
		if end, ok := p.ghurra(i); ok { // feastdays.go: غرة شوال
			return end, true
		}
		if t.e.c == cRabi && t.flags&fDef != 0 && !p.word(i+1, cAwwal) && !p.word(i+1, cOrd) && !p.word(i+1, cEdge) {
			return p.seasonRule(i, i, 3) // الربيع الماضي: spring
		}
		if end, ok := p.hijriMonthYear(i, i); ok {
			return end, true
		}
		if t.e.c == cHMonth && t.e.v == 9 {
			return p.ramadan(i, i)
		}
	case cEid, cRas, cMawlid:
		return p.holiday(i)
	case cDecade:
		return p.decadeRule(i, i)
	case cOrd:
		if end, ok := p.feastNthDay(i); ok { // feastdays.go: ثاني أيام العيد
			return end, true
		}
		if end, ok := p.nthWeekday(i); ok { // ثالث اثنين من مايو 2015
			return end, true
		}
		if p.word(i-1, cNisf) || p.word(i-1, cRub) {
			return 0, false // النصف الثاني من مارس is no 2 March
		}
		return p.ordinalDays(i) // runs.go: الثالث والرابع من أبريل
	case cTeen: // العشر سنوات الأخيرة
		if t.flags&fDef != 0 {
			return p.numberWindow(i)
		}
	case cNum: // الثلاثين من سبتمبر
		if end, ok := p.numberWindow(i); ok { // الثلاثة أيام المقبلة
			return end, true
		}
		if t.flags&fDef != 0 {
			return p.ordinalDays(i)
		}
	}
	return 0, false
}

// ---- relative days ----

func (p *parser) reconcile(expected int, base int, wd time.Weekday, word string) (int, string) {
	if weekdayOf(expected) == wd {
		return expected, ""
	}
	a := p.aday
	back := (int(weekdayOf(a)) - int(wd) + 7) % 7
	var d int
	switch {
	case base < 0:
		d = a - back
	case base > 0:
		// the occurrence nearest the day the word names: a stamp a day or
		// two late (غداً الثلاثاء stamped on Tuesday) names that Tuesday,
		// not the next one
		b := (int(weekdayOf(expected)) - int(wd) + 7) % 7
		if b <= 3 {
			d = expected - b
		} else {
			d = expected + 7 - b
		}
	default:
		if back <= 3 {
			d = a - back
		} else {
			d = a + 7 - back
		}
	}
	return d, word + " is " + p.isoDay(expected) + " (" + weekdayOf(expected).String() + ") but the text names " +
		wd.String() + "; used " + p.isoDay(d)
}

func (p *parser) isoDay(d int) string {
	y, m, dd := civilFromDays(d)
	var b [16]byte
	n := 0
	if y < 0 || y > 9999 {
		return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4] = '-'
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[7] = '-'
	b[8], b[9] = byte('0'+dd/10), byte('0'+dd%10)
	n = 10
	return string(b[:n])
}

// relDay: اليوم، أمس، البارحة، أول أمس، أمس الأول، غداً، each optionally
// followed by a weekday.
func (p *parser) relDay(i int) (int, bool) {
	t := &p.toks[i]
	if p.relIdiom(i) { // بين الأمس واليوم، حزب الغد
		return 0, false
	}
	base, j := 0, i+1
	word := ""
	approx := false
	switch t.e.c {
	case cUnit: // اليوم
		if t.flags&fDef == 0 {
			return 0, false
		}
		if k := j; p.word(k, cOrd) || p.word(k, cAwwal) || p.word(k, cTeen) || (p.word(k, cNum) && p.def(k)) || p.word(k, cMod) || p.word(k, cLahiq) || p.word(k, cAkhir) {
			return 0, false // اليوم الأول، اليوم الأخير: not today
		}
		if p.namedDayAfter(t.end) {
			return 0, false // اليوم التالي، اليوم الذي، اليوم العالمي، اليوم نفسه
		}
		if p.perDay(t.start) {
			return 0, false // درس واحد في اليوم: a rate
		}
		if k := p.skipComma(j); !(p.word(k, cWeekday) && p.def(k)) {
			switch p.todayUse(p.toks[i].start) {
			case todayNot: // حتى اليوم، عالم اليوم، صحيفة "المصري اليوم"
				return 0, false
			case todayVague: // في تونس اليوم: these days
				approx = true
			}
		}
		word = "today"
	case cYesterday:
		base = -1
		word = "yesterday"
		if p.word(j, cAwwal) && p.def(j) {
			base, j, word = -2, j+1, "the day before yesterday"
		}
	case cBariha:
		if t.flags&fDef == 0 {
			return 0, false
		}
		base, word = -1, "yesterday"
		if p.word(j, cAwwal) && p.def(j) {
			base, j, word = -2, j+1, "the day before yesterday"
		}
	case cTomorrow:
		if t.e.amb && !p.colloquialOK(i) { // بكرة القدم
			return 0, false
		}
		base, word = 1, "tomorrow"
	case cAwwal:
		if t.flags&fDef != 0 {
			return 0, false
		}
		switch {
		case p.word(j, cYesterday):
			j++
		case p.word(j, cMin) && p.word(j+1, cYesterday):
			j += 2
		case p.word(j, cBariha) && p.def(j):
			j++
		default:
			return 0, false
		}
		base, word = -2, "the day before yesterday"
	default:
		return 0, false
	}
	d := p.aday + base
	sp := span{grain: Day, kind: Relative, approx: approx}
	k := p.skipComma(j)
	closing := false
	if p.punct(j, '(') && p.word(j+1, cWeekday) && p.def(j+1) && p.punct(j+2, ')') {
		k, closing = j+1, true // أمس (الجمعة)، اليوم (الأربعاء)
	}
	if p.word(k, cWeekday) && p.def(k) {
		wd := time.Weekday(p.toks[k].e.v)
		if ds, end, ok := p.got(p.dateAfterWeekday(k+1, wd)); ok {
			if weekdayOf(d) == wd && weekdayOf(ds.d0) != wd {
				// the word and its weekday agree, the date does not: a
				// typo in the date (اليوم الاثنين 02 جانفي 2016 written
				// on Monday 2 January 2017)
				sp.d0, sp.d1 = d, d+1
				sp.warn = word + " " + wd.String() + " is " + p.isoDay(d) + " but the text gives the date " + p.isoDay(ds.d0) + "; used " + p.isoDay(d)
				p.res = sp
				return end, true
			}
			if ds.d0 != d && ds.warn == "" {
				ds.warn = word + " is " + p.isoDay(d) + " but the text gives the date " + p.isoDay(ds.d0) + "; used the date"
			}
			p.res = ds
			return end, true
		}
		d, sp.warn = p.reconcile(d, base, wd, word)
		j = k + 1
		if closing {
			j++ // the bracket closes the phrase
		}
	}
	sp.d0, sp.d1 = d, d+1
	p.res = sp
	return j, true
}

// dateAfterWeekday reads a date written after a weekday name (الأحد، 4
// أكتوبر 2020; الاثنين الموافق 5 أكتوبر). The date wins; a weekday that does
// not match it is reported. Without a year, the nearby year whose day is
// that weekday is taken.
func (p *parser) dateAfterWeekday(j int, wd time.Weekday) (int, bool) {
	k := p.skipComma(j)
	if k >= len(p.toks) {
		return 0, false
	}
	if p.word(k, cMuwafiq) && p.def(k) {
		k++
		if p.word(k, cLam) {
			k++
		}
	}
	var sp span
	var end int
	var ok bool
	if p.num(k) {
		sp, end, ok = p.got(p.numericDate(k))
		if !ok {
			sp, end, ok = p.got(p.dayMonth(k))
		}
	} else if p.word(k, cOrd) || p.word(k, cAwwal) {
		sp, end, ok = p.got(p.ordinalDay(k))
	}
	if !ok || sp.grain != Day {
		return 0, false
	}
	if sp.kind == Date && weekdayOf(sp.d0) != wd && !p.hasYear(k, end) {
		y, m, d := civilFromDays(sp.d0)
		for _, dy := range [...]int{-1, 1, -2, 2} {
			if validDate(y+dy, m, d) {
				if x := daysFromCivil(y+dy, m, d); weekdayOf(x) == wd {
					sp.d0, sp.d1 = x, x+1
					break
				}
			}
		}
	}
	if weekdayOf(sp.d0) != wd {
		sp.warn = "the text names " + wd.String() + " but " + p.isoDay(sp.d0) + " is a " + weekdayOf(sp.d0).String() + "; used the date"
	}
	p.res = sp
	return end, true
}

// weekdayRule: [يوم] الأحد [الماضي|المقبل] [، 4 أكتوبر 2020]. i is the
// weekday token, first the first token of the phrase.
func (p *parser) weekdayRule(i, first int) (int, bool) {
	t := &p.toks[i]
	if t.flags&fDef == 0 {
		return 0, false
	}
	if p.namedWeekday(i, first == i) { // سوق الثلاثاء، الاثنين الأسود
		return 0, false
	}
	wd := time.Weekday(t.e.v)
	j := i + 1
	// a full date after the weekday: the date wins, a mismatch is reported
	if end, ok := p.dateAfterWeekday(j, wd); ok {
		return end, true
	}
	a := p.aday
	back := (int(weekdayOf(a)) - int(wd) + 7) % 7
	fwd := (int(wd) - int(weekdayOf(a)) + 7) % 7
	var d int
	switch {
	case p.word(j, cMod) && p.def(j) && p.toks[j].e.v < 0:
		if back == 0 {
			back = 7
		}
		d = a - back
		j++
	case p.word(j, cMod) && p.def(j) && p.toks[j].e.v > 0:
		if fwd == 0 {
			fwd = 7
		}
		d = a + fwd
		j++
	case p.word(j, cBaad) && p.word(j+1, cMod) && p.def(j+1) && p.toks[j+1].e.v > 0: // الأحد بعد القادم
		if fwd == 0 {
			fwd = 7
		}
		d = a + fwd + 7
		j += 2
	case p.word(j, cQabl) && p.word(j+1, cMod) && p.def(j+1) && p.toks[j+1].e.v < 0: // الجمعة قبل الماضية
		if back == 0 {
			back = 7
		}
		d = a - back - 7
		j += 2
	case p.word(j, cLilli) && (p.word(j+1, cMod) && !p.def(j+1) && p.toks[j+1].e.v != 0 || p.word(j+1, cFat)): // الخميس اللي جاي / اللي فات
		if p.word(j+1, cMod) && p.toks[j+1].e.v > 0 {
			if fwd == 0 {
				fwd = 7
			}
			d = a + fwd
		} else {
			if back == 0 {
				back = 7
			}
			d = a - back
		}
		j += 2
	case p.word(j, cWeekday) && p.def(j) && p.toks[j].flags&fConj != 0 && p.word(j+1, cMod) && p.def(j+1) && p.toks[j+1].e.v != 0:
		// الاثنين والثلاثاء الماضيين: the modifier after the pair holds for both
		if p.toks[j+1].e.v < 0 {
			if back == 0 {
				back = 7
			}
			d = a - back
		} else {
			if fwd == 0 {
				fwd = 7
			}
			d = a + fwd
		}
	default:
		if first == i && !p.bareWeekdayOK(i) {
			return 0, false
		}
		dir := p.cfg.dir
		// a phrase of its own (not inside منذ، حتى، من … إلى): the tense of
		// its clause decides, else the BareNames direction
		if !p.forward && (first == p.top || first == p.top+1 && p.word(p.top, cPart)) {
			if t := p.clauseTense(p.toks[p.top].start, p.toks[i].end); t != 0 {
				dir = Direction(t)
			}
		}
		if dir == Future {
			d = a + fwd // today's weekday is today: سيعقد الأحد on a Sunday
		} else {
			d = a - back
		}
	}
	if sp, end, ok := p.got(p.dateAfterWeekday(j, wd)); ok && j > i+1 { // الأحد القادم 26/9/1439هـ
		p.res = sp
		return end, true
	}
	p.res = span{d0: d, d1: d + 1, grain: Day, kind: Weekday}
	return j, true
}

// hasYear reports whether a number of three or more digits lies in [i, end).
func (p *parser) hasYear(i, end int) bool {
	for ; i < end && i < len(p.toks); i++ {
		if p.toks[i].kind == tNum && p.toks[i].ndig >= 3 {
			return true
		}
	}
	return false
}

// bareWeekdayOK decides whether a weekday name with nothing before it is a
// day. الأحد and الاثنين also mean "the one" and "the two": not after بين،
// كلا or a dual or plural noun (البلدين الاثنين، المسؤولين الاثنين), not
// before عشر or معاً.
func (p *parser) bareWeekdayOK(i int) bool {
	t := &p.toks[i]
	if t.e.v != 0 && t.e.v != 1 {
		return true
	}
	if p.word(i+1, cTeen) {
		return false
	}
	if i+1 < len(p.toks) && p.toks[i+1].kind == tWord {
		if w := p.text[p.toks[i+1].start:p.toks[i+1].end]; strings.HasPrefix(w, "معا") {
			return false
		}
	}
	if p.punct(i-1, ',', '،', '(') || p.word(i-1, cFi) || p.word(i-1, cMundh) || p.word(i-1, cHatta) ||
		p.word(i-1, cQabl) || p.word(i-1, cBaad) || p.word(i-1, cMin) {
		return true
	}
	if p.word(i-1, cBayn) {
		return false
	}
	if i > 0 && p.toks[i-1].kind == tWord {
		w := p.text[p.toks[i-1].start:p.toks[i-1].end]
		if strings.HasSuffix(w, "كلا") {
			return false
		}
		if t.e.v == 1 && strings.HasSuffix(w, "ين") && p.twoAfter(i-1) {
			return false // المتهمين الاثنين: the two accused
		}
	}
	return true
}

// ---- periods: الأسبوع الماضي، هذا العام، الشهر الجاري ----

func (p *parser) weekStartOf(d int) int {
	return d - (int(weekdayOf(d))-int(p.cfg.weekStart)+7)%7
}

// periodOf returns the span of the period of unit u that contains day d,
// shifted by k periods.
func (p *parser) periodOf(u int, d, k int) (span, bool) {
	y, m, _ := civilFromDays(d)
	switch u {
	case uDay:
		return span{d0: d + k, d1: d + k + 1, grain: Day, kind: Period}, true
	case uWeek:
		s := p.weekStartOf(d) + 7*k
		return span{d0: s, d1: s + 7, grain: Week, kind: Period}, true
	case uMonth:
		return span{d0: daysFromCivil(y, m+k, 1), d1: daysFromCivil(y, m+k+1, 1), grain: Month, kind: Period}, true
	case uYear:
		return span{d0: daysFromCivil(y+k, 1, 1), d1: daysFromCivil(y+k+1, 1, 1), grain: Year, kind: Period}, true
	case uDecade:
		s := floorDiv(y, 10)*10 + 10*k
		return span{d0: daysFromCivil(s, 1, 1), d1: daysFromCivil(s+10, 1, 1), grain: Decade, kind: Period}, true
	case uCentury:
		s := floorDiv(y, 100)*100 + 100*k
		return span{d0: daysFromCivil(s, 1, 1), d1: daysFromCivil(s+100, 1, 1), grain: Century, kind: Period}, true
	}
	return span{}, false
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// periodRule: a week/month/year word with the article and a direction
// (الأسبوع الماضي، العام المقبل، الشهر الجاري) or after هذا / هذه. i is the
// unit token, first the phrase's first token.
func (p *parser) periodRule(i, first int) (int, bool) {
	t := &p.toks[i]
	if t.kind != tWord || t.e.c != cUnit || t.e.count != 1 || t.flags&fDef == 0 || t.e.v < uWeek {
		return 0, false
	}
	j := i + 1
	k := 0
	if t.e.v == uYear && p.generalTitle(i) { // الأمين العام السابق: "general", not a year
		return 0, false
	}
	if end, ok := p.periodMore(i, j); ok {
		return end, true
	}
	switch {
	case p.word(j, cMod) && p.def(j):
		k = int(p.toks[j].e.v)
		j++
	case first != i: // هذا العام
	default:
		return 0, false
	}
	sp, ok := p.periodOf(int(t.e.v), p.aday, k)
	p.res = sp
	return j, ok
}

// edgeRule: مطلع / منتصف / أواخر + a period, month, year or decade.
func (p *parser) edgeRule(i int) (int, bool) {
	return p.edgeRuleAt(i, int(p.toks[i].e.v))
}

// edgeRuleAt is edgeRule with the edge given: أول العام is مطلع العام.
func (p *parser) edgeRuleAt(i, edge int) (int, bool) {
	j := i + 1
	var base span
	var end int
	var ok bool
	if sp, e2, named, bc := p.centuryNamed(j); named { // years.go: بداية القرن التاسع عشر
		if bc {
			return 0, false
		}
		p.res = edgeOf(sp, edge)
		return e2, true
	}
	switch {
	case p.word(j, cUnit) && p.def(j) && p.toks[j].e.count == 1 && p.toks[j].e.v >= uWeek:
		base, end, ok = p.got(p.periodRule(j, j))
		if !ok {
			if sp, e2, ok2 := p.got(p.yearWord(j)); ok2 {
				base, end, ok = sp, e2, true
			} else {
				base, ok = p.periodOf(int(p.toks[j].e.v), p.aday, 0)
				end = j + 1
			}
		}
	case p.word(j, cThis) && p.word(j+1, cUnit) && p.def(j+1):
		base, end, ok = p.got(p.periodRule(j+1, j))
	default:
		base, end, ok = p.got(p.core(j))
		if ok && base.exact {
			ok = false
		}
	}
	if !ok || base.grain < Week {
		return 0, false
	}
	if edge == edgeLate && base.grain == Week && base.d1-base.d0 == 7 && p.nihaya(i) {
		out := edgeOf(base, edge) // weekend.go: نهاية الأسبوع is the weekend
		out.d0, out.d1 = p.weekendOf(base.d0, p.toks[i].start, p.toks[end-1].end)
		p.res = out
		return end, true
	}
	p.res = edgeOf(base, edge)
	return end, true
}

// edgeOf cuts a span into thirds (early, middle, late). Months are cut at
// the 10th and the 20th, years into four-month blocks.
func edgeOf(sp span, edge int) span {
	out := sp
	g := sp.grain
	if g == Month && sp.d1-sp.d0 > 31 {
		g = Week // a season: cut into thirds of days
	}
	switch g {
	case Month:
		switch edge {
		case edgeEarly:
			out.d0, out.d1 = sp.d0, sp.d0+10
		case edgeMid:
			out.d0, out.d1 = sp.d0+10, sp.d0+20
		default:
			out.d0, out.d1 = sp.d0+20, sp.d1 // the month's own end: a Hijri month (نهاية رمضان) ends off the Gregorian one
		}
		out.grain = Day
	case Year:
		y, _, _ := civilFromDays(sp.d0)
		switch edge {
		case edgeEarly:
			out.d0, out.d1 = sp.d0, daysFromCivil(y, 5, 1)
		case edgeMid:
			out.d0, out.d1 = daysFromCivil(y, 5, 1), daysFromCivil(y, 9, 1)
		default:
			out.d0, out.d1 = daysFromCivil(y, 9, 1), sp.d1
		}
		out.grain = Month
	case Decade, Century:
		y, _, _ := civilFromDays(sp.d0)
		n := 10
		if sp.grain == Century {
			n = 100
		}
		switch edge {
		case edgeEarly:
			out.d0, out.d1 = sp.d0, daysFromCivil(y+n*3/10, 1, 1)
		case edgeMid:
			out.d0, out.d1 = daysFromCivil(y+n*3/10, 1, 1), daysFromCivil(y+n*7/10, 1, 1)
		default:
			out.d0, out.d1 = daysFromCivil(y+n*7/10, 1, 1), sp.d1
		}
		out.grain = Year
	default: // week and other spans: first, middle, last third of days
		n := sp.d1 - sp.d0
		a, b := n/3, n-n/3
		if a == 0 {
			a = 1
		}
		switch edge {
		case edgeEarly:
			out.d1 = sp.d0 + a
		case edgeMid:
			out.d0, out.d1 = sp.d0+a, sp.d0+b
		default:
			out.d0 = sp.d0 + b
		}
		out.grain = Day
	}
	if out.d1 <= out.d0 {
		out.d1 = out.d0 + 1
	}
	return out
}

// ---- streaks ----

// streakRule: لليوم العاشر على التوالي: the run of n units that ends on
// the anchor's day.
func (p *parser) streakRule(i int) (int, bool) {
	t := &p.toks[i]
	if t.e.count != 1 || t.e.v < uDay || t.e.v > uYear {
		return 0, false
	}
	return p.streakOf(i, int(t.e.v))
}

// streakOf reads the ordinal and التوالي after the unit word at i.
func (p *parser) streakOf(i, unit int) (int, bool) {
	n, j, ok := p.ordinal(i + 1)
	if !ok || n < 1 || n > 10000 {
		return 0, false
	}
	switch {
	case p.word(j, cAla) && p.word(j+1, cTawali) && p.def(j+1):
		j += 2
	case p.word(j, cTawali):
		j++
	}
	cur, _ := p.periodOf(unit, p.aday, 0)
	first, _ := p.periodOf(unit, p.aday, -(n - 1))
	g := cur.grain
	p.res = span{d0: first.d0, d1: p.aday + 1, grain: g, kind: Streak}
	return j, true
}

// ordinal reads an ordinal with the article: العاشر، الحادي عشر، الثاني
// والعشرين، العشرين.
func (p *parser) ordinal(i int) (int, int, bool) {
	if i >= len(p.toks) || !p.def(i) || p.toks[i].kind != tWord {
		return 0, 0, false
	}
	t := &p.toks[i]
	n := 0
	switch t.e.c {
	case cOrd, cAwwal:
		n = int(t.e.v)
	case cNum:
		if t.e.n >= 20 && t.e.n <= 90 && t.e.n%10 == 0 {
			return int(t.e.n), i + 1, true
		}
		return 0, 0, false
	default:
		return 0, 0, false
	}
	j := i + 1
	if p.word(j, cTeen) && p.toks[j].flags&fDef == 0 {
		return n + 10, j + 1, true
	}
	if p.word(j, cNum) && p.toks[j].flags&fConj != 0 && p.def(j) && p.toks[j].e.n >= 20 && p.toks[j].e.n <= 90 {
		return n + int(p.toks[j].e.n), j + 1, true
	}
	return n, j, true
}

// ---- numbers ----

// number reads a cardinal in digits (with an optional glued الـ) or in
// words (ثلاثة، خمسة وعشرين، ثلاثة آلاف). It returns the value, capped.
func (p *parser) number(i int) (int64, int, bool) {
	if p.word(i, cAl) && p.num(i+1) {
		i++
	}
	if p.num(i) {
		v := p.toks[i].val
		j := i + 1
		if p.word(j, cThousand) {
			v *= 1000
			j++
		}
		return v, j, true
	}
	var total, cur int64
	j := i
	seen := false
	for j < len(p.toks) && p.toks[j].kind == tWord {
		t := &p.toks[j]
		if seen && t.flags&fConj == 0 && t.e.c != cTeen && t.e.c != cHundred && t.e.c != cThousand {
			break
		}
		if !seen && t.flags&fConj != 0 {
			return 0, 0, false
		}
		switch t.e.c {
		case cNum:
			cur += int64(t.e.n)
		case cWeekday:
			if t.e.n == 0 || t.flags&fDef != 0 {
				goto done
			}
			cur += int64(t.e.n)
		case cTeen:
			if seen && cur > 0 && cur < 10 {
				cur += 10
			} else if !seen {
				cur = 10
			} else {
				goto done
			}
		case cHundred:
			if cur > 0 && cur < 10 {
				cur *= 100
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
		seen = true
		j++
	}
done:
	if !seen {
		return 0, 0, false
	}
	return total + cur, j, true
}

// sinceRule: منذ + a date phrase: the span from it up to the anchor's day.
func (p *parser) sinceRule(i int) (int, bool) {
	if p.toks[i].e.c != cMundh {
		return 0, false
	}
	if end, ok := p.sinceUntil(i); ok { // منذ 2011 وحتى 2015
		return end, true
	}
	x, end, ok := p.got(p.core(i + 1))
	if !ok && p.word(i+1, cPart) {
		x, end, ok = p.got(p.partRule(i + 1))
	}
	if ok && x.exact {
		return p.sincePart(x, end) // daytime.go: منذ صباح اليوم
	}
	if !ok || x.d0 > p.aday {
		return 0, false
	}
	p.res = span{d0: x.d0, d1: p.aday + 1, grain: x.grain, kind: Range, hijri: x.hijri, warn: x.warn}
	return end, true
}

// untilRule: حتى / لغاية / إلى غاية + a date phrase ahead is that date, as
// a time after حتى is that time: the connector stays out of the span
// (skip is its length in tokens). Bare names after it point to the future.
func (p *parser) untilRule(i, skip int) (int, bool) {
	dir := p.cfg.dir
	p.cfg.dir, p.forward = Future, true
	x, end, ok := p.got(p.core(i + 1))
	p.cfg.dir, p.forward = dir, false
	if !ok || x.exact || x.d1 <= p.aday+1 {
		return 0, false
	}
	x.skip = int32(skip)
	p.res = x
	return end, true
}

// ---- في وقت سابق من اليوم ----

func (p *parser) waqtRule(i int) (int, bool) {
	j := i
	if p.word(j, cFi) {
		j++
	}
	if !p.word(j, cWaqt) || p.def(j) {
		return 0, false
	}
	j++
	later := false
	switch {
	case p.word(j, cMod) && p.toks[j].e.v < 0:
	case p.word(j, cLahiq):
		later = true
	default:
		return 0, false
	}
	j++
	if p.word(j, cMin) {
		j++
	}
	var per span
	switch {
	case p.word(j, cUnit) && p.def(j) && p.toks[j].e.count == 1:
		if p.toks[j].e.v == uDay {
			per = span{d0: p.aday, d1: p.aday + 1, grain: Day}
			j++
		} else if sp, end, ok := p.got(p.periodRule(j, j)); ok {
			per, j = sp, end
		} else if sp, ok := p.periodOf(int(p.toks[j].e.v), p.aday, 0); ok && p.toks[j].e.v >= uWeek {
			per = sp
			j++
		} else {
			return 0, false
		}
	case p.word(j, cThis) && p.word(j+1, cUnit) && p.def(j+1):
		sp, end, ok := p.got(p.periodRule(j+1, j))
		if !ok {
			return 0, false
		}
		per, j = sp, end
	default:
		return 0, false
	}
	from, to := p.midnight(per.d0), p.midnight(per.d1)
	sp := span{exact: true, grain: per.grain, kind: Relative}
	switch {
	case !later && p.anchor.After(from) && p.anchor.Before(to):
		sp.from, sp.to = from, p.anchor
	case later && p.anchor.After(from) && p.anchor.Before(to):
		sp.from, sp.to = p.anchor, to
	default:
		sp.from, sp.to = from, to
	}
	if per.grain == Day {
		p.lastDay, p.lastDayEnd, p.lastPart = per.d0, j, 0
	}
	p.res = sp
	return j, true
}

// ---- parts of the day ----

var partHours = [...][2]int{partDawn: {3, 6}, partMorning: {6, 12}, partNoon: {12, 15}, partAfternoon: {15, 18}, partEvening: {18, 24}, partNight: {18, 30}}

func (p *parser) partSpan(d int, part int, kind Kind) span {
	h := partHours[part]
	from := p.midnight(d).Add(time.Duration(h[0]) * time.Hour)
	to := p.midnight(d).Add(time.Duration(h[1]) * time.Hour)
	return span{exact: true, from: from, to: to, grain: PartOfDay, kind: kind}
}

// partRule: صباح اليوم، مساء أمس الأحد، فجر الثلاثاء، ليلة أمس، الليلة،
// الليلة الماضية.
func (p *parser) partRule(i int) (int, bool) {
	t := &p.toks[i]
	part := int(t.e.v)
	if t.e.count == 1 { // صباحاً alone is an adverb for a time
		return 0, false
	}
	if t.flags&fDef != 0 {
		if part != partNight || t.e.amb { // الليل is "the night", not tonight
			return 0, false
		}
		// الليلة / الليلة الماضية; not تلك الليلة (that night)
		if p.prevWordIs(i, "تلك", "ذلك", "نفس", "ذات") {
			return 0, false
		}
		d := p.aday
		j := i + 1
		if p.word(j, cMod) && p.def(j) {
			if p.toks[j].e.v < 0 {
				d--
			} else if p.toks[j].e.v > 0 {
				return 0, false // الليلة المقبلة is vague
			}
			j++
		} else if p.word(j, cUnit) && !p.clockUnit(j) || p.word(j, cOrd) || p.word(j, cAwwal) || p.word(j, cNum) || p.word(j, cTeen) {
			return 0, false
		}
		p.lastDay, p.lastDayEnd, p.lastPart = d, j, part // halfday.go: الليلة الساعة 9 is 21:00
		p.res = p.partSpan(d, part, Relative)
		return j, true
	}
	x, end, ok := p.got(p.core(i + 1))
	if !ok || x.exact || x.grain != Day {
		return 0, false
	}
	if x.kind == Holiday && (p.eve(i) || part == partNight) { // عشية / ليلة عيد الميلاد: the eve
		x.d0--
	}
	if part == partNight && x.kind == Weekday {
		// ليلة السبت الأحد، ليل الأربعاء-الخميس، ليلة السبت إلى الأحد: the
		// night between the two days
		k := end
		if p.punct(k, '-', '/', '–', '—') || p.word(k, cIla) || p.word(k, cAla) {
			k++
		}
		if p.word(k, cWeekday) && p.def(k) {
			wd, wy := int(weekdayOf(x.d0)), int(p.toks[k].e.v)
			switch {
			case wy == (wd+1)%7:
				end = k + 1
			case wy == (wd+6)%7: // ليلة الأحد السبت, written the other way
				x.d0, end = x.d0-1, k+1
			}
		}
	}
	sp := p.partSpan(x.d0, part, x.kind)
	sp.warn = x.warn
	p.lastDay, p.lastDayEnd, p.lastPart = x.d0, end, part
	p.res = sp
	return end, true
}

// yearExpr reads a year phrase after من: العام الماضي، هذا العام، عام
// 2019، 2019، العام (the current one).
func (p *parser) yearExpr(j int) (int, bool) {
	switch {
	case p.word(j, cThis):
		if sp, end, ok := p.got(p.periodRule(j+1, j)); ok && sp.grain == Year {
			p.res = sp
			return end, true
		}
	case p.word(j, cUnit) && p.toks[j].e.v == uYear && p.toks[j].e.count == 1:
		if end, ok := p.yearWord(j); ok {
			return end, true
		}
		if end, ok := p.periodRule(j, j); ok {
			return end, true
		}
		if p.def(j) {
			sp, _ := p.periodOf(uYear, p.aday, 0)
			p.res = sp
			return j + 1, true
		}
	case p.num(j) && p.toks[j].ndig == 4 && p.toks[j].val >= 1000 && p.toks[j].val <= 2999:
		y := int(p.toks[j].val)
		p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Date}
		return p.eraMark(j + 1), true
	}
	return 0, false
}

// partOfYear: الربع الأول من العام الجاري، الربع الأخير من 2017، النصف
// الأول من عام 2019.
func (p *parser) partOfYear(i int) (int, bool) {
	t := &p.toks[i]
	if t.flags&fDef == 0 {
		return 0, false
	}
	parts := 4
	if t.e.c == cNisf {
		parts = 2
	}
	j := i + 1
	var n int
	if p.word(j, cAkhir) && p.def(j) {
		n, j = parts, j+1
	} else {
		var ok bool
		n, j, ok = p.ordinal(j)
		if !ok || n < 1 || n > parts {
			return 0, false
		}
	}
	if !p.word(j, cMin) {
		return 0, false
	}
	y, end, ok := p.got(p.yearExpr(j + 1))
	if !ok || y.grain != Year {
		return 0, false
	}
	yy, _, _ := civilFromDays(y.d0)
	months := 12 / parts
	g := Quarter
	if parts == 2 {
		g = Month
	}
	p.res = span{d0: daysFromCivil(yy, (n-1)*months+1, 1), d1: daysFromCivil(yy, n*months+1, 1), grain: g, kind: y.kind}
	return end, true
}

// prevWordIs reports whether the word just before token i is one of ws
// (compared as written, after dropping diacritics is not needed for these).
func (p *parser) prevWordIs(i int, ws ...string) bool {
	if i == 0 || p.toks[i-1].kind != tWord {
		return false
	}
	w := p.text[p.toks[i-1].start:p.toks[i-1].end]
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// pluralWindow: السنوات الخمس الماضية، الأيام الثلاثة المقبلة، الساعات الـ24
// الأخيرة — a window like خلال's, without it.
func (p *parser) pluralWindow(i int) (int, bool) {
	unit := int(p.toks[i].e.v)
	if unit < uMinute || unit > uCentury {
		return 0, false
	}
	n, j, ok := p.number(i + 1)
	approx := false
	if !ok {
		// الأيام الماضية، الأسابيع الأخيرة، الأشهر المقبلة: a few units
		n, j, approx = vagueCount[unit], i+1, true
		if p.word(j, cQalil) && p.def(j) { // الأيام القليلة الماضية: a few
			n, j = fewCount, j+1
		}
		if p.word(j, cMod) && p.def(j) && p.toks[j].e.v < 0 || p.word(j, cAkhir) {
			if p.word(j+1, cMin) { // الأيام الأخيرة من الشهر: not anchored
				return 0, false
			}
		}
	}
	if n < 1 || n > unitMax[unit] {
		return 0, false
	}
	dir, ok := p.windowDir(j)
	if !ok {
		return 0, false
	}
	p.res = p.amountSpan(cKhilal, n, unit, dir, approx)
	return j + 1, true
}

// vagueCount is how many units a plural without a number (الأيام الماضية)
// is taken to cover; such spans are marked Approx.
var vagueCount = [...]int64{uMinute: 60, uHour: 24, uDay: 7, uWeek: 4, uMonth: 6, uYear: 5, uDecade: 3, uCentury: 2}

// seasonRule: الصيف الماضي، الخريف المقبل، هذا الشتاء، صيف 2018 (spring
// March–May, summer June–August, autumn September–November, winter
// December–February). i is the season word, first the phrase's first token.
func (p *parser) seasonRule(i, first, sm int) (int, bool) {
	t := &p.toks[i]
	j := i + 1
	if p.word(j, cUnit) && p.toks[j].e.v == uYear && p.toks[j].e.count == 1 && !p.def(j) {
		j++
	}
	if t.flags&fDef == 0 && p.num(j) && p.toks[j].ndig == 4 && p.toks[j].val >= 1000 && p.toks[j].val <= 2999 {
		y := int(p.toks[j].val)
		if sm == 12 {
			y-- // شتاء 2018: December 2017 to February 2018
		}
		p.res = span{d0: daysFromCivil(y, sm, 1), d1: daysFromCivil(y, sm+3, 1), grain: Month, kind: Period}
		return j + 1, true
	}
	if t.flags&fDef == 0 {
		return 0, false
	}
	dir, j := 0, i+1
	switch {
	case p.word(j, cMod) && p.def(j):
		dir = int(p.toks[j].e.v)
		j++
	case first != i: // هذا الصيف
	default:
		return 0, false
	}
	y, _, _ := civilFromDays(p.aday)
	for k := 0; k < 4; k++ {
		yy := y - 2 + k
		if dir < 0 {
			yy = y + 1 - k
		}
		s, e := daysFromCivil(yy, sm, 1), daysFromCivil(yy, sm+3, 1)
		if (dir < 0 && e <= p.aday) || (dir > 0 && s > p.aday) || (dir == 0 && s <= p.aday && p.aday < e) {
			p.res = span{d0: s, d1: e, grain: Month, kind: Period}
			return j, true
		}
	}
	return 0, false
}
