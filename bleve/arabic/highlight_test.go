package arabic_test

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/tokenize"
	"github.com/blevesearch/bleve/v2"
)

var markRE = regexp.MustCompile(`<mark>(.*?)</mark>`)

// checkHighlight searches idx for query and checks, for every hit, that
// each term location and each highlighted word is a whole word of the
// original text whose term is the query's, that the fragments are the
// original text, and that the words in want (byte offsets into the text of
// the document with that ID) are among the locations.
func checkHighlight(t *testing.T, idx bleve.Index, texts map[string]string, query string, want map[string][]int) {
	t.Helper()
	qterms := arabic.NewAnalyzer().Analyze([]byte(query))
	if len(qterms) != 1 {
		t.Fatalf("query %q has %d terms", query, len(qterms))
	}
	qterm := string(qterms[0].Term)
	q := bleve.NewMatchQuery(query)
	q.SetField(arabic.FieldText)
	req := bleve.NewSearchRequestOptions(q, 100, 0, false)
	req.IncludeLocations = true
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.AddField(arabic.FieldText)
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]map[int]bool{}
	for _, h := range res.Hits {
		text := texts[h.ID]
		// The words of the original text, by start offset: tokenize's,
		// and the words inside hashtags.
		words := map[int]int{}
		for tok := range tokenize.All(text) {
			words[tok.Start] = tok.End
			if tok.Kind == tokenize.Hashtag || tok.Kind == tokenize.Mention {
				for _, w := range arabic.Tokenizer.Tokenize(arabic.Tokenizer{}, []byte(tok.Text)) {
					words[tok.Start+w.Start] = tok.Start + w.End
				}
			}
		}
		found[h.ID] = map[int]bool{}
		marked := map[string]bool{}
		for _, locs := range h.Locations[arabic.FieldText] {
			for _, l := range locs {
				s, e := int(l.Start), int(l.End)
				if end, ok := words[s]; !ok || end != e {
					t.Errorf("%s: location %d-%d %q is not a word of the text", h.ID, s, e, text[s:e])
					continue
				}
				ts := arabic.NewAnalyzer().Analyze([]byte(text[s:e]))
				if len(ts) != 1 || string(ts[0].Term) != qterm {
					t.Errorf("%s: location %q is not a word for %q", h.ID, text[s:e], query)
				}
				found[h.ID][s] = true
				marked[text[s:e]] = true
			}
		}
		for _, f := range h.Fragments[arabic.FieldText] {
			plain := html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "", "…", "").Replace(f))
			if !strings.Contains(text, strings.TrimSpace(plain)) {
				t.Errorf("%s: fragment is not the original text: %q", h.ID, plain)
			}
			for _, m := range markRE.FindAllStringSubmatch(f, -1) {
				if w := html.UnescapeString(m[1]); !marked[w] {
					t.Errorf("%s: marked %q is not at a location of %q", h.ID, w, query)
				}
			}
			if !markRE.MatchString(f) {
				t.Errorf("%s: a fragment without a mark: %q", h.ID, f)
			}
		}
	}
	for id, offs := range want {
		for _, o := range offs {
			if !found[id][o] {
				t.Errorf("%s: the word at %d (%q) is not found for %q", id, o, texts[id][o:min(len(texts[id]), o+20)], query)
			}
		}
	}
}

func TestHighlight(t *testing.T) {
	idx, err := bleve.NewMemOnly(arabic.NewIndexMapping(""))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"1": "أعلنت الحُكُومَةُ اليوم خطتها، وقالت إن الحكومـــة ستعرضها على البرلمان.",
		"2": "وتواجه حكومتها انتقادات، فيما طالبت المعارضة بالحكومة الجديدة وللحكومات السابقة.",
		"3": "لا ذكر هنا للموضوع، سوى كلمة حكم.",
	}
	for id, text := range texts {
		if err := idx.Index(id, arabic.Article{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	at := func(id, word string) int { return strings.Index(texts[id], word) }
	checkHighlight(t, idx, texts, "حكومة", map[string][]int{
		"1": {at("1", "الحُكُومَةُ"), at("1", "الحكومـــة")},
		"2": {at("2", "حكومتها"), at("2", "بالحكومة"), at("2", "وللحكومات")},
	})
}

// TestHighlightCorpus indexes news articles whose words carry diacritics,
// tatweel and attached clitics, searches for such a word written plainly,
// and checks that the highlighter marks the words as written.
func TestHighlightCorpus(t *testing.T) {
	type pick struct {
		id, word string
		off      int
	}
	texts := map[string]string{}
	var picks []pick
	kinds := map[string]int{}
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		for tok := range tokenize.All(a.Text) {
			if tok.Kind != tokenize.Word {
				continue
			}
			kind := ""
			switch {
			case strings.ContainsRune(tok.Text, 'ـ'):
				kind = "tatweel"
			case strings.ContainsFunc(tok.Text, func(r rune) bool { return r >= 0x64B && r <= 0x652 }):
				kind = "diacritics"
			case strings.HasPrefix(tok.Text, "وال") || strings.HasPrefix(tok.Text, "بال") || strings.HasPrefix(tok.Text, "لل"):
				kind = "clitics"
			default:
				continue
			}
			plain := normalize.Search.String(tok.Text)
			if len([]rune(plain)) < 5 || kinds[kind] >= 15 || len(arabic.NewAnalyzer().Analyze([]byte(plain))) != 1 {
				continue
			}
			kinds[kind]++
			id := strconv.Itoa(len(texts))
			texts[id] = a.Text
			picks = append(picks, pick{id, plain, tok.Start})
			break
		}
		return len(picks) < 45
	})
	if len(picks) < 45 {
		t.Fatalf("only %d articles with such words: %v", len(picks), kinds)
	}
	idx, err := bleve.NewMemOnly(arabic.NewIndexMapping(""))
	if err != nil {
		t.Fatal(err)
	}
	for id, text := range texts {
		if err := idx.Index(id, arabic.Article{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range picks {
		// The word without its marks, as a query: the article must come
		// with the word as written among its locations.
		checkHighlight(t, idx, texts, p.word, map[string][]int{p.id: {p.off}})
	}
}
