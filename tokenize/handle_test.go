package tokenize

import (
	"fmt"
	"testing"
)

// Why, last bullet: a handle after the conjunction و or ف keeps its kind,
// as a hashtag does; a handle glued to a longer word does not.
func TestHandleAfterConjunction(t *testing.T) {
	for in, want := range map[string]string{
		"و@user":              "[Word:و Mention:@user]",
		"ف@وزارة_الصحة":       "[Word:ف Mention:@وزارة_الصحة]",
		"قال و@AlArabiya_Eng": "[Word:قال Word:و Mention:@AlArabiya_Eng]",
		"(و@user)":            "[Punct:( Word:و Mention:@user Punct:)]",
		"و#وسم":               "[Word:و Hashtag:#وسم]",
		"ف#غزة":               "[Word:ف Hashtag:#غزة]",
		"@user":               "[Mention:@user]",
		"مو@user":             "[Word:مو Punct:@ Word:user]",
		"ab@cd":               "[Word:ab Punct:@ Word:cd]",
		"name@example.com":    "[Email:name@example.com]",
		"و@":                  "[Word:و Punct:@]",
		"و\u200f@وزارة_الصحة": "[Word:و Mention:@وزارة_الصحة]",
	} {
		var got []string
		for _, tk := range Tokens(in) {
			got = append(got, tk.Kind.String()+":"+tk.Text)
		}
		if fmt.Sprint(got) != want {
			t.Errorf("%q: %v, want %s", in, got, want)
		}
	}
}
