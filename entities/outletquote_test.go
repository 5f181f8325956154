package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestQuotedOutlet checks that a name quoted right after an outlet's
// head is the outlet, whole (outletquote.go): a name the recognizer
// missed, one it read as a place or as a person, one after وكالة أنباء;
// the region outside the quotes stays a place. Sentences written for the
// test after such names on fresh corpus articles; each of the first four
// failed before the rule. A quotation after a head (a sentence, with its
// comma) and a place quoted after موقع stay as they were.
func TestQuotedOutlet(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{`وقال رئيس تحرير صحيفة "رأي اليوم" الإلكترونية إن الأزمة ستطول.`, "organization رأي اليوم"},
		{`وقالت صحيفة "الشرق الأوسط" إن الأزمة في الشرق الأوسط تتفاقم.`, "organization الشرق الأوسط|place الشرق الأوسط"},
		{`وقال لمجلة "جون أفريك" إن البلدين عدوان.`, "organization جون أفريك"},
		{`وقال لوكالة أنباء "مهر" إن المفاوضات فشلت.`, "organization مهر"},
		{`ونقلت صحيفة "سان فرانسيسكو كرونيكل" عن الشرطة قولها إن المشتبه به فر.`, "organization سان فرانسيسكو كرونيكل"},
		// Left as they were.
		{`وكتبت الصحيفة "إن الحكومة، كما يبدو، لم تعد قادرة" على الاستمرار.`, ""},
		{`وتظاهر المحتجون في موقع "نوتردام دي لوند" غرب فرنسا.`, "place نوتردام دي لوند|place فرنسا"},
	} {
		got := typedTextsOf(g, c.s, entities.Place, entities.Organization)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
