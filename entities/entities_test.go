package entities_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
)

// got renders the mentions of text as "Text/type/ID" for compact asserts.
func got(g *entities.Gazetteer, text string) []string {
	var out []string
	for _, m := range g.Find(text) {
		out = append(out, fmt.Sprintf("%s/%s/%s", m.Text, m.Type, m.Entity.ID))
	}
	return out
}

func TestTypeString(t *testing.T) {
	assert(t).Equal("person", entities.Person.String())
	assert(t).Equal("place", entities.Place.String())
	assert(t).Equal("organization", entities.Organization.String())
	assert(t).Equal("nationality", entities.Nationality.String())
	assert(t).Equal("Type(0)", entities.Type(0).String())
	assert(t).Equal("Type(200)", entities.Type(200).String())
}

func TestOffsetsAndClitics(t *testing.T) {
	g := entities.Default()
	for _, tc := range []struct{ text, span, id string }{
		{"وإيران", "إيران", "c-ir"},
		{"لأميركا", "أميركا", "c-us"},
		{`و"إسرائيل"`, "إسرائيل", "c-il"},
		{"فبالقاهرة", "القاهرة", "g-360630"},
		{"وبالعراق", "العراق", "c-iq"},
		{"كالكيان الصهيوني", "الكيان الصهيوني", "c-il"},
		{"لبنان", "لبنان", "c-lb"},
		{"ولبنان", "لبنان", "c-lb"},
		{"بمصر", "مصر", "c-eg"},
		{"اذربيجان", "اذربيجان", "c-az"},
		{"أمريكا", "أمريكا", "c-us"},
		{"وَإِيرَانُ", "إِيرَانُ", "c-ir"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := g.Find(tc.text)
			require(t).Len(ms, 1, "%+q", tc.text)
			m := ms[0]
			assert(t).Equal(tc.text[m.Start:m.End], m.Text)
			assert(t).Equal(tc.span, m.Text)
			assert(t).Equal(tc.id, m.Entity.ID)
			assert(t).Equal(entities.Place, m.Type)
		})
	}
}

// TestContractedArticle: after ل the article loses its alef (للعراق is
// ل + العراق). The span is the text after that first ل, from the article's
// lam, with any clitic before it left outside too. (Names in want are
// written with _ for their spaces.)
func TestContractedArticle(t *testing.T) {
	g := entities.Default()
	for _, tc := range []struct{ text, want string }{
		{"وصل رئيس الوزراء في زيارة رسمية للعراق اليوم", "لعراق/place/c-iq"},
		{"وللعراق حدود طويلة مع إيران", "لعراق/place/c-iq إيران/place/c-ir"},
		{"فللعراق ديون كثيرة", "لعراق/place/c-iq"},
		{"قدم دعماً لِلْعِرَاقِ", "لْعِرَاقِ/place/c-iq"},
		{"الهدف الأول للمنتخب السعودي", "لمنتخب_السعودي/organization/o-national-team-sa"},
		{"في تقرير للأمم المتحدة", "لأمم_المتحدة/organization/o-un"},
		{"أكد المتحدث باسم الجيش الإسرائيلي أن للجيش الإسرائيلي الحق", "الجيش_الإسرائيلي/organization/o-israeli-army لجيش_الإسرائيلي/organization/o-israeli-army"},
		{"سلم رسالة للخارجية الإيرانية", "لخارجية_الإيرانية/organization/o-ministry-foreign-ir"},
		{"وجه الشكر للإمارات وللسعودية", "لإمارات/place/c-ae لسعودية/place/c-sa"},
		{"رسالة للعراقيين", "لعراقيين/nationality/c-iq"},
		// A name that starts with ل takes only the preposition off.
		{"زيارة لليبيا ولبنان", "ليبيا/place/c-ly لبنان/place/c-lb"},
		// The contraction is the article for context: the adjective after
		// a definite noun, with or without clitics.
		{"قدم الدعم للحكومة السعودية", "السعودية/nationality/c-sa"},
		{"اتصال بالحكومة السعودية", "السعودية/nationality/c-sa"},
		{"وصل إلى السعودية", "السعودية/place/c-sa"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			want := strings.Fields(tc.want)
			var have []string
			for _, m := range g.Find(tc.text) {
				assert(t).Equal(tc.text[m.Start:m.End], m.Text)
				have = append(have, strings.ReplaceAll(fmt.Sprintf("%s/%s/%s", m.Text, m.Type, m.Entity.ID), " ", "_"))
			}
			assert(t).Equal(want, have)
		})
	}
}

