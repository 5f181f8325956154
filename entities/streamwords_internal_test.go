package entities

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/arnews/arnews/entities/internal/index"
	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/internal/wordclass"
	"github.com/arnews/arnews/tokenize"
)

// TestWordclassWords checks the Words that streamWordsOf gives (the arnews
// word cache computes them once per distinct word and hands them over
// with the stream) against what streamNext computes itself, for every
// Plain Word token of real articles and of texts with marks, tatweel,
// presentation forms, Latin letters and over-long words: a Word has a
// fold exactly when the token's letter codes are all letters, at most
// maxFold, and then their count, their hash and their rank in the model's
// vocabulary (-1 with no model); and Find reading the Words gives what it
// gives without them, with the same kept words.
func TestWordclassWords(t *testing.T) {
	texts := []string{
		"قالَ الرئيسُ ـــ محمّد بن سلمان ﻻ ﷲ G20 وزيرة‌الخارجية و" + strings.Repeat("ب", maxFold) + " و" + strings.Repeat("ت", maxFold+1) + " پاکستان ٢٠١٨ #مصر الأحد.",
		// Names read with the word before them (prev: في برشلونة is the
		// city) after runs of words no name starts at, with two spaces
		// or a tab before the name, where findWords' fast run leaves
		// the ring's prev to refillPrev (see streamRun)
		"لعب الفريق في  برشلونة أمس وقال إنه سيلعب في\tبرشلونة ثم في  ليفربول وكل  العراق",
	}
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		texts = append(texts, a.Text)
		return len(texts) < 200
	})
	g := Default()
	if g.rec == nil {
		t.Fatal("Default has no model")
	}
	for _, gz := range []*Gazetteer{g, g.WithModel(nil)} {
		fn := streamWordsOf(gz)
		words, folds, ranked, keptRanked, noName, more := 0, 0, 0, 0, 0, 0
		for n, text := range texts {
			st := tokenize.NewStream(text)
			ws := make([]wordclass.Word, st.Len())
			for i, tk := range st.Tokens() {
				if tk.Kind != tokenize.Word {
					continue
				}
				words++
				var x wordclass.Word
				x = fn(tk.Text, x)
				ws[i] = x
				codes := st.LetterCodes(i)
				if codes == nil {
					continue // (not Plain: streamNext reads no Word for it)
				}
				ok := len(codes) > 0 && len(codes) <= maxFold && bytes.IndexByte(codes, 0) < 0
				if ok != (x.Fold != 0) {
					t.Fatalf("text %d: %q (codes %v): Word %+v", n, tk.Text, codes, x)
				}
				if !ok {
					if x != (wordclass.Word{}) {
						t.Fatalf("text %d: %q: Word %+v, want none", n, tk.Text, x)
					}
					continue
				}
				folds++
				want := -1
				if gz.rec != nil {
					want = gz.rec.vt.find(index.HashWord(codes))
				}
				if want < 0 && gz.rec != nil && int(x.Rank) >= len(gz.rec.m.vocab) {
					// Out of the vocabulary: the rank of the word's own
					// entry, which is what the per-call cache computes
					// from the text.
					checkMore(t, gz, text, tk, x)
					want = int(x.Rank)
				}
				if int(x.Fold) != len(codes) || x.Hash != index.HashWord(codes) || int(x.Rank) != want {
					t.Fatalf("text %d: %q: Word %+v, want fold %d hash %x rank %d", n, tk.Text, x, len(codes), index.HashWord(codes), want)
				}
				if x.Rank >= int32(len(g.rec.m.vocab)) {
					more++
				}
				if x.Rank >= 0 {
					ranked++
				}
				if x.Flags&wordclass.NoName != 0 {
					noName++
				}
			}
			if got, want := findWords(gz, st, ws), gz.FindStream(st); !reflect.DeepEqual(got, want) {
				t.Fatalf("text %d: with the Words %v, without %v", n, got, want)
			}
			if gz.rec != nil {
				f0 := gz.find(text, st)
				f1 := gz.findWords(text, st, ws)
				if len(f0.kept) != len(f1.kept) || !f0.keep || !f1.keep {
					t.Fatalf("text %d: %d and %d words kept", n, len(f0.kept), len(f1.kept))
				}
				for j := range f1.kept {
					a, b := f0.kept[j], f1.kept[j]
					if a.bare != 0 {
						t.Fatalf("text %d: kept word %d: bare %d before chunks", n, j, a.bare)
					}
					if b.bare != 0 {
						if rank := gz.rec.vt.find(a.h); int(b.bare) != rank+2 && (rank >= 0 || int(b.bare)-2 < len(gz.rec.m.vocab)) {
							t.Fatalf("text %d: kept word %d with rank+2 %d, its rank is %d", n, j, b.bare, rank)
						}
						a.bare = b.bare
						keptRanked++
					}
					if a != b {
						t.Fatalf("text %d: kept word %d %+v with the Words, %+v without", n, j, b, a)
					}
				}
				f0.release()
				f1.release()
			}
		}
		t.Logf("model %v: %d words, %d with a fold, %d ranked (%d of them out of the vocabulary), %d no name starts at; %d kept words with their rank", gz.rec != nil, words, folds, ranked, more, noName, keptRanked)
		if gz.rec != nil && (more == 0 || ranked != folds) || gz.rec == nil && more != 0 {
			t.Errorf("%d words with a fold, %d ranked, %d of them out of the vocabulary", folds, ranked, more)
		}
		if noName < folds/2 {
			t.Errorf("%d of %d words start no name", noName, folds)
		}
		if folds < words*9/10 || gz.rec != nil && (ranked < folds/2 || keptRanked < folds*9/10) || gz.rec == nil && ranked != 0 {
			t.Errorf("%d words, %d with a fold, %d ranked", words, folds, ranked)
		}
	}
}

