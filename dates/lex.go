package dates

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// Word classes of the lexicon. Each folded word form (without clitics) maps
// to one entry; the parser looks at the class and value only.
const (
	cNone uint8 = iota
	cYesterday
	cBariha
	cTomorrow
	cAwwal // أول: first; also in أول أمس
	cWeekday
	cMonth
	cKanun
	cTishrin
	cHMonth
	cRabi
	cJumada
	cDhu
	cQada
	cHijja
	cUnit
	cMod
	cNum
	cTeen
	cHundred
	cThousand
	cOrd
	cPart
	cEdge
	cDecade
	cMundh
	cQabl
	cBaad
	cKhilal
	cHatta
	cMin
	cFi
	cBayn
	cIla
	cAla
	cTawali
	cWaqt
	cLahiq
	cThis
	cMuwafiq
	cTamam
	cTawqit
	cApprox
	cEid
	cFitr
	cAdha
	cMilad
	cMawlid
	cNabawi
	cRas
	cHijri
	cMiladi
	cArafa
	cEpithet // المجيد، السعيد، المبارك، الكريم، الشريف
	cHa      // هـ
	cMim     // م
	cAl      // a bare ال (as in الـ24)
	cZone
	cMahalli
	cNisf
	cRub
	cIlla
	cQarn
	cAshreen // العشرين as in القرن العشرين
	cWa      // a lone و
	cGhaya   // غاية in إلى غاية
	cSeason  // الصيف، الخريف، الشتاء، الصائفة (value: first month); الربيع is cRabi
	cFaqat   // فقط
	cLam     // a lone لـ (الموافق لـ 20 رمضان)
	cZaman   // الزمن، الآن in عقد من الزمن، قبل يومين من الآن
	cMore    // أكثر / أقل / ما يزيد / ما يقارب (with من or عن)
	cAkhir   // الأخيرة
	cGhudun  // غضون in في غضون
	cMada    // مدى / مدار in على مدى
	cTila    // طيلة
)

// Units of duration.
const (
	uMinute = iota + 1
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
)

// Parts of a period (مطلع / منتصف / أواخر).
const (
	edgeEarly = iota + 1
	edgeMid
	edgeLate
)

// Parts of a day.
const (
	partDawn = iota + 1
	partMorning
	partNoon
	partAfternoon
	partEvening
	partNight
)

// entry is what the lexicon knows about one folded form.
type entry struct {
	c      uint8
	v      int16 // class value: weekday, month, unit, direction, ordinal...
	n      int32 // cardinal value when the form is also a number word, else 0
	count  int8  // units: 1 singular, 2 dual, 0 plural
	amb    bool  // a month name that is also an ordinary word
	noPrep bool  // ب/ك before it makes another word (بأمس الحاجة)
	fem    bool
}

type lexEntry struct {
	forms string
	e     entry
}

