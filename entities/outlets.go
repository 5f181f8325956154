package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// Many news outlets have a name that is also a common word (العربية
// "Arabic", الحياة "life", النهار "day", الجزيرة "island"): the gazetteer
// lists it as ambiguous, read only after a head or once the full name is
// in the text. Two contexts settle it too: the name quoted alone (قالت
// لـ"العربية", في مقابلة مع "العربية": 285 times "العربية" in quotes in
// the shared corpus, each the channel; our news training labels miss 7),
// and a reporter's or a screen's word before it (مراسل العربية, شاشة
// الجزيرة).

// outletCues are the words before an outlet's name that make it the
// outlet (with their proclitics).
var outletCues = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("مراسل مراسلة مراسلو مراسلي موفد موفدة شاشة شاشات قناة قناتي قناتا صحيفة صحيفتي وكالة موقع") {
		for _, p := range []string{"", "و", "ل", "ب", "ول", "وب"} {
			m[hashOf(p+w)] = true
		}
	}
	return m
}()

// isOutlet reports whether e is a news outlet or agency.
func isOutlet(e *Entity) bool {
	return e.Kind == "outlet" || e.Kind == "news-agency"
}

// quoted reports whether s[start:end] stands between quotation marks.
func quoted(s string, start, end int) bool {
	before := strings.HasSuffix(s[:start], `"`) || strings.HasSuffix(s[:start], "«") || strings.HasSuffix(s[:start], "“")
	after := strings.HasPrefix(s[end:], `"`) || strings.HasPrefix(s[end:], "»") || strings.HasPrefix(s[end:], "”")
	return before && after
}

// weakInContext reads the weak candidates that are an outlet's ambiguous
// name as the outlet when quoted alone or after an outlet cue, and those
// that are a club's ambiguous name (السد, الوصل, الهلال) as the club when
// their sentence is about sport (sportySentence).
func weakInContext(s string, out []candidate) {
	var buf [64]byte
	for i := range out {
		c := &out[i]
		if c.ent != nil || c.noAmb || len(c.weak) == 0 || c.layer == nil {
			continue
		}
		var outlet, club *Entity
		for _, e := range c.weak {
			if e.Flags&index.Ambiguous != 0 && Type(e.Type) == Organization {
				switch x := &c.layer.ents[e.Ent]; {
				case isOutlet(x) && outlet == nil:
					outlet = x
				case x.Kind == "club" && club == nil:
					club = x
				}
			}
		}
		switch {
		case outlet != nil:
			if outletContext(s, c.start, c.end) {
				c.ent, c.typ = outlet, Organization
			}
		case club != nil:
			// Not after a definite noun, which it would qualify: الحوت
			// الأزرق is a blue whale, not Kuwait's team.
			if ws, we := prevWord(s, c.start); ws < we && isDefinite(index.AppendFold(buf[:0], s[ws:we])) {
				continue
			}
			if sportySentence(s, out, i) {
				c.ent, c.typ = club, Organization
			}
		}
	}
}

// outletContext reports whether the outlet's name s[start:end] is quoted
// alone or follows an outlet cue (مراسل, قناة).
func outletContext(s string, start, end int) bool {
	if quoted(s, start, end) {
		return true
	}
	var buf [64]byte
	ws, we := prevWord(s, start)
	return ws < we && we < start && outletCues[index.HashWord(index.AppendFold(buf[:0], s[ws:we]))]
}

// sportySentence reports whether the sentence of out[i], within
// maxSportsWindow bytes each side, is about sport, by the evidence that
// the finder's sports uses for a city that may be a club: another club,
// a score (2-1) or a word of sport (مباراة, الدوري, تعادل ...).
func sportySentence(s string, out []candidate, i int) bool {
	c := &out[i]
	lo, hi := sportsWindow(s, c.start, c.end)
	for j := i - 1; j >= 0 && out[j].end > lo; j-- {
		if isClub(&out[j]) {
			return true
		}
	}
	for j := i + 1; j < len(out) && out[j].start < hi; j++ {
		if isClub(&out[j]) {
			return true
		}
	}
	if hasScore(s[lo:hi]) {
		return true
	}
	var buf [64]byte
	for p := lo; ; {
		ws, we, ok := index.NextWord(s[:hi], p)
		if !ok {
			return false
		}
		p = we
		fw := index.AppendFold(buf[:0], s[ws:we])
		// The word, then without one or two proclitics (وبالمباراة).
		for k := 0; k <= 2 && k < len(fw); k++ {
			if sportsWords[index.HashWord(fw[k:])] {
				return true
			}
			if !isProclitic(fw[k]) {
				break
			}
		}
	}
}

