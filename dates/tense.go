package dates

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// A bare weekday (الأحد، يوم الأحد، مساء الأحد) or month (في نوفمبر، أواخر
// يناير) takes its direction from the tense of the clause it stands in: news marks the future with سـ / سوف / لن
// before an imperfect verb and with phrases such as من المقرر أن، من
// المتوقع أن، يعتزم، المرتقب، المقبل, and the past with أمس، الماضي، قد /
// كان / لم / تم and the reporting verbs (قال، أعلن، أكد...). The marker
// nearest the weekday before it, in the same sentence, decides; when there
// is none before it, the first one after it up to the next comma does,
// counting only verbs and من المقرر-like phrases there (a trailing المقبل
// usually belongs to another phrase). A future marker right after كان (كان
// من المقرر أن، كانت ستعقد) is a past plan and counts as past.

// tenseMark is what a word says about the tense of its clause.
type tenseMark struct {
	t        int8 // +1 future, -1 past
	backOnly bool // counts only before the weekday
	needAn   bool // counts only when أن follows (من المتوقع أن)
	stop     bool // ends the scan: a relative clause or an event phrase (الذي، بعد) begins here
	comp     bool // أن / إن: reported speech begins here
	qad      bool // قد: past before a perfect, "may" before an imperfect
	conj     bool // listed with its و / ف
	fwdStop  bool // ends the scan after the phrase only: ما / مما سيؤدي (which will lead) is a consequence
	report   bool // a reporting verb or an attribution: dates the statement, not what it reports
}

// tenseWords maps folded words (without a conjunction) to their mark.
var tenseWords = sync.OnceValue(func() map[string]tenseMark {
	m := map[string]tenseMark{}
	add := func(forms string, mk tenseMark) {
		var buf [64]byte
		for _, f := range strings.Fields(forms) {
			m[string(foldInto(buf[:0], f))] = mk
		}
	}
	add("سوف لن يعتزم تعتزم يعتزمون نعتزم ينوي تنوي يرتقب ترتقب يتوقع", tenseMark{t: 1})
	add("المقرر مقرر مقررة المقررة مقررا المرتقب المرتقبة مرتقب مرتقبة", tenseMark{t: 1, backOnly: true})
	// لحين / ريثما (until): what follows in the clause is yet to come
	// (احتجازها لحين تحديد جلسة يوم الأربعاء)
	add("لحين ريثما", tenseMark{t: 1, backOnly: true})
	add("المتوقع المنتظر", tenseMark{t: 1, needAn: true})
	add("لقد لم كان كانت كانوا تم تمت سبق", tenseMark{t: -1})
	add("أمس البارحة", tenseMark{t: -1, backOnly: true})
	// the weekday belongs to another event: الذي دخل الجمعة حيز التنفيذ،
	// بعد قمتهما في هلسنكي الاثنين، وذلك في كلمة ألقاها الاثنين
	add("الذي التي الذين اللذين اللتين اللواتي اللاتي بعد بعدما قبل قبيل عقب إثر ذلك لكن لكنه لكنها", tenseMark{stop: true})
	// (two-letter words with و / ف are listed whole: the peeling below
	// leaves words of three letters or fewer alone)
	add("أن أنه أنها أنهم بأن بأنه بأنها", tenseMark{comp: true})
	// ارتفع العجز في يونيو ما سيؤدي إلى…: what follows is a consequence
	add("ما مما", tenseMark{fwdStop: true})
	add("وأن", tenseMark{comp: true, conj: true})
	add("قد", tenseMark{qad: true})
	add("وقد فقد", tenseMark{qad: true, conj: true})
	add("ولم فلم وتم", tenseMark{t: -1, conj: true})
	add("ولن فلن", tenseMark{t: 1, conj: true})
	// reporting verbs in the perfect, and attributions
	add("قال قالت أعلن أعلنت أكد أكدت ذكر ذكرت أفاد أفادت كشف كشفت أوضح أوضحت صرح صرحت أشار أشارت "+
		"أضاف أضافت نفى نفت نقل نقلت أبلغ أبلغت اعتبر اعتبرت أصدر أصدرت أعرب أعربت دعا دعت "+
		"أقر أقرت أدان أدانت وفق وفقا بحسب حسب حسبما", tenseMark{t: -1, report: true})
	add("وقع وقعت شهد شهدت جرى جرت أجرى أجرت عقدت وصل وصلت بدأ بدأت قتل قتلت لقي", tenseMark{t: -1})
	return m
})