// lexicon lists every trigger and helper word, written as news writes them;
// forms are folded when the table is built.
var lexicon = []lexEntry{
	{"أمس", entry{c: cYesterday, noPrep: true}},
	{"بارحة", entry{c: cBariha, noPrep: true}},
	{"غدا غد", entry{c: cTomorrow}},
	{"أول", entry{c: cAwwal, v: 1}},
	{"أولى", entry{c: cOrd, v: 1, fem: true}},

	{"أحد", entry{c: cWeekday, v: 0, n: 1}},
	{"اثنين إثنين", entry{c: cWeekday, v: 1, n: 2}},
	{"ثلاثاء", entry{c: cWeekday, v: 2}},
	{"أربعاء", entry{c: cWeekday, v: 3}},
	{"خميس", entry{c: cWeekday, v: 4}},
	{"جمعة", entry{c: cWeekday, v: 5}},
	{"سبت", entry{c: cWeekday, v: 6}},

	{"يناير جانفي", entry{c: cMonth, v: 1}},
	{"فبراير فيفري فبرير", entry{c: cMonth, v: 2}},
	{"مارس", entry{c: cMonth, v: 3, amb: true}},
	{"أبريل إبريل ابريل أفريل", entry{c: cMonth, v: 4}},
	{"مايو", entry{c: cMonth, v: 5}},
	{"ماي", entry{c: cMonth, v: 5, amb: true}},
	{"يونيو يونيه", entry{c: cMonth, v: 6}},
	{"جوان", entry{c: cMonth, v: 6, amb: true}},
	{"يوليو يوليه يوليوز جويلية", entry{c: cMonth, v: 7}},
	{"أغسطس اغسطس أغسطوس غشت أوت", entry{c: cMonth, v: 8}},
	{"سبتمبر شتنبر", entry{c: cMonth, v: 9}},
	{"أكتوبر اكتوبر أكتوبير", entry{c: cMonth, v: 10}},
	{"نوفمبر نونبر", entry{c: cMonth, v: 11}},
	{"ديسمبر دجنبر", entry{c: cMonth, v: 12}},
	{"شباط", entry{c: cMonth, v: 2}},
	{"آذار", entry{c: cMonth, v: 3}},
	{"نيسان", entry{c: cMonth, v: 4, amb: true}},
	{"أيار", entry{c: cMonth, v: 5}},
	{"حزيران", entry{c: cMonth, v: 6}},
	{"تموز", entry{c: cMonth, v: 7, amb: true}},
	{"آب", entry{c: cMonth, v: 8, amb: true}},
	{"أيلول", entry{c: cMonth, v: 9}},
	{"كانون", entry{c: cKanun}},
	{"تشرين", entry{c: cTishrin}},

	{"محرم", entry{c: cHMonth, v: 1}},
	{"صفر", entry{c: cHMonth, v: 2, amb: true}},
	{"ربيع", entry{c: cRabi}},
	{"جمادى جمادي", entry{c: cJumada}},
	{"رجب", entry{c: cHMonth, v: 7, amb: true}},
	{"شعبان", entry{c: cHMonth, v: 8, amb: true}},
	{"رمضان", entry{c: cHMonth, v: 9, amb: true}},
	{"شوال", entry{c: cHMonth, v: 10}},
	{"ذو ذي ذا", entry{c: cDhu}},
	{"قعدة", entry{c: cQada}},
	{"حجة", entry{c: cHijja}},

	{"دقيقة", entry{c: cUnit, v: uMinute, count: 1}},
	{"دقائق", entry{c: cUnit, v: uMinute}},
	{"دقيقتين دقيقتان", entry{c: cUnit, v: uMinute, count: 2}},
	{"ساعة", entry{c: cUnit, v: uHour, count: 1}},
	{"ساعات", entry{c: cUnit, v: uHour}},
	{"ساعتين ساعتان", entry{c: cUnit, v: uHour, count: 2}},
	{"يوم يوما", entry{c: cUnit, v: uDay, count: 1}},
	{"أيام", entry{c: cUnit, v: uDay}},
	{"يومين يومان يومي", entry{c: cUnit, v: uDay, count: 2}},
	{"أسبوع أسبوعا", entry{c: cUnit, v: uWeek, count: 1}},
	{"أسابيع", entry{c: cUnit, v: uWeek}},
	{"أسبوعين أسبوعان", entry{c: cUnit, v: uWeek, count: 2}},
	{"شهر شهرا", entry{c: cUnit, v: uMonth, count: 1}},
	{"أشهر شهور", entry{c: cUnit, v: uMonth}},
	{"شهرين شهران", entry{c: cUnit, v: uMonth, count: 2}},
	{"عام سنة عاما", entry{c: cUnit, v: uYear, count: 1}},
	{"أعوام سنوات سنين", entry{c: cUnit, v: uYear}},
	{"عامين عامان عامي سنتين سنتان", entry{c: cUnit, v: uYear, count: 2}},
	{"عقد عقدا", entry{c: cUnit, v: uDecade, count: 1}},
	{"عقود", entry{c: cUnit, v: uDecade}},
	{"عقدين عقدان", entry{c: cUnit, v: uDecade, count: 2}},
	{"قرن قرنا", entry{c: cUnit, v: uCentury, count: 1}},
	{"قرون", entry{c: cUnit, v: uCentury}},
	{"قرنين قرنان", entry{c: cUnit, v: uCentury, count: 2}},

	{"ماضي ماضية فائت فائتة منصرم منصرمة سابق سابقة ماضيين ماضيتين منصرمين منصرمتين سابقين", entry{c: cMod, v: -1}},
	{"مقبل مقبلة قادم قادمة مقبلين مقبلتين قادمين قادمتين", entry{c: cMod, v: 1}},
	{"جاري جارية حالي حالية", entry{c: cMod, v: 0}},
	{"أخير أخيرة أخيرين أخيرتين", entry{c: cAkhir}},

	{"واحد", entry{c: cNum, n: 1}},
	{"واحدة", entry{c: cNum, n: 1, fem: true}},
	{"اثنان اثنتان اثنتين اثنا اثني", entry{c: cNum, n: 2}},
	{"ثلاث ثلاثة", entry{c: cNum, n: 3}},
	{"أربع أربعة", entry{c: cNum, n: 4}},
	{"خمس خمسة", entry{c: cNum, n: 5}},
	{"ست ستة", entry{c: cNum, n: 6}},
	{"سبع سبعة", entry{c: cNum, n: 7}},
	{"ثمان ثماني ثمانية", entry{c: cNum, n: 8}},
	{"تسع تسعة", entry{c: cNum, n: 9}},
	{"عشر عشرة", entry{c: cTeen, n: 10}},
	{"عشرون عشرين", entry{c: cNum, n: 20}},
	{"ثلاثون ثلاثين", entry{c: cNum, n: 30}},
	{"أربعون أربعين", entry{c: cNum, n: 40}},
	{"خمسون خمسين", entry{c: cNum, n: 50}},
	{"ستون ستين", entry{c: cNum, n: 60}},
	{"سبعون سبعين", entry{c: cNum, n: 70}},
	{"ثمانون ثمانين", entry{c: cNum, n: 80}},
	{"تسعون تسعين", entry{c: cNum, n: 90}},
	{"مئة مائة", entry{c: cHundred, n: 100}},
	{"مئتان مئتين مائتان مائتين مئتي مائتي", entry{c: cNum, n: 200}},
	{"ثلاثمئة ثلاثمائة", entry{c: cNum, n: 300}},
	{"أربعمئة أربعمائة", entry{c: cNum, n: 400}},
	{"خمسمئة خمسمائة", entry{c: cNum, n: 500}},
	{"ستمئة ستمائة", entry{c: cNum, n: 600}},
	{"سبعمئة سبعمائة", entry{c: cNum, n: 700}},
	{"ثمانمئة ثمانمائة ثمانيمئة", entry{c: cNum, n: 800}},
	{"تسعمئة تسعمائة", entry{c: cNum, n: 900}},
	{"ألف آلاف", entry{c: cThousand, n: 1000}},
	{"ألفان ألفين ألفا ألفي", entry{c: cNum, n: 2000}},

	{"ثاني ثانية ثان", entry{c: cOrd, v: 2}},
	{"ثالث ثالثة", entry{c: cOrd, v: 3}},
	{"رابع رابعة", entry{c: cOrd, v: 4}},
	{"خامس خامسة", entry{c: cOrd, v: 5}},
	{"سادس سادسة", entry{c: cOrd, v: 6}},
	{"سابع سابعة", entry{c: cOrd, v: 7}},
	{"ثامن ثامنة", entry{c: cOrd, v: 8}},
	{"تاسع تاسعة", entry{c: cOrd, v: 9}},
	{"عاشر عاشرة", entry{c: cOrd, v: 10}},
	{"حادي حادية", entry{c: cOrd, v: 1}},
	{"آخر آخرة", entry{c: cEdge, v: edgeLate, count: 1}}, // count 1: آخر itself, not أواخر

	{"فجر", entry{c: cPart, v: partDawn}},
	{"صباح", entry{c: cPart, v: partMorning}},
	{"ظهر", entry{c: cPart, v: partNoon}},
	{"عصر", entry{c: cPart, v: partAfternoon}},
	{"مساء عشية", entry{c: cPart, v: partEvening}},
	{"ليلة", entry{c: cPart, v: partNight}},
	{"ليل", entry{c: cPart, v: partNight, amb: true}},
	{"فجرا", entry{c: cPart, v: partDawn, count: 1}},
	{"صباحا", entry{c: cPart, v: partMorning, count: 1}},
	{"ظهرا", entry{c: cPart, v: partNoon, count: 1}},
	{"عصرا", entry{c: cPart, v: partAfternoon, count: 1}},
	{"ليلا", entry{c: cPart, v: partNight, count: 1}},

	{"مطلع بداية أوائل مستهل بدايات", entry{c: cEdge, v: edgeEarly}},
	{"منتصف أواسط", entry{c: cEdge, v: edgeMid}},
	{"أواخر نهاية نهايات ختام", entry{c: cEdge, v: edgeLate}},

	{"عشرينيات عشرينات", entry{c: cDecade, v: 20}},
	{"ثلاثينيات ثلاثينات", entry{c: cDecade, v: 30}},
	{"أربعينيات أربعينات", entry{c: cDecade, v: 40}},
	{"خمسينيات خمسينات", entry{c: cDecade, v: 50}},
	{"ستينيات ستينات", entry{c: cDecade, v: 60}},
	{"سبعينيات سبعينات", entry{c: cDecade, v: 70}},
	{"ثمانينيات ثمانينات", entry{c: cDecade, v: 80}},
	{"تسعينيات تسعينات", entry{c: cDecade, v: 90}},

	{"منذ مذ", entry{c: cMundh}},
	{"قبل", entry{c: cQabl}},
	{"بعد", entry{c: cBaad}},
	{"خلال طوال", entry{c: cKhilal}},
	{"طيلة", entry{c: cTila}},
	{"غضون", entry{c: cGhudun}},
	{"مدى مدار", entry{c: cMada}},
	{"حتى لغاية لحين", entry{c: cHatta}}, // لحين: until (لحين يوم الأربعاء)
	{"من", entry{c: cMin}},
	{"في", entry{c: cFi}},
	{"بين", entry{c: cBayn}},
	{"إلى الى", entry{c: cIla}},
	{"على", entry{c: cAla}},
	{"توالي تواليا", entry{c: cTawali}},
	{"وقت", entry{c: cWaqt}},
	{"لاحق", entry{c: cLahiq}},
	{"هذا هذه", entry{c: cThis}},
	{"موافق", entry{c: cMuwafiq}},
	{"تمام", entry{c: cTamam}},
	{"توقيت", entry{c: cTawqit}},
	{"نحو حوالي حوالى قرابة زهاء", entry{c: cApprox}},
	{"عيد", entry{c: cEid}},
	{"فطر", entry{c: cFitr}},
	{"أضحى", entry{c: cAdha}},
	{"ميلاد", entry{c: cMilad}},
	{"مولد", entry{c: cMawlid}},
	{"نبوي", entry{c: cNabawi}},
	{"رأس", entry{c: cRas}},
	{"هجري هجرية هجرة", entry{c: cHijri}},
	{"ميلادي ميلادية", entry{c: cMiladi}},
	{"عرفة", entry{c: cArafa}},
	{"مجيد سعيد مبارك كريم شريف", entry{c: cEpithet}},
	{"هـ ه", entry{c: cHa}},
	{"م", entry{c: cMim}},
	{"ال", entry{c: cAl}},
	{"ل", entry{c: cLam}},
	{"محلي", entry{c: cMahalli}},
	{"نصف", entry{c: cNisf}},
	{"ربع ربعا", entry{c: cRub}},
	{"إلا", entry{c: cIlla}},
	{"و", entry{c: cWa}},
	{"غاية", entry{c: cGhaya}},
	{"فقط", entry{c: cFaqat}},
	{"صيف صائفة", entry{c: cSeason, v: 6}},
	{"خريف", entry{c: cSeason, v: 9}},
	{"شتاء", entry{c: cSeason, v: 12}},
	{"أكثر أقل يزيد يقارب", entry{c: cMore}},
	{"زمن", entry{c: cZaman}},
	{"آن", entry{c: cZaman, v: 1}}, // الآن: now

	{"غرينتش جرينتش غرينيتش غرينش", entry{c: cZone, v: zoneGMT}},
	{"القدس فلسطين", entry{c: cZone, v: zoneJerusalem}},
	{"بيروت لبنان", entry{c: cZone, v: zoneBeirut}},
	{"دمشق سوريا", entry{c: cZone, v: zoneDamascus}},
	{"القاهرة مصر", entry{c: cZone, v: zoneCairo}},
	{"مكة السعودية الرياض بغداد العراق الكويت الدوحة قطر البحرين صنعاء", entry{c: cZone, v: zoneArabia}},
	{"أبوظبي الإمارات دبي مسقط عمان", entry{c: cZone, v: zoneGulf}},
	{"الأردن", entry{c: cZone, v: zoneAmman}},
	{"تونس الجزائر", entry{c: cZone, v: zoneCET}},
	{"الرباط المغرب", entry{c: cZone, v: zoneMorocco}},
}

