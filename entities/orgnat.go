package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// A body named by a generic head and its adjectives takes the country's
// adjective after them into its name (مكتب التحقيقات الفيدرالي الأمريكي,
// حرس الثورة الإسلامية الإيراني, صندوق الاستثمارات العامة السعودي): in
// the news labels (training draws and dev samples) a name of three words
// or more whose first is such a head and the others in the article ends
// with the adjective 530 times, and leaves it after it 41 times, where
// the word before it is a noun that names the body (حزب الله | اللبناني,
// وكالة الأناضول | التركية, حركة الشباب | الصومالية) or the house of a
// parliament (مجلس النواب | الأردني, مجلس الشيوخ | الأمريكي). The
// recognizer leaves the adjective out of a name the gazetteer knows, and
// of a new one with a rare word (المنتخب الأوليمبي | الإيطالي).

// natHeads are the heads of a body's name besides the organization cues
// (cueOrg) that take a country's adjective: armed and security forces.
var natHeads = procliticSet("جيش الجيش قوات القوات حرس الحرس شرطة الشرطة سلاح البحرية المنتخب منتخب")

// natClubHeads are the organization cues that head a club or a team,
// whose country's adjective the labels keep out (الأهلي | المصري).
var natClubHeads = map[uint64]bool{hashOf("نادي"): true, hashOf("النادي"): true, hashOf("فريق"): true, hashOf("الفريق"): true,
	hashOf("بيت"): true}

// orgTakesNationality reports whether the organization c takes the
// nationality a right after it into its name (see above): c has two words
// or more, its first a head (cueOrg but a club's, natHeads, or a head of
// lamHeads), its last an adjective in ال (in ي/ية, or of lamAdjs) that is
// no country's adjective itself (مجلس التنسيق السعودي | الإماراتي is
// left alone); a is one singular adjective in ال, one space after c, of
// the head's gender (وزارة ... الروسية, مكتب ... الأمريكي; a plural head
// in ات is feminine: قوات ... الإيرانية): an adjective of another gender
// qualifies a word before the name (حزب الجبهة الوطنية | الفرنسي).
func (r *recognizer) orgTakesNationality(s string, c, a *candidate, out []candidate) bool {
	if c.typ != Organization || a.typ != Nationality || a.start != c.end+1 || s[c.end] != ' ' {
		return false
	}
	nat := s[a.start:a.end]
	if !strings.HasPrefix(nat, "ال") || strings.IndexByte(nat, ' ') >= 0 {
		return false
	}
	natFem := strings.HasSuffix(nat, "ية")
	if !natFem && !strings.HasSuffix(nat, "ي") {
		return false // a plural (الأمريكيين) or another form
	}
	hs, he, ok := index.NextWord(s, c.start)
	if !ok || he >= c.end {
		return false // one word
	}
	head := s[hs:he]
	if !(cueOf(head) == cueOrg || natHeads[foldHash(head)] || lamHead(s, hs, he)) {
		return false
	}
	bare := head[leadingClitics(head):]
	if natClubHeads[foldHash(bare)] {
		return false // لنادي الأهلي | المصري
	}
	headFem := strings.HasSuffix(bare, "ة") || strings.HasSuffix(bare, "ات")
	if headFem != natFem {
		return false
	}
	// The last word of the name.
	ls := hs
	for i := he; ; {
		ws, we, ok := index.NextWord(s[:c.end], i)
		if !ok {
			break
		}
		ls, i = ws, we
	}
	last := s[ls:c.end]
	if ls == hs || !strings.HasPrefix(last, "ال") || !adjLike(last) && !lamAdjs[foldHash(last)] {
		return false
	}
	return knownName(s, ls, c.end, Nationality, out) == nil
}
