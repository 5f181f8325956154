package dates

// Most tokens that carry a class start no phrase: في, من, على, إلى before
// an ordinary word, and the helper words (زمن، ماضي، غرينتش...) that rules
// read only after another word. The parser skips them before it tries its
// rules (parse, then general), by their class and, for a few classes, the
// class of the next token, exactly where every rule would fail:
//
//   - a class that parse, core, general and shortForms never name: no
//     case of theirs matches it (startClass lists every class they name,
//     even as a neighbour's; TestStartGate checks the list against their
//     source);
//   - في: parse reads it only before غضون (spanRule) or وقت (waqtRule),
//     general only before وقت or a part of the day;
//   - إلى: parse reads it only before غاية; على only before مدى;
//   - ذو / ذي (and الذي): core reads it only before القعدة or الحجة;
//   - زمن / آن: core's now reads only الآن (آن with ال; أن and إن fold
//     to آن);
//   - هذا / هذه: core reads it only before a part of the day, a word of
//     now, a unit, a season or الربيع, general only before a weekday;
//   - a feast's own word (الكريسماس، الفصح): feast and gFeast read it
//     alone only with ال, so أم (the Mother's Day word, mostly "or")
//     without ال starts nothing; gFeast reads alone only the feasts whose
//     name stands alone (الكريسماس، النوروز), not الأم، العمال، الحب، الشكر،
//     العرش, which need عيد before them;
//   - a modifier (الماضي، المقبل), غاية، غضون، مدى، نهار، التالي، لاحق،
//     عرفة: no case of parse, core, general or shortForms starts with them
//     (they read them after another word);
//   - a bare ال: core reads it only before a number (الـ15 من الشهر);
//   - وقت: waqtRule reads it only without ال and before a past modifier
//     or لاحق (في وقت سابق، وقت لاحق);
//   - من and بين: rangeRule's readings (years, Hijri years, a range up to
//     now, day starts, clocks, a date) all need at the next token a number
//     or a word of a class that core names, a unit, a weekday, an ordinal
//     or a number word, and shortForms' من + amount (offset) needs an
//     amount, so elsewhere (a punctuation mark, an unknown word, خلال in
//     من خلال، قبل in من قبل, the end of the chunk) they fail (afterRange);
//   - منذ، قبل، بعد، خلال: offset reads at the next token غد، أمس، an
//     approximation, an edge, a few, a half or quarter, a number (digits
//     or number words) or a unit, and else only sinceRule (منذ), whose
//     readings (sinceUntil's ranges, core, a part of the day) start with a
//     year number or a class core names; afternoonOf and general's بعد /
//     قبل read a part of the day next. So they fail elsewhere too (قبل أن،
//     بعد أن: afterOffset). For all six, زمن / آن counts only as الآن
//     (core's now), and a number of other than four digits only when no
//     unknown word or the end follows it (nextIn): all that reads it there
//     (core, a range's day or hour, an amount with its unit) needs a mark
//     or a known word after it (من 5 أشخاص);
//   - a number of other than four digits before an unknown word, the end
//     of the chunk or a mark other than : . , ، / and the dashes: what a
//     number starts needs one of those marks, a number or a known word
//     after it (a clock's separator, minutes, its part of the day or ص /
//     م, which loneClock reads from the text but the lexicon knows; a
//     date's separator, month or من; a unit; a range's و or dash; a
//     three-digit year's era or هـ, which the lexicon knows too), and
//     only four digits make a year on their own (في 2018); before a unit
//     such a number is read only by amountHence (a unit without ال, then
//     من الآن or مضت), dayMonth (15 شهر مايو) and a clock's minutes (3
//     ودقيقتان);
//   - a unit without ال: the plural (أيام، سنوات) starts nothing (nthUnit,
//     periodRule, pluralWindow and the clocks need ال; amountHence a
//     count), the singular and the dual only before a number or a known
//     word (amountHence: من الآن or مضت; يوم + أمس / a weekday / عرفة;
//     شهر + a month; عام + a year in digits or words; عقد + a decade; يومي
//     + a weekday);
//   - an ordinal before a punctuation mark, an unknown word or the end:
//     only bareClock reads it there, and only with ال where a time stands
//     (clockSlot) in the feminine (feminine), as الواحدة: the gate asks
//     those two (عند السابعة. is a time); feastNthDay, nthWeekday,
//     ordinalDays and general's ordinal day need a unit, a weekday, a
//     joined ordinal, من or a month next;
//   - a number word (ثلاثة، عشر) other than الواحدة and the tens with
//     ال (العشرين, an ordinal day): amountHence and numberWindow, its only
//     readings, need the number's words and then a unit without ال;
//   - تبقى / بقية: remainRule needs من next, or بقية without ال;
//   - مطلع / منتصف / آخر (an edge), أول, حتى and a number word (ثلاثة)
//     before a punctuation mark, an unknown word or the end of the chunk:
//     lastN, nthWeekday, feastNthDay, edgeRuleAt and firstOfMonth need a
//     number, a unit, a weekday, a month or الـ century next; relDay (أول
//     أمس) a word of yesterday; ordinalDays a joined ordinal or من;
//     midnightRule a part of the day; untilRule (حتى) and edgeRule's
//     default read core at the next token, which fails at a mark or an
//     unknown word; amountHence and numberWindow need a unit after the
//     number; الواحدة as an ordinal (bareClock).
//
// TestStartGate also puts every class of the lexicon at the tokens of real
// news where the gate skips it, and checks that parse and general fail;
// TestStartGateText does it in the text itself, with every word and mark
// that the rules compare raw text with written before and after, as rules
// that read the text (clockSlot, atWord, feminine, loneClock...) see it.

