package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// The conjunction inside an organization's name: a body named by a head
// and its fields (وزارة الزراعة والأغذية والشؤون الريفية, المكتب
// الفيدرالي للهجرة واللاجئين, جهاز المخابرات والأمن الوطني, المجلس
// الاقتصادي والاجتماعي). The model, which sees few such names, often ends
// the name at the first و; the labels (ours and ANERcorp's) take the
// fields in.

// orgConjEnd returns where the organization c, whose name starts with an
// organization's head (وزارة, المكتب, جهاز ...), ends once the fields
// joined to it by و are taken in: when the name ends with a word in the
// article or ل (الزراعة, للهجرة; not a proper name: حركة فتح |
// والحكومة), each next word in و + the article (والأغذية) that is no
// stop word, no relative pronoun, no cue (والرئيس, والعقيد) and starts no
// other mention, an adjective in ي/ية when the name ends with one
// (والاجتماعي after الاقتصادي; الجامعة العربية | والتنسيق stays apart),
// with at most one adjective in ال after it (والشؤون الريفية). It
// returns c.end when nothing joins.
func (r *recognizer) orgConjEnd(s string, c candidate, nextStart int) int {
	// The name grows only by a word in وال after it, spaces between
	// (see the loop below: nextWord): without one, nothing to read.
	i := c.end
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == c.end || !strings.HasPrefix(s[i:], "وال") {
		return c.end
	}
	ws, we, ok := index.NextWord(s, c.start)
	if !ok || we >= c.end {
		return c.end // one word: no head with fields
	}
	if h := s[ws:we]; cueOf(h) != cueOrg && !lamHead(s, ws, we) {
		return c.end
	}
	// The last word of the name.
	ls := c.start
	for i := c.start; ; {
		a, b, ok := index.NextWord(s, i)
		if !ok || b > c.end {
			break
		}
		ls, i = a, b
	}
	last := s[ls:c.end]
	prevAdj := adjLike(last) && strings.HasPrefix(last, "ال")
	if !prevAdj && !strings.HasPrefix(last, "ال") && !strings.HasPrefix(last, "ل") || last == "الله" {
		return c.end // a proper name last (حركة فتح | والحكومة, حزب الله | والميليشيات)
	}
	end := c.end
	for {
		w := nextWord(s, end)
		if !strings.HasPrefix(w, "وال") || len(w) <= len("والxx") {
			return end
		}
		at := strings.Index(s[end:], w) + end
		if nextStart >= 0 && at+len(w) > nextStart {
			return end
		}
		bare := w[len("و"):]
		if hb := foldHash(bare); r.stop[hb] || relatives[hb] || conjOthers[hb] || r.stop[foldHash(w)] || cueOf(bare) != cueNone || cueOf(w) != cueNone || prevAdj && !adjLike(w) {
			return end
		}
		end = at + len(w)
		// One adjective in ال after the field (والشؤون الريفية, and one
		// without ي of lamAdjs: والتنمية المستدامة).
		if a := nextWord(s, end); strings.HasPrefix(a, "ال") && (lamAdjs[foldHash(a)] || adjLike(a) && cueOf(a) == cueNone && !r.stop[foldHash(a)]) {
			if at := strings.Index(s[end:], a) + end; nextStart < 0 || at+len(a) <= nextStart {
				end = at + len(a)
			}
		}
	}
}

// conjOthers are the words after و that start another party, never a
// body's field (مجلس النواب | والحكومة, الجمعية العامة للأمم المتحدة |
// والسكرتير العام): on the fresh corpus articles والحكومة joined a name
// 5 times, each wrong.
var conjOthers = map[uint64]bool{foldHash("الحكومة"): true, foldHash("الحكومات"): true, foldHash("السكرتير"): true}

// adjLike reports whether the word ends as a relative adjective does (ي,
// ية, يين, يون: الاقتصادي, الريفية).
func adjLike(w string) bool {
	for _, suf := range []string{"ي", "ية", "يه", "يين", "يون", "يات"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// relatives are the relative pronouns, which follow a name without
// being part of it (لمنظمة الفرانكفونية | والتي تبدأ).
var relatives = map[uint64]bool{hashOf("التي"): true, hashOf("الذي"): true, hashOf("الذين"): true,
	hashOf("اللذين"): true, hashOf("اللتين"): true, hashOf("اللاتي"): true, hashOf("اللواتي"): true, hashOf("اللذان"): true, hashOf("اللتان"): true}
