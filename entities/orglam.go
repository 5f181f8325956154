package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
)

// The ل-phrase of a body's name: a generic head in the article, its
// adjectives, then what the body is for (الاتحاد الدولي لألعاب القوى,
// الهيئة الوطنية لمدارس تعليم السياقة, الغرفة النقابية لتجار المواد
// الأولية, الاتحاد الألماني للصلب). The model, trained on 2000s wires
// where few such names are, often ends the name before the ل-word; the
// news labels take it in: after a head of lamHeads and its words in the
// article, a ل-word follows inside the name 410 times and outside 10
// (الاتحاد الروسي | للعبة 3, the game's federation; الاتحاد الألماني |
// لعامين, for two years), where the heads that are no body's name
// (المنتخب, الجيش, المحكمة, الأمم المتحدة, الحماية المدنية) keep it out
// (0 in, 60 out).

// lamHeads are the folded stems (without the article) of the generic
// heads whose name takes a ل-phrase in (see above): the news labels'
// heads with at least 2 names with a ل-phrase and none without.
var lamHeads = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`اتحاد هيئة هيأة شركة لجنة إدارة مرصد مجلس مركز نقابة جمعية معهد منظمة
		مؤسسة وكالة مندوبية غرفة صندوق جهاز قيادة رابطة مفوضية ديوان مدرسة فرع مجموعة جامعة أكاديمية مديرية
		إدارة دائرة منتدى مكتب`) {
		m[foldHash(w)] = true
	}
	return m
}()

// lamStops are ل-words that follow such a name without being part of
// it: للعبة (الاتحاد الروسي للعبة: the labels keep it out), للمرة, للغاية,
// للتو, and the words that are no noun (لدى, لكن ...: see orgLamEnd's
// stop-word test).
var lamStops = map[uint64]bool{foldHash("للعبة"): true, foldHash("للمرة"): true, foldHash("للغاية"): true,
	foldHash("للتو"): true, foldHash("لصالح"): true, foldHash("لمدة"): true, foldHash("لفترة"): true,
	foldHash("ليس"): true, foldHash("ليست"): true, foldHash("ليسوا"): true, foldHash("لعدم"): true}

// lamPurposes are the ل-words that say what a body did or was asked to do,
// not what it is for: a verb's purpose after the body's name (استعانت
// باللجنة الوطنية الجمهورية | للحصول على البيانات, لإقناع الاتحاد
// الأرجنتيني | لإلغاء المباراة). They are the verbal nouns after which the
// news labels end a body's name (للفوز, لخوض, للتصدي, لمطالبة, للسيطرة,
// لعقد, لتوفير, لإفشال, لإنهاء, 1 or 2 each, never inside a name) and
// those that the ل-phrase wrongly took in on the fresh corpus articles
// (للحصول, للاحتفاظ, لإلغاء, لتولي, للانضمام, لإقامة, لتحديد, للانتقاد),
// with the purposes that follow a body's name there in the same way
// (للمشاركة, للنظر, للرد, للطعن, لمناقشة ...). Each is the spelling read
// (لبحث, a purpose, but للبحث العلمي is a field): forms that name a
// field (لإعادة, لتحقيق, لنقل, لمواجهة, لدراسة, لمساعدة) are not here.
var lamPurposes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`للحصول للاحتفاظ لإلغاء لتولي للانضمام لإقامة لتحديد للمشاركة للنظر للانطلاق
		لإيجاد للمساهمة للانتقاد للرد للطعن للبدء للمضي لتسوية لإيقاف لتكريم لاقتناء لضمان للتعديل للفوز لخوض
		لإفشال لإنهاء للتصدي لمطالبة للسيطرة لعقد لتوفير لبحث لمناقشة لبيع لإقناع لاتخاذ لإرغام للتصويت
		للتوصل للتعاقد للسماح`) {
		m[foldHash(w)] = true
	}
	return m
}()

// lamGoverns are the ل-words of a field whose verbal noun keeps its
// preposition phrase in the name, and that preposition (الهيئة العامة
// للرقابة على الصادرات, الصندوق الوطني للتأمين على المرض, الهيئة الوطنية
// للوقاية من الألغام, الوكالة الروسية للكشف عن المنشطات, الرابطة الوطنية
// للدفاع عن ..., الجمعية الوطنية لمنع القسوة ضد الأطفال): on the fresh
// corpus articles, after a lamHeads body and its adjectives these go on
// with their preposition 27 times, all inside the name by reading; a preposition after other
// fields (للرياضة في, لكرة القدم على, للمعلنين من) is outside it, and so
// is one after a purpose (للحد من, للبحث عن: not here).
var lamGoverns = func() map[uint64]string {
	m := map[uint64]string{}
	for _, p := range [][2]string{{"للرقابة", "على"}, {"للإشراف", "على"}, {"للحفاظ", "على"}, {"للمحافظة", "على"},
		{"للتأمين", "على"}, {"للقضاء", "على"}, {"للوقاية", "من"}, {"للكشف", "عن"}, {"للدفاع", "عن"}, {"لمنع", "ضد"}, {"لمكافحة", "ضد"}} {
		m[foldHash(p[0])] = p[1]
	}
	return m
}()

