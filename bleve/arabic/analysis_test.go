package arabic_test

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/bleve/arabic"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
	"github.com/arnews/arnews/stem"
	"github.com/arnews/arnews/tokenize"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/registry"
)

// checkStream checks what every analyzer output must satisfy: spans inside
// the text on character boundaries, in order, with non-empty valid terms.
func checkStream(t *testing.T, text string, ts analysis.TokenStream) {
	t.Helper()
	prevEnd, prevPos := 0, 0
	valid := utf8.ValidString(text)
	for _, tok := range ts {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %q span %d-%d after %d in a text of %d bytes", tok.Term, tok.Start, tok.End, prevEnd, len(text))
		}
		// The span is whole characters: valid UTF-8 itself, and (in valid
		// text) not followed by the rest of a character.
		if !utf8.ValidString(text[tok.Start:tok.End]) || (valid && tok.End < len(text) && !utf8.RuneStart(text[tok.End])) {
			t.Fatalf("token span %d-%d is not on character boundaries", tok.Start, tok.End)
		}
		if len(tok.Term) == 0 || !utf8.Valid(tok.Term) {
			t.Fatalf("token %d-%d has term %q", tok.Start, tok.End, tok.Term)
		}
		if tok.Position <= prevPos {
			t.Fatalf("position %d after %d", tok.Position, prevPos)
		}
		prevEnd, prevPos = tok.End, tok.Position
	}
}

func TestTokenizerSpans(t *testing.T) {
	text := "قال الوزيـــر إنَّ ٣٠٠ شخص زاروا www.example.com يوم ٥/١/٢٠٢٤ 🙂 #الانتخابات_الرئاسية و@وزارة_الصحة!"
	ts := arabic.Tokenizer{}.Tokenize([]byte(text))
	checkStream(t, text, ts)
	var got []string
	for _, tok := range ts {
		if string(tok.Term) != text[tok.Start:tok.End] {
			t.Errorf("term %q is not the text %q", tok.Term, text[tok.Start:tok.End])
		}
		got = append(got, string(tok.Term))
	}
	want := "قال|الوزيـــر|إنَّ|٣٠٠|شخص|زاروا|www.example.com|يوم|٥/١/٢٠٢٤|الانتخابات|الرئاسية|و|وزارة|الصحة"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("tokens\n got %s\nwant %s", g, want)
	}
}

// TestTokenizerMatchesTokenize checks on real news that the tokenizer gives
// exactly tokenize's words, numbers, URLs and e-mails, with their spans.
func TestTokenizerMatchesTokenize(t *testing.T) {
	text := shared.News(t, 1<<20)
	ts := arabic.Tokenizer{}.Tokenize([]byte(text))
	checkStream(t, text, ts)
	i := 0
	for tok := range tokenize.All(text) {
		switch tok.Kind {
		case tokenize.Word, tokenize.Number, tokenize.URL, tokenize.Email:
		default:
			continue
		}
		for i < len(ts) && ts[i].Start < tok.Start {
			i++ // the words of a hashtag
		}
		if i == len(ts) || ts[i].Start != tok.Start || ts[i].End != tok.End {
			t.Fatalf("tokenize has %q at %d-%d; the tokenizer does not", tok.Text, tok.Start, tok.End)
		}
	}
}

