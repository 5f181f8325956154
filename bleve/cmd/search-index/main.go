// Command search-index searches an index made by index-archive: a query
// string, the entities an article must name, a period its dates must speak
// of and a window of publication, and shows the best articles with their
// matching words highlighted, then facet counts (entities, outlets, days).
//
// Usage:
//
//	search-index -index news.bleve [flags] [query string]
//
// The query string is bleve's (github.com/blevesearch/bleve/v2 query string
// syntax): words, "a phrase", +must, -must-not, title:word. It searches the
// text and the title, analyzed like the index. Without one, the filters
// alone choose the articles.
//
// Flags:
//
//	-entity IDS      comma-separated entity IDs the article must name
//	                 (p-sameh-shoukry,c-eg)
//	-day PERIOD      the article speaks of a day in PERIOD: 2021, 2021-04 or
//	                 2021-04-15
//	-from DATE       published on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD)
//	-to DATE         published on or before DATE (the whole year, month or day)
//	-n N             articles to show (default 10)
//	-facets N        values per facet (default 10; 0: no facets)
//	-style S         highlighting: ansi (default on a terminal) or html
//
// For example, the articles that name Sameh Shoukry and speak of a day in
// April 2021, about the dam:
//
//	search-index -index news.bleve -entity p-sameh-shoukry -day 2021-04 سد النهضة
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/entities"
	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

type config struct {
	index         string
	query         string
	entities      []string
	day, from, to string
	n, facets     int
	style         string
}

func main() {
	var cfg config
	var ents string
	flag.StringVar(&cfg.index, "index", "", "the index `dir`ectory")
	flag.StringVar(&ents, "entity", "", "comma-separated entity `IDs` the article must name")
	flag.StringVar(&cfg.day, "day", "", "the article speaks of a day in this `period` (YYYY, YYYY-MM, YYYY-MM-DD)")
	flag.StringVar(&cfg.from, "from", "", "published on or after this `date`")
	flag.StringVar(&cfg.to, "to", "", "published on or before this `date` (inclusive)")
	flag.IntVar(&cfg.n, "n", 10, "articles to show")
	flag.IntVar(&cfg.facets, "facets", 10, "values per facet (0: none)")
	style := "html"
	if fi, err := os.Stdout.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		style = "ansi"
	}
	flag.StringVar(&cfg.style, "style", style, "highlighting `style`: ansi or html")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: search-index -index DIR [flags] [query string]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if cfg.index == "" {
		flag.Usage()
		os.Exit(2)
	}
	cfg.query = strings.Join(flag.Args(), " ")
	for _, e := range strings.Split(ents, ",") {
		if e = strings.TrimSpace(e); e != "" {
			cfg.entities = append(cfg.entities, e)
		}
	}
	idx, err := bleve.Open(cfg.index)
	if err == nil {
		defer idx.Close()
		err = run(idx, cfg, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "search-index:", err)
		os.Exit(1)
	}
}

// request builds the search request of cfg.
func request(cfg config) (*bleve.SearchRequest, error) {
	var must []query.Query
	if cfg.query != "" {
		must = append(must, bleve.NewQueryStringQuery(cfg.query))
	}
	for _, e := range cfg.entities {
		must = append(must, arabic.EntityQuery(e))
	}
	var dayFrom, dayTo time.Time
	if cfg.day != "" {
		var err error
		if dayFrom, dayTo, err = arabic.ParsePeriod(cfg.day); err != nil {
			return nil, fmt.Errorf("-day: %w", err)
		}
		must = append(must, arabic.DaysQuery(dayFrom, dayTo))
	}
	if cfg.from != "" || cfg.to != "" {
		from, to := time.Time{}, time.Time{}
		if cfg.from != "" {
			f, _, err := arabic.ParsePeriod(cfg.from)
			if err != nil {
				return nil, fmt.Errorf("-from: %w", err)
			}
			from = f
		}
		if cfg.to != "" {
			_, t, err := arabic.ParsePeriod(cfg.to)
			if err != nil {
				return nil, fmt.Errorf("-to: %w", err)
			}
			to = t
		}
		must = append(must, arabic.PublishedQuery(from, to))
	}
	var q query.Query
	switch len(must) {
	case 0:
		q = bleve.NewMatchAllQuery()
	case 1:
		q = must[0]
	default:
		q = bleve.NewConjunctionQuery(must...)
	}
	req := bleve.NewSearchRequestOptions(q, cfg.n, 0, false)
	req.Fields = []string{arabic.FieldTitle, arabic.FieldOutlet, arabic.FieldPublished}
	if cfg.query != "" {
		req.Highlight = bleve.NewHighlightWithStyle(cfg.style)
		req.Highlight.AddField(arabic.FieldTitle)
		req.Highlight.AddField(arabic.FieldText)
	}
	if cfg.facets > 0 {
		req.AddFacet(arabic.FieldEntities, bleve.NewFacetRequest(arabic.FieldEntities, cfg.facets))
		req.AddFacet(arabic.FieldOutlet, bleve.NewFacetRequest(arabic.FieldOutlet, cfg.facets))
		days := bleve.NewFacetRequest(arabic.FieldDays, 1000)
		for _, b := range dayBuckets(dayFrom, dayTo) {
			days.AddDateTimeRange(b.name, b.from, b.to)
		}
		req.AddFacet(arabic.FieldDays, days)
	}
	return req, nil
}