// lexTab is the folded lexicon: its keys, and every key with every clitic
// combination (its surfaces) in one flat table, so that a word costs one
// hash and, for the fifth of news words that are surfaces, one slot read.
type lexTab struct {
	m    map[string]entry   // folded keys, without clitics
	surf map[string]surface // every key with every clitic combination
	idx  surfIndex          // surf as a flat table (surffilter.go)
}

// surface is what a whole folded word reads as: the key's entry and the
// clitics peeled to reach it.
type surface struct {
	e     entry
	flags uint8
	rank  uint8 // which peeling step found it (lower wins)
}

// lexTable is the folded lexicon, built once.
var lexTable = sync.OnceValue(func() *lexTab {
	t := &lexTab{m: make(map[string]entry, 512)}
	var buf [64]byte
	for _, list := range [...][]lexEntry{lexicon, moreLexicon} {
		for _, le := range list {
			for _, f := range strings.Fields(le.forms) {
				k := foldInto(buf[:0], f)
				if _, dup := t.m[string(k)]; dup && le.e.c != cZone {
					continue // first listing wins
				}
				t.m[string(k)] = le.e
			}
		}
	}
	t.surf = make(map[string]surface, 16*len(t.m))
	for k, e := range t.m {
		t.addSurfaces(k, e)
	}
	t.idx = newSurfIndex(t.surf)
	return t
})

