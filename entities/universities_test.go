package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// TestUniversityOfTown checks that a place right after جامعة, منتخب or بنك
// is the university, the national team or the bank (with an adjective,
// a second place or a field in لل after it), head in and proclitics out, and
// one after نادي the club, head out (universities.go), and that a place
// with anything else before it stays a place: sentences written for the
// test after universities, teams and clubs read as their places on fresh
// corpus articles (without the rule the embedded model gives the places
// غلاسكو, أدنبره, ساو باولو, مانشستر, كوريا, إنكلترا and الرياض).
func TestUniversityOfTown(t *testing.T) {
	g := entities.Default()
	for _, c := range []struct{ s, want string }{
		{"وقال باحثون بجامعة غلاسكو إن الدواء آمن.", "organization جامعة غلاسكو"},
		{"وأعد الدراسة فريق من جامعة أدنبره في اسكتلندا.", "organization جامعة أدنبره|place اسكتلندا"},
		{"وتخرجت في جامعة ساو باولو عام 2001.", "organization جامعة ساو باولو"},
		{"وشارك باحثون من لندن وجامعة مانشستر في الدراسة.", "place لندن|organization جامعة مانشستر"},
		{"وعاد الباحثون إلى غلاسكو بعد الدراسة.", "place غلاسكو"},
		{"ويتذيل منتخب كوريا الترتيب بلا رصيد.", "organization منتخب كوريا"},
		{"وتمكن لمنتخب إنكلترا من التأهل.", "organization منتخب إنكلترا"},
		{"وبدأ مسيرته مع نادي الرياض قبل أن ينتقل.", "organization الرياض"},
		{"وحصل على قرض من بنك دبي الإسلامي لشراء سيارة.", "organization بنك دبي الإسلامي"},
		{"وقال مدير العمليات في بنك مصر إن الأسعار سترتفع.", "organization بنك مصر"},
		// Two places after بنك are its name (bankPlaces; without it بنك
		// مصر and the place إيران).
		{"وقال رئيس بنك مصر إيران إن العقوبات لن تؤثر على نشاطه.", "organization بنك مصر إيران"},
		// And the field after them (bankLamEnd; without it بنك مصر
		// إيران alone), but not another ل-word.
		{"وأظهرت نتائج أعمال بنك مصر إيران للتنمية تراجع صافي الربح.", "organization بنك مصر إيران للتنمية"},
		{"وقدم بنك مصر إيران للعملاء قروضا ميسرة هذا العام.", "organization بنك مصر إيران"},
	} {
		got := typedTextsOf(g, c.s, entities.Place, entities.Organization)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