type bucket struct {
	name     string
	from, to time.Time
}

// dayBuckets splits [from, to) into days (up to two months), months (up to
// three years) or years; without a period, into the years 1990 to next year.
func dayBuckets(from, to time.Time) []bucket {
	if from.IsZero() {
		from = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
		to = time.Date(time.Now().Year()+2, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	step, layout := func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }, "2006"
	switch span := to.Sub(from); {
	case span <= 62*24*time.Hour:
		step, layout = func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }, "2006-01-02"
	case span <= 3*366*24*time.Hour:
		step, layout = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }, "2006-01"
		from = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
	default:
		from = time.Date(from.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	var out []bucket
	for t := from; t.Before(to); t = step(t) {
		e := step(t)
		if e.After(to) {
			e = to
		}
		out = append(out, bucket{t.Format(layout), t, e})
	}
	return out
}

// run searches idx and writes the results to w.
func run(idx bleve.Index, cfg config, w io.Writer) error {
	req, err := request(cfg)
	if err != nil {
		return err
	}
	res, err := idx.Search(req)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d articles match (%s)\n", res.Total, res.Took.Round(time.Microsecond))
	for i, h := range res.Hits {
		title, _ := h.Fields[arabic.FieldTitle].(string)
		outlet, _ := h.Fields[arabic.FieldOutlet].(string)
		pub, _ := h.Fields[arabic.FieldPublished].(string)
		if t, err := time.Parse(time.RFC3339, pub); err == nil {
			pub = t.Format("2006-01-02")
		}
		fmt.Fprintf(w, "\n%d. %s  [%s %s %s] %.3f\n", i+1, firstNonEmpty(h.Fragments[arabic.FieldTitle], title), h.ID, outlet, pub, h.Score)
		for _, f := range h.Fragments[arabic.FieldText] {
			fmt.Fprintf(w, "   … %s …\n", strings.Join(strings.Fields(f), " "))
		}
	}
	if len(res.Facets) > 0 {
		g := entities.Default()
		fmt.Fprintln(w)
		for _, name := range []string{arabic.FieldEntities, arabic.FieldOutlet, arabic.FieldDays} {
			f := res.Facets[name]
			if f == nil {
				continue
			}
			switch {
			case f.Terms != nil:
				fmt.Fprintf(w, "%s (articles):\n", name)
			case len(f.DateRanges) > 0 && len(f.DateRanges[0].Name) == len("2006-01-02"):
				fmt.Fprintf(w, "%s (articles speaking of each day):\n", name)
			default:
				fmt.Fprintf(w, "%s (article-days: an article counts once per day it speaks of):\n", name)
			}
			if f.Terms != nil {
				for _, t := range f.Terms.Terms() {
					label := t.Term
					if e, ok := g.Entity(t.Term); ok {
						label += " " + e.Name
					}
					fmt.Fprintf(w, "  %6d  %s\n", t.Count, label)
				}
			}
			var ranges []*search.DateRangeFacet
			for _, d := range f.DateRanges {
				if d.Count > 0 {
					ranges = append(ranges, d)
				}
			}
			sort.Slice(ranges, func(i, j int) bool { return ranges[i].Name < ranges[j].Name })
			for _, d := range ranges {
				fmt.Fprintf(w, "  %6d  %s\n", d.Count, d.Name)
			}
		}
	}
	return nil
}

func firstNonEmpty(frags []string, s string) string {
	if len(frags) > 0 {
		return frags[0]
	}
	return s
}
