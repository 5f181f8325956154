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

// outlets reads the weak candidates that are an outlet's ambiguous name as
// the outlet when quoted alone or after an outlet cue.
func outlets(s string, out []candidate) {
	var buf [64]byte
	for i := range out {
		c := &out[i]
		if c.ent != nil || c.noAmb || len(c.weak) == 0 || c.layer == nil {
			continue
		}
		var ent *Entity
		for _, e := range c.weak {
			if e.Flags&index.Ambiguous != 0 && Type(e.Type) == Organization {
				if x := &c.layer.ents[e.Ent]; isOutlet(x) {
					ent = x
					break
				}
			}
		}
		if ent == nil {
			continue
		}
		ok := quoted(s, c.start, c.end)
		if !ok {
			if ws, we := prevWord(s, c.start); ws < we && we < c.start {
				ok = outletCues[index.HashWord(index.AppendFold(buf[:0], s[ws:we]))]
			}
		}
		if ok {
			c.ent, c.typ = ent, Organization
		}
	}
}