// notFuturePrefix and notFutureWord list words that begin like سـ + an
// imperfect verb but are not one (nouns and names frequent in the corpus),
// by folded prefix or whole word.
var notFuturePrefix = []string{
	"سيا", "سيستم", "سيسترو", "سيستو", "سيسي", "سيسك", "سيسو", "سيطر", "سيد", "سيلف", "سيلي", "سيبا", "سيبي", "سيبو",
	"سينا", "سينم", "سينس", "سينتوس", "سينغ", "سيكي", "سيكس", "سيفا", "سيفن", "سيجار", "سيء", "سيول", "سيتي",
	"ستي", "ستا", "ستري", "سترا", "سترل", "ستوك", "ستور", "ستون", "ستول", "ستوي",
	"سنو", "سنت", "سنغ", "سناب", "سناء", "سناتور", "سندات", "سندر", "سني",
}

var notFutureWord = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, f := range strings.Fields("سندا سنان سنجار سنجق سنحت سنترال سيما سيكو " +
		"سيرغ سيرغي سيرغيو سيرجي سيرجيو سيرخيو سيرينا سيرا سيري سيرة سيرته سيرتها سيرها سيرتك سيرو سيرج سيريل سيرك سيروتي " +
		"سيرون سيريا سيريكا سيراس سيريزو سيرين سيرت سيلفا سيلة سيلا سيلتا سيلتيكس سيلسو سيلان سيلاديس " +
		"سيميدو سيموني سيمون سيمونا سيميوني سيمنس سيمنز سيمبا سيمي سيميغنيو سيمغنيو سيزار سيشنز سيهوفر سيغيف سيغال " +
		"سيغوردسون سيكسرز سييرا سيفنتي سيجيف سياف سنودن ستهام ستمنستر سيريبرينيكوف " +
		// سأل (ask) in the perfect; nouns, numbers and names seen in the corpus
		"سألت سأله سألته سألني سألها سألنا سألتني سألتها سألهم سألتهم سألوا سألوه سألوني سألناه " +
		"سترة سنها سنهم ستمائة ستمئة ستوديو ستوديوهات سيراليون ستواني ستروميا سترجيس سيمارون سيلز ستبروك") {
		m[string(foldInto(buf[:0], f))] = true
	}
	return m
})

// isSentenceEnd reports whether r ends a clause for the tense scan (see
// alphabet.IsClauseEnd), or is a colon: the quotation after قال: has a
// tense of its own.
func isSentenceEnd(r rune) bool { return alphabet.IsClauseEnd(r) || r == ':' }

