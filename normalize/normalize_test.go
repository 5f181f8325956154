package normalize

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/shared"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// reference is a slow, obviously rune-by-rune version of Form.String, used
// to check the table-driven one.
func reference(f Form, s string) string {
	f &= allForms
	var b strings.Builder
	prev := rune(-1)
	for _, r := range s {
		atoms := []rune{r}
		if f&Compatibility != 0 && r != utf8.RuneError {
			atoms = []rune(norm.NFKC.String(string(r)))
		}
		for _, x := range atoms {
			if y := f.mapContext(x, prev); y >= 0 {
				b.WriteRune(y)
				prev = y
			} else {
				prev = -1
			}
		}
	}
	return b.String()
}

// tricky holds texts that exercise every rule and their interplay.
var tricky = []string{
	"",
	"أَحْمَدُ إِلى آخِرِ ٱلكِتابِ",
	"ا\u0654حمد ا\u0655 ا\u0653 ب\u0654 \u0654 اـ\u0654 ا\u200F\u0654 ا\u0654\u0654 ب\u0654\u0654",
	"ﻣﺮﺣﺒﺎ ﻻ ﻷ ﻹ ﻵ ﷲ ﷺ ﹰ ﹱ ﹷ ﺃ ﺇ ﺁ ﭐ",
	"ٱلرحمٰن ۖ ۗ ۘ ۝ ۞ ۩ ۭ",
	"مستشفى على مدرسة",
	"کتاب یک ۀ ھ ہ ۂ ە ۃ ۓ ے ڪ",
	"٢٠٢٤ ۲۰۲۴ ٣٫٥ ١٬٠٠٠",
	"العـــــربية",
	"مسئول مسؤول",
	"\u200Fكتاب\u200E \u202Bنص\u202C \u2067x\u2069 \u061C \uFEFFbom soft\u00ADhyphen zw\u200Bsp",
	"می\u200Cخواهم ه\u200D",
	"👍🏽 🇪🇬 👨\u200D👩\u200D👧 ❤\uFE0F\u200D🔥 \u200D\u200D 😀\u200D\u200D 😀\u200F\u200D 😀\u200D\u0654 ™\u200D",
	"a\u00A0b\u2003c\u3000d\u202Fe\u1680f\tg\nh",
	"ＡＢＣ１２ ﬁ ½ ² Ⅻ ㎏ 𝐀𝟎 🄰 丽 \U0002F800",
	"Reuters 2020, AFP.",
	"\xff\xfe a\xc0\x80 \xed\xa0\x80 \xf4\x90\x80\x80 \xd8 \xe2\x80 \xf0\x9f\x98",
	"e\u0301 \u0344 \u0958 \u212B \uAC00",
	"ﺍ\u0654 ﻻ\u0653 ٲ\u0654 ۂ\u0654",
	"أب أ\u0654 ب ٱ\u0653 إ\u0655",
	"أ\u0654 ة\u0654 إ\u0653 مدرسة\u0654 ى\u0655 ئ\u200D ١\u0654 ـ\u0654 ﻷ\u0654",
}

func allFormValues() []Form {
	var fs []Form
	for f := Form(0); f <= allForms; f++ {
		fs = append(fs, f)
	}
	return fs
}

func TestReferenceAndIdempotence(t *testing.T) {
	for _, f := range allFormValues() {
		for _, s := range tricky {
			got := f.String(s)
			if want := reference(f, s); got != want {
				t.Fatalf("%#x.String(%+q) = %+q, reference %+q", uint16(f), s, got, want)
			}
			if again := f.String(got); again != got {
				t.Fatalf("%#x not idempotent on %+q: %+q then %+q", uint16(f), s, got, again)
			}
			if !utf8.ValidString(got) {
				t.Fatalf("%#x.String(%+q) is not valid UTF-8", uint16(f), s)
			}
			// Append into spare room, and into none.
			roomy := append(make([]byte, 0, 4*len(s)+200), "pre"...)
			if a := f.Append(roomy, []byte(s)); string(a) != "pre"+got {
				t.Fatalf("%#x.Append(roomy, %+q) = %+q", uint16(f), s, a)
			}
			if a := f.Append([]byte("pre"), []byte(s)); string(a) != "pre"+got {
				t.Fatalf("%#x.Append(tight, %+q) = %+q", uint16(f), s, a)
			}
		}
	}
}

