package tokenize

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// The names that EXPECTED.md lists for the seed article, each as it is
// written there (with its clitics where it has them).
var seedNames = []string{
	"حسن روحاني", "روحاني", "إلهام علييف", "سيرغي لافروف", "لافروف", "محمد جواد ظريف", "ظريف",
	"علي أكبر ولايتي", "ولايتي", "سعيد خطيب زادة", "عبد الرضا رحماني فضلي",
	"ناغورنو كاراباخ", "ناغورنو كراباخ", "كاراباخ", "كراباخ", "إيران", "وإيران", "أذربيجان", "اذربيجان",
	"أرمينيا", "روسيا", "سوريا", "ليبيا", "وتركيا", "لأميركا", "إسرائيل", "الكيان الصهيوني", "موسكو", "طهران",
	"وكالة سبوتنيك", "سبوتنيك", "الميادين", "الميادين نت", "الخارجية الروسية", "الخارجية الإيرانية",
	"الإيراني", "الإيرانية", "الأذربيجاني", "الأذربيجانية", "الأرمينية", "الروسية", "الروسيّة", "السوريين", "سوريّاً", "والأذربيجانية",
}

func TestSeed(t *testing.T) {
	s := shared.Seed(t)
	toks := Tokens(s)
	checkSpans(t, s, toks)

	// exact round trip: the gaps hold only white space
	var b strings.Builder
	prev := 0
	for _, tk := range toks {
		gap := s[prev:tk.Start]
		if strings.TrimSpace(strings.ReplaceAll(gap, "\u00a0", " ")) != "" {
			t.Errorf("non-space %+q between tokens at %d", gap, prev)
		}
		b.WriteString(gap)
		b.WriteString(tk.Text)
		prev = tk.End
	}
	b.WriteString(s[prev:])
	if b.String() != s {
		t.Fatal("round trip differs")
	}
	if prev != len(s) {
		t.Errorf("the last token ends at %d, the text at %d (no final newline: %q should be last)", prev, len(s), "نت")
	}

	words := 0
	for _, tk := range toks {
		if tk.Kind == Word {
			words++
		}
	}
	if words < 470 || words > 540 {
		t.Errorf("%d Word tokens; about 500 expected", words)
	}

	// Each name is a run of whole Word tokens, with nothing but quotes between
	// them; its first word may carry proclitics ("وإيران", "ومحمد جواد ظريف").
	var ws []Token // Word tokens, and the quotes between them
	for _, tk := range toks {
		if tk.Kind == Word || tk.Text == `"` || tk.Text == "«" || tk.Text == "»" {
			ws = append(ws, tk)
		}
	}
	for _, name := range seedNames {
		parts := strings.Fields(name)
		found := 0
		for i := range ws {
			if !strings.HasSuffix(ws[i].Text, parts[0]) || !procliticsOnly(strings.TrimSuffix(ws[i].Text, parts[0])) {
				continue
			}
			j, ok := i+1, true
			for _, p := range parts[1:] {
				for j < len(ws) && ws[j].Kind == Punct {
					j++
				}
				if j >= len(ws) || ws[j].Text != p {
					ok = false
					break
				}
				j++
			}
			if ok {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%s: not found as whole Word tokens", name)
		}
	}

	// the quoted name glued to its conjunction
	i := strings.Index(s, `و"إسرائيل"`)
	if i < 0 {
		t.Fatal(`و"إسرائيل" not in the seed`)
	}
	var got []string
	for _, tk := range toks {
		if tk.Start >= i && tk.End <= i+len(`و"إسرائيل"`) {
			got = append(got, tk.Kind.String()+":"+tk.Text)
		}
	}
	equal(t, []string{"Word:و", `Punct:"`, "Word:إسرائيل", `Punct:"`}, got)

	// the bullet line: a Punct, and the no-break space is not a token
	bullet := false
	for _, tk := range toks {
		bullet = bullet || tk.Text == "•" && tk.Kind == Punct
	}
	if !bullet {
		t.Errorf("the bullet is not a Punct token")
	}
}

// procliticsOnly reports whether p is empty or made only of the proclitic
// letters و ف ب ك ل (at most two of them).
func procliticsOnly(p string) bool {
	n := 0
	for _, r := range p {
		if !strings.ContainsRune("وفبكل", r) {
			return false
		}
		n++
	}
	return n <= 2
}
