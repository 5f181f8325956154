package entities

import "strings"

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
// construct's term), right after a word in the article, a space between.
// It reads bytes (the words of a made name are separated by spaces), and
// a word's cue only after a word in ال: it runs on every made name.
func orgSplitAt(s string, c candidate) int {
	span := s[c.start:c.end]
	prev := 0 // where the word before the space at i starts
	for i := 0; i < len(span); i++ {
		if span[i] != ' ' {
			continue
		}
		ws := i + 1
		if strings.HasPrefix(span[prev:], "ال") && prev < i {
			we := ws
			for we < len(span) && span[we] != ' ' {
				we++
			}
			if w := span[ws:we]; cueOf(w) == cueOrg && leadingClitics(w) == 0 && !splitHeads[foldHash(w)] {
				return c.start + ws
			}
		}
		prev = ws
	}
	return -1
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
