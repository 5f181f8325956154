package dates

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// countWords are the words of a count that are not numbers in the lexicon:
// times (مرة، مرتين، مرات) and the large units of amounts (مليون، مليار).
var countWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, f := range strings.Fields("مرة مرتين مرتان مرات مليون ملايين مليار مليارات ألف آلاف") {
		m[string(foldWord(&buf, f))] = true
	}
	return m
})

// perDay reports whether اليوم, which starts at byte start, closes a rate:
// في right before it and a count one or two words before في, with only
// spaces between (درس واحد في اليوم، 40 سيجارة في اليوم، مليون برميل في
// اليوم، مرتين في اليوم، 14 ساعة في اليوم). A rate names no day, as ستة
// أيام في الأسبوع names no week.
func (p *parser) perDay(start int) bool {
	var buf [64]byte
	s, e, ok := p.prevWord(start)
	if !ok || strings.Trim(p.text[e:start], " ") != "" || string(foldWord(&buf, p.text[s:e])) != "في" {
		return false
	}
	i := s
	for n := 0; n < 2; n++ {
		j := i
		for j > 0 && p.text[j-1] == ' ' {
			j--
		}
		if j == i || j == 0 {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(p.text[:j])
		if unicode.IsDigit(r) {
			return true
		}
		if !isWordRune(r) {
			return false // punctuation ends the clause
		}
		ws, we, ok := p.prevWord(j)
		if !ok || we != j {
			return false
		}
		w := foldWord(&buf, p.text[ws:we])
		if countWords()[string(w)] {
			return true
		}
		if en, fl := lexTable().find(w); fl&fDef == 0 {
			switch en.c {
			case cNum, cTeen, cHundred, cThousand:
				return true
			}
		}
		i = ws
	}
	return false
}
