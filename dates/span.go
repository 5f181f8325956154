package dates

import (
	"strings"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// The span convention: an expression's span leaves out the clitics glued
// to its first word that are not part of the date, as an annotator leaves
// out a preposition written apart (في 2016 is 2016): a conjunction و / ف and
// a preposition ب / ل / ك (ولعام 2016 is عام 2016, بالأمس is الأمس, بنهاية
// مارس is نهاية مارس). لل, where ل has taken the article's alif (لليوم
// العاشر، للعام 2018، لليلة), has no such cut and stays whole.

// spanStart is where the expression whose first token is t begins in the
// text: the token's start after the clitics the span leaves out.
func (p *parser) spanStart(t *tok) int {
	start := t.start
	if t.kind != tWord {
		return start
	}
	n := 0
	if t.flags&fConj != 0 {
		n++
	}
	if t.flags&fPrep != 0 && !(t.flags&fLam != 0 && (t.flags&fDef != 0 || lamLam(p.text, start, t.end, n))) {
		n++
	}
	if n == 0 {
		return start
	}
	return skipLetters(p.text, start, t.end, n)
}

// lamLam reports whether the word at text[start:end], after its first skip
// letters, opens with لل: ل + the article, whose alif is not written
// (لليلة is ل + الليلة, as لليوم is ل + اليوم).
func lamLam(text string, start, end, skip int) bool {
	i := skipLetters(text, start, end, skip)
	if skip > 0 && i == start || !strings.HasPrefix(text[i:end], "ل") {
		return false
	}
	j := skipLetters(text, i, end, 1)
	return j > i && strings.HasPrefix(text[j:end], "ل")
}

// skipLetters returns the offset in text[start:end] after n letters and the
// marks (diacritics, tatweel, invisible joiners) that follow them; start
// itself when the word runs out or a letter is a ligature of two.
func skipLetters(text string, start, end, n int) int {
	i := start
	for k := 0; k < n; k++ {
		if i >= end {
			return start
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		if r == utf8.RuneError || alphabet.Of(r) != alphabet.Arabic || len(alphabet.Presentation(r)) > 2 {
			return start // not one Arabic letter (a ligature such as ﻻ holds two)
		}
		i += w
		for i < end {
			r, w := utf8.DecodeRuneInString(text[i:end])
			if c := alphabet.Of(r); r != 0x640 && c != alphabet.Mark && c != alphabet.Invis && c != alphabet.Join {
				break
			}
			i += w
		}
	}
	if i >= end {
		return start
	}
	return i
}

// khilalPlural reads a plural window without a number after خلال (خلال
// السنوات الماضية، خلال الأيام المقبلة) at j, so that خلال is part of its
// span as it is with a number (خلال الأشهر الستة الماضية).
func (p *parser) khilalPlural(kw uint8, j int) (int, bool) {
	if kw != cKhilal || !p.word(j, cUnit) || p.toks[j].e.count != 0 {
		return 0, false // a plural: not خلال العام الماضي, طيلة العام الماضي
	}
	sp, end, ok := p.got(p.pluralWindow(j)) // السنوات الماضية، الأعوام القليلة الماضية
	if !ok || sp.kind != Offset {
		return 0, false
	}
	p.res = sp
	return end, true
}

// centuryEra reads what follows a century's ordinal at end: الميلادي is
// part of it (القرن السابع عشر الميلادي); قبل الميلاد makes it a century
// before the era, and الهجري a Hijri century, which Find does not resolve
// (ok false).
func (p *parser) centuryEra(end int) (int, bool) {
	if p.word(end, cMiladi) {
		return end + 1, true
	}
	if p.word(end, cHijri) { // القرن الثالث الهجري: a Hijri century, not read
		return 0, false
	}
	if p.word(end, cQabl) && end+1 < len(p.toks) && p.toks[end+1].kind == tWord {
		var buf [64]byte
		if string(foldWord(&buf, p.text[p.toks[end+1].start:p.toks[end+1].end])) == "الميلاد" {
			return 0, false
		}
	}
	return end, true
}