// foldWord folds w into buf (letters only), or returns nil when it does
// not fit. The two-byte runes of the Arabic block are folded through
// foldTab (the generic steps below, done once per rune); the rest take
// the generic steps.
func foldWord(buf *[64]byte, w string) []byte {
	ft := foldTab()
	n := 0
	for i := 0; i < len(w); {
		if b := w[i]; b >= 0xD8 && b <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			if f := ft[int(b-0xD8)<<6|int(w[i+1]&0x3F)]; f != foldSlow {
				if f != foldDrop {
					if n+2 > len(buf) {
						return nil
					}
					buf[n], buf[n+1] = byte(0xD8+f>>6), byte(0x80|f&0x3F)
					n += 2
				}
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		var ok bool
		if n, ok = foldRuneInto(buf, n, r); !ok {
			return nil
		}
	}
	return buf[:n]
}

// foldRuneInto is foldWord's generic step: it writes the folding of r
// (a presentation form's letters, the folded rune, or nothing) into buf
// at n and returns the new length, or false when buf is full.
func foldRuneInto(buf *[64]byte, n int, r rune) (int, bool) {
	if p := alphabet.Presentation(r); p != "" {
		if n+len(p) > len(buf) {
			return n, false
		}
		return n + copy(buf[n:], p), true
	}
	f := alphabet.Fold(r)
	if f < 0 {
		return n, true
	}
	if n+utf8.RuneLen(f) > len(buf) {
		return n, false
	}
	return n + utf8.EncodeRune(buf[n:], f), true
}

// Marks of foldTab besides a folded rune's offset in the Arabic block.
const (
	foldDrop = 0x100 // folding drops the rune
	foldSlow = 0x200 // the rune takes foldWord's generic steps
)

// foldTab is, for each rune U+0600..U+06FF, what foldWord's generic steps
// make of it: its folded rune minus 0x600 when that is one rune of the
// block, foldDrop when it is nothing, foldSlow otherwise.
var foldTab = sync.OnceValue(func() *[256]uint16 {
	var t [256]uint16
	for i := range t {
		r := rune(0x600 + i)
		f := alphabet.Fold(r)
		switch {
		case alphabet.Presentation(r) != "":
			t[i] = foldSlow
		case f < 0:
			t[i] = foldDrop
		case f >= 0x600 && f <= 0x6FF:
			t[i] = uint16(f - 0x600)
		default:
			t[i] = foldSlow
		}
	}
	return &t
})

// futureVerb reports whether the folded word b is سـ + an imperfect verb
// (سيعقد، ستبدأ، ستأتي). raw is the word as written.
func futureVerb(b []byte, raw string) bool {
	if len(b) < 8 || b[0] != 0xD8 || b[1] != 0xB3 { // س, and at least four letters
		return false
	}
	switch string(b[2:4]) {
	case "ي", "ت", "ن":
	case "ا":
		// سأعود (I will return), but سألت / سأله (asked) is سأل
		return strings.HasPrefix(raw, "سأ") && !notFutureWord()[string(b)]
	default:
		return false
	}
	if strings.HasPrefix(raw, "ستأ") || strings.HasPrefix(raw, "سيأ") {
		return true
	}
	if notFutureWord()[string(b)] {
		return false
	}
	for _, pre := range notFuturePrefix {
		if strings.HasPrefix(string(b), pre) {
			return false
		}
	}
	return true
}

// wordMark returns the tense mark of the word text[s:e], with a conjunction
// و / ف peeled when the whole word is not known.
func (p *parser) wordMark(s, e int, forward bool) (mark int8, conj, stop, comp, report bool) {
	var buf [64]byte
	raw := p.text[s:e]
	b := p.foldAt(&buf, s, e) // read only
	if b == nil {
		return 0, false, false, false, false
	}
	words := tenseWords()
	for try := 0; try < 2; try++ {
		if mk, ok := words[string(b)]; ok {
			c := try > 0 || mk.conj
			switch {
			case mk.stop, forward && mk.fwdStop:
				return 0, c, true, false, false
			case mk.fwdStop:
				return 0, false, false, false, false
			case mk.comp:
				return 0, c, false, true, false
			case mk.qad: // قد يعقد، قد لا يتحقق: may (not) be; قد أعلن: has announced
				if p.nextWordStarts(e, "ي") || p.nextWordIs(e, "لا") {
					return 1, c, false, false, false
				}
				return -1, c, false, false, false
			case forward && mk.backOnly:
				return 0, false, false, false, false
			case mk.needAn && !p.nextWordIs(e, "ان"):
				return 0, false, false, false, false
			}
			return mk.t, c, false, false, mk.report
		}
		if futureVerb(b, raw) {
			return 1, try > 0, false, false, false
		}
		if try == 0 && len(b) > 6 && (string(b[:2]) == "و" || string(b[:2]) == "ف") {
			b, raw = b[2:], peelRune(raw)
			continue
		}
		break
	}
	return 0, false, false, false, false
}

// peelRune drops the first letter of raw, with any tatweel or diacritic
// around it (ـوَسيعقد → سيعقد).
func peelRune(raw string) string {
	peeled := false
	for i, r := range raw {
		if alphabet.Fold(r) < 0 {
			continue
		}
		if peeled {
			return raw[i:]
		}
		peeled = true
	}
	return ""
}

// prevWordText is prevWord walking the text rune by rune.
func (p *parser) prevWordText(i int) (s, e int, ok bool) {
	for i > 0 {
		r, sz := utf8.DecodeLastRuneInString(p.text[:i])
		if isSentenceEnd(r) {
			return 0, 0, false
		}
		if isWordRune(r) {
			break
		}
		i -= sz
	}
	if i == 0 {
		return 0, 0, false
	}
	e = i
	for i > 0 {
		r, sz := utf8.DecodeLastRuneInString(p.text[:i])
		if !isWordRune(r) {
			break
		}
		i -= sz
	}
	return i, e, true
}

// nextWordText is nextWord walking the text rune by rune.
func (p *parser) nextWordText(i int) (s, e int, comma, end bool) {
	for i < len(p.text) {
		r, sz := utf8.DecodeRuneInString(p.text[i:])
		if isSentenceEnd(r) {
			return 0, 0, true, true
		}
		if r == ',' || r == '،' {
			comma = true
		}
		if isWordRune(r) {
			break
		}
		i += sz
	}
	if i >= len(p.text) {
		return 0, 0, true, true
	}
	s = i
	for i < len(p.text) {
		r, sz := utf8.DecodeRuneInString(p.text[i:])
		if !isWordRune(r) {
			break
		}
		i += sz
	}
	return s, i, comma, false
}

func (p *parser) nextWordIs(i int, folded string) bool {
	s, e, _, end := p.nextWord(i)
	if end {
		return false
	}
	var buf [64]byte
	return string(foldWord(&buf, p.text[s:e])) == folded
}

func (p *parser) nextWordStarts(i int, prefix string) bool {
	s, e, _, end := p.nextWord(i)
	return !end && strings.HasPrefix(p.text[s:e], prefix)
}

// Bounds of the tense scan, in words.
const (
	tenseBack = 25
	tenseFwd  = 6
)

// clauseTense returns +1 when the clause around the phrase text[start:end]
// is in the future, -1 when it is in the past, 0 when it does not say.
func (p *parser) clauseTense(start, end int) int {
	// قال الوزير، الأحد، إن …: the weekday dates the statement
	// (and أصر، الجمعة، على أن؛ أشار، الأحد، إلى أن)
	if s, e, _, stop := p.nextWord(end); !stop {
		if p.complementizer(s, e) {
			return -1
		}
		var buf [64]byte
		switch string(p.foldAt(&buf, s, e)) {
		case "علي", "الي", "من", "عن":
			if s2, e2, _, stop := p.nextWord(e); !stop && p.complementizer(s2, e2) {
				return -1
			}
		}
	}
	// the date phrase found last, when it ends before this one: its own
	// direction is a marker (الأسبوع المقبل، السبت الماضي، بعد غد)
	xEnd, xDir := -1, 0
	if k := len(p.out) - 1; k >= 0 {
		x := &p.out[k]
		if xe := x.End - p.base; xe >= 0 && xe <= start && x.Kind != Offset && x.Kind != Streak {
			xEnd = xe
			switch {
			case !x.From.Before(p.midnight(p.aday + 1)):
				xDir = 1
			case !x.To.After(p.midnight(p.aday)):
				xDir = -1
			}
		}
	}
	i := start
	for n := 0; n < tenseBack; n++ {
		s, e, ok := p.prevWord(i)
		if !ok {
			break
		}
		if e <= xEnd {
			if xDir != 0 {
				return xDir
			}
			xEnd = -1
		}
		t, _, stop, comp, _ := p.wordMark(s, e, false)
		if stop {
			break
		}
		if t != 0 {
			if t > 0 && p.afterKana(s) {
				return -1
			}
			return int(t)
		}
		if comp {
			// قال إن … الأحد: the weekday is in reported speech whose own
			// words gave no tense; what frames it decides (من المقرر أن،
			// يتوقع أن: future), else it is a reported fact (past)
			if ps, pe, ok := p.prevWord(s); ok {
				if t, _, _, _, _ := p.wordMark(ps, pe, false); t > 0 && !p.afterKana(ps) {
					return 1
				}
				if p.arrangement(ps, pe, s, e) { // verbs.go: على أن يعود: an arrangement ahead
					return 1
				}
			}
			return -1
		}
		i = s
	}
	i = end
	for n := 0; n < tenseFwd; n++ {
		s, e, comma, stop := p.nextWord(i)
		if stop || (comma && n > 0) {
			break
		}
		t, conj, stopw, comp, _ := p.wordMark(s, e, true)
		if comp {
			break // the reported clause has its own time
		}
		if stopw || (conj && t != 0) {
			break // الذي، بعد: another event; وسيعقد، ويعتزم: another clause
		}
		if t != 0 {
			if t > 0 && p.afterKana(s) {
				return -1
			}
			return int(t)
		}
		i = e
	}
	return 0
}

// durationPast reports whether the amount of time text[start:end] (خلال /
// طوال + an amount) stands in a past clause, so that it is the window
// ending with the anchor's day (ارتفعت الأسعار لم تشهد … خلال خمس سنوات)
// rather than the one starting at it. Its evidence is stricter than
// clauseTense's: a window is past only by a past marker of its own clause
// (لم، قد + perfect، كان، تم، قتل، شهد…). A reporting verb or أن / إن ends
// the search without one, since a report dates the statement, not what it
// reports (قالت إن بريطانيا قررت طرد دبلوماسيين خلال أسبوع is a week
// ahead), and so does a conditional (إذا لم تتوقف … خلال أسبوع).
func (p *parser) durationPast(start, end int) bool {
	i := start
	for n := 0; n < tenseBack; n++ {
		s, e, ok := p.prevWord(i)
		if !ok {
			break
		}
		if p.changeVerb(s, e) {
			return !p.conditional(s)
		}
		t, _, stop, comp, report := p.wordMark(s, e, false)
		if stop || comp || report || t > 0 {
			return false
		}
		if t < 0 && !p.lamNoun(s, e) {
			return !p.conditional(s)
		}
		i = s
	}
	i = end
	for n := 0; n < tenseFwd; n++ {
		s, e, comma, stop := p.nextWord(i)
		if stop || (comma && n > 0) {
			break
		}
		if p.changeVerb(s, e) {
			return !p.conditional(s)
		}
		t, conj, stopw, comp, report := p.wordMark(s, e, true)
		if comp || stopw || report || conj && t != 0 || t > 0 {
			return false
		}
		if t < 0 && !p.lamNoun(s, e) {
			return !p.conditional(s)
		}
		i = e
	}
	return false
}

// changeWords are perfect verbs that news puts before an amount of time
// to say what it has seen (ارتفعت الأسعار خلال خمس سنوات، قتل أكثر من ألف
// خلال ثلاثة أسابيع). They count for durationPast only: a weekday after
// them is no more past than after any verb. Forms that are also frequent
// nouns or present tenses (شن، ظل، تعرض، تلقى) are left out.
var changeWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, f := range strings.Fields("ارتفع ارتفعت ارتفعوا انخفض انخفضت تراجع تراجعت هبط هبطت زاد زادت " +
		"تضاعف تضاعفت فقدت خسر خسرت سجل سجلت حقق حققت بلغ بلغت تجاوز تجاوزت أدى أدت أسفر أسفرت " +
		"تعرضت استعاد استعادت أحرق أحرقت نزح نزحوا قتلوا لقوا أصيب أصيبت أصيبوا اعتقل اعتقلت " +
		"تمكن تمكنت نجح نجحت فاز فازت تلقت أنفق أنفقت شنت نفذ نفذت سقط سقطت ظلت ظلوا " +
		"استمر استمرت عاش عاشت") {
		m[string(foldInto(buf[:0], f))] = true
	}
	return m
})

