package tokenize

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// kt renders tokens as "Kind:text" for compact table tests.
func kt(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Kind.String() + ":" + t.Text
	}
	return out
}

// checkSpans asserts the invariants every tokenization keeps: ordered,
// non-overlapping, non-empty spans whose Text is the slice of s.
func checkSpans(t testing.TB, s string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("%+q: bad token %+q at %d..%d (prev end %d)", s, tk.Text, tk.Start, tk.End, prev)
		}
		prev = tk.End
	}
}

func TestTokensRules(t *testing.T) {
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"diacritics stay inside", "الْمُعَلِّمُونَ", []string{"Word:الْمُعَلِّمُونَ"}},
		{"tatweel stays inside", "العـــربية", []string{"Word:العـــربية"}},
		{"ZWNJ stays inside", "می\u200cخواهم", []string{"Word:می\u200cخواهم"}},
		{"shadda and tanween", "الروسيّة سوريّاً", []string{"Word:الروسيّة", "Word:سوريّاً"}},
		{"dotted abbreviation", "نقلت أ.ف.ب الخبر", []string{"Word:نقلت", "Word:أ.ف.ب", "Word:الخبر"}},
		{"doctor abbreviation", "قال د. محمد", []string{"Word:قال", "Word:د.", "Word:محمد"}},
		{"abbreviation glued to a name", "د.محمد", []string{"Word:د.", "Word:محمد"}},
		{"latin abbreviation", "the U.S. army", []string{"Word:the", "Word:U.S.", "Word:army"}},
		{"era letter after a year keeps no dot", "عام 1932م. ولكن", []string{"Word:عام", "Number:1932", "Word:م", "Punct:.", "Word:ولكن"}},
		{"before christ after a year", "عام 300ق.م في", []string{"Word:عام", "Number:300", "Word:ق.م", "Word:في"}},
		{"model name with digits keeps no dot", "هاتف نوكيا S60. وقال", []string{"Word:هاتف", "Word:نوكيا", "Word:S60", "Punct:.", "Word:وقال"}},
		{"code glued to a clitic keeps no dot", "المعروفة بـB1.", []string{"Word:المعروفة", "Word:بـ", "Word:B1", "Punct:."}},
		{"acronym in Arabic letter names", "قالت شبكة سي.إن.إن إن", []string{"Word:قالت", "Word:شبكة", "Word:سي.إن.إن", "Word:إن"}},
		{"acronym with a clitic, stop after it", "أكده لبي.بي.سي.", []string{"Word:أكده", "Word:لبي.بي.سي", "Punct:."}},
		{"site name in Arabic", "قال للعربية.نت إن موقع بيت.كوم، ", []string{"Word:قال", "Word:للعربية.نت", "Word:إن", "Word:موقع", "Word:بيت.كوم", "Punct:،"}},
		{"missing space after a stop is no acronym", "في الماضي.وقال ذلك.ثم له.في", []string{"Word:في", "Word:الماضي", "Punct:.", "Word:وقال", "Word:ذلك", "Punct:.", "Word:ثم", "Word:له", "Punct:.", "Word:في"}},
		{"direction mark after the hash", "في #\u200eاليمن عبر @\u200fوزارة_الصحة", []string{"Word:في", "Hashtag:#\u200eاليمن", "Word:عبر", "Mention:@\u200fوزارة_الصحة"}},
		{"direction mark and no name", "# \u200e #\u200e", []string{"Punct:#", "Punct:#"}},
		{"ordinary full stop", "انتهى الاجتماع.", []string{"Word:انتهى", "Word:الاجتماع", "Punct:."}},
		{"arabic-indic group and decimal", "١٬٠٠٠٫٥", []string{"Number:١٬٠٠٠٫٥"}},
		{"latin group and decimal", "1,000.5", []string{"Number:1,000.5"}},
		{"extended arabic-indic digits", "۱۴۰۳", []string{"Number:۱۴۰۳"}},
		{"time", "الساعة 10:30 صباحا", []string{"Word:الساعة", "Number:10:30", "Word:صباحا"}},
		{"iso date", "2024-01-05", []string{"Number:2024-01-05"}},
		{"arabic date", "٥/١/٢٠٢٤", []string{"Number:٥/١/٢٠٢٤"}},
		{"signed", "-3 و+5", []string{"Number:-3", "Word:و", "Symbol:+", "Number:5"}},
		{"signed in brackets", "(-2.5)", []string{"Punct:(", "Number:-2.5", "Punct:)"}},
		{"hyphen after a word is punctuation", "COVID-19", []string{"Word:COVID", "Punct:-", "Number:19"}},
		{"number then full stop", "عام 2020.", []string{"Word:عام", "Number:2020", "Punct:."}},
		{"number then comma", "93، و", []string{"Number:93", "Punct:،", "Word:و"}},
		{"percent is a symbol", "50% و٣٠٪", []string{"Number:50", "Symbol:%", "Word:و", "Number:٣٠", "Symbol:٪"}},
		{"letter glued to digits", "و2024", []string{"Word:و", "Number:2024"}},
		{"tatweel glued to digits", "بـ50", []string{"Word:بـ", "Number:50"}},
		{"digits glued to letters", "2020م", []string{"Number:2020", "Word:م"}},
		{"ascii alphanumerics", "قمة G20 في", []string{"Word:قمة", "Word:G20", "Word:في"}},
		{"url with scheme", "انظر https://example.com/a?b=1.", []string{"Word:انظر", "URL:https://example.com/a?b=1", "Punct:."}},
		{"url with arabic comma", "http://x.org/p، ثم", []string{"URL:http://x.org/p", "Punct:،", "Word:ثم"}},
		{"www", "www.almayadeen.net.", []string{"URL:www.almayadeen.net", "Punct:."}},
		{"bare domain", "موقع aljazeera.net/news/2020 اليوم", []string{"Word:موقع", "URL:aljazeera.net/news/2020", "Word:اليوم"}},
		{"bare domain needs a known tld", "file.xyz", []string{"Word:file", "Punct:.", "Word:xyz"}},
		{"missing space is not a domain", "done.It", []string{"Word:done", "Punct:.", "Word:It"}},
		{"url in brackets", "(https://en.wikipedia.org/wiki/A_(b))", []string{"Punct:(", "URL:https://en.wikipedia.org/wiki/A_(b)", "Punct:)"}},
		{"url in guillemets", "«https://a.com/x»", []string{"Punct:«", "URL:https://a.com/x", "Punct:»"}},
		{"email", "راسلونا على info@example.com.", []string{"Word:راسلونا", "Word:على", "Email:info@example.com", "Punct:."}},
		{"email then arabic comma", "a.b-c@news.co.uk، و", []string{"Email:a.b-c@news.co.uk", "Punct:،", "Word:و"}},
		{"hashtag", "#الانتخابات_الرئاسية", []string{"Hashtag:#الانتخابات_الرئاسية"}},
		{"hashtag then comma", "#مصر، ", []string{"Hashtag:#مصر", "Punct:،"}},
		{"digits only is no hashtag", "#1", []string{"Punct:#", "Number:1"}},
		{"mention", "@وزارة_الصحة", []string{"Mention:@وزارة_الصحة"}},
		{"latin mention", "عبر @Reuters:", []string{"Word:عبر", "Mention:@Reuters", "Punct::"}},
		{"skin tone", "👍🏽", []string{"Emoji:👍🏽"}},
		{"flag", "🇪🇬🇸🇦", []string{"Emoji:🇪🇬", "Emoji:🇸🇦"}},
		{"zwj sequence", "👨\u200d👩\u200d👧 هنا", []string{"Emoji:👨\u200d👩\u200d👧", "Word:هنا"}},
		{"keycaps", "1️⃣ #⃣ 2", []string{"Emoji:1️⃣", "Emoji:#⃣", "Number:2"}},
		{"variation selector", "❤️!", []string{"Emoji:❤️", "Punct:!"}},
		{"arabic punctuation", "لماذا؟ نعم؛ «لا»", []string{"Word:لماذا", "Punct:؟", "Word:نعم", "Punct:؛", "Punct:«", "Word:لا", "Punct:»"}},
		{"symbols", "$5 €3 © 30°", []string{"Symbol:$", "Number:5", "Symbol:€", "Number:3", "Symbol:©", "Number:30", "Symbol:°"}},
		{"ellipsis", "ثم... و…", []string{"Word:ثم", "Punct:...", "Word:و", "Punct:…"}},
		{"quotes glued to clitic", `و"إسرائيل"`, []string{"Word:و", `Punct:"`, "Word:إسرائيل", `Punct:"`}},
		{"bullet and no-break space", "  •\u00a0 الرئيس", []string{"Punct:•", "Word:الرئيس"}},
		{"controls are never tokens", "\u200fمصر\u200e \ufeff\u202bليبيا\u202c\u2066تونس\u2069", []string{"Word:مصر", "Word:ليبيا", "Word:تونس"}},
		{"soft hyphen and word joiner inside a word stay", "مص\u00adر ب\u2060ر", []string{"Word:مص\u00adر", "Word:ب\u2060ر"}},
		{"bidi controls separate", "مص\u200fر", []string{"Word:مص", "Word:ر"}},
		{"zwsp separates", "مصر\u200bليبيا", []string{"Word:مصر", "Word:ليبيا"}},
		{"lone marks are never tokens", " \u064e \u0651مصر", []string{"Word:مصر"}},
		{"trailing zwnj is no edge", "کتاب\u200c ", []string{"Word:کتاب"}},
		{"alm before digits", "\u061c٥٠", []string{"Number:٥٠"}},
		{"invalid bytes separate", "مصر\xffليبيا\xd8", []string{"Word:مصر", "Word:ليبيا"}},
		{"arabic glued to latin", "التاليwww.ifid.org.tn. موقعPhys.orgالعلمي", []string{"Word:التالي", "URL:www.ifid.org.tn", "Punct:.", "Word:موقع", "URL:Phys.org", "Word:العلمي"}},
		{"latin letters of other scripts stay", "café Ελλάδα", []string{"Word:café", "Word:Ελλάδα"}},
		{"apostrophe", "O'Brien said", []string{"Word:O'Brien", "Word:said"}},
		{"empty", "", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			toks := Tokens(tc.in)
			checkSpans(t, tc.in, toks)
			equal(t, tc.want, kt(toks), "%+q", tc.in)
		})
	}
}

