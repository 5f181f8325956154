package entities

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/shared"
	"github.com/arnews/arnews/tokenize"
)

// scanWith reads the words of text as find does (fill), reading its word stream
// when st is not nil, and counts the words taken from the stream.
func scanWith(text string, st *tokenize.Stream) (ws []word, fromStream int) {
	// (fill's reading, word by word through the ring, as find reads.)
	f := &finder{text: text, st: st}
	for {
		f.words[f.head].tanKnown = true // a stale flag a word from the stream must clear
		if !f.fill(1) {
			return ws, fromStream
		}
		w := *f.at(0)
		f.advance(1)
		if !w.tanKnown {
			fromStream++
		}
		f.hasTanween(&w)
		ws = append(ws, w)
	}
}

// checkStreamWords checks that the scanner gives the same words reading
// text's word stream as scanning text alone: same spans, folds, hashes,
// joins, offsets of the first four folded bytes and tanween. It returns
// the number of words and of words taken from the stream.
func checkStreamWords(t testing.TB, text string) (n, fromStream int) {
	t.Helper()
	want, _ := scanWith(text, nil)
	got, k := scanWith(text, tokenize.NewStream(text))
	if len(got) != len(want) {
		t.Fatalf("%+q: %d words with the stream, %d without", text, len(got), len(want))
	}
	for i := range want {
		a, b := &got[i], &want[i]
		same := a.start == b.start && a.end == b.end && a.h == b.h && a.n == b.n && a.joined == b.joined &&
			a.tanween == b.tanween && string(a.folded()) == string(b.folded())
		for j := 0; j < 4 && j < int(b.n); j++ {
			same = same && a.offs[j] == b.offs[j]
		}
		if !same {
			t.Fatalf("%+q word %d: stream %d:%d h=%x n=%d joined=%v tanween=%v fold=%q offs=%v; scan %d:%d h=%x n=%d joined=%v tanween=%v fold=%q offs=%v",
				text, i, a.start, a.end, a.h, a.n, a.joined, a.tanween, a.folded(), a.offs,
				b.start, b.end, b.h, b.n, b.joined, b.tanween, b.folded(), b.offs)
		}
	}
	return len(want), k
}

// Every rune of the BMP (and one in 31 above it) inside, before, after and
// alone between Arabic words, with marks, joiners and presentation forms
// around: the words read from the stream are the scanner's.
func TestStreamWordsEveryRune(t *testing.T) {
	step := rune(1)
	for r := rune(0); r <= unicode.MaxRune; r += step {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if r > 0xFFFF {
			step = 31
		}
		c := string(r)
		for _, s := range []string{
			"قال " + c + " الرئيس", "وزير" + c + "ة الخارجية", "الإمارات" + c, c + "سوريّاً،", "ﻻ" + c + "بد",
			"ـكتب" + c + "\u064Bا", "مصر\u200c" + c + "ية", "G20" + c + "ب 24", "#ابن_" + c + "سينا",
			"مك" + c + "تبة العامة", "م" + c + "كتبة", c + "مكتبة", // (among a word's first four letters)
		} {
			checkStreamWords(t, s)
		}
	}
	for _, s := range []string{"", "\xff", "ب\xd8", "ب\xd8 ج", "سوريّاً", "أ" + string(utf8.RuneError), "ﷺ ﷲ ﻷن",
		"العـــربية\u200cمی\u200fخواهم", "مقاتلاً\u00a0سوريّاً", "ب\u0301\u064Bا"} {
		checkStreamWords(t, s)
	}
}

// Over real news, whole and cut at arbitrary rune boundaries, the words
// read from the stream are the scanner's; most words come from the stream.
func TestStreamWordsNews(t *testing.T) {
	size := 1 << 20
	if testing.Short() {
		size = 1 << 17
	}
	text := shared.News(t, size)
	n, k := checkStreamWords(t, text)
	t.Logf("%d words, %d (%.1f%%) from the stream", n, k, 100*float64(k)/float64(n))
	if k < n*3/4 {
		t.Errorf("only %d of %d words from the stream", k, n)
	}
	for i := 1; i < 200; i++ {
		a := len(text) * i / 200
		for a < len(text) && !utf8.RuneStart(text[a]) {
			a++
		}
		b := min(len(text), a+1+i*37)
		checkStreamWords(t, text[a:b])
	}
}

func FuzzStreamWords(f *testing.F) {
	for _, s := range []string{"G20 فرانس24", "Yصابات", "بـ50", "O3\u200c", "ﻻ", "سوريّاً،", "#ابن_سينا", "مصر\u200cية", "ب\xd8 ج"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkStreamWords(t, s) })
}

// The recognizer and the sports context scan parts of the text again: a
// scan from any word start, in any order (backwards, far jumps), reads the
// same word from the stream as the scanner alone.
func TestStreamWordsRescan(t *testing.T) {
	text := shared.News(t, 1<<16)
	want, _ := scanWith(text, nil)
	st := tokenize.NewStream(text)
	_, fromStream := scanWith(text, st)
	f := &finder{text: text, st: st}
	again := 0
	order := make([]int, 0, 2*len(want))
	for i := len(want) - 1; i >= 0; i-- {
		order = append(order, i) // backwards, one word at a time
	}
	for i := range len(want) {
		order = append(order, (i*7919)%len(want)) // far jumps both ways
	}
	for _, k := range order {
		var w word
		f.pos = want[k].start
		if !f.scan(&w) {
			t.Fatalf("word %d: no word", k)
		}
		if !w.tanKnown {
			again++
		}
		f.hasTanween(&w)
		b := &want[k]
		same := w.start == b.start && w.end == b.end && w.h == b.h && w.n == b.n && w.tanween == b.tanween &&
			string(w.folded()) == string(b.folded())
		for j := 0; j < 4 && j < int(b.n); j++ {
			same = same && w.offs[j] == b.offs[j]
		}
		if !same {
			t.Fatalf("word %d %+q: rescanned %d:%d %+q", k, text[b.start:b.end], w.start, w.end, text[w.start:w.end])
		}
	}
	// The stream's cursor finds its token after every jump.
	if again != 2*fromStream {
		t.Errorf("%d words from the stream in the rescans, want %d", again, 2*fromStream)
	}
}
