package entities

import (
	"strings"
	"unicode/utf8"
)

// A city followed by a masculine nationality adjective is a club: the
// city's name is feminine in Arabic (باريس الفرنسية), so هامبورغ الألماني,
// ليل الفرنسي, بوردو الفرنسي name the city's team, whether or not the
// gazetteer lists it. Both label sets agree: ANERcorp tags the city
// ORG and the adjective O (ليل/B-ORG الفرنسي/O), our news labels keep
// the club and the adjective apart (روما | الإيطالي). Counted in the
// training data with the gazetteer's readings: ANERcorp train 3 clubs
// against 2 places (one an airport: مطاري عمان الأردني ودمشق السوري, one
// a club the labels call a place), our news labels 6 clubs against 0.

// cityClub reports whether the gazetteer candidate c is a city (or a
// capital) that the candidate a after it, a masculine nationality
// adjective with only spaces between, makes a club; the word before the
// city is no place or facility head (مطار دمشق السوري is the airport's).
func cityClub(s string, c, a *candidate) bool {
	if c.typ != Place || c.ent == nil || c.ent.Recognized() || c.ent.Kind != "city" && c.ent.Kind != "capital" {
		return false
	}
	if a.typ != Nationality || a.start <= c.end || strings.TrimLeft(s[c.end:a.start], " ") != "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[a.start:a.end])
	if r != 'ي' && r != 'ى' {
		return false
	}
	ws, we := prevWord(s, c.start)
	switch cueOf(s[ws:we]) {
	case cuePlace, cueFacility:
		return false
	}
	return true
}

// clubAdj reports whether the model's organization span sp is exactly a
// city and a masculine adjective that make a club (see cityClub): the
// club is the city alone.
func clubAdj(s string, cs []candidate, sp candidate) bool {
	return sp.typ == Organization && len(cs) == 2 && cs[0].start == sp.start && cs[1].end == sp.end && cityClub(s, &cs[0], &cs[1])
}