// addSurfaces lists the clitic forms of key k, each with the step at which
// peeling finds it: the whole word first, then a conjunction و/ف, then
// (after an optional conjunction) لل, a preposition ب/ل/ك, a preposition
// with ال, and ال. A word that could be read two ways takes the earlier
// step, so بعد، كانون، لغاية keep their own reading.
func (t *lexTab) addSurfaces(k string, e entry) {
	add := func(w string, rank uint8, flags uint8) {
		if old, ok := t.surf[w]; ok && old.rank <= rank {
			return
		}
		t.surf[w] = surface{e: e, flags: flags, rank: rank}
	}
	add(k, 0, 0)
	if len(k) <= 2 {
		return // one-letter words (هـ، م، و) take no clitics: وكالة is not و+ك+ال+ه
	}
	for _, pre := range [...]string{"", lWaw, lFa} {
		var cf uint8
		if pre != "" {
			cf = fConj
			if len(pre+k) > 4 && e.c != cWa {
				add(pre+k, 1, cf)
			}
		}
		if r := lLam + lLam + k; len(r) > 4 && !e.noPrep {
			add(pre+r, 2, cf|fPrep|fLam|fDef)
		}
		for _, pr := range [...]string{lBa, lLam, lKaf} {
			pf := cf | fPrep
			switch pr {
			case lLam:
				pf |= fLam
			case lBa:
				pf |= fBa
			}
			if r := pr + k; len(r) > 4 && (!e.noPrep || pr == lLam) && e.c != cWa {
				add(pre+r, 3, pf)
			}
			if r := pr + lAlef + lLam + k; len(r) > 6 && e.c != cWa {
				add(pre+r, 4, pf|fDef)
			}
		}
		if r := lAlef + lLam + k; len(r) > 4 && e.c != cWa {
			add(pre+r, 5, cf|fDef)
		}
	}
}

