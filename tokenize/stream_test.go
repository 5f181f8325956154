package tokenize

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/alphabet"
	"github.com/arnews/arnews/internal/shared"
)

// checkStream checks everything a Stream of s says against the slow
// definitions: the tokens of Tokens, each key = alphabet.AppendKey of the
// token, Plain = every rune a letter or mark, KeyOffset = the offsets of
// alphabet.AppendKeyOffsets.
func checkStream(t *testing.T, st *Stream, text string) {
	t.Helper()
	s := text // for the messages
	if len(s) > 200 {
		s = s[:200]
	}
	want := Tokens(text)
	if st.Text() != text {
		t.Fatalf("%+q: Text() differs", s)
	}
	got := st.Tokens()
	if len(got) != len(want) || st.Len() != len(want) {
		t.Fatalf("%+q: %d tokens (Len %d), Tokens gives %d", s, len(got), st.Len(), len(want))
	}
	var offs []int
	for i, tk := range got {
		if tk != want[i] {
			t.Fatalf("%+q: token %d is %+v, Tokens gives %+v", s, i, tk, want[i])
		}
		var wantKey []byte
		switch tk.Kind {
		case Word, Number, Hashtag, Mention:
			wantKey, offs = alphabet.AppendKeyOffsets(nil, offs[:0], tk.Text, tk.Start)
		}
		if key := st.Key(i); !bytes.Equal(key, wantKey) {
			t.Fatalf("%+q: key of %q is %q, want %q", s, tk.Text, key, wantKey)
		}
		for k := range wantKey {
			if o := st.KeyOffset(i, k); o != offs[k] {
				t.Fatalf("%+q: KeyOffset(%d, %d) of %q = %d, want %d", s, i, k, tk.Text, o, offs[k])
			}
		}
		if o := st.KeyOffset(i, len(wantKey)); o != tk.End {
			t.Fatalf("%+q: KeyOffset past the key of %q = %d, want its end %d", s, tk.Text, o, tk.End)
		}
		plain := tk.Kind == Word
		for _, r := range tk.Text {
			if c := alphabet.Of(r); !c.IsLetter() && c != alphabet.Mark || r == utf8.RuneError {
				plain = false
			}
		}
		if st.Plain(i) != plain {
			t.Fatalf("%+q: Plain(%q) = %v, want %v", s, tk.Text, st.Plain(i), plain)
		}
		// LetterCodes: for a Plain word with a key of even length, each
		// two bytes of the key as a letter U+0621..U+064A less 0x620, or 0.
		var wantCodes []byte
		if plain && len(wantKey)%2 == 0 {
			wantCodes = []byte{}
			for k := 0; k < len(wantKey); k += 2 {
				c := byte(0)
				if r, n := utf8.DecodeRune(wantKey[k : k+2]); n == 2 && r >= 0x621 && r <= 0x64A {
					c = byte(r - 0x620)
				}
				wantCodes = append(wantCodes, c)
			}
		}
		if codes := st.LetterCodes(i); !bytes.Equal(codes, wantCodes) || (codes == nil) != (wantCodes == nil) {
			t.Fatalf("%+q: LetterCodes(%q) = %v, want %v", s, tk.Text, codes, wantCodes)
		}
		// KeyAligned: a Plain word of runes U+0600..U+06FF that each fold
		// to one rune of that block; its key bytes then come from the
		// same offsets of its text.
		aligned := plain
		for _, r := range tk.Text {
			k := alphabet.AppendKey(nil, string(r))
			if kr, n := utf8.DecodeRune(k); r < 0x600 || r > 0x6FF || len(k) != 2 || n != 2 || kr < 0x600 || kr > 0x6FF {
				aligned = false
			}
		}
		if st.KeyAligned(i) != aligned {
			t.Fatalf("%+q: KeyAligned(%q) = %v, want %v", s, tk.Text, st.KeyAligned(i), aligned)
		}
		if aligned {
			for k := range wantKey {
				if offs[k] != tk.Start+k-k%2 {
					t.Fatalf("%+q: KeyAligned(%q), but key byte %d comes from %d", s, tk.Text, k, offs[k])
				}
			}
		}
	}
}

