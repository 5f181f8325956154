package stem

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/normalize"
)

// builtinProtected lists words that look affixed but must come out
// whole: the name of God, relative pronouns and adverbs that start with
// ال, and places, people and groups whose final ان، ين، ون or ة, initial
// ال or و, is part of the name, or whose stripped form is another word.
// An entry "word|stem" gives the stem to return instead of the word:
// country names whose article is a real article come out without it, so
// that they meet their nisba adjectives (الياباني → يابان).
// Spelling variants are folded by normalize.Search.
var builtinProtected = []string{
	// religion and function words
	"الله", "اللهم", "لله|الله", "الذي", "التي", "الذين", "اللذين", "اللتين",
	"اللذان", "اللتان", "اللاتي", "اللواتي", "الآن", "ولي", "فيما", "ربما",
	"إنما", "بينما", "عندما", "طالما", "كلما", "حينما", "أينما", "مهما", "بعدما", "مثلما",
	// the pound, whose ه is no pronoun (جنيه is not جني, harvest)
	"جنيه", "الجنيه|جنيه", "جنيهات|جنيه", "الجنيهات|جنيه",
	"الجمعة", "الأحد",
	// words that normalization and stripping would merge with another:
	// مائة (hundred, as in بالمائة, per cent) with ماء (water), آلية
	// (mechanism) with إلى (to); bare آلية and إليه normalize alike
	"مائة|مئة", "المائة|مئة", "المئة|مئة", "الآلية|آليات", "آليات", "الآليات|آليات",
	// places
	"إسرائيل", "القاهرة", "الولايات", "لبنان", "إيران", "عمان", "عمّان",
	"فلسطين", "أذربيجان", "أفغانستان", "باكستان", "كردستان", "طاجيكستان",
	"أوزبكستان", "كازاخستان", "تركمانستان", "قرغيزستان", "طهران", "واشنطن",
	"أنقرة", "الخليل", "الموصل", "البصرة", "الأقصى", "الرقة", "الحسكة",
	"الضفة", "الناصرة", "المنامة", "الإسكندرية", "تطوان", "وهران", "أسوان",
	"حلوان", "عجمان", "الحديدة", "البحرين|بحرين", "بحرين", "السودان|سودان", "سودان",
	"الصين|صين", "صين", "اليابان|يابان", "يابان", "اليونان|يونان", "يونان",
	"الأرجنتين|أرجنتين", "أرجنتين", "الفلبين|فلبين", "فلبين",
	"الشيشان|شيشان", "شيشان", "الجولان|جولان", "جولان",
	"الفاتيكان|فاتيكان", "فاتيكان", "البلقان|بلقان", "بلقان",
	// people and groups
	"بوتين", "ماكرون", "أردوغان", "سلمان", "عثمان", "رمضان", "شعبان",
	"عدنان", "مروان", "سفيان", "عمران", "لقمان", "سليمان", "حمدان",
	"زيدان", "نعمان", "رضوان", "غسان", "حسان", "عرفات", "طالبان",
	"الإخوان", "زيلينسكي", "جونسون", "نيكسون", "كلينتون", "ستالين", "لينين",
	"بنيامين", "ياسين", "نصرالله", "عبدالله",
}

// radicalWaw lists common words whose first و belongs to the root
// (alphabet.WawRoots, shared with package tokenize). A bare و is not
// stripped from a word whose suffix-stripped form is the suffix-stripped
// form of one of these (وزارة, وزارات → وزار), while وقال, وقتلت lose it.
var radicalWaw = alphabet.WawRoots

// radicalLam lists common words that start with ل (alphabet.LamRoots,
// shared with package tokenize). After the preposition ل the article's ل
// merges with theirs: ل + اللجنة is written للجنة, whose stem is لجنة, not
// جنة.
var radicalLam = alphabet.LamRoots

// radicalLamSet is the suffix-stripped forms of radicalLam under the
// default minimum length.
var radicalLamSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range radicalLam {
		m[stripSuffixes(normalize.Search.String(w), 3)] = true
	}
	return m
})

