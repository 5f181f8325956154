package arnews

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/arnews/arnews/entities"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A short news text of our own, published on Tuesday 2021-04-06.
const ownText = "أكد وزير الخارجية المصري سامح شكري اليوم الثلاثاء أن جولة المفاوضات التي عُقدت في كينشاسا أمس الأحد انتهت من دون اتفاق. " +
	"وقال شكري في القاهرة إن مصر والسودان قدّمتا كل المرونة، فيما أعلنت إثيوبيا أمس الإثنين أنها ماضية في الملء الثاني 👍🏽.\n\n" +
	"وتتواصل الاحتجاجات في الخرطوم لليوم الخامس على التوالي، بعد تظاهرات الأسبوع الماضي."

var ownAnchor = time.Date(2021, 4, 6, 12, 0, 0, 0, time.FixedZone("+02", 2*3600))

type jsonSpan struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Start16 int    `json:"start16"`
	End16   int    `json:"end16"`
}

type jsonDoc struct {
	Text      string     `json:"text"`
	Bytes     int        `json:"bytes"`
	UTF16     int        `json:"utf16"`
	Sentences []jsonSpan `json:"sentences"`
	Tokens    []struct {
		jsonSpan
		Kind string `json:"kind"`
		Norm string `json:"norm"`
		Stem string `json:"stem"`
	} `json:"tokens"`
	Dates []struct {
		jsonSpan
		From    string `json:"from"`
		To      string `json:"to"`
		Grain   string `json:"grain"`
		Warning string `json:"warning"`
	} `json:"dates"`
	Mentions []struct {
		jsonSpan
		Type   string `json:"type"`
		Entity struct {
			ID   string `json:"id"`
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"entity"`
	} `json:"mentions"`
	Entities []struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Type  string `json:"type"`
		Count int    `json:"count"`
	} `json:"entities"`
}

// checkJSON marshals d, decodes it and checks every span's byte offsets and
// UTF-16 offsets against the original text, the way a JavaScript client
// would slice it.
func checkJSON(t *testing.T, d *Document) jsonDoc {
	t.Helper()
	b, err := json.Marshal(d)
	require.NoError(t, err)
	require.True(t, json.Valid(b), "invalid JSON")
	var jd jsonDoc
	require.NoError(t, json.Unmarshal(b, &jd))
	units := utf16.Encode([]rune(jd.Text)) // what a JSON decoder in JavaScript holds
	assert.Equal(t, len(units), jd.UTF16)
	assert.Equal(t, len(d.Text), jd.Bytes)
	check := func(what string, sp jsonSpan, withText bool) {
		t.Helper()
		require.True(t, 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(d.Text), "%s: byte span %d..%d", what, sp.Start, sp.End)
		require.True(t, 0 <= sp.Start16 && sp.Start16 <= sp.End16 && sp.End16 <= len(units), "%s: utf16 span %d..%d", what, sp.Start16, sp.End16)
		byBytes := strings.ToValidUTF8(d.Text[sp.Start:sp.End], "\uFFFD")
		if utf8.ValidString(d.Text) {
			byBytes = d.Text[sp.Start:sp.End]
		}
		by16 := string(utf16.Decode(units[sp.Start16:sp.End16]))
		if utf8.ValidString(d.Text) {
			assert.Equal(t, byBytes, by16, "%s: UTF-16 span disagrees with byte span", what)
		}
		if withText {
			assert.Equal(t, d.Text[sp.Start:sp.End], strings.ToValidUTF8(sp.Text, "\uFFFD"), "%s: text is not text[start:end]", what)
		}
	}
	for _, s := range jd.Sentences {
		check("sentence", s, false)
	}
	for _, tk := range jd.Tokens {
		if utf8.ValidString(tk.Text) {
			check("token", tk.jsonSpan, true)
		}
	}
	for _, e := range jd.Dates {
		check("date", e.jsonSpan, true)
	}
	for _, m := range jd.Mentions {
		check("mention", m.jsonSpan, true)
		assert.NotEmpty(t, m.Entity.ID)
	}
	return jd
}

func TestAnalyzeOwnText(t *testing.T) {
	d := Analyze(ownText, ownAnchor)
	assert.Equal(t, ownText, d.Text)
	require.GreaterOrEqual(t, len(d.Sentences), 3)
	words := 0
	for _, tk := range d.Tokens {
		require.Equal(t, ownText[tk.Start:tk.End], tk.Text)
		if tk.Kind == tokenize.Word {
			words++
			assert.NotEmpty(t, tk.Stem, "word %q has no stem", tk.Text)
			assert.NotEmpty(t, tk.Norm)
		}
	}
	assert.Greater(t, words, 50)

	day := func(x time.Time) string { return x.Format("2006-01-02") }
	want := map[string][2]string{
		"اليوم الثلاثاء": {"2021-04-06", "2021-04-07"},
		"أمس الأحد":      {"2021-04-04", "2021-04-05"},
		"أمس الإثنين":    {"2021-04-05", "2021-04-06"},
	}
	for phrase, span := range want {
		at := strings.Index(ownText, phrase)
		found := false
		for _, e := range d.Dates {
			if e.Start < at+len(phrase) && e.End > at && day(e.From) == span[0] && day(e.To) == span[1] {
				found = true
				if phrase == "أمس الأحد" {
					assert.NotEmpty(t, e.Warning, "أمس الأحد on a Tuesday must carry a warning")
				}
			}
		}
		assert.True(t, found, "%s: no expression resolving to %v", phrase, span)
	}

	byType := map[entities.Type][]string{}
	for _, m := range d.Mentions {
		byType[m.Type] = append(byType[m.Type], m.Text)
	}
	assert.Contains(t, byType[entities.Place], "القاهرة")
	assert.Contains(t, byType[entities.Place], "إثيوبيا")
	total := 0
	for _, ec := range d.Entities {
		total += ec.Count
	}
	mentioned := 0
	for _, m := range d.Mentions {
		if m.Entity != nil {
			mentioned++
		}
	}
	assert.Equal(t, mentioned, total, "entity counts must add up to the mentions")
	checkJSON(t, d)
}

func TestSeed(t *testing.T) {
	s := shared.Seed(t)
	anchor := time.Date(2020, 10, 6, 12, 0, 0, 0, time.FixedZone("+03", 3*3600))
	d := Analyze(s, anchor)
	jd := checkJSON(t, d)

	day := func(x time.Time) string { return x.Format("2006-01-02") }
	for _, c := range []struct{ phrase, from, to string }{
		{"اليوم الثلاثاء", "2020-10-06", "2020-10-07"},
		{"أمس الأحد", "2020-10-04", "2020-10-05"},
		{"أمس الإثنين", "2020-10-05", "2020-10-06"},
		{"في وقت سابق من اليوم", "2020-10-06", ""},
		{"الأسبوع الماضي", "2020-09-26", "2020-10-03"},
		{"لليوم العاشر على التوالي", "2020-09-27", "2020-10-07"},
	} {
		at := strings.Index(s, c.phrase)
		require.GreaterOrEqual(t, at, 0, c.phrase)
		ok := false
		for _, e := range d.Dates {
			if e.Start < at+len(c.phrase) && e.End > at && day(e.From) == c.from && (c.to == "" || day(e.To) == c.to) {
				ok = true
			}
		}
		assert.True(t, ok, "%s: not resolved to [%s, %s)", c.phrase, c.from, c.to)
	}
	// The bare أمس of "نُقلت أمس".
	at := strings.Index(s, "نُقلت أمس")
	if assert.GreaterOrEqual(t, at, 0) {
		ok := false
		for _, e := range d.Dates {
			if e.Start >= at && e.Start < at+len("نُقلت أمس") && day(e.From) == "2020-10-05" {
				ok = true
			}
		}
		assert.True(t, ok, "bare أمس not resolved to 2020-10-05")
	}

	found := map[string]string{} // mention text -> type
	for _, m := range jd.Mentions {
		found[m.Text] = m.Type
	}
	for name, typ := range map[string]string{
		"حسن روحاني": "person", "روحاني": "person", "إلهام علييف": "person", "سيرغي لافروف": "person",
		"لافروف": "person", "محمد جواد ظريف": "person", "ظريف": "person", "علي أكبر ولايتي": "person",
		"سعيد خطيب زادة": "person", "عبد الرضا رحماني فضلي": "person",
		"إيران": "place", "أذربيجان": "place", "اذربيجان": "place", "أرمينيا": "place", "روسيا": "place",
		"سوريا": "place", "ليبيا": "place", "تركيا": "place", "أميركا": "place", "إسرائيل": "place",
		"موسكو": "place", "طهران": "place",
		"الخارجية الروسية": "organization", "الخارجية الإيرانية": "organization",
		"الإيراني": "nationality", "الإيرانية": "nationality", "الأذربيجانية": "nationality",
	} {
		assert.Equal(t, typ, found[name], "seed mention %s", name)
	}
	// Both Karabakh spellings link to one entity.
	var karabakh []string
	for _, m := range jd.Mentions {
		if strings.Contains(m.Text, "اباخ") || strings.Contains(m.Text, "راباخ") {
			karabakh = append(karabakh, m.Entity.ID)
		}
	}
	require.NotEmpty(t, karabakh)
	for _, id := range karabakh {
		assert.Equal(t, karabakh[0], id, "Karabakh spellings link to different entities")
	}
}

func TestJSONOffsetsAwkwardText(t *testing.T) {
	for _, s := range []string{
		"",
		"🇪🇬 مصر 👍🏽 تونس\u00a0و\"إسرائيل\" 𝕏 ليبيا",
		"a\xffb إيران \xe2\x80 طهران",
		"سطر\u2028سطر \"اقتباس\" \\ \t\x01 روسيا",
	} {
		d := Analyze(s, ownAnchor)
		checkJSON(t, d)
	}
}

func TestUTF16Index(t *testing.T) {
	for _, s := range []string{"", "abc", "أمس 🇪🇬 x", strings.Repeat("ب😀", 300), strings.Repeat("aé", 300) + "𝕏",
		"\xff\xfe" + strings.Repeat("é", 200) + "\xe2\x80"} {
		valid := utf8.ValidString(s)
		// want[i]: UTF-16 units before the last rune that starts at or
		// before i, as a decoder of the JSON string counts them.
		want := make([]int, len(s)+1)
		units, last := 0, 0
		for i := 0; i <= len(s); i++ {
			if i == len(s) || !valid || utf8.RuneStart(s[i]) {
				units = len(utf16.Encode([]rune(s[:i])))
				last = units
			}
			want[i] = last
		}
		u := newUTF16Index(s, valid)
		assert.Equal(t, want[len(s)], u.total, "%q", s)
		// In increasing order (the cursor), then in a scrambled order (the
		// checkpoints).
		for i := 0; i <= len(s); i++ {
			if valid || i == len(s) || utf8.RuneStart(s[i]) {
				require.Equal(t, want[i], u.at(i), "%q at %d", s, i)
			}
		}
		for k := 0; k <= len(s); k++ {
			i := (k * 7919) % (len(s) + 1)
			if valid || i == len(s) || utf8.RuneStart(s[i]) {
				require.Equal(t, want[i], u.at(i), "%q at %d (scrambled)", s, i)
			}
		}
		// In increasing strides of 1 to 40 bytes from a fresh index (the
		// cursor walks on over several runes at a time, as from a token's
		// start to its end).
		u = newUTF16Index(s, valid)
		for i, k := 0, 0; i <= len(s); k++ {
			if valid || i == len(s) || utf8.RuneStart(s[i]) {
				require.Equal(t, want[i], u.at(i), "%q at %d (strides)", s, i)
			}
			i += 1 + k%40
		}
		// appendSpan over spans that follow each other with a gap of
		// zero to two bytes (its own conversion of a start one ASCII
		// byte past the cursor), from a fresh index
		u = newUTF16Index(s, valid)
		for i, k := 0, 0; i <= len(s); k++ {
			j := min(i+k%13, len(s))
			got := string(appendSpan(nil, &u, i, j))
			if (valid || (i == len(s) || utf8.RuneStart(s[i])) && (j == len(s) || utf8.RuneStart(s[j]))) &&
				got != fmt.Sprintf(`"start":%d,"end":%d,"start16":%d,"end16":%d`, i, j, want[i], want[j]) {
				t.Fatalf("%q: appendSpan(%d, %d) = %s, want units %d, %d", s, i, j, got, want[i], want[j])
			}
			i = j + k%3
		}
	}
}

func TestConcurrentAnalyze(t *testing.T) {
	a, err := New(WeekStart(time.Monday))
	require.NoError(t, err)
	want, _ := json.Marshal(a.Analyze(ownText, ownAnchor))
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				got, _ := json.Marshal(a.Analyze(ownText, ownAnchor))
				if string(got) != string(want) {
					errs <- "concurrent Analyze gave a different document"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestOptions(t *testing.T) {
	_, err := New(WithGazetteer(nil))
	assert.Error(t, err)
	_, err = New(Location(nil))
	assert.Error(t, err)
	_, err = New(WithStemmer(nil))
	assert.Error(t, err)
	_, err = New(WeekStart(time.Weekday(9)))
	assert.Error(t, err)

	// Week start changes what الأسبوع الماضي means.
	sat, err := New()
	require.NoError(t, err)
	mon, err := New(WeekStart(time.Monday))
	require.NoError(t, err)
	text := "تظاهرات الأسبوع الماضي"
	ds, dm := sat.Analyze(text, ownAnchor).Dates, mon.Analyze(text, ownAnchor).Dates
	require.Len(t, ds, 1)
	require.Len(t, dm, 1)
	assert.Equal(t, time.Saturday, ds[0].From.Weekday())
	assert.Equal(t, time.Monday, dm[0].From.Weekday())
}

func TestTopStems(t *testing.T) {
	d := Analyze("المفاوضات والمفاوضات ومفاوضات. السودان والسودان.", ownAnchor)
	top := d.TopStems(1)
	require.Len(t, top, 1)
	assert.Equal(t, 3, top[0].Count)
	assert.Equal(t, "المفاوضات", top[0].Word, "the stem's most frequent word, the first on a tie")
	d = Analyze("ومفاوضات المفاوضات والمفاوضات المفاوضات", ownAnchor)
	assert.Equal(t, "المفاوضات", d.TopStems(1)[0].Word)
}

func FuzzAnalyze(f *testing.F) {
	f.Add(ownText)
	f.Add("a\xffb إيران \xe2\x80 طهران 🇪🇬")
	f.Add("منذ 99999999999 عام")
	f.Add(strings.Repeat("وقال الوزيرُ اليومَ الاثنين #مصر @AlJazeera ٢٠٢٤ ", 12)) // more than a block of the word cache
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyze(s, ownAnchor)
		b := d.AppendJSON(nil, JSONOptions{})
		if !json.Valid(b) {
			t.Fatalf("invalid JSON for %q", s)
		}
		for _, tk := range d.Tokens {
			if tk.Start < 0 || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %q at %d..%d", tk.Text, tk.Start, tk.End)
			}
		}
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q at %d..%d", m.Text, m.Start, m.End)
			}
		}
		checkAnalyzeParts(t, s, d)
	})
}

// checkAnalyzeParts checks that what Analyze reads from its one word
// stream and its word cache is what each package gives on the text alone:
// the tokens and sentences of tokenize, each token's Norm and Stem, and the
// dates and writing day of the default Analyzer's Resolver.
func checkAnalyzeParts(t *testing.T, s string, d *Document) {
	t.Helper()
	a := defaultAnalyzer()
	toks := tokenize.Tokens(s)
	if len(d.Tokens) != len(toks) {
		t.Fatalf("%+q: %d tokens, tokenize gives %d", s, len(d.Tokens), len(toks))
	}
	for i, tk := range d.Tokens {
		w := toks[i]
		if tk.Text != w.Text || tk.Start != w.Start || tk.End != w.End || tk.Kind != w.Kind {
			t.Fatalf("%+q: token %d is %+v, tokenize gives %+v", s, i, tk, w)
		}
		norm, stm := tk.Text, ""
		switch tk.Kind {
		case tokenize.Word:
			norm, stm = a.normStem(tk.Text)
		case tokenize.Hashtag, tokenize.Mention, tokenize.Number:
			norm = normalize.Search.String(tk.Text)
		}
		if tk.Norm != norm || tk.Stem != stm {
			t.Fatalf("%+q: token %q has Norm %q Stem %q, want %q %q", s, tk.Text, tk.Norm, tk.Stem, norm, stm)
		}
	}
	if sn := tokenize.Sentences(s); !reflect.DeepEqual(d.Sentences, sn) {
		t.Fatalf("%+q: sentences %v, tokenize gives %v", s, d.Sentences, sn)
	}
	ds, w, ok := a.dates.FindWritten(s, d.Published)
	if !ok {
		w = d.Published
	}
	if !reflect.DeepEqual(d.Dates, ds) || !d.Written.Equal(w) {
		t.Fatalf("%+q: dates %v written %v, the Resolver gives %v written %v", s, d.Dates, d.Written, ds, w)
	}
}