func TestStream(t *testing.T) {
	var st Stream
	texts := append([]string{}, fuzzSeeds...)
	texts = append(texts,
		"ﺍﻷﺣﺪ ﻻ ﷲ ﷺ", "أمس\u200cالأحد", "الإثنينَ G20 U.S. O'Brien آب ١٢٣ ۴۵ #رمضان_كريم @AlJazeera",
		"التاليwww مصرLondon", "قال ـالأحدـ ٍ")
	for _, s := range texts {
		st.Reset(s) // reused: nothing of the text before may remain
		checkStream(t, &st, s)
	}
	// every rune of the Arabic blocks, alone and inside a word
	for r := rune(0x600); r < 0x900; r++ {
		s := "ب" + string(r) + "ت " + string(r) + " A" + string(r)
		st.Reset(s)
		checkStream(t, &st, s)
	}
	// every rune and ASCII byte right after a word of Arabic letters (the
	// end that Reset's fast path decides), at the end of the text too
	for r := rune(0); r < 0x3000; r++ {
		s := "قال بت" + string(r) + "ب بتَ" + string(r) + " ب" + string(r) + ". في" + string(r)
		st.Reset(s)
		checkStream(t, &st, s)
	}
	for r := rune(0xFB50); r < 0xFF00; r++ {
		s := "ب" + string(r) + "ت " + string(r)
		st.Reset(s)
		checkStream(t, &st, s)
	}
}

func TestStreamNews(t *testing.T) {
	n := 1 << 20
	if testing.Short() {
		n = 128 << 10
	}
	s := shared.News(t, n)
	st := NewStream(s)
	checkStream(t, st, s)
}

// TestStreamNoAllocation checks that a Stream refilled with a text of the
// same size allocates nothing: no allocation per token.
func TestStreamNoAllocation(t *testing.T) {
	s := ""
	for _, x := range fuzzSeeds {
		s += x + " "
	}
	var st Stream
	st.Reset(s)
	if n := testing.AllocsPerRun(20, func() { st.Reset(s) }); n != 0 {
		t.Errorf("Reset allocates %v times on a text it has seen", n)
	}
}

func FuzzStream(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var st Stream
		st.Reset("أمس الأحد " + s) // a reused Stream
		st.Reset(s)
		checkStream(t, &st, s)
	})
}

// TestStreamKeyRoom fills Streams whose key buffer has every small spare
// capacity: arabicRun writes a key in place only while it surely fits,
// and leaves the word to the slow path otherwise. The bytes just past the
// buffer's capacity must stay untouched and every key must be right.
func TestStreamKeyRoom(t *testing.T) {
	texts := []string{
		"ذكرت وكالة الأنباء أن الرئيس التقى أمس الأحد وزير الخارجية",
		"الإثنين  إستراتيجية، مُحَمَّد والمستشفيات.",
		"قال: استقبلناهم بالترحيبات واستراتيجياتهم",
	}
	for _, text := range texts {
		for c := range 2*len(text) + 4 {
			big := bytes.Repeat([]byte{0xEE}, c+64)
			st := Stream{toks: make([]Token, 0, 1), meta: make([]meta, 0, 1), keys: big[:0:c]}
			st.Reset(text)
			checkStream(t, &st, text)
			for k, b := range big[c:] {
				if b != 0xEE {
					t.Fatalf("%q, key room %d: byte %d past the buffer written", text, c, k)
				}
			}
		}
	}
}

// TestStreamASCIIBetweenWords puts every ASCII byte, alone, doubled and
// before a digit or a letter, between and after Arabic words (and the
// Arabic comma the same way): arabicRun takes white space and punctuation
// itself and must cut them as next does.
func TestStreamASCIIBetweenWords(t *testing.T) {
	seps := []string{"،"}
	for b := range 0x80 {
		seps = append(seps, string(rune(b)))
	}
	for _, x := range seps {
		for _, sep := range []string{x, x + x, " " + x + " ", x + "1", " " + x + "1", x + "a", x + "\n" + x} {
			text := "قال الرئيس" + sep + "اليوم" + sep + "د" + sep + "بَ" + sep + "لَّ" + sep + "العربية" + sep + "نت" + sep + "سي" + sep + "إن"
			checkStream(t, NewStream(text), text)
		}
	}
}
