package dates

import (
	"testing"
	"time"
)

// TestHourWithoutPart: an hour in words from one to five with nothing that
// sets its half is in the afternoon; digits, six and later, a part of the
// day before it, and a zone's clock in brackets leave it as written; a
// 24-hour clock in brackets sets it; في الساعة الواحدة alone is a rate.
func TestHourWithoutPart(t *testing.T) {
	anchor := time.Date(2017, 3, 18, 0, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return anchor.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	for _, c := range []struct {
		text, span string
		from       time.Time
	}{
		{"تدور اليوم إنطلاقا من الساعة الثانية و النصف مباراة متقدمة من الجولة الرابعة", "الساعة الثانية و النصف", at(14, 30)},
		{"وقفة احتجاجية يوم السبت على الساعة الثانية بشارع الحبيب بورقيبة", "يوم السبت على الساعة الثانية", at(14, 0)},
		{"ستقام عملية سحب القرعة انطلاقا من الساعة الرابعة والنصف بمقر الجامعة", "الساعة الرابعة والنصف", at(16, 30)},
		{"تعرضت إحدى المقاتلات في تمام الساعة الثالثة وثمان وأربعون دقيقة (15:48) لإطلاق نار", "تمام الساعة الثالثة وثمان وأربعون دقيقة", at(15, 48)},
		{"وأعادت الكنيسة فتح أبوابها في تمام الساعة الرابعة (02,00 ت غ) تنفيذا للقرار", "تمام الساعة الرابعة", at(4, 0)},
		{"تمكنت الوحدات العسكرية فجر اليوم حوالي الساعة الخامسة و15 دقيقة من إحباط هجوم", "الساعة الخامسة و15 دقيقة", at(5, 15)},
		{"بدأت الطائرات بالتحليق بدءا من الساعة 3:35، قبل أن تغادر", "الساعة 3:35", at(3, 35)},
		{"يطير وفد النادي اليوم في حدود الساعة السادسة إلى جنوب إفريقيا", "الساعة السادسة", at(6, 0)},
	} {
		ok := false
		var got []Expression
		for _, e := range Find(c.text, anchor) {
			got = append(got, e)
			ok = ok || e.Text == c.span && e.From.Equal(c.from)
		}
		if !ok {
			t.Errorf("%q: want %q at %s, got %v", c.text, c.span, c.from.Format("15:04"), got)
		}
	}
	for _, text := range []string{
		"وتفوق سرعة المركبة مئتي ميل في الساعة الواحدة. ويرتقب أن يجري إنتاجها",
		"يحرق المشروع 35 طنا من النفايات الصلبة في الساعة الواحدة.",
	} {
		if es := Find(text, anchor); len(es) != 0 {
			t.Errorf("%q: a rate, want no time, got %v", text, es)
		}
	}
}

// TestOneHourIsNoTime: الساعة الواحدة alone is an hour's length.
func TestOneHourIsNoTime(t *testing.T) {
	anchor := time.Date(2018, 6, 12, 0, 0, 0, 0, time.UTC)
	if es := Find("واستمرت القمة 28 ساعة أي أن تكلفة الساعة الواحدة في قمة مجموعة السبع تفوق", anchor); len(es) != 0 {
		t.Errorf("want no time, got %v", es)
	}
	es := Find("ووقع الحادث في الساعة الواحدة والنصف ظهرا", anchor)
	if len(es) != 1 || es[0].From.Hour() != 13 || es[0].From.Minute() != 30 {
		t.Errorf("الساعة الواحدة والنصف ظهرا: want 13:30, got %v", es)
	}
}

// TestHourPartAfterPunctuation: a part of the day after the clock's
// punctuation still sets the half, and one o'clock after منذ is a time.
func TestHourPartAfterPunctuation(t *testing.T) {
	anchor := time.Date(2018, 3, 26, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		h, m int
	}{
		{"أنه في تمام الساعة الواحدة والربع.. من صباح هذا اليوم تعرضت إحدى الطائرات", 1, 15},
		{"قامت قوات التحالف الجوية في الساعة ( الواحدة وعشر دقائق) صباحاً بقصف المبنى", 1, 10},
		{"أنتظر السيد جمال أمام الباب، منذ الساعة الواحدة، حينها أغلق المتحدث الباب", 13, 0},
	} {
		es := Find(c.text, anchor)
		ok := false
		for _, e := range es {
			ok = ok || e.Kind == Time && e.From.Hour() == c.h && e.From.Minute() == c.m
		}
		if !ok {
			t.Errorf("%q: want %02d:%02d, got %v", c.text, c.h, c.m, es)
		}
	}
}
