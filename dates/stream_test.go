package dates

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/shared"
	tkz "github.com/arnews/arnews/tokenize"
)

// checkStreamToks checks that the tokens read from st for text[off:end]
// are the lexer's tokens of text[off:end], token for token.
func checkStreamToks(t *testing.T, st *tkz.Stream, off, end int) bool {
	t.Helper()
	text := st.Text()
	got := streamToks(st, nil, off, end, nil)
	want := tokenize(text[off:end], nil)
	if reflect.DeepEqual(got, want) {
		return true
	}
	name := text[off:end]
	if len(name) > 120 {
		name = name[:120] + "…"
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("%+q [%d:%d]: token %d from the stream is %+v, the lexer's %+v", name, off, end, i, got[i], want[i])
			return false
		}
	}
	t.Errorf("%+q [%d:%d]: %d tokens from the stream, %d from the lexer", name, off, end, len(got), len(want))
	return false
}

// Every rune, in the places where tokenize's words and dates' differ (next
// to letters, digits, # and inside a word), gives the lexer's tokens.
func TestStreamTokensEveryRune(t *testing.T) {
	var st tkz.Stream
	bad := 0
	contexts := []string{"أمس%sالأحد", "G%s20 %s", "%s أمس", "١٢%s٣ 2%s", "#%sرمضان", "ﺃ%sﻣﺲ", "x%sy.%s"}
	for r := rune(0); r <= unicode.MaxRune && bad < 10; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		switch {
		case testing.Short() && r > 0x3000:
			r += 96 // one rune in 97 above U+3000
		case r > 0xFFFF:
			r += 30 // one rune in 31 above the BMP
		}
		if r > unicode.MaxRune {
			break
		}
		for _, c := range contexts {
			text := strings.ReplaceAll(c, "%s", string(r))
			st.Reset(text)
			if !checkStreamToks(t, &st, 0, len(text)) {
				bad++
			}
		}
	}
	// invalid bytes
	for _, text := range []string{"أمس\xffالأحد", "\xd8أمس", "أمس\xd8", "12\xff3", "#\xff", "G\xe2\x80"} {
		st.Reset(text)
		checkStreamToks(t, &st, 0, len(text))
	}
}

// runeCut moves off back and end on to rune boundaries of text, so that
// text[off:end] cuts no rune (0 <= off <= end <= len(text)).
func runeCut(text string, off, end int) (int, int) {
	for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
		off--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return off, end
}

// On real news, whole texts and pieces cut anywhere (as Find cuts long
// texts into chunks) give the lexer's tokens.
func TestStreamTokensCorpus(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	var st tkz.Stream
	seen, bad := 0, 0
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		text := a.Text
		st.Reset(text)
		if !checkStreamToks(t, &st, 0, len(text)) {
			bad++
		}
		// pieces between rune boundaries near a few byte positions
		for _, f := range [...][2]float64{{0.1, 0.6}, {0.33, 0.34}, {0.5, 1}, {0.02, 0.97}} {
			off, end := int(f[0]*float64(len(text))), int(f[1]*float64(len(text)))
			off, end = runeCut(text, off, end)
			if off < end && !checkStreamToks(t, &st, off, end) {
				bad++
			}
		}
		seen++
		return seen < n && bad < 10
	})
	t.Logf("%d articles", seen)
}

func FuzzStreamTokens(f *testing.F) {
	f.Add("قال أمس الأحد، G20 و2024 #رمضان 10:30 أ.ف.ب", uint16(3), uint16(40))
	f.Add("أمس\u200cالأحد ١٢ يناير التاليwww ـالأحدـ ٍ", uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, text string, a, b uint16) {
		var st tkz.Stream
		st.Reset(text)
		checkStreamToks(t, &st, 0, len(text))
		off, end := int(a)%(len(text)+1), int(b)%(len(text)+1)
		if off > end {
			off, end = end, off
		}
		off, end = runeCut(text, off, end)
		checkStreamToks(t, &st, off, end)
	})
}

