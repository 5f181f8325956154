package entities_test

import (
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestLatinNames checks the Latin-script names on phrases written in the
// style of Arabic news: in parentheses, after وكالة, at the start of a
// sentence, next to punctuation.
func TestLatinNames(t *testing.T) {
	g := entities.Default()
	found := map[string][]string{
		"دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤول إيراني": {"دبي/place/g-292223",
			"الإمارات العربية المتحدة/place/c-ae", "CNN/organization/o-cnn", "إيراني/nationality/c-ir"},
		"ذكرت وكالة (AFP) أن الاجتماع انتهى":          {"AFP/organization/o-afp"},
		"نقلت وكالة رويترز (Reuters) عن مصدر":         {"وكالة رويترز/organization/o-reuters", "Reuters/organization/o-reuters"},
		"Google تعلن عن هاتف جديد.":                   {"Google/organization/o-google"},
		"قالت شركة أبل (Apple)، في بيان، إن":          {"أبل/organization/o-apple", "Apple/organization/o-apple"},
		"وأعلنت منظمة الصحة العالمية (WHO) اليوم":     {"منظمة الصحة العالمية/organization/o-who", "WHO/organization/o-who"},
		"بحسب ما نقلته لـCNN مصادر":                   {"CNN/organization/o-cnn"},
		"صرح لشبكة \"CNN\": لا تعليق":                 {"CNN/organization/o-cnn"},
		"قالت الأمم المتحدة (UN) وحلف NATO إن":        {"الأمم المتحدة/organization/o-un", "UN/organization/o-un", "NATO/organization/o-nato"},
		"نقلت قناة Al Jazeera عن شهود":                {"Al Jazeera/organization/o-aljazeera"},
		"وأكدت saudi aramco أن الإنتاج":               {"saudi aramco/organization/o-aramco"},
		"تراجعت أسهم أرامكو السعودية (Saudi Aramco).": {"أرامكو السعودية/organization/o-aramco", "Saudi Aramco/organization/o-aramco"},
		"قالت REUTERS إن":                             {"REUTERS/organization/o-reuters"},
		"(AP Photo/فلان)":                             {"AP/organization/o-ap"},
		"قالت CNN's مراسلة":                           {"CNN/organization/o-cnn"},
		"أعلن الاتحاد الدولي لكرة القدم (FIFA)، والاتحاد الأوروبي (UEFA).": {"الاتحاد الدولي لكرة القدم/organization/o-fifa",
			"FIFA/organization/o-fifa", "الاتحاد الأوروبي/organization/o-eu", "UEFA/organization/o-uefa"},
	}
	for text, want := range found {
		assert(t).Equal(want, got(g, text), "%s", text)
	}
	// Not a name: the wrong case, inside a longer Latin word, a URL, an
	// e-mail address, a hashtag, a handle, or next to another capitalized
	// Latin word (a product or a longer name).
	for _, text := range []string{
		"زوروا موقع cnn للمزيد",
		"قال Cnn إن",
		"نشرت CNNMoney تقريرا",
		"المصدر: https://edition.cnn.com/CNN/2018/story",
		"المصدر: www.CNN.com",
		"راسلونا على news@BBC.co.uk",
		"تصدر وسم #CNN المنصات",
		"كتب @CNN في تغريدة",
		"أطلقت ساعة Apple Watch الجديدة",
		"متجر Google Play",
		"قال مذيع Fox إن",
		"who said it",
		"it was us",
		"ذهب apple إلى",
		"AFP-Getty",
		"CNN.com",
	} {
		assert(t).Empty(got(g, text), "%s", text)
	}
}