// Between two tokens there is only white space, invisible controls, lone
// combining marks and invalid bytes; no token starts or ends with a control
// or ZWNJ/ZWJ (except inside an emoji ZWJ sequence, which ends with an emoji).
func TestGapsAndEdges(t *testing.T) {
	inputs := []string{
		"\u200fقال\u200f: «هذا\u200c» \ufeff١٠٪\u061c\n\t\u202a#وسم\u202c @x 👍🏽\u200d",
		"a\u0300 \u0301b \u2066c\u2069",
	}
	for _, s := range inputs {
		prev := 0
		for _, tk := range Tokens(s) {
			for _, r := range s[prev:tk.Start] {
				c := classOf(r)
				if c != cSpace && c != cInvis && c != cJoin && c != cBreak && c != cMark && r != utf8.RuneError {
					t.Errorf("%+q: %+q between tokens", s, r)
				}
			}
			first, _ := utf8.DecodeRuneInString(tk.Text)
			last, _ := utf8.DecodeLastRuneInString(tk.Text)
			for _, r := range []rune{first, last} {
				if c := classOf(r); c == cInvis || c == cJoin || c == cBreak {
					t.Errorf("%+q: token %+q has %+q at its edge", s, tk.Text, r)
				}
			}
			prev = tk.End
		}
	}
}