// lamAdjs are adjectives without the ي of a relation that follow a field
// in a body's name (للصحة العامة, للقوات المسلحة, للصليب الأحمر, للسكك
// الحديد, للاستثمار المباشر, للطاقة المتجددة, للتجارة الحرة), and
// العربية and المالية, which are stop words (names alone elsewhere) but
// adjectives here (لتعليم اللغة العربية, للأوراق المالية). They follow a
// field after و too (orgConjEnd: وزارة البيئة والتنمية المستدامة).
var lamAdjs = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`العامة العام العامين المسلحة الأحمر المباشر الحديد المستقل المتخصصة الجميلة الصغيرة
		المستدامة المتجددة الحرة العربية المالية`) {
		m[foldHash(w)] = true
	}
	return m
}()

// lamTimes are the adjectives of time after a name, no part of it
// (الاتحاد الأوروبي لكرة القدم | الحالي).
var lamTimes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("الحالي الحالية السابق السابقة الأسبق المقبل المقبلة الماضي الماضية الجديد الجديدة") {
		m[foldHash(w)] = true
	}
	return m
}()

// lamHead reports whether the word s[ws:we] is a head of lamHeads in the
// article (الاتحاد), or after ل (للاتحاد, where a span starts at
// لاتحاد).
func lamHead(s string, ws, we int) bool {
	head := s[ws:we]
	switch {
	case strings.HasPrefix(head, "ال"):
		head = head[len("ال"):]
	case strings.HasPrefix(head, "ل") && strings.HasSuffix(s[:ws], "ل"):
		head = head[len("ل"):]
	default:
		return false
	}
	return lamHeads[foldHash(head)]
}

// orgLamEnd returns where the made organization c ends once its ل-phrase
// is taken in, or c.end: when its first word is a head of lamHeads in the
// article (الاتحاد; or لاتحاد after ل: للاتحاد) and its other words are
// in the article (الدولي, الوطنية), the next word, only spaces between,
// in لل (للصلب) joins with at most one adjective in ال after it (للأمن
// الوطني), and one in ل without the article (لألعاب, لمدارس) joins with
// the words of its construct up to the first in the article (لألعاب
// القوى, لمدارس تعليم السياقة, two more at most), or nothing joins. A
// name the model ended after such a ل-word (الهيئة الوطنية لمدارس) is
// completed the same way. After the ل-phrase, a field of lamGoverns
// keeps its preposition phrase (للرقابة على الاستثمارات الأجنبية, لمنع
// القسوة ضد الأطفال), and an adjective of lamAdjs joins too (للصحة
// العامة); a name the model ended on a whole ل-phrase (للصحة) is
// lengthened by these two only, and one it ended on a construct's word in
// the article (لتجار المواد) by an adjective in ي too (الأولية). A ل-word of lamPurposes is a verb's purpose:
// nothing joins from it on, and a name the model made on through it ends
// before it (an earlier end is returned). Nothing joins past nextStart
// (the next mention's start; -1 for none).
func (r *recognizer) orgLamEnd(s string, c candidate, nextStart int) int {
	return r.orgLamEndHead(s, c, nextStart, false)
}