func TestNationality(t *testing.T) {
	g := entities.Default()
	for _, s := range []string{"الإيراني", "الإيرانية", "الإيرانيين", "الإيرانيون", "إيرانياً", "إيرانيان", "والإيرانيات", "الروسيّة", "الأذربيجانية", "الآذري", "الأرمنية"} {
		ms := g.Find(s)
		require(t).Len(ms, 1, s)
		assert(t).Equal(entities.Nationality, ms[0].Type, s)
		assert(t).Equal(entities.Place, ms[0].Entity.Type, s)
		assert(t).Contains([]string{"c-ir", "c-ru", "c-az", "c-am"}, ms[0].Entity.ID, s)
	}
	// Broken plurals.
	assert(t).Equal([]string{"الروس/nationality/c-ru", "الأتراك/nationality/c-tr"}, got(g, "قال الروس إن الأتراك"))
	// The accusative adjective is spelt like the country: tanween decides.
	assert(t).Equal([]string{"سوريّاً/nationality/c-sy"}, got(g, "مقاتلاً سوريّاً"))
	assert(t).Equal([]string{"سوريا/place/c-sy"}, got(g, "من سوريا"))
	// السعودية after a definite noun is the adjective, else the country.
	assert(t).Equal([]string{"السعودية/nationality/c-sa"}, got(g, "الحكومة السعودية"))
	assert(t).Equal([]string{"السعودية/place/c-sa"}, got(g, "زار السعودية"))
	assert(t).Equal([]string{"الرياض/place/g-108410", "السعودية/place/c-sa"}, got(g, "الرياض، والسعودية"))
}

func TestLongestWins(t *testing.T) {
	// The gazetteer's rules, without the recognizer (which reads a word
	// alone on its line, ناغورنو below, as an unknown name).
	g := entities.Default().WithModel(nil)
	assert(t).Equal([]string{"الخارجية الروسية/organization/o-ministry-foreign-ru"}, got(g, "أفادت الخارجية الروسية"))
	assert(t).Equal([]string{"وزارة الخارجية الإيرانية/organization/o-ministry-foreign-ir"}, got(g, "وزارة الخارجية الإيرانية"))
	assert(t).Equal([]string{"وزارة خارجية إيران/organization/o-ministry-foreign-ir"}, got(g, "وزارة خارجية إيران"))
	ms := g.Find("الحرس الثوري الإيراني")
	require(t).Len(ms, 1)
	assert(t).Equal(entities.Organization, ms[0].Type)
	assert(t).Equal("الحرس الثوري الإيراني", ms[0].Text)
	// "وزيرا خارجية روسيا": no ministry without وزارة, روسيا is the place.
	assert(t).Equal([]string{"روسيا/place/c-ru"}, got(g, "وزيرا خارجية روسيا"))
	// A line break or punctuation ends a name.
	assert(t).Len(got(g, "الضفة،الغربية"), 0)
	ms = g.Find("ناغورنو\nكاراباخ")
	require(t).Len(ms, 1)
	assert(t).Equal("كاراباخ", ms[0].Text)
}