// changeVerb reports whether text[s:e], with a conjunction و / ف, is one
// of changeWords.
func (p *parser) changeVerb(s, e int) bool {
	var buf [64]byte
	b := p.foldAt(&buf, s, e) // read only
	m := changeWords()
	if m[string(b)] {
		return true
	}
	return len(b) > 6 && (string(b[:2]) == "و" || string(b[:2]) == "ف") && m[string(b[2:])]
}

// conditional reports whether the word before i opens a condition (إذا،
// إن، لو، ما لم): what follows it is no fact of the past. ما counts only
// before لم (ما تم إنجازه is what was done).
func (p *parser) conditional(i int) bool {
	s, e, ok := p.prevWord(i)
	if !ok {
		return false
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[s:e])) {
	case "اذا", "واذا", "فاذا", "ان", "وان", "لو", "ولو", "طالما", "حال":
		return true
	case "ما":
		var b2 [64]byte
		return string(foldWord(&b2, p.text[i:p.wordEnd(i)])) == "لم"
	}
	return false
}

// lamNoun reports whether text[s:e] is لم in لم الشمل / لم شمل
// (reuniting), a noun rather than the past particle.
func (p *parser) lamNoun(s, e int) bool {
	var buf [64]byte
	if b := foldWord(&buf, p.text[s:e]); string(b) != "لم" && string(b) != "ولم" {
		return false
	}
	return p.nextWordIs(e, "شمل") || p.nextWordIs(e, "الشمل")
}