// FuzzFindStream checks that Resolver.FindStream and FindWrittenStream,
// on a Stream of any text (reused from the text before), give exactly what
// Find and FindWritten give on the text itself; with long set, the text is
// repeated past chunkSize so that the stream is also read in chunks.
func FuzzFindStream(f *testing.F) {
	for _, s := range []string{
		"قال الوزير اليوم الاثنين إن الاجتماع المقبل سيعقد الخميس",
		"أمس\u200cالأحد G20 2024 #رمضان 10:30 أ.ف.ب ١٢ يناير التاليwww ـالأحدـ ٍ",
		"منذ 27 سبتمبر 2020 حتى نهاية العام، \xff\xfe بِالأمس غدا الساعة 3 مساء",
		"",
	} {
		f.Add(s, int64(1601974800), false)
		f.Add(s, int64(-86400*365*30), true)
	}
	r, err := New()
	if err != nil {
		f.Fatal(err)
	}
	var st tkz.Stream
	f.Fuzz(func(t *testing.T, s string, sec int64, long bool) {
		if long && s != "" {
			s = strings.Repeat(s+"\n", chunkSize/(len(s)+1)+2)
		}
		anchor := time.Unix(sec%(1<<40), 0).UTC()
		st.Reset("أمس الأحد 5 مارس")
		st.Reset(s)
		if got, want := r.FindStream(&st, anchor), r.Find(s, anchor); !reflect.DeepEqual(got, want) {
			t.Fatalf("%+q: FindStream gives %v, Find %v", s, got, want)
		}
		g1, g2, g3 := r.FindWrittenStream(&st, anchor)
		if w1, w2, w3 := r.FindWritten(s, anchor); !reflect.DeepEqual(g1, w1) || !g2.Equal(w2) || g3 != w3 {
			t.Fatalf("%+q: FindWrittenStream gives %v, %v %v; FindWritten %v, %v %v", s, g1, g2, g3, w1, w2, w3)
		}
	})
}

// FindStream and FindWrittenStream give what Find and FindWritten give,
// on short articles and on texts long enough to be read in chunks.
func TestFindStream(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	anchor := time.Date(2018, 2, 18, 10, 0, 0, 0, time.UTC)
	var long strings.Builder
	var texts []string
	shared.Articles(t, shared.CorpusFiles[1], func(a shared.Article) bool {
		texts = append(texts, a.Text)
		long.WriteString(a.Text)
		long.WriteString("\n")
		return len(texts) < 300
	})
	texts = append(texts, long.String(), strings.ReplaceAll(long.String(), "\n", " "), "", "أمس")
	var st tkz.Stream
	for _, text := range texts {
		st.Reset(text)
		name := text
		if len(name) > 60 {
			name = name[:60] + "…"
		}
		if got, want := r.FindStream(&st, anchor), r.Find(text, anchor); !reflect.DeepEqual(got, want) {
			t.Errorf("%q (%d bytes): FindStream gives %d expressions, Find %d", name, len(text), len(got), len(want))
		}
		g1, g2, g3 := r.FindWrittenStream(&st, anchor)
		w1, w2, w3 := r.FindWritten(text, anchor)
		if !reflect.DeepEqual(g1, w1) || !g2.Equal(w2) || g3 != w3 {
			t.Errorf("%q (%d bytes): FindWrittenStream gives %d expressions, %v %v; FindWritten %d, %v %v", name, len(text), len(g1), g2, g3, len(w1), w2, w3)
		}
	}
	var none *Resolver // the defaults
	st.Reset(texts[0])
	if got, want := none.FindStream(&st, anchor), Find(texts[0], anchor); !reflect.DeepEqual(got, want) {
		t.Errorf("nil Resolver: FindStream gives %d expressions, Find %d", len(got), len(want))
	}
	g1, g2, g3 := none.FindWrittenStream(&st, anchor)
	if w1, w2, w3 := none.FindWritten(texts[0], anchor); !reflect.DeepEqual(g1, w1) || !g2.Equal(w2) || g3 != w3 {
		t.Errorf("nil Resolver: FindWrittenStream gives %d expressions, %v %v; FindWritten %d, %v %v", len(g1), g2, g3, len(w1), w2, w3)
	}
	if got := r.FindStream(nil, anchor); got != nil {
		t.Errorf("FindStream(nil) = %v", got)
	}
	if got, w, ok := r.FindWrittenStream(nil, anchor); got != nil || !w.Equal(anchor) || ok {
		t.Errorf("FindWrittenStream(nil) = %v, %v, %v", got, w, ok)
	}
}

