package entities

// The context rules for names that may be a sports club: a city name read
// as its club when the sentence is about sport.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/alphabet"
)

var (
	hFi  = hashOf("في")
	hWFi = hashOf("وفي")
)

// afterFi reports whether the word before is في (in): في برشلونة is the city.
func (f *finder) afterFi() bool {
	return f.hasPrv && f.at(0).joined && (f.prev().h == hFi || f.prev().h == hWFi)
}

// sportsWords are the words that make a sentence about sport: match
// verbs and nouns, with or without the article; proclitics are taken off
// before the look-up.
var sportsWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{
		"تعادل", "يتعادل", "تعادلا", "التعادل", "هزم", "يهزم", "تغلب", "يتغلب", "انتصر", "ينتصر",
		"سجل", "يسجل", "أحرز", "سحق",
		"اكتسح", "تأهل", "يتأهل", "ضد",
		"هدف", "هدفا", "هدفين", "أهداف", "الهدف", "الأهداف", "هداف", "الهداف",
		"مباراة", "المباراة", "مباريات", "المباريات", "مباراته",
		"الدوري", "دوري", "الكأس", "كأس", "البطولة", "بطولة", "الليغا", "الليجا", "البريميرليغ",
		"الكالتشيو", "البوندسليغا", "الكلاسيكو", "كلاسيكو", "ديربي", "الديربي", "الميركاتو",
		"المدرب", "مدرب", "مدربه", "اللاعب", "لاعب", "لاعبي", "لاعبو", "اللاعبين", "لاعبا",
		"نادي", "النادي", "فريق", "الفريق", "فريقه", "الفريقان", "الفريقين", "الملعب", "ملعب",
		"المهاجم", "مهاجم",
		"الحارس", "حارس", "مرمى", "المرمى", "شوط", "الشوط", "ركلة", "ركلات", "جزاء", "الجزاء",
		"ظهير", "مدافع", "كرة", "جماهير", "مشجعي", "مشجعو", "المشجعين",
	} {
		m[hashOf(w)] = true
	}
	return m
}()

// maxSportsWindow is how far, in bytes each side, the sentence of a city
// name is searched for sports evidence (about 15 words of Arabic).
const maxSportsWindow = 160

// sportsWindow returns the bounds of the sentence around s[start:end],
// at most maxSportsWindow bytes each side.
func sportsWindow(s string, start, end int) (lo, hi int) {
	lo = start
	for lo > 0 && start-lo < maxSportsWindow && !isTerminator(s, lo-1) {
		lo--
	}
	hi = end
	for hi < len(s) && hi-end < maxSportsWindow && !isTerminator(s, hi) {
		hi++
	}
	return lo, hi
}

// sports reads as its club each city name that may be one (see
// clubReading) when its sentence is about sport: the name is followed by
// a masculine nationality adjective (برشلونة الإسباني, where the city
// would be الإسبانية), or the sentence, within maxSportsWindow bytes each
// side, names another club or a national team, has a score (2-1) or a
// word of sport (تعادل, مباراة, الدوري, ملعب, ...). Without evidence
// either way, the name is the club when the text names that club
// elsewhere (one sense per text), and the city otherwise.
func (f *finder) sports() {
	// The clubs the text names for sure: by a club name, or by a city
	// name that its sentence makes a club.
	var named [16]*Entity
	nn := 0
	add := func(e *Entity) {
		if nn < len(named) && !slices.Contains(named[:nn], e) {
			named[nn] = e
			nn++
		}
	}
	pending := false
	for i := range f.cands {
		c := &f.cands[i]
		if c.club == nil {
			if isClub(c) {
				add(c.ent)
			}
			continue
		}
		switch f.sportsContext(i) {
		case 1:
			c.ent, c.typ = c.club, Organization
			c.club = nil
			add(c.ent)
		case 0:
			pending = true
		default:
			c.club = nil
		}
	}
	// One sense per text: a city name without evidence either way is the
	// club that the text names elsewhere.
	for i := range f.cands {
		c := &f.cands[i]
		if c.club == nil {
			continue
		}
		if pending && slices.Contains(named[:nn], c.club) {
			c.ent, c.typ = c.club, Organization
		}
		c.club = nil
	}
}