// complementizer reports whether text[s:e] is أن / إن (with a pronoun or
// بـ), which opens reported speech.
func (p *parser) complementizer(s, e int) bool {
	var buf [64]byte
	switch string(p.foldAt(&buf, s, e)) {
	case "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "وانها":
		return true
	}
	return false
}

// afterKana reports whether one of the three words before i is كان / كانت
// (كان من المقرر أن: a plan in the past).
func (p *parser) afterKana(i int) bool {
	for n := 0; n < 3; n++ {
		s, e, ok := p.prevWord(i)
		if !ok {
			return false
		}
		var buf [64]byte
		b := foldWord(&buf, p.text[s:e])
		if len(b) > 6 && (string(b[:2]) == "و" || string(b[:2]) == "ف") {
			b = b[2:]
		}
		switch string(b) {
		case "كان", "كانت", "كانوا":
			return true
		}
		i = s
	}
	return false
}

// What اليوم without a weekday after it stands for.
const (
	todayDay   = iota // the anchor's day
	todayNot          // not a day: حتى اليوم (to this day), عالم اليوم, an outlet's name
	todayVague        // these days: في تونس اليوم
)

// todayWords sorts the words met before اليوم (folded, clitics peeled).
var todayWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(forms string, v uint8) {
		var buf [64]byte
		for _, f := range strings.Fields(forms) {
			m[string(foldInto(buf[:0], f))] = v
		}
	}
	add("حتى إلى غاية لغاية لحد", 1)                                                          // to this day
	add("عالم عرب شباب جيل أجيال إنسان مجتمع مجتمعات أطفال", 2)                               // today's world
	add("صحيفة جريدة قناة موقع شبكة وكالة مجلة تلفزيون إذاعة برنامج أنباء دار مكتب تحرير", 3) // an outlet
	add("المصري العرب أخبار حدث إسرائيل اليمن", 5)                                            // heads of outlet names
	add("العالم المنطقة البلاد تونس مصر سوريا العراق لبنان الأردن الجزائر المغرب فلسطين "+    // a place
		"السودان ليبيا اليمن الخليج أوروبا إسرائيل إيران تركيا روسيا أمريكا أميركا الإمارات السعودية قطر الكويت", 4)
	return m
})

