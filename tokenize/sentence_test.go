package tokenize

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

func sentTexts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func checkSentences(t testing.TB, s string, ss []Sentence) {
	t.Helper()
	prev := 0
	for _, sn := range ss {
		if sn.Start < prev || sn.End <= sn.Start || sn.End > len(s) || s[sn.Start:sn.End] != sn.Text {
			t.Fatalf("%+q: bad sentence %+q at %d..%d (prev end %d)", s, sn.Text, sn.Start, sn.End, prev)
		}
		prev = sn.End
	}
}

func TestSentencesRules(t *testing.T) {
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"full stop", "وصل الوفد. وبدأ الاجتماع.", []string{"وصل الوفد.", "وبدأ الاجتماع."}},
		{"acronym and site name in Arabic", "نقلت سي.آي.إيه عن العربية.نت الخبر. ثم نفته.", []string{"نقلت سي.آي.إيه عن العربية.نت الخبر.", "ثم نفته."}},
		{"missing space after the stop", "انتهى الاجتماع.وقال الوزير", []string{"انتهى الاجتماع.", "وقال الوزير"}},
		{"stop after a model name", "قمة مجموعة G20. وبدأ الاجتماع", []string{"قمة مجموعة G20.", "وبدأ الاجتماع"}},
		{"closing guillemet before the stop", "وأضاف: «هذا رقم قياسي». ثم غادر.", []string{"وأضاف: «هذا رقم قياسي».", "ثم غادر."}},
		{"closing guillemet after the stop", "قال: «انتهى الأمر.» ثم غادر", []string{"قال: «انتهى الأمر.»", "ثم غادر"}},
		{"straight quote after the stop", `قال "انتهى." وغادر`, []string{`قال "انتهى."`, "وغادر"}},
		{"bracket after the question mark", "(هل انتهى؟) نعم", []string{"(هل انتهى؟)", "نعم"}},
		{"arabic question and exclamation", "هل هذا صحيح؟! نعم! لا?", []string{"هل هذا صحيح؟!", "نعم!", "لا?"}},
		{"ellipsis", "ثم… انتظر... حسنا", []string{"ثم…", "انتظر...", "حسنا"}},
		{"no split inside a number", "بلغ النمو 3.5 في المئة. وقال", []string{"بلغ النمو 3.5 في المئة.", "وقال"}},
		{"no split after a dotted abbreviation", "نقلت أ.ف.ب عن د. محمد قوله. ثم", []string{"نقلت أ.ف.ب عن د. محمد قوله.", "ثم"}},
		{"split after a year with its era letter", "افتتح عام 1932م. ولكن", []string{"افتتح عام 1932م.", "ولكن"}},
		{"no split inside a url", "زوروا www.almayadeen.net. شكرا", []string{"زوروا www.almayadeen.net.", "شكرا"}},
		{"no split inside an email", "راسلوا info@example.com للمزيد. شكرا", []string{"راسلوا info@example.com للمزيد.", "شكرا"}},
		{"paragraph break", "عنوان الخبر\n\nنص الخبر", []string{"عنوان الخبر", "نص الخبر"}},
		{"paragraph break with spaces and CRLF", "عنوان\r\n \r\nنص", []string{"عنوان", "نص"}},
		{"paragraph separator", "عنوان\u2029نص", []string{"عنوان", "نص"}},
		{"a single line break ends a headline", "عنوان الخبر\nنص الخبر.", []string{"عنوان الخبر", "نص الخبر."}},
		{"a line without a final stop", "وعضته في كتفه\nوأشار إلى أنه لجأ إلى القضاء.", []string{"وعضته في كتفه", "وأشار إلى أنه لجأ إلى القضاء."}},
		{"list items after a colon", "على مرحلتين:\n- الأولى\n- الثانية", []string{"على مرحلتين:", "- الأولى", "- الثانية"}},
		{"CRLF and line separator", "سطر\r\nسطر ثان\u2028ثالث", []string{"سطر", "سطر ثان", "ثالث"}},
		{"a comma carries the sentence over the line", "سجل انهياراً تاريخياً،\nأما سعر الذهب فارتفع.", []string{"سجل انهياراً تاريخياً،\nأما سعر الذهب فارتفع."}},
		{"a semicolon too", "الأول؛\nوالثاني.", []string{"الأول؛\nوالثاني."}},
		{"but not over a blank line", "الأول،\n\nالثاني.", []string{"الأول،", "الثاني."}},
		{"nor over a paragraph separator", "الأول،\u2029الثاني.", []string{"الأول،", "الثاني."}},
		{"nor over a CRLF blank line", "الأول،\r\n\r\nالثاني.", []string{"الأول،", "الثاني."}},
		{"a stop and a line break split once", "انتهى.\nثم بدأ.", []string{"انتهى.", "ثم بدأ."}},
		{"latin titles before names", "قال Mr. Smith إن Dr. Ali وصل. ثم غادر St. Mary's.", []string{"قال Mr. Smith إن Dr. Ali وصل.", "ثم غادر St. Mary's."}},
		{"a latin word that is no title", "وقالت رويترز Reuters. وتابعت", []string{"وقالت رويترز Reuters.", "وتابعت"}},
		{"white space and controls trimmed", "  \u200fجملة.\u200f  ", []string{"جملة."}},
		{"empty", "", []string{}},
		{"only space", " \n\n ", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ss := Sentences(tc.in)
			checkSentences(t, tc.in, ss)
			equal(t, tc.want, sentTexts(ss), "%+q", tc.in)
			var it []Sentence
			for sn := range AllSentences(tc.in) {
				it = append(it, sn)
			}
			equal(t, len(ss), len(it))
		})
	}
}

