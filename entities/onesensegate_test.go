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

// TestSurnameSpreadConfirmed checks that a surname spelt like a common word
// (حشاد, عيد: ranked among the 3,000 most frequent words, in no known
// person's name), which the gate above keeps from spreading alone, spreads
// when the same text confirms the full name: after a person's role (الباحث
// حمدي حشاد) or twice (جمال عيد). Both failed before. A name the model
// ended with a title (محمد السفير) still does not make the next السفير a
// person.
func TestSurnameSpreadConfirmed(t *testing.T) {
	g := entities.Default()
	for text, want := range map[string][]string{
		"وتحصل الباحث حمدي حشاد على براءة اختراع لاستخراج الوقود من النفايات. وصرح حشاد لوكالة الأنباء بأن الإنتاج يستغرق 45 يوما.":     {"حمدي حشاد", "حشاد"},
		"وتحدثت الإذاعة مع جمال عيد عن القضية. وقال جمال عيد إن النيابة لم تستجب لطلبات الدفاع. وأضاف عيد أن موكله محتجز منذ أسابيع.":   {"جمال عيد", "جمال عيد", "عيد"},
		"وسأل الشيخ محمد السفير في رسالة عن الضمانات المطلوبة. وكتب السفير القطري إلى وزير الخارجية قائلا إن الخاطفين يطالبون بالمزيد.": {"محمد السفير"},
	} {
		var people []string
		for _, m := range g.Find(text) {
			if m.Type == entities.Person {
				people = append(people, m.Text)
			}
		}
		if !slices.Equal(people, want) {
			t.Errorf("%s: people %q, want %q", text, people, want)
		}
	}
}
