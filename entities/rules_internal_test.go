package entities

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/tokenize"
)

// TestRules checks each post-rule of rules.go on the recognizer's merged
// output, built by hand so that the check does not depend on what a
// retrained model finds.
func TestRules(t *testing.T) {
	g := Default()
	r := g.rec
	r.lexicon(g)
	type span struct {
		text string
		typ  Type
		made bool
	}
	cases := []struct {
		s    string
		in   []span // the merged mentions, in order (each found after the previous)
		want []string
	}{
		// A new person after a place's head is a place; not after "the city".
		{"وأوضح وزير داخلية مقاطعة نوردراين أن", []span{{"نوردراين", Person, true}}, []string{"place نوردراين"}},
		{"وقرر عمدة المدينة هيرمان ماشابا تعليق", []span{{"هيرمان ماشابا", Person, true}}, []string{"person هيرمان ماشابا"}},
		// After a facility's head, a place with its head (proclitics out).
		{"وعلى ملعب جوزيبي مياتزا، أهدر", []span{{"جوزيبي مياتزا", Person, true}}, []string{"place ملعب جوزيبي مياتزا"}},
		{"مقاول من بلدية وببرج عمر إدريس بوصل", []span{{"عمر إدريس", Person, true}}, []string{"place برج عمر إدريس"}},
		// A title's tail is no part of the name.
		{"عقب اجتماعها برئيس الجمهورية الباجي قائد السبسي", []span{{"الجمهورية الباجي قائد السبسي", Person, true}},
			[]string{"person الباجي قائد السبسي"}},
		// A head the model took for a name alone.
		{"في 19 مايو بقصر وندسور. كما", []span{{"قصر", Place, true}, {"وندسور", Place, false}}, []string{"place قصر وندسور"}},
		{"ينحدر من مدينة غدامس بليبيا", []span{{"مدينة", Place, true}, {"غدامس", Place, false}}, []string{"place غدامس"}},
		{"وسط مدينة بن قردان والثكنة", []span{{"مدينة", Place, true}}, nil},
		// A new place the model starts with an indefinite place head: the head stays out.
		{"قرب بلدية أزفون بولاية", []span{{"بلدية أزفون", Place, true}}, []string{"place أزفون"}},
		{"في مدينة نصر شرق القاهرة", []span{{"مدينة نصر", Place, true}}, []string{"place نصر"}},
		{"قرب بلدية أزفون بولاية", []span{{"بلدية أزفون", Organization, true}}, []string{"organization بلدية أزفون"}},
		// A new organization the model starts with an indefinite generic head: the head stays out.
		{"لقاء جمع بينهما على ملعب بنادي الغرافة أمس", []span{{"نادي الغرافة", Organization, true}}, []string{"organization الغرافة"}},
		{"مع شركة بي ام دبليو الالمانية", []span{{"شركة بي ام دبليو", Organization, true}}, []string{"organization بي ام دبليو"}},
		{"وقالت جماعة أنصار الشريعة إن", []span{{"جماعة أنصار الشريعة", Organization, true}}, []string{"organization أنصار الشريعة"}},
		{"نائب رئيس حزب التقدم المعادي للهجرة", []span{{"حزب التقدم", Organization, true}}, []string{"organization التقدم"}},
		// A club named by its sport keeps نادي (sports.go).
		{"طبلبة 22 - 20 نادي كرة اليد بجمال - النجم", []span{{"نادي كرة اليد بجمال", Organization, true}}, []string{"organization نادي كرة اليد بجمال"}},
		// A name in brackets right after an organization is one too (orgalias.go),
		// not a frequent word, a score or a description.
		{"المنظمة الأوروبية للسلامة الجوية (يوروكونترول) من ضربات", []span{{"المنظمة الأوروبية للسلامة الجوية", Organization, true}},
			[]string{"organization المنظمة الأوروبية للسلامة الجوية", "organization يوروكونترول"}},
		{"وكالة الانباء الكورية الشمالية (كي.سي.ان.ايه) الزيارة", []span{{"وكالة الانباء الكورية الشمالية", Organization, true}},
			[]string{"organization وكالة الانباء الكورية الشمالية", "organization كي.سي.ان.ايه"}},
		{"وقال مكتب التحقيقات (إف بي آي) إن", []span{{"مكتب التحقيقات", Organization, true}},
			[]string{"organization مكتب التحقيقات", "organization إف بي آي"}},
		{"صادق عليه مجلس المستشارين (البرلمان) في", []span{{"مجلس المستشارين", Organization, true}}, []string{"organization مجلس المستشارين"}},
		{"ودعا حزب فلانستان (المعارض) إلى", []span{{"فلانستان", Organization, true}}, []string{"organization فلانستان"}},
		{"فاز فلانستان (3-1) على", []span{{"فلانستان", Organization, true}}, []string{"organization فلانستان"}},
		{"قال مكتب فلانستان (الذي تأسس عام 1990) إن", []span{{"مكتب فلانستان", Organization, true}}, []string{"organization مكتب فلانستان"}},
		// A quoted name after a generic head the model read alone (outlets.go).
		{"حسبما نقلت وكالة أنباء \"فارس\" الإيرانية", []span{{"وكالة أنباء", Organization, true}}, []string{"organization فارس"}},
		{"وقالت قناة «الحدث» إن", []span{{"قناة", Organization, true}}, []string{"organization الحدث"}},
		// A currency after an amount is none (units.go).
		{"قيمة الطرح 7 مليارات ريال في حين", []span{{"ريال", Organization, true}}, nil},
		{"بلغ سعر التذكرة 500 ريال فقط", []span{{"ريال", Organization, true}}, nil},
		{"وفاز ريال على منافسه", []span{{"ريال", Organization, true}}, []string{"organization ريال"}},
		// A proclitic on a spelt acronym stays out (acronym.go).
		{"وقال لبي بي سي إن", []span{{"لبي بي سي", Organization, true}}, []string{"organization بي بي سي"}},
		{"أعلن النادي الأهلي أن", []span{{"النادي الأهلي", Organization, true}}, []string{"organization النادي الأهلي"}},
		// Two people joined by و.
		{"من تقديم آندي وديانا رزق وهو", []span{{"آندي وديانا رزق", Person, true}}, []string{"person آندي", "person ديانا رزق"}},
		// A title read as a first name.
		{"وأكد أمين عام المنظمة", []span{{"أمين", Person, true}}, nil},
		// A generic new organization joins its adjective; a proper one does not.
		{"وقال رئيس جهاز الأمن الأوكراني، فاسيل", []span{{"جهاز الأمن", Organization, true}, {"الأوكراني", Nationality, false}},
			[]string{"organization جهاز الأمن الأوكراني"}},
		{"تابعة لشركة بيغاسوس أيرلاينز التركية كانت", []span{{"بيغاسوس أيرلاينز", Organization, true}, {"التركية", Nationality, false}},
			[]string{"organization بيغاسوس أيرلاينز", "nationality التركية"}},
		// A rare word after a lone known first name is its surname.
		{"وأشار إلى أن رضا الجوادي كان", []span{{"رضا", Person, true}}, []string{"person رضا الجوادي"}},
		{"وأشار إلى أن رضا كان", []span{{"رضا", Person, true}}, []string{"person رضا"}},
		{"وأضاف محمد الثلاثاء أن", []span{{"محمد", Person, true}}, []string{"person محمد"}},
		{"وقدّم هارون للعربية، تحقيق", []span{{"هارون", Person, true}}, []string{"person هارون"}},
		{"مدير أعمال هيفاء أخبرها أن", []span{{"هيفاء", Person, true}}, []string{"person هيفاء"}},
		{"وردت أحلام على الأمر", []span{{"أحلام", Person, true}}, []string{"person أحلام"}},
		// A surname typed otherwise joins the person made in the text.
		{"ظهر أركادي بابتشينكو حيا. وأكدت أن بابتشينكو تلقى", []span{{"أركادي بابتشينكو", Person, true}, {"بابتشينكو", Place, true}},
			[]string{"person أركادي بابتشينكو", "person بابتشينكو=أركادي بابتشينكو"}},
		// A made name under two types takes its first mention's type.
		{"زار فلانستان ثم عاد إلى فلانستان", []span{{"فلانستان", Place, true}, {"فلانستان", Organization, true}},
			[]string{"place فلانستان", "place فلانستان"}},
	}
	for _, c := range cases {
		var made madeSet
		var out []candidate
		pos := 0
		for _, sp := range c.in {
			i := strings.Index(c.s[pos:], sp.text)
			if i < 0 {
				t.Fatalf("%q not in %q", sp.text, c.s)
			}
			cd := candidate{start: pos + i, end: pos + i + len(sp.text), typ: sp.typ}
			if sp.made {
				cd.ent = madeEntity(&made, sp.text, sp.typ)
			} else {
				cd.ent = &Entity{ID: "c-x", Type: Place, Name: sp.text, Country: "XX"}
			}
			out = append(out, cd)
			pos = cd.end
		}
		var got []string
		res := r.rules(c.s, nil, out, &made)
		for _, e := range made.m {
			kept := false
			for _, m := range res {
				kept = kept || m.ent == e
			}
			if !kept {
				t.Errorf("%q: made entity %s kept with no mention", c.s, e.ID)
			}
		}
		for _, m := range res {
			x := m.typ.String() + " " + c.s[m.start:m.end]
			if m.ent.Name != c.s[m.start:m.end] {
				x += "=" + m.ent.Name
			}
			if m.ent.Type != m.typ && m.typ != Nationality {
				t.Errorf("%q: mention %s has an entity of type %s", c.s, x, m.ent.Type)
			}
			got = append(got, x)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.s, got, c.want)
		}
	}
}

