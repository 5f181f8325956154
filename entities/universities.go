package entities

import "strings"

// A university named after its town (جامعة غلاسكو, بجامعة ادنبره, جامعة
// ساو باولو) is an organization with its head word in the news labels
// (جامعة X is tagged whole 33 times, the town alone never), but the
// recognizer reads the town alone as a place there. So is a national
// team named by its country (منتخب إنجلترا, لمنتخب كوريا: منتخب X whole
// 129 times, X alone 0). A club named after its town keeps its head out,
// as the labels do for نادي before any club's name (143 to 0): بنادي
// بوندي, نادي الرياض are the clubs بوندي and الرياض. A place right after
// one of those heads (any proclitic before the head, only a space
// between, nothing found on the head) becomes the organization.

var (
	hClub  = hashOf("نادي")
	hBank  = hashOf("بنك")
	hBankM = hashOf("مصرف")
)

// placeOrgStart reports whether the place c is an organization named
// after it (see above) and where that organization starts: its head
// جامعة or منتخب, proclitics out, or c.start after نادي. prevEnd is where
// the mention before c ends (0 when none).
func placeOrgStart(s string, c candidate, prevEnd int) (int, bool) {
	if c.typ != Place || c.ent == nil || wordStart(s, c.start) != c.start {
		return c.start, false
	}
	ps, pe := prevWord(s, c.start)
	if ps == pe || ps < prevEnd {
		return c.start, false
	}
	h, ok := orgPlaceHeads[foldHash(s[ps:pe])]
	if !ok {
		return c.start, false
	}
	if h == hClub {
		return c.start, true
	}
	for _, p := range orgHeadClitics {
		if len(p) < pe-ps && s[ps:ps+len(p)] == p && foldHash(s[ps+len(p):pe]) == h {
			return ps + len(p), true
		}
	}
	return c.start, false
}

// orgPlaceHeads maps the hashes of the heads of placeOrgStart, with their
// proclitics, to the head's own hash: one look-up for a place's previous
// word.
var orgPlaceHeads = func() map[uint64]uint64 {
	m := map[uint64]uint64{}
	for _, w := range []string{"جامعة", "منتخب", "نادي", "بنك", "مصرف"} {
		for _, p := range orgHeadClitics {
			m[hashOf(p+w)] = hashOf(w)
		}
	}
	return m
}()

// bankEnd returns where a bank named after its place (بنك دبي, from end,
// the place's end) ends: after one adjective with the article in ي or
// الأول right after the place, only a space between, where no mention
// starts (next is where the next mention starts, or -1): بنك دبي
// الإسلامي, بنك قطر الأول, مصرف ليبيا المركزي. Else end.
func bankEnd(s string, start, end, next int) int {
	ps, pe := prevWord(s, start)
	if ps == pe {
		return end
	}
	if h := orgPlaceHeads[foldHash(s[ps:pe])]; h != hBank && h != hBankM {
		return end
	}
	if end >= len(s) || s[end] != ' ' {
		return end
	}
	ws := end + 1
	we := ws
	for we < len(s) && s[we] != ' ' && s[we] != '\n' && s[we] != '\t' && s[we] != ',' && s[we] != '.' && !strings.HasPrefix(s[we:], "،") {
		we++
	}
	w := s[ws:we]
	if ws == next || !strings.HasPrefix(w, "ال") || !(strings.HasSuffix(w, "ي") || w == "الأول") || len(w) < 8 {
		return end
	}
	return we
}

// bankPlaces reports whether the place c after بنك or مصرف (see
// bankEnd) and the place nx right after it (a space, or a space and و
// before a place in ال) are one bank's name: بنك مصر إيران, بنك الإمارات
// دبي الوطني (the news labels keep it whole), بنك اليمن والخليج.
func bankPlaces(s string, c, nx candidate) bool {
	if nx.typ != Place || c.end >= len(s) || s[c.end] != ' ' {
		return false
	}
	if gap := s[c.end:nx.start]; gap != " " && !(gap == " و" && strings.HasPrefix(s[nx.start:], "ال")) {
		return false
	}
	ps, pe := prevWord(s, c.start)
	if ps == pe {
		return false
	}
	h := orgPlaceHeads[foldHash(s[ps:pe])]
	return h == hBank || h == hBankM
}

// orgHeadClitics are the proclitics read before a head of placeOrgStart.
var orgHeadClitics = append(headProclitics[:len(headProclitics):len(headProclitics)], "وك")
