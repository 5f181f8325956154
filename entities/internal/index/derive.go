package index

import "strings"

// nisbaSuffixes are the endings added to a masculine singular nisba
// (إيراني): feminine, plurals, duals and the indefinite accusative.
var nisbaSuffixes = []string{"", "ة", "ون", "ين", "ان", "تان", "تين", "ات", "اً"}

// NisbaForms derives the forms of a nationality adjective given in the
// masculine singular without the article (إيراني, or two words: كوري
// جنوبي). Every word that ends in ي takes the same ending; each form comes
// bare and with ال on every word (no ال on the accusative). accusative
// reports the forms that end in the accusative alef.
func NisbaForms(adj string) (forms []string, accusative []bool) {
	words := strings.Fields(adj)
	if len(words) == 0 {
		return nil, nil
	}
	inflects := false
	for _, w := range words {
		if strings.HasSuffix(w, "ي") {
			inflects = true
		}
	}
	suffixes := nisbaSuffixes
	if !inflects {
		suffixes = []string{""}
	}
	for _, suf := range suffixes {
		bare := make([]string, len(words))
		def := make([]string, len(words))
		for i, w := range words {
			if strings.HasSuffix(w, "ي") {
				w += suf
			}
			bare[i] = w
			if strings.HasPrefix(w, "ال") {
				def[i] = w
			} else {
				def[i] = "ال" + w
			}
		}
		forms = append(forms, strings.Join(bare, " "))
		accusative = append(accusative, suf == "اً")
		if suf != "اً" {
			forms = append(forms, strings.Join(def, " "))
			accusative = append(accusative, false)
		}
	}
	return forms, accusative
}

// Feminine returns the feminine singular with the article of a masculine
// nisba (إيراني → الإيرانية), the form that follows a feminine noun such as
// وزارة الخارجية.
func Feminine(adj string) string {
	words := strings.Fields(adj)
	for i, w := range words {
		if strings.HasSuffix(w, "ي") {
			w += "ة"
		}
		if !strings.HasPrefix(w, "ال") {
			w = "ال" + w
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}
