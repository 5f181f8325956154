package tokenize

import (
	"cmp"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
)

// Role says what a part of a word is.
type Role uint8

// The roles of the parts of a word.
const (
	RoleStem        Role = iota // the stem: what is left without the clitics
	RoleConjunction             // و or ف
	RolePreposition             // ب, ك or ل
	RoleFuture                  // س, the future particle before an imperfect verb
	RoleArticle                 // the article ال (written ل after the preposition ل: "للحكومة")
	RolePronoun                 // a pronoun enclitic: ه ها هم هما هن ك كم كما كن ي ني نا
)

var roleNames = [...]string{"Stem", "Conjunction", "Preposition", "Future", "Article", "Pronoun"}

// String returns the name of r ("Stem", "Conjunction", …).
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// Part is one part of a word: Text == word[Start:End], byte offsets into the
// word. A part includes the diacritics and tatweel written on its letters.
type Part struct {
	Text       string
	Start, End int
	Role       Role
}

// Split is one reading of a word as proclitics, stem and enclitics. The
// parts tile the word: Proclitics, then Stem, then Enclitics, each starting
// where the one before ends (Word == prefix + Stem.Text + suffix).
//
// Key is the form of the stem to look up in a dictionary. It is Stem.Text,
// except in two readings that restore a letter the clitics made the writer
// drop: the article kept after the preposition ل ("للحكومة" read as ل +
// "الحكومة": Stem.Text is "لحكومة", Key is "الحكومة"; and, for a stem
// that starts with ل, "للجنة" read as ل + "اللجنة": Stem.Text "لجنة", Key
// "اللجنة"), and the ta marbuta before a pronoun ("حكومته" read as
// "حكومة" + ه: Stem.Text is "حكومت", Key is "حكومة").
type Split struct {
	Word       string
	Proclitics []Part // outermost first: و, ب, ال
	Stem       Part
	Enclitics  []Part
	Key        string
}

// Prefix returns the proclitics as written, Word[:Stem.Start].
func (s Split) Prefix() string { return s.Word[:s.Stem.Start] }

// Suffix returns the enclitics as written, Word[Stem.End:].
func (s Split) Suffix() string { return s.Word[s.Stem.End:] }

// unit is a letter of a word with the marks and tatweel written on it.
type unit struct {
	r          rune
	start, end int
}

// maxUnits bounds the words that are split at all: longer ones (no Arabic
// word is) are their own stem.
const maxUnits = 40

// units decodes word into letters with their marks, or reports false when
// it has more than maxUnits of them.
func units(word string, buf *[maxUnits]unit) ([]unit, bool) {
	u := buf[:0]
	for i := 0; i < len(word); {
		r, w := utf8.DecodeRuneInString(word[i:])
		if len(u) > 0 && (r == '\u0640' || classOf(r) == cMark) {
			u[len(u)-1].end = i + w
		} else {
			if len(u) == maxUnits {
				return nil, false
			}
			u = append(u, unit{r, i, i + w})
		}
		i += w
	}
	return u, true
}

// pronouns are the pronoun enclitics, longest first, the ones Clitics
// strips (alphabet.Pronouns) before the ones it leaves (ني ك ي).
var pronouns = func() (out [][]rune) {
	for _, p := range alphabet.Pronouns {
		out = append(out, []rune(p))
	}
	for _, p := range alphabet.ShortPronouns {
		out = append(out, []rune(p))
	}
	return out
}()

