package entities_test

import (
	"slices"
	"testing"
)

// TestTitlesOutside checks that a title, a rank or an adjective before a
// person's name stays outside the mention when the model reads it in the
// name (the words added to the cue and title lists in session 11, found
// at the head of the model's people on fresh news), and that a title
// alone is no person: sentences written for the test. Without the titles
// in merge.go the embedded model gives البروفسور هيلدن, اللورد بلاكويل,
// الشهير جاكي تشان, دكتور, معاون ساركوزي, المأذون الشرعي, الميجر جون
// كيلر and الحكمان مازن داوود.
func TestTitlesOutside(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"وقال البروفسور هيلدن إن النتائج مشجعة.", []string{"هيلدن"}},
		{"وقال اللورد بلاكويل إن الحكومة أخطأت.", []string{"بلاكويل"}},
		{"وقال الممثل الشهير جاكي تشان إنه سعيد.", []string{"جاكي تشان"}},
		{"وكان دكتور رياك مشار قد عاد إلى جوبا.", []string{"رياك مشار"}},
		{"وانتقد معاون ساركوزي القرار.", []string{"ساركوزي"}},
		{"وأكد المأذون الشرعي، المأذون عادل السعيد، أن العقد صحيح.", []string{"عادل السعيد"}},
		{"وأبلغ الميجر جون كيلر الصحفيين أن القوات انسحبت.", []string{"جون كيلر"}},
		{"وأدار المباراة الحكم علي صباح ويساعده الحكمان مازن داوود وسامي الحسن.", []string{"مازن داوود", "سامي الحسن"}},
	} {
		got := peopleIn(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: people %q, want %q", c.text, got, c.want)
		}
	}
}
