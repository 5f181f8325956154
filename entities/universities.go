package entities

// A university named after its town (جامعة غلاسكو, بجامعة ادنبره, جامعة
// ساو باولو) is an organization with its head word in the news labels
// (جامعة X is tagged whole 33 times, the town alone never), but the
// recognizer reads the town alone as a place there. A place right after
// جامعة (any proclitic before the head, only a space between, nothing
// found on the head) becomes the university: جامعة and the place's name.

var hUniversity = hashOf("جامعة")

// universityStart returns where the university of the place c starts (its
// head جامعة, proclitics out), or c.start when c is no such place; prevEnd
// is where the mention before c ends (0 when none).
func universityStart(s string, c candidate, prevEnd int) int {
	if c.typ != Place || c.ent == nil || wordStart(s, c.start) != c.start {
		return c.start
	}
	ps, pe := prevWord(s, c.start)
	if ps == pe {
		return c.start
	}
	hs := ps + leadingClitics(s[ps:pe])
	if hs < prevEnd || foldHash(s[hs:pe]) != hUniversity {
		return c.start
	}
	return hs
}