// isTerminator reports whether a rune that ends a clause (see
// alphabet.IsClauseEnd) starts at byte i of s.
func isTerminator(s string, i int) bool {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		return twoByteClauseEnd[c]
	case c < 0xC0: // inside a character
		return false
	case c < 0xE0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		// A valid two-byte rune (Arabic's), read inline.
		return twoByteClauseEnd[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return alphabet.IsClauseEnd(r)
}

// twoByteClauseEnd is alphabet.IsClauseEnd for the runes below U+0800
// (ASCII and the two-byte runes), so that isTerminator, called on the
// bytes between the words of every chunk, reads them with no call.
var twoByteClauseEnd = func() (t [0x800]bool) {
	for r := range rune(len(t)) {
		t[r] = alphabet.IsClauseEnd(r)
	}
	return t
}()

// sportsContext tells the i-th candidate's reading by its sentence: 1
// the club, -1 the city (a feminine adjective after it), 0 no evidence.
func (f *finder) sportsContext(i int) int {
	s := f.text
	c := &f.cands[i]
	// The adjective right after the name: masculine is the club.
	if i+1 < len(f.cands) {
		n := &f.cands[i+1]
		if n.typ == Nationality && n.ent != nil && onlySpace(s[c.end:n.start]) {
			t := s[n.start:n.end]
			if strings.HasSuffix(t, "ي") || strings.HasSuffix(t, "ى") {
				return 1
			}
			if strings.HasSuffix(t, "ة") || strings.HasSuffix(t, "ه") {
				return -1
			}
		}
	}
	lo, hi := sportsWindow(s, c.start, c.end)
	// Another club or a national team in the sentence.
	for j := i - 1; j >= 0 && f.cands[j].end > lo; j-- {
		if isClub(&f.cands[j]) {
			return 1
		}
	}
	for j := i + 1; j < len(f.cands) && f.cands[j].start < hi; j++ {
		if isClub(&f.cands[j]) {
			return 1
		}
	}
	if hasScore(s[lo:hi]) {
		return 1
	}
	var w word
	var vs [4]variant
	f.pos = lo
	for f.scan(&w) && w.start < hi {
		if w.h == 0 {
			continue
		}
		nv := f.variants(&w, &vs)
		for k := range nv {
			if sportsWords[vs[k].h] {
				return 1
			}
		}
	}
	return 0
}

func isClub(c *candidate) bool {
	return c.ent != nil && c.typ == Organization && c.ent.Kind == "club"
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return false
		}
	}
	return true
}

// hasScore reports whether s holds a score: two numbers of one or two
// digits (ASCII or Arabic-Indic), or the word صفر (zero, as sports reports
// write it: 1 - صفر), joined by a hyphen or an en dash, with optional
// spaces (2-1, ٣ - ٠, صفر - صفر).
func hasScore(s string) bool {
	// digits returns the length of the digit run at i, in digits, and the
	// byte after it; صفر alone as a word is one digit.
	digits := func(i int) (int, int) {
		if e := i + len("صفر"); strings.HasPrefix(s[i:], "صفر") && (e == len(s) || s[e] < utf8.RuneSelf && !isASCIILetter(s[e])) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !unicode.IsLetter(r) {
				return 1, e
			}
		}
		n := 0
		for i < len(s) {
			if s[i] >= '0' && s[i] <= '9' {
				i++
			} else if s[i] == 0xD9 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xA9 {
				i += 2
			} else {
				break
			}
			n++
		}
		return n, i
	}
	for i := 0; i < len(s); {
		n, j := digits(i)
		if n == 0 {
			i++
			continue
		}
		prevDigit := i > 0 && s[i-1] >= '0' && s[i-1] <= '9'
		if n > 2 || prevDigit {
			i = j
			continue
		}
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		switch {
		case k < len(s) && s[k] == '-':
			k++
		case strings.HasPrefix(s[k:], "–"):
			k += len("–")
		default:
			i = j
			continue
		}
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if m, e := digits(k); m >= 1 && m <= 2 {
			if _, e2 := digits(e); e2 == e && (e >= len(s) || s[e] != '-' && s[e] != '/') {
				return true
			}
		}
		i = j
	}
	return false
}

// hBall is كرة (ball), the first word of a sport's name (كرة القدم, كرة
// اليد, كرة السلة).
var hBall = hashOf("كرة")

// clubOfSport reports whether the head h is نادي before a sport's name at
// rs (نادي كرة اليد بجمال, نادي كرة القدم بالحمامات): the club is named
// by its sport and town, so نادي stays in its name, as the news labels
// have it (7 of 7 whole; the other two cases of نادي كرة القدم ب + a town
// are unlabelled, the town a place).
func clubOfSport(h uint64, s string, rs int) bool {
	if h != hNaadi {
		return false
	}
	ws, we, ok := index.NextWord(s, rs)
	return ok && ws == rs && foldHash(s[ws:we]) == hBall
}