// startClass marks the classes named in parse, core, general and
// shortForms.
var startClass = func() (t [256]bool) {
	for _, c := range [...]uint8{
		// parse
		cAla, cBaad, cBayn, cEdge, cFi, cGhaya, cGhudun, cHatta, cIla, cKhilal, cMada, cMin, cMundh,
		cNahar, cNum, cOrd, cPart, cQabl, cTamam, cTeen, cTila, cUnit, cWaqt,
		// core
		cAl, cArafa, cAwwal, cBariha, cDecade, cDhu, cEid, cFeast, cGFeast, cHFeast, cHMonth, cJumada,
		cKanun, cLahiq, cMawlid, cMonth, cNisf, cNow, cRabi, cRas, cRemain, cRub, cSeason, cTali, cThis,
		cTishrin, cTomorrow, cWeekday, cYesterday, cZaman,
		// general, shortForms
		cHal, cMod,
	} {
		t[c] = true
	}
	return t
}()

// mayStart reports whether the token i (a word or a number) may start a
// phrase: false where parse and general are sure to fail (see above).
func (p *parser) mayStart(i int) bool {
	if p.toks[i].kind != tWord {
		// a number of other than four digits before an unknown word, a
		// mark no number rule reads or the end
		if p.toks[i].kind != tNum || p.toks[i].ndig == 4 {
			return true
		}
		if p.word(i+1, cUnit) {
			u := &p.toks[i+1]
			return u.flags&fConj != 0 || u.flags&fDef == 0 && (u.e.v == uMonth && u.e.count == 1 || p.word(i+2, cMin) || p.word(i+2, cMadat))
		}
		if !p.plainAt(i + 1) {
			return true
		}
		if i+1 < len(p.toks) && p.toks[i+1].kind == tPunct {
			switch p.toks[i+1].val {
			case ':', '.', ',', '،', '/', '-', '–', '—':
				return true
			}
		}
		return false
	}
	switch p.toks[i].e.c {
	case cFi:
		return p.word(i+1, cGhudun) || p.word(i+1, cWaqt) || p.word(i+1, cPart)
	case cIla:
		return p.word(i+1, cGhaya)
	case cAla:
		return p.word(i+1, cMada)
	case cDhu: // ghurra and hijriMonthYear read ذو / ذي only as the month's first word
		return p.word(i+1, cQada) || p.word(i+1, cHijja)
	case cZaman: // only now reads it: الآن (آن with ال), which folds as أن / إن
		return p.toks[i].e.v == 1 && p.toks[i].flags&fDef != 0
	case cThis: // core reads it only before these, general only before a weekday
		return p.word(i+1, cPart) || p.word(i+1, cNow) || p.word(i+1, cUnit) || p.word(i+1, cSeason) ||
			p.word(i+1, cRabi) || p.word(i+1, cWeekday)
	case cFeast: // feast reads a feast's own word only with ال
		return p.toks[i].flags&fDef != 0
	case cGFeast: // gFeast reads it alone only with ال, and only the feasts named alone (الكريسماس, not الأم)
		v := p.toks[i].e.v
		return p.toks[i].flags&fDef != 0 && v >= gfeastLabour && v <= gfeastValentine && gfeastDay[v].alone
	case cMod, cGhaya, cGhudun, cMada, cNahar, cTali, cLahiq, cArafa:
		return false // a neighbour's class only: no case of parse, core, general or shortForms starts with it
	case cAl: // core reads a bare ال only before a number (الـ15)
		return p.num(i + 1)
	case cWaqt: // waqtRule: وقت without ال, then a past modifier or لاحق
		return p.toks[i].flags&fDef == 0 && (p.word(i+1, cMod) && p.toks[i+1].e.v < 0 || p.word(i+1, cLahiq))
	case cNum, cTeen:
		if t := &p.toks[i]; t.e.c == cNum && t.flags&fDef != 0 {
			switch {
			case t.e.n == 1: // الواحدة: an hour for bareClock
				return !p.plainAt(i+1) || p.clockSlot(i) && p.feminine(i)
			case t.e.n >= 20 && t.e.n <= 90 && t.e.n%10 == 0: // العشرين: an ordinal day
				return !p.plainAt(i + 1)
			}
		}
		// amountHence and numberWindow: the number, then a unit without ال
		_, k, ok := p.number(i)
		return ok && p.word(k, cUnit) && !p.def(k)
	case cRemain: // remainRule: من next, or بقية without ال
		return p.word(i+1, cMin) || p.toks[i].e.v == 1 && p.toks[i].flags&fDef == 0
	case cOrd:
		if !p.plainAt(i + 1) {
			return true
		}
		// only bareClock may read an ordinal alone: with ال, where a time
		// stands, in the feminine (عند السابعة.)
		return p.toks[i].flags&fDef != 0 && p.clockSlot(i) && p.feminine(i)
	case cUnit:
		switch {
		case p.toks[i].flags&fDef != 0:
			return true
		case p.toks[i].e.count == 0: // أيام، سنوات: read only after a number or an offset word
			return false
		}
		return !p.plainAt(i + 1)
	case cMin, cBayn:
		return p.nextIn(i+1, &afterRange)
	case cMundh:
		return p.nextIn(i+1, &afterRange) || p.nextIn(i+1, &afterOffset)
	case cQabl, cBaad, cKhilal:
		return p.nextIn(i+1, &afterOffset)
	case cEdge, cAwwal, cHatta:
		return !p.plainAt(i + 1)
	}
	return startClass[p.toks[i].e.c]
}

