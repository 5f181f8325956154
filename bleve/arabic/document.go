package arabic

import (
	"fmt"
	"time"

	"github.com/arnews/arnews"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The fields of an Article in the index, as NewIndexMapping maps them.
const (
	// FieldText is the article text, analyzed for search, stored (for
	// highlighting) and with term vectors.
	FieldText = "text"
	// FieldTitle is the title, analyzed and stored like the text.
	FieldTitle = "title"
	// FieldOutlet is the outlet's name, one keyword.
	FieldOutlet = "outlet"
	// FieldPublished is the publication time (datetime).
	FieldPublished = "published"
	// FieldEntities holds the IDs of the entities the article names
	// ("p-sameh-shoukry", "c-eg"), each one keyword.
	FieldEntities = "entities"
	// FieldDays holds the calendar days the article's date expressions
	// resolve to (datetime, midnight UTC of each day).
	FieldDays = "days"
)

// DocType is the bleve document type of an Article (see Article.BleveType).
const DocType = "article"

// MaxDaySpan is the longest resolved span whose days an Article lists:
// a day, a week or a month gives its days; a year or a decade ("in 2019",
// "in the last ten years") gives none, since it does not single out a day.
const MaxDaySpan = 31

// An Article is an arnews Document made ready for bleve: index it with
// index.Index(id, article) in an index made with NewIndexMapping. The JSON
// names of its fields are the field names in the index.
type Article struct {
	Text  string `json:"text"`
	Title string `json:"title"`
	// Outlet is who published it; "" indexes nothing.
	Outlet string `json:"outlet"`
	// Published is the publication time; the zero time indexes nothing.
	Published time.Time `json:"published"`
	// Entities are the IDs of the entities the text names, most mentioned
	// first.
	Entities []string `json:"entities"`
	// Days are the days the text's date expressions speak of, in order,
	// each once: every day of each resolved span of at most MaxDaySpan
	// days, as midnight UTC of the day in the expression's own zone.
	Days []time.Time `json:"days"`
}

// BleveType returns DocType, so that bleve indexes an Article with the
// document mapping of NewIndexMapping whatever the index's default type.
func (Article) BleveType() string { return DocType }

// NewArticle makes the indexable form of doc, an analyzed article, with
// its title and outlet (which a Document does not hold).
func NewArticle(doc *arnews.Document, title, outlet string) Article {
	a := Article{Text: doc.Text, Title: title, Outlet: outlet, Published: doc.Published}
	if len(doc.Entities) > 0 {
		a.Entities = make([]string, len(doc.Entities))
		for i, ec := range doc.Entities {
			a.Entities[i] = ec.Entity.ID
		}
	}
	seen := map[time.Time]bool{}
	for _, e := range doc.Dates {
		if !e.From.Before(e.To) {
			continue
		}
		y, m, d := e.From.Date()
		first := time.Date(y, m, d, 0, 0, 0, 0, e.From.Location())
		y2, m2, d2 := e.To.Add(-time.Nanosecond).Date()
		last := time.Date(y2, m2, d2, 0, 0, 0, 0, e.From.Location())
		if last.Sub(first) >= MaxDaySpan*24*time.Hour {
			continue
		}
		for day := first; !day.After(last); day = day.AddDate(0, 0, 1) {
			u := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
			if !seen[u] {
				seen[u] = true
				a.Days = append(a.Days, u)
			}
		}
	}
	return a
}

// NewIndexMapping returns the index mapping for Articles: FieldText and
// FieldTitle analyzed with textAnalyzer ("" means AnalyzerName; any
// analyzer registered in bleve works, such as "ar" or SnowballAnalyzerName),
// FieldOutlet and FieldEntities as keywords, FieldPublished and FieldDays
// as datetimes. Every field has doc values, for facets and sorting. The
// text and the title are also in bleve's _all field, so a query string
// without a field name searches them; the index's default analyzer is
// textAnalyzer, so such queries are analyzed the same way.
func NewIndexMapping(textAnalyzer string) *mapping.IndexMappingImpl {
	if textAnalyzer == "" {
		textAnalyzer = AnalyzerName
	}
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		return f
	}
	dt := func(store bool) *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldText, text())
	doc.AddFieldMappingsAt(FieldTitle, text())
	doc.AddFieldMappingsAt(FieldOutlet, kw(true))
	doc.AddFieldMappingsAt(FieldPublished, dt(true))
	doc.AddFieldMappingsAt(FieldEntities, kw(true))
	doc.AddFieldMappingsAt(FieldDays, dt(false))

	im := bleve.NewIndexMapping()
	im.AddDocumentMapping(DocType, doc)
	im.DefaultType = DocType
	im.DefaultAnalyzer = textAnalyzer
	return im
}

// EntityQuery matches the articles that name the entity with this ID
// ("p-sameh-shoukry").
func EntityQuery(id string) query.Query {
	q := query.NewTermQuery(id)
	q.SetField(FieldEntities)
	return q
}

// DaysQuery matches the articles whose dates speak of a day in [from, to).
// Days are indexed as midnight UTC: give from and to as UTC midnights (as
// ParsePeriod does).
func DaysQuery(from, to time.Time) query.Query {
	inclusive, exclusive := true, false
	q := query.NewDateRangeInclusiveQuery(from, to, &inclusive, &exclusive)
	q.SetField(FieldDays)
	return q
}

// PublishedQuery matches the articles published in [from, to).
func PublishedQuery(from, to time.Time) query.Query {
	inclusive, exclusive := true, false
	q := query.NewDateRangeInclusiveQuery(from, to, &inclusive, &exclusive)
	q.SetField(FieldPublished)
	return q
}

// ParsePeriod reads a year ("2021"), a month ("2021-04") or a day
// ("2021-04-15") and returns it as the span [from, to) of UTC midnights.
func ParsePeriod(s string) (from, to time.Time, err error) {
	for _, p := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(s) != len(p.layout) {
			continue
		}
		t, err := time.Parse(p.layout, s)
		if err != nil {
			break
		}
		return t, t.AddDate(p.years, p.months, p.days), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("arabic: period %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}