// todayClass returns the class of the word text[s:e] in todayWords, with
// a conjunction and a preposition (و ف ب ل) peeled when needed.
func (p *parser) todayClass(s, e int) uint8 {
	var buf [64]byte
	b := foldWord(&buf, p.text[s:e])
	m := todayWords()
	for try := 0; try < 3 && len(b) >= 4; try++ {
		if v, ok := m[string(b)]; ok {
			return v
		}
		if len(b) > 6 && string(b[:4]) == "لل" { // للعالم = ل + العالم
			b[0], b[1] = 0xD8, 0xA7 // ا
			continue
		}
		switch string(b[:2]) {
		case "و", "ف", "ب", "ل":
			b = b[2:]
		default:
			return 0
		}
	}
	return 0
}

// isQuote reports whether r opens or closes a quotation; open picks which
// of the brackets counts.
func isQuote(r rune, open bool) bool {
	switch r {
	case '"', '“', '”', '«', '»', '\'':
		return true
	case '(':
		return open
	case ')':
		return !open
	}
	return false
}

// todayUse reads the words before اليوم, which starts at byte start: حتى /
// إلى (غاية) اليوم is "to this day", عالم اليوم "today's world", "روسيا
// اليوم" or صحيفة المصري اليوم an outlet's name, أن / إن + a place + اليوم
// "these days" (all not a day), في + a place + اليوم these days or today
// (vague). Otherwise اليوم is the anchor's day.
func (p *parser) todayUse(start int) int {
	s, e, ok := p.prevWord(start)
	if !ok {
		return todayDay
	}
	switch p.todayClass(s, e) {
	case 1, 2:
		return todayNot
	}
	// X اليوم: what comes before X says whether X اليوم is a name; not
	// when a comma or a quote stands between them (في اليمن، اليوم،
	// برنامج "بوليتيكا" اليوم)
	for _, r := range p.text[e:start] {
		if r == ',' || r == '،' || isQuote(r, true) || isQuote(r, false) {
			return todayDay
		}
	}
	x := p.todayClass(s, e)
	if q := strings.TrimRight(p.text[:s], " "); q != "" {
		if r, _ := utf8.DecodeLastRuneInString(q); isQuote(r, true) || r == ':' {
			// "روسيا اليوم" is a name; "تونس اليوم لها حكومة… opens a
			// quotation with a place: these days
			if end := p.wordEnd(start); end < len(p.text) {
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p.text[end:], " ")); isQuote(r, false) {
					return todayNot
				}
			}
			if x == 4 {
				return todayNot
			}
		}
	}
	ps, pe, ok := p.prevWord(s)
	if !ok {
		return todayDay
	}
	if x == 4 || x == 5 {
		var buf [64]byte
		switch pw := string(foldWord(&buf, p.text[ps:pe])); {
		case p.todayClass(ps, pe) == 3, pw == "المصدر":
			return todayNot // قناة روسيا اليوم، جريدة المصري اليوم
		case pw == "عن":
			if qs, qe, ok := p.prevWord(ps); ok && strings.HasPrefix(string(foldWord(&buf, p.text[qs:qe])), "نقلا") {
				return todayNot // نقلا عن روسيا اليوم
			}
		}
	}
	if x == 4 {
		if p.complementizer(ps, pe) {
			return todayNot // إن سوريا اليوم في الخط الأول
		}
		var buf [64]byte
		switch string(foldWord(&buf, p.text[ps:pe])) {
		case "في", "وفي", "ففي":
			return todayVague
		}
	}
	return todayDay
}

// wordEnd returns where the word starting at i ends.
func (p *parser) wordEnd(i int) int {
	for i < len(p.text) {
		r, sz := utf8.DecodeRuneInString(p.text[i:])
		if !isWordRune(r) {
			break
		}
		i += sz
	}
	return i
}

// namedDayAfter reports whether the word after اليوم (which ends at i)
// makes it "the day" of something else: اليوم التالي (the next day), اليوم
// الذي (the day when), اليوم العالمي / الوطني (a world or national day),
// اليوم نفسه / ذاته (that same day).
func (p *parser) namedDayAfter(i int) bool {
	s, e, comma, stop := p.nextWord(i)
	if stop || comma {
		return false
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[s:e])) {
	case "التالي", "الذي", "التي", "العالمي", "الوطني", "الدولي", "نفسه", "ذاته", "عينه":
		return true
	}
	return false
}