// nextIn reports whether token i may go on a phrase after من، بين، منذ،
// قبل، بعد or خلال: a word of a class in set (of زمن / آن only الآن, as
// core's now reads it), or a number, but not one of other than four
// digits before an unknown word or the end, which every rule reading a
// number there (core, a range's day or hour, an amount) needs a mark or a
// known word after.
func (p *parser) nextIn(i int, set *[256]bool) bool {
	if i >= len(p.toks) {
		return false
	}
	switch t := &p.toks[i]; t.kind {
	case tNum:
		return t.ndig == 4 || i+1 < len(p.toks) && !(p.toks[i+1].kind == tWord && p.toks[i+1].e.c == cNone)
	case tWord:
		return set[t.e.c] && (t.e.c != cZaman || t.e.v == 1 && t.flags&fDef != 0)
	}
	return false
}

func classSet(cs ...uint8) (t [256]bool) {
	for _, c := range cs {
		t[c] = true
	}
	return t
}

// afterRange holds the classes that من or بين may start a phrase before:
// those core names (rangeRule reads core at the next token, its other
// readings a unit, a weekday, an ordinal, a number word or a number) and
// the amounts that shortForms' من + amount (offset) reads (an
// approximation, أكثر / أقل, a few, a half or quarter, a number word).
var afterRange = classSet(
	// named in core (TestStartGate checks the list against its source)
	cAl, cArafa, cAwwal, cBariha, cDecade, cDhu, cEdge, cEid, cFeast, cGFeast, cHFeast, cHMonth, cJumada,
	cKanun, cLahiq, cMawlid, cMonth, cNisf, cNow, cNum, cOrd, cPart, cRabi, cRas, cRemain, cRub, cSeason,
	cTali, cTeen, cThis, cTishrin, cTomorrow, cUnit, cWeekday, cYesterday, cZaman,
	// amounts
	cApprox, cMore, cFew, cHundred, cThousand)

// afterOffset holds the classes that offset reads right after منذ، قبل،
// بعد، خلال (غد، أمس، البارحة، an approximation, أكثر / أقل, an edge, a
// few, a half or quarter, a unit, a number word or its parts, a weekday's
// number name) and the part of the day that afternoonOf and general's بعد
// / قبل read there.
var afterOffset = classSet(cTomorrow, cYesterday, cBariha, cApprox, cMore, cEdge, cFew, cNisf, cRub, cUnit,
	cAl, cNum, cWeekday, cTeen, cHundred, cThousand, cPart)

// plainAt reports whether token i is a punctuation mark, an unknown word
// or past the end.
func (p *parser) plainAt(i int) bool {
	return i >= len(p.toks) || p.toks[i].e.c == cNone && p.toks[i].kind != tNum
}

// skipPlain returns the first token at or after i that is no punctuation
// mark and no unknown word: where a phrase may start.
func skipPlain(toks []tok, i int) int {
	// a mark or an unknown word: no number, no class (only words carry one)
	for i < len(toks) && toks[i].e.c == cNone && toks[i].kind != tNum {
		i++
	}
	return i
}
