package dates

import (
	"encoding/json"
	"testing"
	"time"
)

func TestGrainAndKindText(t *testing.T) {
	for g := GrainNone; g <= Century; g++ {
		b, err := g.MarshalText()
		var back Grain
		if err != nil || back.UnmarshalText(b) != nil || back != g || string(b) != g.String() {
			t.Errorf("grain %v: %q %v -> %v", g, b, err, back)
		}
	}
	for k := KindNone; k <= DecadeName; k++ {
		b, err := k.MarshalText()
		var back Kind
		if err != nil || back.UnmarshalText(b) != nil || back != k || string(b) != k.String() {
			t.Errorf("kind %v: %q %v -> %v", k, b, err, back)
		}
	}
	out, err := json.Marshal(struct {
		G Grain
		K Kind
	}{PartOfDay, HijriDate})
	if err != nil || string(out) != `{"G":"part-of-day","K":"hijri"}` {
		t.Errorf("json: %s %v", out, err)
	}
	var g Grain
	var k Kind
	if g.UnmarshalText([]byte("fortnight")) == nil || k.UnmarshalText([]byte("sometime")) == nil {
		t.Error("unknown names accepted")
	}
}

func TestLastDay(t *testing.T) {
	riyadh := time.FixedZone("AST", 3*3600)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, riyadh) }
	anchor := time.Date(2021, 4, 6, 12, 0, 0, 0, riyadh) // a Tuesday
	for _, tc := range []struct {
		text string
		want time.Time
	}{
		{"أمس", day(2021, 4, 5)},
		{"الأسبوع الماضي", day(2021, 4, 2)},
		{"الشهر الماضي", day(2021, 3, 31)},
		{"عام 2020", day(2020, 12, 31)},
		{"الساعة العاشرة صباح اليوم", day(2021, 4, 6)},
	} {
		es := Find(tc.text, anchor)
		if len(es) != 1 {
			t.Errorf("%s: %d expressions", tc.text, len(es))
			continue
		}
		if got := es[0].LastDay(); !got.Equal(tc.want) {
			t.Errorf("%s [%v, %v): LastDay %v, want %v", tc.text, es[0].From, es[0].To, got, tc.want)
		}
	}
	if !(Expression{}).LastDay().IsZero() {
		t.Error("no span, but a last day")
	}
	// A span ending inside a day ends on that day; an empty one is From's.
	e := Expression{From: anchor, To: anchor.Add(time.Hour)}
	if !e.LastDay().Equal(day(2021, 4, 6)) {
		t.Errorf("hour span: %v", e.LastDay())
	}
	e.To = e.From
	if !e.LastDay().Equal(day(2021, 4, 6)) {
		t.Errorf("empty span: %v", e.LastDay())
	}
}