// forms are the Forms checked on long texts.
var forms = []struct {
	name string
	f    Form
}{
	{"Search", Search},
	{"Display", Display},
	{"Alef", Alef},
	{"Alef|Tatweel|Invisible", Alef | Tatweel | Invisible},
	{"Compatibility", Compatibility},
	{"Diacritics|Digits", Diacritics | Digits},
	{"zero", 0},
}

func news(tb testing.TB) string {
	n := 1 << 20
	if testing.Short() {
		n = 200 << 10
	}
	return shared.News(tb, n)
}

func TestNewsIdempotent(t *testing.T) {
	s := news(t)
	for _, c := range forms {
		got := c.f.String(s)
		if want := reference(c.f, s); got != want {
			t.Errorf("%s: String differs from the reference", c.name)
		}
		if again := c.f.String(got); again != got {
			t.Errorf("%s: not idempotent on news", c.name)
		}
		if a := c.f.Append(make([]byte, 0, 2*len(s)), []byte(s)); string(a) != got {
			t.Errorf("%s: Append into spare room differs from String", c.name)
		}
	}
}

func TestSeedIdempotent(t *testing.T) {
	s := shared.Seed(t)
	for _, f := range allFormValues() {
		got := f.String(s)
		if again := f.String(got); again != got {
			t.Fatalf("%#x not idempotent on the seed", uint16(f))
		}
	}
	if Search.String(s) == s {
		t.Errorf("Search left the seed article unchanged")
	}
}

// chunkReader returns its text in pieces of n bytes.
type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

// readAll reads f applied to s through transform.NewReader, feeding the
// source and reading the result in pieces of n bytes.
func readAll(t testing.TB, f Form, s string, n int) string {
	tr := transform.NewReader(&chunkReader{s, n}, f)
	var out bytes.Buffer
	buf := make([]byte, n)
	for {
		k, err := tr.Read(buf)
		out.Write(buf[:k])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read: %v", err)
		}
	}
	return out.String()
}

// transformAll drives f.Transform by hand with a source window of srcN
// bytes and a destination of dstN bytes, the hard way for a transformer.
func transformAll(t testing.TB, f Form, s string, srcN, dstN int) string {
	var out []byte
	dst := make([]byte, dstN)
	src := []byte(s)
	for p := 0; ; {
		end := min(len(src), p+srcN)
		atEOF := end == len(src)
		nd, ns, err := f.Transform(dst, src[p:end], atEOF)
		out = append(out, dst[:nd]...)
		p += ns
		switch err {
		case nil:
			if atEOF && p == len(src) {
				return string(out)
			}
			if ns == 0 && nd == 0 {
				srcN++ // nil with no progress: need a larger window
			}
		case transform.ErrShortSrc:
			if ns == 0 {
				srcN++
			}
		case transform.ErrShortDst:
			if nd == 0 && ns == 0 {
				dst = make([]byte, len(dst)+1)
			}
		default:
			t.Fatalf("Transform: %v", err)
		}
	}
}

func TestTransformMatchesString(t *testing.T) {
	s := shared.Seed(t) + "\n\n" + news(t)[:50000] + strings.Join(tricky, "\n")
	for _, c := range forms {
		want := c.f.String(s)
		for _, n := range []int{1, 7, 4096} {
			if got := readAll(t, c.f, s, n); got != want {
				t.Errorf("%s: reader with %d-byte pieces differs from String", c.name, n)
			}
		}
		if got, _, err := transform.String(c.f, s); err != nil || got != want {
			t.Errorf("%s: transform.String differs from String (%v)", c.name, err)
		}
	}
}