// radicalBKLText lists words whose first ب, ك or ل belongs to the word
// although the rest looks like a word after a preposition; see the file.
//
//go:embed data/radical_bkl.txt
var radicalBKLText string

// remainderText lists frequent news words that follow a bare ب, ك or ل;
// see the file.
//
//go:embed data/remainders_bkl.txt
var remainderText string

// radicalBKLSet is the suffix-stripped forms (default minimum length) of
// radicalBKLText and radicalLam: a word with one of them keeps its first
// letter.
var radicalBKLSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range radicalLam {
		m[stripSuffixes(normalize.Search.String(w), 3)] = true
	}
	for w := range wordLines(radicalBKLText) {
		m[stripSuffixes(normalize.Search.String(w), 3)] = true
	}
	return m
})

// remainderSet is the suffix-stripped forms of remainderText: after a bare
// ب, ك or ل, a rest with one of them is taken for a word of its own.
var remainderSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range wordLines(remainderText) {
		m[stripSuffixes(normalize.Search.String(w), 3)] = true
	}
	return m
})

// wordLines yields the first field of each line of a word list, skipping
// blank lines and # comments.
func wordLines(text string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for line := range strings.Lines(text) {
			w, _, _ := strings.Cut(line, "\t")
			if w = strings.TrimSpace(w); w == "" || w[0] == '#' {
				continue
			}
			if !yield(w) {
				return
			}
		}
	}
}

// articles are the article with its attached conjunction and preposition,
// longest first (normalized spelling; لل is ل + ال).
var articles = alphabet.Articles

// pronouns are the attached pronouns, longest first; ه is also ة after
// normalize.Search.
var pronouns = alphabet.Pronouns

// keepEndingWords end in a radical ون or ين, not a plural ending.
var keepEndingWords = []string{
	"تعاون", "قانون", "مليون", "زيتون", "تلفزيون", "كانون", "صالون", "فرعون",
	"بالون", "ليمون", "مضمون", "طاعون", "عربون", "حلزون", "كربون", "بنزين",
	"بروتين", "فيتامين", "نيكوتين", "كوكايين", "لاتين", "جنين", "مسكين",
	"سكين", "ياسين", "حسين", "يمين", "تنين", "بساتين", "ميادين", "قوانين",
	"عناوين", "دواوين", "براكين", "سلاطين", "شياطين", "ملايين",
	// found in the news corpus: stripping left a different word or none
	"تريليون", "تليفزيون", "أمازون", "البنتاغون", "بنتاغون", "ماراثون",
	"ميكروفون", "غضون", "تشرين", "برلين", "الكرملين", "كرملين", "تطاوين",
	"بيتكوين", "بتكوين", "الأكسجين", "أكسجين", "ياسمين", "شيرين", "كاثرين",
	"تيلرسون", "برونسون", "جاكسون", "نيلسون", "أندرسون", "ويلسون", "فيرغسون",
	"هندرسون", "إيفرتون", "برايتون", "ثعابين", "دلافين", "مساجين", "شؤون",
	// the verb كان with a prefix: its ون is radical (ستكون is not ستك)
	"يكون", "تكون", "نكون", "أكون", "سيكون", "ستكون", "سنكون", "سأكون",
	"يتعاون", "تتعاون", "نتعاون",
}

var keepEnding = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range keepEndingWords {
		m[normalize.Search.String(w)] = true
	}
	return m
})

// protectedSet is builtinProtected in normalized spelling, with the لل
// form of every word that starts with ال (للقاهرة -> القاهره).
var protectedSet = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, e := range builtinProtected {
		w, stem, ok := strings.Cut(e, "|")
		if !ok {
			stem = w
		}
		addProtectedAs(m, normalize.Search.String(w), normalize.Search.String(stem))
	}
	return m
})

// wawNotHere are the words of radicalWaw whose suffix-stripped form is
// also و + a short word with a suffix: ولد (ولديه is و + لدى + ه), واحة
// (واحنا, واحتكما), ولي (وليون, وليونة). Package tokenize matches the
// list whole words only and keeps them.
var wawNotHere = map[string]bool{"ولد": true, "واحة": true, "ولي": true}

