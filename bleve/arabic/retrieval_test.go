package arabic_test

// The retrieval measurement: index article texts without their titles, use
// the titles of a seeded random sample of articles as queries, and see
// where the article a title belongs to ranks, with each analyzer.
//
// By default (and in CI) it runs on a seeded subset of the corpus; the
// full measurement (all 40k articles, 2,000 queries) runs with
//
//	cd bleve && ARNEWS_BLEVE_FULL=1 nice go test -run TestRetrieval -v -timeout 2h ./arabic/

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/internal/shared"
	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/mapping"
)

// full reports whether the long measurements were asked for.
func full() bool { return os.Getenv("ARNEWS_BLEVE_FULL") != "" }

// corpus returns the articles of both corpus files that have a text,
// without repeated texts, in file order.
func corpus(tb testing.TB) []shared.Article {
	tb.Helper()
	var out []shared.Article
	seed := maphash.MakeSeed()
	seen := map[uint64]bool{}
	for _, f := range shared.CorpusFiles {
		shared.Articles(tb, f, func(a shared.Article) bool {
			if strings.TrimSpace(a.Text) == "" {
				return true
			}
			h := maphash.String(seed, a.Text)
			if !seen[h] {
				seen[h] = true
				out = append(out, a)
			}
			return true
		})
	}
	return out
}

// sample draws the measurement's articles and queries with a fixed seed:
// nDocs articles (all when nDocs >= len(all)) and, among them, nQueries
// whose title is one no other article of the corpus has.
func sample(all []shared.Article, nDocs, nQueries int) (docs []shared.Article, queries []int) {
	rng := rand.New(rand.NewPCG(2026, 16))
	docs = all
	if nDocs < len(all) {
		docs = make([]shared.Article, 0, nDocs)
		for _, i := range rng.Perm(len(all))[:nDocs] {
			docs = append(docs, all[i])
		}
	}
	titles := map[string]int{}
	for _, a := range all {
		titles[strings.TrimSpace(a.Title)]++
	}
	for _, i := range rng.Perm(len(docs)) {
		t := strings.TrimSpace(docs[i].Title)
		if t == "" || titles[t] > 1 {
			continue
		}
		queries = append(queries, i)
		if len(queries) == nQueries {
			break
		}
	}
	return docs, queries
}

// textOnlyMapping indexes one field, "text", with the given analyzer, and
// nothing else: what the retrieval measurement needs.
func textOnlyMapping(analyzer string) *mapping.IndexMappingImpl {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store = false
	f.IncludeTermVectors = false
	f.IncludeInAll = false
	f.DocValues = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("text", f)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = analyzer
	return im
}

// buildTextIndex indexes the texts of docs (ID = position) in dir.
func buildTextIndex(tb testing.TB, dir, analyzer string, docs []shared.Article) bleve.Index {
	tb.Helper()
	idx, err := bleve.New(dir, textOnlyMapping(analyzer))
	if err != nil {
		tb.Fatal(err)
	}
	b := idx.NewBatch()
	for i, a := range docs {
		if err := b.Index(strconv.Itoa(i), map[string]any{"text": a.Text}); err != nil {
			tb.Fatal(err)
		}
		if b.Size() == 500 || i == len(docs)-1 {
			if err := idx.Batch(b); err != nil {
				tb.Fatal(err)
			}
			b.Reset()
		}
	}
	return idx
}

// retrieval is one analyzer's result: the rank (1-10, or 0 when not in
// the top ten) of each query's article.
type retrieval struct {
	analyzer string
	ranks    []int
	index    time.Duration
}

func (r retrieval) mrr() float64 {
	s := 0.0
	for _, k := range r.ranks {
		if k > 0 {
			s += 1 / float64(k)
		}
	}
	return s / float64(len(r.ranks))
}

func (r retrieval) recall() float64 {
	n := 0
	for _, k := range r.ranks {
		if k > 0 {
			n++
		}
	}
	return float64(n) / float64(len(r.ranks))
}

func measureRetrieval(tb testing.TB, analyzer string, docs []shared.Article, queries []int) retrieval {
	tb.Helper()
	start := time.Now()
	idx := buildTextIndex(tb, filepath.Join(tb.TempDir(), analyzer), analyzer, docs)
	defer idx.Close()
	r := retrieval{analyzer: analyzer, index: time.Since(start)}
	for _, qi := range queries {
		q := bleve.NewMatchQuery(docs[qi].Title)
		q.SetField("text")
		req := bleve.NewSearchRequestOptions(q, 10, 0, false)
		res, err := idx.Search(req)
		if err != nil {
			tb.Fatal(err)
		}
		rank := 0
		want := strconv.Itoa(qi)
		for k, h := range res.Hits {
			if h.ID == want {
				rank = k + 1
				break
			}
		}
		r.ranks = append(r.ranks, rank)
	}
	return r
}

// TestRetrieval measures MRR@10 and recall@10 of title queries with bleve's
// standard and ar analyzers and ours, and checks that ours beats ar.
func TestRetrieval(t *testing.T) {
	all := corpus(t)
	nDocs, nQueries := 3000, 300
	if full() {
		nDocs, nQueries = len(all), 2000
	} else if testing.Short() {
		nDocs, nQueries = 1000, 100
	}
	docs, queries := sample(all, nDocs, nQueries)
	t.Logf("%d articles indexed (of %d), %d title queries", len(docs), len(all), len(queries))
	analyzers := []string{"standard", "ar", arabic.SnowballAnalyzerName, arabic.AnalyzerName}
	if s := os.Getenv("ARNEWS_BLEVE_ANALYZERS"); s != "" {
		analyzers = strings.Split(s, ",")
	}
	res := map[string]retrieval{}
	var table strings.Builder
	fmt.Fprintf(&table, "\n| analyzer | MRR@10 | recall@10 | indexing |\n|---|---|---|---|\n")
	for _, name := range analyzers {
		r := measureRetrieval(t, name, docs, queries)
		res[name] = r
		fmt.Fprintf(&table, "| `%s` | %.3f | %.3f | %.1fs |\n", name, r.mrr(), r.recall(), r.index.Seconds())
	}
	t.Log(table.String())

	ours, okO := res[arabic.AnalyzerName]
	ar, okA := res["ar"]
	if !okO || !okA {
		return
	}
	wins, losses := 0, 0
	var lost []string
	for i, qi := range queries {
		ro, ra := ours.ranks[i], ar.ranks[i]
		switch {
		case better(ro, ra):
			wins++
		case better(ra, ro):
			losses++
			lost = append(lost, fmt.Sprintf("ar %d, ours %d: %s", ra, ro, docs[qi].Title))
		}
	}
	t.Logf("ours vs ar: MRR %+.3f (%.1f%%), recall %+.3f; ours ranks the article higher on %d queries, lower on %d",
		ours.mrr()-ar.mrr(), 100*(ours.mrr()/ar.mrr()-1), ours.recall()-ar.recall(), wins, losses)
	for i, l := range lost {
		if i == 40 {
			break
		}
		t.Logf("lost: %s", l)
	}
	if ours.mrr() <= ar.mrr() {
		t.Errorf("MRR@10: ours %.3f does not beat ar %.3f", ours.mrr(), ar.mrr())
	}
}

// better reports whether rank a (0 = not found) is better than rank b.
func better(a, b int) bool {
	if a == 0 {
		return false
	}
	return b == 0 || a < b
}