// A name's first word, with or without proclitics, is never marked
// wordclass.NoName; other words are (the marked words' mentions are
// checked by TestWordclassWords: Find gives the same with the Words).
func TestWordclassNoName(t *testing.T) {
	fn := streamWordsOf(Default())
	for _, c := range []struct {
		w    string
		none bool
	}{
		{"محمد", false}, {"ومحمد", false}, {"بغداد", false}, {"لبغداد", false}, {"وبالقاهرة", false},
		{"الأمم", false}, {"للأمم", false}, {"قال", true}, {"وقال", true}, {"يوم", true}, {"الذي", true},
	} {
		var x wordclass.Word
		x = fn(c.w, x)
		if x.Fold == 0 || (x.Flags&wordclass.NoName != 0) != c.none {
			t.Errorf("%s: %+v, want no name %v", c.w, x, c.none)
		}
	}
}

// isProclitic is true for the codes of و ف ب ل ك and no other byte.
func TestIsProclitic(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c == index.CodeWaw || c == index.CodeFeh || c == index.CodeBeh || c == index.CodeLam || c == index.CodeKaf
		if isProclitic(byte(c)) != want {
			t.Errorf("isProclitic(%d) = %v", c, !want)
		}
	}
}

// checkMore checks the entry that the Word x of token tk of text ranks
// after the vocabulary: the word has it under its hash, the same word
// gets the same rank again, and the entry holds what the per-call cache
// computes for the word scanned from the text (cacheEntry.fill).
func checkMore(t *testing.T, g *Gazetteer, text string, tk tokenize.Token, x wordclass.Word) {
	t.Helper()
	r := g.rec
	e := r.moreAt(int(x.Rank) - len(r.m.vocab))
	if e == nil || e.key != x.Hash || e.made.Load() != 2 {
		t.Fatalf("%q: Word %+v, entry %+v", tk.Text, x, e)
	}
	var y wordclass.Word
	y = streamWordsOf(g)(tk.Text, y)
	if y != x {
		t.Fatalf("%q: Word %+v, then %+v", tk.Text, x, y)
	}
	f := &finder{layers: g.layers, text: text, pos: tk.Start}
	var w word
	if !f.scanText(&w) || w.start != tk.Start || w.h != x.Hash {
		t.Fatalf("%q: scanned %+v", tk.Text, w)
	}
	var want cacheEntry
	var m mword
	want.fill(w.h, r, &m, text, &w, &r.env)
	want.made.Store(2)
	if e.key != want.key || e.core != want.core || e.bare != want.bare || e.lex != want.lex || e.ncl != want.ncl ||
		e.kout != want.kout || e.flag != want.flag || e.loc != want.loc {
		t.Fatalf("%q: entry %+v, the cache's %+v", tk.Text, e, &want)
	}
}
