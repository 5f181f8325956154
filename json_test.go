package arnews

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arnews/arnews/internal/shared"
)

// checkAppendString checks appendString against what a JSON decoder reads
// back: the same text, with each invalid byte read as U+FFFD, and neither
// U+2028 nor U+2029 left raw (they end lines in JavaScript).
func checkAppendString(t *testing.T, s string) {
	t.Helper()
	valid := utf8.ValidString(s)
	modes := []bool{false}
	if valid {
		modes = append(modes, true)
	}
	var want strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		want.WriteRune(r) // RuneError for each invalid byte
		i += size
	}
	for _, v := range modes {
		out := appendString([]byte("x"), s, v)
		if out[0] != 'x' {
			t.Fatalf("appendString(%q, %v) overwrote dst", s, v)
		}
		var got string
		if err := json.Unmarshal(out[1:], &got); err != nil {
			t.Fatalf("appendString(%q, %v) = %s: %v", s, v, out[1:], err)
		}
		if got != want.String() {
			t.Fatalf("appendString(%q, %v) reads back as %q, want %q", s, v, got, want.String())
		}
		if strings.ContainsAny(string(out), "\u2028\u2029") {
			t.Fatalf("appendString(%q, %v) = %s: a raw line separator", s, v, out[1:])
		}
	}
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{
		"", "abc", `قال "الوزير" \ تم`, "سطر\nسطر\r\tx\x01\x1f",
		"«اقتباس» “quotes” – dash … \u200fRLM\u200e \u2066isolate\u2069",
		"a\u2028b\u2029c\u2028", "\u2027\u202a\u20ac", "€", "\xe2", "\xe2\x80", "\xe2\x80\xa8\xff", "a\xffb",
		strings.Repeat("العربية “ ", 100) + "\u2029",
	} {
		checkAppendString(t, s)
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"“x” \u2028", "a\xffb\xe2\x80", `"\`} {
		f.Add(s)
	}
	f.Fuzz(checkAppendString)
}

func TestAppendInt(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999999, 1e8, 1e8 + 1, 1<<31 - 1, -1, -123, math.MaxInt, math.MinInt} {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Errorf("appendInt(%d) = %q, want %q", n, got, want)
		}
	}
	// every number below 10^6, then all of the range written without
	// strconv (below 10^8) by a prime stride, and each power of ten
	// with its neighbours
	check := func(n int) {
		if got := string(appendInt(nil, n)); got != strconv.Itoa(n) {
			t.Fatalf("appendInt(%d) = %q", n, got)
		}
	}
	for n := 0; n < 1e6; n++ {
		check(n)
	}
	for n := 0; n < 1e8; n += 9973 {
		check(n)
	}
	for p := 1; p <= 1e9; p *= 10 {
		for n := p - 2; n <= p+2; n++ {
			check(n)
		}
	}
}

// TestJSONSpecial8 checks the eight-byte test against jsonSafe for every
// byte value at every lane, among safe bytes.
func TestJSONSpecial8(t *testing.T) {
	for b := 0; b < 256; b++ {
		for lane := range 8 {
			w := uint64(0x41424344a8d8a7d9) // safe bytes: d9 a7 d8 a8 'D' 'C' 'B' 'A'
			w = w&^(0xFF<<(8*lane)) | uint64(b)<<(8*lane)
			if got := jsonSpecial8(w); got != !jsonSafe[b] {
				t.Fatalf("byte %#x at lane %d: jsonSpecial8 = %v", b, lane, got)
			}
		}
	}
}

// TestJSONSizeHint checks that the estimate AppendJSON grows its buffer by
// is of the right size on real news: short by no more than one growth of
// append (a quarter), and not more than half above the JSON's length.
func TestJSONSizeHint(t *testing.T) {
	check := func(id, text string) {
		d := Analyze(text, ownAnchor)
		for _, opt := range []JSONOptions{{}, {OmitTokens: true}, {OmitText: true, OmitTokens: true}} {
			got, hint := len(d.AppendJSON(nil, opt)), d.jsonSize(opt)
			if hint < got*4/5 || hint > got+got/2+512 {
				t.Errorf("%s %+v: JSON of %d bytes, estimate %d", id, opt, got, hint)
			}
		}
	}
	check("own", ownText)
	for _, rel := range shared.CorpusFiles {
		n := 0
		shared.Articles(t, rel, func(a shared.Article) bool {
			check(a.ID, a.Text)
			n++
			return n < 150
		})
	}
}

// TestAppendJSONSpare checks that AppendJSON, like append, leaves the
// bytes of dst's spare capacity past the document's end as they were
// (numbers are stored eight bytes at a time into the spare capacity).
func TestAppendJSONSpare(t *testing.T) {
	for _, text := range []string{ownText, "", "7", "مصر", "في 5 مايو 2024 قال 1 .", strings.Repeat("12 ", 40)} {
		d := Analyze(text, ownAnchor)
		for _, opt := range []JSONOptions{{}, {OmitText: true}, {OmitTokens: true}} {
			want := d.AppendJSON(nil, opt)
			// room for the size estimate, so that AppendJSON does not
			// move to a new array
			buf := make([]byte, 3, 3+max(len(want), d.jsonSize(opt))+64)
			for i := range buf[:cap(buf)] {
				buf[:cap(buf)][i] = 0xAA
			}
			got := d.AppendJSON(buf, opt)
			if &got[0] != &buf[0] {
				t.Fatalf("%q %+v: AppendJSON moved to a new array", text, opt)
			}
			if string(got[3:]) != string(want) {
				t.Fatalf("%q %+v: AppendJSON after 3 bytes differs", text, opt)
			}
			for i, b := range got[len(got):cap(got)] {
				if b != 0xAA {
					t.Fatalf("%q %+v: byte %d past the JSON's end changed to %#x", text, opt, i, b)
				}
			}
		}
	}
}

// TestValidText checks validText against utf8.ValidString on strings built
// from the pieces that decide it (ASCII runs, two-, three- and four-byte
// runes, the leads C0, C1 and F5-FF, stray continuation bytes, overlong
// and surrogate forms, cut runes), in every order of three at every
// alignment of the eight-byte words, and on random bytes weighted to the
// Arabic block's leads.
func TestValidText(t *testing.T) {
	pieces := []string{"a", "abcdefgh", "مصر", "é", "\u20ac", "\U0001F600", "\xc0\x80", "\xc1\xbf", "\xc2",
		"\xdf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\x80", "\xe2\x80",
		"\xf0\x9f\x98", "\xd9\x85", "\xd9", " 12 ", "\xef\xbf\xbd", "\xc2\x80\xdf\xbf"}
	check := func(s string) {
		if got, want := validText(s), utf8.ValidString(s); got != want {
			t.Fatalf("validText(%q) = %v, want %v", s, got, want)
		}
	}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for pad := 0; pad < 8; pad++ {
					check(strings.Repeat("x", pad) + a + b + c)
					check(a + strings.Repeat("ب", pad) + b + strings.Repeat("x", pad) + c + "ابتث")
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 48)
	for range 300000 {
		n := rng.IntN(len(buf))
		for i := range buf[:n] {
			switch rng.IntN(6) {
			case 0, 1:
				buf[i] = byte(rng.IntN(0x80))
			case 2:
				buf[i] = 0xD8 + byte(rng.IntN(4))
			case 3:
				buf[i] = 0x80 + byte(rng.IntN(0x40))
			default:
				buf[i] = byte(rng.IntN(256))
			}
		}
		check(string(buf[:n]))
		// the same bytes made valid where they were not
		check(strings.ToValidUTF8(string(buf[:n]), "\uFFFD"))
	}
}
