package arabic_test

import (
	"fmt"
	"time"

	"github.com/arnews/arnews"
	"github.com/arnews/arnews/bleve/arabic"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The analyzer's tokens: the terms are search forms and stems, the offsets
// point at the words as written.
func ExampleNewAnalyzer() {
	text := "وَالحُكُومَةِ تُعلن عن خطتها لـ #الانتخابات_الرئاسية"
	for _, t := range arabic.NewAnalyzer().Analyze([]byte(text)) {
		fmt.Printf("%d-%d %s → %s\n", t.Start, t.End, text[t.Start:t.End], t.Term)
	}
	// Output:
	// 0-26 وَالحُكُومَةِ → حكوم
	// 27-37 تُعلن → تعلن
	// 43-53 خطتها → خطت
	// 60-80 الانتخابات → انتخاب
	// 81-97 الرئاسية → رءاس
}

// Index an article and ask for the articles that name Sameh Shoukry and
// speak of a day in April 2021, with the matching words highlighted.
func ExampleNewArticle() {
	idx, err := bleve.NewMemOnly(arabic.NewIndexMapping(""))
	if err != nil {
		panic(err)
	}
	text := "التقى وزير الخارجية المصري سامح شكري نظيره السوداني أمس الثلاثاء في القاهرة، " +
		"وبحثا مفاوضاتِ سدّ النهضـــة التي ستُستأنف في ١٥ أبريل."
	doc := arnews.Analyze(text, time.Date(2021, 4, 7, 12, 0, 0, 0, time.UTC))
	a := arabic.NewArticle(doc, "شكري يبحث ملف السد", "example")
	fmt.Println(a.Entities)
	for _, d := range a.Days {
		fmt.Println(d.Format("2006-01-02"))
	}
	if err := idx.Index("1", a); err != nil {
		panic(err)
	}

	entity := query.NewTermQuery("p-sameh-shoukry")
	entity.SetField(arabic.FieldEntities)
	april, may := time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 5, 1, 0, 0, 0, 0, time.UTC)
	days := query.NewDateRangeQuery(april, may)
	days.SetField(arabic.FieldDays)
	words := query.NewMatchQuery("مفاوضات النهضة")
	words.SetField(arabic.FieldText)
	req := bleve.NewSearchRequest(query.NewConjunctionQuery([]query.Query{words, entity, days}))
	req.Highlight = bleve.NewHighlightWithStyle("html")
	res, err := idx.Search(req)
	if err != nil {
		panic(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Fragments[arabic.FieldText])
	}
	// Output:
	// [c-eg p-sameh-shoukry c-sd g-360630 pl-gerd]
	// 2021-04-06
	// 2021-04-15
	// 1 [التقى وزير الخارجية المصري سامح شكري نظيره السوداني أمس الثلاثاء في القاهرة، وبحثا <mark>مفاوضاتِ</mark> سدّ <mark>النهضـــة</mark> التي ستُستأنف في ١٥ أبريل.]
}