func TestSurnames(t *testing.T) {
	// The gazetteer's rules, without the recognizer (which reads ظريف
	// after وأضاف as a name, and then links it to the gazetteer's Zarif).
	g := entities.Default().WithModel(nil)
	// A surname alone, with no full name in the text, is not a mention
	// unless unambiguous; once the full name is in the text it is, before
	// or after it.
	text := "ظريف يتصل بنظيره. وزير الخارجية الإيراني محمد جواد ظريف قال. وأضاف ظريف."
	ms := g.Find(text)
	var persons []string
	for _, m := range ms {
		if m.Type == entities.Person {
			persons = append(persons, m.Text)
			assert(t).Equal("p-mohammad-javad-zarif", m.Entity.ID)
		}
	}
	assert(t).Equal([]string{"ظريف", "محمد جواد ظريف", "ظريف"}, persons)
	// The title stays outside the mention.
	for _, m := range ms {
		assert(t).NotContains(m.Text, "وزير")
	}
	assert(t).Empty(got(g, "وأضاف ظريف أن"), "no full name in the text")
	// A title that the gazetteer lists with the name stays outside too.
	assert(t).Equal([]string{"هاري/person/p-prince-harry"}, got(g, "قال الأمير هاري"))
	// A surname the gazetteer marks unambiguous needs no full name.
	assert(t).Equal([]string{"بوتين/person/p-vladimir-putin"}, got(g, "وأضاف بوتين أن"))
	// Unless it is also a common word: روحاني is "spiritual" too.
	assert(t).Equal([]string{"البرازيل/place/c-br"}, got(g, "كرة القدم أمر روحاني في البرازيل"))
}

func TestTraps(t *testing.T) {
	g := entities.Default()
	// Words that are names only sometimes: nothing with or without the
	// recognizer.
	for _, s := range []string{
		"على أمل أن يتحقق السلام",
		"أكد المتحدث أن العالم يتابع",
		"في المدينة القديمة عند الباب الكبير",
		"يعيش الناس وأن الأمر",
		"استقبلوه بكل حماس",
		"عمل بحماس كبير",
	} {
		assert(t).Empty(got(g, s), "%s", s)
	}
	// The gazetteer's stop words alone; the recognizer reads نور الصباح
	// at the head of a sentence as a person's name, which it may be.
	for _, s := range []string{
		"على أمل أن يتحقق السلام",
		"أكد المتحدث أن العالم يتابع",
		"في المدينة القديمة عند الباب الكبير",
		"نور الصباح وسلام على عادل وجمال وكريم",
		"يعيش الناس وأن الأمر",
		"استقبلوه بكل حماس",
		"عمل بحماس كبير",
	} {
		assert(t).Empty(got(g.WithModel(nil), s), "%s", s)
	}
	assert(t).Equal([]string{"حركة حماس/organization/o-hamas"}, got(g, "قالت حركة حماس"))
	assert(t).Equal([]string{"حماس/organization/o-hamas"}, got(g, "قال قادة حماس"))
	// Once حركة حماس is in the text, حماس alone is the movement.
	hs := got(g, "أعلنت حركة حماس الموافقة. وقالت حماس إن")
	assert(t).Equal("o-hamas", strings.Split(hs[len(hs)-1], "/")[2])
	assert(t).Len(hs, 2)
}