func TestTransformSmallBuffers(t *testing.T) {
	for _, f := range []Form{Search, Display, Alef, Alef | Invisible, Compatibility | Alef, Invisible} {
		for _, s := range tricky {
			want := f.String(s)
			for _, sn := range []int{1, 2, 3, 5, 64} {
				for _, dn := range []int{1, 2, 3, 4, 8, 100} {
					if got := transformAll(t, f, s, sn, dn); got != want {
						t.Fatalf("%#x src %d dst %d on %+q: got %+q, want %+q", uint16(f), sn, dn, s, got, want)
					}
				}
			}
		}
	}
}

func TestSpan(t *testing.T) {
	for _, f := range allFormValues() {
		for _, s := range tricky {
			n, err := f.Span([]byte(s), true)
			want := f.String(s)
			if err == nil {
				if n != len(s) || want != s {
					t.Fatalf("%#x.Span(%+q) = %d, nil but String changes it", uint16(f), s, n)
				}
				continue
			}
			if err != transform.ErrEndOfSpan || !strings.HasPrefix(want, s[:n]) {
				t.Fatalf("%#x.Span(%+q) = %d, %v; String %+q", uint16(f), s, n, err, want)
			}
			// The rest, normalized on its own, completes the result: Span
			// stops only where the context is neutral.
			if got := s[:n] + f.String(s[n:]); got != want {
				t.Fatalf("%#x.Span(%+q) = %d: prefix + String(rest) = %+q, want %+q", uint16(f), s, n, got, want)
			}
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("\x80\xbf\xc0\xc2\xd8\xd9\xdb\xe0\xe2\xed\xef\xf0\xf4\xf5\xff a\xa7\x84\x94\x8e")
	for range 3000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		// Each bad byte becomes one U+FFFD: the same as normalizing what a
		// for-range loop decodes.
		var fixed strings.Builder
		for _, r := range s {
			fixed.WriteRune(r)
		}
		for _, f := range []Form{0, Search, Display, Alef} {
			got := f.String(s)
			if !utf8.ValidString(got) || got != f.String(fixed.String()) {
				t.Fatalf("%#x.String(%+q) = %+q", uint16(f), s, got)
			}
		}
	}
}

func TestNoAllocWhenNormal(t *testing.T) {
	s := Search.String(news(t)[:20000])
	if a := testing.AllocsPerRun(20, func() { _ = Search.String(s) }); a != 0 {
		t.Errorf("Search.String on normal text: %v allocs", a)
	}
	b := []byte(s)
	if a := testing.AllocsPerRun(20, func() { _ = Search.Bytes(b) }); a != 0 {
		t.Errorf("Search.Bytes on normal text: %v allocs", a)
	}
	if a := testing.AllocsPerRun(20, func() { _ = Search.Text(s) }); a != 0 {
		t.Errorf("Search.Text on normal text: %v allocs", a)
	}
	if got := Search.String(s); stringData(got) != stringData(s) {
		t.Errorf("Search.String on normal text did not return its input")
	}
}

func TestPredicates(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got, want := Diacritics.mapAtomic(r) < 0, IsDiacritic(r); got != want {
			t.Fatalf("U+%04X: Diacritics removes it: %v, IsDiacritic: %v", r, got, want)
		}
		// Invisible removes ZWJ outside emoji sequences only.
		if got, want := Invisible.String(string(r)) == "", IsInvisible(r); got != want {
			t.Fatalf("U+%04X: Invisible removes it: %v, IsInvisible: %v", r, got, want)
		}
		if IsInvisible(r) && r != zwj && Invisible.String("😀"+string(r)) != "😀" {
			t.Fatalf("U+%04X kept after an emoji", r)
		}
		if got := ZWNJ.String(string(r)) == ""; got != (r == 0x200C) {
			t.Fatalf("U+%04X: ZWNJ removes it: %v", r, got)
		}
		if got, want := Spaces.String(string(r)) == " ", unicode.Is(unicode.Zs, r); got != want {
			t.Fatalf("U+%04X: Spaces maps it to a space: %v, Zs: %v", r, got, want)
		}
	}
}

