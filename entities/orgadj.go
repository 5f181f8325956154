package entities

import (
	"slices"
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// A proper name of an organization followed by the nationality adjective
// of its country is the name alone and the adjective: حزب الله اللبناني is
// حزب الله and اللبناني, الأهلي المصري is الأهلي and المصري. Both label
// sets agree: ANERcorp's train split tags حزب/B-ORG الله/I-ORG اللبناني/O
// 5 times, الكونغرس/B-ORG الأمريكي/O twice, never with the adjective inside;
// our news labels keep a club's or a party's adjective out (الأهلي |
// المصري, الهلال | السعودي, حزب الله | اللبناني: 6 times, never inside).
// The gazetteer lists such names with the adjective as aliases
// (o-hezbollah "حزب الله اللبناني", o-congress "الكونغرس الأمريكي") so that
// the whole phrase links to the entity; the mention of a party, a club or
// a parliament leaves the adjective out (a company's may be its name:
// أرامكو السعودية is Saudi Aramco). A generic head with the adjective
// (الجيش اللبناني, منظمة التحرير الفلسطينية, مجلس العموم البريطاني) is a
// name whole, as our labels have it: only a name of one word, or حزب or
// نادي and one word, is proper.

var (
	hHizb  = hashOf("حزب")
	hAllah = hashOf("الله")
	hNaadi = hashOf("نادي")
	alFold = index.AppendFold(nil, "ال")
)

// properNameAdjective returns where the gazetteer organization c ends
// without its last word when that word is a nationality adjective of c's
// country (with the article) and the words before it are a proper name of
// the same entity; it returns c.end otherwise. adj is the adjective's
// start.
func (f *finder) properNameAdjective(c *candidate) (end, adj int, country *Entity, l *layer) {
	end = c.end
	if c.typ != Organization || c.ent == nil || c.ent.Country == "" || c.ent.Recognized() {
		return end, 0, nil, nil
	}
	switch c.ent.Kind {
	case "party", "club", "parliament":
	default:
		// A company's or a body's adjective may be part of its name
		// (أرامكو السعودية is Saudi Aramco).
		return end, 0, nil, nil
	}
	s := f.text
	sp := strings.LastIndexByte(s[c.start:c.end], ' ')
	if sp <= 0 {
		return end, 0, nil, nil
	}
	last := s[c.start+sp+1 : c.end]
	if !strings.HasPrefix(last, "ال") {
		return end, 0, nil, nil
	}
	name := strings.TrimRight(s[c.start:c.start+sp], " ")
	switch strings.Count(name, " ") {
	case 0:
	case 1:
		if h := foldHash(name[:strings.IndexByte(name, ' ')]); h != hHizb && h != hNaadi {
			return end, 0, nil, nil
		}
	default:
		return end, 0, nil, nil
	}
	if !isNameOf(name, c.ent) && !isAmbiguousOf(name, c.ent) && (c.ent.Kind != "club" || !isNameOf("نادي "+name, c.ent)) {
		// (A club listed as نادي ليل and ليل الفرنسي is ليل.)
		return end, 0, nil, nil
	}
	country, l = f.entity("c-" + strings.ToLower(c.ent.Country))
	if country == nil {
		return end, 0, nil, nil
	}
	h := foldHash(last)
	var buf [128]byte
	for _, a := range country.Adjectives {
		b := index.AppendFold(append(buf[:0], alFold...), a)
		if index.HashWord(b) == h || index.HashWord(index.AppendFold(b, "ة")) == h {
			return c.start + len(name), c.start + sp + 1, country, l
		}
	}
	return end, 0, nil, nil
}

// isAmbiguousOf reports whether name is one of e's ambiguous names, in
// folded form.
func isAmbiguousOf(name string, e *Entity) bool {
	h := foldHash(name)
	for _, n := range e.Ambiguous {
		if foldHash(n) == h {
			return true
		}
	}
	return false
}

// entity returns the entity with the given ID in the finder's layers, the
// later layers first.
func (f *finder) entity(id string) (*Entity, *layer) {
	for i := len(f.layers) - 1; i >= 0; i-- {
		if e := f.layers[i].lookup(id); e != nil {
			return e, f.layers[i]
		}
	}
	return nil, nil
}

// properNameAdjectives applies properNameAdjective to the candidates: the
// organization keeps its name and the adjective becomes a nationality
// mention of the country.
func (f *finder) properNameAdjectives() {
	for i := 0; i < len(f.cands); i++ {
		c := &f.cands[i]
		end, adj, country, l := f.properNameAdjective(c)
		if end == c.end {
			continue
		}
		nat := candidate{start: adj, end: c.end, typ: Nationality, ent: country, layer: l}
		c.end = end
		f.cands = slices.Insert(f.cands, i+1, nat)
		i++
	}
}

// partyHeadIn reports whether the head h, before the name that starts at
// rs in s, is حزب and stays in the name: only in حزب الله, whose name
// alone would be God's. Elsewhere حزب stays out before a party's name
// whatever the gazetteer lists (حزب نداء تونس gives نداء تونس, حزب
// العدالة والتنمية gives العدالة والتنمية), as the news labels have it:
// حزب out 126 times (نداء تونس 16, العمال الكردستاني 12, آفاق تونس 11,
// single words too: الخضر, النهضة, التقدم), in twice, and in حزب الله 59
// times. ANERcorp keeps it in, as it keeps نادي; the spans follow the
// news (doc.go).
func partyHeadIn(h uint64, s string, rs int) bool {
	if h != hHizb {
		return false
	}
	ws, we, ok := index.NextWord(s, rs)
	return ok && ws == rs && foldHash(s[ws:we]) == hAllah
}

// pressHeads are the heads of a newspaper's or a magazine's name, which
// stay out before the name whatever the gazetteer lists: صحيفة الشرق
// الأوسط gives الشرق الأوسط (the paper; the region's name alone is no
// name of it), جريدة الصباح gives الصباح. The news labels leave them out
// 45 times (صحيفة 38, جريدة 5, مجلة 2) and never keep them in.
var pressHeads = map[uint64]bool{hashOf("صحيفة"): true, hashOf("جريدة"): true, hashOf("مجلة"): true, hashOf("يومية"): true}

// headOut reports whether the generic head h, the word that ends at we
// before the rest of a gazetteer name at rs, stays out of the mention
// whatever the gazetteer lists: a militia's, a newspaper's or a party's
// head (but حزب الله), unless a hashtag phrase joins it to the name
// (#ميليشيات_الحوثي stays whole).
func headOut(h uint64, s string, we, rs int) bool {
	return (militiaHeads[h] || pressHeads[h] || h == hHizb && !partyHeadIn(h, s, rs)) && !hashtagJoined(s, we, rs)
}

var (
	hCouncil   = hashOf("مجلس")
	hMinisters = hashOf("الوزراء")
	// premierWords are رئيس and its forms before مجلس الوزراء: رئيس مجلس
	// الوزراء is a title, the prime minister.
	premierWords = func() map[uint64]bool {
		m := map[uint64]bool{}
		for _, w := range []string{"رئيس", "رئيسة", "لرئيس", "برئيس", "ورئيس", "ولرئيس", "فرئيس", "كرئيس", "لرئيسة", "ورئيسة"} {
			m[hashOf(w)] = true
		}
		return m
	}()
)

// premierAdjective returns the nationality that the gazetteer's cabinet
// c (مجلس الوزراء العراقي, generated for every country) is after رئيس: the
// words make the title (رئيس مجلس الوزراء, the prime minister) and the
// country's adjective, as the news labels have it (رئيس مجلس الوزراء
// [العراقي], مجلس الوزراء after رئيس 8 of 9 no organization). ok is false
// for another candidate.
func (f *finder) premierAdjective(c candidate) (candidate, bool) {
	if c.typ != Organization || c.ent == nil || c.ent.Kind != "government" || c.ent.Country == "" {
		return c, false
	}
	s := f.text
	ws, we, ok := index.NextWord(s, c.start)
	if !ok || ws != c.start || foldHash(s[ws:we]) != hCouncil {
		return c, false
	}
	ms, me, ok := index.NextWord(s, we)
	if !ok || me >= c.end || foldHash(s[ms:me]) != hMinisters {
		return c, false
	}
	as, _, ok := index.NextWord(s, me)
	if !ok || as >= c.end {
		return c, false
	}
	if ps, pe := prevWord(s, c.start); ps >= pe || !premierWords[foldHash(s[ps:pe])] {
		return c, false
	}
	country, l := f.entity("c-" + strings.ToLower(c.ent.Country))
	if country == nil {
		return c, false
	}
	return candidate{start: as, end: c.end, typ: Nationality, ent: country, layer: l}, true
}

// ministerWords are the words before a ministry's short name (الخارجية
// الإيرانية, generated for every country) that make it part of a title
// or of a field (وزير الخارجية الإيراني, السياسة الخارجية الأمريكية, the
// ministry's field of a country), with their proclitics.
var ministerWords = procliticSet("وزير وزيرة وزيرا وزيري السياسة الشؤون")

var hMinistry = hashOf("وزارة")

// ministerAdjective returns the nationality that the gazetteer's ministry
// c, named short (الخارجية الأمريكية: no وزارة), is after a minister's
// word or a field's (وزير, السياسة, الشؤون): the words make the title or
// the field and the country's adjective, as the news labels have it
// (وزير الخارجية [الأمريكية] 141 times a nationality alone, never the
// ministry; the ministry after باسم, قالت ... 12 of 12). ok is false for
// another candidate.
func (f *finder) ministerAdjective(c candidate) (candidate, bool) {
	if c.typ != Organization || c.ent == nil || c.ent.Kind != "ministry" || c.ent.Country == "" {
		return c, false
	}
	s := f.text
	ws, we, ok := index.NextWord(s, c.start)
	if !ok || ws != c.start || we >= c.end || foldHash(s[ws:we]) == hMinistry {
		return c, false
	}
	if ps, pe := prevWord(s, c.start); ps >= pe || !ministerWords[foldHash(s[ps:pe])] {
		return c, false
	}
	as, _, ok := index.NextWord(s, we)
	if !ok || as >= c.end {
		return c, false
	}
	country, l := f.entity("c-" + strings.ToLower(c.ent.Country))
	if country == nil {
		return c, false
	}
	return candidate{start: as, end: c.end, typ: Nationality, ent: country, layer: l}, true
}

var (
	hUnion = hashOf("الاتحاد")
	// cupWords are كأس and its forms with proclitics: كأس الاتحاد is a
	// competition, the cup of the federation.
	cupWords = func() map[uint64]bool {
		m := map[uint64]bool{}
		for _, p := range []string{"", "و", "ب", "ل", "وب", "ول", "ف"} {
			m[hashOf(p+"كأس")] = true
		}
		return m
	}()
)

// cupFederation reports whether the gazetteer's organization c is a
// federation's name right after كأس (كأس الاتحاد الإنجليزي, the FA Cup;
// كأس الاتحاد الأوروبي, the UEFA Cup): the competition's name, no mention
// of the body, as the news labels have it (كأس الاتحاد X 9 of 9 with no
// organization, كأس الاتحاد [الإنجليزي] the nationality). It returns the
// nationality mention of the adjective when the name ends in one of the
// country's adjectives.
func (f *finder) cupFederation(c candidate) (nat candidate, hasNat, ok bool) {
	if c.typ != Organization || c.ent == nil || c.ent.Recognized() {
		return c, false, false
	}
	s := f.text
	ws, we, found := index.NextWord(s, c.start)
	if !found || ws != c.start || we >= c.end || foldHash(s[ws:we]) != hUnion {
		return c, false, false
	}
	if ps, pe := prevWord(s, c.start); ps >= pe || !cupWords[foldHash(s[ps:pe])] {
		return c, false, false
	}
	if c.ent.Country == "" {
		return c, false, true
	}
	country, l := f.entity("c-" + strings.ToLower(c.ent.Country))
	sp := strings.LastIndexByte(s[c.start:c.end], ' ')
	if country == nil || sp <= 0 {
		return c, false, true
	}
	last := s[c.start+sp+1 : c.end]
	h := foldHash(last)
	var buf [128]byte
	for _, a := range country.Adjectives {
		b := index.AppendFold(append(buf[:0], alFold...), a)
		if index.HashWord(b) == h || index.HashWord(index.AppendFold(b, "ة")) == h {
			return candidate{start: c.start + sp + 1, end: c.end, typ: Nationality, ent: country, layer: l}, true, true
		}
	}
	return c, false, true
}

// teamWords are منتخب and المنتخب with their proclitics, and the
// bytes of the proclitics to leave out (للمنتخب keeps its article's lam:
// لمنتخب, as doc.go's spans after ل).
var teamWords = func() map[uint64]int {
	m := map[uint64]int{}
	for _, p := range []string{"", "و", "ف", "ب", "وب", "فب"} {
		m[hashOf(p+"منتخب")] = len(p)
		m[hashOf(p+"المنتخب")] = len(p)
	}
	for _, p := range []string{"ل", "ول", "فل"} {
		m[hashOf(p+"منتخب")] = len(p)
		m[hashOf(p+"لمنتخب")] = len(p)
	}
	return m
}()

// teamStart returns where a national team's nickname c (a club of the
// gazetteer: السامبا, الأخضر) starts with the word منتخب or المنتخب
// before it, which the news labels keep in the name (منتخب السامبا,
// منتخب التانغو, منتخب الفراعنة, المنتخب الأخضر: 6 of 6 whole); c.start
// when there is none.
func teamStart(s string, c candidate) int {
	if c.typ != Organization || c.ent == nil || c.ent.Recognized() || c.ent.Kind != "club" {
		return c.start
	}
	ps, pe := prevWord(s, c.start)
	if ps >= pe || pe+1 != c.start {
		return c.start
	}
	if n, ok := teamWords[foldHash(s[ps:pe])]; ok {
		return ps + n
	}
	return c.start
}