// TestSportsContext checks the city names that are also clubs: the club
// when the sentence is about sport, the city otherwise.
func TestSportsContext(t *testing.T) {
	g := entities.Default()
	club := map[string]string{
		// A match verb, a score, another club.
		"فاز برشلونة على ريال مدريد 3-1.":               "o-barcelona",
		"تعادل موناكو مع ليون سلبيا في الدوري الفرنسي.": "o-monaco",
		"تغلب بورتو على ضيفه 2 - 0.":                    "o-porto",
		"قدم ليفربول أداء كبيرا أمام مانشستر يونايتد.":  "o-liverpool",
		"وتمكن إنسيني من التسجيل لنابولي بهدف مفاجئ.":   "o-napoli",
		// A club word right before, or after (ملعب is the club's ground).
		"أعلن لاعب برشلونة اعتزاله.":        "o-barcelona",
		"أقيمت المواجهة على ملعب برشلونة.":  "o-barcelona",
		"أعلن مدرب إشبيلية تشكيلته وقال إن": "o-sevilla",
		// A masculine adjective: the club (the city is feminine).
		"يستعد برشلونة الإسباني لمواجهة صعبة.": "o-barcelona",
	}
	for s, id := range club {
		found := false
		for _, m := range g.Find(s) {
			if m.Entity.ID == id {
				found = m.Type == entities.Organization
			}
		}
		assert(t).True(found, "%s: want %s", s, id)
	}
	place := map[string]string{
		"زار الرئيس برشلونة أمس.":                                    "g-3128760",
		"افتتح معرض للهواتف في برشلونة وقال المدرب إن الفريق جاهز.":  "g-3128760",
		"وصل الوزير إلى برشلونة الإسبانية لحضور المباراة.":           "g-3128760",
		"تظاهر الآلاف في مدينة برشلونة ضد الحكومة.":                  "g-3128760",
		"شهدت ليفربول أمطارا غزيرة.":                                 "g-2644210",
		"أقيم المؤتمر ببرشلونة بحضور لاعب سابق.":                     "g-3128760",
		"سحبت روما سفيرها من القاهرة بعد فشل أول لقاء بين المحققين.": "g-3169070",
		"فاز المخرج بالجائزة الكبرى في مهرجان مرسيليا الدولي.":       "g-2995469",
		"تقع ميلان في شمال إيطاليا.":                                 "g-3173435",
	}
	for s, id := range place {
		found := false
		for _, m := range g.Find(s) {
			if m.Entity.ID == id {
				found = m.Type == entities.Place
			}
		}
		assert(t).True(found, "%s: want %s", s, id)
	}
	// The sentence ends at the full stop: the match of the next one does not count.
	ms := got(g, "وصل الرئيس إلى برشلونة. وفاز ريال مدريد 2-1 في المباراة.")
	assert(t).Equal("برشلونة/place/g-3128760", ms[0])
	// One sense per text: once the text names the club, the name without
	// evidence either way is the club; في, ب and a feminine adjective
	// still give the city.
	ms = got(g, "تعادل برشلونة مع إشبيلية. وأعلن برشلونة أمس تعاقده مع حارس. وصل الوفد إلى برشلونة الإسبانية، وأقيم الحفل في برشلونة.")
	assert(t).Equal([]string{"برشلونة/organization/o-barcelona", "إشبيلية/organization/o-sevilla",
		"برشلونة/organization/o-barcelona", "برشلونة/place/g-3128760", "الإسبانية/nationality/c-es",
		"برشلونة/place/g-3128760"}, ms)
}

func TestBadInput(t *testing.T) {
	g := entities.Default()
	bad := "إيران\xff\xfe" + "روسيا\xc3" + "\xd8" + "تركيا\xd8"
	ms := g.Find(bad)
	require(t).Len(ms, 3)
	for _, m := range ms {
		assert(t).Equal(bad[m.Start:m.End], m.Text)
		assert(t).Equal(entities.Place, m.Type)
	}
	// A word glued to digits: فرانس24.
	var nilG *entities.Gazetteer
	assert(t).Nil(nilG.Find("إيران"))
	assert(t).Nil((&entities.Gazetteer{}).Find("إيران"))
	for range nilG.All("إيران") {
		t.Fatal("nil gazetteer yields")
	}
	_, ok := nilG.Entity("c-ir")
	assert(t).False(ok)
	assert(t).Equal(0, nilG.Len())
	assert(t).Nil(g.Find(""))
	// A word longer than any name, and a huge text.
	long := strings.Repeat("ب", 1000) + " إيران"
	assert(t).Equal([]string{"إيران/place/c-ir"}, got(g, long))
	n := 1 << 20
	if testing.Short() {
		n = 1 << 16
	}
	huge := strings.Repeat("قال وزير الخارجية الإيراني ", n/50)
	assert(t).Len(g.Find(huge), n/50)
}