// radicalSet is the suffix-stripped forms of radicalWaw under the default
// minimum length.
var radicalSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range radicalWaw {
		if wawNotHere[w] {
			continue
		}
		m[stripSuffixes(normalize.Search.String(w), 3)] = true
	}
	return m
})

func addProtected(m map[string]string, n string) { addProtectedAs(m, n, n) }

func addProtectedAs(m map[string]string, n, stem string) {
	if n == "" || stem == "" {
		return
	}
	m[n] = stem
	if rest, ok := strings.CutPrefix(n, "ال"); ok && rest != "" {
		if _, taken := m["لل"+rest]; !taken {
			m["لل"+rest] = stem
		}
	}
}

// protected looks n up, bare and behind one conjunction and one
// preposition.
func (s *Stemmer) protected(n string) (string, bool) {
	try := func(w string) (string, bool) {
		if p, ok := s.protect[w]; ok {
			return p, true
		}
		if !s.light {
			if p, ok := protectedSet()[w]; ok {
				return p, true
			}
		}
		return "", false
	}
	if p, ok := try(n); ok {
		return p, true
	}
	w := n
	if r, ok := cutLetter(w, "و", "ف"); ok {
		if p, ok := try(r); ok {
			return p, true
		}
		w = r
	}
	if r, ok := cutLetter(w, "ب", "ل", "ك"); ok {
		if p, ok := try(r); ok {
			return p, true
		}
	}
	return "", false
}

// cutLetter removes the first of prefixes that w starts with.
func cutLetter(w string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(w, p); ok && r != "" {
			return r, true
		}
	}
	return w, false
}

func letters(s string) int { return utf8.RuneCountInString(s) }

// stemArabic applies the affix rules to w, word normalized.
func (s *Stemmer) stemArabic(w, word string) string {
	pmin := max(2, s.minLen-1)

	// Prefixes: the article with what is attached to it, or a bare و.
	switch at2(w) {
	case waw, feh, beh, kaf, lam, alef:
	default:
		return stripSuffixes(w, s.minLen)
	}
	if !s.light && strings.HasPrefix(w, "وال") {
		// والد, والدة begin with وال but carry no article: والده is his
		// father, not و + ال + ده
		if whole := stripSuffixes(w, s.minLen); radicalSet()[whole] {
			return whole
		}
	}
	for _, p := range articles {
		if rest, ok := strings.CutPrefix(w, p); ok && letters(rest) >= pmin {
			if strings.HasSuffix(p, "ال") && hamzaAlefAt(word, letters(p)-2) {
				continue // آلاف, وآليات, إلكتروني: no article
			}
			if !s.light && strings.HasSuffix(p, "لل") {
				// ل + ال + a word that starts with ل: keep one ل (للجنة → لجنة)
				if st := stripSuffixes(w[len(p)-len("ل"):], s.minLen); radicalLamSet()[st] {
					return st
				}
			}
			return stripSuffixes(rest, s.minLen)
		}
	}
	conj := 0 // letters of a conjunction removed before a preposition
	if rest, ok := strings.CutPrefix(w, "و"); ok && letters(rest) >= max(3, pmin) {
		if !s.light {
			whole := stripSuffixes(w, s.minLen)
			if radicalSet()[whole] {
				return whole
			}
			// the feminine ت of a past verb stays on (أعلنت), so look the
			// root up without it: وقعت, وصلت are not و + قعت, صلت
			if r, ok := strings.CutSuffix(whole, "ت"); ok && radicalSet()[r] {
				return whole
			}
		}
		w, conj = rest, 1
	}
	// A bare preposition ب, ك or ل, also behind و or ف (ف only goes with
	// it: فبراير, فريق keep theirs).
	v := w
	if conj == 0 {
		if r, ok := strings.CutPrefix(w, "ف"); ok {
			v, conj = r, 1
		}
	}
	if r, ok := s.preposition(v, word, conj, v == w); ok {
		return stripSuffixes(r, s.minLen)
	}
	return stripSuffixes(w, s.minLen)
}

