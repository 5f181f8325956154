package dates

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
	"golang.org/x/text/unicode/norm"
)

// Every rune, between two words of the lexicon, is what package alphabet
// says it is: a letter or a mark joins them into one (unknown) word, white
// space and the invisible controls separate them like a space, a digit of
// the three scripts is a number, anything else a punctuation token.
func TestRunesAgreeWithAlphabet(t *testing.T) {
	var toks []tok
	bad := 0
	for r := rune(0); r <= unicode.MaxRune && bad < 20; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r == utf8.RuneError {
			continue
		}
		if testing.Short() && r > 0x10000 {
			r += 96 // one rune in 97 above the BMP
			if r > unicode.MaxRune {
				break
			}
		}
		text := "أمس" + string(r) + "أمس"
		toks = tokenize(text, toks[:0])
		c := alphabet.Of(r)
		var ok bool
		switch {
		case c.IsLetter() || c == alphabet.Mark:
			ok = len(toks) == 1 && toks[0].kind == tWord && toks[0].end == len(text)
		case c.Invisible():
			ok = len(toks) == 2 && toks[1].e.c == cYesterday && toks[1].space
		case alphabet.DigitValue(r) >= 0:
			ok = len(toks) == 3 && toks[1].kind == tNum && toks[1].val == int64(alphabet.DigitValue(r))
		default:
			ok = len(toks) == 3 && toks[1].kind == tPunct && toks[1].val == int64(r) && !toks[2].space
		}
		if !ok {
			bad++
			t.Errorf("%U (class %d): tokens %+v", r, c, toks)
		}
	}
}

// The lexer folds every rune as alphabet.Fold does: a rune before مس reads
// as its folded key before مس (ﺃ as ا: أمس; ﻻ as لا: ل + أمس), and a rune
// folding drops (diacritics, tatweel, other marks) inside أمس leaves it أمس.
func TestFoldAgreesWithAlphabet(t *testing.T) {
	var toks []tok
	bad := 0
	for r := rune(0x80); r <= unicode.MaxRune && bad < 20; r++ {
		c := alphabet.Of(r)
		if !c.IsLetter() && c != alphabet.Mark {
			continue
		}
		key := string(alphabet.AppendKey(nil, string(r)))
		toks = tokenize(key+"مس", toks[:0])
		want := len(toks) == 1 && toks[0].e.c == cYesterday
		toks = tokenize(string(r)+"مس", toks[:0])
		if got := len(toks) == 1 && toks[0].e.c == cYesterday; got != want {
			bad++
			t.Errorf("%U+مس: yesterday %v, key %q", r, got, key)
		}
		toks = tokenize("أم"+string(r)+"س", toks[:0])
		if got, want := len(toks) == 1 && toks[0].e.c == cYesterday, key == ""; got != want {
			bad++
			t.Errorf("أم+%U+س: yesterday %v, key %q", r, got, key)
		}
	}
	for _, r := range "؛:;.!?؟…\n\r\u2028\u2029" {
		if !isSentenceEnd(r) {
			t.Errorf("%U does not end a clause", r)
		}
	}
	for _, r := range "،, «»()-" {
		if isSentenceEnd(r) {
			t.Errorf("%U ends a clause", r)
		}
	}
}

var sunday = time.Date(2020, 10, 6, 12, 0, 0, 0, time.UTC) // a Tuesday; أمس الأحد is the 4th

// findDay returns the expressions of text that resolve to the day
// 2020-10-04 and how many expressions there are in all.
func findDay(text string) (hits []Expression, all int) {
	out := Find(text, sunday)
	for _, e := range out {
		if e.From.Format("2006-01-02") == "2020-10-04" && e.To.Format("2006-01-02") == "2020-10-05" {
			hits = append(hits, e)
		}
	}
	return hits, len(out)
}

// A zero-width space or a thin space between أمس and الأحد is a space, as
// it is for package tokenize: one expression, yesterday Sunday.
func TestInvisibleSpaceBetweenWords(t *testing.T) {
	for _, sp := range []string{"\u200B", "\u2009", "\u202F", "\u200F", "\u00A0", "\u2060", "\u200C"} {
		text := "وصل الوفد أمس" + sp + "الأحد إلى المدينة"
		hits, all := findDay(text)
		if len(hits) != 1 || all != 1 || hits[0].Text != "أمس"+sp+"الأحد" {
			t.Errorf("%+q: %d hits of %d: %+v", sp, len(hits), all, Find(text, sunday))
		}
	}
}

// presentationForms writes s in Arabic presentation forms: each letter as
// the first form of U+FE70..U+FEFF whose NFKC form it is, ل + ا as the
// ligature ﻻ.
func presentationForms(s string) string {
	forms := map[string]rune{}
	for r := rune(0xFEFC); r >= 0xFE70; r-- {
		if k := norm.NFKC.String(string(r)); k != string(r) {
			forms[k] = r
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if f, ok := forms[s[i:min(i+4, len(s))]]; ok && strings.HasPrefix(s[i:], "لا") {
			b.WriteRune(f)
			i += 4
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := forms[string(r)]; ok {
			b.WriteRune(f)
		} else {
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// Text written in presentation forms (old PDFs, some feeds) gives the same
// dates as the same text in ordinary letters.
func TestPresentationForms(t *testing.T) {
	for _, text := range []string{
		"وصل الوفد أمس الأحد إلى القاهرة",
		"قال الوزير إنه سيزور لبنان في 12 نوفمبر المقبل",
		"وقعت الاتفاقية في الأول من يناير 2019",
		"سيعقد الاجتماع الثلاثاء المقبل",
	} {
		p := presentationForms(text)
		if p == text || strings.ContainsAny(p, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
			t.Fatalf("not in presentation forms: %s", p)
		}
		want, got := Find(text, sunday), Find(p, sunday)
		if len(want) == 0 || len(got) != len(want) {
			t.Errorf("%s: %d expressions, %d in presentation forms", text, len(want), len(got))
			continue
		}
		for i := range want {
			if !got[i].From.Equal(want[i].From) || !got[i].To.Equal(want[i].To) || got[i].Text != p[got[i].Start:got[i].End] {
				t.Errorf("%s: %+v in presentation forms, %+v in letters", text, got[i], want[i])
			}
		}
	}
}

// أمس written with any diacritic, Quranic marks included, is found. (U+06DD
// END OF AYAH, which normalize's Diacritics removes too, is a visible sign
// around a verse number, never written on a letter: a symbol for every
// tokenizer here.)
func TestDiacriticsInsideWords(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x10000; r++ {
		if !alphabet.IsDiacritic(r) || r == 0x06DD {
			continue
		}
		n++
		text := "وصل الوفد أم" + string(r) + "س الأحد"
		if hits, _ := findDay(text); len(hits) != 1 || hits[0].Text != "أم"+string(r)+"س الأحد" {
			t.Errorf("%U: %+v", r, Find(text, sunday))
		}
	}
	if n != 56 { // U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED but U+06DD
		t.Errorf("only %d diacritics", n)
	}
}