// TestFiltersMatchPackages checks on real news that each filter gives what
// the package it wraps gives for every token, including where the stem is
// re-sliced from the term rather than copied.
func TestFiltersMatchPackages(t *testing.T) {
	text := shared.News(t, 1<<20)
	words := arabic.Tokenizer{}.Tokenize([]byte(text))
	norm := arabic.NormalizeFilter{}.Filter(arabic.Tokenizer{}.Tokenize([]byte(text)))
	stems := arabic.StemFilter{}.Filter(arabic.Tokenizer{}.Tokenize([]byte(text)))
	snow := arabic.SnowballFilter{}.Filter(arabic.NormalizeFilter{}.Filter(arabic.Tokenizer{}.Tokenize([]byte(text))))
	if len(stems) != len(words) {
		t.Fatalf("the stemmer changed the number of tokens: %d, from %d", len(stems), len(words))
	}
	if len(snow) != len(norm) {
		t.Fatalf("the Snowball stemmer changed the number of tokens: %d, from %d", len(snow), len(norm))
	}
	arabicWords, j := 0, 0
	for i, w := range words {
		word := string(w.Term)
		n := strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, normalize.Search.String(word))
		if n == "" {
			// A word of tatweel alone: NormalizeFilter drops it.
			continue
		}
		if j == len(norm) || norm[j].Start != w.Start {
			t.Fatalf("normalize dropped %q", word)
		}
		if string(norm[j].Term) != n {
			t.Fatalf("normalize %q: %q, want %q", word, norm[i].Term, n)
		}
		j++
		if !strings.ContainsFunc(word, func(r rune) bool { return r >= 0x600 && r <= 0x6FF }) {
			continue
		}
		arabicWords++
		if s := stem.Word(word); string(stems[i].Term) != s {
			t.Fatalf("stem %q: %q, want %q", word, stems[i].Term, s)
		}
		if s := stem.Arabic(n); string(snow[j-1].Term) != s {
			t.Fatalf("snowball %q: %q, want %q", word, snow[i].Term, s)
		}
		if stems[i].Start != w.Start || stems[i].End != w.End || norm[j-1].End != w.End {
			t.Fatalf("a filter moved %q", word)
		}
	}
	if j != len(norm) {
		t.Fatalf("normalize gave %d tokens, want %d", len(norm), j)
	}
	if arabicWords < 50000 {
		t.Fatalf("only %d Arabic words in 1 MB of news", arabicWords)
	}
}

func TestVariantsShareTerms(t *testing.T) {
	an := arabic.NewAnalyzer()
	groups := [][]string{
		{"الحكومة", "الحكومـــة", "الحُكُومَةُ", "والحكومة", "بالحكومة", "للحكومة", "حكومتها", "الحكومه"},
		{"أمريكا", "امريكا", "إمريكا"},
		{"مستشفى", "مستشفي", "المستشفى", "بالمستشفى"},
		{"CNN", "cnn"},
	}
	for _, g := range groups {
		want := ""
		for _, w := range g {
			ts := an.Analyze([]byte(w))
			if len(ts) != 1 {
				t.Fatalf("%q gives %d tokens", w, len(ts))
			}
			if want == "" {
				want = string(ts[0].Term)
			} else if string(ts[0].Term) != want {
				t.Errorf("%q → %q, but %q → %q", w, ts[0].Term, g[0], want)
			}
		}
	}
}

func TestZeroAnalyzer(t *testing.T) {
	var zero arabic.Analyzer
	got := zero.Analyze([]byte("بالحكومات الجديدة"))
	want := arabic.NewAnalyzer().Analyze([]byte("بالحكومات الجديدة"))
	if len(got) != 2 || len(want) != 2 || string(got[0].Term) != string(want[0].Term) || string(got[1].Term) != string(want[1].Term) {
		t.Errorf("zero Analyzer: %v, NewAnalyzer: %v", got, want)
	}
}

func TestStopFilter(t *testing.T) {
	text := "وقال إن الوزير في القاهرة وهو على رأس الوفد الذي وصل إلى المدينة"
	ts := arabic.NewAnalyzer().Analyze([]byte(text))
	var got []string
	for _, tok := range ts {
		got = append(got, text[tok.Start:tok.End])
	}
	want := "وقال|الوزير|القاهرة|رأس|الوفد|وصل|المدينة"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("kept\n got %s\nwant %s", g, want)
	}
	// Positions keep the gaps the function words leave.
	if ts[1].Position != 3 {
		t.Errorf("الوزير at position %d, want 3", ts[1].Position)
	}
}

// TestRegistered checks that the names resolve through bleve's registry, as
// an index mapping finds them.
func TestRegistered(t *testing.T) {
	cache := registry.NewCache()
	for _, name := range []string{arabic.AnalyzerName, arabic.SnowballAnalyzerName} {
		an, err := cache.AnalyzerNamed(name)
		if err != nil {
			t.Fatal(err)
		}
		if ts := an.Analyze([]byte("بالحكومات")); len(ts) != 1 || len(ts[0].Term) == 0 {
			t.Errorf("%s: %v", name, ts)
		}
	}
	if _, err := cache.TokenizerNamed(arabic.TokenizerName); err != nil {
		t.Error(err)
	}
	for _, name := range []string{arabic.NormalizeName, arabic.StopName, arabic.StemName, arabic.SnowballName} {
		if _, err := cache.TokenFilterNamed(name); err != nil {
			t.Error(err)
		}
	}
	// A custom analyzer built from the parts by name, as in a mapping's JSON.
	im := bleve.NewIndexMapping()
	err := im.AddCustomAnalyzer("light", map[string]any{
		"type":          "custom",
		"tokenizer":     arabic.TokenizerName,
		"token_filters": []any{arabic.NormalizeName, arabic.StemName},
	})
	if err != nil {
		t.Fatal(err)
	}
	if ts := im.AnalyzerNamed("light").Analyze([]byte("في الحكومة")); len(ts) != 2 || string(ts[1].Term) != "حكوم" {
		t.Errorf("custom analyzer: %v", ts)
	}
}

