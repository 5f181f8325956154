package dates

import (
	"testing"
	"time"
)

// TestClockHalfConsistent: an hour said with its minutes in words reads
// the same whether the hour is in digits, an ordinal or a spoken cardinal,
// and whether the minutes are a fraction (ونص، وربع، إلا ربع) or a
// number (و20، و20 دقيقة): one to five alone is the afternoon, a part of
// the day after it sets the half, a clock with a separator is as written.
// The night reads 12 as the midnight ending the day in every form.
func TestClockHalfConsistent(t *testing.T) {
	anchor := time.Date(2020, 10, 6, 9, 0, 0, 0, time.UTC)
	at := func(d, h, m int) time.Time { return time.Date(2020, 10, d, h, m, 0, 0, time.UTC) }
	groups := []struct {
		want  time.Time
		forms []string
	}{
		{at(6, 15, 30), []string{"الساعة 3 ونص", "الساعة 3 ونصف", "الساعة 3 والنصف", "الساعة الثالثة والنصف", "الساعة ثلاثة ونص", "الساعة 3 و30 دقيقة", "الساعة 3 و30"}},
		{at(6, 15, 20), []string{"الساعة 3 و20", "الساعة 3 و20 دقيقة", "الساعة الثالثة و20 دقيقة", "الساعة الثالثة وعشرين"}},
		{at(6, 15, 15), []string{"الساعة 3 وربع", "الساعة الثالثة والربع", "الساعة ثلاثة وربع"}},
		{at(6, 14, 45), []string{"الساعة 3 إلا ربع", "الساعة الثالثة إلا ربعا"}},
		{at(6, 2, 53), []string{"الساعة 02 و53 دقيقة", "الساعة 2:53"}}, // a leading zero: a 24-hour clock
		{at(6, 3, 30), []string{"الساعة 3:30", "الساعة 3 ونص الصبح", "الساعة الثالثة والنصف فجرا", "الساعة 3 و30 دقيقة صباحا"}},
		{at(6, 3, 20), []string{"الساعة 3 و20 صباحا", "الساعة 3 و20 دقيقة صباحا", "الساعة الثالثة و20 دقيقة فجرا"}},
		{at(6, 22, 30), []string{"الساعة 10 ونص بالليل", "الساعة العاشرة والنصف ليلا", "الساعة عشرة ونص بالليل", "الساعة 10 و30 دقيقة ليلا"}},
		{at(7, 0, 0), []string{"الساعة 12 ليلا", "الساعة 12 بالليل", "الساعة اتناشر بالليل", "الساعة الثانية عشرة ليلا"}},
		{at(6, 0, 0), []string{"الساعة 12 صباحا", "الساعة الثانية عشرة صباحا", "12 ص"}},
		{at(6, 12, 0), []string{"الساعة 12 ظهرا", "الساعة الثانية عشرة ظهرا"}},
		{at(6, 13, 0), []string{"الساعة 1 ظهرا", "الساعة الواحدة ظهرا", "1 م"}},
	}
	for _, g := range groups {
		for _, text := range g.forms {
			es := Find(text, anchor)
			if len(es) != 1 || es[0].Text != text || !es[0].From.Equal(g.want) {
				t.Errorf("%q: want one time %s over the whole text, got %v", text, g.want.Format("01-02 15:04"), es)
			}
		}
	}
}

// TestHalfOfDay checks the one switch all clock rules share.
func TestHalfOfDay(t *testing.T) {
	for _, c := range []struct {
		h, part int
		nightOf bool
		want    int
	}{
		{12, partMorning, false, 0}, {7, partMorning, false, 7}, {12, partDawn, false, 0},
		{1, partNoon, false, 13}, {11, partNoon, false, 11}, {12, partNoon, false, 12},
		{5, partAfternoon, false, 17}, {8, partEvening, false, 20}, {12, partEvening, false, 12}, {20, partEvening, false, 20},
		{12, partNight, false, 24}, {10, partNight, false, 22}, {2, partNight, false, 2}, {2, partNight, true, 26},
		{3, 0, false, 3}, {15, partMorning, false, 15},
	} {
		if got := halfOfDay(c.h, c.part, c.nightOf); got != c.want {
			t.Errorf("halfOfDay(%d, %d, %v) = %d, want %d", c.h, c.part, c.nightOf, got, c.want)
		}
	}
}
