package tokenize

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/internal/shared"
)

// show renders a split as "pro+pro|stem|enc" with the roles' initials.
func show(s Split) string {
	var b strings.Builder
	for _, p := range s.Proclitics {
		b.WriteString(p.Text + "+")
	}
	b.WriteString("[" + s.Stem.Text + "]")
	for _, p := range s.Enclitics {
		b.WriteString("+" + p.Text)
	}
	if s.Key != s.Stem.Text {
		b.WriteString("=" + s.Key)
	}
	return b.String()
}

// checkSplit asserts that the parts of s tile its word with valid offsets.
func checkSplit(t testing.TB, word string, s Split) {
	t.Helper()
	if s.Word != word {
		t.Fatalf("%+q: Word is %+q", word, s.Word)
	}
	at := 0
	parts := append(append(append([]Part{}, s.Proclitics...), s.Stem), s.Enclitics...)
	for _, p := range parts {
		if p.Start != at || p.End < p.Start || p.End > len(word) || word[p.Start:p.End] != p.Text {
			t.Fatalf("%+q: part %+q at %d..%d does not follow %d", word, p.Text, p.Start, p.End, at)
		}
		at = p.End
	}
	if at != len(word) {
		t.Fatalf("%+q: parts end at %d", word, at)
	}
	if s.Stem.Role != RoleStem {
		t.Fatalf("%+q: stem has role %v", word, s.Stem.Role)
	}
}

func TestClitics(t *testing.T) {
	tests := []struct{ word, want string }{
		{"وبالحكومة", "و+ب+ال+[حكومة]"},
		{"بالعاصمة", "ب+ال+[عاصمة]"},
		{"والأذربيجانية", "و+ال+[أذربيجانية]"},
		{"فالأمر", "ف+ال+[أمر]"},
		{"كالكيان", "ك+ال+[كيان]"},
		{"للحكومة", "ل+ل+[حكومة]"},
		{"ولليوم", "و+ل+ل+[يوم]"},
		{"الإيراني", "ال+[إيراني]"},
		{"الدم", "ال+[دم]"},
		{"الله", "[الله]"},
		{"والله", "و+[الله]"},
		{"للجنة", "ل+[لجنة]"}, {"وللاعبين", "و+ل+[لاعبين]"},
		{"والده", "[والد]+ه"}, {"والدته", "[والدت]+ه"}, {"ووالده", "و+[والد]+ه"}, {"والوزير", "و+ال+[وزير]"},
		{"التي", "[التي]"}, {"والذي", "و+[الذي]"}, {"الذين", "[الذين]"}, {"للذين", "[للذين]"},
		{"الآن", "[الآن]"}, {"عبدالله", "[عبدالله]"}, {"ونصرالله", "و+[نصرالله]"},
		{"وإيران", "و+[إيران]"},
		{"وتركيا", "و+[تركيا]"},
		{"وقال", "و+[قال]"},
		{"ولن", "[ولن]"},
		{"وزارة", "[وزارة]"},
		{"واشنطن", "[واشنطن]"},
		{"ووزارة", "و+[وزارة]"},
		{"وقتها", "[وقت]+ها"},
		{"ووقتها", "و+[وقت]+ها"},
		{"نظيره", "[نظير]+ه"},
		{"حدودها", "[حدود]+ها"},
		{"قلقهما", "[قلق]+هما"},
		{"وحكومتهم", "و+[حكومت]+هم"},
		{"منهما", "[منهما]"},
		{"اتجاه", "[اتجاه]"},
		{"روحاني", "[روحاني]"},
		{"فرنسا", "[فرنسا]"},
		{"لبنان", "[لبنان]"},
		{"وَبِالْحُكُومَةِ", "وَ+بِ+الْ+[حُكُومَةِ]"},
		{"بـالحكومة", "بـ+ال+[حكومة]"},
		{"و", "[و]"},
		{"", "[]"},
		{"Reuters", "[Reuters]"},
	}
	for _, tc := range tests {
		s := Clitics(tc.word)
		checkSplit(t, tc.word, s)
		if got := show(s); got != tc.want {
			t.Errorf("Clitics(%q) = %s, want %s", tc.word, got, tc.want)
		}
	}
	s := Clitics("وبالحكومة")
	roles := []Role{s.Proclitics[0].Role, s.Proclitics[1].Role, s.Proclitics[2].Role}
	equal(t, []Role{RoleConjunction, RolePreposition, RoleArticle}, roles)
	equal(t, "وبال", s.Prefix())
	equal(t, "", s.Suffix())
	equal(t, RolePronoun, Clitics("نظيره").Enclitics[0].Role)
}

func TestWawStemsSorted(t *testing.T) {
	for i := 1; i < len(wawStems); i++ {
		if wawStems[i-1] >= wawStems[i] {
			t.Errorf("wawStems not sorted or not unique at %q", wawStems[i])
		}
	}
	for _, w := range wawStems {
		if !strings.HasPrefix(w, "و") {
			t.Errorf("%q does not start with و", w)
		}
	}
}