// find returns what a folded word reads as.
func (t *lexTab) find(w []byte) (entry, uint8) {
	if s := t.findSurface(w); s != nil {
		return s.e, s.flags
	}
	return entry{}, 0
}

// findSurface is find returning the table's own record, or nil.
func (t *lexTab) findSurface(w []byte) *surface { return t.idx.find(w) }

// isWordRune reports whether r belongs inside a word token: a letter of
// any script (tatweel included) or a combining mark, as alphabet classes
// them. The invisible controls (ZWNJ, ZWJ, BOM, soft hyphen, word joiner,
// bidi marks, ZWSP) separate words here like a space.
func isWordRune(r rune) bool {
	c := alphabet.Of(r)
	return c.IsLetter() || c == alphabet.Mark
}

// foldRune maps a rune to its folded form, or returns -1 when folding
// drops it (diacritics, tatweel, marks, invisible controls): alphabet.Fold.
func foldRune(r rune) rune { return alphabet.Fold(r) }

// foldInto appends the folded form of s to dst (see alphabet.AppendKey).
func foldInto(dst []byte, s string) []byte { return alphabet.AppendKey(dst, s) }

// isGap reports whether r is white space or an invisible control: a gap
// between tokens that counts as a space.
func isGap(r rune) bool { return alphabet.Of(r).Invisible() }

