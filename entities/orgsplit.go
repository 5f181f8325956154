package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// Two organizations side by side that the model read as one (ودعا
// الاتحاد السعودي الاتحاد الدولي: the subject and the object of دعا;
// خولت الجمعية مجلس ادارة البنك): a word in the article is never the
// first term of a construct, so an organization's head right after one
// starts a new name.

// splitHeads are the heads of orgSplitAt's cue class that are also
// participles or adjectives after a word in the article (الهيئة العليا
// المنظمة للاحتجاجات, the organizing body; الدول المؤسسة, the founding
// states; الكلية in الرؤية الكلية): no new name starts there.
var splitHeads = map[uint64]bool{foldHash("المنظمة"): true, foldHash("المؤسسة"): true, foldHash("الجامعة"): true,
	foldHash("الكلية"): true, foldHash("المجمع"): true, foldHash("الموحدة"): true}

// orgSplitAt returns where a second organization starts inside the made
// organization c, or -1: the first word after the first that is an
// organization's head (cues.go) without a proclitic (للاتحاد is a
// construct's term), right after a word in the article.
func orgSplitAt(s string, c candidate) int {
	ps, pe, ok := index.NextWord(s, c.start)
	if !ok || pe >= c.end {
		return -1
	}
	for i := pe; ; {
		ws, we, ok := index.NextWord(s, i)
		if !ok || we > c.end {
			return -1
		}
		i = we
		if w := s[ws:we]; strings.HasPrefix(s[ps:pe], "ال") && strings.TrimLeft(s[pe:ws], " ") == "" &&
			cueOf(w) == cueOrg && leadingClitics(w) == 0 && !splitHeads[foldHash(w)] {
			return ws
		}
		ps, pe = ws, we
	}
}

// splitOrgs splits the made organizations of out that hold two names
// (orgSplitAt): each part of two words or more stays an organization
// (the gazetteer's when it lists the name), a head alone is dropped.
func splitOrgs(s string, out []candidate, made *madeSet) []candidate {
	var res []candidate
	for i, c := range out {
		at := -1
		if c.typ == Organization && c.ent != nil && c.ent.Recognized() && strings.IndexByte(s[c.start:c.end], ' ') > 0 {
			at = orgSplitAt(s, c)
		}
		if at < 0 {
			if res != nil {
				res = append(res, c)
			}
			continue
		}
		if res == nil {
			res = append(make([]candidate, 0, len(out)+1), out[:i]...)
		}
		a, b := c, c
		a.end = len(strings.TrimRight(s[:at], " \t"))
		b.start = at
		for _, p := range [2]*candidate{&a, &b} {
			if strings.IndexByte(s[p.start:p.end], ' ') < 0 {
				continue // a head alone (الجمعية) names nothing
			}
			if p.ent = knownName(s, p.start, p.end, Organization, out); p.ent == nil {
				p.ent = madeEntity(made, s[p.start:p.end], Organization)
			}
			res = append(res, *p)
		}
	}
	if res == nil {
		return out
	}
	return res
}