// preposition returns w without its first letter when that letter is the
// preposition ب, ك or ل rather than part of the word; k letters of word
// precede w's. The rest must keep the prefix minimum (two letters by
// default) and start the way words derived with a prefix do, which words
// whose root begins with ب, ك or ل almost never do:
//
//   - م and three more letters: participles, nouns of place and verbal
//     nouns (بمدينة, لمواجهة, بمستشفى);
//   - ت and three more letters: verbal nouns and imperfect verbs (بتهمة,
//     لتحقيق, لتكون);
//   - a hamza alef written as such (بإصابته, لأسباب, بآخر, بأن), whose
//     hamza normalize.Search removes;
//   - a bare alef in a verbal-noun shape of the derived verbs (see
//     derivedVerbalNoun: باستخدام, لانتخابات, باتجاه, لاعتقال);
//
// or, when lists is set (not after ف, whose فكرة, فلسطين are too many), be
// of three letters or more with the suffix-stripped form of a frequent news
// word (remainderSet: بسوسة, بحروق, لروسيا). A word whose suffix-stripped
// form is in radicalBKLSet (بطولة, كتاب, كمبيوتر, بكين, لجنة: root letters
// and names, from the news corpus) keeps its letter. Under Light only the
// shapes count.
func (s *Stemmer) preposition(w, word string, k int, lists bool) (string, bool) {
	switch at2(w) {
	case beh, kaf, lam:
	default:
		return "", false
	}
	r := w[2:]
	n := letters(r)
	if n < max(2, s.minLen-1) {
		return "", false
	}
	shape := false
	switch at2(r) {
	case meem, teh:
		shape = n >= 4
	case alef:
		// also with two letters: بأن, لأن
		shape = hamzaAlefAt(word, k+1) || derivedVerbalNoun(r)
	}
	if s.light {
		return r, shape
	}
	if !shape && (n < 3 || !lists || !remainderSet()[stripSuffixes(r, 3)]) {
		return "", false
	}
	if radicalBKLSet()[stripSuffixes(w, 3)] {
		return "", false
	}
	return r, true
}

// letters tested by derivedVerbalNoun besides those of arabic.go
const (
	dal = 0xD8AF // د U+062F
	tah = 0xD8B7 // ط U+0637
)

// derivedVerbalNoun reports whether r, which starts with a bare alef, has
// the shape of the verbal noun of a derived verb: افتعال (اجتماع, اعتقال,
// with the ت merged: اتفاق, اتجاه, or turned into ط or د: اضطراب, ازدياد), انفعال (انتخاب, انسحاب) or
// استفعال (استخدام, استئناف). Foreign names that start with an alef after
// a ب, ك or ل (باتريك, كانساس, بانكوك) seldom fit.
func derivedVerbalNoun(r string) bool {
	// the letters are two bytes each in the shapes tested
	l := func(i int) uint16 { return at2(r[min(2*i, len(r)):]) }
	switch {
	case l(1) == teh && l(3) == alef && l(4) != 0:
		return true // اتفاق
	case l(1) == seen && l(2) == teh && l(5) == alef && l(6) != 0:
		return true // استخدام
	case l(1) == noon && l(4) == alef && l(5) != 0:
		return true // انتخاب
	case l(1) != yeh && (l(2) == teh || l(2) == tah || l(2) == dal) && l(4) == alef && l(5) != 0:
		return true // اجتماع, اضطراب, ازدياد
	}
	return false
}

