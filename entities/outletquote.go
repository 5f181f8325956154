package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name quoted right after an outlet's head (صحيفة "رأي اليوم", قناة
// "حنبعل", وكالة أنباء "مهر", موقع "رصيف 22") is the outlet: in the news
// labels (training draws and dev samples) such a quoted name is an
// organization, whole and alone, 263 times of 266 (the others: a place
// after موقع, the site of نوتردام دي لوند, twice; a name and its
// adjective once). The recognizer missed many (a name it never saw),
// or read them as their words (صحيفة "الشرق الأوسط" as the region, مجلة
// "جون أفريك" as a person, صحيفة "سان فرانسيسكو كرونيكل" as the city).

// quoteHeads are the outlets' heads, with their proclitics, before a
// quoted name; أنباء and الأنباء count when وكالة is before them.
var quoteHeads = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("صحيفة جريدة مجلة وكالة قناة إذاعة تلفزيون شبكة موقع") {
		for _, p := range headProclitics {
			m[hashOf(p+w)] = true
		}
	}
	return m
}()

var (
	hSite   = hashOf("موقع")
	hNews   = hashOf("أنباء")
	hNewsAl = hashOf("الأنباء")
	hAgency = hashOf("وكالة")
)

// maxQuotedName is how far, in bytes, the closing quote of a quoted
// outlet's name may be from the opening one.
const maxQuotedName = 60

// quotedOutlets makes each name quoted right after an outlet's head (see
// above) an organization, in text order: a name of one to four words
// with no comma, colon, full stop between words or line inside, the
// mentions found in it dropped; not where a mention crosses its quotes,
// nor after موقع (a site, the place of something) where the recognizer
// found the name as a place. The organization is the gazetteer's when it knows the
// name.
func (r *recognizer) quotedOutlets(s string, out []candidate, made *madeSet) []candidate {
	for _, q := range stopQuotes {
		for from := 0; ; {
			k := indexQuote(s[from:], q[0])
			if k < 0 {
				break
			}
			at := from + k // the opening quote
			from = at + len(q[0])
			qs, qe, site, ok := quotedOutletName(s, at, q)
			if !ok {
				continue
			}
			// The mentions in the quotes: out[i:j].
			i := 0
			for i < len(out) && out[i].end <= qs {
				i++
			}
			j := i
			for j < len(out) && out[j].start < qe {
				j++
			}
			if i < j && (out[i].start < qs || out[j-1].end > qe) {
				continue // a mention across the quotes
			}
			if j == i+1 && out[i].start == qs && out[i].end == qe && (out[i].typ == Organization || site && out[i].typ == Place) {
				continue // found so already (or a place's site)
			}
			c := candidate{start: qs, end: qe, typ: Organization}
			if c.ent = knownName(s, qs, qe, Organization, out); c.ent == nil {
				c.ent = madeEntity(made, s[qs:qe], Organization)
			}
			if i < j {
				out[i] = c
				out = append(out[:i+1], out[j:]...)
			} else {
				out = append(out, candidate{})
				copy(out[i+1:], out[i:])
				out[i] = c
			}
		}
	}
	return out
}

// quotedOutletName returns the span of the name quoted from the opening
// quote q[0] at byte at (see quotedOutlets), its spaces trimmed, and
// whether the head is موقع; ok is false when the word before the quote,
// one space between, is no outlet's head, or the name is none (no
// letter, or bytes that are no UTF-8).
func quotedOutletName(s string, at int, q [2]string) (qs, qe int, site, ok bool) {
	if at < 3 || s[at-1] != ' ' {
		return 0, 0, false, false
	}
	// Every head ends in one of these letters (صحيفة, تلفزيون, موقع,
	// أنباء): most quotes are read no further.
	switch s[at-3 : at-1] {
	case "ة", "ن", "ع", "ء":
	default:
		return 0, 0, false, false
	}
	ws, we := wordStart(s, at-1), at-1 // the word before the space
	if ws == we {
		return 0, 0, false, false
	}
	h := foldHash(s[ws:we])
	if h == hNews || h == hNewsAl {
		// وكالة أنباء "مهر": the head is the word before.
		ps, pe := prevWord(s, ws)
		if ps == pe || headOf(s[ps:pe]) != hAgency {
			return 0, 0, false, false
		}
	} else if !quoteHeads[h] {
		return 0, 0, false, false
	}
	site = headOf(s[ws:we]) == hSite
	j := at + len(q[0])
	k := strings.Index(s[j:min(len(s), j+maxQuotedName)], q[1])
	if k <= 0 {
		return 0, 0, false, false
	}
	name := strings.TrimSpace(s[j : j+k])
	if !utf8.ValidString(name) || strings.IndexFunc(name, unicode.IsLetter) < 0 || strings.Count(name, " ") > 3 || strings.ContainsAny(name, "\n\t،,:؛!؟\"«»“”") ||
		strings.Contains(name, ". ") || strings.HasSuffix(name, ".") {
		return 0, 0, false, false
	}
	qs = j + strings.Index(s[j:j+k], name)
	return qs, qs + len(name), site, true
}

// headOf returns the hash of the head of quoteHeads that the word w is
// with its proclitics, or 0.
func headOf(w string) uint64 {
	if !quoteHeads[foldHash(w)] {
		return 0
	}
	for _, p := range headProclitics[1:] {
		if strings.HasPrefix(w, p) {
			if h := foldHash(w[len(p):]); quoteHeads[h] {
				return h
			}
		}
	}
	return foldHash(w)
}

// indexQuote is strings.Index(s, q) for an opening quote q; “ (E2 80 9C)
// is looked for by its last byte, which Arabic letters seldom have, where
// its first is in every other mark of punctuation and direction (…, ZWNJ,
// RLM), so that most texts are read once at full speed.
func indexQuote(s, q string) int {
	if q != "“" {
		return strings.Index(s, q)
	}
	for from := 0; ; {
		k := strings.IndexByte(s[from:], 0x9C)
		if k < 0 {
			return -1
		}
		if i := from + k; i >= 2 && s[i-2:i+1] == q {
			return i - 2
		}
		from += k + 1
	}
}
