package entities

import (
	"slices"
	"strings"
)

// An organization's short name or acronym in brackets right after its
// name is a mention of the same organization: منظمة الأمم المتحدة
// للتربية والعلوم والثقافة (اليونسكو), الشرطة الدولية (إنتربول), وكالة
// الأنباء الكورية الشمالية (كي.سي.ان.ايه), مكتب التحقيقات الفيدرالي (إف
// بي آي). Our news labels tag the bracket's name 55 times after an
// organization; what they leave untagged in brackets after one is a
// description (البرلمان, الغرفة الثانية بالبرلمان, صاحب الأغلبية), a
// score, a number or a date, which the conditions of bracketAlias refuse:
// one word of Arabic letters (dots, hyphens and digits inside, as in
// إم.أي.5) that is no stop word and not among the most frequent words of
// news, or Latin letter names spelt in Arabic.

// maxAliasBytes bounds the bracket's text.
const maxAliasBytes = 48

// bracketAliases adds, after each organization of out that a bracket
// follows (one space at most between), the name in the bracket when
// bracketAlias accepts it and no mention is in the bracket already. The
// alias is a new organization unless the gazetteer knows its name (not
// the entity before: that mention may be cut short, and the alias name
// another body). It looks at the text only after an organization: no
// pass over the words.
func (r *recognizer) bracketAliases(s string, out []candidate, made *madeSet) []candidate {
	for i := 0; i < len(out); i++ {
		c := &out[i]
		if c.typ != Organization || c.ent == nil {
			continue
		}
		as, ae, ok := r.bracketAlias(s, c.end)
		if !ok || i+1 < len(out) && out[i+1].start < ae+1 {
			continue
		}
		a := candidate{start: as, end: ae, typ: Organization}
		if a.ent = knownName(s, as, ae, Organization, out); a.ent == nil {
			a.ent = madeEntity(made, s[as:ae], Organization)
		}
		out = slices.Insert(out, i+1, a)
		i++
	}
	return out
}

// bracketAlias returns the span of the name in a bracket that opens at
// end (after one space at most) and closes within maxAliasBytes, when it
// is one word of Arabic letters, possibly with dots, hyphens and digits
// inside (كي.سي.ان.ايه, إم.أي.5), that is no stop word and none of the
// most frequent words of news (البرلمان), or two to four Latin letter
// names spelt in Arabic (إف بي آي).
func (r *recognizer) bracketAlias(s string, end int) (int, int, bool) {
	j := end
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] != '(' {
		return 0, 0, false
	}
	k := strings.IndexByte(s[j+1:min(len(s), j+1+maxAliasBytes)], ')')
	if k < 0 {
		return 0, 0, false
	}
	inner := s[j+1 : j+1+k]
	as := j + 1 + len(inner) - len(strings.TrimLeft(inner, " "))
	ae := j + 1 + len(strings.TrimRight(inner, " "))
	if as >= ae {
		return 0, 0, false
	}
	words := strings.Fields(s[as:ae])
	switch {
	case len(words) == 1:
		w := words[0]
		if !aliasWord(w) || r.stop[hashOf(w)] || r.frequent(w) {
			return 0, 0, false
		}
	case len(words) <= 4:
		for i, w := range words {
			h := foldHash(strings.TrimRight(w, "."))
			if !letterNames[h] && (i == 0 || !moreLetterNames[h]) {
				return 0, 0, false
			}
		}
	default:
		return 0, 0, false
	}
	return as, ae, true
}

// aliasWord reports whether w is made of Arabic letters, with dots,
// hyphens and ASCII digits only inside, and starts and ends with a letter
// or a digit after at least two letters.
func aliasWord(w string) bool {
	letters := 0
	for i, r := range w {
		switch {
		case r >= 0x0621 && r <= 0x064A || r == 0x0671:
			letters++
		case r >= 0x064B && r <= 0x0652 || r == 0x0640:
			// diacritics and tatweel
		case r == '.' || r == '-':
			if i == 0 || i+1 == len(w) {
				return false
			}
		case r >= '0' && r <= '9':
			if letters < 2 {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 2
}

// frequent reports whether the word w is among the commonRank most
// frequent words of news, whatever the gazetteer knows of it (البرلمان,
// المعارض are words of names too).
func (r *recognizer) frequent(w string) bool {
	k := r.vt.find(hashOf(w))
	return k >= 0 && k < commonRank
}
