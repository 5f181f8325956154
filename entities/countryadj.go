package entities

import "strings"

// syriaAdjective reports whether the place mention c is سورية used as
// the feminine adjective "Syrian" that it is spelt like: bare (no article,
// no proclitic) right after an indefinite plural noun in ات (مطارات سورية,
// مقاتلات سورية) or one of adjectiveNouns (وسائل إعلام سورية, فصائل
// سورية, مصادر سورية). The news labels tag سورية a nationality 20 times of
// 20; after في, إلى or مع, or heading a sentence, it stays the country,
// and قوات سورية الديمقراطية is left to the organization's rules.
func syriaAdjective(s string, c candidate) bool {
	if c.typ != Place || c.ent == nil || c.ent.ID != "c-sy" || s[c.start:c.end] != "سورية" || wordStart(s, c.start) != c.start {
		return false
	}
	ws, we := prevWord(s, c.start)
	if ws == we || s[we:c.start] != " " {
		return false
	}
	if strings.HasPrefix(nextWord(s, c.end), "الديم") {
		return false // قوات سورية الديمقراطية: the SDF's name
	}
	p := s[ws:we]
	return strings.HasSuffix(p, "ات") || adjectiveNouns[foldHash(p)]
}

// adjectiveNouns are indefinite plural nouns (and إعلام, جوي) that an
// adjective follows (see syriaAdjective).
var adjectiveNouns = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("إعلام فصائل مواقع مصادر أهداف أهدافا مناطق مدن أصول جوي") {
		for _, p := range []string{"", "و", "ب", "ل", "ف"} {
			m[foldHash(p+w)] = true
		}
	}
	return m
}()

// dashAdjective reports whether the place mention c is a country's name
// spelt like the feminine adjective (السعودية, سورية) right after a
// nationality mention in ية (prev, the mention before c) and a dash:
// العلاقات التركية - السعودية, جبهة لبنانية - سورية. It is the second
// adjective of the pair (Turkish-Saudi), a nationality, as the news
// labels tag it.
func dashAdjective(s string, c, prev candidate) bool {
	if c.typ != Place || c.ent == nil || prev.typ != Nationality || !strings.HasSuffix(s[c.start:c.end], "ية") ||
		!strings.HasSuffix(s[prev.start:prev.end], "ية") || wordStart(s, c.start) != c.start {
		return false
	}
	i := c.start
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	switch {
	case i > 0 && s[i-1] == '-':
		i--
	case strings.HasSuffix(s[:i], "–"), strings.HasSuffix(s[:i], "—"):
		i -= len("–")
	default:
		return false
	}
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i == prev.end
}