// Token kinds.
const (
	tWord uint8 = iota + 1
	tNum
	tPunct
)

// Clitic flags of a word token.
const (
	fConj uint8 = 1 << iota // و or ف
	fPrep                   // ب ل ك
	fDef                    // ال
	fLam                    // the preposition was ل
	fBa                     // the preposition was ب
)

// tok is one token of the text. Words carry their lexicon entry; numbers
// their value (capped) and digit count; punctuation its rune.
type tok struct {
	start, end int
	kind       uint8
	flags      uint8
	ndig       uint8
	space      bool // white space (or nothing) before it; false = glued to the previous token
	e          entry
	val        int64 // a number's value, a punctuation mark's rune
}

const numCap = 1 << 40 // numbers stop growing here (absurd inputs)

// maxKey is the longest folded word looked up: the longest key plus three
// clitic letters.
const maxKey = 40

// Properties of the runes U+0600..U+06FF in arabTab: the low byte is the
// folded rune minus 0x600.
const (
	arWord = 1 << 8
	arDrop = 1 << 9
)

var arabTab = sync.OnceValue(func() *[256]uint16 {
	var t [256]uint16
	for i := range t {
		r := rune(0x600 + i)
		if !isWordRune(r) {
			continue
		}
		f := alphabet.Fold(r)
		if f < 0 {
			t[i] = arWord | arDrop
			continue
		}
		if f < 0x600 || f > 0x6FF {
			f = r
		}
		t[i] = arWord | uint16(f-0x600)
	}
	return &t
})

