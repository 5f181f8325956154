package dates

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// perfect.go reads the perfect by its shape where the shape is safe: a
// feminine in ت or a plural in وا. The masculine singular perfect has no
// ending of its own (غادر، رحل، عاد), and و + three or four letters is as
// often a noun (وسائل، وزير), so it is read from a list instead: the verbs
// news tells a past story with (leaving, returning, dying, joining,
// spending years, being freed...), each with the stem of its imperfect.
// A verb of the list before بعد + an amount makes it a story's "later"
// (ورحل فينغر عن تدريب أرسنال بعد 22 عاما: not 22 years from the
// anchor); its imperfect (يغادر، تعود) stands for the present or the
// future and ends the search. Forms that are also frequent nouns (دخل
// income, عمل work, ترك Turks, حكم ruling, درس lesson, رفض refusal, ولد
// boy, أسس foundations, تعادل a draw, حدث an event, تراجع a fall, وفر
// savings) are left out, and so are the verbs of starting (انطلق، افتتح):
// انطلق الإضراب اليوم وتواصل على مدى 3 أيام runs ahead of its start.

// pastVerbList pairs a masculine perfect with the stem of its imperfect
// (without the person prefix ي / ت / ن / أ), both as written; the
// perfects' ى and hamzas are folded when the maps are built.
const pastVerbList = "غادر:غادر رحل:رحل عاد:عود رجع:رجع توفي:توفي مات:موت انتقل:نتقل انضم:نضم " +
	"التحق:لتحق أمضى:مضي قضى:قضي خرج:خرج هاجر:هاجر هرب:هرب نجا:نجو " +
	"استقال:ستقيل اعتزل:عتزل تولى:تولى أصبح:صبح صار:صير بقي:بقى مكث:مكث أقام:قيم " +
	"سافر:سافر اختفى:ختفي أطلق:طلق أفرج:فرج أنهى:نهي ألغى:لغي ألغي:لغى أنشأ:نشئ " +
	"أغلق:غلق انسحب:نسحب انهار:نهار احتل:حتل استولى:ستولي اغتيل:غتال أعدم:عدم " +
	"اختطف:ختطف انفجر:نفجر اندلع:ندلع انتهى:نتهي جاء:جيء أتى:أتي نال:نال " +
	"حصل:حصل توج:توج تأهل:تأهل هزم:هزم أحرز:حرز أنجز:نجز أكمل:كمل أتم:تم اكتشف:كتشف " +
	"عثر:عثر اعترف:عترف تزوج:تزوج نشأ:نشأ أعيد:عاد أعاد:عيد شارك:شارك ساهم:ساهم " +
	"قاد:قود تخلى:تخلى غاب:غيب ابتعد:بتعد اختار:ختار استطاع:ستطيع " +
	"أقيل:قال انتخب:نتخب اعتنق:عتنق استسلم:ستسلم انشق:نشق"

// pastVerbs holds the folded perfects, imperfectVerbs the folded
// imperfects (each stem after ي / ت / ن / ا).
var pastVerbs, imperfectVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, f := range strings.Fields(pastVerbList) {
		past, _, _ := strings.Cut(f, ":")
		m[string(foldInto(buf[:0], past))] = true
	}
	return m
}), sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, f := range strings.Fields(pastVerbList) {
		_, stem, _ := strings.Cut(f, ":")
		for _, pre := range []string{"ي", "ت", "ن"} {
			m[string(foldInto(buf[:0], pre+stem))] = true
		}
	}
	return m
})

// objectSuffixes are the pronouns a verb takes as its object (غادرها،
// أمضاها، أطلقه), longest first.
var objectSuffixes = []string{"هما", "هم", "ها", "ه", "نا"}

// verbForm sorts the word text[s:e]: +1 a masculine perfect of
// pastVerbList, -1 one of its imperfects, 0 neither. A conjunction و / ف
// and an object pronoun are peeled.
func (p *parser) verbForm(s, e int) int {
	var buf [64]byte
	raw := p.text[s:e]
	b := p.foldAt(&buf, s, e)
	if len(b) < 4 || endsInTaMarbuta(raw) { // إعادة، رحلة: folded like the pronoun ه
		return 0
	}
	past, imp := pastVerbs(), imperfectVerbs()
	look := func(w []byte) int {
		switch {
		case past[string(w)]:
			return 1
		case imp[string(w)]:
			return -1
		}
		return 0
	}
	for conj := 0; conj < 2; conj++ {
		if v := look(b); v != 0 {
			return v
		}
		for _, suf := range objectSuffixes {
			if w, ok := strings.CutSuffix(string(b), suf); ok && len(w) >= 4 {
				if v := look([]byte(w)); v != 0 {
					return v
				}
			}
		}
		if conj > 0 || len(b) < 6 || string(b[:2]) != "و" && string(b[:2]) != "ف" {
			break
		}
		b = b[2:]
	}
	return 0
}

// spentAfter reports whether the word after byte i is قضاها / أمضاها
// (with any object pronoun): بعد 22 عاما قضاها في المنصب is the length of
// a stay, never a time ahead of the anchor.
func (p *parser) spentAfter(i int) bool {
	s, e, comma, end := p.nextWord(i)
	if end || comma {
		return false
	}
	var buf [64]byte
	b := string(foldWord(&buf, p.text[s:e]))
	for _, stem := range []string{"قضا", "امضا"} {
		if rest, ok := strings.CutPrefix(b, stem); ok {
			for _, suf := range objectSuffixes {
				if rest == suf {
					return true
				}
			}
		}
	}
	return false
}

// endsInTaMarbuta reports whether the last letter of w (diacritics and
// tatweel skipped) is ة, which no verb ends in.
func endsInTaMarbuta(w string) bool {
	for i := len(w); i > 0; {
		r, sz := utf8.DecodeLastRuneInString(w[:i])
		if alphabet.Fold(r) >= 0 {
			return r == 'ة' || r == 'ﺔ' || r == 'ﺓ'
		}
		i -= sz
	}
	return false
}

// arrangement reports whether على (text[ps:pe]) + أن (text[s:e]) is
// followed by an imperfect: على أن يعود بعد أسبوعين، على أن تعقد الجلسة
// الأحد state what is to come, not a reported fact (أكد على أن الاجتماع
// عقد has a noun or a perfect after أن).
func (p *parser) arrangement(ps, pe, s, e int) bool {
	var buf [64]byte
	if string(foldWord(&buf, p.text[ps:pe])) != "علي" || string(foldWord(&buf, p.text[s:e])) != "ان" {
		return false
	}
	ns, ne, comma, end := p.nextWord(e)
	if end || comma {
		return false
	}
	w := foldWord(&buf, p.text[ns:ne])
	if len(w) < 6 {
		return false
	}
	switch string(w[:2]) {
	case "ي", "ت":
		return !endsInTaMarbuta(p.text[ns:ne])
	}
	return false
}
