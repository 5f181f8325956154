package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// binClitic returns where a name the recognizer made starts once a
// proclitic glued to بن, its first word, is left out: ببن عروس is ب + بن
// عروس, وبن قردان و + بن قردان, لبن لادن ل + بن لادن. The gazetteer's
// scan takes no proclitic off a word of three letters, so such a name
// reaches the recognizer alone, which keeps the letter in the span; the
// news labels leave it out, as they leave out every proclitic. Only
// those four letters: no name starts with وبن, ببن, لبن or فبن and a
// space (لبنان and لبنى are one word).
func binClitic(s string, c candidate) (int, bool) {
	if !c.ent.Recognized() || c.end-c.start < 9 {
		return c.start, false
	}
	w := s[c.start:c.end]
	if w[6] != ' ' || w[2:6] != "بن" {
		return c.start, false
	}
	switch w[:2] {
	case "و", "ب", "ل", "ف":
		return c.start + 2, true
	}
	return c.start, false
}

// knownAnyType returns the gazetteer's entity named s[start:end] (see
// knownName) and its type: of type t first, else a place, a person or an
// organization; nil when the gazetteer has no such name.
func knownAnyType(s string, start, end int, t Type, out []candidate) (*Entity, Type) {
	if e := knownName(s, start, end, t, out); e != nil {
		return e, t
	}
	for _, u := range [...]Type{Place, Person, Organization} {
		if u == t {
			continue
		}
		if e := knownName(s, start, end, u, out); e != nil {
			return e, u
		}
	}
	return nil, t
}

// kafClitic returns where a place the recognizer made starts when the
// model read its word's first letter ك as the proclitic "like" while the
// word before shows a name must follow: a preposition of place (في, من,
// إلى) or a singular place word (مدينة, منطقة, ولاية, مخيم, معبر ...).
// There ك is the name's first letter: في كاندي is Kandy, not في ك +
// اندي; مدينة كييل is Kiel, ولاية كالفورنيا California, مخيم قلنديا's
// spelling كالندا. After a plural or a country word ك is "like" (مدن
// كتبريز, دول كروسيا, دولة كروسيا), so those words are not in the list.
// محافظة is left out: it is also the adjective "conservative" (ولايات
// محافظة كتكساس). Read on every corpus article over 3,000 bytes: 38
// places the model made after a lone ك, 20 of them after such a word, 19
// the whole word's place (كاندي 10, كييل 2, كاليننغراد 2, كالكتا,
// كالاهاندي, كالفورنيا, معبر كيريم شالوم) and one unclear (في كويا).
func kafClitic(s string, c candidate) (int, bool) {
	if c.typ != Place || !c.ent.Recognized() || c.start < 2 || s[c.start-2:c.start] != "ك" || wordStart(s, c.start) != c.start-2 {
		return c.start, false
	}
	ws, we := prevWord(s, c.start-2)
	if ws >= we {
		return c.start, false
	}
	w := s[ws:we]
	if !kafBefore[foldHash(w)] {
		if len(w) <= 2 || (w[:2] != "ب" && w[:2] != "و" && w[:2] != "ل") || !kafBefore[foldHash(w[2:])] {
			return c.start, false
		}
	}
	return c.start - 2, true
}

// kafBefore are the words after which a word starting with ك is a name
// (kafClitic): prepositions of place and singular place words.
var kafBefore = hashSet("في من إلى مدينة منطقة ولاية مقاطعة إقليم بلدة قرية مخيم معبر حي")

// lamHeadClitics are the generic heads of a body's name that the
// recognizer reads with the preposition ل glued on (مركب لخفر السواحل,
// الأمين العام لنقابة الأطباء, المدير العام لديوان الزيت): the words
// of lamHeads (lamHeadClitic reads both sets) and these.
var lamHeadClitics = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields("خفر نقابة وزارة حركة حزب") {
		m[foldHash(w)] = true
	}
	return m
}()

// lamHeadClitic returns where an organization the recognizer made starts
// once the preposition ل glued to its first word is left out, when that
// word without it is a generic head (لخفر السواحل is ل + خفر السواحل,
// لنقابة الصحفيين ل + نقابة الصحفيين): the news labels leave every
// proclitic out. The ل must open the word (after a space, a mark or و),
// and the name must go on after the head; a span that starts at the
// second lam of لل (للنقابة) is the labels' own convention and stays.
func lamHeadClitic(s string, c candidate) (int, bool) {
	if c.typ != Organization || c.ent == nil || !c.ent.Recognized() {
		return c.start, false
	}
	w := s[c.start:c.end]
	sp := strings.IndexByte(w, ' ')
	if sp < 0 || !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لل") {
		return c.start, false
	}
	before := s[:c.start]
	before = strings.TrimSuffix(before, "و")
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && (unicode.IsLetter(r) || unicode.IsMark(r)) {
		return c.start, false // the ل is a letter of the word (or of لل)
	}
	h := foldHash(w[len("ل"):sp])
	if !lamHeads[h] && !lamHeadClitics[h] {
		return c.start, false
	}
	return c.start + len("ل"), true
}