// checkNeighbours checks that prevWord and nextWord reading st give the
// words that walking the text gives, at every rune boundary of
// text[off:end].
func checkNeighbours(t *testing.T, st *tkz.Stream, off, end int) bool {
	t.Helper()
	p := parser{text: st.Text()[off:end], base: off, st: st}
	for i := 0; i <= len(p.text); i++ {
		if i < len(p.text) && !utf8.RuneStart(p.text[i]) {
			continue
		}
		s1, e1, ok1 := p.prevWord(i)
		s2, e2, ok2 := p.prevWordText(i)
		if s1 != s2 || e1 != e2 || ok1 != ok2 {
			t.Errorf("%+q [%d:%d] at %d: prevWord %d %d %v, walking the text %d %d %v", p.text[max(0, i-40):i], off, end, i, s1, e1, ok1, s2, e2, ok2)
			return false
		}
		s1, e1, c1, x1 := p.nextWord(i)
		s2, e2, c2, x2 := p.nextWordText(i)
		if s1 != s2 || e1 != e2 || c1 != c2 || x1 != x2 {
			t.Errorf("%+q [%d:%d] at %d: nextWord %d %d %v %v, walking the text %d %d %v %v", p.text[i:min(len(p.text), i+40)], off, end, i, s1, e1, c1, x1, s2, e2, c2, x2)
			return false
		}
	}
	return true
}

// The neighbouring words read from the stream are the words of the text,
// on every rune in the contexts where tokenize and dates differ and on
// real news, whole and cut.
func TestNeighboursFromStream(t *testing.T) {
	var st tkz.Stream
	bad := 0
	contexts := []string{"قال، أمس%sالأحد. إن", "G%s20: %s قال", "%s أمس؛ ثم", "١٢%s٣ 2%s، و", "#%sرمضان «قال»", "ﺃ%sﻣﺲ", "x%sy.%s ثم"}
	for r := rune(0); r <= unicode.MaxRune && bad < 10; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		switch {
		case testing.Short() && r > 0x3000:
			r += 96
		case r > 0xFFFF:
			r += 30
		}
		if r > unicode.MaxRune {
			break
		}
		for _, c := range contexts {
			text := strings.ReplaceAll(c, "%s", string(r))
			st.Reset(text)
			if !checkNeighbours(t, &st, 0, len(text)) {
				bad++
			}
		}
	}
	n := 3000
	if testing.Short() {
		n = 300
	}
	seen := 0
	shared.Articles(t, shared.CorpusFiles[0], func(a shared.Article) bool {
		text := a.Text
		st.Reset(text)
		if !checkNeighbours(t, &st, 0, len(text)) {
			bad++
		}
		off, end := len(text)/3, 2*len(text)/3
		off, end = runeCut(text, off, end)
		if !checkNeighbours(t, &st, off, end) {
			bad++
		}
		seen++
		return seen < n && bad < 10
	})
	t.Logf("%d articles", seen)
}

func FuzzNeighbours(f *testing.F) {
	f.Add("قال، أمس الأحد. إن «الاجتماع» سيعقد G20: 10:30 #رمضان", uint16(5), uint16(60))
	f.Add("أمس\u200cالأحد ١٢ يناير التاليwww ـالأحدـ ٍ؛ ثم", uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, text string, a, b uint16) {
		var st tkz.Stream
		st.Reset(text)
		checkNeighbours(t, &st, 0, len(text))
		off, end := int(a)%(len(text)+1), int(b)%(len(text)+1)
		if off > end {
			off, end = end, off
		}
		off, end = runeCut(text, off, end)
		checkNeighbours(t, &st, off, end)
	})
}

// One filled Stream serves several readers at once: FindStream only reads
// it (run with -race).
func TestFindStreamConcurrent(t *testing.T) {
	text := shared.News(t, 64<<10)
	st := tkz.NewStream(text)
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	anchor := time.Date(2018, 2, 18, 10, 0, 0, 0, time.UTC)
	want := r.Find(text, anchor)
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			if got := r.FindStream(st, anchor); !reflect.DeepEqual(got, want) {
				errs <- fmt.Sprintf("FindStream gave %d expressions, Find %d", len(got), len(want))
				return
			}
			errs <- ""
		}()
	}
	for range 8 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