// stopOutlets are outlets whose short name is a stop word of the
// gazetteer (never a mention alone, see data/stopwords.txt), by their ID:
// العربية is "Arabic" far more often than the channel, but quoted alone
// ("العربية", 285 times in the shared corpus) it is the channel.
var stopOutlets = [...]struct{ name, id string }{{"العربية", "o-alarabiya"}}

// stopQuotes are the quotes (opening, closing) of quotedStopOutlets.
var stopQuotes = [...][2]string{{`"`, `"`}, {"«", "»"}, {"“", "”"}}

// stopQuoted are the stop outlets' names in each pair of quotes, made
// once (quotedStopOutlets looks for them in every text).
var stopQuoted = func() (q [len(stopOutlets)][len(stopQuotes)]string) {
	for i, so := range stopOutlets {
		for j, p := range stopQuotes {
			q[i][j] = p[0] + so.name + p[1]
		}
	}
	return q
}()

// quotedStopOutlets adds the quoted stop-word outlets of s to out (in text
// order), linked to the gazetteer's entity. The entity is found through
// the layers of the text's other gazetteer mentions (a news text nearly
// always has one): without any, or when no layer has the entity (a user
// gazetteer), nothing is added; nor where a mention already is.
func quotedStopOutlets(s string, out []candidate) []candidate {
	for si, so := range stopOutlets {
		var e *Entity
		var l *layer
		for qi, q := range stopQuotes {
			pat := stopQuoted[si][qi]
			for from := 0; ; {
				k := strings.Index(s[from:], pat)
				if k < 0 {
					break
				}
				start := from + k + len(q[0])
				end := start + len(so.name)
				from = end
				if e == nil {
					for i := range out {
						if out[i].layer != nil && out[i].layer != l {
							l = out[i].layer
							if e = l.lookup(so.id); e != nil {
								break
							}
						}
					}
					if e == nil {
						return out
					}
				}
				i := 0
				for i < len(out) && out[i].start < start {
					i++
				}
				if i > 0 && out[i-1].end > start || i < len(out) && out[i].start < end {
					continue
				}
				out = append(out, candidate{})
				copy(out[i+1:], out[i:])
				out[i] = candidate{start: start, end: end, typ: Organization, ent: e, layer: l}
			}
		}
	}
	return out
}

// headWords are the words of an outlet's or an agency's generic head
// (وكالة أنباء, صحيفة, قناة): a new organization made of them alone is no
// name.
var headWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("وكالة الوكالة أنباء الأنباء صحيفة الصحيفة جريدة مجلة قناة القناة موقع شبكة إذاعة تلفزيون") {
		m[hashOf(w)] = true
	}
	return m
}()

// quotedAfterHead returns the span of the quoted name right after the new
// organization c when c is only head words (وكالة أنباء "فارس"): the news
// labels tag the quoted name alone after such a head (وكالة أنباء "فارس",
// "تسنيم", "سبوتنيك" 5 of 5; وكالة "رويترز", صحيفة "ماركا"), never the head.
// ok is false when c is not such a head or no quote follows.
func quotedAfterHead(s string, c candidate) (qs, qe int, ok bool) {
	if c.typ != Organization || c.ent == nil || !c.ent.Recognized() {
		return 0, 0, false
	}
	for i := c.start; ; {
		ws, we, found := index.NextWord(s[:c.end], i)
		if !found {
			break
		}
		if !headWords[foldHash(s[ws:we])] {
			return 0, 0, false
		}
		i = we
	}
	j := c.end
	if j < len(s) && s[j] == ' ' {
		j++
	}
	var closing string
	switch {
	case strings.HasPrefix(s[j:], `"`):
		j, closing = j+1, `"`
	case strings.HasPrefix(s[j:], "«"):
		j, closing = j+len("«"), "»"
	case strings.HasPrefix(s[j:], "“"):
		j, closing = j+len("“"), "”"
	default:
		return 0, 0, false
	}
	k := strings.Index(s[j:min(len(s), j+60)], closing)
	if k <= 0 {
		return 0, 0, false
	}
	name := strings.TrimSpace(s[j : j+k])
	if name == "" || strings.Count(name, " ") > 3 || strings.ContainsAny(name, "\n،,.:") {
		return 0, 0, false
	}
	qs = j + strings.Index(s[j:j+k], name)
	return qs, qs + len(name), true
}
