package entities

import (
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/normalize"
)

// scanWords runs the finder's scanner over text.
func scanWords(text string) []word {
	f := &finder{text: text}
	var out []word
	for {
		var w word
		if !f.scan(&w) {
			return out
		}
		out = append(out, w)
	}
}

// checkScanner compares the hot-path scanner with the reference functions
// the generator uses (index.NextWord, index.AppendFold, index.HashWord).
func checkScanner(t testing.TB, text string) {
	ws := scanWords(text)
	i, k := 0, 0
	for {
		s, e, ok := index.NextWord(text, i)
		if !ok {
			break
		}
		if k >= len(ws) {
			t.Fatalf("scanner stopped early at word %q (%d)", text[s:e], s)
		}
		w := ws[k]
		if w.start != s || w.end != e {
			t.Fatalf("word %d: scanner %d:%d %+q, reference %d:%d %+q", k, w.start, w.end, text[w.start:w.end], s, e, text[s:e])
		}
		f := index.AppendFold(nil, text[s:e])
		if len(f) <= maxFold {
			if string(w.folded()) != string(f) || w.h != index.HashWord(f) {
				t.Fatalf("word %+q: scanner fold %q, reference %q", text[s:e], w.folded(), f)
			}
		} else if w.h != 0 {
			t.Fatalf("long word %+q hashed", text[s:e])
		}
		i = e
		k++
	}
	if k != len(ws) {
		t.Fatalf("scanner found %d words, reference %d", len(ws), k)
	}
}

func TestScannerMatchesReference(t *testing.T) {
	for _, s := range []string{
		"", "إيران", "وَإِيرَانُ و\"إسرائيل\" فرانس24 ٢٠٢٤ ABC-def", "\xff\xfeإيران\xd8", "ک ی ۀ ؤ ئ ة ى",
		"العـــربية\u200cمی\u200fخواهم", "  •\u00a0 الرئيس", "x\u0301y", "ﻻ ﷲ", string(utf8.RuneError) + "ب",
	} {
		checkScanner(t, s)
	}
	n := 1 << 20
	if testing.Short() {
		n = 1 << 17
	}
	checkScanner(t, shared.News(t, n))
}

// TestFoldAgreesWithNormalize: the engine's word keys are at least as
// folded as normalize.Search, so words with the same Search form meet.
func TestFoldAgreesWithNormalize(t *testing.T) {
	n := 1 << 20
	if testing.Short() {
		n = 1 << 17
	}
	// Real news, plus presentation forms and ligatures (ﻻ ﷲ ﻣﺼﺮ).
	text := shared.News(t, n) + " ﻻ ﷲ ﻣﺼﺮ ﺍﻟﻌﺮﺍﻕ ﻷن"
	bad := 0
	for _, w := range scanWords(text) {
		raw := text[w.start:w.end]
		a := index.AppendFold(nil, raw)
		b := index.AppendFold(nil, normalize.Search.String(raw))
		if string(a) != string(b) {
			bad++
			if bad < 10 {
				t.Errorf("%+q: fold %q, fold of Search form %q", raw, a, b)
			}
		}
	}
}

func BenchmarkDefaultLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embeddedEntities) + len(embeddedIndex)))
	for b.Loop() {
		if _, err := parseEmbedded(embeddedEntities, embeddedIndex); err != nil {
			b.Fatal(err)
		}
	}
}

func TestEmbeddedParses(t *testing.T) {
	l, err := parseEmbedded(embeddedEntities, embeddedIndex)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.ents) == 0 || len(l.x.Keys) == 0 {
		t.Fatal("empty")
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{"G20 فرانس24", "Yصابات", "éa1", "xé٣", "بـ50", "O3\u200c", "ﻻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScanner(t, s) })
}
