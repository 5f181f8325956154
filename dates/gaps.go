package dates

import "strings"

// Two short forms of speech and headlines (general.go runs them where no
// other rule matched):
//
//   - من + an amount alone on its line, or closing its clause after a
//     perfect of coming, going, marrying or dying, is the Egyptian "ago"
//     (وصلت من يومين، اتجوز من سنة: منذ يومين، منذ سنة). After anything
//     else من + an amount is "of" or "from" (برنامج من يومين، يتكون من
//     ثلاثة أيام، اقتربت من 9 ساعات، تراوحت من ثلاثة أعوام) and no date.
//   - السنة الجديدة / العام الجديد is the coming year when written in
//     October to December (ميزانية العام الجديد) and the anchor's year in
//     January to March (مطلع العام الجديد); in between it is left out.
//     Not العام الجديد الدراسي / الهجري / المالي.

// shortForms reads the forms above at token i.
func (p *parser) shortForms(i int) (int, bool) {
	t := &p.toks[i]
	if t.kind != tWord {
		return 0, false
	}
	switch {
	case t.e.c == cMin && t.flags&fDef == 0:
		sp, end, ok := p.got(p.offset(i, i+1, cMundh, durNone))
		if !ok || sp.kind != Offset || p.word(end, cMin) || !(p.alone(i, end) || p.pastVerbBefore(i) && p.closes(end)) {
			return 0, false
		}
		p.res = sp
		return end, true
	case t.e.c == cUnit && t.e.v == uYear && t.e.count == 1 && t.flags&fDef != 0 && t.flags&fPrep == 0:
		return p.newYear(i)
	}
	return 0, false
}

// agoVerbs are perfects of coming, going, marrying, dying and starting
// that speech puts before من + an amount meaning "ago" (وصلت من يومين،
// رجعنا من أسبوع). Verbs that take من themselves (انتهى من، اقترب من،
// تراوح من، تمكن من) are not among them.
var agoVerbs = map[string]bool{"وصل": true, "رجع": true, "عاد": true, "سافر": true, "مات": true, "توفي": true,
	"خرج": true, "غادر": true, "جاء": true, "جه": true, "اتجوز": true, "تزوج": true, "اتولد": true, "ولد": true,
	"حصل": true, "بدا": true, "ابتدي": true, "اشتري": true, "شاف": true, "نزل": true}

// pastVerbBefore reports whether the word right before token i is one of
// agoVerbs in the perfect (with و / ف, a subject ending ت / نا / وا / تي).
func (p *parser) pastVerbBefore(i int) bool {
	s, e, ok := p.prevWord(p.toks[i].start)
	if !ok {
		return false
	}
	var buf [64]byte
	w := string(foldWord(&buf, p.text[s:e]))
	for _, pre := range []string{"", "و", "ف"} {
		v, ok := strings.CutPrefix(w, pre)
		if !ok {
			continue
		}
		for _, suf := range []string{"", "ت", "نا", "وا", "تي", "تو"} {
			if stem, ok := strings.CutSuffix(v, suf); ok && agoVerbs[stem] {
				return true
			}
		}
	}
	return false
}

// newYear reads السنة الجديدة / العام الجديد at token i.
func (p *parser) newYear(i int) (int, bool) {
	if i+1 >= len(p.toks) || p.toks[i+1].kind != tWord {
		return 0, false
	}
	if s, _, comma, end := p.nextWord(p.toks[i].end); end || comma || s != p.toks[i+1].start {
		return 0, false // the next token is not the next word (العام مع التكنولوجيا الجديدة)
	}
	if s, e, ok := p.prevWord(p.toks[i].start); ok && p.toks[i].e.v == uYear {
		var b [64]byte
		w := string(foldWord(&b, p.text[s:e]))
		if v, ok := strings.CutPrefix(w, "و"); ok {
			w = v
		} else if v, ok := strings.CutPrefix(w, "ف"); ok {
			w = v
		}
		for _, art := range []string{"ال", "لل", "بال", "كال"} {
			if strings.HasPrefix(w, art) && !strings.HasPrefix(string(foldWord(&b, p.text[p.toks[i].start:p.toks[i].end])), "السن") {
				return 0, false // الأمين العام الجديد، للمدير العام الجديد: العام is "general"
			}
		}
	}
	var buf [64]byte
	switch string(foldWord(&buf, p.text[p.toks[i+1].start:p.toks[i+1].end])) {
	case "الجديد", "الجديده":
	default:
		return 0, false
	}
	if s, e, comma, end := p.nextWord(p.toks[i+1].end); !end && !comma {
		w := string(foldWord(&buf, p.text[s:e]))
		for _, x := range []string{"الدراسي", "الهجري", "المالي", "القضائي", "الجامعي"} {
			if strings.HasPrefix(w, x) {
				return 0, false
			}
		}
	}
	y, m, _ := civilFromDays(p.aday)
	switch {
	case m >= 10:
		y++
	case m <= 3:
	default:
		return 0, false
	}
	p.res = span{d0: daysFromCivil(y, 1, 1), d1: daysFromCivil(y+1, 1, 1), grain: Year, kind: Relative}
	return i + 2, true
}