func TestSentencesSeed(t *testing.T) {
	s := shared.Seed(t)
	ss := Sentences(s)
	checkSentences(t, s, ss)
	if len(ss) != 20 {
		t.Errorf("%d sentences; the seed has 20 (a title, 18 sentences, the source line)", len(ss))
	}
	if ss[0].Text != "روحاني وعلييف يؤكدان التعاون على حل الأزمة في ناغورنو كاراباخ" {
		t.Errorf("first sentence (the title) is %q", ss[0].Text)
	}
	if last := ss[len(ss)-1]; last.Text != "المصدر: الميادين نت" || last.End != len(s) {
		t.Errorf("last sentence is %q ending at %d", last.Text, last.End)
	}
	for _, sn := range ss[1 : len(ss)-1] {
		if strings.Contains(sn.Text, "\n") {
			t.Errorf("sentence spans a line break: %q", sn.Text)
		}
	}
}

// A Splitter fed the tokens of real news finds exactly the sentences that
// Sentences finds, and ignores a token that is not the next one.
func TestSplitterOnNews(t *testing.T) {
	texts := []string{"", "قال: «هذا رقم قياسي». ثم غادر.\n\nفقرة ثانية بلا نقطة", "وأضاف: «هذا رقم قياسي».", "3.5 مليون؟! نعم…", "قال، \"نعم\", ثم غادر. \"لا\"، قالت ،و\"هنا\"\n\"سطر\"، ثان"}
	if shared.Dir() != "" {
		texts = append(texts, shared.News(t, 1<<20))
	}
	for _, s := range texts {
		toks := Tokens(s)
		got, want := splitAll(s, toks), Sentences(s)
		if !equalSentences(got, want) {
			t.Fatalf("Splitter: %d sentences, Sentences: %d", len(got), len(want))
		}
		if len(toks) > 1 {
			sp := NewSplitter(s)
			sp.Add(toks[1])
			if _, ok := sp.Add(toks[0]); ok {
				t.Errorf("a token before the last one must be ignored")
			}
		}
	}
}

// AddTokens finds what Add finds token by token, on real news fed in one
// slice and in uneven pieces, and on texts whose tokens come out of order.
func TestSplitterAddTokens(t *testing.T) {
	texts := []string{"", "قال: «هذا رقم قياسي». ثم غادر.\n\nفقرة ثانية بلا نقطة", "Mr. Smith met Dr. Ali.  Then he left!", "3.5 مليون؟! نعم…", "قال، \"نعم\", ثم غادر. \"لا\"، قالت ،و\"هنا\"\n\"سطر\"، ثان"}
	if shared.Dir() != "" {
		texts = append(texts, shared.News(t, 1<<20))
	}
	for _, s := range texts {
		toks := Tokens(s)
		want := splitAll(s, toks)
		for _, piece := range []int{len(toks) + 1, 7, 1} {
			sp := NewSplitter(s)
			var got []Sentence
			for i := 0; i < len(toks); i += piece {
				got = sp.AddTokens(got, toks[i:min(i+piece, len(toks))])
			}
			if sn, ok := sp.Flush(); ok {
				got = append(got, sn)
			}
			if !equalSentences(got, want) {
				t.Fatalf("pieces of %d: AddTokens found %d sentences, Add %d", piece, len(got), len(want))
			}
		}
		if len(toks) > 2 { // out of order: the same as Add
			bad := []Token{toks[2], toks[0], toks[1]}
			sp, sq := NewSplitter(s), NewSplitter(s)
			got := sp.AddTokens(nil, bad)
			var want []Sentence
			for _, tk := range bad {
				if sn, ok := sq.Add(tk); ok {
					want = append(want, sn)
				}
			}
			if !equalSentences(got, want) {
				t.Fatalf("out of order: AddTokens %v, Add %v", got, want)
			}
		}
	}
}