func TestCompatTables(t *testing.T) {
	if testing.Short() {
		t.Skip("every rune, every Form: skipped in -short")
	}
	tb := tables()
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		exp := norm.NFKC.String(string(r))
		if changes := exp != string(r); changes != (tb.mask(r)&Compatibility != 0) {
			t.Fatalf("U+%04X: NFKC changes it: %v, table says %v", r, changes, !changes)
		}
		if exp == string(r) {
			continue
		}
		if len(exp) > maxRuneOut {
			t.Fatalf("U+%04X: NFKC output of %d bytes exceeds maxRuneOut", r, len(exp))
		}
		if got := Compatibility.String(string(r)); got != exp {
			t.Fatalf("U+%04X: Compatibility gives %+q, NFKC %+q", r, got, exp)
		}
		for _, x := range exp {
			if norm.NFKC.String(string(x)) != string(x) {
				t.Fatalf("U+%04X: NFKC output rune U+%04X is not NFKC-stable alone", r, x)
			}
			if x == zwj || isAlefMark(x) {
				t.Fatalf("U+%04X: NFKC output holds the contextual rune U+%04X", r, x)
			}
		}
	}
}

// TestRandomAgainstReference compares every entry point with the slow
// reference on long random mixtures of the characters the rules care
// about, so that the bulk-copy and in-place paths meet every neighbour.
func TestRandomAgainstReference(t *testing.T) {
	alphabet := []rune("ابتةأإآٱىيؤئءکیۀھۓ٠١۲ـًٌَُِّْٰۖ\u0653\u0654\u0655" +
		"\u200B\u200C\u200D\u200E\u200F\u202B\u202C\u2067\u00AD\uFEFF\u00A0\u2003" +
		"ﻻﻷﷲﷺﺃﭐﹰＡ½😀👍🏽\uFE0F \n.a1\uFFFD")
	rng := rand.New(rand.NewPCG(7, 9))
	rounds := 400
	if testing.Short() {
		rounds = 100
	}
	for range rounds {
		var b strings.Builder
		for range rng.IntN(700) {
			if rng.IntN(50) == 0 {
				b.WriteByte(byte(0x80 + rng.IntN(0x80))) // a stray byte
				continue
			}
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		f := Form(rng.IntN(int(allForms) + 1))
		if rng.IntN(3) == 0 {
			f = Search
		}
		want := reference(f, s)
		if got := f.String(s); got != want {
			t.Fatalf("%#x.String(%+q) = %+q, reference %+q", uint16(f), s, got, want)
		}
		if got := f.Append(make([]byte, 3, 3+2*len(s)), []byte(s)); string(got[3:]) != want {
			t.Fatalf("%#x.Append differs on %+q", uint16(f), s)
		}
		tx := f.Text(s)
		if tx.Norm != want {
			t.Fatalf("%#x.Text differs on %+q", uint16(f), s)
		}
		for range 5 {
			i := rng.IntN(len(want) + 1)
			j := i + rng.IntN(len(want)-i+1)
			a, z := tx.Original(i, j)
			if a < 0 || a > z || z > len(s) {
				t.Fatalf("%#x.Text(%+q).Original(%d,%d) = %d,%d", uint16(f), s, i, j, a, z)
			}
			if b, y := tx.Normalized(a, z); b > i || y < j {
				t.Fatalf("%#x.Text(%+q): Normalized(Original(%d,%d)) = %d,%d", uint16(f), s, i, j, b, y)
			}
		}
		if got := transformAll(t, f, s, 1+rng.IntN(40), 1+rng.IntN(40)); got != want {
			t.Fatalf("%#x.Transform differs on %+q", uint16(f), s)
		}
		if got := f.String(want); got != want {
			t.Fatalf("%#x not idempotent on %+q", uint16(f), s)
		}
		// With room to spare, Transform holds back only a short tail.
		big := make([]byte, 4*len(s)+maxRuneOut)
		if _, ns, err := f.Transform(big, []byte(s), false); err != nil && (err != transform.ErrShortSrc || len(s)-ns > 3*utf8.UTFMax+3) {
			t.Fatalf("%#x.Transform(%+q, atEOF=false) consumed %d of %d: %v", uint16(f), s, ns, len(s), err)
		}
	}
	long := strings.Repeat("ﷺ ", 5000)
	if got, want := Search.String(long), reference(Search, long); got != want {
		t.Fatalf("long expansion run differs")
	}
}