// TestConventions checks the gazetteer-level span conventions: a generic
// head before a name of the same entity stays out, and a generic
// organization joins the adjective after it.
func TestConventions(t *testing.T) {
	g := Default().WithModel(nil)
	for _, c := range []struct{ s, want string }{
		{"حسبما قالت صحيفة عكاظ أمس.", "organization عكاظ"},
		{"رقما مزورا لدولة ليبيا كانت", "place دولة ليبيا"}, // دولة stays in a listed long form
		{"وزار الوفد دولة إسرائيل أمس", "place إسرائيل"},    // not listed with دولة
		{"قالت دولة الاحتلال إن", "place دولة الاحتلال"},    // the rest is no name of the entity
		{"قوات الاتحاد الافريقي في إقليم دارفور أمس", "organization الاتحاد الافريقي|place دارفور"},
		{"اشتباكات في محافظة تعز اليوم", "place تعز"},
		{"جدد نادي آرسنال عقد اللاعب", "organization آرسنال"},
		{"رسالة الجيش الوطني الجزائري إلى", "organization الجيش الوطني الجزائري"},
		{"وقالت حركة فتح الفلسطينية إن", "organization حركة فتح|nationality الفلسطينية"}, // a named organization
		// حزب stays out whatever the gazetteer lists, but in حزب الله.
		{"أكد القيادي في حزب نداء تونس أن", "organization نداء تونس"},
		{"وقال رئيس حزب الوفد إن", "organization الوفد"},
		{"مسلحين لحزب الله جنوب", "organization حزب الله"},
		{"وقال حزب الله اللبناني في بيان", "organization حزب الله|nationality اللبناني"},
		// رئيس مجلس الوزراء is a title: the cabinet's adjective is a nationality.
		{"أعلن المكتب الإعلامي لرئيس مجلس الوزراء العراقي أن", "nationality العراقي"},
		{"وقرر مجلس الوزراء العراقي أمس", "organization مجلس الوزراء العراقي"},
		// كأس الاتحاد X is a competition: no federation, the adjective a nationality.
		{"لبطولات كأس الاتحاد الإنجليزي وتقيم", "nationality الإنجليزي"},
		{"فاز بكأس الاتحاد الأوروبي أمس", ""},
		{"وقال الاتحاد الإنجليزي إن", "organization الاتحاد الإنجليزي"},
		// A hashtag phrase keeps a militia's head, but not past a space after the underscore.
		{"هاجمت #ميليشيات_الحوثي أمس", "organization ميليشيات_الحوثي"},
		{"هاجمت #ميليشيات_ الحوثي أمس", "organization الحوثي"},
		// A newspaper's head too, though the region's name is no name of the paper.
		{"في تصريح لصحيفة الشرق الأوسط، أن", "organization الشرق الأوسط"},
		{"بحسب ما أوردته جريدة الصباح في عددها", "organization الصباح"},
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			got = append(got, m.Type.String()+" "+m.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestClitedAfterFirst checks when a ل-led word after a lone first name
// continues the name (محمد لسعد) and when it does not.
func TestClitedAfterFirst(t *testing.T) {
	s := "محمد لسعد عبيد وعلي ولسعد"
	word := func(w string, from int, lex uint8, clitic int) mword {
		i := strings.Index(s[from:], w) + from
		return mword{start: i, end: i + len(w), ostart: i + clitic, lex: lex}
	}
	ws := []mword{word("محمد", 0, lexFirst, 0), word("لسعد", 0, lexFirst, len("ل")), word("عبيد", 0, 0, 0),
		word("وعلي", 0, lexFirst, len("و")), word("ولسعد", 0, lexFirst, len("ول"))}
	for _, c := range []struct {
		i, prevStart int
		want         bool
	}{
		{1, ws[0].ostart, true},      // محمد | لسعد
		{1, ws[0].ostart - 1, false}, // the previous span is longer than the first name
		{2, ws[1].ostart, false},     // no proclitic
		{4, ws[3].ostart, false},     // و ل: another name after "and"
	} {
		if got := clitedAfterFirst(s, ws, c.i, c.prevStart); got != c.want {
			t.Errorf("word %d (%q): got %v, want %v", c.i, s[ws[c.i].start:ws[c.i].end], got, c.want)
		}
	}
	ws[0].lex = lexPerson // not a first name
	if clitedAfterFirst(s, ws, 1, ws[0].ostart) {
		t.Errorf("joined after a word that is no first name")
	}
}

// TestIntlOnly checks which model organizations around a gazetteer place
// are only the place and an adjective of "international".
func TestIntlOnly(t *testing.T) {
	s := "في مهرجان مرسيليا الدولي وجامعة القاهرة الدولية"
	at := func(w string) (int, int) {
		i := strings.Index(s, w)
		return i, i + len(w)
	}
	ps, pe := at("مرسيليا")
	_, ae := at("مرسيليا الدولي")
	cs, ce := at("القاهرة")
	js, _ := at("جامعة")
	_, je := at("جامعة القاهرة الدولية")
	place := []candidate{{start: ps, end: pe, typ: Place}}
	cairo := []candidate{{start: cs, end: ce, typ: Place}}
	if !intlOnly(s, place, candidate{start: ps, end: ae, typ: Organization}) {
		t.Error("مرسيليا الدولي: want the place alone")
	}
	if intlOnly(s, place, candidate{start: ps, end: ae, typ: Place}) {
		t.Error("a place span is not an organization")
	}
	if intlOnly(s, cairo, candidate{start: js, end: je, typ: Organization}) {
		t.Error("جامعة القاهرة الدولية: has a head, is an organization")
	}
}

// TestSeatPlace checks that a seat of government the gazetteer lists as
// a body is the building where the labels have it (seats.go).
func TestSeatPlace(t *testing.T) {
	g := Default()
	for _, c := range []struct{ s, want string }{
		{"وصرح ترامب في البيت الأبيض أن", "place البيت الأبيض"},
		{"وقالت المتحدثة باسم البيت الأبيض إن", "organization البيت الأبيض"},
		{"استقبل الرئيس اليوم بقصر قرطاج وفدا", "place قصر قرطاج"},
		{"وقال عضو في البيت اليهودي إن", "organization البيت اليهودي"}, // a party, no seat
	} {
		var got []string
		for _, m := range g.Find(c.s) {
			if m.Type == Place || m.Type == Organization {
				got = append(got, m.Type.String()+" "+m.Text)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestTeamStart checks that منتخب or المنتخب before a national team's
// nickname joins it (orgadj.go), proclitics out, and nothing else does.
func TestTeamStart(t *testing.T) {
	team := &Entity{ID: "o-national-team-sa", Type: Organization, Kind: "club", Name: "الأخضر"}
	party := &Entity{ID: "o-x", Type: Organization, Kind: "party", Name: "الأخضر"}
	for _, c := range []struct {
		s    string
		ent  *Entity
		want string
	}{
		{"يخوضها المنتخب الأخضر في", team, "المنتخب الأخضر"},
		{"الثالثة للمنتخب الأخضر بعد", team, "لمنتخب الأخضر"},
		{"نجم منتخب الأخضر السابق", team, "منتخب الأخضر"},
		{"وقال حزب الأخضر إن", team, "الأخضر"},
		{"يخوضها المنتخب الأخضر في", party, "الأخضر"},
	} {
		i := strings.LastIndex(c.s, "الأخضر")
		got := c.s[teamStart(c.s, candidate{start: i, end: i + len("الأخضر"), typ: Organization, ent: c.ent}) : i+len("الأخضر")]
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestWordStartDecoder checks wordStart's inline reading of ASCII and
// two-byte runes against the decoder's, at every offset of strings that
// mix Arabic, marks, tatweel, Latin, three- and four-byte runes and
// invalid bytes.
func TestWordStartDecoder(t *testing.T) {
	slow := func(s string, i int) int {
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !isWordRune(r) {
				break
			}
			i -= n
		}
		return i
	}
	pieces := []string{"الرئيس", "مُحَمَّد", "ـ", " ", "\u00a0", "abc", "١٢٣", "\u200c", "\u0670", "ﻻ", "😀", "\xd9", "\x84", "\xc0\x80", "\xc1\xbf", "\xdf\xbf", "\xe2\x80", "é", ".", "ڤ", "ۀ", "\u08a0"}
	rng := rand.New(rand.NewPCG(7, 11))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			if got, want := wordStart(s, i), slow(s, i); got != want {
				t.Fatalf("wordStart(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestIsTerminatorDecoder checks isTerminator's inline reading of ASCII
// and two-byte runes against the decoder's at every offset of strings
// that mix Arabic, clause ends of each width, three- and four-byte runes
// and invalid bytes.
func TestIsTerminatorDecoder(t *testing.T) {
	slow := func(s string, i int) bool {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			return alphabet.IsClauseEnd(rune(c))
		case c < 0xC0:
			return false
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		return alphabet.IsClauseEnd(r)
	}
	pieces := []string{"الرئيس", "مُحَمَّد", " ", ".", "!", "?", ";", "؛", "؟", "۔", "\n", "\u2029", "\u2028", "…", "。", "\u0085", "abc", "😀", "\xd9", "\x9f", "\xc0\xae", "\xc2\x85", "\xdb\x94", "\xe2\x80", "é", "\u00a0", "\xdb", "\xc2", "Ԁ", "E"}
	rng := rand.New(rand.NewPCG(3, 5))
	ends := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			got, want := isTerminator(s, i), slow(s, i)
			if got != want {
				t.Fatalf("isTerminator(%q, %d) = %v, want %v", s, i, got, want)
			}
			if got && s[i] >= 0xC2 {
				ends++
			}
		}
	}
	if ends == 0 {
		t.Fatal("no non-ASCII clause end was read")
	}
}

// TestKeptWordsServeRules checks that the rules that read a span's words
// from the kept records (skipTitles, goalCorner, splitAt, and oneSense's
// keptWordHashes) answer as they do
// reading the text: at every kept word's start, with every end from that
// word's own to ten words on (and ends inside words), over corpus
// articles whose words were kept by the text's scan and by the stream's,
// and over sentences written for the titles, the goal's corner and
// people joined by و; and wordFrom, wordAfter, wordHash and splitAt, which
// the rules read the words through, against NextWord and foldHash.
func TestKeptWordsServeRules(t *testing.T) {
	texts := []string{
		"قال الرئيس السيد محمد بن سلمان إن الأمين العام للأمم المتحدة وصل، وأكد الوزير الشيخ خالد الصباح.",
		"التقى أحمد الصغير وسعيد العلوي ومحمد بن علي وصالح.",
		"سدد اللاعب كرة في الزاوية اليسرى للحارس، ثم في الزاوية اليمنى. وزار الرئيس مدينة الزاوية الليبية.",
		"والرئيس وبالرئيس ل الرئيس الرئيسـ الرَّئيس ١٢ رئيس الوزراء ABC الدكتور" + strings.Repeat("ـ", 60) + "محمد",
	}
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		texts = append(texts, a.Text)
		return len(texts) < 150
	})
	g := Default()
	r := g.rec
	r.lexicon(g)
	checked, titled, corners, splits, hashed := 0, 0, 0, 0, 0
	for n, text := range texts {
		for _, st := range []*tokenize.Stream{nil, tokenize.NewStream(text)} {
			f := g.find(text, st)
			if !f.keep || len(f.kept) == 0 {
				f.release()
				t.Fatalf("text %d: no words kept", n)
			}
			ks := slices.Clone(f.kept)
			f.release()
			for k := range ks {
				start := int(ks[k].start)
				ends := []int{}
				for j := k; j < len(ks) && j < k+10; j++ {
					ends = append(ends, int(ks[j].end), int(ks[j].end)-1, int(ks[j].start)+1)
				}
				for _, end := range ends {
					if end <= start {
						continue
					}
					if hs, hn, ok := keptWordHashes(ks, start, end, nil); ok {
						ws, wn := wordHashes(text[start:end], nil)
						if !slices.Equal(hs, ws) || hn != wn {
							t.Fatalf("text %d: keptWordHashes(%q) = %x %d, wordHashes %x %d", n, text[start:end], hs, hn, ws, wn)
						}
						hashed++
					}
					got, want := skipTitles(text, ks, start, end), skipTitles(text, nil, start, end)
					if got != want {
						t.Fatalf("text %d: skipTitles(%q) = %d from the kept words, %d from the text", n, text[start:end], got, want)
					}
					if got > start {
						titled++
					}
					checked++
				}
				// wordFrom, wordAfter and wordHash as NextWord and foldHash.
				ws, we, kk, ok := wordFrom(text, ks, start)
				rs, re, rok := index.NextWord(text, start)
				if ws != rs || we != re || ok != rok || kk != k || wordHash(text, ks, kk, ws, we) != foldHash(text[ws:we]) {
					t.Fatalf("text %d: wordFrom at %d = %d %d %v, NextWord %d %d %v", n, start, ws, we, ok, rs, re, rok)
				}
				ns, ne, nk, ok := wordAfter(text, ks, kk, we)
				rs, re, rok = index.NextWord(text, we)
				if ok != rok || ok && (ns != rs || ne != re || wordHash(text, ks, nk, ns, ne) != foldHash(text[ns:ne])) {
					t.Fatalf("text %d: wordAfter %d = %d %d %v, NextWord %d %d %v", n, we, ns, ne, ok, rs, re, rok)
				}
				for j := k; j < len(ks) && j < k+6; j++ {
					c := candidate{start: start, end: int(ks[j].end), typ: Person}
					if got, want := r.splitAt(text, ks, c), r.splitAt(text, nil, c); got != want {
						t.Fatalf("text %d: splitAt(%q) = %d from the kept words, %d from the text", n, text[c.start:c.end], got, want)
					} else if got >= 0 {
						splits++
					}
				}
				for _, typ := range []Type{Place, Organization} {
					c := candidate{start: start, end: int(ks[k].end), typ: typ}
					got, want := goalCorner(text, ks, c), goalCorner(text, nil, c)
					if got != want {
						t.Fatalf("text %d: goalCorner(%q) = %v from the kept words, %v from the text", n, text[start:], got, want)
					}
					if got {
						corners++
					}
				}
			}
		}
	}
	if titled == 0 || corners == 0 || splits == 0 || hashed < checked/4 {
		t.Fatalf("no title skipped (%d), no corner found (%d), no name split (%d) or few names hashed from the kept words (%d) in %d checks", titled, corners, splits, hashed, checked)
	}
}