func TestCandidates(t *testing.T) {
	tests := []struct {
		word string
		want []string // in this order, among the candidates
		not  []string
	}{
		{"وبالعاصمة", []string{"[وبالعاصمة]", "و+[بالعاصمة]", "و+ب+[العاصمة]", "و+ب+ال+[عاصمة]"}, nil},
		{"لأميركا", []string{"[لأميركا]", "ل+[أميركا]"}, nil},
		{"للحكومة", []string{"[للحكومة]", "ل+[لحكومة]=الحكومة", "ل+ل+[حكومة]"}, nil},
		{"للبنان", []string{"[للبنان]", "ل+[لبنان]", "ل+ل+[بنان]"}, nil},
		{"للجنة", []string{"[للجنة]", "ل+[لجنة]", "ل+[لجنة]=اللجنة", "ل+ل+[جنة]"}, nil},
		{"وللاعب", []string{"و+ل+[لاعب]=اللاعب"}, nil},
		{"و\"", []string{"[و\"]"}, nil},
		{"حكومته", []string{"[حكومته]", "[حكومت]+ه", "[حكومت]+ه=حكومة"}, nil},
		{"ولايتي", []string{"[ولايتي]", "و+[لايتي]", "[ولايت]+ي=ولاية"}, nil},
		{"وسيقولها", []string{"و+[سيقولها]", "و+س+[يقولها]", "و+س+[يقول]+ها"}, []string{"و+س+[يقولها]+"}},
		{"سيارة", []string{"[سيارة]", "س+[يارة]"}, nil}, // a reading by the grammar; Clitics keeps the word
		{"سوريا", []string{"[سوريا]"}, []string{"س+[وريا]"}},
		{"الكتابه", []string{"ال+[كتابه]"}, []string{"[الكتاب]+ه"}},
		{"منهما", []string{"[منهما]", "[من]+هما"}, []string{"[م]+نهما"}},
		{"بها", []string{"[بها]"}, []string{"[ب]+ها"}},
	}
	for _, tc := range tests {
		cs := Candidates(tc.word)
		var got []string
		for _, c := range cs {
			checkSplit(t, tc.word, c)
			got = append(got, show(c))
		}
		if got[0] != "["+tc.word+"]" {
			t.Errorf("Candidates(%q)[0] = %s, want the whole word", tc.word, got[0])
		}
		k := 0
		for _, g := range got {
			if k < len(tc.want) && g == tc.want[k] {
				k++
			}
		}
		if k < len(tc.want) {
			t.Errorf("Candidates(%q) = %v, want %v in this order", tc.word, got, tc.want)
		}
		for _, n := range tc.not {
			for _, g := range got {
				if g == n {
					t.Errorf("Candidates(%q) holds %s", tc.word, n)
				}
			}
		}
		// longest stem first, no duplicates
		seen := map[string]bool{}
		for i, c := range cs {
			if i > 1 && c.Stem.End-c.Stem.Start > cs[i-1].Stem.End-cs[i-1].Stem.Start {
				t.Errorf("Candidates(%q): %s after a shorter stem", tc.word, got[i])
			}
			if seen[got[i]] {
				t.Errorf("Candidates(%q): %s twice", tc.word, got[i])
			}
			seen[got[i]] = true
		}
	}
	if Candidates("") != nil {
		t.Errorf("Candidates(\"\") is not nil")
	}
}

// Every clitic-bearing name of the seed article is found by Candidates.
func TestCandidatesSeedNames(t *testing.T) {
	s := shared.Seed(t)
	want := map[string]string{"وإيران": "إيران", "وتركيا": "تركيا", "لأميركا": "أميركا", "والأذربيجانية": "الأذربيجانية", "وظريف": "ظريف", "وليبيا": "ليبيا", "كالكيان": "الكيان", "ومحمد": "محمد", "وأذربيجان": "أذربيجان", "لنظيره": "نظير"}
	words := map[string]bool{}
	for tk := range All(s) {
		words[tk.Text] = true
	}
	for w, key := range want {
		if !words[w] {
			t.Errorf("%s is not a token of the seed", w)
			continue
		}
		found := false
		for _, c := range Candidates(w) {
			found = found || c.Key == key
		}
		if !found {
			t.Errorf("Candidates(%s) has no key %s", w, key)
		}
	}
}

func TestLamStemsSorted(t *testing.T) {
	for i := 1; i < len(lamStems); i++ {
		if lamStems[i-1] >= lamStems[i] {
			t.Errorf("lamStems not sorted or not unique at %q", lamStems[i])
		}
	}
	for _, w := range lamStems {
		if !strings.HasPrefix(w, "ل") {
			t.Errorf("%q does not start with ل", w)
		}
	}
}