func TestAllEqualsFind(t *testing.T) {
	g := entities.Default()
	text := "الرئيس الإيراني حسن روحاني في طهران، وروحاني قال لوكالة سبوتنيك الروسية"
	var it []entities.Mention
	for m := range g.All(text) {
		it = append(it, m)
	}
	assert(t).Equal(g.Find(text), it)
	// Stopping early is fine.
	for range g.All(text) {
		break
	}
}

func TestEntityLookup(t *testing.T) {
	g := entities.Default()
	e, ok := g.Entity("c-ir")
	require(t).True(ok)
	assert(t).Equal("إيران", e.Name)
	assert(t).Equal("IR", e.Country)
	assert(t).Equal(entities.Place, e.Type)
	assert(t).Equal("Q794", e.Wikidata)
	assert(t).Contains(e.Adjectives, "إيراني")
	_, ok = g.Entity("no-such-id")
	assert(t).False(ok)
	n := 0
	for e := range g.Entities() {
		f, ok := g.Entity(e.ID)
		require(t).True(ok)
		require(t).Same(e, f)
		n++
	}
	assert(t).Equal(g.Len(), n)
}

// TestNoAllocationPerWord: scanning allocates nothing; only the result
// (and, with surnames, one set) does.
func TestNoAllocationPerWord(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under the race detector (sync.Pool drops items)")
	}
	g := entities.Default()
	plain := strings.Repeat("قال المتحدث إن الاجتماع سيعقد غدا في موعده المحدد ", 200)
	g.Find(plain) // warm the pool
	if n := testing.AllocsPerRun(20, func() { g.Find(plain) }); n != 0 {
		t.Errorf("Find on a text with no names: %v allocations", n)
	}
	withNames := strings.Repeat("قال الرئيس الإيراني حسن روحاني في طهران إن روحاني ", 200)
	if n := testing.AllocsPerRun(20, func() {
		for range g.All(withNames) {
		}
	}); n > 3 {
		t.Errorf("All over 1,000 mentions: %v allocations", n)
	}
}

// TestContractedArticleCorpus checks every mention right after a
// preposition ل in real articles (the first 3,000): the span leaves the ل out,
// and the article with that ل changed back into the alef of the article
// (للعراق → العراق), or dropped when the name itself starts with ل
// (لليبيا → ليبيا), has the same entity there, with the whole word as
// span. It checks the gazetteer's contraction rule, so it runs on lookup
// alone: the recognizer's reading of a name it does not know may change with
// the letters around it.
func TestContractedArticleCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads corpus articles; runs without -short")
	}
	g := entities.Default().WithModel(nil)
	n, contracted, seen := 0, 0, map[string]bool{}
	same := func(text string, start int, m entities.Mention) bool {
		for _, o := range g.Find(text) {
			if o.Start == start && o.Entity == m.Entity && o.Type == m.Type {
				return true
			}
		}
		return false
	}
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		for _, m := range g.Find(a.Text) {
			before := a.Text[:m.Start]
			if !strings.HasSuffix(before, "ل") {
				continue
			}
			w := before[:len(before)-len("ل")]
			if v := strings.TrimSuffix(strings.TrimSuffix(w, "و"), "ف"); len(v) < len(w) {
				w = v
			}
			if r, _ := utf8.DecodeLastRuneInString(w); w != "" && (unicode.IsLetter(r) || unicode.IsMark(r)) {
				continue // ل inside a word: not a preposition
			}
			p := len(before) - len("ل")
			switch {
			case same(a.Text[:p]+"ا"+a.Text[m.Start:], p, m):
				contracted++
			case same(a.Text[:p]+a.Text[m.Start:], p, m):
			default:
				if !seen[m.Text] {
					t.Errorf("%s: %q after ل read as %s %s, but neither ال nor no ل gives it", a.ID, m.Text, m.Type, m.Entity.ID)
				}
			}
			seen[m.Text] = true
			n++
		}
		return n < 3000
	})
	if contracted < 100 {
		t.Errorf("only %d contracted mentions", contracted)
	}
	t.Logf("%d mentions after ل, %d of them contracted, %d distinct", n, contracted, len(seen))
}
