package entities

import (
	"slices"
	"strings"
)

// unsupported gives a new entity, made for the text, to every mention of
// an organization whose ambiguous name with the article the model
// confirmed (made.amb) when the text gives no support for the gazetteer's
// sense: such a name (التحالف, الأهلي, الجزيرة: the coalition, the
// people's club, the island) is a common noun that also names other
// organizations of the same kind, and the model tells that the word is an
// organization, not which one. (A name without the article, حماس or
// وات, names one organization when it names one.) Support is a mention of another
// gazetteer entity of the same country (the country itself, its
// nationality adjective, a place, person or organization of it), or of a
// country named in one of the entity's names: bare التحالف in a text that
// names Yemen, Sanaa or Saudi Arabia stays the Saudi-led coalition in
// Yemen, bare التحالف in a text about the coalition in Syria that names
// none of them is a coalition of its own. An outlet's name quoted alone or
// after مراسل, قناة and the like (outletContext) is the outlet. A strong mention of the entity
// itself (its full name, or the name after حركة and the like) makes its
// weak mentions strong before the model is read (see confirm), so such an
// entity is not in made.amb. It runs after the rules, which read a club's
// or an outlet's reading as such (sportySentence, orgadj), and before
// oneSense, which then finds the made name where the model missed it.
func (g *Gazetteer) unsupported(s string, out []candidate, made *madeSet) {
	for _, e := range made.amb {
		if e.Country == "" || g.supported(out, e) || isOutlet(e) && outletCited(s, out, e) {
			continue
		}
		for i := range out {
			if out[i].ent == e {
				out[i].ent = madeEntity(made, s[out[i].start:out[i].end], Organization)
			}
		}
	}
}

// outletCited reports whether a mention of the outlet e in out is quoted
// alone or follows an outlet cue (see outletContext), which gives the
// outlet's sense (مراسل قناة "الحدث"), or stands alone between brackets
// or single quotes, as a source is cited (المصدر (الجزيرة)).
func outletCited(s string, out []candidate, e *Entity) bool {
	for i := range out {
		if out[i].ent == e && (outletContext(s, out[i].start, out[i].end) || enclosed(s, out[i].start, out[i].end)) {
			return true
		}
	}
	return false
}

// supported reports whether out has a mention of a gazetteer entity other
// than e that is of e's country or of a country named in one of e's names
// (اليمن in تحالف دعم الشرعية في اليمن: the coalition of Saudi Arabia in
// Yemen, supported by الحديدة). Another ambiguous name counts (الهلال and
// النصر, two clubs of Saudi Arabia, support each other). A club of an
// Asian country is also supported by a mention of Asia or of the AFC,
// as in an Asian competition's report (see afcMembers).
func (g *Gazetteer) supported(out []candidate, e *Entity) bool {
	var no [4]string // countries not named in e's names
	nn := 0
	asian := e.Kind == "club" && afcMembers[e.Country]
	for i := range out {
		o := out[i].ent
		if o == nil || o == e || o.Recognized() {
			continue
		}
		if asian && (o.ID == "r-142" || o.ID == "o-afc") {
			// An Asian competition: الهلال in دوري أبطال آسيا is the
			// Saudi club (the Sudanese one plays in Africa). Another
			// Asian club is no support: الأزرق, Kuwait's team, is also
			// الهلال's nickname, and a Kuwaiti or an Emirati النصر plays
			// Asian clubs too.
			return true
		}
		if o.Country == "" {
			continue
		}
		if o.Country == e.Country {
			return true
		}
		if slices.Contains(no[:nn], o.Country) {
			continue
		}
		if c := g.country(o.Country); c != nil && namesCountry(e, c) {
			return true
		}
		if nn < len(no) {
			no[nn] = o.Country
			nn++
		}
	}
	return false
}

// afcMembers are the countries of the Asian Football Confederation's
// member associations (ISO 3166-1 codes; Palestine as PS, Hong Kong,
// Macau, Taiwan, Guam and the Northern Mariana Islands as their own): a
// club of one of them is supported by a mention of Asia or of the AFC.
var afcMembers = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(`AF AU BD BH BN BT KH CN GU HK IN ID IR IQ JP JO KP KR KW KG LA LB MO MY MV MN
		MM MP NP OM PK PS PH QA SA SG LK SY TW TJ TH TL TM AE UZ VN YE`) {
		m[c] = true
	}
	return m
}()

// country returns the gazetteer's entity of the country whose code is
// code (SA: c-sa), or nil.
func (g *Gazetteer) country(code string) *Entity {
	var b [8]byte
	if len(code) > len(b)-2 {
		return nil
	}
	id := append(b[:0], 'c', '-')
	for i := 0; i < len(code); i++ {
		c := code[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		id = append(id, c)
	}
	e, _ := g.Entity(string(id))
	return e
}

// namesCountry reports whether one of e's names has one of the country
// c's names as whole words.
func namesCountry(e, c *Entity) bool {
	for _, n := range e.Names {
		for _, cn := range c.Names {
			if hasWords(n, cn) {
				return true
			}
		}
	}
	return false
}

// hasWords reports whether s has w at word boundaries (spaces or its ends).
func hasWords(s, w string) bool {
	for i := 0; w != "" && i+len(w) <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || s[j-1] == ' ') && (j+len(w) == len(s) || s[j+len(w)] == ' ') {
			return true
		}
		i = j + 1
	}
	return false
}

// enclosed reports whether s[start:end] stands alone between brackets or
// single quotes.
func enclosed(s string, start, end int) bool {
	return start > 0 && end < len(s) && (s[start-1] == '(' && s[end] == ')' || s[start-1] == '\'' && s[end] == '\'')
}
