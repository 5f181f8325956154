package entities

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
	hUniversity = hashOf("جامعة")
	hTeam       = hashOf("منتخب")
	hClub       = hashOf("نادي")
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
	if ps == pe {
		return c.start, false
	}
	if ps < prevEnd {
		return c.start, false
	}
	for _, p := range orgHeadClitics {
		if len(p) >= pe-ps || s[ps:ps+len(p)] != p {
			continue
		}
		switch foldHash(s[ps+len(p) : pe]) {
		case hUniversity, hTeam:
			return ps + len(p), true
		case hClub:
			return c.start, true
		}
	}
	return c.start, false
}

// orgHeadClitics are the proclitics read before a head of placeOrgStart.
var orgHeadClitics = []string{"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}
