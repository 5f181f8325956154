package entities_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

const userTSV = `# my gazetteer
id	type	names	surnames	country	description
p-jane-doe	person	جين دو|جاين دو	دو	US	a reporter
pl-springfield	place	سبرينغفيلد		US	
o-acme	organization	شركة أكمي		US	
`

func TestLoadTSV(t *testing.T) {
	g, err := entities.Load(strings.NewReader(userTSV))
	require(t).True(err == nil, "%v", err)
	require(t).Equal(3, g.Len())
	e, ok := g.Entity("p-jane-doe")
	require(t).True(ok)
	assert(t).Equal(entities.Person, e.Type)
	assert(t).Equal("جين دو", e.Name)
	assert(t).Equal([]string{"دو"}, e.Surnames)
	assert(t).Equal("user", e.Source)
	text := "قالت الصحفية جين دو في سبرينغفيلد إن شركة أكمي... وأضافت دو"
	assert(t).Equal([]string{"جين دو/person/p-jane-doe", "سبرينغفيلد/place/pl-springfield",
		"شركة أكمي/organization/o-acme", "دو/person/p-jane-doe"}, got(g, text))
	// A byte order mark and CRLF line ends are fine.
	g2, err := entities.Load(strings.NewReader("\uFEFF" + strings.ReplaceAll(userTSV, "\n", "\r\n")))
	require(t).True(err == nil, "%v", err)
	assert(t).Equal(3, g2.Len())
	// Alone, the user gazetteer knows nothing of Iran.
	assert(t).Len(g.Find("إيران"), 0)
}

func TestLoadJSON(t *testing.T) {
	data := `{"id":"o-acme","type":"organization","names":["شركة أكمي"],"country":"US"}
{"id":"pl-atlantis","type":"place","names":["أتلانتس"],"adjectives":["أتلانتي"]}
`
	g, err := entities.Load(strings.NewReader(data))
	require(t).True(err == nil, "%v", err)
	assert(t).Equal([]string{"أتلانتس/place/pl-atlantis", "الأتلانتية/nationality/pl-atlantis"},
		got(g, "في أتلانتس قالت الحكومة الأتلانتية"))
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		line       int
		msg        string
	}{
		{"unknown type", "id\ttype\tnames\nx\tperson\tأ\ny\tanimal\tقط\n", 3, "unknown type"},
		{"duplicate id", "id\ttype\tnames\nx\tperson\tجين\nx\tplace\tمدينة\n", 3, "duplicate id"},
		{"field count", "id\ttype\tnames\nx\tperson\n", 2, "fields"},
		{"unknown column", "id\ttype\tnames\tcolour\n", 1, "unknown column"},
		{"missing column", "id\tnames\n", 1, "no \"type\" column"},
		{"no header", "x\n", 1, "no header"},
		{"no names", "id\ttype\tnames\nx\tperson\t\n", 2, "no names"},
		{"bad json", "{\"id\":\"x\",\"type\":\"person\",\"names\":[\"جين\"]}\n{\"id\":\n", 2, "bad JSON"},
		{"json unknown key", "{\"id\":\"x\",\"type\":\"person\",\"names\":[\"جين\"],\"age\":3}\n", 1, "bad JSON"},
		{"invalid utf8", "id\ttype\tnames\nx\tperson\t\xff\n", 2, "invalid UTF-8"},
		{"bad id", "id\ttype\tnames\nx y\tperson\tجين\n", 2, "bad id"},
		{"name without word", "id\ttype\tnames\nx\tperson\t!!\n", 2, "no word"},
		{"bad country", "id\ttype\tnames\tcountry\nx\tperson\tجين\tusa\n", 2, "country"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := entities.Load(strings.NewReader(tc.data))
			require(t).True(err != nil, "no error")
			require(t).True(g == nil, "half-loaded gazetteer returned")
			var pe *entities.ParseError
			require(t).True(errors.As(err, &pe), "%T %v", err, err)
			assert(t).Equal(tc.line, pe.Line, err.Error())
			assert(t).Contains(err.Error(), tc.msg)
		})
	}
	// Too long a line.
	_, err := entities.Load(strings.NewReader("id\ttype\tnames\n" + strings.Repeat("x", 2<<20)))
	require(t).True(err != nil)
	// Empty data is an empty gazetteer.
	g, err := entities.Load(strings.NewReader("# nothing\n\n"))
	require(t).True(err == nil)
	assert(t).Equal(0, g.Len())
	assert(t).Len(g.Find("إيران"), 0)
}

func TestMerge(t *testing.T) {
	user, err := entities.Load(strings.NewReader(userTSV + "pl-qom\tplace\tإيران الكبرى\tIR\n"[:0]))
	require(t).True(err == nil, "%v", err)
	g, err := entities.Default().Merge(user)
	require(t).True(err == nil, "%v", err)
	assert(t).Equal(entities.Default().Len()+3, g.Len())
	assert(t).Equal([]string{"جين دو/person/p-jane-doe", "إيران/place/c-ir"}, got(g, "جين دو في إيران"))
	// User data wins a tie: the same name, another entity.
	over, err := entities.Load(strings.NewReader("id\ttype\tnames\nmy-tehran\tplace\tطهران\n"))
	require(t).True(err == nil, "%v", err)
	g2, err := entities.Default().Merge(over)
	require(t).True(err == nil)
	assert(t).Equal([]string{"طهران/place/my-tehran"}, got(g2, "في طهران"))
	// The longest name wins whichever layer it comes from.
	assert(t).Equal([]string{"وزارة الخارجية الإيرانية/organization/o-ministry-foreign-ir"}, got(g, "وزارة الخارجية الإيرانية"))
	// Duplicate ids are an error.
	dup, err := entities.Load(strings.NewReader("id\ttype\tnames\nc-ir\tplace\tفارس\n"))
	require(t).True(err == nil)
	_, err = entities.Default().Merge(dup)
	assert(t).True(err != nil && strings.Contains(err.Error(), "duplicate id"), "%v", err)
	// Merging nil or empty is harmless.
	g3, err := entities.Default().Merge(nil)
	require(t).True(err == nil)
	assert(t).Equal(entities.Default().Len(), g3.Len())
}

func TestLatinAndConcurrentUse(t *testing.T) {
	user, err := entities.Load(strings.NewReader("id\ttype\tnames\nx-cnn\torganization\tCNN|سي إن إن\n"))
	require(t).True(err == nil, "%v", err)
	g, err := entities.Default().Merge(user)
	require(t).True(err == nil, "%v", err)
	text := "دبي، الإمارات العربية المتحدة (cnn) – قال مصدر لـCNN إن إيران"
	// A one-word Latin name needs the text's capitals where it has them:
	// CNN, not cnn; the user's entry wins over the default o-cnn.
	want := []string{"دبي/place/g-292223", "الإمارات العربية المتحدة/place/c-ae",
		"CNN/organization/x-cnn", "إيران/place/c-ir"}
	assert(t).Equal(want, got(g, text))
	// Many goroutines share one gazetteer.
	done := make(chan []string)
	for range 8 {
		go func() {
			var last []string
			for range 50 {
				last = got(g, text)
				g.Entity("c-ir")
			}
			done <- last
		}()
	}
	for range 8 {
		assert(t).Equal(want, <-done)
	}
}