// decode is utf8.DecodeRuneInString at i with a fast path for the two-byte
// runes of Arabic script.
func decode(s string, i int) (rune, int) {
	if b := s[i]; b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize appends the tokens of text to toks: the tokens dates reads a
// text as. Find, WritingDay and FindWritten lex the text with it;
// FindStream and FindWrittenStream read the same tokens from the caller's
// tokenize.Stream instead (see stream.go), lexing raw text only where the
// stream's tokens and dates' differ.
func tokenize(text string, toks []tok) []tok {
	toks, _, _ = lexFrom(text, 0, len(text), toks, true)
	return toks
}

// lexFrom appends the tokens of text that start at or after byte i and
// before byte stop, and returns where the last of them ends (at or after
// stop: a token is always lexed whole) and whether a gap follows the last
// token. space says whether a gap precedes i. Every word is folded on the
// fly into a stack buffer and looked up once; only known words carry an
// entry.
func lexFrom(text string, i, stop int, toks []tok, space bool) ([]tok, int, bool) {
	lex := lexTable()
	at := arabTab()
	var buf [64]byte
	for i < stop {
		b0 := text[i]
		if b0 == ' ' {
			space = true
			i++
			continue
		}
		r, size := rune(b0), 1
		arWordStart := false
		if b0 >= 0xD8 && b0 <= 0xDB && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r, size = rune(b0&0x1F)<<6|rune(text[i+1]&0x3F), 2
			arWordStart = at[int(b0-0xD8)<<6|int(text[i+1]&0x3F)]&arWord != 0
		} else if r >= utf8.RuneSelf {
			r, size = decode(text, i)
		}
		switch {
		case arWordStart || isWordRune(r): // words first: they are most tokens
			t := tok{start: i, kind: tWord, space: space}
			n := 0
			over := false
			for i < len(text) {
				// fast path: a two-byte rune of the Arabic block
				if b := text[i]; b >= 0xD8 && b <= 0xDB && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
					pr := at[int(b-0xD8)<<6|int(text[i+1]&0x3F)]
					if pr&arWord == 0 {
						break
					}
					if pr&arDrop == 0 && !over {
						if n+2 > len(buf) {
							over = true
						} else {
							f := pr & 0xFF
							buf[n], buf[n+1] = byte(0xD8+f>>6), byte(0x80|f&0x3F)
							n += 2
						}
					}
					i += 2
					continue
				}
				r, size = rune(text[i]), 1
				if r >= utf8.RuneSelf {
					r, size = decode(text, i)
				}
				if !isWordRune(r) {
					break
				}
				if p := alphabet.Presentation(r); p != "" && !over { // ﻻ, ﺍﻷﺣﺪ
					if n+len(p) > len(buf) {
						over = true
					} else {
						n += copy(buf[n:], p)
					}
				} else if f := alphabet.Fold(r); f >= 0 && !over {
					switch {
					case n+4 > len(buf):
						over = true
					case f >= 0x80 && f < 0x800:
						buf[n], buf[n+1] = byte(0xC0|f>>6), byte(0x80|f&0x3F)
						n += 2
					default:
						n += utf8.EncodeRune(buf[n:], f)
					}
				}
				i += size
			}
			t.end = i
			if !over && n > 0 && n <= maxKey && buf[0] >= 0xD8 { // Arabic letters only
				if sf := lex.findSurface(buf[:n]); sf != nil {
					t.e, t.flags = sf.e, sf.flags
				}
			}
			// a run of unknown words stands as one token (its last word):
			// the parser only needs to know that something else is there
			if t.e.c == cNone {
				if k := len(toks) - 1; k >= 0 && toks[k].kind == tWord && toks[k].e.c == cNone {
					toks[k].start, toks[k].end, toks[k].space = t.start, t.end, t.space
					space = false
					continue
				}
			}
			toks = append(toks, t)
		case isGap(r):
			space = true
			i += size
			continue
		case alphabet.DigitValue(r) >= 0:
			t := tok{start: i, kind: tNum, space: space}
			for i < len(text) {
				r, size = rune(text[i]), 1
				if r >= utf8.RuneSelf {
					r, size = decode(text, i)
				}
				d := alphabet.DigitValue(r)
				if d < 0 {
					break
				}
				if t.val < numCap {
					t.val = t.val*10 + int64(d)
				}
				if t.ndig < 255 {
					t.ndig++
				}
				i += size
			}
			t.end = i
			toks = append(toks, t)
		default:
			toks = append(toks, tok{start: i, end: i + size, kind: tPunct, space: space, val: int64(r)})
			i += size
		}
		space = false
	}
	return toks, i, space
}

// Folded letters used by the clitic stripper (two bytes each in UTF-8).
const (
	lWaw  = "و"
	lFa   = "ف"
	lBa   = "ب"
	lLam  = "ل"
	lKaf  = "ك"
	lAlef = "ا"
)