// stripSuffixes removes, in this order, each at most once and only while
// minLen letters remain: a pronoun (or ة); else a plural verb ending وا or
// an accusative ا; a plural or dual ending (see pluralEnding, and a ه
// before ات; not ين after ه); the ت of ة before a pronoun or dual; the nisba ي.
func stripSuffixes(w string, minLen int) string {
	if len(w) < 2 {
		return w
	}
	n := letters(w)
	last := func() uint16 { return uint16(w[len(w)-2])<<8 | uint16(w[len(w)-1]) }
	pron, afterHeh := false, false
	if r, ok := strings.CutSuffix(w, "ا"); ok && keepEnding()[r] {
		return r // مليونا: an accusative, not the pronoun نا
	}
	if c := last(); c == alef || c == meem || c == noon || c == heh {
		for _, p := range pronouns {
			if strings.HasSuffix(w, p) {
				if k := letters(p); n-k >= minLen {
					w, n, pron = w[:len(w)-len(p)], n-k, true
					afterHeh = p == "ه"
				}
				break
			}
		}
	}
	if !pron && last() == alef {
		// plural verb ending وا, or the accusative alef (عاما, مشيرا)
		if strings.HasSuffix(w, "وا") && n-2 >= minLen {
			w, n = w[:len(w)-len("وا")], n-2
		} else if n-1 >= minLen {
			w, n = w[:len(w)-len("ا")], n-1
		}
	}
	dual := false
	// After ه, which is mostly ة, ين is part of the word: بمدينة is not
	// بمد + ين + ة (a sound plural takes no ة, and drops its ن before a
	// pronoun).
	if p := pluralEnding(w, n); p != "" && !(afterHeh && p == "ين") && n-2 >= minLen {
		w, n = w[:len(w)-len(p)], n-2
		dual = p == "ين" || p == "ان"
		if p == "ات" && strings.HasSuffix(w, "ه") && n-1 >= minLen {
			// a radical ه before ات: its singular lost it above
			// (اتجاهات → اتجاه → اتجا, like اتجاه)
			w, n = w[:len(w)-len("ه")], n-1
		}
	}
	if (pron || dual) && strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "ات") && n-1 >= minLen {
		w, n = w[:len(w)-len("ت")], n-1 // ة spelled ت before a suffix
	}
	if strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "اي") && n-1 >= minLen {
		w = w[:len(w)-len("ي")] // nisba (not the radical ي of نهاية, بداية)
	}
	return w
}

// pluralEnding returns the sound plural or dual ending of w (n letters)
// that may be removed, or "": ات; ون and ين unless the word is one of
// keepEnding (see keeps) or, for ين, has the verbal-noun shape تفعين
// (تأمين, تعيين; see verbalNoun); ان only in the feminine dual تان (حكومتان), since so many
// words end in a radical ان (إعلان, طيران, مكان) and the dual is mostly
// written ين.
func pluralEnding(w string, n int) string {
	switch {
	case strings.HasSuffix(w, "ات"):
		return "ات"
	case strings.HasSuffix(w, "ون"):
		if keeps(w) {
			return ""
		}
		return "ون"
	case strings.HasSuffix(w, "ين"):
		if keeps(w) || verbalNoun(w, n) {
			return ""
		}
		return "ين"
	case strings.HasSuffix(w, "تان") && !strings.HasSuffix(w, "ستان"):
		return "ان"
	}
	return ""
}

// keeps reports whether w is one of keepEnding, or one behind a bare
// preposition or conjunction that the prefix rules leave on the word
// (لقانون, بملايين, فسيكون, لتكون).
func keeps(w string) bool {
	if keepEnding()[w] {
		return true
	}
	r, ok := cutLetter(w, "ب", "ل", "ك", "ف")
	return ok && keepEnding()[r]
}

// verbalNoun reports whether w (n letters) has the verbal-noun shape
// تفعين (تأمين, تحسين, تعيين), bare or behind ب, ل, ك or ف (لتحسين).
func verbalNoun(w string, n int) bool {
	if n == 6 {
		if r, ok := cutLetter(w, "ب", "ل", "ك", "ف"); ok {
			w, n = r, 5
		}
	}
	return n == 5 && strings.HasPrefix(w, "ت")
}

// hamzaAlefAt reports whether the k-th letter (from 0) of word, not
// counting vowel marks and tatweel, is أ, إ or آ, which normalize.Search
// turns into the bare alef of an apparent article.
func hamzaAlefAt(word string, k int) bool {
	for _, r := range word {
		if r == 0x0640 || r == 0x0670 || (r >= 0x064B && r <= 0x065F) {
			continue
		}
		if k == 0 {
			return r == 'أ' || r == 'إ' || r == 'آ'
		}
		k--
	}
	return false
}

// at2 is the letter code of the first two bytes of w (see at).
func at2(w string) uint16 {
	if len(w) < 2 {
		return 0
	}
	return uint16(w[0])<<8 | uint16(w[1])
}
