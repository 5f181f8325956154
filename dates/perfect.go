package dates

import (
	"strings"
	"sync"
)

// The tense lists of tense.go know the frequent verbs; a perfect verb
// they do not know (واقتربت المبيعات خلال 3 أسابيع، وانسحبوا بعد يومين)
// left its clause without a tense, so an amount of time after it was read
// from the anchor. perfectBefore reads the shape of the perfect instead
// of a list: a third person feminine in ت or a plural in وا, opening its
// sentence or glued to و / ف, as a story goes on (واقتربت، فانسحبوا). A
// perfect deep inside a clause is left alone: it is too often the verb of
// a decision whose complement points ahead (قالت إن بريطانيا قررت طرد
// دبلوماسيين خلال أسبوع), and so are the verbs of asking, granting,
// deciding and forecasting wherever they stand (وطلبت منهما مغادرة البلاد
// خلال 48 ساعة، توقعت دراسة نموا في غضون سنة).

// aheadVerbs are perfect stems whose complement points ahead of them.
var aheadVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, f := range strings.Fields("طلب أمهل منح أعطى أعط قرر توقع وعد تعهد هدد أمر اقترح أوصى أوص حدد اشترط ألزم اعتزم خطط دعا دع سمح أتاح أتح منع") {
		m[string(foldInto(buf[:0], f))] = true
	}
	return m
})

// perfectShape reports whether text[s:e] is shaped like a perfect verb of
// the third person feminine (ت) or plural (وا) glued to و / ف, or opening
// its sentence (first says it does), and returns the letters of its stem.
func (p *parser) perfectShape(s, e int, first bool) bool {
	var buf [64]byte
	b := p.foldAt(&buf, s, e) // read only
	if len(b) < 8 || len(b)%2 != 0 {
		return false
	}
	conj := string(b[:2]) == "و" || string(b[:2]) == "ف"
	if conj {
		b = b[2:]
	} else if !first {
		return false
	}
	n := len(b) / 2 // Arabic letters are two bytes folded
	if n < 4 || n > 7 {
		return false
	}
	letter := func(k int) string { // the k-th letter, from the end when k < 0
		if k < 0 {
			k += n
		}
		return string(b[2*k : 2*k+2])
	}
	switch letter(0) {
	case "ي", "ن", "م": // an imperfect (يقتربون) or a participle/noun (مؤقت)
		return false
	}
	if letter(0) == "ا" && letter(1) == "ل" {
		return false // the article: a noun
	}
	for i := 0; i < n; i++ {
		if b[2*i] != 0xD8 && b[2*i] != 0xD9 {
			return false // not all Arabic letters
		}
	}
	stem := b[:len(b)-2]
	if letter(-1) == "ا" {
		stem = b[:len(b)-4]
	}
	if aheadVerbs()[string(stem)] {
		return false // طلبت، توقعت، قرروا: the complement points ahead
	}
	switch {
	case letter(-1) == "ت":
		switch letter(-2) {
		case "ا", "و", "ي": // ات، وت، يت: plural nouns and loans (انتخابات، بيروت، بسكويت)
			return false
		}
		return true
	case letter(-1) == "ا" && letter(-2) == "و":
		return letter(0) != "ت" // تغادروا is an imperfect
	}
	return false
}

// perfectBefore reports whether the clause before byte start opens with a
// perfect verb of perfectShape's kind, or holds a masculine perfect of
// verbs.go's list, within a few words and with no word of another tense,
// report or condition between (an imperfect of the list ends the search).
func (p *parser) perfectBefore(start int) bool {
	i := start
	for n := 0; n < 8; n++ {
		s, e, ok := p.prevWord(i)
		if !ok {
			return false
		}
		t, _, stop, comp, report := p.wordMark(s, e, false)
		if stop || comp || report || t != 0 || p.complementizer(s, e) {
			return false
		}
		switch p.verbForm(s, e) { // verbs.go: وغادر، رحل، أمضى؛ يعود
		case 1:
			return !p.conditional(s)
		case -1:
			return false
		}
		_, _, firstOK := p.prevWord(s)
		if p.perfectShape(s, e, !firstOK) {
			return !p.conditional(s)
		}
		i = s
	}
	return false
}

// perfectNear is perfectBefore, or a masculine perfect of verbs.go's list
// among the few words right after the amount text[:end] in the same
// clause (وبعد عامين عاد إلى ناديه، وخلال 4 سنوات أصبح نائبا).
func (p *parser) perfectNear(start, end int) bool {
	if p.perfectBefore(start) {
		return true
	}
	i := end
	for n := 0; n < 3; n++ {
		s, e, comma, stop := p.nextWord(i)
		if stop || comma {
			return false
		}
		if t, _, stopw, comp, report := p.wordMark(s, e, true); t != 0 || stopw || comp || report {
			return false
		}
		switch p.verbForm(s, e) {
		case 1:
			return true
		case -1:
			return false
		}
		i = e
	}
	return false
}
