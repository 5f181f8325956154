package entities

import (
	"strings"
)

// A body of an international organization is named by its own head
// before the organization's name, and what it is for (وكالة الأمم
// المتحدة لغوث وتشغيل اللاجئين, مجلس الأمم المتحدة لحقوق الإنسان,
// مفوضية الأمم المتحدة السامية لشؤون اللاجئين, مجلس الاتحاد الدولي لكرة
// القدم). The gazetteer knows the organization (الأمم المتحدة) and the
// recognizer reports it alone; the news labels (training draws and dev
// samples) take the head and the ل-phrase in (23 names, 4 left the head
// out: وكالة | الأمم المتحدة التي ..., مكتب | الأمم المتحدة في المكسيك,
// with no ل-phrase after them).

// subBodies are the gazetteer's IDs of the international organizations
// whose bodies are named so (الأمم المتحدة, الاتحاد الأوروبي, الاتحاد
// الأفريقي, جامعة الدول العربية, البنك الدولي, الاتحاد الدولي لكرة القدم):
// an ID is read faster than a name's words.
var subBodies = map[string]bool{"o-un": true, "o-eu": true, "o-au": true, "o-arab-league": true, "o-world-bank": true, "o-fifa": true}

// subHeads are the heads of such a body; the first four name it without
// a ل-phrase too (مجلس الفيفا, مجموعة البنك الدولي, مفوضية الاتحاد
// الأفريقي, منظمة الأمم المتحدة), the others only with one (وكالة الأمم
// المتحدة للهجرة, not وكالة | الأمم المتحدة التي تعتني باللاجئين).
var subHeads = func() map[uint64]bool {
	m := map[uint64]bool{}
	for i, w := range strings.Fields("مجلس مجموعة مفوضية منظمة وكالة مكتب لجنة هيئة صندوق برنامج") {
		for _, p := range orgHeadClitics {
			m[hashOf(p+w)] = i < 4
		}
	}
	return m
}()

// subBodySpan returns where the body of the international organization
// c starts and ends (see above): c's previous word, only a space
// between, after prevEnd (where the mention before c ends), is a head of
// subHeads, proclitics out; one adjective in ال may follow c (السامية, العليا),
// then the ل-phrase of orgLamEndHead, up to nextStart (the next mention's
// start, -1 for none). ok is false when the body is not named so.
func (r *recognizer) subBodySpan(s string, c *candidate, prevEnd, nextStart int) (start, end int, ok bool) {
	if c.typ != Organization || c.ent == nil || c.ent.Recognized() || c.start < 2 || s[c.start-1] != ' ' || !subBodies[c.ent.ID] {
		return 0, 0, false
	}
	ps, pe := prevWord(s, c.start)
	if ps == pe || ps < prevEnd || pe+1 != c.start {
		return 0, 0, false
	}
	alone, found := subHeads[foldHash(s[ps:pe])]
	if !found {
		return 0, 0, false
	}
	hs := ps
	for _, p := range orgHeadClitics {
		if p != "" && strings.HasPrefix(s[ps:pe], p) {
			if _, ok := subHeads[foldHash(s[ps+len(p):pe])]; ok {
				hs = ps + len(p)
				break
			}
		}
	}
	b := candidate{start: hs, end: c.end, typ: Organization}
	// One adjective before the ل-phrase (مفوضية الأمم المتحدة السامية
	// لحقوق الإنسان).
	if a := nextWord(s, c.end); strings.HasPrefix(a, "ال") && (adjLike(a) || a == "العليا") && !r.stop[foldHash(a)] && !lamTimes[foldHash(a)] && s[c.end] == ' ' {
		if at := c.end + 1 + len(a); (nextStart < 0 || at <= nextStart) && strings.HasPrefix(s[at:], " ل") {
			b.end = at
		}
	}
	if e := r.orgLamEndHead(s, b, nextStart, true); e > b.end {
		return hs, e, true
	}
	if alone {
		return hs, c.end, true
	}
	return 0, 0, false
}
