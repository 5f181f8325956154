package entities_test

import (
	"slices"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestSurnameSpreadGate checks that one sense per text does not take
// alone, for a made person, the last word of the name when it is a common
// word (a name the model ended with فيلم must not make the next فيلم a
// person) or the second part of a double name (هانسون-يونغ, whose يونغ
// alone in the next mention is no name). Both failed before the gate.
func TestSurnameSpreadGate(t *testing.T) {
	g := entities.Default()
	for text, bad := range map[string]string{
		"ويقدم الإيراني جعفر بناهي فيلم \"ثلاثة وجوه\" في المسابقة، وهو فيلم صوره سرا بعد أن منع من العمل.": "فيلم",
		"وقالت السيناتورة سارة هانسون-يونغ إن القانون ظالم. وأضافت هانسون-يونغ أن الحكومة ستدفع الثمن.":     "يونغ",
	} {
		var people []string
		for _, m := range g.Find(text) {
			if m.Type == entities.Person {
				people = append(people, m.Text)
			}
		}
		if slices.Contains(people, bad) {
			t.Errorf("%s: people %q, %q alone among them", text, people, bad)
		}
	}
}