// orgLamEndHead is orgLamEnd; with construct, the name's first word may
// be any head (a sub-body's construct head before an international body:
// مفوضية الأمم المتحدة | لشؤون اللاجئين, see orgsub.go).
func (r *recognizer) orgLamEndHead(s string, c candidate, nextStart int, construct bool) int {
	if !strings.HasPrefix(s[c.end:], " ل") && !strings.Contains(s[c.start:c.end], " ل") {
		return c.end // (the common case) no ل-word in or after the name
	}
	ws, we, ok := index.NextWord(s, c.start)
	if !ok || we >= c.end {
		return c.end // one word: no head with an adjective
	}
	if !construct && !lamHead(s, ws, we) {
		return c.end
	}
	// The other words: in the article, or the last an open ل-word; or
	// the name ends on a whole ل-phrase whose ل-word is lw (a لل-word
	// last, or a ل-word of lamGoverns and its construct: لمنع القسوة).
	open, construct := false, false
	lw := ""
	last := we // the end of the word before w
	for i := we; ; last = i {
		a, b, ok := index.NextWord(s, i)
		if !ok || b > c.end {
			break
		}
		i = b
		w := s[a:b]
		switch {
		case open:
			return c.end
		case strings.HasPrefix(w, "ل") && lamPurposes[foldHash(w)]:
			// الاتحاد الأرجنتيني لإلغاء [المباراة]: the body's name
			// ends before the purpose (if a word is left after the
			// head).
			if last > we {
				return last
			}
			return c.end
		case strings.HasPrefix(w, "ال"):
		case construct && b == c.end && lamAndNoun(w):
			// The model ended on the second verbal noun (لتوزيع
			// واستغلال | المياه): its construct goes on as an open
			// ل-word's.
			open, lw = true, ""
		case lw != "":
			return c.end
		case strings.HasPrefix(w, "لل"):
			if b < c.end {
				return c.end
			}
			lw = w
		case strings.HasPrefix(w, "ل") && b == c.end:
			open = true
		case strings.HasPrefix(w, "ل") && lamGoverns[foldHash(w)] != "":
			lw = w
		case strings.HasPrefix(w, "ل") && !lamStops[foldHash(w)] && !r.stop[foldHash(w)]:
			// A field's construct that the model ended on its word in
			// the article (الغرفة النقابية لتجار المواد | الأولية):
			// only words in the article may follow up to the end.
			lw, construct = w, true
		default:
			return c.end
		}
	}
	end := c.end
	// next is the word after end, only spaces between, and where it ends
	// (0 for none, or one past nextStart).
	next := func(end int) (string, int) {
		w := nextWord(s, end)
		if w == "" {
			return "", 0
		}
		at := strings.Index(s[end:], w) + end + len(w)
		if nextStart >= 0 && at > nextStart {
			return "", 0
		}
		return w, at
	}
	// done is end with one adjective in ال after it (للأمن الوطني,
	// للصحة العامة).
	done := func(end int) int {
		if a, at := next(end); strings.HasPrefix(a, "ال") {
			if h := foldHash(a); lamAdjs[h] || adjLike(a) && cueOf(a) == cueNone && !r.stop[h] && !lamTimes[h] && !relatives[h] {
				end = at
			}
		}
		return end
	}
	// tail is end with the preposition phrase of the ل-word w (of
	// lamGoverns: للرقابة على الاستثمارات الأجنبية, للدفاع عن حقوق
	// الإنسان: the preposition, then a word in ال or an indefinite
	// one and its word in ال, then one adjective), or done(end).
	tail := func(end int, lw string) int {
		p := lamGoverns[foldHash(lw)]
		w, at := next(end)
		if p == "" || w != p {
			return done(end)
		}
		for k := 0; k < 2; k++ {
			if w, at = next(at); w == "" || r.stop[foldHash(w)] || cueOf(w) != cueNone {
				break
			}
			if strings.HasPrefix(w, "ال") {
				return done(at)
			}
			if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") {
				break
			}
		}
		return done(end)
	}
	if lw != "" {
		// The model ended the name on a whole ل-phrase: only its
		// preposition phrase (للرقابة | على الاستثمارات) or an
		// adjective of lamAdjs (للصحة | العامة) joins.
		if e := tail(end, lw); e > end {
			if a, at := next(end); at == e && !lamAdjs[foldHash(a)] && !construct {
				return c.end // an adjective in ي alone after لل: the model's end stands
			}
			return e
		}
		return c.end
	}
	if !open {
		w, at := next(end)
		if utf8.RuneCountInString(w) < 4 || !strings.HasPrefix(w, "ل") || lamStops[foldHash(w)] || lamPurposes[foldHash(w)] || r.stop[foldHash(w)] || r.stop[foldHash(w[len("ل"):])] {
			return c.end // (at least 4 letters: لقب is a title)
		}
		end = at
		if strings.HasPrefix(w, "لل") {
			return tail(end, w)
		}
		lw = w
	} else {
		lw = s[c.start+strings.LastIndexByte(s[c.start:c.end], ' ')+1 : c.end]
	}
	// The construct after a ل-word without the article: up to the first
	// word in the article.
	for k := 0; k < 3; k++ {
		w, at := next(end)
		if w == "" || r.stop[foldHash(w)] || cueOf(w) != cueNone {
			return c.end
		}
		end = at
		if strings.HasPrefix(w, "ال") {
			return tail(end, lw)
		}
		if k == 0 && lamAndNoun(w) {
			// Two verbal nouns of one construct (لغوث وتشغيل
			// اللاجئين): the word in ال must follow at once.
			if a, _ := next(end); strings.HasPrefix(a, "ال") {
				continue
			}
		}
		if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") {
			return c.end // و, a preposition: no construct
		}
	}
	return c.end
}

// lamAndNoun reports whether w is a second verbal noun after و sharing
// the ل-word's construct (لغوث وتشغيل اللاجئين, لإغاثة وتشغيل): و and at
// least four letters more, without the article or a second clitic.
func lamAndNoun(w string) bool {
	if !strings.HasPrefix(w, "و") {
		return false
	}
	rest := w[len("و"):]
	if utf8.RuneCountInString(rest) < 4 || strings.HasPrefix(rest, "ال") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ب") {
		return false
	}
	return true
}
