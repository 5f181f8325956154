package tokenize

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "قال الرئيس الإيراني حسن روحاني في اتصال هاتفي مع نظيره، إن \"السلام\" مهم.",
	"و\"إسرائيل\" أ.ف.ب د. U.S. ١٬٠٠٠٫٥ 1,000.5 10:30 2024-01-05 ٥/١/٢٠٢٤ -3 50% بـ50 و2024",
	"https://example.com/a_(b)?c=1. www.x.net، info@example.com. aljazeera.net/news",
	"#الانتخابات_الرئاسية @وزارة_الصحة 👍🏽 🇪🇬 👨\u200d👩\u200d👧 ❤️",
	"\u200fمصر\u200e \ufeff\u202bليبيا\u202c می\u200cخواهم \u064e",
	"\xff\xd8\xe2\x80 مصر\xed\xa0\x80 \xf0\x9f\x91", "وأضاف: «هذا رقم قياسي». ثم\n\nغادر؟!",
	"وبالحكومة", "للحكومة", "لأميركا", "حكومته", "وَبِالْحُكُومَةِ",
	"قالت سي.إن.إن وبي.بي.سي للعربية.نت. له.في الماضي.وقال S60. #\u200eاليمن @\u200f",
	"التي والذي عبدالله الآن للذين a-a-a-a-a-a-a-a-x@example.com x.comx.comx.com",
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		checkSpans(t, s, toks)
		i := 0
		for sp := range AllBytes([]byte(s)) {
			if i >= len(toks) || sp.Start != toks[i].Start || sp.End != toks[i].End || sp.Kind != toks[i].Kind {
				t.Fatalf("%+q: AllBytes differs from Tokens at token %d", s, i)
			}
			i++
		}
		if i != len(toks) {
			t.Fatalf("%+q: AllBytes gives %d tokens, Tokens %d", s, i, len(toks))
		}
		prev := 0
		for _, tk := range toks {
			for k := prev; k < tk.Start; {
				r, w := utf8.DecodeRuneInString(s[k:tk.Start])
				if c := classOf(r); !(w == 1 && r == utf8.RuneError) && c != cSpace && c != cBreak && c != cInvis && c != cJoin && c != cMark && c != cTag {
					t.Fatalf("%+q: %+q (class %d) between tokens at %d", s, r, c, k)
				}
				k += w
			}
			prev = tk.End
			first, _ := utf8.DecodeRuneInString(tk.Text)
			last, _ := utf8.DecodeLastRuneInString(tk.Text)
			if c := classOf(first); c == cInvis || c == cJoin || c == cBreak || c == cMark || c == cSpace {
				t.Fatalf("%+q: token %+q starts with %+q", s, tk.Text, first)
			}
			if c := classOf(last); c == cInvis || c == cJoin || c == cBreak || c == cSpace {
				t.Fatalf("%+q: token %+q ends with %+q", s, tk.Text, last)
			}
			if tk.Kind < Word || tk.Kind > Emoji {
				t.Fatalf("%+q: token %+q has kind %v", s, tk.Text, tk.Kind)
			}
			if !utf8.ValidString(tk.Text) {
				t.Fatalf("%+q: token %+q is invalid UTF-8", s, tk.Text)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ss := Sentences(s)
		checkSentences(t, s, ss)
		// every token lies inside exactly one sentence
		toks := Tokens(s)
		k := 0
		for _, tk := range toks {
			for k < len(ss) && ss[k].End <= tk.Start {
				k++
			}
			if k >= len(ss) || tk.Start < ss[k].Start || tk.End > ss[k].End {
				t.Fatalf("%+q: token %+q at %d is in no sentence", s, tk.Text, tk.Start)
			}
		}
		if len(toks) > 0 && (ss[0].Start != toks[0].Start || ss[len(ss)-1].End != toks[len(toks)-1].End) {
			t.Fatalf("%+q: sentences do not span the tokens", s)
		}
		// A Splitter fed the tokens finds the same sentences.
		if got := splitAll(s, toks); !equalSentences(got, ss) {
			t.Fatalf("%+q: Splitter found %v, Sentences %v", s, got, ss)
		}
		sp := NewSplitter(s)
		got := sp.AddTokens(nil, toks)
		if sn, ok := sp.Flush(); ok {
			got = append(got, sn)
		}
		if !equalSentences(got, ss) {
			t.Fatalf("%+q: AddTokens found %v, Sentences %v", s, got, ss)
		}
	})
}

func splitAll(s string, toks []Token) []Sentence {
	var out []Sentence
	sp := NewSplitter(s)
	for _, tk := range toks {
		if sn, ok := sp.Add(tk); ok {
			out = append(out, sn)
		}
	}
	if sn, ok := sp.Flush(); ok {
		out = append(out, sn)
	}
	return out
}

func equalSentences(a, b []Sentence) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzClitics(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkSplit(t, w, Clitics(w))
		cs := Candidates(w)
		if w == "" {
			if cs != nil {
				t.Fatal("candidates for the empty word")
			}
			return
		}
		if len(cs) == 0 || cs[0].Stem.Text != w {
			t.Fatalf("%+q: the first candidate is not the whole word", w)
		}
		for i, c := range cs {
			checkSplit(t, w, c)
			if i > 1 && c.Stem.End-c.Stem.Start > cs[i-1].Stem.End-cs[i-1].Stem.Start {
				t.Fatalf("%+q: candidates not longest stem first", w)
			}
		}
	})
}