func TestConcurrentAnalysis(t *testing.T) {
	text := []byte(strings.Repeat("أعلنت الحكومـــة المصرية، والوزارات التابعة لها، عن خطط جديدة #مصر_اليوم. ", 50))
	want := arabic.NewAnalyzer().Analyze(text)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			an := arabic.NewAnalyzer()
			for range 20 {
				got := an.Analyze(text)
				if len(got) != len(want) {
					t.Errorf("%d tokens, want %d", len(got), len(want))
					return
				}
				for i := range got {
					if string(got[i].Term) != string(want[i].Term) || got[i].Start != want[i].Start {
						t.Errorf("token %d differs", i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"", "الحكومـــة", "#وسم_عربي\u200f_x", "@a_\u061c_b", "\xff\xfe ابc", "و2024 بـ50%"} {
		f.Add(s)
	}
	analyzers := []analysis.Analyzer{arabic.NewAnalyzer(), arabic.NewSnowballAnalyzer()}
	chains := []analysis.Analyzer{
		&analysis.DefaultAnalyzer{Tokenizer: arabic.Tokenizer{},
			TokenFilters: []analysis.TokenFilter{arabic.NormalizeFilter{}, arabic.StopFilter{}, arabic.StemFilter{}}},
		&analysis.DefaultAnalyzer{Tokenizer: arabic.Tokenizer{},
			TokenFilters: []analysis.TokenFilter{arabic.NormalizeFilter{}, arabic.StopFilter{}, arabic.SnowballFilter{}}},
	}
	f.Fuzz(func(t *testing.T, text string) {
		for k, an := range analyzers {
			got := an.Analyze([]byte(text))
			checkStream(t, text, got)
			// The one-pass analyzer is the chain of filters.
			want := chains[k].Analyze([]byte(text))
			if len(got) != len(want) {
				t.Fatalf("%d tokens, the chain gives %d", len(got), len(want))
			}
			for i := range got {
				if got[i].Start != want[i].Start || got[i].Position != want[i].Position || string(got[i].Term) != string(want[i].Term) {
					t.Fatalf("token %d: %v, the chain gives %v", i, got[i], want[i])
				}
			}
		}
	})
}

// TestAnalyzerIsTheChain checks on real news that the one-pass analyzers,
// cache and all, give exactly the tokens of the chain of filters they
// stand for, on a first pass (words computed) and a second (remembered).
func TestAnalyzerIsTheChain(t *testing.T) {
	text := []byte(shared.News(t, 1<<20))
	for _, c := range []struct {
		an    analysis.Analyzer
		chain analysis.Analyzer
	}{
		{arabic.NewAnalyzer(), &analysis.DefaultAnalyzer{Tokenizer: arabic.Tokenizer{},
			TokenFilters: []analysis.TokenFilter{arabic.NormalizeFilter{}, arabic.StopFilter{}, arabic.StemFilter{}}}},
		{arabic.NewSnowballAnalyzer(), &analysis.DefaultAnalyzer{Tokenizer: arabic.Tokenizer{},
			TokenFilters: []analysis.TokenFilter{arabic.NormalizeFilter{}, arabic.StopFilter{}, arabic.SnowballFilter{}}}},
	} {
		want := c.chain.Analyze(text)
		for pass := range 2 {
			got := c.an.Analyze(text)
			if len(got) != len(want) {
				t.Fatalf("pass %d: %d tokens, the chain gives %d", pass, len(got), len(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.Start != w.Start || g.End != w.End || g.Position != w.Position || string(g.Term) != string(w.Term) {
					t.Fatalf("pass %d: token %d is %v, the chain gives %v", pass, i, g, w)
				}
			}
		}
	}
}