// Candidates returns every plausible reading of word as proclitics, stem and
// pronoun enclitics, longest stem first; the first is always the whole word
// as its own stem. Proclitics follow Arabic order: a conjunction (و ف), then
// a preposition (ب ك ل) or the future particle (س, before ي ت ن أ), then the
// article ال; a pronoun enclitic comes only on a stem without the article.
// Every stem keeps at least two letters. Readings that strip the article
// come with the reading that keeps it on the stem, so that
// Candidates("وبالعاصمة") holds the stems "وبالعاصمة", "بالعاصمة",
// "العاصمة" and "عاصمة", and Candidates("لأميركا") holds "أميركا".
//
// The Key of each reading is the form to look up (see [Split]); the list
// holds no two readings with the same parts. An empty word has no reading.
func Candidates(word string) []Split {
	if word == "" {
		return nil
	}
	var buf [maxUnits]unit
	u, ok := units(word, &buf)
	whole := Split{Word: word, Stem: Part{Text: word, End: len(word)}, Key: word}
	if !ok || len(u) < 3 {
		return []Split{whole}
	}
	var out []Split
	add := func(pre []Part, stemFrom, stemTo int, key string, enc []Part) {
		st := u[stemFrom].start
		en := u[stemTo-1].end
		if key == "" {
			key = word[st:en]
		}
		out = append(out, Split{Word: word, Proclitics: pre, Stem: Part{Text: word[st:en], Start: st, End: en}, Enclitics: enc, Key: key})
	}
	part := func(from, to int, role Role) Part {
		return Part{Text: word[u[from].start:u[to-1].end], Start: u[from].start, End: u[to-1].end, Role: role}
	}
	n := len(u)
	for conj := 0; conj <= 1; conj++ {
		if conj == 1 && u[0].r != 'و' && u[0].r != 'ف' {
			continue
		}
		for _, prep := range [...]rune{0, 'ب', 'ك', 'ل', 'س'} {
			i1 := conj
			if prep != 0 {
				if i1 >= n || u[i1].r != prep {
					continue
				}
				i1++
				if prep == 'س' && (i1 >= n || !isImperfectPrefix(u[i1].r)) {
					continue
				}
			}
			var pre []Part
			if conj == 1 {
				pre = append(pre, part(0, 1, RoleConjunction))
			}
			if prep != 0 {
				role := RolePreposition
				if prep == 'س' {
					role = RoleFuture
				}
				pre = append(pre, part(i1-1, i1, role))
			}
			// no article stripped (the stem may keep one), with or without a pronoun
			if i1 > 0 && n-i1 >= 2 {
				add(pre, i1, n, "", nil)
			}
			if n-i1 >= 4 && !(u[i1].r == 'ا' && u[i1+1].r == 'ل') {
				for _, p := range pronouns {
					k := n - len(p)
					if k-i1 < 2 || !endsWith(u, p) {
						continue
					}
					enc := []Part{part(k, n, RolePronoun)}
					add(slices.Clip(pre), i1, k, "", enc)
					if u[k-1].r == 'ت' {
						add(slices.Clip(pre), i1, k, word[u[i1].start:u[k-1].start]+"ة", enc)
					}
				}
			}
			if prep == 'س' {
				continue
			}
			// the article stripped, and kept on the stem
			switch {
			case prep == 'ل' && u[i1].r == 'ل' && n-i1 >= 3:
				add(slices.Clip(pre), i1, n, "ا"+word[u[i1].start:], nil)
				// the article merged with a stem that starts with ل:
				// ل + اللجنة is written للجنة
				add(slices.Clip(pre), i1, n, "ال"+word[u[i1].start:], nil)
				add(append(slices.Clip(pre), part(i1, i1+1, RoleArticle)), i1+1, n, "", nil)
			case prep != 'ل' && i1+1 < n && u[i1].r == 'ا' && u[i1+1].r == 'ل' && n-i1 >= 4:
				add(append(slices.Clip(pre), part(i1, i1+2, RoleArticle)), i1+2, n, "", nil)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Split) int {
		if c := cmp.Compare(b.Stem.End-b.Stem.Start, a.Stem.End-a.Stem.Start); c != 0 {
			return c
		}
		return cmp.Compare(len(a.Enclitics), len(b.Enclitics)) // proclitics are the safer guess
	})
	return append([]Split{whole}, out...)
}

func isImperfectPrefix(r rune) bool { return r == 'ي' || r == 'ت' || r == 'ن' || r == 'أ' }

func endsWith(u []unit, p []rune) bool {
	if len(p) > len(u) {
		return false
	}
	for i, r := range p {
		if u[len(u)-len(p)+i].r != r {
			return false
		}
	}
	return true
}

// fusedArticle reports whether u, from its ال on (or its ل, after the
// preposition ل), is a word whose ال is no article that can be taken off:
// the relative pronouns (الذي, التي, الذين …) and الآن.
func fusedArticle(u []unit) bool {
	var buf [32]byte
	b := buf[:0]
	for _, x := range u {
		if len(b)+utf8.UTFMax > len(buf) {
			return false
		}
		b = utf8.AppendRune(b, x.r)
	}
	switch string(b) {
	case "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي", "الآن",
		"لذي", "لتي", "لذين", "لتين", "لآن": // after the preposition ل: "للذين", "للتي"
		return true
	}
	return false
}

// Clitics returns the most plausible reading of word, by the rules of light
// stemming (after Larkey's light10): the article with what comes before it
// (ال وال بال كال فال لل وبال وكال ولل …) when at least two letters remain
// ("الله", the relative pronouns "التي", "الذين" and "الآن" keep it; no
// pronoun is taken from "عبدالله"; after ل, a frequent word that starts
// with ل keeps it, "للجنة" being ل + "لجنة"; and a و root that starts with
// وال has none: "والده" is "والد" + ه); else the conjunction و when at least three
// letters remain, unless the word (without its pronoun) is one of a short
// list of frequent news words whose و is a root letter ("وزارة", "وكالة",
// "واشنطن", "وقتها"); and a pronoun ه ها هم هما هن كم كما كن نا at the end of a
// stem without the article when at least three letters remain (ه not after
// ا or ي: "اتجاه", "عليه"). The enclitics ي ني ك, the conjunction ف, the
// prepositions without the article and the future س are too often part of
// the stem ("روحاني", "فرنسا", "لبنان", "سيارة") to strip without a
// dictionary: [Candidates] has those readings. Key is Stem.Text.
func Clitics(word string) Split {
	whole := Split{Word: word, Stem: Part{Text: word, End: len(word)}, Key: word}
	var buf [maxUnits]unit
	u, ok := units(word, &buf)
	if !ok || len(u) < 3 {
		return whole
	}
	n := len(u)
	part := func(from, to int, role Role) Part {
		return Part{Text: word[u[from].start:u[to-1].end], Start: u[from].start, End: u[to-1].end, Role: role}
	}
	var pre, enc []Part
	i := 0
	// the article and its proclitics, unless the word is a و root that
	// starts with وال ("والده" is والد + ه, not و + ال + ده)
	fused := u[0].r == 'و' && (keepsWaw(word) || keepsWaw(word[:u[pronounEnd(u, 0)-1].end]))
	for conj := 0; conj <= 1 && pre == nil && !fused; conj++ {
		if conj == 1 && u[0].r != 'و' && u[0].r != 'ف' {
			break
		}
		for _, prep := range [...]rune{0, 'ب', 'ك', 'ل'} {
			j := conj
			if prep != 0 {
				if u[j].r != prep {
					continue
				}
				j++
			}
			var art int // letters of the article
			switch {
			case prep == 'ل' && j < n && u[j].r == 'ل' && keepsLam(word[u[j].start:]):
				art = 0 // the article's ل merged with the stem's: "للجنة" is ل + لجنة
			case prep == 'ل' && j < n && u[j].r == 'ل':
				art = 1
			case prep != 'ل' && j+1 < n && u[j].r == 'ا' && u[j+1].r == 'ل':
				art = 2
			default:
				continue
			}
			if n-j-art < 2 || n-j-art == 2 && u[n-2].r == 'ل' && u[n-1].r == 'ه' { // "الله", "لله"
				continue
			}
			if fusedArticle(u[j:]) { // "التي", "والذي", "الآن", "للذين"
				continue
			}
			if conj == 1 {
				pre = append(pre, part(0, 1, RoleConjunction))
			}
			if prep != 0 {
				pre = append(pre, part(j-1, j, RolePreposition))
			}
			if art > 0 {
				pre = append(pre, part(j, j+art, RoleArticle))
			}
			i = j + art
			break
		}
	}
	if pre == nil {
		k := pronounEnd(u, 0)
		switch {
		case k < n && keepsWaw(word[:u[k-1].end]): // "وقتها"
		case u[0].r == 'و' && n-1 >= 3 && !keepsWaw(word):
			pre = []Part{part(0, 1, RoleConjunction)}
			i = 1
			k = pronounEnd(u, 1)
		}
		if k < n {
			enc = []Part{part(k, n, RolePronoun)}
		}
		if pre == nil && enc == nil {
			return whole
		}
		n = k
	}
	st, en := u[i].start, u[n-1].end
	return Split{Word: word, Proclitics: pre, Stem: Part{Text: word[st:en], Start: st, End: en}, Enclitics: enc, Key: word[st:en]}
}

// pronounEnd returns where the pronoun enclitic that Clitics strips begins
// when the stem starts at unit i, or len(u) when there is none.
func pronounEnd(u []unit, i int) int {
	n := len(u)
	if n-i >= 2 && u[i].r == 'ا' && u[i+1].r == 'ل' { // the article's stem takes no pronoun: "الله"
		return n
	}
	if n-i >= 4 && u[n-3].r == 'ل' && u[n-2].r == 'ل' && u[n-1].r == 'ه' { // "عبدالله", "نصرالله"
		return n
	}
	for _, p := range pronouns[:len(alphabet.Pronouns)] { // not ني, ك, ي
		if !endsWith(u, p) || n-len(p)-i < 3 {
			continue
		}
		if len(p) == 1 && (u[n-2].r == 'ا' || u[n-2].r == 'ي' || u[n-2].r == 'ى') {
			continue
		}
		return n - len(p)
	}
	return n
}

// wawStems and lamStems are the shared lists of words whose first و or ل
// is a root letter (alphabet.WawRoots, alphabet.LamRoots), sorted for
// binary search.
var (
	wawStems = alphabet.WawRoots
	lamStems = alphabet.LamRoots
)

func keepsLam(w string) bool {
	_, ok := slices.BinarySearch(lamStems, w)
	return ok
}

func keepsWaw(w string) bool {
	_, ok := slices.BinarySearch(wawStems, w)
	return ok
}
