package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

func addSeeds(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, uint16(Search), uint8(3))
		f.Add(s, uint16(Display), uint8(1))
		f.Add(s, uint16(Alef|Invisible|Tatweel|Compatibility), uint8(7))
	}
	for _, c := range cases {
		f.Add(c.in, uint16(c.f), uint8(2))
	}
}

// FuzzString checks String against the slow reference, idempotence,
// validity, and that Bytes, Append and transform.String agree.
func FuzzString(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, form uint16, _ uint8) {
		fm := Form(form)
		got := fm.String(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out: %+q", got)
		}
		if want := reference(fm, s); got != want {
			t.Fatalf("String(%+q) = %+q, reference %+q", s, got, want)
		}
		if again := fm.String(got); again != got {
			t.Fatalf("not idempotent: %+q then %+q", got, again)
		}
		if b := string(fm.Bytes([]byte(s))); b != got {
			t.Fatalf("Bytes = %+q, String = %+q", b, got)
		}
		if b := string(fm.Append([]byte("<"), []byte(s))); b != "<"+got {
			t.Fatalf("Append = %+q, String = %+q", b, got)
		}
		if tr, _, err := transform.String(fm, s); err != nil || tr != got {
			t.Fatalf("transform.String = %+q, %v; String = %+q", tr, err, got)
		}
	})
}

// FuzzTransform drives Transform with small, uneven buffers and checks the
// result equals String; Span must stop only where String changes.
func FuzzTransform(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, form uint16, n uint8) {
		fm := Form(form)
		want := fm.String(s)
		if got := transformAll(t, fm, s, int(n%13)+1, int(n/13%7)+1); got != want {
			t.Fatalf("Transform in pieces = %+q, String = %+q", got, want)
		}
		k, err := fm.Span([]byte(s), true)
		switch err {
		case nil:
			if k != len(s) || want != s {
				t.Fatalf("Span = %d, nil, but String changes %+q", k, s)
			}
		case transform.ErrEndOfSpan:
			if s[:k]+fm.String(s[k:]) != want {
				t.Fatalf("Span = %d, but the prefix plus the normalized rest differs", k)
			}
		default:
			t.Fatalf("Span: %v", err)
		}
		if k, err := fm.Span([]byte(s), false); err == nil && k != len(s) || k > len(s) || !strings.HasPrefix(want, s[:k]) {
			t.Fatalf("Span(atEOF=false) = %d, %v", k, err)
		}
	})
}

// FuzzText checks Text against String and the offset mapping's bounds and
// round trip.
func FuzzText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, form uint16, n uint8) {
		fm := Form(form)
		tx := fm.Text(s)
		if tx.Orig != s || tx.Norm != fm.String(s) {
			t.Fatalf("Text disagrees with String")
		}
		if fm&(Alef|Diacritics) != Alef {
			// Without the hamza-mark rule, every word maps back (ZWJ is only
			// kept after an emoji, so it never starts a word).
			checkWords(t, fm, tx)
		}
		i := int(n) % (len(tx.Norm) + 1)
		j := i + int(n)%7
		a, z := tx.Original(i, j)
		if a < 0 || a > z || z > len(s) {
			t.Fatalf("Original(%d,%d) = %d,%d out of range", i, j, a, z)
		}
		b, y := tx.Normalized(a, z)
		if b < 0 || b > y || y > len(tx.Norm) || b > i || y < min(j, len(tx.Norm)) {
			t.Fatalf("Normalized(Original(%d,%d)) = %d,%d", i, j, b, y)
		}
	})
}