// Every rune of the BMP alone and between two words: no panic, spans valid,
// and a rune is a token exactly when it is visible.
func TestEveryRune(t *testing.T) {
	for r := rune(0); r < 0x10000; r += 1 {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "ب" + string(r) + " x"
		toks := Tokens(s)
		checkSpans(t, s, toks)
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, s := range []string{"\xff", "\xd8", "\xe2\x80", "مصر\xed\xa0\x80", "\xf0\x9f\x91", "1\xff2", "#\xff", "@\xffx", "a@\xff.com"} {
		toks := Tokens(s)
		checkSpans(t, s, toks)
		for _, tk := range toks {
			if !utf8.ValidString(tk.Text) {
				t.Errorf("%+q: token %+q is invalid UTF-8", s, tk.Text)
			}
		}
	}
}

func TestDecodeMatchesUTF8(t *testing.T) {
	var cases []string
	for _, b0 := range []byte{0x41, 0x7f, 0x80, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff} {
		for _, b1 := range []byte{0x00, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0} {
			for _, b2 := range []byte{0x80, 0xbf, 0x41} {
				cases = append(cases, string([]byte{b0}), string([]byte{b0, b1}), string([]byte{b0, b1, b2}), string([]byte{b0, b1, b2, 0x80}))
			}
		}
	}
	for _, s := range cases {
		r, w := decode(s, 0)
		r2, w2 := utf8.DecodeRuneInString(s)
		equal(t, fmt.Sprint(r2, w2), fmt.Sprint(r, w), "decode %+q", s)
		r, w = decodeLast(s, len(s))
		r2, w2 = utf8.DecodeLastRuneInString(s)
		equal(t, fmt.Sprint(r2, w2), fmt.Sprint(r, w), "decodeLast %+q", s)
	}
}

func TestAllMatchesTokens(t *testing.T) {
	s := "قال د. محمد: «سنرفع 1,000.5 دولار بنسبة 5%» عبر https://x.com و#وسم 👍🏽\xff."
	var got []Token
	for tk := range All(s) {
		got = append(got, tk)
	}
	equal(t, Tokens(s), got)
	var spans []Token
	for sp := range AllBytes([]byte(s)) {
		spans = append(spans, Token{Text: s[sp.Start:sp.End], Start: sp.Start, End: sp.End, Kind: sp.Kind})
	}
	equal(t, got, spans)
	// stopping early
	n := 0
	for range All(s) {
		n++
		if n == 3 {
			break
		}
	}
	equal(t, 3, n)
	buf := AppendTokens(nil, "a b")
	buf = AppendTokens(buf[:0], "ج د هـ")
	equal(t, []string{"Word:ج", "Word:د", "Word:هـ"}, kt(buf))
}

func TestAllAllocations(t *testing.T) {
	s := strings.Repeat("قال الرئيس الإيراني حسن روحاني في 2020، إن \"السلام\" مهم جداً 👍🏽 https://x.com/a. ", 50)
	allocs := testing.AllocsPerRun(20, func() {
		for tk := range All(s) {
			_ = tk
		}
	})
	if allocs > 1 {
		t.Errorf("All allocates %.1f times per text; want at most 1 (the iterator), none per token", allocs)
	}
	b := []byte(s)
	allocs = testing.AllocsPerRun(20, func() {
		for sp := range AllBytes(b) {
			_ = sp
		}
	})
	if allocs > 1 {
		t.Errorf("AllBytes allocates %.1f times per text", allocs)
	}
}

func TestKindString(t *testing.T) {
	names := map[Kind]string{Word: "Word", Number: "Number", Punct: "Punct", Symbol: "Symbol", URL: "URL", Email: "Email", Hashtag: "Hashtag", Mention: "Mention", Emoji: "Emoji", 0: "Kind(0)", 42: "Kind(42)"}
	for k, want := range names {
		equal(t, want, k.String())
	}
}

// equal fails t when got differs from want (compared by their %#v form).
func equal(t testing.TB, want, got any, msgAndArgs ...any) {
	t.Helper()
	if w, g := fmt.Sprintf("%#v", want), fmt.Sprintf("%#v", got); w != g {
		msg := ""
		if len(msgAndArgs) > 0 {
			msg = fmt.Sprintf(msgAndArgs[0].(string), msgAndArgs[1:]...) + ": "
		}
		t.Errorf("%swant\n\t%s\ngot\n\t%s", msg, w, g)
	}
}

// Long adversarial inputs stay linear: each would take hours if a token
// start rescanned the rest of the text.
func TestLongInputs(t *testing.T) {
	n := 1 << 18
	if testing.Short() {
		n = 1 << 15
	}
	for _, unit := range []string{"ab-", "a.", "1-", "a@", "#_", "@a", "x.com/)", "ب\u0651", "\u00ad", "a\u200d", "👍🏽\u200d", "🇪", "ـ", "1.", "http://", "www.", "a.b.c", "\xff"} {
		s := strings.Repeat(unit, n/len(unit))
		toks := Tokens(s)
		checkSpans(t, s, toks)
		ss := Sentences(s)
		checkSentences(t, s, ss)
		_ = Candidates(s)
		checkSplit(t, s, Clitics(s))
	}
	s := "http://x.com/" + strings.Repeat(")", n)
	if toks := Tokens(s); toks[0].Text != "http://x.com/" {
		t.Errorf("URL with closing brackets: %q", toks[0].Text)
	}
}
