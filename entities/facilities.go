package entities

import (
	"strings"

	"github.com/arnews/arnews/entities/internal/index"
)

// Places named by a facility and the place it stands in: rules on the
// merged mentions, in one pass over them (not over the words), before
// headPlaces.
//
// A facility's head before a place is in the facility's name, with the
// facility's adjectives after it (مطار الحديدة, ملعب البصرة الدولي, قاعدة
// تيفور الجوية, مطار تونس قرطاج الدولي): so the news labels have it (head
// in before a place or a name: مطار 60 to 2, ميناء 25 to 5, ملعب 66 to 19
// and 7 more cut before a club, استاد 13 to 1, ستاد 5 to 0, قاعدة 16 to 3,
// ساحة 7 to 1, ميدان 3 to 0, مسجد 3 to 1; inside after the place الدولي 9
// times, الجوية 6, الأولمبي 3, a nationality adjective never). ANERcorp
// leaves the head out (مطار [X] 7 times); the spans follow the news
// labels (doc.go). Not معبر (out 17 to 0) nor سجن (out 6 to 1): a
// crossing or a prison is named by its place. The same holds for the
// head of a natural feature (نهر إيفروس, وادي حيران, مرتفعات الجولان; in:
// نهر 12 to 0, بحر 14 to 0, جبل 21 to 3, وادي 22 to 0, هضبة 10 to 0,
// مرتفعات 5 to 1, خليج 4 to 0, مضيق 3 to 0, غوطة 8 to 0), as the
// gazetteer lists نهر الفرات and البحر الأحمر; not جزيرة (out 28 to 0)
// nor مقاطعة (12 to 0), which are the administrative heads' kind. A
// head joined by و to a
// place head before it is the place's (مدينة وميناء [الحديدة]: the city
// and port of Hodeidah).
//
// مسقط before رأس is "birthplace" (مسقط رأسه), not Muscat (7 of 7 O in
// the labels). An adjective after لغة (باللغة الإنجليزية) or, with ب,
// after الناطقة (الناطقة بالفرنسية) is a language, no nationality (the
// labels: 9 of 9 O).

// facilityHeads maps the folded hash of a facility's head, bare or with
// its proclitics, to the proclitics' length in bytes.
var facilityHeads = func() map[uint64]int {
	m := map[uint64]int{}
	for _, w := range strings.Fields("مطار ميناء ملعب استاد إستاد ستاد قاعدة ساحة ميدان مسجد جامع نهر بحر جبل خليج مضيق هضبة مرتفعات وادي غوطة") {
		for _, p := range headProclitics {
			m[hashOf(p+w)] = len(p)
		}
	}
	return m
}()

// facilityAdjectives are the adjectives of a facility's name after its
// place (مطار قرطاج الدولي, قاعدة حميميم الجوية).
var facilityAdjectives = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(`الدولي الدولية الجوي الجوية العسكري العسكرية البحري البحرية الأولمبي
		الأولمبية البلدي البلدية الرياضي الرياضية الكبير المدني`) {
		m[hashOf(w)] = true
	}
	return m
}()

var hMasqt = hashOf("مسقط")

// facilities applies the rules above to out, the merged mentions in text
// order, and returns it.
func facilities(s string, out []candidate, made *madeSet) []candidate {
	k := 0
	for i := 0; i < len(out); i++ {
		c := out[i]
		if c.typ == Nationality && languageBefore(s, c.start) {
			continue // باللغة الإنجليزية, الناطقة بالفرنسية: a language
		}
		if c.typ != Place || wordStart(s, c.start) != c.start {
			out[k] = c
			k++
			continue
		}
		ws, we := prevWord(s, c.start)
		if ws < we && (k == 0 || out[k-1].end <= ws) {
			if p, ok := facilityHeads[foldHash(s[ws:we])]; ok && !(p > 0 && strings.HasPrefix(s[ws:], "و") && coordinatedHead(s, ws)) {
				end := c.end
				if i+1 < len(out) && out[i+1].typ == Place && out[i+1].start > end && strings.TrimLeft(s[end:out[i+1].start], " ") == "" {
					end = out[i+1].end // مطار تونس قرطاج
					i++
				}
				c.start, c.end = ws+p, facilityEnd(s, end, out[i+1:])
				c.ent = madeEntity(made, s[c.start:c.end], Place)
				out[k] = c
				k++
				continue
			}
		}
		if fs, fe, ok := index.NextWord(s, c.start); ok && fs == c.start && fe < c.end {
			if _, ok := facilityHeads[foldHash(s[fs:fe])]; ok {
				// A name the gazetteer lists with its head (قاعدة حميميم)
				// takes the adjectives too.
				if e := facilityEnd(s, c.end, out[i+1:]); e > c.end {
					c.end = e
					c.ent = madeEntity(made, s[c.start:c.end], Place)
				}
			}
		}
		if c.end-c.start == len("مسقط") && foldHash(s[c.start:c.end]) == hMasqt {
			if w := nextWord(s, c.end); strings.HasPrefix(w, "رأس") || strings.HasPrefix(w, "راس") {
				continue // مسقط رأسه: his birthplace
			}
		}
		out[k] = c
		k++
	}
	return out[:k]
}

// coordinatedHead reports whether the word before the head at ws (which
// starts with و) is a place's or a facility's head: مدينة وميناء.
func coordinatedHead(s string, ws int) bool {
	ps, pe := prevWord(s, ws)
	if ps == pe {
		return false
	}
	h := foldHash(s[ps:pe])
	_, fac := facilityHeads[h]
	return fac || placeHeads[h]
}

// facilityEnd returns the end of a facility's name that ends at end
// before its adjectives, if any, and no further than the next mentions
// (next) start: up to two adjectives (قاعدة الديلمي الجوية العسكرية).
func facilityEnd(s string, end int, next []candidate) int {
	for n := 0; n < 2; n++ {
		w := nextWord(s, end)
		if w == "" || !facilityAdjectives[foldHash(w)] {
			break
		}
		e := end + len(s[end:]) - len(strings.TrimLeft(s[end:], " \t")) + len(w)
		if len(next) > 0 && next[0].start < e {
			break
		}
		end = e
	}
	return end
}

// languageWords are the words after which a nationality's adjective is a
// language: لغة and اللغة with their proclitics, and الناطق (speaking)
// and its forms, before an adjective with ب.
var languageWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("لغة اللغة للغة باللغة واللغة وباللغة بلغة وبلغة الناطقة الناطق الناطقين الناطقون") {
		m[hashOf(w)] = true
	}
	return m
}()

var hNatiq = map[uint64]bool{hashOf("الناطقة"): true, hashOf("الناطق"): true, hashOf("الناطقين"): true, hashOf("الناطقون"): true}

// languageBefore reports whether the adjective at start of s is a
// language: right after لغة (باللغة الإنجليزية), or with ب after الناطقة
// (الناطقة بالفرنسية).
func languageBefore(s string, start int) bool {
	ws, we := prevWord(s, start)
	if ws == we {
		return false
	}
	h := foldHash(s[ws:we])
	if !languageWords[h] {
		return false
	}
	if hNatiq[h] {
		return start > 0 && wordStart(s, start) == start-len("ب") && s[start-len("ب"):start] == "ب"
	}
	return wordStart(s, start) == start
}
